import Foundation
import PlanCore
import PlanStore
import PlanWeb
import Testing

@Suite("年度の進行の保存（SQLite・PostgreSQL）", .serialized)
struct CycleRepositoryTests {
    func withCycle(_ database: AppConfiguration.Database, _ body: (CycleRepository) async throws -> Void) async throws {
        try await PlanService.withCycle(TestDatabases.configuration(database, seed: false)) { c in
            try await c.cycle.deleteAll()
            do {
                try await body(c.cycle)
            } catch {
                try await c.cycle.deleteAll()
                throw error
            }
            try await c.cycle.deleteAll()
            return ()
        }
    }

    @Test("古い版に基づく保存は断り、最新の値を返す。断った保存は何も変えない", arguments: TestDatabases.all)
    func lostUpdate(_ database: AppConfiguration.Database) async throws {
        try await withCycle(database) { repo in
            let a = Actual(indicator: "1-1.1.1", year: .r6, value: 70, note: "")
            try await repo.saveActuals(plan: "p", [ActualChange(actual: a, expectedVersion: 0)], actor: "一郎")
            var b = a; b.value = 60
            var c = Actual(indicator: "1-1.3.1", year: .r6, value: 3, note: "")
            c.note = "同時に保存"
            await #expect(throws: CycleError.self) {
                try await repo.saveActuals(plan: "p", [ActualChange(actual: c, expectedVersion: 0), ActualChange(actual: b, expectedVersion: 0)], actor: "二郎")
            }
            let stored = try await repo.actuals(plan: "p", year: .r6)
            #expect(stored.count == 1)
            #expect(stored.first?.actual.value == 70)
            #expect(stored.first?.version == 1)
            try await repo.saveActuals(plan: "p", [ActualChange(actual: b, expectedVersion: 1)], actor: "二郎")
            #expect(try await repo.actuals(plan: "p", year: .r6).first?.version == 2)
            let audit = try await repo.audit()
            #expect(audit.filter { $0.entity == "actual" }.count == 2)
        }
    }

    @Test("全計画のその年度の実績を1回で読むと、計画ごとに読んだものと同じ（未報告の空の値は空のまま、ほかの年度は入らない）", arguments: TestDatabases.all)
    func actualsOfEveryPlan(_ database: AppConfiguration.Database) async throws {
        try await withCycle(database) { repo in
            let values: [(String, String, FiscalYear, Decimal?)] = [
                ("p", "1-1.1.1", .r6, 70), ("p", "1-1.1.2", .r6, nil), ("p", "1-1.1.1", .r7, 71),
                ("q", "1-1.1.1", .r6, Decimal(string: "2720.5")), ("q", "2-1.1.1", .r6, 0), ("r", "1-1.1.1", .r7, 5),
            ]
            for (plan, indicator, year, value) in values {
                try await repo.saveActuals(plan: plan, [ActualChange(actual: Actual(indicator: indicator, year: year, value: value, note: ""), expectedVersion: 0)], actor: "一郎")
            }
            let all = try await repo.actualValuesOfEveryPlan(year: .r6)
            #expect(all.keys.sorted() == ["p", "q"])
            for plan in ["p", "q"] {
                let one = try await repo.actuals(plan: plan, year: .r6).map { "\($0.actual.indicator) \($0.actual.value.map { "\($0)" } ?? "未報告")" }
                let fromAll = (all[plan] ?? []).map { "\($0.indicator) \($0.value.map { "\($0)" } ?? "未報告")" }
                #expect(fromAll.sorted() == one.sorted(), "\(plan)")
            }
            #expect(all["p"]?.first { $0.indicator == "1-1.1.2" }?.value == nil)
            #expect(all["q"]?.first { $0.indicator == "1-1.1.1" }?.value == Decimal(string: "2720.5"))
        }
    }

    @Test("手続きは順番どおりにしか進まず、すべて記録される", arguments: TestDatabases.all)
    func workflow(_ database: AppConfiguration.Database) async throws {
        try await withCycle(database) { repo in
            let dept = try await repo.addDepartment(plan: "p", name: "商業課", actor: "計画")
            await #expect(throws: CycleError.self) { _ = try await repo.perform(.approve, plan: "p", department: dept, year: .r6, role: .office, comment: "", actor: "計画") }
            #expect(try await repo.perform(.submit, plan: "p", department: dept, year: .r6, role: .department, comment: "", actor: "課") == .submitted)
            await #expect(throws: CycleError.self) { _ = try await repo.perform(.approve, plan: "p", department: dept, year: .r6, role: .department, comment: "", actor: "課") }
            #expect(try await repo.perform(.approve, plan: "p", department: dept, year: .r6, role: .office, comment: "", actor: "計画") == .approved)
            #expect(try await repo.perform(.publish, plan: "p", department: dept, year: .r6, role: .office, comment: "", actor: "計画") == .published)
            try await repo.setLocked(plan: "p", year: .r6, locked: true, actor: "計画", reason: "確定")
            await #expect(throws: CycleError.self) {
                try await repo.saveActuals(plan: "p", [ActualChange(actual: Actual(indicator: "x", year: .r6, value: 1), expectedVersion: nil)], actor: "課")
            }
            let actions = try await repo.audit().map(\.action)
            #expect(actions.contains("手続き: 提出") && actions.contains("手続き: 公表") && actions.contains("年度のロック"))
        }
    }

    @Test("利用者・課・事業の割り当て・評価の段階を保存する", arguments: TestDatabases.all)
    func people(_ database: AppConfiguration.Database) async throws {
        try await withCycle(database) { repo in
            let dept = try await repo.addDepartment(plan: "p", name: "商業課", actor: "計画")
            await #expect(throws: CycleError.self) { try await repo.addDepartment(plan: "p", name: "商業課", actor: "計画") }
            try await repo.addUser(name: "課の人", passwordHash: "hash", role: .department, department: dept, actor: "計画")
            await #expect(throws: CycleError.self) { try await repo.addUser(name: "課なし", passwordHash: "h", role: .department, department: nil, actor: "計画") }
            try await repo.assign(plan: "p", project: "1-1.1", department: dept, lead: true, actor: "計画")
            #expect(try await repo.projects(of: try dept.requireID(), plan: "p") == ["1-1.1"])
            try await repo.setGradingScale(plan: "p", GradingScale(parsing: "S:110,A:100,B:80,C:50,D:0")!, actor: "計画")
            #expect(try await repo.gradingScale(plan: "p").bands.count == 5)
            #expect(try await repo.account(name: "課の人")?.departmentName == "商業課")
        }
    }
}
