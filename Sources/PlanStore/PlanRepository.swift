import FluentKit
import FluentPostgresDriver
import FluentSQL
import FluentSQLiteDriver
import Foundation
import PlanCore

/// A plan as stored: the plan, what its import noticed, its logic chart, its version (changed by
/// every save of the plan) and when it was saved.
public struct StoredPlan: Sendable {
    public var plan: Plan
    public var notes: [ImportNote]
    public var chart: VisionChart?
    public var version: Int
    public var importedAt: Date

    public init(plan: Plan, notes: [ImportNote], chart: VisionChart?, version: Int, importedAt: Date) {
        self.plan = plan
        self.notes = notes
        self.chart = chart
        self.version = version
        self.importedAt = importedAt
    }
}

/// A short description of a stored plan, for lists.
public struct PlanSummary: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var municipality: String
    public var version: Int
}

/// Reads and writes whole plans. Writes are all or nothing (one transaction).
public struct PlanRepository: Sendable {
    let database: any Database
    /// Where write transactions run (`PlanStore.writeDatabase`).
    let writes: any Database
    /// Plans read together (`load` reads each table once for all of them), or nil.
    var batch: ReadBatch? = nil

    init(database: any Database, writes: any Database) {
        self.database = database
        self.writes = writes
    }

    public func summaries() async throws -> [PlanSummary] {
        let rows = try await RowReader(database: database).rows(
            PlanRecord.schema, columns: ["slug", "title", "municipality", "version"], where: [],
            orderBy: ["slug"])
        return try rows.map {
            PlanSummary(
                id: try $0.text("slug"), title: try $0.text("title"), municipality: try $0.text("municipality"), version: try $0.int("version"))
        }
    }

    public func isEmpty() async throws -> Bool {
        try await PlanRecord.query(on: database).count() == 0
    }

    /// The stamp of a plan (raised by every write that concerns it), or nil when no plan was ever
    /// stored under that id (a deleted plan's stamp stays, and its load finds no plan). One row
    /// read by its key: cheap enough for every request.
    public func stamp(of slug: String) async throws -> Int64? {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        let row = try await sql.select().column("value").from(Schema.stamps).where("plan_slug", .equal, SQLBind(slug)).first()
        return try row.map { try $0.decode(column: "value", as: Int64.self) }
    }

    /// The stamps of several plans in one read (ids never stored are absent).
    public func stamps(of slugs: [String]) async throws -> [String: Int64] {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        var out: [String: Int64] = [:]
        let rows = try await sql.select().column("plan_slug").column("value").from(Schema.stamps)
            .where("plan_slug", .in, SQLBind.group(slugs)).all()
        for r in rows { out[try r.decode(column: "plan_slug", as: String.self)] = try r.decode(column: "value", as: Int64.self) }
        return out
    }

    /// Every plan's stamp.
    public func stamps() async throws -> [String: Int64] {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        var out: [String: Int64] = [:]
        for r in try await sql.select().column("plan_slug").column("value").from(Schema.stamps).all() {
            out[try r.decode(column: "plan_slug", as: String.self)] = try r.decode(column: "value", as: Int64.self)
        }
        return out
    }

    /// Stores a plan, replacing any plan with the same id, in one transaction.
    public func save(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil) async throws {
        try await save([prepare(plan, notes: notes, chart: chart)])
    }

    /// Does the work of saving that needs no database: the plan's rows, encoded as this database
    /// takes them. Call it on another task while the previous plan is being saved (`bench import`
    /// does) so that a bulk load keeps both the CPU and the database busy.
    public func prepare(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil) -> PreparedPlan {
        let planID = UUID()
        let tables = PlanRows.childTables(plan, notes: notes, chart: chart, planID: planID)
        let payload: PreparedPlan.Payload =
            database is any PostgresDatabase
            ? .postgres(tables.map { PreparedPlan.CopyData(table: $0) })
            : .sqlite(tables.flatMap { PreparedPlan.SQLiteInsert.statements($0) })
        return PreparedPlan(plan: plan, planID: planID, payload: payload)
    }

    /// Stores several plans in one transaction: all of them or, if anything fails, none. Each
    /// replaces any stored plan with the same id, keeping its version counting up.
    public func save(_ batch: [PreparedPlan]) async throws {
        guard !batch.isEmpty else { return }
        var slugs = Set<String>()
        for prepared in batch where !slugs.insert(prepared.plan.id).inserted { throw PlanSaveError.duplicateInBatch(prepared.plan.id) }
        let wanted = Array(slugs)
        try await writes.writeTransaction(stamps: wanted) { db, _ in
            guard let sql = db as? any SQLDatabase else { throw StoreError.notSQL }
            let previous = try await sql.select().columns("id", "slug", "version").from(PlanRecord.schema).where("slug", .in, SQLBind.group(wanted))
                .all()
            var versions: [String: Int] = [:]
            for r in previous {
                versions[try r.decode(column: "slug", as: String.self)] = try r.decode(column: "version", as: Int.self)
                try await Self.deletePlan(id: try r.decode(column: "id", as: UUID.self), on: sql)
            }
            let now = Date()
            for prepared in batch {
                let row = PlanRows.planRow(prepared.plan, id: prepared.planID, version: (versions[prepared.plan.id] ?? 0) + 1, importedAt: now)
                try await PlanRows.insert(row, on: sql)
            }
            try await Self.insert(PreparedPlan.Payload.merged(batch.map(\.payload)), on: db)
        }
    }

    /// Removes a plan and everything stored for it: its rows, its yearly cycle and its audit
    /// trail's plan link stays (the trail is never deleted).
    public func delete(_ slug: String) async throws -> Bool {
        try await writes.writeTransaction(stamps: [slug]) { db, _ in
            guard let sql = db as? any SQLDatabase else { throw StoreError.notSQL }
            guard let row = try await sql.select().column("id").from(PlanRecord.schema).where("slug", .equal, SQLBind(slug)).first() else {
                return false
            }
            try await Self.deletePlan(id: try row.decode(column: "id", as: UUID.self), on: sql)
            // The stamp row stays (raised by this transaction): a plan stored again under the same
            // id counts on from there, so no snapshot, cached page or published folder of the
            // deleted plan can pass for the new one.
            return true
        }
    }

    static let childTables = [
        Schema.nodes, Schema.indicators, ImportNoteRecord.schema, VisionChartItemRecord.schema, "policies", "visions", "goals",
        "directions", "measures", "placements", "indicators",
    ]

    static func deletePlan(id: UUID, on sql: any SQLDatabase) async throws {
        for table in childTables { try await sql.delete(from: table).where("plan_id", .equal, SQLBind(id)).run() }
        try await sql.delete(from: PlanRecord.schema).where("id", .equal, SQLBind(id)).run()
    }

    public func load(_ slug: String) async throws -> StoredPlan? {
        let reader = RowReader(database: database, batch: batch)
        guard
            let record = try await reader.rows(
                PlanRecord.schema, columns: ["id", "slug", "title", "municipality", "version", "imported_at", "shape"],
                where: [("slug", .text(slug))]
            ).first
        else { return nil }
        let id = try record.uuid("id")
        typealias C = PlanRows.Columns
        async let nodes = reader.rows(Schema.nodes, columns: C.nodes, where: [("plan_id", .uuid(id))], orderBy: ["position"])
        async let indicators = reader.rows(Schema.indicators, columns: C.indicators, where: [("plan_id", .uuid(id))], orderBy: ["position"])
        async let notes = reader.rows(ImportNoteRecord.schema, columns: C.importNotes, where: [("plan_id", .uuid(id))], orderBy: ["position"])
        async let chart = reader.rows(
            VisionChartItemRecord.schema, columns: ["kind", "heading", "text", "plan_node", "source_document", "source_line"],
            where: [("plan_id", .uuid(id))], orderBy: ["position"])
        var plan = Plan(id: try record.text("slug"), title: try record.text("title"), municipality: try record.text("municipality"))
        guard let shape = try record.optionalText("shape") else { throw StoreError.invalid("plans.shape", "NULL") }
        try PlanShapeCoding.decode(shape, into: &plan)
        func source(_ r: RowReader.Row) throws -> SourceRef? {
            guard let d = try r.optionalText("source_document"), let l = try r.optionalInt("source_line") else { return nil }
            return SourceRef(document: d, line: l)
        }
        plan.nodes = try await nodes.map { r in
            PlanNode(
                id: try r.text("key"), level: try r.int("level"), parent: try r.optionalText("parent_key"), code: try r.optionalText("code"),
                number: try r.optionalInt("number"), title: try r.text("title"), titleEnglish: try r.optionalText("title_en"),
                description: try r.text("description"),
                milestones: try MilestonesCoding.decode(try r.text("milestones"), column: "plan_nodes.milestones"),
                flags: try r.text("flags").split(separator: " ").map(String.init), relisted: try r.bool("relisted"),
                original: try r.optionalText("original_key"), department: try r.optionalText("department"), source: try source(r))
        }
        plan.indicators = try await indicators.map { r in
            let kindText = try r.text("kind")
            guard let kind = IndicatorKind(rawValue: kindText) else { throw StoreError.invalid("plan_indicators.kind", kindText) }
            var type: IndicatorType? = nil
            if let t = try r.optionalText("type") {
                guard let parsed = IndicatorType(rawValue: t) else { throw StoreError.invalid("plan_indicators.type", t) }
                type = parsed
            }
            func number(_ c: String) throws -> Decimal? {
                guard let t = try r.optionalText(c) else { return nil }
                guard let d = NumberCell.decimal(t) else { throw StoreError.invalid("plan_indicators.\(c)", t) }
                return d
            }
            let baseline = try number("baseline").map {
                Baseline(year: try r.optionalInt("baseline_year").map(FiscalYear.init(westernYear:)), value: $0)
            }
            return Indicator(
                id: try r.text("key"), node: try r.text("node_key"), part: try r.optionalInt("part"), code: try r.optionalText("code"),
                name: try r.text("name"), nameEnglish: try r.optionalText("name_en"), unit: try r.text("unit"), kind: kind,
                kindOverridden: try r.bool("kind_overridden"), lowerIsBetter: try r.bool("lower_is_better"), type: type,
                department: try r.optionalText("department"), baseline: baseline,
                targets: try YearValuesCoding.decode(try r.text("targets"), column: "plan_indicators.targets"), total: try number("total"),
                history: try YearValuesCoding.decode(try r.text("history"), column: "plan_indicators.history"),
                definition: try r.text("definition"), note: try r.text("note"), source: try source(r))
        }
        let importNotes = try await notes.map { r in
            let kindText = try r.text("kind")
            guard let kind = ImportNote.Kind(rawValue: kindText) else { throw StoreError.invalid("import_notes.kind", kindText) }
            return ImportNote(
                kind: kind, source: SourceRef(document: try r.text("source_document"), line: try r.int("source_line")), message: try r.text("message")
            )
        }
        let chartRows = try await chart
        return StoredPlan(
            plan: plan, notes: importNotes, chart: chartRows.isEmpty ? nil : try Self.chart(from: chartRows),
            version: try record.int("version"), importedAt: try record.date("imported_at"))
    }

    static func chart(from rows: [RowReader.Row]) throws -> VisionChart {
        var chart = VisionChart(backgrounds: [], strategies: [], visions: [], tactics: [])
        for r in rows {
            let source = SourceRef(document: try r.optionalText("source_document") ?? "", line: try r.optionalInt("source_line") ?? 0)
            let heading = try r.text("heading")
            let text = try r.text("text")
            switch try r.text("kind") {
            case "背景":
                if let i = chart.backgrounds.firstIndex(where: { $0.title == heading }) {
                    chart.backgrounds[i].facts.append(text)
                } else {
                    chart.backgrounds.append(.init(title: heading, facts: [text], source: source))
                }
            case "戦略": chart.strategies.append(.init(number: Int(heading) ?? 0, text: text, source: source))
            case "目指す姿":
                chart.visions.append(
                    .init(number: Int(heading), text: text, planNode: try r.optionalText("plan_node"), similarity: 0, source: source))
            default: chart.tactics.append(.init(text: text, source: source))
            }
        }
        return chart
    }

    /// Inserts the prepared rows: on SQLite as multi-row INSERTs with bound values, on
    /// PostgreSQL through `COPY … FROM STDIN` on the transaction's connection.
    static func insert(_ payload: PreparedPlan.Payload, on db: any Database) async throws {
        switch payload {
        case .sqlite(let statements):
            guard let sqlite = db as? any SQLiteDatabase else { throw StoreError.notSQL }
            for statement in statements { _ = try await sqlite.query(statement.sql, statement.binds) }
        case .postgres(let tables):
            guard let postgres = db as? any PostgresDatabase else { throw StoreError.notSQL }
            let logger = db.logger
            try await postgres.withConnection { connection in
                connection.eventLoop.makeFutureWithTask {
                    for table in tables {
                        // Table and column names (quoted by `copyFrom`) are the schema's constants.
                        try await connection.copyFrom(table: table.name, columns: table.columns, logger: logger) { writer in
                            for chunk in table.chunks { try await writer.write(chunk) }
                        }
                    }
                }
            }.get()
        }
    }
}

/// A plan ready to be saved: its rows already encoded for the database.
public struct PreparedPlan: Sendable {
    public let plan: Plan
    let planID: UUID
    let payload: Payload

    enum Payload: Sendable {
        case sqlite([SQLiteInsert])
        case postgres([CopyData])

        /// Several plans' rows as one: on PostgreSQL one COPY per table, on SQLite the
        /// statements in turn.
        static func merged(_ payloads: [Payload]) -> Payload {
            guard payloads.count > 1 else { return payloads[0] }
            var statements: [SQLiteInsert] = []
            var tables: [CopyData] = []
            var index: [String: Int] = [:]
            for payload in payloads {
                switch payload {
                case .sqlite(let s): statements += s
                case .postgres(let t):
                    for table in t {
                        if let i = index[table.name] {
                            tables[i].chunks += table.chunks
                        } else {
                            index[table.name] = tables.count
                            tables.append(table)
                        }
                    }
                }
            }
            return tables.isEmpty ? .sqlite(statements) : .postgres(tables)
        }
    }

    /// One multi-row INSERT with its values bound directly as SQLite values, as many rows as
    /// fit the 32,766 parameters SQLite accepts in one statement.
    struct SQLiteInsert: Sendable {
        var sql: String
        var binds: [SQLiteData]

        static func statements(_ table: PlanRows.Table) -> [SQLiteInsert] {
            let columns = table.columns.map { "\"\($0)\"" }.joined(separator: ",")
            let head = "INSERT INTO \"\(table.name)\" (\(columns)) VALUES "
            let tuple = "(" + Array(repeating: "?", count: table.columns.count).joined(separator: ",") + ")"
            let rowsPerStatement = max(1, 30_000 / max(1, table.columns.count))
            return stride(from: 0, to: table.rows.count, by: rowsPerStatement).map { start in
                let end = min(start + rowsPerStatement, table.rows.count)
                var binds: [SQLiteData] = []
                binds.reserveCapacity((end - start) * table.columns.count)
                for row in table.rows[start..<end] { for value in row { binds.append(value.sqliteData) } }
                return SQLiteInsert(sql: head + Array(repeating: tuple, count: end - start).joined(separator: ","), binds: binds)
            }
        }
    }

    /// A table's rows as `COPY … FROM STDIN` text, in chunks of a few thousand rows.
    struct CopyData: Sendable {
        var name: String
        var columns: [String]
        var chunks: [ByteBuffer]

        init(table: PlanRows.Table) {
            name = table.name
            columns = table.columns
            chunks = stride(from: 0, to: table.rows.count, by: 2_000).map { start in
                var text = ""
                table.appendCopyLines(start..<min(start + 2_000, table.rows.count), to: &text)
                return ByteBuffer(string: text)
            }
        }
    }
}

/// A batch of plans that cannot be saved together.
public enum PlanSaveError: Error, CustomStringConvertible {
    case duplicateInBatch(String)
    public var description: String {
        switch self {
        case .duplicateInBatch(let id): "計画ID「\(id)」が一度に保存する計画の中に2回あります（計画IDは計画ごとに違うものにしてください）"
        }
    }
}
