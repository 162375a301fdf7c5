import Foundation

/// Look-ups over a plan, built once per loaded plan: children by parent, projects and their
/// placements, and counts per goal.
public struct PlanIndex: Sendable {
    public let goalsByCode: [GoalCode: Goal]
    public let directionsByGoal: [GoalCode: [Direction]]
    public let measuresByID: [String: Measure]
    public let measuresByDirection: [String: [Measure]]
    public let placementsByID: [String: Placement]
    public let placementsByMeasure: [String: [Placement]]
    public let placementsByGoal: [GoalCode: [Placement]]
    /// Every placement of a project, keyed by the project's id (its original placement's id).
    public let placementsByProject: [String: [Placement]]
    public let indicatorsByID: [String: Indicator]
    public let indicatorsByPlacement: [String: [Indicator]]
    /// The reporting units for each year a plan prints targets for (`YearTargets.years`).
    public let reportingUnitsByYear: [FiscalYear: ReportingUnits]

    public init(_ plan: Plan) {
        goalsByCode = Dictionary(plan.goals.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        directionsByGoal = Dictionary(grouping: plan.directions, by: \.goal)
        measuresByID = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        measuresByDirection = Dictionary(grouping: plan.measures, by: \.direction)
        placementsByID = Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        placementsByMeasure = Dictionary(grouping: plan.placements, by: \.measure)
        placementsByGoal = Dictionary(grouping: plan.placements, by: \.goal)
        placementsByProject = Dictionary(grouping: plan.placements, by: \.project)
        indicatorsByID = Dictionary(plan.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByPlacement = Dictionary(grouping: plan.indicators, by: \.placement)
        reportingUnitsByYear = Dictionary(uniqueKeysWithValues: YearTargets.years.map { ($0, ReportingUnits(plan, year: $0)) })
    }

    /// Counts shown for a goal: measures, projects (a project re-listed within the goal counts
    /// once) and indicators.
    public struct Counts: Sendable, Equatable {
        public var measures = 0
        public var projects = 0
        public var indicators = 0
        public init(measures: Int = 0, projects: Int = 0, indicators: Int = 0) {
            self.measures = measures; self.projects = projects; self.indicators = indicators
        }
    }

    /// Counts for a goal, optionally only over placements that pass a filter.
    public func counts(goal: GoalCode, where include: (Placement) -> Bool = { _ in true }) -> Counts {
        let placements = (placementsByGoal[goal] ?? []).filter(include)
        return Counts(measures: Set(placements.map(\.measure)).count,
                      projects: Set(placements.map(\.project)).count,
                      indicators: placements.reduce(0) { $0 + (indicatorsByPlacement[$1.id]?.count ?? 0) })
    }

    /// The measure a placement is printed under.
    public func measure(of placement: Placement) -> Measure? { measuresByID[placement.measure] }

    /// A readable name for a project: its name, or else its measure's name.
    public func projectTitle(_ projectID: String) -> String {
        guard let original = placementsByID[projectID] else { return projectID }
        if !original.projectName.isEmpty { return original.projectName }
        return measuresByID[original.measure]?.name.nonEmpty ?? "（名称なし）"
    }
}

extension String {
    /// nil for an empty string.
    public var nonEmpty: String? { isEmpty ? nil : self }
}

/// Finds plan text regardless of full-width/half-width, case and spacing.
public enum PlanSearch {
    public enum Field: String, Sendable, Codable {
        case goal = "目指す姿", direction = "取組み", measure = "施策", project = "事業", content = "事業内容"
        case roadmap = "ロードマップ", indicator = "行動指標"
    }

    /// One match: where it is and the text around it.
    public struct Hit: Sendable, Codable, Equatable {
        public var goal: String
        public var field: Field
        public var text: String
        /// The placement (project page) or indicator the hit belongs to, where there is one.
        public var placement: String?
        public var indicator: String?
    }

    public static let maximumQueryLength = 100

    public static func search(_ plan: Plan, for query: String) -> [Hit] {
        let key = JapaneseText.searchKey(query)
        guard !key.isEmpty else { return [] }
        func matches(_ text: String) -> Bool { JapaneseText.searchKey(text).contains(key) }
        var hits: [Hit] = []
        for g in plan.goals where matches(g.title) { hits.append(Hit(goal: g.code.description, field: .goal, text: g.title)) }
        for d in plan.directions where matches(d.text) { hits.append(Hit(goal: d.goal.description, field: .direction, text: d.text)) }
        let measures = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in plan.placements {
            let m = measures[p.measure]?.name ?? ""
            if matches(m) { hits.append(Hit(goal: p.goal.description, field: .measure, text: m, placement: p.id)) }
            if matches(p.projectName) { hits.append(Hit(goal: p.goal.description, field: .project, text: p.projectName, placement: p.id)) }
            if matches(p.content) { hits.append(Hit(goal: p.goal.description, field: .content, text: p.content, placement: p.id)) }
            for (_, text) in p.roadmap.milestones where matches(text) {
                hits.append(Hit(goal: p.goal.description, field: .roadmap, text: text, placement: p.id))
            }
        }
        let placements = Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in plan.indicators where matches(i.name) {
            hits.append(Hit(goal: placements[i.placement]?.goal.description ?? "", field: .indicator, text: i.name, placement: i.placement, indicator: i.id))
        }
        let order = Dictionary(plan.goals.enumerated().map { ($0.element.code.description, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return hits.enumerated().sorted { (order[$0.element.goal] ?? 0, $0.offset) < (order[$1.element.goal] ?? 0, $1.offset) }.map(\.element)
    }
}
