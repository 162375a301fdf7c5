import FluentKit
import FluentSQL

/// A one-row counter that every write transaction of an earlier release raised (`data_stamp`), so that any instance
/// can tell with one cheap read whether anything it rendered may have changed. Added after
/// `AddPlanToUsers`; never edited.
struct AddDataStamp: AsyncMigration {
    init() {}
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.create(table: DataStamp.table)
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("value", type: .bigint, .notNull)
            .run()
        try await sql.insert(into: DataStamp.table).columns("id", "value").values(SQLBind(1), SQLBind(0)).run()
    }
    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.drop(table: DataStamp.table).run()
    }
}

/// The installation-wide data stamp of an earlier release (one row raised by every write). Plans
/// now have stamps of their own (`AddPlanStamps`); the table is kept for databases made then.
enum DataStamp {
    static let table = "data_stamp"
}
