import FluentKit

/// Adds revised targets (中間見直し). Added after `AddYearlyCycle`; never edited.
struct AddTargetRevisions: AsyncMigration {
    init() {}
    func prepare(on database: any Database) async throws {
        try await database.schema(TargetRevisionRecord.schema).id()
            .field("plan_slug", .string, .required).field("indicator_key", .string, .required).field("fiscal_year", .string, .required)
            .field("value", .string).field("decided_on", .string, .required).field("reason", .string, .required)
            .field("entered_by", .string, .required).field("entered_at", .datetime, .required).create()
    }
    func revert(on database: any Database) async throws {
        try await database.schema(TargetRevisionRecord.schema).delete()
    }
}
