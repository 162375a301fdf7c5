import Foundation
import Testing

@Suite("バックアップと復元のコマンド")
struct BackupCLITests {
    @Test("backup で取ったファイルを restore すると、その時点の利用者・計画に戻り、置き換えた方は残る")
    func 往復() throws {
        let w = try Workspace()
        #expect(try w.run(["user", "add", "計画花子", "--role", "office", "--password-stdin"], input: "long-password-1\n").status == 0)
        let backup = try w.run(["backup", "snapshot.sqlite"])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try w.run(["user", "add", "後から次郎", "--role", "office", "--password-stdin"], input: "long-password-2\n").status == 0)
        #expect(try w.run(["user", "list"]).stdout.contains("後から次郎"))

        let restore = try w.run(["restore", "snapshot.sqlite"])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.contains("setagaya"))
        let users = try w.run(["user", "list"]).stdout
        #expect(users.contains("計画花子"))
        #expect(!users.contains("後から次郎"))
        #expect(try w.run(["export", "goals", "--format", "jsonl"]).stdout.split(separator: "\n").count == 38)
        #expect(FileManager.default.fileExists(atPath: w.file("actionplan.sqlite.before-restore").path))
    }

    @Test("既にあるファイルへは書かず、SQLiteでないファイル・無いファイルからは復元せず、データベースはそのまま")
    func 断る() throws {
        let w = try Workspace()
        #expect(try w.run(["user", "add", "計画花子", "--role", "office", "--password-stdin"], input: "long-password-1\n").status == 0)
        try Data("既存".utf8).write(to: w.file("exists.sqlite"))
        let overwrite = try w.run(["backup", "exists.sqlite"])
        #expect(overwrite.status == 2)
        #expect(overwrite.stderr.contains("すでにあります"))
        #expect(try String(contentsOf: w.file("exists.sqlite"), encoding: .utf8) == "既存")

        try Data("plan_id,code\n".utf8).write(to: w.file("not-a-backup.csv"))
        let wrongKind = try w.run(["restore", "not-a-backup.csv"])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.stderr.contains("SQLite のデータベース"))
        let missing = try w.run(["restore", "missing.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.sqlite"))
        #expect(try w.run(["user", "list"]).stdout.contains("計画花子"))
        #expect(!FileManager.default.fileExists(atPath: w.file("actionplan.sqlite.before-restore").path))
    }
}
