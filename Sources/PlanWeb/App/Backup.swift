import Fluent
import FluentSQLiteDriver
import Foundation
import PlanStore
import Vapor

/// `actionplan backup` and `actionplan restore` for the SQLite database. PostgreSQL uses its
/// own tools (pg_dump / pg_restore, see docs/backup.md).
public enum Backup {
    /// A backup or restore that could not be done, in words the operator can act on.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a restored file holds.
    public struct Summary: Sendable {
        /// The plans in the restored database.
        public var plans: [String]
    }

    /// Writes a consistent snapshot of the configured (possibly running) SQLite database to
    /// `destination`, which must not exist. The snapshot is checked before it is given its name.
    public static func backup(_ config: AppConfiguration, to destination: String) async throws {
        let source = try sqlitePath(config)
        let fm = FileManager.default
        guard fm.fileExists(atPath: source) else { throw Failure(description: "データベース \(source) がありません") }
        guard !fm.fileExists(atPath: destination) else {
            throw Failure(description: "\(destination) はすでにあります。上書きはしません。別の名前を指定してください")
        }
        let partial = destination + ".partial"
        try? fm.removeItem(atPath: partial)
        do {
            try await withMaintenance(path: source) { try await $0.snapshot(into: partial) }
            let problems = try await withMaintenance(path: partial) { try await $0.integrityProblems() }
            guard problems.isEmpty else { throw Failure(description: "スナップショットの点検で問題が見つかりました: \(problems.joined(separator: "; "))") }
            try fm.moveItem(atPath: partial, toPath: destination)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
    }

    /// Replaces the configured SQLite database with the backup in `file`, after checking that the
    /// file is a sound database of this application. The server must be stopped. The database
    /// replaced is kept next to it as `….before-restore`. A backup from an older version is
    /// brought up to date by the usual (additive) migrations.
    public static func restore(_ config: AppConfiguration, from file: String) async throws -> Summary {
        let target = try sqlitePath(config)
        let fm = FileManager.default
        guard let handle = FileHandle(forReadingAtPath: file) else { throw Failure(description: "\(file) を読めません") }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw Failure(description: "\(file) は SQLite のデータベース（actionplan backup で作ったファイル）ではありません")
        }
        let staged = target + ".restoring"
        try? fm.removeItem(atPath: staged)
        do {
            try fm.copyItem(atPath: file, toPath: staged)
            let (problems, migrations) = try await withMaintenance(path: staged) { m in
                (try await m.integrityProblems(), try await m.appliedMigrations())
            }
            guard problems.isEmpty else { throw Failure(description: "\(file) の点検で問題が見つかりました: \(problems.joined(separator: "; "))") }
            guard migrations.contains(where: { $0.hasSuffix("CreatePlanTables") }) else {
                throw Failure(description: "\(file) は actionplan のデータベースではありません（計画の表がありません）")
            }
            if fm.fileExists(atPath: target) {
                let kept = target + ".before-restore"
                try? fm.removeItem(atPath: kept)
                try fm.moveItem(atPath: target, toPath: kept)
            }
            for suffix in ["-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: target + suffix) }
            try fm.moveItem(atPath: staged, toPath: target)
        } catch {
            try? fm.removeItem(atPath: staged)
            throw error
        }
        var opened = config
        opened.seedEmbeddedPlan = false
        return try await PlanService.withCatalog(opened) { catalog in
            Summary(plans: try await catalog.repository.summaries().map(\.id))
        }
    }

    static func sqlitePath(_ config: AppConfiguration) throws -> String {
        guard case .sqlite(let path) = config.database else {
            throw Failure(description: """
            actionplan backup・restore は SQLite のデータベースのためのものです。PostgreSQL（DATABASE_URL）では
              バックアップ: pg_dump --format=custom --file=actionplan.dump "$DATABASE_URL"
              復元: pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" actionplan.dump
            を使ってください（docs/backup.md）
            """)
        }
        return path
    }

    /// Opens one SQLite file on its own (no migrations, no seeding) for a maintenance step.
    static func withMaintenance<T: Sendable>(path: String, _ body: (DatabaseMaintenance) async throws -> T) async throws -> T {
        let app = try await Application.make(Environment(name: "production", arguments: ["actionplan"]))
        app.logger.logLevel = .warning
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        do {
            let result = try await body(DatabaseMaintenance(database: app.db))
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
