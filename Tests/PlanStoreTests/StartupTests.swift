import Foundation
import PlanCore
import PlanStore
import PlanWeb
import Testing
import Vapor

@Suite("インスタンスの起動（SQLite のファイル・PostgreSQL）")
struct StartupTests {
    @Test("空のデータベースに2つのインスタンスを同時に起動しても、両方とも起動し、同梱の計画は1回だけ読み込まれる",
          arguments: TestDatabases.all)
    func 同時の起動(_ database: AppConfiguration.Database) async throws {
        try await TestDatabases.withOwnDatabase(database) { own in
            let config = TestDatabases.configuration(own, seed: true)
            async let first = Result(catching: { try await buildApplication(config) })
            async let second = Result(catching: { try await buildApplication(config) })
            let apps = await [first, second]
            for app in apps { if case .success(let a) = app { try? await a.asyncShutdown() } }
            for app in apps { if case .failure(let error) = app { Issue.record("起動できなかった: \(String(reflecting: error))") } }
            try await PlanService.withCatalog(config) { catalog in
                let plans = try await catalog.repository.summaries()
                #expect(plans.map(\.id) == ["setagaya"])
                #expect(plans.map(\.version) == [1], "計画が2回読み込まれた")
            }
        }
    }
}

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
