import Dispatch
import FluentKit
import FluentSQL
import Metrics

enum DatabaseUse: String { case read, write }

/// How long a use of the database waited: a read for a pool connection, a write for a
/// connection and the write lock (SQLite) or its plans' stamp rows (PostgreSQL) — what grows
/// when many clerks save at once. Made at each use: a timer keeps the metrics system that was
/// set up when it was made.
func recordWait(_ use: DatabaseUse, since asked: UInt64) {
    Timer(label: "actionplan_database_wait_seconds", dimensions: [("use", use.rawValue)], preferredDisplayUnit: .seconds)
        .recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - asked))
}

extension Database {
    /// A transaction that writes, raising the stamps of the plans it concerns (`""` for the
    /// installation: accounts of every plan). The stamp is raised by the first statement, an
    /// upsert, which on SQLite also takes the write lock at once: a deferred transaction that has
    /// already read cannot wait for another writer (SQLite answers "database is locked" at once),
    /// while one that asks for the write lock first waits its turn. So several instances on one
    /// SQLite file queue up instead of failing; on PostgreSQL writers of different plans lock
    /// different rows and do not wait for each other. The body is handed the stamps as this
    /// transaction raised them: a stamp one above the one a snapshot was built at means that no
    /// other write came between (the transaction holds the plan's stamp row until it ends).
    func writeTransaction<T: Sendable>(
        stamps: [String], _ body: @escaping @Sendable (any Database, _ raised: [String: Int64]) async throws -> T
    ) async throws -> T {
        let keys = Array(Set(stamps.isEmpty ? [""] : stamps)).sorted()
        let asked = DispatchTime.now().uptimeNanoseconds
        return try await transaction { db in
            guard let sql = db as? any SQLDatabase else { throw StoreError.notSQL }
            if sql.dialect.name == "sqlite" {
                // Wait by sleeping (up to 30 s) rather than with the driver's spinning handler,
                // which starves the writer it waits for on a busy machine.
                try await sql.raw("PRAGMA busy_timeout = 30000").run()
            }
            var raised: [String: Int64] = [:]
            for key in keys {
                let row = try await sql.insert(into: Schema.stamps).columns("plan_slug", "value").values(SQLBind(key), SQLBind(Int64(1)))
                    .onConflict(with: ["plan_slug"]) { $0.set(SQLIdentifier("value"), to: SQLRaw("\(Schema.stamps).value + 1")) }
                    .returning("value").first()
                raised[key] = try row?.decode(column: "value", as: Int64.self)
            }
            recordWait(.write, since: asked)
            return try await body(db, raised)
        }
    }
}
