import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

/// `actionplan backup` / `restore` on SQLite (PostgreSQL uses pg_dump, docs/backup.md).
@Suite("バックアップと復元")
struct BackupTests {
    static let r6 = FiscalYear(westernYear: 2024)
    static let operatorViewer = Viewer.commandLine("試験の操作者")

    static func csv(_ value: String) -> Data {
        Data("指標ID,所属,項目,指標,単位,年度,目標値,実績値,備考\r\n1-1.1.1,,,,,R6,,\(value),\r\n".utf8)
    }

    static func value(_ s: PlanServices) async throws -> Decimal? {
        let c = try await s.context(plan: nil, viewer: operatorViewer)
        return c.snapshot.actuals[r6]?.first { $0.actual.indicator == "1-1.1.1" }?.actual.value
    }

    static func path(_ location: DatabaseLocation) -> String {
        if case .sqlite(let path) = location { return path }
        return ""
    }

    @Test("開いたままのデータベースから取ったバックアップで戻すと、その時点の実績に戻り、置き換えた方は .before-restore に残る")
    func restoreReturnsToTheSnapshot() async throws {
        try await TestDatabases.withOwnDatabase(.sqlite) { location in
            let config = TestDatabases.configuration(location)
            let folder = URL(fileURLWithPath: Self.path(location)).deletingLastPathComponent()
            let backup = folder.appendingPathComponent("backup.sqlite").path
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let c = try await s.context(plan: nil, viewer: Self.operatorViewer)
                _ = try await c.importActuals(csv: Self.csv("71.3"), file: "r6.csv", year: Self.r6)
                // Taken while the services still have the database open.
                try await Backup.backup(config, to: backup, logger: TestDatabases.logger)
                let later = try await s.context(plan: nil, viewer: Self.operatorViewer)
                _ = try await later.importActuals(csv: Self.csv("80"), file: "r6.csv", year: Self.r6)
                #expect(try await Self.value(s) == decimal("80"))
            }
            await #expect(throws: Backup.Failure.self) { try await Backup.backup(config, to: backup, logger: TestDatabases.logger) }

            let plans = try await Backup.restore(config, from: backup, logger: TestDatabases.logger)
            #expect(plans == ["setagaya"])
            #expect(FileManager.default.fileExists(atPath: Self.path(location) + ".before-restore"))
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let value = try await Self.value(s)
                #expect(value == decimal("71.3"))
            }
        }
    }

    @Test("SQLite でないファイルからは戻さず、いまのデータベースはそのまま")
    func restoreRefusesOtherFiles() async throws {
        try await TestDatabases.withOwnDatabase(.sqlite) { location in
            let config = TestDatabases.configuration(location)
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let c = try await s.context(plan: nil, viewer: Self.operatorViewer)
                _ = try await c.importActuals(csv: Self.csv("71.3"), file: "r6.csv", year: Self.r6)
            }
            let folder = URL(fileURLWithPath: Self.path(location)).deletingLastPathComponent()
            let bogus = folder.appendingPathComponent("not-a-backup.csv")
            try Data("指標ID,実績値\r\n".utf8).write(to: bogus)
            do {
                _ = try await Backup.restore(config, from: bogus.path, logger: TestDatabases.logger)
                Issue.record("SQLite でないファイルから戻してしまった")
            } catch let e as Backup.Failure {
                #expect(e.description.contains("SQLite のデータベース"))
            }
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let value = try await Self.value(s)
                #expect(value == decimal("71.3"))
            }
        }
    }
}
