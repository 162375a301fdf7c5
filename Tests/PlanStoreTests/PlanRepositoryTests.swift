import FluentKit
import Foundation
import PlanCore
import PlanData
import PlanStore
import PlanWeb
import Testing

/// Persistence, on every configured database. Serialized: the PostgreSQL database is shared.
@Suite("計画の保存（SQLite・PostgreSQL）", .serialized)
struct PlanRepositoryTests {
    /// Runs `body` with a repository on a fresh, migrated, empty database.
    func withRepository(_ database: AppConfiguration.Database, _ body: (PlanRepository) async throws -> Void) async throws {
        try await PlanService.withCatalog(TestDatabases.configuration(database, seed: false)) { catalog in
            try await catalog.repository.deleteAll()
            return ()
        }
        try await PlanService.withCatalog(TestDatabases.configuration(database, seed: false)) { catalog in
            try await body(catalog.repository)
            try await catalog.repository.deleteAll()
            return ()
        } as Void
    }

    @Test("世田谷区の計画を保存して読み戻すと、すべての事実がそのまま戻る", arguments: TestDatabases.all)
    func roundTrip(_ database: AppConfiguration.Database) async throws {
        let imported = try PlanData.importSetagayaSource()
        let chart = try PlanData.setagayaVisionChart()
        try await withRepository(database) { repo in
            try await repo.save(imported.plan, notes: imported.notes, chart: chart)
            let loaded = try #require(try await repo.load("setagaya"))
            #expect(loaded.plan == imported.plan)
            #expect(loaded.notes == imported.notes)
            #expect(loaded.chart?.tactics == chart.tactics)
            #expect(loaded.chart?.visions.map(\.planVision) == chart.visions.map(\.planVision))
            #expect(loaded.version == 1)
        }
    }

    @Test("同じ計画IDで保存し直すと置き換わり、版が上がる", arguments: TestDatabases.all)
    func replaceBumpsVersion(_ database: AppConfiguration.Database) async throws {
        var plan = try PlanData.setagayaPlan()
        try await withRepository(database) { repo in
            try await repo.save(plan)
            plan.title = "改訂版"
            plan.indicators.removeLast()
            try await repo.save(plan)
            let loaded = try #require(try await repo.load("setagaya"))
            #expect(loaded.version == 2)
            #expect(loaded.plan.title == "改訂版")
            #expect(loaded.plan.indicators.count == plan.indicators.count)
            #expect(try await repo.summaries().count == 1)
        }
    }

    @Test("保存は全部か無しか: 途中で失敗すると前の計画がそのまま残る", arguments: TestDatabases.all)
    func allOrNothing(_ database: AppConfiguration.Database) async throws {
        let plan = try PlanData.setagayaPlan()
        try await withRepository(database) { repo in
            try await repo.save(plan)
            var broken = plan
            broken.title = "壊れた計画"
            broken.indicators.append(broken.indicators[0])   // duplicate key violates a unique constraint
            await #expect(throws: (any Error).self) { try await repo.save(broken) }
            let loaded = try #require(try await repo.load("setagaya"))
            #expect(loaded.plan == plan)
            #expect(loaded.version == 1)
        }
    }

    @Test("複数の計画を一度に保存すると全部か無しか: 1つでも失敗すればどれも変わらず、通れば全部が入り置き換えた計画の版が上がる", arguments: TestDatabases.all)
    func batchAllOrNothing(_ database: AppConfiguration.Database) async throws {
        let plan = try PlanData.setagayaPlan()
        var revised = plan
        revised.title = "改訂版"
        var other = plan
        other.id = "another"
        other.indicators = Array(plan.indicators.prefix(3))
        var broken = plan
        broken.id = "broken"
        broken.indicators.append(broken.indicators[0])   // duplicate key violates a unique constraint
        try await withRepository(database) { repo in
            try await repo.save(plan)
            await #expect(throws: (any Error).self) { try await repo.save([revised, other, broken].map { repo.prepare($0) }) }
            #expect(try await repo.load("setagaya")?.plan == plan)
            #expect(try await repo.summaries().map(\.id) == ["setagaya"])

            let twice = await #expect(throws: PlanSaveError.self) { try await repo.save([other, other].map { repo.prepare($0) }) }
            #expect(twice?.description.contains("「another」が一度に保存する計画の中に2回あります") == true)

            try await repo.save([revised, other].map { repo.prepare($0) })
            let loaded = try #require(try await repo.load("setagaya"))
            #expect(loaded.plan == revised)
            #expect(loaded.version == 2)
            #expect(try await repo.load("another")?.plan == other)
            #expect(try await repo.load("another")?.version == 1)
        }
    }

    @Test("別の計画を保存しても先の計画は変わらない", arguments: TestDatabases.all)
    func twoPlans(_ database: AppConfiguration.Database) async throws {
        let plan = try PlanData.setagayaPlan()
        var other = plan
        other.id = "another"
        other.title = "別の計画"
        other.indicators = Array(plan.indicators.prefix(3))
        try await withRepository(database) { repo in
            try await repo.save(plan)
            try await repo.save(other)
            #expect(try await repo.load("setagaya")?.plan == plan)
            #expect(try await repo.load("another")?.plan.indicators.count == 3)
            #expect(try await repo.summaries().map(\.id) == ["another", "setagaya"])
        }
    }

    @Test("初回の起動で空のデータベースに同梱の計画を読み込み、2回目以降はデータを保つ")
    func seedsOnceAndKeepsData() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ap-seed-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = TestDatabases.configuration(.sqlite(path: path))
        try await PlanService.withCatalog(config) { catalog in
            let loaded = try #require(try await catalog.plan())
            #expect(loaded.plan.goals.count == 38)
            var changed = loaded.plan
            changed.title = "手で直した題名"
            try await catalog.repository.save(changed, notes: loaded.stored.notes, chart: loaded.stored.chart)
            return ()
        }
        try await PlanService.withCatalog(config) { catalog in
            let title = try await catalog.plan()?.plan.title
            #expect(title == "手で直した題名")
            return ()
        }
    }
}
