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
        var seen = Set<String>()
        let unique = evaluations.filter { seen.insert($0.reportingID).inserted }
        var grades = Dictionary(uniqueKeysWithValues: scale.bands.map { ($0.name, 0) })
        var rates: [Decimal] = []
        var notReported = 0, noTarget = 0
        for e in unique {
            switch e.evaluation.status {
            case .graded:
                if let g = e.evaluation.grade { grades[g, default: 0] += 1 }
                if let r = e.evaluation.achievementRate { rates.append(r) }
            case .notReported: notReported += 1
            case .noTarget, .undefined: noTarget += 1
            }
        }
        self.grades = grades
        self.notReported = notReported
        self.noTarget = noTarget
        self.indicators = unique.count
        self.medianAchievementRate = Self.median(rates)
    }

    public static func median(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
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
    public let actuals: [String: Actual]

    public init(plan: Plan, actuals: [Actual], scale: GradingScale = .standard) {
        self.plan = plan
        self.scale = scale
        self.actuals = Dictionary(actuals.map { ($0.indicator + "|" + $0.year.code, $0) }, uniquingKeysWith: { _, b in b })
    }

    /// Every indicator placement's evaluation for the year, in printed order.
    public func evaluations(year: FiscalYear) -> [IndicatorEvaluation] {
        let placements = Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let units = ReportingUnits(plan, year: year)
        return plan.indicators.compactMap { i in
            guard let p = placements[i.placement] else { return nil }
            let reporting = units.reportingID[i.id] ?? i.id
            let actual = actuals[reporting + "|" + year.code]?.value
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
        // Grouped in one pass each (printed order is kept within a group).
        let byGoal = Dictionary(grouping: evaluations, by: \.placement.goal)
        let byVision = Dictionary(grouping: evaluations, by: \.placement.goal.vision)
        let byPolicy = Dictionary(grouping: evaluations) { visionPolicy[$0.placement.goal.vision] ?? -1 }
        let goals = plan.goals.map { g in (g.code, RollUp(byGoal[g.code] ?? [], scale: scale)) }
        let visions = plan.visions.map { v in (v.number, RollUp(byVision[v.number] ?? [], scale: scale)) }
        let policies = plan.policies.map { p in (p.number, RollUp(byPolicy[p.number] ?? [], scale: scale)) }
        return Levels(goals: goals, visions: visions, policies: policies, plan: RollUp(evaluations, scale: scale))
    }

    /// Roll-up for the placements that pass a filter (a project, a measure …).
    public func rollUp(_ evaluations: [IndicatorEvaluation], where include: (Placement) -> Bool) -> RollUp {
        RollUp(evaluations.filter { include($0.placement) }, scale: scale)
    }
}
