import Foundation

/// A plan's grading scale: named bands with the lowest achievement rate each needs, best first.
/// The default is A ≥ 100%, B ≥ 80%, C ≥ 50%, D below; the plan office can change the number
/// and names of bands.
public struct GradingScale: Codable, Equatable, Sendable {
    public struct Band: Codable, Equatable, Sendable {
        /// The grade's name (`A`, `S`, `達成` …).
        public var name: String
        /// The lowest achievement rate (a fraction: 0.8 = 80%) that earns this grade.
        public var minimum: Decimal
        public init(name: String, minimum: Decimal) { self.name = name; self.minimum = minimum }
    }

    /// Best first; the last band's minimum is the floor (usually 0).
    public var bands: [Band]

    public init(bands: [Band]) { self.bands = bands }

    public static let standard = GradingScale(bands: [
        Band(name: "A", minimum: 1), Band(name: "B", minimum: Decimal(string: "0.8")!),
        Band(name: "C", minimum: Decimal(string: "0.5")!), Band(name: "D", minimum: 0),
    ])

    /// The grade for an achievement rate: the first band whose minimum the rate reaches.
    public func grade(for rate: Decimal) -> String? {
        (bands.first { rate >= $0.minimum } ?? bands.last)?.name
    }

    /// Problems with a scale, in words the plan office can act on (empty when valid).
    public var problems: [String] {
        var out: [String] = []
        if bands.isEmpty { out.append("段階が1つもありません") }
        if Set(bands.map(\.name)).count != bands.count { out.append("段階の名前が重複しています") }
        if bands.contains(where: { $0.name.trimmingSpaces.isEmpty }) { out.append("名前のない段階があります") }
        for (a, b) in zip(bands, bands.dropFirst()) where !(a.minimum > b.minimum) {
            out.append("「\(a.name)」の下限（\(a.minimum)）は次の「\(b.name)」の下限（\(b.minimum)）より大きくしてください")
        }
        if bands.contains(where: { $0.minimum < 0 }) { out.append("下限は0以上にしてください") }
        return out
    }

    /// `A:100,B:80,C:50,D:0` (percent) — how the scale is written on the command line and forms.
    public init?(parsing text: String) {
        var bands: [Band] = []
        for piece in text.split(separator: ",") {
            let parts = piece.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, case .success(.value(let percent)) = NumberCell.parse(parts[1]) else { return nil }
            bands.append(Band(name: parts[0], minimum: percent / 100))
        }
        guard !bands.isEmpty else { return nil }
        self.bands = bands
    }

    public var description: String {
        bands.map { "\($0.name):\(NumberCell.format($0.minimum * 100))" }.joined(separator: ",")
    }
}

/// How one indicator did in one fiscal year.
public struct Evaluation: Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// There is a target and an actual: rate and grade.
        case graded
        /// There is a target but no actual (未報告).
        case notReported
        /// No target that year (—): no rate, no grade.
        case noTarget
        /// A target of 0 with higher-is-better: the rate cannot be computed.
        case undefined
    }
    public var status: Status
    public var target: Decimal?
    public var actual: Decimal?
    /// A fraction (0.93 = 93%); nil unless graded.
    public var achievementRate: Decimal?
    public var grade: String?
    /// The rounded rate × 10,000, for ordering rates without `Decimal` comparisons.
    var rateKey: Int64?

    public init(status: Status, target: Decimal?, actual: Decimal?, achievementRate: Decimal?, grade: String?) {
        self.init(status: status, target: target, actual: actual, achievementRate: achievementRate, grade: grade, rateKey: nil)
    }

    init(status: Status, target: Decimal?, actual: Decimal?, achievementRate: Decimal?, grade: String?, rateKey: Int64?) {
        self.status = status; self.target = target; self.actual = actual
        self.achievementRate = achievementRate; self.grade = grade; self.rateKey = rateKey
    }

    /// Equal when what people see is equal (`rateKey` is derived from the rate).
    public static func == (a: Evaluation, b: Evaluation) -> Bool {
        a.status == b.status && a.target == b.target && a.actual == b.actual && a.achievementRate == b.achievementRate && a.grade == b.grade
    }
}

/// The achievement rules, by indicator kind.
public enum Achievement {
    /// Evaluates one indicator for one year.
    ///
    /// - per-year count: actual ÷ that year's target;
    /// - cumulative: the cumulative actual (the 累計 reported for the year) ÷ that year's cumulative target;
    /// - level/stock: actual ÷ that year's target;
    /// - rate (%): actual ÷ target;
    /// - lower is better: target ÷ actual (an actual of 0 meets any target);
    /// - no target that year, or no actual: no rate and no grade — never 0.
    public static func evaluate(kind: IndicatorKind, target: Decimal?, actual: Decimal?, lowerIsBetter: Bool = false,
                                scale: GradingScale = .standard) -> Evaluation {
        guard let target else { return Evaluation(status: .noTarget, target: nil, actual: actual, achievementRate: nil, grade: nil) }
        guard let actual else { return Evaluation(status: .notReported, target: target, actual: nil, achievementRate: nil, grade: nil) }
        if lowerIsBetter, actual <= 0 {
            return Evaluation(status: .graded, target: target, actual: actual, achievementRate: 1, grade: scale.grade(for: 1), rateKey: 10_000)
        }
        if !lowerIsBetter, target == 0 {
            return Evaluation(status: .undefined, target: target, actual: actual, achievementRate: nil, grade: nil)
        }
        // rate = numerator ÷ denominator
        let (numerator, denominator) = lowerIsBetter ? (target, actual) : (actual, target)
        if let exact = ExactRate(numerator, denominator, scale: scale) {
            return Evaluation(status: .graded, target: target, actual: actual, achievementRate: exact.rounded, grade: exact.grade, rateKey: exact.key)
        }
        var r = numerator / denominator
        let grade = scale.grade(for: r)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &r, 4, .plain)
        let scaled = NSDecimalNumber(decimal: rounded * 10_000)
        return Evaluation(status: .graded, target: target, actual: actual, achievementRate: rounded, grade: grade,
                          rateKey: abs(scaled.doubleValue) < 1e17 ? scaled.int64Value : nil)
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

    init?(_ numerator: Decimal, _ denominator: Decimal, scale: GradingScale) {
        guard let (n, ne) = Self.parts(numerator), let (d, de) = Self.parts(denominator), d > 0 else { return nil }
        // rate × 10^4 = n / d × 10^(ne − de + 4)
        let shift = ne - de + 4
        guard let top = shift >= 0 ? Self.times(n, power: shift) : n,
              let bottom = shift >= 0 ? d : Self.times(d, power: -shift) else { return nil }
        var q = top / bottom
        let r = top % bottom
        if r >= bottom - r { q += 1 }
        key = q
        var significand = q, exponent = -4
        while exponent < 0, significand % 10 == 0, significand != 0 { significand /= 10; exponent += 1 }
        if significand == 0 { exponent = 0 }
        rounded = Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
        // The first band whose minimum m the exact rate reaches: n·10^ne ≥ m·d·10^de.
        var found: String?
        for band in scale.bands {
            guard let (m, me) = Self.parts(band.minimum) else { return nil }
            let (md, overflow) = m.multipliedReportingOverflow(by: d)
            guard !overflow, let reached = Self.atLeast(n, ne, md, me + de) else { return nil }
            if reached { found = band.name; break }
        }
        grade = found ?? scale.bands.last?.name
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
