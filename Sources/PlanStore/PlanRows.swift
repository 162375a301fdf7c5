import FluentKit
import FluentPostgresDriver
import FluentSQL
import FluentSQLiteDriver
import Foundation
import PlanCore

/// The rows a plan is stored as: one table at a time, columns in schema order.
///
/// The repository inserts these rows (bound parameters, many rows per statement; `COPY` on
/// PostgreSQL), and the benchmark writes the very same rows as an SQL script for `sqlite3` and
/// as `COPY` data for `psql`, so that both sides of a comparison load identical data.
public enum PlanRows {
    /// One stored value, typed as the schema types it.
    public enum Value: Sendable, Hashable {
        case text(String)
        case int(Int)
        case bool(Bool)
        case uuid(UUID)
        case date(Date)
        case null
    }

    /// The columns of each plan table after `id`, `plan_id`, `position` (shared by writing and
    /// reading).
    public enum Columns {
        public static let nodes = [
            "key", "level", "parent_key", "code", "number", "title", "title_en", "description", "milestones", "flags",
            "relisted", "original_key", "department", "source_document", "source_line",
        ]
        public static let indicators = [
            "key", "node_key", "part", "code", "name", "name_en", "unit", "kind", "kind_overridden", "lower_is_better",
            "type", "department", "baseline", "baseline_year", "total", "targets", "history", "definition", "note",
            "source_document", "source_line",
        ]
        public static let importNotes = ["kind", "source_document", "source_line", "message"]
        public static let visionChart = ["kind", "heading", "text", "plan_vision", "plan_node", "source_document", "source_line"]
    }

    public struct Table: Sendable {
        public var name: String
        public var columns: [String]
        public var rows: [[Value]]
    }

    /// Row ids for one plan: a random (version 4) id with a counter in its last four bytes.
    /// One random draw per plan instead of per row (drawing dominated saving a large plan).
    public static func idSequence() -> () -> UUID {
        var base = UUID().uuid
        var counter: UInt32 = 0
        return {
            counter &+= 1
            base.12 = UInt8(truncatingIfNeeded: counter >> 24)
            base.13 = UInt8(truncatingIfNeeded: counter >> 16)
            base.14 = UInt8(truncatingIfNeeded: counter >> 8)
            base.15 = UInt8(truncatingIfNeeded: counter)
            return UUID(uuid: base)
        }
    }

    /// The `plans` row of a plan.
    public static func planRow(_ plan: Plan, id: UUID, version: Int, importedAt: Date) -> Table {
        Table(
            name: PlanRecord.schema,
            columns: ["id", "slug", "title", "municipality", "first_year", "last_year", "version", "imported_at", "shape"],
            rows: [
                [
                    .uuid(id), .text(plan.id), .text(plan.title), .text(plan.municipality),
                    .text(plan.firstYear.map { String($0.westernYear) } ?? ""),
                    .text(plan.lastYear.map { String($0.westernYear) } ?? ""), .int(version), .date(importedAt), .text(PlanShapeCoding.encode(plan)),
                ]
            ])
    }

    static func text(_ s: String?) -> Value { s.map(Value.text) ?? .null }
    static func int(_ i: Int?) -> Value { i.map(Value.int) ?? .null }
    static func number(_ d: Decimal?) -> Value { d.map { .text(NumberCell.format($0)) } ?? .null }
    static func source(_ s: SourceRef?) -> [Value] { [text(s?.document), int(s?.line)] }

    /// The nodes' and indicators' rows of a plan.
    public static func structureTables(_ plan: Plan, planID: UUID, newID: () -> UUID = PlanRows.idSequence()) -> [Table] {
        let head = ["id", "plan_id", "position"]
        let nodes = Table(
            name: Schema.nodes, columns: head + Columns.nodes,
            rows: plan.nodes.enumerated().map { i, n in
                [
                    .uuid(newID()), .uuid(planID), .int(i), .text(n.id), .int(n.level), text(n.parent), text(n.code), int(n.number), .text(n.title),
                    text(n.titleEnglish), .text(n.description), .text(MilestonesCoding.encode(n.milestones)), .text(n.flags.joined(separator: " ")),
                    .bool(n.relisted), text(n.original), text(n.department),
                ] + source(n.source)
            })
        let indicators = Table(
            name: Schema.indicators, columns: head + Columns.indicators,
            rows: plan.indicators.enumerated().map { p, i in
                [
                    .uuid(newID()), .uuid(planID), .int(p), .text(i.id), .text(i.node), int(i.part), text(i.code), .text(i.name), text(i.nameEnglish),
                    .text(i.unit), .text(i.kind.rawValue), .bool(i.kindOverridden), .bool(i.lowerIsBetter), text(i.type?.rawValue),
                    text(i.department),
                    number(i.baseline?.value), int(i.baseline?.year?.westernYear), number(i.total), .text(YearValuesCoding.encode(i.targets)),
                    .text(YearValuesCoding.encode(i.history)), .text(i.definition), .text(i.note),
                ] + source(i.source)
            })
        return [nodes, indicators].filter { !$0.rows.isEmpty }
    }

    /// Every child table's rows, in insertion order. `newID` gives each row its primary key.
    public static func childTables(
        _ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil, planID: UUID,
        newID: @escaping () -> UUID = PlanRows.idSequence()
    ) -> [Table] {
        var tables = structureTables(plan, planID: planID, newID: newID)
        let head = ["id", "plan_id", "position"]
        if !notes.isEmpty {
            tables.append(
                Table(
                    name: ImportNoteRecord.schema, columns: head + Columns.importNotes,
                    rows: notes.enumerated().map { i, n in
                        [
                            .uuid(newID()), .uuid(planID), .int(i), .text(n.kind.rawValue), .text(n.source.document), .int(n.source.line),
                            .text(n.message),
                        ]
                    }))
        }
        if let chart {
            var items: [(kind: String, heading: String, text: String, node: String?, source: SourceRef)] = []
            for b in chart.backgrounds { for f in b.facts { items.append(("背景", b.title, f, nil, b.source)) } }
            for v in chart.visions { items.append(("目指す姿", v.number.map(String.init) ?? "", v.text, v.planNode, v.source)) }
            for s in chart.strategies { items.append(("戦略", String(s.number), s.text, nil, s.source)) }
            for t in chart.tactics { items.append(("戦術", "", t.text, nil, t.source)) }
            tables.append(
                Table(
                    name: VisionChartItemRecord.schema, columns: head + Columns.visionChart,
                    rows: items.enumerated().map { i, item in
                        [.uuid(newID()), .uuid(planID), .int(i), .text(item.kind), .text(item.heading), .text(item.text), .null, text(item.node)]
                            + source(item.source)
                    }))
        }
        return tables
    }

    /// Inserts tables' rows: on PostgreSQL through `COPY … FROM STDIN` on one lease of the connection (inside
    /// the caller's transaction), elsewhere as multi-row INSERTs with bound values.
    static func insert(_ tables: [Table], on db: any Database) async throws {
        let tables = tables.filter { !$0.rows.isEmpty }
        guard !tables.isEmpty else { return }
        if db is any PostgresDatabase { return try await PlanRepository.insert(.postgres(tables.map(PreparedPlan.CopyData.init)), on: db) }
        guard let sql = db as? any SQLDatabase else { throw StoreError.notSQL }
        for table in tables { try await insert(table, on: sql) }
    }

    /// Inserts a table's rows through SQLKit (bound values), a few hundred rows per statement.
    static func insert(_ table: Table, on sql: any SQLDatabase) async throws {
        let perStatement = max(1, 30_000 / max(1, table.columns.count))
        for start in stride(from: 0, to: table.rows.count, by: perStatement) {
            var insert = sql.insert(into: table.name).columns(table.columns)
            for row in table.rows[start..<min(start + perStatement, table.rows.count)] { insert = insert.values(row.map(\.expression)) }
            try await insert.run()
        }
    }
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

    /// Appends the value as one field of PostgreSQL's `COPY … FROM STDIN` text format
    /// (backslash, tab, newline and carriage return escaped; NULL as `\N`).
    public func appendCopyField(to out: inout String) {
        switch self {
        case .text(let s):
            var plain = true
            for byte in s.utf8 where byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                plain = false
                break
            }
            if plain {
                out += s
                return
            }
            for c in s.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(c)
                }
            }
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "t" : "f"
        case .uuid(let u): out += u.uuidString.lowercased()
        case .date(let d): out += Self.copyTimestamp(d)
        case .null: out += "\\N"
        }
    }
}

extension PlanRows.Value {
    /// A time as `COPY` text in UTC to the microsecond, as a bound `Date` keeps it
    /// (`2026-12-07 18:50:04.123456+00`). Written out by hand: a date formatter per value cost
    /// more than the rest of the row.
    static func copyTimestamp(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        var seconds = micros / 1_000_000, fraction = micros % 1_000_000
        if fraction < 0 {
            fraction += 1_000_000
            seconds -= 1
        }
        var days = seconds / 86_400, rest = seconds % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        // Civil date from days since 1970-01-01 (the proleptic Gregorian calendar).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var micro = String(fraction)
        micro = String(repeating: "0", count: 6 - micro.count) + micro
        return "\(year)-\(two(month))-\(two(day)) \(two(rest / 3_600)):\(two(rest / 60 % 60)):\(two(rest % 60)).\(micro)+00"
    }
}

extension PlanRows.Table {
    /// Rows `range` as `COPY … FROM STDIN` text lines.
    public func appendCopyLines(_ range: Range<Int>, to out: inout String) {
        for row in rows[range] {
            for (i, value) in row.enumerated() {
                if i > 0 { out += "\t" }
                value.appendCopyField(to: &out)
            }
            out += "\n"
        }
    }
}
