import FluentKit
import FluentSQL

/// A one-row counter that every write transaction raises (`data_stamp`), so that any instance
/// can tell with one cheap read whether anything it rendered may have changed. Added after
/// `AddPlanToUsers`; never edited.
public struct AddDataStamp: AsyncMigration {
    public init() {}
    public func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.create(table: DataStamp.table)
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("value", type: .bigint, .notNull)
            .run()
        try await sql.insert(into: DataStamp.table).columns("id", "value").values(SQLBind(1), SQLBind(0)).run()
    }
    public func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.drop(table: DataStamp.table).run()
    }
}

/// The data stamp: raised by every write transaction (plans, actuals, workflow, grading,
/// targets, accounts), read by the page cache.
public enum DataStamp {
    static let table = "data_stamp"

    /// The current stamp (one single-row read by primary key), without Swift concurrency: the
    /// page cache's hit path stays on the event loop.
    public static func readFuture(on database: any Database) -> EventLoopFuture<Int64> {
        guard let sql = database as? any SQLDatabase else { return database.eventLoop.makeFailedFuture(StoreError.notSQL) }
        return sql.select().column("value").from(table).where("id", .equal, SQLBind(1)).first()
            .flatMapThrowing { row in try row?.decode(column: "value", as: Int64.self) ?? 0 }
    }

    /// Raises the stamp inside a write transaction. On SQLite this is also the statement that
    /// takes the write lock first.
    static func raise(on sql: any SQLDatabase) async throws {
        try await sql.update(table).set(SQLIdentifier("value"), to: SQLRaw("value + 1")).where("id", .equal, SQLBind(1)).run()
    }
}
