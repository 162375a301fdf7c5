import Foundation
import Logging
import PlanCore
import PlanStore

/// `actionplan backup` and `actionplan restore` for the SQLite database. PostgreSQL uses its
/// own tools (pg_dump / pg_restore, docs/backup.md).
public enum Backup {
    /// A backup or restore that could not be done, in words the operator can act on.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static func sqlitePath(_ config: AppConfiguration) throws -> String {
        guard case .sqlite(let path) = config.database else {
            throw Failure(description: "この操作は SQLite のデータベースだけで使えます。PostgreSQL では pg_dump・pg_restore を使います（docs/backup.md）")
        }
        return path
    }

    /// Writes a consistent snapshot of the configured (possibly running) SQLite database to
    /// `destination`, which must not exist. The snapshot is checked before it gets its name.
    public static func backup(_ config: AppConfiguration, to destination: String, logger: Logger) async throws {
        let source = try sqlitePath(config)
        let fm = FileManager.default
        guard fm.fileExists(atPath: source) else { throw Failure(description: "データベース \(source) がありません") }
        guard !fm.fileExists(atPath: destination) else { throw Failure(description: "\(destination) はすでにあります。上書きはしません。別の名前を指定してください") }
        let partial = destination + ".partial"
        try? fm.removeItem(atPath: partial)
        do {
            try await PlanStore.with(.sqlite(path: source), seed: .nothing, logger: logger) { try await $0.maintenance.snapshot(into: partial) }
            let problems = try await PlanStore.with(.sqlite(path: partial), seed: .nothing, logger: logger) {
                try await $0.maintenance.integrityProblems()
            }
            guard problems.isEmpty else { throw Failure(description: "スナップショットの点検で問題が見つかりました: \(problems.joined(separator: "; "))") }
            try? fm.removeItem(atPath: partial + "-startup.lock")
            try fm.moveItem(atPath: partial, toPath: destination)
        } catch {
            try? fm.removeItem(atPath: partial)
            throw error
        }
    }

    /// Replaces the configured SQLite database with a backup, after checking that the file is a
    /// sound database of this application (a backup of an older release is brought up to date by
    /// the migrations). The server must be stopped; the replaced database stays as
    /// `….before-restore`. Returns the plans the restored database holds.
    public static func restore(_ config: AppConfiguration, from file: String, logger: Logger) async throws -> [String] {
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
            let (problems, migrations) = try await PlanStore.with(.sqlite(path: staged), seed: .nothing, logger: logger) { store in
                (try await store.maintenance.integrityProblems(), try await store.maintenance.appliedMigrations())
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
            try? fm.removeItem(atPath: staged + "-startup.lock")
            try fm.moveItem(atPath: staged, toPath: target)
        } catch {
            try? fm.removeItem(atPath: staged)
            throw error
        }
        return try await PlanStore.with(.sqlite(path: target), seed: .nothing, logger: logger) { try await $0.plans.summaries().map(\.id) }
    }
}
