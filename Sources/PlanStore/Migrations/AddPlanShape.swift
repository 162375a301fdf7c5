import FluentKit
import FluentSQL

/// Adds plans of any shape: the plan's shape (levels, years, flags, grading) on `plans`, its
/// nodes in `plan_nodes` and its indicators in `plan_indicators` (targets by any fiscal year).
/// Added after `AddPlanIndexes`; never edited.
struct AddPlanShape: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await database.schema(PlanRecord.schema).field("shape", .string).update()
        try await database.schema(VisionChartItemRecord.schema).field("plan_node", .string).update()
        func child(_ schema: String, _ build: (SchemaBuilder) -> SchemaBuilder) async throws {
            let base = database.schema(schema)
                .id()
                .field("plan_id", .uuid, .required, .references(PlanRecord.schema, "id", onDelete: .cascade))
                .field("position", .int, .required)
                .field("key", .string, .required)
            try await build(base).unique(on: "plan_id", "key").create()
            try await sql.create(index: "idx_\(schema)_plan").on(schema).column("plan_id").column("position").run()
        }
        try await child(Schema.nodes) {
            $0.field("level", .int, .required).field("parent_key", .string).field("code", .string).field("number", .int)
                .field("title", .string, .required).field("title_en", .string).field("description", .string, .required)
                .field("milestones", .string, .required).field("flags", .string, .required).field("relisted", .bool, .required)
                .field("original_key", .string).field("department", .string)
                .field("source_document", .string).field("source_line", .int)
        }
        try await child(Schema.indicators) {
            $0.field("node_key", .string, .required).field("part", .int).field("code", .string).field("name", .string, .required)
                .field("name_en", .string).field("unit", .string, .required).field("kind", .string, .required)
                .field("kind_overridden", .bool, .required).field("lower_is_better", .bool, .required).field("type", .string)
                .field("department", .string).field("baseline", .string).field("baseline_year", .int).field("total", .string)
                .field("targets", .string, .required).field("history", .string, .required)
                .field("definition", .string, .required).field("note", .string, .required)
                .field("source_document", .string).field("source_line", .int)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Schema.indicators).delete()
        try await database.schema(Schema.nodes).delete()
        try await database.schema(PlanRecord.schema).deleteField("shape").update()
    }
}

/// Gives every plan a stamp of its own, raised by every write that concerns the plan (its
/// content, actuals, workflow, accounts …), so that a write to one plan leaves the cached pages
/// of every other plan alone and writers of different plans do not wait for one shared row.
/// Added after `AddPlanShape`; never edited.
struct AddPlanStamps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.create(table: Schema.stamps)
            .column("plan_slug", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .bigint, .notNull)
            .run()
        let rows = try await sql.select().column("slug").column("version").from(PlanRecord.schema).all()
        for r in rows {
            let slug = try r.decode(column: "slug", as: String.self)
            let version = try r.decode(column: "version", as: Int.self)
            try await sql.insert(into: Schema.stamps).columns("plan_slug", "value").values(SQLBind(slug), SQLBind(Int64(version))).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.drop(table: Schema.stamps).run()
    }
}

/// Keeps failed log-ins in the database, so that the limit holds across instances and
/// restarts. Added after `AddPlanStamps`; never edited.
struct AddLoginAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await database.schema(Schema.loginAttempts).id()
            .field("name", .string, .required).field("address", .string, .required).field("at", .datetime, .required)
            .create()
        try await sql.create(index: "idx_login_attempts_key").on(Schema.loginAttempts).column("name").column("address").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Schema.loginAttempts).delete()
    }
}

/// Web sessions (the session cookie's data), kept in the database so that every instance
/// knows every session. Added after `AddLoginAttempts`; never edited.
struct AddWebSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.create(table: Schema.sessions)
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("data", type: .text, .notNull)
            .column("expires_at", type: .bigint, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.drop(table: Schema.sessions).run()
    }
}
