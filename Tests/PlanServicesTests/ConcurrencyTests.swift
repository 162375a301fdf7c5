import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

@Suite("同時の保存と同時の起動")
struct ConcurrencyTests {
    enum Outcome: Sendable, Equatable { case accepted, conflict, other(String) }

    @Test("2つのインスタンスから200件を同時に保存: 同じ実績は1件だけが通り、残りは最新の値を示して断られ、変更の記録は通った件数と同じ", arguments: TestDatabases.kinds)
    func concurrentSaves(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withOwnDatabase(db) { location in
            var config = TestDatabases.configuration(location)
            // The rule under test is the versions, not the speed: the whole suite runs beside
            // this test on two cores, and 200 saves queue for SQLite's one writer far longer than
            // they do alone (3.6 s alone, 90–140 s in CI).
            config.databasePoolTimeout = 300
            let a = try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger)
            let b = try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger)
            do {
                try await Self.race(a, b)
            } catch {
                await a.close()
                await b.close()
                throw error
            }
            await a.close()
            await b.close()
        }
    }

    static func race(_ a: PlanServices, _ b: PlanServices) async throws {
        do {
            let r6 = FiscalYear(westernYear: 2024)
            let op = Viewer.commandLine("準備")
            let first = try await a.context(plan: nil, viewer: op)
            let units = ReportingUnits(first.snapshot.revised, year: r6).order
            #expect(units.count >= 52)
            let shared = units[0], created = units[1], own = Array(units[2..<52])
            _ = try await first.saveActuals([ActualChange(actual: Actual(indicator: shared, year: r6, value: 1), expectedVersion: 0)])
            let auditBefore = try await first.audit().count

            // 100 clients overwrite the same value (all read version 1), 50 race to create one new
            // value, 50 write values of their own; half through each instance.
            let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
                for i in 0..<200 {
                    group.addTask {
                        let change: ActualChange
                        switch i {
                        case 0..<100: change = ActualChange(actual: Actual(indicator: shared, year: r6, value: Decimal(100 + i)), expectedVersion: 1)
                        case 100..<150: change = ActualChange(actual: Actual(indicator: created, year: r6, value: Decimal(i)), expectedVersion: 0)
                        default: change = ActualChange(actual: Actual(indicator: own[i - 150], year: r6, value: Decimal(i)), expectedVersion: 0)
                        }
                        do {
                            let c = try await (i % 2 == 0 ? a : b).context(plan: nil, viewer: .commandLine("利用者\(i)"))
                            _ = try await c.saveActuals([change])
                            return (i, .accepted)
                        } catch let e as ServiceError where e.kind == .conflict && e.message.contains("最新の値") {
                            return (i, .conflict)
                        } catch {
                            return (i, .other(String(describing: error)))
                        }
                    }
                }
                var all: [Int: Outcome] = [:]
                for await (i, o) in group { all[i] = o }
                return all
            }
            func count(_ range: Range<Int>, _ o: Outcome) -> Int { range.filter { outcomes[$0] == o }.count }
            let others = outcomes.values.compactMap { if case .other(let s) = $0 { s } else { nil } }
            #expect(others.isEmpty, "理由の分からない失敗: \(others.prefix(3))")
            #expect(count(0..<100, .accepted) == 1)
            #expect(count(0..<100, .conflict) == 99)
            #expect(count(100..<150, .accepted) == 1)
            #expect(count(100..<150, .conflict) == 49)
            #expect(count(150..<200, .accepted) == 50)

            let after = try await a.context(plan: nil, viewer: op)
            let stored = after.snapshot.actuals[r6] ?? []
            #expect(stored.first { $0.actual.indicator == shared }?.version == 2)
            #expect(stored.count == 52)
            #expect(try await after.audit().count - auditBefore == 52)
        }
    }

    @Test("空のデータベースに2つのインスタンスを同時に起動しても、両方とも起動し、同梱の計画は1回だけ読み込まれる", arguments: TestDatabases.kinds)
    func concurrentStart(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withOwnDatabase(db) { location in
            let config = TestDatabases.configuration(location)
            async let first = Result(catching: { try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) })
            async let second = Result(catching: { try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) }
            )
            let opened = await [first, second]
            for o in opened { if case .failure(let e) = o { Issue.record("起動できなかった: \(String(reflecting: e))") } }
            for o in opened { if case .success(let s) = o { await s.close() } }
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let plans = try await s.summaries()
                #expect(plans.map(\.id) == ["setagaya"])
                #expect(plans.map(\.version) == [1], "計画が2回読み込まれた")
            }
        }
    }
}
