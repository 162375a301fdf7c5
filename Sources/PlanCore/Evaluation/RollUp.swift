import Foundation

/// One indicator placement's evaluation for a year.
public struct IndicatorEvaluation: Sendable, Equatable {
    public var indicator: Indicator
    public var placement: Placement
    /// The reporting unit (指標ID of the actuals template).
    public var reportingID: String
    public var year: FiscalYear
    public var evaluation: Evaluation
}

/// The roll-up of a set of indicator evaluations: grade distribution, the count not reported,
/// and the median achievement rate.
///
/// A re-listed project counts once at every level where its placements would otherwise meet:
/// evaluations are first reduced to one per reporting unit (same project, same indicator, same
/// targets). "Not reported" is never counted as 0: it is counted apart and left out of the median.
public struct RollUp: Sendable, Equatable {
    public var grades: [String: Int]
    public var notReported: Int
    public var noTarget: Int
    /// Reporting units considered (after counting re-listings once).
    public var indicators: Int
    public var medianAchievementRate: Decimal?

    public static let rule = "再掲された事業の指標は、同じ目標値なら1つとして数えます（同じ事業が集計の範囲に何度掲載されていても1回）。未報告は0とせず件数を別に示し、中央値には含めません。目標値のない年度（—）は評価の対象外です。"

    public init(_ evaluations: [IndicatorEvaluation], scale: GradingScale) {
        let units = Self.unitNumbers(evaluations)
        self.init(evaluations, indices: evaluations.indices, units: units.numbers, unitCount: units.count, scale: scale)
    }

    /// The evaluations' reporting units numbered 0, 1, 2 … in order of first appearance.
    static func unitNumbers(_ evaluations: [IndicatorEvaluation]) -> (numbers: [Int], count: Int) {
        var byID: [String: Int] = [:]
        let numbers = evaluations.map { e in
            if let n = byID[e.reportingID] { return n }
            byID[e.reportingID] = byID.count
            return byID.count - 1
        }
        return (numbers, byID.count)
    }

    /// The roll-up of `evaluations[indices]`, each reporting unit (`units`, numbered below
    /// `unitCount`) counted once. Works on positions, so that rolling up every level of a large
    /// plan does not copy evaluations into groups.
    init(_ evaluations: [IndicatorEvaluation], indices: some Sequence<Int>, units: [Int], unitCount: Int, scale: GradingScale) {
        var seen = [Bool](repeating: false, count: unitCount)
        var counts = [Int](repeating: 0, count: scale.bands.count)
        var rates: [(key: Int64?, rate: Decimal)] = []
        var notReported = 0, noTarget = 0, considered = 0
        for i in indices {
            guard !seen[units[i]] else { continue }
            seen[units[i]] = true
            considered += 1
            let e = evaluations[i].evaluation
            switch e.status {
            case .graded:
                if let g = e.grade, let band = scale.bands.firstIndex(where: { $0.name == g }) { counts[band] += 1 }
                if let r = e.achievementRate { rates.append((e.rateKey, r)) }
            case .notReported: notReported += 1
            case .noTarget, .undefined: noTarget += 1
            }
        }
        self.grades = Dictionary(zip(scale.bands.map(\.name), counts), uniquingKeysWith: +)
        self.notReported = notReported
        self.noTarget = noTarget
        self.indicators = considered
        // Rates are ordered by their integer keys when every one has one (comparing Decimals
        // dominated rolling up many plans).
        if rates.allSatisfy({ $0.key != nil }) {
            self.medianAchievementRate = Self.middle(rates.sorted { $0.key! < $1.key! }.map(\.rate))
        } else {
            self.medianAchievementRate = Self.median(rates.map(\.rate))
        }
    }

    public static func median(_ values: [Decimal]) -> Decimal? {
        middle(values.sorted())
    }

    /// The median of values already in order.
    static func middle(_ s: [Decimal]) -> Decimal? {
        guard !s.isEmpty else { return nil }
        if s.count % 2 == 1 { return s[s.count / 2] }
        var m = (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        var rounded = Decimal()
        NSDecimalRound(&rounded, &m, 4, .plain)
        return rounded
    }
}

/// Evaluates a plan for a fiscal year and rolls the results up the hierarchy.
public struct PlanEvaluator: Sendable {
    public let plan: Plan
    public let scale: GradingScale
    /// Actuals by reporting id and year.
    public let actuals: [ActualKey: Actual]
    /// The index of this very plan, if the caller holds one (saves rebuilding its lookups).
    private let index: PlanIndex?

    /// An actual's place: reporting id and year.
    public struct ActualKey: Hashable, Sendable {
        public var indicator: String
        public var year: FiscalYear
    }

    /// `index`, if given, must have been built from `plan` itself (not from the plan before its
    /// targets were revised).
    public init(plan: Plan, index: PlanIndex? = nil, actuals: [Actual], scale: GradingScale = .standard) {
        self.plan = plan
        self.index = index
        self.scale = scale
        self.actuals = Dictionary(actuals.map { (ActualKey(indicator: $0.indicator, year: $0.year), $0) }, uniquingKeysWith: { _, b in b })
    }

    /// Every indicator placement's evaluation for the year, in printed order.
    public func evaluations(year: FiscalYear) -> [IndicatorEvaluation] {
        let placements = index?.placementsByID ?? Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let units = index?.reportingUnitsByYear[year] ?? ReportingUnits(plan, year: year)
        return plan.indicators.compactMap { i in
            guard let p = placements[i.placement] else { return nil }
            let reporting = units.reportingID[i.id] ?? i.id
            let actual = actuals[ActualKey(indicator: reporting, year: year)]?.value
            let e = Achievement.evaluate(kind: i.kind, target: i.targets[year], actual: actual, lowerIsBetter: i.lowerIsBetter, scale: scale)
            return IndicatorEvaluation(indicator: i, placement: p, reportingID: reporting, year: year, evaluation: e)
        }
    }

    /// Roll-ups for every goal, vision and policy and for the whole plan.
    public struct Levels: Sendable {
        public var goals: [(GoalCode, RollUp)]
        public var visions: [(Int, RollUp)]
        public var policies: [(Int, RollUp)]
        public var plan: RollUp
    }

    public func rollUps(_ evaluations: [IndicatorEvaluation]) -> Levels {
        let visionPolicy = Dictionary(plan.visions.map { ($0.number, $0.policy) }, uniquingKeysWith: { a, _ in a })
        let units = RollUp.unitNumbers(evaluations)
        // Positions grouped in one pass each (printed order is kept within a group).
        var byGoal: [GoalCode: [Int]] = [:], byVision: [Int: [Int]] = [:], byPolicy: [Int: [Int]] = [:]
        for (i, e) in evaluations.enumerated() {
            let goal = e.placement.goal
            byGoal[goal, default: []].append(i)
            byVision[goal.vision, default: []].append(i)
            byPolicy[visionPolicy[goal.vision] ?? -1, default: []].append(i)
        }
        func rollUp(_ indices: [Int]?) -> RollUp {
            RollUp(evaluations, indices: indices ?? [], units: units.numbers, unitCount: units.count, scale: scale)
        }
        let goals = plan.goals.map { g in (g.code, rollUp(byGoal[g.code])) }
        let visions = plan.visions.map { v in (v.number, rollUp(byVision[v.number])) }
        let policies = plan.policies.map { p in (p.number, rollUp(byPolicy[p.number])) }
        return Levels(goals: goals, visions: visions, policies: policies, plan: rollUp(Array(evaluations.indices)))
    }

    /// Roll-up for the placements that pass a filter (a project, a measure …).
    public func rollUp(_ evaluations: [IndicatorEvaluation], where include: (Placement) -> Bool) -> RollUp {
        RollUp(evaluations.filter { include($0.placement) }, scale: scale)
    }
}
