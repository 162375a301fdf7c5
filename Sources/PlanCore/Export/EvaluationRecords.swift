import Foundation

/// One indicator placement's evaluation for a year, as printed by `actionplan evaluate`, served
/// by the API and written to the open data (one shape everywhere).
public struct EvaluationRecord: Codable, Sendable, Equatable {
    /// The 指標ID of the actuals template (re-listings with the same target share it).
    public var indicatorId: String
    public var placementIndicatorId: String
    public var placement: String
    /// The code of the section the indicator falls in (`3-1`).
    public var section: String?
    public var indicator: String
    public var part: Int?
    public var unit: String
    public var kind: String
    public var fiscalYear: String
    public var westernYear: Int
    public var target: Decimal?
    public var expected: Decimal?
    public var actual: Decimal?
    public var achievementRate: Decimal?
    public var grade: String?
    public var status: String

    public init(_ e: IndicatorEvaluation, section: String?) {
        indicatorId = e.reportingID
        placementIndicatorId = e.indicator.id
        placement = e.node.id
        self.section = section
        indicator = e.indicator.name
        part = e.indicator.part
        unit = e.indicator.unit
        kind = e.indicator.kind.rawValue
        fiscalYear = e.year.code
        westernYear = e.year.westernYear
        target = e.evaluation.target
        expected = e.evaluation.expected
        actual = e.evaluation.actual
        achievementRate = e.evaluation.achievementRate
        grade = e.evaluation.grade
        status = e.evaluation.status.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case indicatorId, placementIndicatorId, placement, section, indicator, part, unit, kind, fiscalYear, westernYear, target, expected
        case actual, achievementRate, grade, status
    }

    // Every key is present; nil is written as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicatorId, forKey: .indicatorId)
        try c.encode(placementIndicatorId, forKey: .placementIndicatorId)
        try c.encode(placement, forKey: .placement)
        try c.encode(section, forKey: .section)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(part, forKey: .part)
        try c.encode(unit, forKey: .unit)
        try c.encode(kind, forKey: .kind)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(westernYear, forKey: .westernYear)
        try c.encode(target, forKey: .target)
        try c.encode(expected, forKey: .expected)
        try c.encode(actual, forKey: .actual)
        try c.encode(achievementRate, forKey: .achievementRate)
        try c.encode(grade, forKey: .grade)
        try c.encode(status, forKey: .status)
    }

    /// Every evaluation of a year with its section.
    public static func all(_ evaluations: [IndicatorEvaluation], plan: Plan, index: PlanIndex) -> [EvaluationRecord] {
        evaluations.map { EvaluationRecord($0, section: index.section(of: $0.node.id, levels: plan.levels)?.code) }
    }
}

/// One roll-up: a node's (`{"level":"施策","depth":3,"node":"3-1","code":"3-1",…}`) or the
/// whole plan's (`{"level":"plan",…}`).
public struct RollUpRecord: Codable, Sendable, Equatable {
    /// The plan's name for the node's level, or `plan`.
    public var level: String
    public var depth: Int
    public var node: String?
    public var code: String?
    public var grades: [String: Int]
    public var notReported: Int
    public var noTarget: Int
    public var undefined: Int
    public var indicators: Int
    public var medianAchievementRate: Decimal?

    public init(level: String, depth: Int, node: String?, code: String?, _ r: RollUp) {
        self.level = level
        self.depth = depth
        self.node = node
        self.code = code
        grades = r.grades
        notReported = r.notReported
        noTarget = r.noTarget
        undefined = r.undefined
        indicators = r.indicators
        medianAchievementRate = r.medianAchievementRate
    }

    enum CodingKeys: String, CodingKey { case level, depth, node, code, grades, notReported, noTarget, undefined, indicators, medianAchievementRate }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        try c.encode(depth, forKey: .depth)
        try c.encode(node, forKey: .node)
        try c.encode(code, forKey: .code)
        try c.encode(grades, forKey: .grades)
        try c.encode(notReported, forKey: .notReported)
        try c.encode(noTarget, forKey: .noTarget)
        try c.encode(undefined, forKey: .undefined)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(medianAchievementRate, forKey: .medianAchievementRate)
    }

    /// Every node of the levels above the last (in printed order), then the plan.
    public static func all(_ levels: PlanEvaluator.Levels, plan: Plan) -> [RollUpRecord] {
        let last = plan.levels.count - 1
        let nodes = plan.nodes.filter { $0.level < last || plan.levels.count == 1 }.compactMap { n -> RollUpRecord? in
            guard let r = levels.nodes[n.id], r.indicators > 0 else { return nil }
            return RollUpRecord(level: plan.level(n.level)?.name ?? "", depth: n.level + 1, node: n.id, code: n.code, r)
        }
        return nodes + [RollUpRecord(level: "plan", depth: 0, node: nil, code: nil, levels.plan)]
    }
}
