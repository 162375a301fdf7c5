import FluentKit
import Foundation
import PlanCore

// Table records: one per level of the plan. Each keeps the domain id as `key` (`3-1.4`) and its
// printed position, so that a plan loads back in printed order. Numbers (targets) are stored as
// canonical decimal text so that SQLite and PostgreSQL keep them exactly.

/// `plans` — one adopted plan (アクションプラン).
final class PlanRecord: Model, @unchecked Sendable {
    static let schema = "plans"
    @ID(key: .id) var id: UUID?
    /// The plan's id in URLs and files (`setagaya`).
    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    @Field(key: "municipality") var municipality: String
    @Field(key: "first_year") var firstYear: String
    @Field(key: "last_year") var lastYear: String
    /// Bumped on every write, so that caches and ETags change.
    @Field(key: "version") var version: Int
    @Field(key: "imported_at") var importedAt: Date
    init() {}
}

/// `policies` — 基本の方針.
final class PolicyRecord: Model, @unchecked Sendable {
    static let schema = "policies"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `visions` — 目指す姿.
final class VisionRecord: Model, @unchecked Sendable {
    static let schema = "visions"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "number") var number: Int
    @Field(key: "policy_number") var policyNumber: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `goals` — 目指す姿 (N-M).
final class GoalRecord: Model, @unchecked Sendable {
    static let schema = "goals"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `directions` — 目指す姿の実現に向けた取組み.
final class DirectionRecord: Model, @unchecked Sendable {
    static let schema = "directions"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "key") var key: String
    @Field(key: "goal_code") var goalCode: String
    @Field(key: "text") var text: String
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `measures` — 施策.
final class MeasureRecord: Model, @unchecked Sendable {
    static let schema = "measures"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "key") var key: String
    @Field(key: "direction_key") var directionKey: String
    @OptionalField(key: "number") var number: Int?
    @Field(key: "name") var name: String
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `placements` — one printed row: a project shown under a measure (再掲 = another placement).
final class PlacementRecord: Model, @unchecked Sendable {
    static let schema = "placements"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "key") var key: String
    @Field(key: "goal_code") var goalCode: String
    @Field(key: "direction_key") var directionKey: String
    @Field(key: "measure_key") var measureKey: String
    @Field(key: "project_name") var projectName: String
    @Field(key: "content") var content: String
    @Field(key: "roadmap_r6") var roadmapR6: String
    @Field(key: "roadmap_r9") var roadmapR9: String
    @Field(key: "roadmap_r13") var roadmapR13: String
    @Field(key: "relisted") var relisted: Bool
    @OptionalField(key: "original_key") var originalKey: String?
    @Field(key: "priority") var priority: Bool
    @Field(key: "implementation_plan") var implementationPlan: Bool
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `indicators` — 行動指標 of one placement, with its targets.
final class IndicatorRecord: Model, @unchecked Sendable {
    static let schema = "indicators"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "key") var key: String
    @Field(key: "placement_key") var placementKey: String
    @OptionalField(key: "part") var part: Int?
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @Field(key: "kind") var kind: String
    @Field(key: "kind_overridden") var kindOverridden: Bool
    @Field(key: "lower_is_better") var lowerIsBetter: Bool
    @OptionalField(key: "total") var total: String?
    @OptionalField(key: "target_r6") var targetR6: String?
    @OptionalField(key: "target_r7") var targetR7: String?
    @OptionalField(key: "target_r8") var targetR8: String?
    @OptionalField(key: "target_r9") var targetR9: String?
    @OptionalField(key: "target_r13") var targetR13: String?
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}

/// `import_notes` — what the import of a plan noticed (for the plan office's lint page).
final class ImportNoteRecord: Model, @unchecked Sendable {
    static let schema = "import_notes"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: String
    @Field(key: "source_document") var sourceDocument: String
    @Field(key: "source_line") var sourceLine: Int
    @Field(key: "message") var message: String
    init() {}
}

/// `vision_chart_items` — the logic chart above the plan (背景・目指す姿・戦略・戦術).
final class VisionChartItemRecord: Model, @unchecked Sendable {
    static let schema = "vision_chart_items"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_id") var planID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: String
    @Field(key: "heading") var heading: String
    @Field(key: "text") var text: String
    @OptionalField(key: "plan_vision") var planVision: Int?
    @OptionalField(key: "source_document") var sourceDocument: String?
    @OptionalField(key: "source_line") var sourceLine: Int?
    init() {}
}
