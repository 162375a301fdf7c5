import FluentKit
import FluentSQL
import FluentSQLiteDriver
import Foundation

/// Backup and integrity checks of the SQLite database, through the same connection pool the
/// application uses (so a snapshot can be taken while the server runs).
public struct DatabaseMaintenance: Sendable {
    public let database: any Database

    init(database: any Database) { self.database = database }

    /// Why a maintenance step cannot be done on this database.
    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    private var sql: any SQLDatabase {
        get throws {
            guard database is any SQLiteDatabase, let sql = database as? any SQLDatabase else {
                throw Unsupported(description: "この操作は SQLite のデータベースだけで使えます。PostgreSQL では pg_dump・pg_restore を使ってください（docs/backup.md）")
            }
            return sql
        }
    }

    /// Writes a consistent snapshot of the whole database to `path` (`VACUUM INTO`: one read
    /// transaction, so writes made meanwhile are either wholly in it or wholly not). The file
    /// must not exist yet.
    public func snapshot(into path: String) async throws {
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    /// SQLite's own check of the file: empty when the database is sound, else what it found.
    public func integrityProblems() async throws -> [String] {
        let rows = try await sql.raw("PRAGMA integrity_check").all()
        let messages = try rows.map { try $0.decode(column: "integrity_check", as: String.self) }
        return messages == ["ok"] ? [] : messages
    }

    /// The names of the migrations recorded in the database (empty when it is not ours).
    public func appliedMigrations() async throws -> [String] {
        let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_fluent_migrations'").all()
        guard !tables.isEmpty else { return [] }
        return try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY batch, name").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }
}
