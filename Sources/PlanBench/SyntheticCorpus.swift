import Foundation
import PlanCore

/// A deterministic national corpus of synthetic plans shaped like a real one (Setagaya's):
/// the same hierarchy, kinds, units and re-listings, with each plan's rows drawn from the
/// template (some placements repeated so that plan sizes vary) and its figures scaled.
///
/// The same template, count and seed always give the same plans, byte for byte.
public struct SyntheticCorpus: Sendable {
    public let template: Plan
    public let count: Int
    public let seed: UInt64
    /// Indicators per plan are drawn uniformly from this range (national average ≈ 201).
    public var indicatorRange: ClosedRange<Int> = 150...252
    /// Share of reporting units left unreported in the generated actuals.
    public var notReportedShare = 0.1

    public init(template: Plan, count: Int = 1741, seed: UInt64 = 20240401) {
        self.template = template; self.count = count; self.seed = seed
    }

    /// The plan id of the n-th plan (1-based): `m0001` … `m1741`.
    public static func planID(_ n: Int) -> String { "m" + String(format: "%04d", n) }

    /// The n-th plan (1-based).
    public func plan(_ n: Int) -> Plan {
        var random = SeededRandom(seed: seed &+ UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
        let city = "合成市" + String(format: "%04d", n)
        var plan = template
        plan.id = Self.planID(n)
        plan.municipality = city
        plan.title = city + "地域経済発展ビジョンアクションプラン"
        plan.placements = []
        plan.indicators = []
        let scale = Decimal(Int(random.next(in: 30...300))) / 100
        let wanted = Int(random.next(in: UInt64(indicatorRange.lowerBound)...UInt64(indicatorRange.upperBound)))
        let indicatorsByPlacement = Dictionary(grouping: template.indicators, by: \.placement)
        var nextRow: [GoalCode: Int] = [:]
        for p in template.placements { nextRow[p.goal] = max(nextRow[p.goal] ?? 0, Self.row(of: p.id)) }

        func add(_ source: Placement, as id: String) {
            var p = source
            p.id = id
            if id != source.id { p.relisted = true; p.original = source.project }
            plan.placements.append(p)
            for var indicator in indicatorsByPlacement[source.id] ?? [] {
                indicator.id = id + "." + String(indicator.part ?? 1)
                indicator.placement = id
                indicator.targets = Self.scaled(indicator.targets, by: scale, kind: indicator.kind)
                if indicator.total != nil {
                    let period = YearTargets.planPeriod.compactMap { indicator.targets[$0] }
                    indicator.total = indicator.kind == .perYear && !period.isEmpty ? period.reduce(0, +) : Self.scaled(indicator.total, by: scale, kind: indicator.kind)
                }
                plan.indicators.append(indicator)
            }
        }
        for p in template.placements { add(p, as: p.id) }
        // Repeat placements that carry indicators (as re-listings under the same goal) until
        // the plan has its drawn number of indicators; drop rows from the end when it is smaller.
        let withIndicators = template.placements.filter { indicatorsByPlacement[$0.id] != nil }
        while plan.indicators.count < wanted, !withIndicators.isEmpty {
            let source = withIndicators[Int(random.next(in: 0...UInt64(withIndicators.count - 1)))]
            let row = (nextRow[source.goal] ?? 0) + 1
            nextRow[source.goal] = row
            add(source, as: "\(source.goal).\(row)")
        }
        while plan.indicators.count > wanted, let last = plan.indicators.last {
            plan.indicators.removeLast()
            if !plan.indicators.contains(where: { $0.placement == last.placement }) {
                plan.placements.removeAll { $0.id == last.placement }
            }
        }
        // Directions and measures whose rows were all dropped are not printed either.
        let measures = Set(plan.placements.map(\.measure))
        plan.measures.removeAll { !measures.contains($0.id) }
        let directions = Set(plan.placements.map(\.direction)).union(plan.measures.map(\.direction))
        plan.directions.removeAll { !directions.contains($0.id) }
        return plan
    }

    /// Actuals for one fiscal year: about 90 % of reporting units reported, around their target.
    public func actuals(for plan: Plan, year: FiscalYear) -> [Actual] {
        var random = SeededRandom(seed: seed ^ UInt64(abs(plan.id.hashValueStable)) ^ UInt64(year.reiwa))
        let units = ReportingUnits(plan, year: year)
        let indicators = Dictionary(plan.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return units.order.compactMap { id in
            guard Double(random.next(in: 0...999)) / 1000 >= notReportedShare, let indicator = indicators[id] else { return nil }
            let target = indicator.targets[year] ?? indicator.targets.values.compactMap { $0 }.first ?? 10
            var value = target * Decimal(Int(random.next(in: 50...130))) / 100
            if indicator.kind == .rate { value = min(value, 100) }
            var rounded = Decimal()
            NSDecimalRound(&rounded, &value, indicator.kind == .rate ? 1 : 0, .plain)
            return Actual(indicator: id, year: year, value: rounded)
        }
    }

    static func row(of placementID: String) -> Int {
        Int(placementID.split(separator: ".").last ?? "") ?? 0
    }

    static func scaled(_ value: Decimal?, by factor: Decimal, kind: IndicatorKind) -> Decimal? {
        guard var v = value.map({ $0 * factor }) else { return nil }
        if kind == .rate { v = min(v, 100) }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, kind == .rate ? 1 : 0, .plain)
        return rounded
    }

    static func scaled(_ targets: YearTargets, by factor: Decimal, kind: IndicatorKind) -> YearTargets {
        var t = targets
        for year in YearTargets.years { t[year] = scaled(targets[year], by: factor, kind: kind) }
        return t
    }
}

extension String {
    /// FNV-1a over the UTF-8 bytes: stable across runs (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int64(bitPattern: h >> 1)
    }
}
