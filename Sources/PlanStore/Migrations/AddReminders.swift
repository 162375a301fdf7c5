import FluentKit
import FluentSQL

/// Reminders: a due date per plan and year, an e-mail address per account, and the log of
/// reminders sent — one row per department, year and day, which the unique key keeps to one
/// however many instances or timers try. Added after `AddPlanToAudit`; never edited.
struct AddReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).field("email", .string).update()
        try await database.schema(Schema.dueDates).id()
            .field("plan_slug", .string, .required).field("fiscal_year", .string, .required).field("due_on", .string, .required)
            .field("updated_by", .string, .required).field("updated_at", .datetime, .required)
            .unique(on: "plan_slug", "fiscal_year")
            .create()
        try await database.schema(Schema.reminders).id()
            .field("plan_slug", .string, .required).field("fiscal_year", .string, .required).field("department_id", .uuid, .required)
            .field("department_name", .string, .required).field("sent_on", .string, .required).field("sent_at", .datetime, .required)
            .field("recipients", .string, .required).field("outcome", .string, .required).field("detail", .string, .required)
            .field("actor", .string, .required)
            .unique(on: "plan_slug", "fiscal_year", "department_id", "sent_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Schema.reminders).delete()
        try await database.schema(Schema.dueDates).delete()
        try await database.schema(UserRecord.schema).deleteField("email").update()
    }
}

/// Temporary passwords: an account whose password the office reset must choose its own at the
/// next log-in. Added after `AddReminders`; never edited.
struct AddPasswordChangeRequired: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).field("must_change_password", .bool).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserRecord.schema).deleteField("must_change_password").update()
    }
}
