import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

@Suite("計画をまとめてメモリに読む（起動時）")
struct PreloadTests {
    static let r6 = FiscalYear(westernYear: 2024)
    static let office = Viewer.commandLine("試験の操作者")

    @Test(
        "表ごとにまとめて読んだ読みのモデルは、1計画ずつ読んだものと同じ（計画・課・担当・実績・手続き・ロック・見直し）で、そのあとの要求は読み直さない",
        arguments: TestDatabases.kinds)
    func sameAsOneByOne(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            // Two plans with a cycle of their own: the embedded plan and a copy under another id.
            let first = try await s.context(plan: nil, viewer: Self.office)
            var copy = first.plan
            copy.id = "copy-plan"
            copy.title = "写しの計画"
            try await s.store.plans.save(copy)
            for id in [first.plan.id, copy.id] {
                let c = try await s.context(plan: id, viewer: Self.office)
                let d = try await c.addDepartment("商業課")
                try await c.assign(item: "1-1.1", to: d, lead: true)
                let value = id == copy.id ? Decimal(60) : Decimal(string: "71.3")
                _ = try await s.context(plan: id, viewer: Self.office).saveActuals([
                    ActualChange(actual: Actual(indicator: "1-1.1.1", year: Self.r6, value: value, note: "試験"), expectedVersion: nil)
                ])
                try await s.context(plan: id, viewer: Self.office).reviseTarget(
                    indicator: "1-1.3.1", year: Self.r6, value: 10, decidedOn: CalendarDay(year: 2024, month: 10, day: 1), reason: "試験")
                try await s.context(plan: id, viewer: Self.office).setLocked(true, year: Self.r6, reason: "試験")
            }
            let ids = [first.plan.id, copy.id]
            var oneByOne: [String: PlanSnapshot] = [:]
            for id in ids { oneByOne[id] = try await s.context(plan: id, viewer: Self.office).snapshot }

            s.catalog.clear()
            // A plan id that does not exist is skipped.
            #expect(try await s.catalog.preload(ids + ["no-such-plan"], plansPerRead: 10) == 2)
            let misses = s.catalog.statistics.misses
            for id in ids {
                let a = try #require(oneByOne[id])
                let b = try await s.context(plan: id, viewer: Self.office).snapshot
                #expect(b !== a, "まとめて読んでいない")
                #expect(b.stamp == a.stamp)
                #expect(b.plan == a.plan)
                #expect(b.stored.notes == a.stored.notes)
                #expect(b.stored.chart == a.stored.chart)
                #expect(b.departments == a.departments)
                #expect(b.assignments == a.assignments)
                #expect(b.actuals == a.actuals)
                #expect(b.submissions == a.submissions)
                #expect(b.locks == a.locks)
                #expect(b.revisions == a.revisions)
                #expect(b.actuals[Self.r6]?.first?.actual.value == (id == copy.id ? Decimal(60) : Decimal(string: "71.3")))
            }
            #expect(s.catalog.statistics.misses == misses, "まとめて読んだあとの要求が計画を読み直した")
            // Held at their current stamp: nothing to read again.
            #expect(try await s.catalog.preload(ids) == 0)
        }
    }
}
