import FluentKit

/// Creates the tables that hold adopted plans. Migrations are added, never edited.
struct CreatePlanTables: AsyncMigration {
    init() {}

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanRecord.schema)
            .id()
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("municipality", .string, .required)
            .field("first_year", .string, .required)
            .field("last_year", .string, .required)
            .field("version", .int, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "slug")
            .create()

        func child(_ schema: String, _ build: (SchemaBuilder) -> SchemaBuilder) async throws {
            let base = database.schema(schema)
                .id()
                .field("plan_id", .uuid, .required, .references(PlanRecord.schema, "id", onDelete: .cascade))
                .field("position", .int, .required)
            try await build(base).create()
        }
        try await child(PolicyRecord.schema) {
            $0.field("number", .int, .required).field("title", .string, .required)
                .field("source_document", .string).field("source_line", .int)
        }
        try await child(VisionRecord.schema) {
            $0.field("number", .int, .required).field("policy_number", .int, .required).field("title", .string, .required)
                .field("source_document", .string).field("source_line", .int)
        }
        try await child(GoalRecord.schema) {
            $0.field("code", .string, .required).field("title", .string, .required)
                .field("source_document", .string).field("source_line", .int)
                .unique(on: "plan_id", "code")
        }
        try await child(DirectionRecord.schema) {
            $0.field("key", .string, .required).field("goal_code", .string, .required).field("text", .string, .required)
                .field("source_document", .string).field("source_line", .int)
        }
        try await child(MeasureRecord.schema) {
            $0.field("key", .string, .required).field("direction_key", .string, .required).field("number", .int)
                .field("name", .string, .required).field("source_document", .string).field("source_line", .int)
        }
        try await child(PlacementRecord.schema) {
            $0.field("key", .string, .required).field("goal_code", .string, .required)
                .field("direction_key", .string, .required).field("measure_key", .string, .required)
                .field("project_name", .string, .required).field("content", .string, .required)
                .field("roadmap_r6", .string, .required).field("roadmap_r9", .string, .required).field("roadmap_r13", .string, .required)
                .field("relisted", .bool, .required).field("original_key", .string)
                .field("priority", .bool, .required).field("implementation_plan", .bool, .required)
                .field("source_document", .string).field("source_line", .int)
                .unique(on: "plan_id", "key")
        }
        try await child(IndicatorRecord.schema) {
            $0.field("key", .string, .required).field("placement_key", .string, .required).field("part", .int)
                .field("name", .string, .required).field("unit", .string, .required).field("kind", .string, .required)
                .field("kind_overridden", .bool, .required).field("lower_is_better", .bool, .required)
                .field("total", .string).field("target_r6", .string).field("target_r7", .string).field("target_r8", .string)
                .field("target_r9", .string).field("target_r13", .string)
                .field("source_document", .string).field("source_line", .int)
                .unique(on: "plan_id", "key")
        }
        try await child(ImportNoteRecord.schema) {
            $0.field("kind", .string, .required).field("source_document", .string, .required)
                .field("source_line", .int, .required).field("message", .string, .required)
        }
        try await child(VisionChartItemRecord.schema) {
            $0.field("kind", .string, .required).field("heading", .string, .required).field("text", .string, .required)
                .field("plan_vision", .int).field("source_document", .string).field("source_line", .int)
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [
            VisionChartItemRecord.schema, ImportNoteRecord.schema, IndicatorRecord.schema, PlacementRecord.schema,
            MeasureRecord.schema, DirectionRecord.schema, GoalRecord.schema, VisionRecord.schema, PolicyRecord.schema,
            PlanRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
