import FluentKit

/// Adds the tables of the yearly cycle (people, ownership, actuals, workflow, self-evaluation,
/// grading scales, audit trail). Added after `CreatePlanTables`; never edited.
struct AddYearlyCycle: AsyncMigration {
    init() {}

    func prepare(on database: any Database) async throws {
        try await database.schema(DepartmentRecord.schema).id()
            .field("plan_slug", .string, .required).field("name", .string, .required)
            .unique(on: "plan_slug", "name").create()
        try await database.schema(UserRecord.schema).id()
            .field("name", .string, .required).field("password_hash", .string, .required).field("role", .string, .required)
            .field("department_id", .uuid, .references(DepartmentRecord.schema, "id"))
            .field("active", .bool, .required).field("created_at", .datetime, .required)
            .unique(on: "name").create()
        try await database.schema(AssignmentRecord.schema).id()
            .field("plan_slug", .string, .required).field("project_key", .string, .required)
            .field("department_id", .uuid, .required, .references(DepartmentRecord.schema, "id"))
            .field("lead", .bool, .required)
            .unique(on: "plan_slug", "project_key", "department_id").create()
        try await database.schema(ActualRecord.schema).id()
            .field("plan_slug", .string, .required).field("indicator_key", .string, .required).field("fiscal_year", .string, .required)
            .field("value", .string).field("note", .string, .required).field("entered_by", .string, .required)
            .field("entered_at", .datetime, .required).field("version", .int, .required)
            .unique(on: "plan_slug", "indicator_key", "fiscal_year").create()
        try await database.schema(SubmissionRecord.schema).id()
            .field("plan_slug", .string, .required).field("department_id", .uuid, .required, .references(DepartmentRecord.schema, "id"))
            .field("fiscal_year", .string, .required).field("state", .string, .required).field("comment", .string, .required)
            .field("updated_by", .string, .required).field("updated_at", .datetime, .required)
            .unique(on: "plan_slug", "department_id", "fiscal_year").create()
        try await database.schema(YearLockRecord.schema).id()
            .field("plan_slug", .string, .required).field("fiscal_year", .string, .required).field("locked", .bool, .required)
            .field("updated_by", .string, .required).field("updated_at", .datetime, .required)
            .unique(on: "plan_slug", "fiscal_year").create()
        try await database.schema(SelfEvaluationRecord.schema).id()
            .field("plan_slug", .string, .required).field("project_key", .string, .required).field("fiscal_year", .string, .required)
            .field("text", .string, .required).field("direction", .string, .required).field("milestones", .string, .required)
            .field("entered_by", .string, .required).field("entered_at", .datetime, .required).field("version", .int, .required)
            .unique(on: "plan_slug", "project_key", "fiscal_year").create()
        try await database.schema(GradingScaleRecord.schema).id()
            .field("plan_slug", .string, .required).field("bands", .string, .required)
            .unique(on: "plan_slug").create()
        try await database.schema(AuditRecord.schema).id()
            .field("at", .datetime, .required).field("actor", .string, .required).field("action", .string, .required)
            .field("entity", .string, .required).field("entity_key", .string, .required)
            .field("before", .string, .required).field("after", .string, .required).create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            AuditRecord.schema, GradingScaleRecord.schema, SelfEvaluationRecord.schema, YearLockRecord.schema,
            SubmissionRecord.schema, ActualRecord.schema, AssignmentRecord.schema, UserRecord.schema, DepartmentRecord.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
