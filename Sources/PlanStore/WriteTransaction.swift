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
                try await sql.raw("UPDATE _fluent_migrations SET batch = batch WHERE 1 = 0").run()
            }
            return try await body(db)
        }
    }
}
