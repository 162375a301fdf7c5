import Foundation
import PlanCore
import PlanStore

/// Writes plans as the rows the repository stores, for the command-line tools the import is
/// compared with: an SQL script for `sqlite3`, and `COPY` data with a script for `psql`.
public struct CorpusDump {
    /// Rows per INSERT statement in the SQL script (1 is what `sqlite3 .dump` writes).
    public var rowsPerInsert: Int
    public let importedAt: Date

    public init(rowsPerInsert: Int = 500, importedAt: Date = Date(timeIntervalSince1970: 1_775_000_000)) {
        self.rowsPerInsert = max(1, rowsPerInsert); self.importedAt = importedAt
    }

    /// The tables of one plan (the plan row first), with deterministic ids.
    public func tables(_ plan: Plan, number: Int) -> [PlanRows.Table] {
        var counter: UInt64 = 0
        func id() -> UUID { counter += 1; return Self.uuid(plan: number, row: counter) }
        let planID = id()
        return [PlanRows.planRow(plan, id: planID, version: 1, importedAt: importedAt)]
            + PlanRows.childTables(plan, planID: planID, newID: id)
    }

    /// One plan as an SQLite transaction.
    public func sqliteScript(_ tables: [PlanRows.Table]) -> String {
        "BEGIN;\n" + sqliteStatements(tables).map { $0 + ";\n" }.joined() + "COMMIT;\n"
    }

    /// The INSERT statements for the tables (without the transaction around them).
    public func sqliteStatements(_ tables: [PlanRows.Table]) -> [String] {
        var statements: [String] = []
        for table in tables {
            let head = "INSERT INTO \(Self.quoted(table.name)) (\(table.columns.map(Self.quoted).joined(separator: ","))) VALUES\n"
            var start = 0
            while start < table.rows.count {
                let end = min(start + rowsPerInsert, table.rows.count)
                statements.append(head + table.rows[start..<end].map { "(" + $0.map(Self.sqliteLiteral).joined(separator: ",") + ")" }
                    .joined(separator: ",\n"))
                start = end
            }
        }
        return statements
    }

    /// One table's rows as `COPY … FROM STDIN` text lines (the encoding the repository's own
    /// PostgreSQL import uses).
    public static func copyLines(_ table: PlanRows.Table) -> String {
        var text = ""
        table.appendCopyLines(table.rows.indices, to: &text)
        return text
    }

    /// The `psql` script that loads the COPY files in one transaction (tables in `order`).
    public static func psqlScript(order: [(name: String, columns: [String])]) -> String {
        var out = "\\set ON_ERROR_STOP on\nBEGIN;\n"
        for t in order {
            out += "\\copy \(quoted(t.name)) (\(t.columns.map(quoted).joined(separator: ","))) FROM '\(t.name).tsv'\n"
        }
        return out + "COMMIT;\n"
    }

    // MARK: Literals

    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    static func sqliteLiteral(_ value: PlanRows.Value) -> String {
        switch value {
        case .text(let s): "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .int(let i): String(i)
        case .bool(let b): b ? "1" : "0"
        case .uuid(let u): "'" + u.uuidString + "'"
        case .date(let d): String(d.timeIntervalSince1970)
        case .null: "NULL"
        }
    }

    /// A deterministic id: plan number and row counter in the bytes of a version-4-shaped UUID.
    static func uuid(plan: Int, row: UInt64) -> UUID {
        let p = UInt64(plan)
        var b = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { b[i] = UInt8(truncatingIfNeeded: p >> (8 * UInt64(7 - i))) }
        for i in 0..<8 { b[8 + i] = UInt8(truncatingIfNeeded: row >> (8 * UInt64(7 - i))) }
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }
}
