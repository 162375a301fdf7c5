import FluentKit
import FluentSQL

/// Activity records and each plan's definitions of their kinds and counting rules. Added after
/// `AddAPITokens`; never edited.
struct AddActivityRecords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await database.schema(Schema.activityDefinitions).id()
            .field("plan_slug", .string, .required).field("definition", .string, .required)
            .field("updated_by", .string, .required).field("updated_at", .datetime, .required)
            .unique(on: "plan_slug")
            .create()
        try await database.schema(Schema.activityRecords).id()
            .field("plan_slug", .string, .required).field("kind_key", .string, .required).field("department", .string, .required)
            .field("record_date", .string, .required).field("fiscal_year", .string, .required).field("title", .string, .required)
            .field("category", .string, .required).field("fields", .string, .required)
            .field("entered_by", .string, .required).field("entered_at", .datetime, .required).field("erased_on", .string)
            .create()
        try await sql.create(index: "idx_activity_records_plan").on(Schema.activityRecords).column("plan_slug").column("kind_key")
            .column("fiscal_year").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Schema.activityRecords).delete()
        try await database.schema(Schema.activityDefinitions).delete()
    }
}
