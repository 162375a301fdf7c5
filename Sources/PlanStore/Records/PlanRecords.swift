import FluentKit
import Foundation
import PlanCore

// Table records: one per level of the plan. Each keeps the domain id as `key` (`3-1.4`) and its
// printed position, so that a plan loads back in printed order. Numbers (targets) are stored as
// canonical decimal text so that SQLite and PostgreSQL keep them exactly.

/// `plans` — one adopted plan (アクションプラン).
public final class PlanRecord: Model, @unchecked Sendable {
    public static let schema = "plans"
    @ID(key: .id) public var id: UUID?
    /// The plan's id in URLs and files (`setagaya`).
    @Field(key: "slug") public var slug: String
    @Field(key: "title") public var title: String
    @Field(key: "municipality") public var municipality: String
    @Field(key: "first_year") public var firstYear: String
    @Field(key: "last_year") public var lastYear: String
    /// Bumped on every write, so that caches and ETags change.
    @Field(key: "version") public var version: Int
    @Field(key: "imported_at") public var importedAt: Date
    public init() {}
}

/// `policies` — 基本の方針.
public final class PolicyRecord: Model, @unchecked Sendable {
    public static let schema = "policies"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `visions` — 目指す姿.
public final class VisionRecord: Model, @unchecked Sendable {
    public static let schema = "visions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "number") public var number: Int
    @Field(key: "policy_number") public var policyNumber: Int
    @Field(key: "title") public var title: String
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `goals` — 目指す姿 (N-M).
public final class GoalRecord: Model, @unchecked Sendable {
    public static let schema = "goals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "code") public var code: String
    @Field(key: "title") public var title: String
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `directions` — 目指す姿の実現に向けた取組み.
public final class DirectionRecord: Model, @unchecked Sendable {
    public static let schema = "directions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "goal_code") public var goalCode: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `measures` — 施策.
public final class MeasureRecord: Model, @unchecked Sendable {
    public static let schema = "measures"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "direction_key") public var directionKey: String
    @OptionalField(key: "number") public var number: Int?
    @Field(key: "name") public var name: String
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `placements` — one printed row: a project shown under a measure (再掲 = another placement).
public final class PlacementRecord: Model, @unchecked Sendable {
    public static let schema = "placements"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "goal_code") public var goalCode: String
    @Field(key: "direction_key") public var directionKey: String
    @Field(key: "measure_key") public var measureKey: String
    @Field(key: "project_name") public var projectName: String
    @Field(key: "content") public var content: String
    @Field(key: "roadmap_r6") public var roadmapR6: String
    @Field(key: "roadmap_r9") public var roadmapR9: String
    @Field(key: "roadmap_r13") public var roadmapR13: String
    @Field(key: "relisted") public var relisted: Bool
    @OptionalField(key: "original_key") public var originalKey: String?
    @Field(key: "priority") public var priority: Bool
    @Field(key: "implementation_plan") public var implementationPlan: Bool
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `indicators` — 行動指標 of one placement, with its targets.
public final class IndicatorRecord: Model, @unchecked Sendable {
    public static let schema = "indicators"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "placement_key") public var placementKey: String
    @OptionalField(key: "part") public var part: Int?
    @Field(key: "name") public var name: String
    @Field(key: "unit") public var unit: String
    @Field(key: "kind") public var kind: String
    @Field(key: "kind_overridden") public var kindOverridden: Bool
    @Field(key: "lower_is_better") public var lowerIsBetter: Bool
    @OptionalField(key: "total") public var total: String?
    @OptionalField(key: "target_r6") public var targetR6: String?
    @OptionalField(key: "target_r7") public var targetR7: String?
    @OptionalField(key: "target_r8") public var targetR8: String?
    @OptionalField(key: "target_r9") public var targetR9: String?
    @OptionalField(key: "target_r13") public var targetR13: String?
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}

/// `import_notes` — what the import of a plan noticed (for the plan office's lint page).
public final class ImportNoteRecord: Model, @unchecked Sendable {
    public static let schema = "import_notes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "source_document") public var sourceDocument: String
    @Field(key: "source_line") public var sourceLine: Int
    @Field(key: "message") public var message: String
    public init() {}
}

/// `vision_chart_items` — the logic chart above the plan (背景・目指す姿・戦略・戦術).
public final class VisionChartItemRecord: Model, @unchecked Sendable {
    public static let schema = "vision_chart_items"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_id") public var planID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "kind") public var kind: String
    @Field(key: "heading") public var heading: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "plan_vision") public var planVision: Int?
    @OptionalField(key: "source_document") public var sourceDocument: String?
    @OptionalField(key: "source_line") public var sourceLine: Int?
    public init() {}
}
