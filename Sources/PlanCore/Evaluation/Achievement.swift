import Foundation

/// How one indicator did in one fiscal year.
public struct Evaluation: Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// There is something to judge against and an actual: a grade (and usually a rate).
        case graded
        /// There is a target but no actual (未報告).
        case notReported
        /// Nothing to judge against that year (—): no rate, no grade.
        case noTarget
        /// The judgement cannot be made (a target of 0 to exceed; no baseline to compare with).
        case undefined

        public var label: String {
            switch self {
            case .graded: "評価済み"
            case .notReported: "未報告"
            case .noTarget: "目標なし"
            case .undefined: "算出不可"
            }
        }
    }
    public var status: Status
    /// The target printed for the year (nil where none is).
    public var target: Decimal?
    /// What the actual was judged against: the year's target, the interpolated expectation
    /// (pro-rata) or the final target (baseline-relative).
    public var expected: Decimal?
    public var actual: Decimal?
    /// A fraction (0.93 = 93%); nil where none is computed.
    public var achievementRate: Decimal?
    public var grade: String?
    /// The rounded rate × 10,000, for ordering rates without `Decimal` comparisons.
    var rateKey: Int64?

    public init(status: Status, target: Decimal?, expected: Decimal? = nil, actual: Decimal?, achievementRate: Decimal?, grade: String?) {
        self.init(
            status: status, target: target, expected: expected ?? target, actual: actual, achievementRate: achievementRate, grade: grade, rateKey: nil
        )
    }

    init(status: Status, target: Decimal?, expected: Decimal?, actual: Decimal?, achievementRate: Decimal?, grade: String?, rateKey: Int64?) {
        self.status = status
        self.target = target
        self.expected = expected
        self.actual = actual
        self.achievementRate = achievementRate
        self.grade = grade
        self.rateKey = rateKey
    }

    /// Equal when what people see is equal (`rateKey` is derived from the rate).
    public static func == (a: Evaluation, b: Evaluation) -> Bool {
        a.status == b.status && a.target == b.target && a.expected == b.expected && a.actual == b.actual
            && a.achievementRate == b.achievementRate && a.grade == b.grade
    }
}

/// The achievement rules.
public enum Achievement {
    /// Evaluates one indicator for one year under the plan's scheme. `baseYear` is the year a
    /// baseline without a year of its own refers to (the year before the plan period).
    public static func evaluate(
        _ indicator: Indicator, year: FiscalYear, actual: Decimal?, scheme: GradingScheme, baseYear: FiscalYear?
    ) -> Evaluation {
        switch scheme {
        case .ratio(let bands):
            return ratio(target: indicator.targets[year], actual: actual, lowerIsBetter: indicator.lowerIsBetter, bands: bands)
        case .proRata(let bands):
            return proRata(indicator, year: year, actual: actual, bands: bands, baseYear: baseYear)
        case .baselineRelative(let grades):
            return baselineRelative(indicator, year: year, actual: actual, grades: grades)
        }
    }

    /// The ratio rule, the same for every kind of indicator:
    /// - the actual ÷ that year's target (per-year counts: that year's count; cumulative: the 累計
    ///   reported for the year against that year's cumulative target; levels and rates: the value);
    /// - lower is better: target ÷ actual (an actual of 0 meets any target);
    /// - no target that year, or no actual: no rate and no grade — never 0.
    public static func ratio(target: Decimal?, actual: Decimal?, lowerIsBetter: Bool = false, bands: GradingBands = .standard) -> Evaluation {
        guard let target else { return Evaluation(status: .noTarget, target: nil, actual: actual, achievementRate: nil, grade: nil) }
        guard let actual else { return Evaluation(status: .notReported, target: target, actual: nil, achievementRate: nil, grade: nil) }
        return rate(target: target, expected: target, actual: actual, lowerIsBetter: lowerIsBetter, bands: bands)
    }

    /// actual ÷ expected (lower is better: expected ÷ actual), graded.
    static func rate(target: Decimal?, expected: Decimal, actual: Decimal, lowerIsBetter: Bool, bands: GradingBands) -> Evaluation {
        if lowerIsBetter, actual <= 0 {
            return Evaluation(
                status: .graded, target: target, expected: expected, actual: actual, achievementRate: 1, grade: bands.grade(for: 1), rateKey: 10_000)
        }
        if !lowerIsBetter, expected == 0 {
            return Evaluation(status: .undefined, target: target, expected: expected, actual: actual, achievementRate: nil, grade: nil, rateKey: nil)
        }
        let (numerator, denominator) = lowerIsBetter ? (expected, actual) : (actual, expected)
        if let exact = ExactRate(numerator, denominator, bands: bands) {
            return Evaluation(
                status: .graded, target: target, expected: expected, actual: actual, achievementRate: exact.rounded, grade: exact.grade,
                rateKey: exact.key)
        }
        return graded(numerator / denominator, target: target, expected: expected, actual: actual, bands: bands)
    }

    static func graded(_ raw: Decimal, target: Decimal?, expected: Decimal?, actual: Decimal, bands: GradingBands) -> Evaluation {
        let grade = bands.grade(for: raw)
        let rounded = NumberCell.rounded(raw, places: 4)
        let scaled = NSDecimalNumber(decimal: rounded * 10_000)
        return Evaluation(
            status: .graded, target: target, expected: expected, actual: actual, achievementRate: rounded, grade: grade,
            rateKey: abs(scaled.doubleValue) < 1e17 ? scaled.int64Value : nil)
    }

    /// The pro-rata rule. The expectation for a year is its own target where it has one, or else
    /// the straight line between the known points around it: the baseline (at its year, or
    /// `baseYear`) and each target. With a baseline, the rate is the progress made ÷ the
    /// progress expected, `(actual − baseline) ÷ (expected − baseline)`; without one, actual ÷
    /// expected. When the expectation equals the baseline (a target to maintain), reaching it
    /// is 100%.
    public static func proRata(_ indicator: Indicator, year: FiscalYear, actual: Decimal?, bands: GradingBands, baseYear: FiscalYear?) -> Evaluation {
        let target = indicator.targets[year]
        let base = indicator.baseline.map { (year: $0.year ?? baseYear, value: $0.value) }
        guard let expected = expectation(indicator, year: year, baseYear: baseYear) else {
            return Evaluation(status: .noTarget, target: target, expected: nil, actual: actual, achievementRate: nil, grade: nil, rateKey: nil)
        }
        guard let actual else {
            return Evaluation(status: .notReported, target: target, expected: expected, actual: nil, achievementRate: nil, grade: nil, rateKey: nil)
        }
        guard let base else { return rate(target: target, expected: expected, actual: actual, lowerIsBetter: indicator.lowerIsBetter, bands: bands) }
        let needed = expected - base.value
        if needed == 0 {
            let reached = indicator.lowerIsBetter ? actual <= expected : actual >= expected
            if reached { return graded(1, target: target, expected: expected, actual: actual, bands: bands) }
            return rate(target: target, expected: expected, actual: actual, lowerIsBetter: indicator.lowerIsBetter, bands: bands)
        }
        return graded((actual - base.value) / needed, target: target, expected: expected, actual: actual, bands: bands)
    }

    /// What a year is expected to reach: its own target, or the straight line between the known
    /// points around it (baseline and targets); nil outside them.
    public static func expectation(_ indicator: Indicator, year: FiscalYear, baseYear: FiscalYear?) -> Decimal? {
        if let own = indicator.targets[year] { return own }
        var points = indicator.targets.values.map { (year: $0.year, value: $0.value) }
        if let b = indicator.baseline, let y = b.year ?? baseYear, !points.contains(where: { $0.year == y }) {
            points.append((y, b.value))
        }
        points.sort { $0.year < $1.year }
        guard let after = points.firstIndex(where: { $0.year > year }), after > 0 else { return nil }
        let a = points[after - 1], b = points[after]
        let span = Decimal(b.year.westernYear - a.year.westernYear)
        let k = Decimal(year.westernYear - a.year.westernYear)
        return a.value + (b.value - a.value) * k / span
    }

    /// The baseline-relative rule (長与町): the target reached (the year's own target, or else
    /// the final target) → `reached`; else compared with the baseline: within ±band of it →
    /// `same`; better → `better`; worse → `worse`. No baseline (and the target not reached) →
    /// `unmeasurable`. The rate shown is actual ÷ the target.
    public static func baselineRelative(_ indicator: Indicator, year: FiscalYear, actual: Decimal?, grades: BaselineRelativeGrades) -> Evaluation {
        let target = indicator.targets[year]
        let goal = target ?? indicator.finalTarget?.value
        guard goal != nil || indicator.baseline != nil else {
            return Evaluation(status: .noTarget, target: nil, expected: nil, actual: actual, achievementRate: nil, grade: nil, rateKey: nil)
        }
        guard let actual else {
            return Evaluation(status: .notReported, target: target, expected: goal, actual: nil, achievementRate: nil, grade: nil, rateKey: nil)
        }
        let lower = indicator.lowerIsBetter
        var rate: Decimal? = nil
        if let goal {
            if lower {
                rate = actual <= 0 ? 1 : NumberCell.rounded(goal / actual, places: 4)
            } else if goal != 0 {
                rate = NumberCell.rounded(actual / goal, places: 4)
            }
        }
        func result(_ status: Evaluation.Status, _ grade: String) -> Evaluation {
            let key = rate.map { NSDecimalNumber(decimal: $0 * 10_000).int64Value }
            return Evaluation(status: status, target: target, expected: goal, actual: actual, achievementRate: rate, grade: grade, rateKey: key)
        }
        if let goal, lower ? actual <= goal : actual >= goal { return result(.graded, grades.reached) }
        guard let base = indicator.baseline?.value else { return result(.undefined, grades.unmeasurable) }
        let difference = actual - base
        let allowed = grades.band * (base < 0 ? -base : base)
        if (difference < 0 ? -difference : difference) <= allowed { return result(.graded, grades.same) }
        let improved = lower ? actual < base : actual > base
        return result(.graded, improved ? grades.better : grades.worse)
    }
}

/// The achievement rate worked out exactly in 64-bit integers, for the numbers plans print
/// (a few digits each): the same rate and grade as `Decimal` division gives, several times
/// faster (a national roll-up divides over a hundred thousand times). nil when a number is
/// negative or too long for it; then `Decimal` is used.
struct ExactRate {
    /// The rate rounded to four decimal places, half up (as `NSDecimalRound` with `.plain`).
    var rounded: Decimal
    /// The rounded rate × 10,000.
    var key: Int64
    /// The grade of the unrounded rate.
    var grade: String?

    init?(_ numerator: Decimal, _ denominator: Decimal, bands: GradingBands) {
        guard let (n, ne) = Self.parts(numerator), let (d, de) = Self.parts(denominator), d > 0 else { return nil }
        // rate × 10^4 = n / d × 10^(ne − de + 4)
        let shift = ne - de + 4
        guard let top = shift >= 0 ? Self.times(n, power: shift) : n,
            let bottom = shift >= 0 ? d : Self.times(d, power: -shift)
        else { return nil }
        var q = top / bottom
        let r = top % bottom
        if r >= bottom - r { q += 1 }
        key = q
        var significand = q
        var exponent = -4
        while exponent < 0, significand % 10 == 0, significand != 0 {
            significand /= 10
            exponent += 1
        }
        if significand == 0 { exponent = 0 }
        rounded = Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
        // The first band whose minimum m the exact rate reaches: n·10^ne ≥ m·d·10^de.
        var found: String?
        for band in bands.bands {
            guard let (m, me) = Self.parts(band.minimum) else { return nil }
            let (md, overflow) = m.multipliedReportingOverflow(by: d)
            guard !overflow, let reached = Self.atLeast(n, ne, md, me + de) else { return nil }
            if reached {
                found = band.name
                break
            }
        }
        grade = found ?? bands.bands.last?.name
    }

    /// A non-negative decimal as significand × 10^exponent with the significand below 10^15.
    static func parts(_ value: Decimal) -> (Int64, Int)? {
        guard value.sign == .plus, !value.isNaN else { return nil }
        let significand = NSDecimalNumber(decimal: value.significand)
        guard significand.doubleValue < 1e15 else { return nil }
        return (significand.int64Value, value.exponent)
    }

    /// value × 10^power, or nil if it does not fit.
    static func times(_ value: Int64, power: Int) -> Int64? {
        guard power >= 0, power <= 18 else { return value == 0 ? 0 : nil }
        var out = value
        for _ in 0..<power {
            let (next, overflow) = out.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            out = next
        }
        return out
    }

    /// Whether a·10^ae ≥ b·10^be, or nil if aligning them does not fit.
    static func atLeast(_ a: Int64, _ ae: Int, _ b: Int64, _ be: Int) -> Bool? {
        let e = min(ae, be)
        guard let x = times(a, power: ae - e), let y = times(b, power: be - e) else { return nil }
        return x >= y
    }
}
