import Foundation
import PlanCore
import PlanStore
import PlanWeb
import Testing

/// Part of the serialized cycle suite: it shares the PostgreSQL test database with it.
extension CycleRepositoryTests {
    enum Outcome: Sendable { case accepted, conflict, other(String) }

    @Test("200件の同時保存: 同じ実績は1件だけが通り、残りは理由を示して断られ、変更の記録は通った件数と同じ", arguments: TestDatabases.all)
    func 同時保存(_ database: AppConfiguration.Database) async throws {
        // Two application instances on one database, as behind a load balancer: each has its own
        // connections, so their transactions really overlap.
        var shared = database
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-concurrency-\(UUID().uuidString)")
        if case .sqliteMemory = database {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            shared = .sqlite(path: folder.appendingPathComponent("actionplan.sqlite").path)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = TestDatabases.configuration(shared, seed: false)
        try await PlanService.withCycle(config) { first in
          try await PlanService.withCycle(config) { second in
            let repo = first.cycle
            let instances = [first.cycle, second.cycle]
            try await repo.deleteAll()
            let shared = Actual(indicator: "1-1.1.1", year: .r6, value: 1, note: "")
            try await repo.saveActuals(plan: "p", [ActualChange(actual: shared, expectedVersion: 0)], actor: "準備")
            let auditBefore = try await repo.audit().count

            // 100 clients overwrite the same value (all read version 1), 50 race to create one new
            // value, 50 write values of their own.
            let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
                for i in 0..<200 {
                    group.addTask {
                        let change: ActualChange
                        switch i {
                        case 0..<100: change = ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r6, value: Decimal(100 + i), note: ""), expectedVersion: 1)
                        case 100..<150: change = ActualChange(actual: Actual(indicator: "1-1.1.2", year: .r6, value: Decimal(i), note: ""), expectedVersion: 0)
                        default: change = ActualChange(actual: Actual(indicator: "own-\(i)", year: .r6, value: Decimal(i), note: ""), expectedVersion: 0)
                        }
                        do {
                            try await instances[i % 2].saveActuals(plan: "p", [change], actor: "利用者\(i)")
                            return (i, .accepted)
                        } catch let error as CycleError {
                            if case .conflict(let current) = error, !current.isEmpty, error.description.contains("最新の値") { return (i, .conflict) }
                            return (i, .other(error.description))
                        } catch {
                            return (i, .other(String(describing: error)))
                        }
                    }
                }
                var all: [Int: Outcome] = [:]
                for await (i, o) in group { all[i] = o }
                return all
            }
            func count(_ range: Range<Int>, _ match: (Outcome) -> Bool) -> Int { range.filter { match(outcomes[$0]!) }.count }
            let others = outcomes.values.compactMap { if case .other(let s) = $0 { s } else { nil } }
            #expect(others.isEmpty, "理由の分からない失敗: \(others.prefix(3))")
            #expect(count(0..<100) { if case .accepted = $0 { true } else { false } } == 1)
            #expect(count(0..<100) { if case .conflict = $0 { true } else { false } } == 99)
            #expect(count(100..<150) { if case .accepted = $0 { true } else { false } } == 1)
            #expect(count(100..<150) { if case .conflict = $0 { true } else { false } } == 49)
            #expect(count(150..<200) { if case .accepted = $0 { true } else { false } } == 50)

            let stored = try await repo.actuals(plan: "p", year: .r6)
            #expect(stored.first { $0.actual.indicator == "1-1.1.1" }?.version == 2)
            #expect(stored.count == 52)
            let audit = try await repo.audit()
            #expect(audit.count - auditBefore == 52)
            try await repo.deleteAll()
          }
        }
    }
}
