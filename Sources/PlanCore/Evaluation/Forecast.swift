import Foundation

/// A projection of an indicator's value in a target year (R9, R13) from its actuals so far.
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
    /// How the projection was made, in words (shown next to the number).
    public var method: String
}

/// Projects R9 (and R13 where targeted) from the trend so far, by indicator kind:
/// - per-year counts: the target of the year times the average attainment so far (≥ 1 year);
/// - cumulative and level: the pace achieved (a straight line through the first and latest
///   actuals, ≥ 2 years) against the pace needed;
/// - rates: the latest value (≥ 1 year).
/// Never projects from fewer data than the method needs.
public enum Forecaster {
    public static func forecast(_ indicator: Indicator, actuals: [FiscalYear: Decimal], to year: FiscalYear) -> Forecast {
        let target = indicator.targets[year]
        let points = actuals.filter { $0.key < year }.sorted { $0.key < $1.key }
        func result(_ projected: Decimal?, _ method: String) -> Forecast {
            guard let projected else { return Forecast(year: year, target: target, projected: nil, status: .cannotJudge, method: method) }
            var p = projected, rounded = Decimal()
            NSDecimalRound(&rounded, &p, 1, .plain)
            guard let target else { return Forecast(year: year, target: nil, projected: rounded, status: .cannotJudge, method: method + "。この年度の目標値がないため達成は判断できません") }
            let ok = indicator.lowerIsBetter ? rounded <= target : rounded >= target
            return Forecast(year: year, target: target, projected: rounded, status: ok ? .onTrack : .atRisk, method: method)
        }
        guard target != nil || !points.isEmpty else { return result(nil, "実績がないため判断できません") }
        switch indicator.kind {
        case .perYear:
            let ratios = points.compactMap { y, a -> Decimal? in
                guard let t = indicator.targets[y], t > 0 else { return nil }
                return a / t
            }
            guard !ratios.isEmpty, let t = target else {
                return result(nil, "目標値のある年度の実績がないため判断できません")
            }
            let average = ratios.reduce(0, +) / Decimal(ratios.count)
            return result(t * average, "これまで\(ratios.count)年度の平均達成率（\(NumberCell.display(average * 100))%）が続くとして、\(year.code)の目標値に掛けた値")
        case .cumulative, .level:
            guard points.count >= 2, let first = points.first, let last = points.last else {
                return result(nil, "実績が2年度分そろうまで、伸び方から判断できません")
            }
            let span = Decimal(last.key.westernYear - first.key.westernYear)
            let pace = (last.value - first.value) / span
            let remaining = Decimal(year.westernYear - last.key.westernYear)
            let projected = last.value + pace * remaining
            var method = "\(first.key.code)から\(last.key.code)までの実績の伸び（年あたり\(NumberCell.display(pace))）が続くとした値"
            if let t = target, remaining > 0 {
                method += "。目標までに必要な伸びは年あたり\(NumberCell.display((t - last.value) / remaining))"
            }
            return result(projected, method)
        case .rate:
            guard let last = points.last else { return result(nil, "実績がないため判断できません") }
            return result(last.value, "最新の実績（\(last.key.code)の\(NumberCell.display(last.value))%）が続くとした値")
        }
    }

    /// R9 and, where the plan targets it, R13.
    public static func forecasts(_ indicator: Indicator, actuals: [FiscalYear: Decimal]) -> [Forecast] {
        var out = [forecast(indicator, actuals: actuals, to: .r9)]
        if indicator.targets.r13 != nil { out.append(forecast(indicator, actuals: actuals, to: .r13)) }
        return out
    }
}
