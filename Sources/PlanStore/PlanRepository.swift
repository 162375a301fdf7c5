import FluentKit
import FluentSQL
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import PlanCore

/// A plan as stored: the plan, what its import noticed, its logic chart, and its version.
public struct StoredPlan: Sendable {
    public var plan: Plan
    public var notes: [ImportNote]
    public var chart: VisionChart?
    /// Changes on every write to the plan.
    public var version: Int
    public var importedAt: Date

    public init(plan: Plan, notes: [ImportNote], chart: VisionChart?, version: Int, importedAt: Date) {
        self.plan = plan; self.notes = notes; self.chart = chart; self.version = version; self.importedAt = importedAt
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
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public func summaries() async throws -> [PlanSummary] {
        try await PlanRecord.query(on: database).sort(\.$slug).all()
            .map { PlanSummary(id: $0.slug, title: $0.title, municipality: $0.municipality, version: $0.version) }
    }

    public func isEmpty() async throws -> Bool {
        try await PlanRecord.query(on: database).count() == 0
    }

    /// The current version of a plan, without loading it (cheap; for cache validation).
    public func version(of slug: String) async throws -> Int? {
        try await PlanRecord.query(on: database).filter(\.$slug == slug).first()?.version
    }

    /// Stores a plan, replacing any plan with the same id, in one transaction.
    public func save(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil) async throws {
        try await save(prepare(plan, notes: notes, chart: chart))
    }

    /// Does the work of saving that needs no database: the plan's rows, encoded as this
    /// database takes them. Call it on another task while the previous plan is being saved
    /// (`bench import` does) so that a bulk load keeps both the CPU and the database busy.
    public func prepare(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil) -> PreparedPlan {
        let planID = UUID()
        let tables = PlanRows.childTables(plan, notes: notes, chart: chart, planID: planID)   // tables with rows
        let payload: PreparedPlan.Payload = database is any PostgresDatabase
            ? .postgres(tables.map { PreparedPlan.CopyData(table: $0) })
            : .sqlite(tables.flatMap { PreparedPlan.SQLiteInsert.statements($0) })
        return PreparedPlan(plan: plan, planID: planID, payload: payload)
    }

    /// Stores a prepared plan, replacing any plan with the same id, in one transaction.
    public func save(_ prepared: PreparedPlan) async throws {
        try await save([prepared])
    }

    /// Stores several plans in one transaction: all of them or, if anything fails, none (for
    /// bulk loads, e.g. a prefecture's municipalities at once). Each replaces any stored plan
    /// with the same id. The rows of all plans go to each table in one statement per table.
    public func save(_ batch: [PreparedPlan]) async throws {
        guard !batch.isEmpty else { return }
        var slugs = Set<String>()
        for prepared in batch where !slugs.insert(prepared.plan.id).inserted { throw PlanSaveError.duplicateInBatch(prepared.plan.id) }
        let wanted = Array(slugs)
        try await database.writeTransaction { db in
            let previous = try await PlanRecord.query(on: db).filter(\.$slug ~~ wanted).all()
            var versions: [String: Int] = [:]
            for record in previous {
                versions[record.slug] = record.version
                try await Self.deleteChildren(of: record.requireID(), on: db)
                try await record.delete(on: db)
            }
            let now = Date()
            let records = batch.map { prepared in
                let plan = prepared.plan, record = PlanRecord()
                record.id = prepared.planID
                record.slug = plan.id
                record.title = plan.title
                record.municipality = plan.municipality
                record.firstYear = plan.firstYear.code
                record.lastYear = plan.lastYear.code
                record.version = (versions[plan.id] ?? 0) + 1
                record.importedAt = now
                return record
            }
            try await records.create(on: db)
            try await Self.insert(PreparedPlan.Payload.merged(batch.map(\.payload)), on: db)
        }
    }

    public func load(_ slug: String) async throws -> StoredPlan? {
        guard let record = try await PlanRecord.query(on: database).filter(\.$slug == slug).first() else { return nil }
        let id = try record.requireID()
        let reader = PlanRowReader(database: database)
        func src(_ r: PlanRowReader.Row) -> SourceRef? {
            guard let doc = r.string("source_document"), let line = r.int("source_line") else { return nil }
            return SourceRef(document: doc, line: line)
        }
        func decimal(_ s: String?) -> Decimal? { s.flatMap(NumberCell.decimal) }
        typealias C = PlanRows.Columns
        async let policies = reader.rows(PolicyRecord.schema, columns: C.policies + C.source, planID: id)
        async let visions = reader.rows(VisionRecord.schema, columns: C.visions + C.source, planID: id)
        async let goals = reader.rows(GoalRecord.schema, columns: C.goals + C.source, planID: id)
        async let directions = reader.rows(DirectionRecord.schema, columns: C.directions + C.source, planID: id)
        async let measures = reader.rows(MeasureRecord.schema, columns: C.measures + C.source, planID: id)
        async let placements = reader.rows(PlacementRecord.schema, columns: C.placements + C.source, planID: id)
        async let indicators = reader.rows(IndicatorRecord.schema, columns: C.indicators + C.source, planID: id)
        async let notes = reader.rows(ImportNoteRecord.schema, columns: C.importNotes, planID: id)
        async let chart = VisionChartItemRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()

        var plan = Plan(id: record.slug, title: record.title, municipality: record.municipality,
                        firstYear: FiscalYear(parsing: record.firstYear) ?? .r6, lastYear: FiscalYear(parsing: record.lastYear) ?? .r9)
        plan.policies = try await policies.map { Policy(number: $0.int("number") ?? 0, title: $0.text("title"), source: src($0)) }
        plan.visions = try await visions.map {
            Vision(number: $0.int("number") ?? 0, policy: $0.int("policy_number") ?? 0, title: $0.text("title"), source: src($0))
        }
        plan.goals = try await goals.compactMap { r in
            GoalCode(parsing: r.text("code")).map { Goal(code: $0, title: r.text("title"), source: src(r)) }
        }
        plan.directions = try await directions.compactMap { r in
            GoalCode(parsing: r.text("goal_code")).map { Direction(id: r.text("key"), goal: $0, text: r.text("text"), source: src(r)) }
        }
        plan.measures = try await measures.map {
            Measure(id: $0.text("key"), direction: $0.text("direction_key"), number: $0.int("number"), name: $0.text("name"), source: src($0))
        }
        plan.placements = try await placements.compactMap { r in
            guard let goal = GoalCode(parsing: r.text("goal_code")) else { return nil }
            return Placement(id: r.text("key"), goal: goal, direction: r.text("direction_key"), measure: r.text("measure_key"),
                             projectName: r.text("project_name"), content: r.text("content"),
                             roadmap: Roadmap(r6: r.text("roadmap_r6"), r9: r.text("roadmap_r9"), r13: r.text("roadmap_r13")),
                             relisted: r.bool("relisted"), original: r.string("original_key"), priority: r.bool("priority"),
                             implementationPlan: r.bool("implementation_plan"), source: src(r))
        }
        plan.indicators = try await indicators.map { r in
            Indicator(id: r.text("key"), placement: r.text("placement_key"), part: r.int("part"), name: r.text("name"), unit: r.text("unit"),
                      kind: IndicatorKind(rawValue: r.text("kind")) ?? .perYear, kindOverridden: r.bool("kind_overridden"),
                      lowerIsBetter: r.bool("lower_is_better"), total: decimal(r.string("total")),
                      targets: YearTargets(r6: decimal(r.string("target_r6")), r7: decimal(r.string("target_r7")), r8: decimal(r.string("target_r8")),
                                           r9: decimal(r.string("target_r9")), r13: decimal(r.string("target_r13"))),
                      source: src(r))
        }
        let importNotes = try await notes.compactMap { r in
            ImportNote.Kind(rawValue: r.text("kind")).map {
                ImportNote(kind: $0, source: SourceRef(document: r.text("source_document"), line: r.int("source_line") ?? 0), message: r.text("message"))
            }
        }
        let chartItems = try await chart
        return StoredPlan(plan: plan, notes: importNotes, chart: chartItems.isEmpty ? nil : Self.chart(from: chartItems),
                          version: record.version, importedAt: record.importedAt)
    }

    // MARK: Conversion

    static func chart(from items: [VisionChartItemRecord]) -> VisionChart {
        var chart = VisionChart(backgrounds: [], strategies: [], visions: [], tactics: [])
        for r in items {
            let source = SourceRef(document: r.sourceDocument ?? "", line: r.sourceLine ?? 0)
            switch r.kind {
            case "背景":
                if let i = chart.backgrounds.firstIndex(where: { $0.title == r.heading }) { chart.backgrounds[i].facts.append(r.text) }
                else { chart.backgrounds.append(.init(title: r.heading, facts: [r.text], source: source)) }
            case "戦略": chart.strategies.append(.init(number: Int(r.heading) ?? 0, text: r.text, source: source))
            case "目指す姿": chart.visions.append(.init(number: Int(r.heading), text: r.text, planVision: r.planVision, similarity: 0, source: source))
            default: chart.tactics.append(.init(text: r.text, source: source))
            }
        }
        return chart
    }

    static func deleteChildren(of planID: UUID, on db: any Database) async throws {
        try await VisionChartItemRecord.query(on: db).filter(\.$planID == planID).delete()
        try await ImportNoteRecord.query(on: db).filter(\.$planID == planID).delete()
        try await IndicatorRecord.query(on: db).filter(\.$planID == planID).delete()
        try await PlacementRecord.query(on: db).filter(\.$planID == planID).delete()
        try await MeasureRecord.query(on: db).filter(\.$planID == planID).delete()
        try await DirectionRecord.query(on: db).filter(\.$planID == planID).delete()
        try await GoalRecord.query(on: db).filter(\.$planID == planID).delete()
        try await VisionRecord.query(on: db).filter(\.$planID == planID).delete()
        try await PolicyRecord.query(on: db).filter(\.$planID == planID).delete()
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

/// A plan ready to be saved: its rows already encoded for the database (see
/// `PlanRepository.prepare`).
public struct PreparedPlan: Sendable {
    public let plan: Plan
    let planID: UUID
    let payload: Payload

    enum Payload: Sendable {
        case sqlite([SQLiteInsert])
        case postgres([CopyData])

        /// Several plans' rows as one: on PostgreSQL one COPY per table (in the order of the
        /// first plan's tables, which every plan shares), on SQLite the statements in turn.
        static func merged(_ payloads: [Payload]) -> Payload {
            guard payloads.count > 1 else { return payloads[0] }
            var statements: [SQLiteInsert] = [], tables: [CopyData] = [], index: [String: Int] = [:]
            for payload in payloads {
                switch payload {
                case .sqlite(let s): statements += s
                case .postgres(let t):
                    for table in t {
                        if let i = index[table.name] { tables[i].chunks += table.chunks } else { index[table.name] = tables.count; tables.append(table) }
                    }
                }
            }
            return tables.isEmpty ? .sqlite(statements) : .postgres(tables)
        }
    }

    /// One multi-row INSERT with its values bound directly as SQLite values (the generic
    /// `Encodable` path costs more than the insert itself for a large plan), as many rows as
    /// fit the 32,766 parameters SQLite accepts in one statement. Stored exactly as Fluent
    /// stores them.
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

    /// A table's rows as `COPY … FROM STDIN` text, in chunks of a few thousand rows (parsing and
    /// planning a multi-row INSERT with thousands of parameters cost PostgreSQL more than three
    /// times what COPY does).
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

/// A problem with the storage itself (not with the data).
public enum StoreError: Error, CustomStringConvertible {
    case notSQL
    public var description: String { "このデータベースは使えません（SQLite または PostgreSQL を使ってください）" }
}

extension PlanRows.Value {
    /// The value as SQLite stores it through Fluent (UUIDs as upper-case text, dates as
    /// seconds since 1970, booleans as 0 and 1).
    var sqliteData: SQLiteData {
        switch self {
        case .text(let s): .text(s)
        case .int(let i): .integer(i)
        case .bool(let b): .integer(b ? 1 : 0)
        case .uuid(let u): .text(u.uuidString)
        case .date(let d): .float(d.timeIntervalSince1970)
        case .null: .null
        }
    }

    /// The value as a bound parameter (NULL as a literal).
    var expression: any SQLExpression {
        switch self {
        case .text(let s): SQLBind(s)
        case .int(let i): SQLBind(i)
        case .bool(let b): SQLBind(b)
        case .uuid(let u): SQLBind(u)
        case .date(let d): SQLBind(d)
        case .null: SQLLiteral.null
        }
    }
}

extension PlanRepository {
    /// Removes every plan (tests and `restore`).
    public func deleteAll() async throws {
        try await database.writeTransaction { db in
            for plan in try await PlanRecord.query(on: db).all() {
                try await Self.deleteChildren(of: plan.requireID(), on: db)
                try await plan.delete(on: db)
            }
        }
    }
}
