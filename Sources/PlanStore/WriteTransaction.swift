import FluentKit
import FluentSQL

extension Database {
    /// A transaction that writes. On SQLite it takes the write lock with its first statement:
    /// a deferred transaction that has already read cannot wait for another writer (SQLite answers
    /// "database is locked" at once), while one that asks for the write lock first waits its turn.
    /// So several processes or instances on one SQLite file queue up instead of failing.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transaction { db in
            if let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" {
                // Wait by sleeping (up to 30 s) rather than with the driver's spinning handler,
                // which starves the writer it waits for on a busy machine.
                try await sql.raw("PRAGMA busy_timeout = 30000").run()
                try await sql.raw("UPDATE _fluent_migrations SET batch = batch WHERE 1 = 0").run()
            }
            return try await body(db)
        }
    }
}
