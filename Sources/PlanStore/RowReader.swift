import Dispatch
import FluentKit
import FluentPostgresDriver
import FluentSQL
import FluentSQLiteDriver
import Foundation

/// Reads rows by column name without Fluent's model decoding (which reflects on every model and
/// cost most of the time of loading a large plan). SQLite rows are read as SQLite values,
/// PostgreSQL rows as PostgresNIO cells (SQLKit's row decoding goes through `Decodable` for every
/// value and was most of the time of loading a plan from PostgreSQL), other rows through SQLKit.
/// Bound parameters only.
///
/// Reads are strict: a required column that is missing, NULL or of another type fails with the
/// table and column named, instead of reading as 0 or "".
struct RowReader {
    let database: any Database
    /// Plans read together: a read of one of them by its plan is answered from one read of the
    /// table for all of them.
    var batch: ReadBatch? = nil

    struct Row {
        let table: String
        let names: [String: Int]
        let sqlite: [SQLiteData]?
        var postgres: PostgresRandomAccessRow? = nil
        let generic: (any SQLRow)?

        /// A PostgreSQL value decoded as `T` (its column's position in the query).
        func postgresValue<T: PostgresDecodable>(_ row: PostgresRandomAccessRow, _ column: String, as: T.Type) throws -> T {
            guard let i = names[column] else { throw fail(column) }
            do { return try row[i].decode(T.self) } catch { throw fail(column, "\(row[i].dataType)") }
        }

        func fail(_ column: String, _ value: String = "（なし）") -> StoreError { .invalid("\(table).\(column)", value) }

        func optionalText(_ column: String) throws -> String? {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                switch sqlite[i] {
                case .null: return nil
                case .text(let s): return s
                default: throw fail(column, sqlite[i].description)
                }
            }
            if let postgres { return try postgresValue(postgres, column, as: String?.self) }
            guard let generic else { throw fail(column) }
            do { return try generic.decode(column: column, as: String?.self) } catch { throw fail(column) }
        }

        func text(_ column: String) throws -> String {
            guard let s = try optionalText(column) else { throw fail(column, "NULL") }
            return s
        }

        func optionalInt(_ column: String) throws -> Int? {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                switch sqlite[i] {
                case .null: return nil
                case .integer(let n): return n
                default: throw fail(column, sqlite[i].description)
                }
            }
            if let postgres { return try postgresValue(postgres, column, as: Int?.self) }
            guard let generic else { throw fail(column) }
            do { return try generic.decode(column: column, as: Int?.self) } catch { throw fail(column) }
        }

        func int(_ column: String) throws -> Int {
            guard let n = try optionalInt(column) else { throw fail(column, "NULL") }
            return n
        }

        func bool(_ column: String) throws -> Bool {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                guard case .integer(let n) = sqlite[i], n == 0 || n == 1 else { throw fail(column, sqlite[i].description) }
                return n == 1
            }
            if let postgres { return try postgresValue(postgres, column, as: Bool.self) }
            guard let generic else { throw fail(column) }
            do { return try generic.decode(column: column, as: Bool.self) } catch { throw fail(column) }
        }

        /// A boolean column added later: NULL in rows written before it counts as false.
        func optionalBool(_ column: String) throws -> Bool {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                if case .null = sqlite[i] { return false }
            } else if let postgres {
                return try postgresValue(postgres, column, as: Bool?.self) ?? false
            } else if let generic, (try? generic.decodeNil(column: column)) == true {
                return false
            }
            return try bool(column)
        }

        func optionalDate(_ column: String) throws -> Date? {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                if case .null = sqlite[i] { return nil }
            } else if let postgres {
                return try postgresValue(postgres, column, as: Date?.self)
            } else if let generic, (try? generic.decodeNil(column: column)) == true {
                return nil
            }
            return try date(column)
        }

        func date(_ column: String) throws -> Date {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                switch sqlite[i] {
                case .float(let d): return Date(timeIntervalSince1970: d)
                case .integer(let n): return Date(timeIntervalSince1970: Double(n))
                default: throw fail(column, sqlite[i].description)
                }
            }
            if let postgres { return try postgresValue(postgres, column, as: Date.self) }
            guard let generic else { throw fail(column) }
            do { return try generic.decode(column: column, as: Date.self) } catch { throw fail(column) }
        }

        func uuid(_ column: String) throws -> UUID {
            if let sqlite {
                guard let i = names[column] else { throw fail(column) }
                switch sqlite[i] {
                case .text(let s):
                    guard let u = UUID(uuidString: s) else { throw fail(column, s) }
                    return u
                case .blob(var b):
                    guard b.readableBytes == 16, let bytes = b.readBytes(length: 16) else { throw fail(column, "blob") }
                    return UUID(
                        uuid: (
                            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                            bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                        ))
                default: throw fail(column, sqlite[i].description)
                }
            }
            if let postgres { return try postgresValue(postgres, column, as: UUID.self) }
            guard let generic else { throw fail(column) }
            do { return try generic.decode(column: column, as: UUID.self) } catch { throw fail(column) }
        }
    }

    /// The SELECT of `rows`, with the database's placeholder for the n-th bound value (from 1).
    /// Table and column names are the schema's constants; values are bound.
    /// `within`: a column that must be one of `count` values (bound after the filters' values).
    static func select(
        _ table: String, columns: [String], filters: [String], within: (column: String, count: Int)? = nil, orderBy: [String],
        placeholder: (Int) -> String
    ) -> String {
        var query = "SELECT \(columns.map { "\"\($0)\"" }.joined(separator: ",")) FROM \"\(table)\""
        var conditions = filters.enumerated().map { "\"\($1)\" = \(placeholder($0 + 1))" }
        if let within {
            let first = filters.count + 1
            conditions.append("\"\(within.column)\" IN (\((first..<first + within.count).map(placeholder).joined(separator: ",")))")
        }
        if !conditions.isEmpty { query += " WHERE " + conditions.joined(separator: " AND ") }
        if !orderBy.isEmpty { query += " ORDER BY " + orderBy.map { "\"\($0)\"" }.joined(separator: ",") }
        return query
    }

    /// The rows of a table whose columns equal the given values, in the order given.
    func rows(_ table: String, columns: [String], where filters: [(String, PlanRows.Value)], orderBy: [String] = []) async throws -> [Row] {
        if let batch, filters.count == 1,
            let rows = try await batch.rows(self, table, columns: columns, where: filters[0], orderBy: orderBy)
        {
            return rows
        }
        return try await rows(table, columns: columns, where: filters, within: nil, orderBy: orderBy)
    }

    /// The rows whose columns equal the filters' values and (with `within`) whose column is one
    /// of the values.
    func rows(
        _ table: String, columns: [String], where filters: [(String, PlanRows.Value)], within: (column: String, values: [PlanRows.Value])?,
        orderBy: [String]
    ) async throws -> [Row] {
        let names = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        let bound = filters.map(\.1) + (within?.values ?? [])
        func statement(_ placeholder: (Int) -> String) -> String {
            Self.select(
                table, columns: columns, filters: filters.map(\.0), within: within.map { ($0.column, $0.values.count) }, orderBy: orderBy,
                placeholder: placeholder)
        }
        if let sqlite = database as? any SQLiteDatabase {
            let statement = statement { _ in "?" }
            let binds = bound.map(\.sqliteData)
            // The wait is timed inside the pool's own lease, and the lease's closure returns the
            // query's future directly: an async closure would keep the connection leased across
            // a hop to the cooperative threads, which under load made other reads wait out the
            // pool's timeout.
            let asked = DispatchTime.now().uptimeNanoseconds
            let rows = try await sqlite.withConnection { (connection: SQLiteConnection) -> EventLoopFuture<[SQLiteRow]> in
                recordWait(.read, since: asked)
                return connection.query(statement, binds)
            }.get()
            return rows.map { Row(table: table, names: names, sqlite: $0.columns.map(\.data), generic: nil) }
        }
        if let postgres = database as? any PostgresDatabase {
            let query = statement { "$\($0)" }
            var binds = PostgresBindings(capacity: bound.count)
            for value in bound {
                switch value {
                case .text(let v): binds.append(v)
                case .int(let v): binds.append(v)
                case .bool(let v): binds.append(v)
                case .uuid(let v): binds.append(v)
                case .date(let v): binds.append(v)
                case .null: binds.appendNull()
                }
            }
            let statement = PostgresQuery(unsafeSQL: query, binds: binds), logger = database.logger
            let asked = DispatchTime.now().uptimeNanoseconds
            let result = try await postgres.withConnection { connection -> EventLoopFuture<PostgresQueryResult> in
                recordWait(.read, since: asked)
                return connection.query(statement, logger: logger)
            }.get()
            return result.rows.map { Row(table: table, names: names, sqlite: nil, postgres: $0.makeRandomAccess(), generic: nil) }
        }
        guard database is any SQLDatabase else { throw StoreError.notSQL }
        let asked = DispatchTime.now().uptimeNanoseconds
        let found = try await database.withConnection { (db: any Database) -> EventLoopFuture<[any SQLRow]> in
            recordWait(.read, since: asked)
            guard let sql = db as? any SQLDatabase else { return db.eventLoop.makeFailedFuture(StoreError.notSQL) }
            var select = sql.select().columns(columns.map { SQLIdentifier($0) }).from(table)
            for (column, value) in filters { select = select.where(SQLIdentifier(column), .equal, value.expression) }
            if let within { select = select.where(SQLIdentifier(within.column), .in, SQLGroupExpression(within.values.map(\.expression))) }
            for o in orderBy { select = select.orderBy(o) }
            return select.all()
        }.get()
        return found.map { Row(table: table, names: names, sqlite: nil, generic: $0) }
    }

    /// Runs a SQLite query and hands each row to `onRow` on the database's thread as it is
    /// stepped (for reads of many rows: a year's actuals of every plan).
    static func eachSQLiteRow(
        _ sqlite: any SQLiteDatabase, _ query: String, _ binds: [SQLiteData],
        _ onRow: @escaping @Sendable (SQLiteRow) -> Void
    ) async throws {
        try await sqlite.withConnection { connection in try await connection.query(query, binds, onRow) }
    }
}

/// Collects rows from a row callback (called one row after another; read after the query).
final class RowsBox<Item>: @unchecked Sendable {
    var items: [Item] = []
}
