import FluentKit
import FluentSQL

extension Database {
    /// A transaction that writes. On SQLite it takes the write lock with its first statement:
    /// a deferred transaction that has already read cannot wait for another writer (SQLite answers
    /// "database is locked" at once), while one that asks for the write lock first waits its turn.
    /// So several processes or instances on one SQLite file queue up instead of failing.
    /// Every write transaction also raises the data stamp (`DataStamp`), so that rendered pages
    /// cached by any instance are known to be stale after it commits.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await transaction { db in
            guard let sql = db as? any SQLDatabase else { throw StoreError.notSQL }
            if sql.dialect.name == "sqlite" {
                // Wait by sleeping (up to 30 s) rather than with the driver's spinning handler,
                // which starves the writer it waits for on a busy machine.
                try await sql.raw("PRAGMA busy_timeout = 30000").run()
            }
            try await DataStamp.raise(on: sql)
            return try await body(db)
        }
    }
}
