import FluentKit
import FluentSQL
import FluentSQLiteDriver
import Foundation

/// Reads a plan table's rows by column name without Fluent's model decoding (which reflects on
/// every model and cost most of the time of loading a large plan). SQLite rows are read as
/// SQLite values; other databases through SQLKit's row decoding. Bound parameters only.
struct PlanRowReader {
    let database: any Database

    /// One row: values by column name.
    struct Row {
        let names: [String: Int]
        let sqlite: [SQLiteData]?
        let generic: (any SQLRow)?

        func string(_ column: String) -> String? {
            if let sqlite, let i = names[column] { return sqlite[i].string }
            return try? generic?.decode(column: column, as: String?.self)
        }
        func text(_ column: String) -> String { string(column) ?? "" }
        func int(_ column: String) -> Int? {
            if let sqlite, let i = names[column] { return sqlite[i].integer.map { Int($0) } }
            return try? generic?.decode(column: column, as: Int?.self)
        }
        func date(_ column: String) -> Date? {
            if let sqlite, let i = names[column] { return sqlite[i].double.map { Date(timeIntervalSince1970: $0) } }
            return try? generic?.decode(column: column, as: Date?.self)
        }
        func bool(_ column: String) -> Bool {
            if let sqlite, let i = names[column] { return (sqlite[i].integer ?? 0) != 0 }
            return ((try? generic?.decode(column: column, as: Bool?.self)) ?? nil) ?? false
        }
    }

    /// Runs a SQLite query and hands each row to `onRow` on the database's thread as it is stepped,
    /// one row after another. (SQLiteNIO's `query` as reached through Fluent schedules a task on
    /// the event loop for every row, which cost more than reading the row when reading a year's
    /// actuals of every plan.)
    ///
    /// For large reads only: the connection stays taken from the pool while a Swift task is
    /// scheduled to run the query. When the tests ran every plan load this way, tasks waiting
    /// behind busy test threads held the in-memory database's connections past the pool's
    /// time-out; plan loads (a few hundred rows per table) keep `query`.
    static func eachSQLiteRow(_ sqlite: any SQLiteDatabase, _ query: String, _ binds: [SQLiteData],
                              _ onRow: @escaping @Sendable (SQLiteRow) -> Void) async throws {
        try await sqlite.withConnection { connection in try await connection.query(query, binds, onRow) }
    }

    /// The rows of one plan in a table, in printed order.
    func rows(_ table: String, columns: [String], planID: UUID) async throws -> [Row] {
        try await rows(table, columns: columns, where: [("plan_id", .uuid(planID))], orderBy: "position")
    }

    /// The rows of a table whose columns equal the given values.
    func rows(_ table: String, columns: [String], where filters: [(String, PlanRows.Value)], orderBy: String? = nil) async throws -> [Row] {
        let names = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        if let sqlite = database as? any SQLiteDatabase {
            let list = columns.map { "\"\($0)\"" }.joined(separator: ",")
            var query = "SELECT \(list) FROM \"\(table)\""
            if !filters.isEmpty { query += " WHERE " + filters.map { "\"\($0.0)\" = ?" }.joined(separator: " AND ") }
            if let orderBy { query += " ORDER BY \"\(orderBy)\"" }
            let rows = try await sqlite.query(query, filters.map(\.1.sqliteData))
            return rows.map { row in Row(names: names, sqlite: row.columns.map(\.data), generic: nil) }
        }
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        var select = sql.select().columns(columns.map { SQLIdentifier($0) }).from(table)
        for (column, value) in filters { select = select.where(SQLIdentifier(column), .equal, value.expression) }
        if let orderBy { select = select.orderBy(orderBy) }
        return try await select.all().map { Row(names: names, sqlite: nil, generic: $0) }
    }
}

/// Collects rows from a row callback. The callback is called for one row at a time, each call
/// after the previous one returned, and the items are read only after the query finished.
final class RowsBox<Item>: @unchecked Sendable {
    var items: [Item] = []
}
