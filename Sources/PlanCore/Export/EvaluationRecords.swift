import Foundation

/// One indicator placement's evaluation for a year, as printed by `actionplan evaluate`, served
/// by `/api/v1/evaluations` and written to the open data (one shape everywhere).
public struct EvaluationRecord: Codable, Sendable, Equatable {
    /// The 指標ID of the actuals template (re-listings with the same target share it).
    public var indicatorId: String
    public var placementIndicatorId: String
    public var placement: String
    public var goal: String
    public var indicator: String
    public var part: Int?
    public var unit: String
    public var kind: String
    public var fiscalYear: String
    public var target: Decimal?
    public var actual: Decimal?
    public var achievementRate: Decimal?
    public var grade: String?
    public var status: String

    public init(_ e: IndicatorEvaluation) {
        indicatorId = e.reportingID; placementIndicatorId = e.indicator.id; placement = e.placement.id
        goal = e.placement.goal.description; indicator = e.indicator.name; part = e.indicator.part; unit = e.indicator.unit
        kind = e.indicator.kind.rawValue; fiscalYear = e.year.code; target = e.evaluation.target; actual = e.evaluation.actual
        achievementRate = e.evaluation.achievementRate; grade = e.evaluation.grade; status = e.evaluation.status.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case indicatorId, placementIndicatorId, placement, goal, indicator, part, unit, kind, fiscalYear, target, actual, achievementRate, grade, status
    }

    // Every key is present; nil is written as null.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicatorId, forKey: .indicatorId); try c.encode(placementIndicatorId, forKey: .placementIndicatorId)
        try c.encode(placement, forKey: .placement); try c.encode(goal, forKey: .goal); try c.encode(indicator, forKey: .indicator)
        try c.encode(part, forKey: .part); try c.encode(unit, forKey: .unit); try c.encode(kind, forKey: .kind)
        try c.encode(fiscalYear, forKey: .fiscalYear); try c.encode(target, forKey: .target); try c.encode(actual, forKey: .actual)
        try c.encode(achievementRate, forKey: .achievementRate); try c.encode(grade, forKey: .grade); try c.encode(status, forKey: .status)
    }
}

/// One roll-up: `{"level":"goal","code":"3-1",…}`, `{"level":"vision","number":3,…}`,
/// `{"level":"policy","number":1,…}` or `{"level":"plan",…}`.
public struct RollUpRecord: Codable, Sendable, Equatable {
    public var level: String
    public var code: String?
    public var number: Int?
    public var grades: [String: Int]
    public var notReported: Int
    public var noTarget: Int
    public var indicators: Int
    public var medianAchievementRate: Decimal?

    public init(level: String, code: String? = nil, number: Int? = nil, _ r: RollUp) {
        self.level = level; self.code = code; self.number = number; grades = r.grades; notReported = r.notReported
        noTarget = r.noTarget; indicators = r.indicators; medianAchievementRate = r.medianAchievementRate
    }

    enum CodingKeys: String, CodingKey { case level, code, number, grades, notReported, noTarget, indicators, medianAchievementRate }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level, forKey: .level)
        if let code { try c.encode(code, forKey: .code) }
        if let number { try c.encode(number, forKey: .number) }
        try c.encode(grades, forKey: .grades); try c.encode(notReported, forKey: .notReported); try c.encode(noTarget, forKey: .noTarget)
        try c.encode(indicators, forKey: .indicators); try c.encode(medianAchievementRate, forKey: .medianAchievementRate)
    }

    /// Every goal, vision and policy, then the plan.
    public static func all(_ levels: PlanEvaluator.Levels) -> [RollUpRecord] {
        levels.goals.map { RollUpRecord(level: "goal", code: $0.0.description, $0.1) }
            + levels.visions.map { RollUpRecord(level: "vision", number: $0.0, $0.1) }
            + levels.policies.map { RollUpRecord(level: "policy", number: $0.0, $0.1) }
            + [RollUpRecord(level: "plan", levels.plan)]
    }
}
