import Foundation

/// A projection of an indicator's value in a target year from its actuals so far.
public struct Forecast: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        /// Projected to reach the target.
        case onTrack
        /// Projected to miss: 要注意.
        case atRisk
        /// Too few data to judge: 判断できません.
        case cannotJudge

        public var label: String {
            switch self {
            case .onTrack: "達成見込み"
            case .atRisk: "要注意"
            case .cannotJudge: "判断できません"
            }
        }
    }
    public var year: FiscalYear
    public var target: Decimal?
    public var projected: Decimal?
    public var status: Status
    /// How the projection was made (worded by the page: `method` is the Japanese).
    public var basis: Basis
    /// A value was projected but the year has no target to judge it against.
    public var noTarget: Bool = false

    public enum Basis: Sendable, Equatable {
        case noActuals
        /// Per-year counts: the year's target times the average attainment of `years` years.
        case averageAttainment(years: Int, average: Decimal)
        /// A rate keeping its latest value.
        case latestRate(year: FiscalYear, value: Decimal)
        case tooFewPoints
        /// The straight line from `from` (the baseline's year when `fromBaseline`) to `to`;
        /// `pace` and `needed` (the pace the target asks for) per year, rounded to one place more
        /// than the indicator's.
        case pace(from: FiscalYear, fromBaseline: Bool, to: FiscalYear, pace: Decimal, needed: Decimal?)
    }

    /// How the projection was made, in words (shown next to the number).
    public var method: String {
        let text: String
        switch basis {
        case .noActuals: text = "実績がないため判断できません"
        case let .averageAttainment(years, average):
            text = "これまで\(years)年度の平均達成率（\(NumberCell.percent(average))）が続くとして、\(year.code)の目標値に掛けた値"
        case let .latestRate(y, value): text = "最新の実績（\(y.code)の\(NumberCell.display(value))%）が続くとした値"
        case .tooFewPoints: text = "実績が2年度分そろうまで（または基準値があれば1年度分で）伸び方から判断できません"
        case let .pace(from, fromBaseline, to, pace, needed):
            text =
                "\(fromBaseline ? "基準値（\(from.code)）" : from.code)から\(to.code)までの伸び（年あたり\(NumberCell.display(pace))）が続くとした値"
                + (needed.map { "。目標までに必要な伸びは年あたり\(NumberCell.display($0))" } ?? "")
        }
        return noTarget ? text + "。この年度の目標値がないため達成は判断できません" : text
    }
}

/// Projects a target year from the data so far, by indicator kind:
/// - per-year counts with yearly targets: the year's target times the average attainment so far;
/// - otherwise (cumulative, levels, rates, per-year counts without yearly targets): the straight
///   line through the first and the latest known points — the baseline counts as a point, so a
///   plan that prints only a baseline and a final target can be projected from one actual;
/// - with a single point and no baseline: rates keep their latest value; others cannot be judged.
/// Projections are rounded to the precision the plan writes the indicator's numbers with.
public enum Forecaster {
    public static func forecast(_ indicator: Indicator, actuals: [FiscalYear: Decimal], to year: FiscalYear, baseYear: FiscalYear? = nil) -> Forecast
    {
        let target = indicator.targets[year]
        let points = actuals.filter { $0.key < year }.sorted { $0.key < $1.key }
        let places = precision(indicator)
        func result(_ projected: Decimal?, _ basis: Forecast.Basis) -> Forecast {
            guard let projected else { return Forecast(year: year, target: target, projected: nil, status: .cannotJudge, basis: basis) }
            let rounded = NumberCell.rounded(projected, places: places)
            guard let target else { return Forecast(year: year, target: nil, projected: rounded, status: .cannotJudge, basis: basis, noTarget: true) }
            let ok = indicator.lowerIsBetter ? rounded <= target : rounded >= target
            return Forecast(year: year, target: target, projected: rounded, status: ok ? .onTrack : .atRisk, basis: basis)
        }
        if points.isEmpty { return result(nil, .noActuals) }
        if indicator.kind == .perYear {
            let ratios = points.compactMap { y, a -> Decimal? in
                guard let t = indicator.targets[y], t > 0 else { return nil }
                return a / t
            }
            if !ratios.isEmpty, let t = target {
                let average = ratios.reduce(0, +) / Decimal(ratios.count)
                return result(t * average, .averageAttainment(years: ratios.count, average: average))
            }
        }
        var line = points.map { (year: $0.key, value: $0.value) }
        var fromBaseline = false
        if let b = indicator.baseline, let by = b.year ?? baseYear, by < line[0].year {
            line.insert((by, b.value), at: 0)
            fromBaseline = true
        }
        guard line.count >= 2, let first = line.first, let last = line.last else {
            if indicator.isRate, let last = points.last {
                return result(last.value, .latestRate(year: last.key, value: last.value))
            }
            return result(nil, .tooFewPoints)
        }
        let span = Decimal(last.year.westernYear - first.year.westernYear)
        let pace = (last.value - first.value) / span
        let remaining = Decimal(year.westernYear - last.year.westernYear)
        let projected = last.value + pace * remaining
        let needed = target.flatMap { t in remaining > 0 ? NumberCell.rounded((t - last.value) / remaining, places: places + 1) : nil }
        return result(
            projected,
            .pace(from: first.year, fromBaseline: fromBaseline, to: last.year, pace: NumberCell.rounded(pace, places: places + 1), needed: needed))
    }

    /// Projections to every target year after the latest actual that has a target: the plan
    /// period's last year, intermediate and final targets, and horizons.
    public static func forecasts(
        _ indicator: Indicator, actuals: [FiscalYear: Decimal], targetYears: [TargetYear], baseYear: FiscalYear? = nil
    ) -> [Forecast] {
        guard let latest = actuals.keys.max() else { return [] }
        let lastYearly = targetYears.last { $0.role == .yearly }?.year
        let wanted = targetYears.filter { t in
            t.year > latest && (t.role != .yearly || t.year == lastYearly) && indicator.targets[t.year] != nil
        }
        return Set(wanted.map(\.year)).sorted().map { forecast(indicator, actuals: actuals, to: $0, baseYear: baseYear) }
    }

    /// Decimal places the plan writes this indicator's numbers with (0 for whole units).
    public static func precision(_ indicator: Indicator) -> Int {
        var values = indicator.targets.values.map(\.value)
        if let b = indicator.baseline { values.append(b.value) }
        return values.map(NumberCell.decimalPlaces).max() ?? 0
    }
}
