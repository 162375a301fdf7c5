import FluentKit

/// Lets an account belong to one plan (each plan its own users); empty means every plan of the
/// installation. Added after `AddTargetRevisions`; never edited.
struct AddPlanToUsers: AsyncMigration {
    init() {}
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).field("plan_slug", .string).update()
    }
    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("plan_slug").update()
    }
}
