import ArgumentParser
import Foundation
import PlanWeb

/// `actionplan backup FILE` — a consistent snapshot of the (possibly running) SQLite database.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "SQLite のデータベースの一貫したスナップショットをファイルに書きます（ポータルを止めずに取れます）。",
        discussion: "PostgreSQL では pg_dump を使います（docs/backup.md）。"
    )
    @Argument(help: "書き出すファイル（まだないこと）") var file: String

    func run() async throws {
        do {
            let config = try Database.configuration()
            try await Backup.backup(config, to: file)
        } catch { throw failMaintenance(error) }
        printLine("バックアップを書きました: \(file)")
    }
}

/// `actionplan restore FILE` — replaces the SQLite database with a backup (server stopped).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "バックアップのファイルでデータベースを置き換えます。ポータルを止めてから実行してください。",
        discussion: "置き換える前のデータベースは「ファイル名.before-restore」として残します。PostgreSQL では pg_restore を使います（docs/backup.md）。"
    )
    @Argument(help: "actionplan backup で作ったファイル") var file: String

    func run() async throws {
        let summary: Backup.Summary
        do {
            summary = try await Backup.restore(try Database.configuration(), from: file)
        } catch { throw failMaintenance(error) }
        printLine("復元しました: \(file)（計画: \(summary.plans.joined(separator: "、"))）")
    }
}

private func failMaintenance(_ error: Error) -> ExitCode {
    if let failure = error as? Backup.Failure {
        FileHandle.standardError.write(Data("エラー: \(failure.description)\n".utf8))
        return ExitStatus.unreadable
    }
    return fail(error)
}
