import Foundation
import PlanCore
import PlanStore
import Testing
import Vapor
import VaporTesting
@testable import PlanWeb

@Suite("同時の保存（ウェブの層を通して）")
struct HTTPConcurrencyTests {
    /// One POST of the actuals form with the clerk's cookie and token.
    static func save(_ app: Application, cookie: String, token: String, year: String, values: [String: String], version: Int) async throws
        -> TestingHTTPResponse {
        var fields = ["_csrf": token, "year": year]
        for (id, v) in values { fields["value[\(id)]"] = v; fields["version[\(id)]"] = String(version) }
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, "/my/actuals", beforeRequest: { req in
            req.headers.replaceOrAdd(name: .cookie, value: cookie)
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: fields.map { "\(Browser.encode($0.key))=\(Browser.encode($0.value))" }.joined(separator: "&"))
        }, afterResponse: { res async in result = res })
        return result!
    }

    @Test("200件を同時に送る: 同じ実績への100件は1件だけ通り残りは最新の値を示して断る、別々の100件はすべて通る、変更の記録は通った件数と同じ")
    func twoHundredConcurrentSaves() async throws {
        try await withCycle { app in
            let cycle = CycleRepository(database: app.db)
            let loaded = try #require(try await app.catalog.plan("setagaya"))
            let commerce = try #require(try await cycle.department(plan: "setagaya", name: "商業課"))
            // The clerk's department leads every project of vision 1 (but 1-2.1, another department's).
            let projects = Set(loaded.plan.placements.filter { $0.goal.vision == 1 && $0.project != "1-2.1" }.map(\.project))
            for p in projects.sorted() { try await cycle.assign(plan: "setagaya", project: p, department: commerce, lead: true, actor: "test") }
            let units = ReportingUnits(loaded.plan)
            let owned = units.order.filter { id in
                guard let i = loaded.index.indicatorsByID[id], let p = loaded.index.placementsByID[i.placement] else { return false }
                return projects.contains(p.project) && id != "1-1.1.1"
            }
            let years = ["R6", "R7", "R8", "R9", "R13"]
            let distinct = Array(owned.flatMap { id in years.map { (id, $0) } }.prefix(100))
            try #require(distinct.count == 100, "別々の実績が100件に足りない（\(distinct.count)件）")

            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            _ = try await clerk.get("/my?year=R6")
            let cookie = try #require(clerk.cookie), token = try #require(clerk.csrf)
            let before = try await cycle.audit().filter { $0.action == "実績の入力" }.count

            let statuses = try await withThrowingTaskGroup(of: (same: Bool, status: UInt, body: String).self) { group in
                for n in 0..<100 {
                    group.addTask {
                        let r = try await Self.save(app, cookie: cookie, token: token, year: "R6", values: ["1-1.1.1": String(50 + n % 40)], version: 0)
                        return (true, r.status.code, r.body.string)
                    }
                }
                for (id, year) in distinct {
                    group.addTask {
                        let r = try await Self.save(app, cookie: cookie, token: token, year: year, values: [id: "1"], version: 0)
                        return (false, r.status.code, r.body.string)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let same = statuses.filter(\.same), other = statuses.filter { !$0.same }
            #expect(same.filter { $0.status == 200 }.count == 1)
            #expect(same.filter { $0.status == 409 }.count == 99)
            #expect(same.filter { $0.status == 409 }.allSatisfy { $0.body.contains("最新の値") }, "断った応答に理由（最新の値）がない")
            #expect(other.allSatisfy { $0.status == 200 }, "別々の保存で通らなかったもの: \(other.filter { $0.status != 200 }.map(\.status))")
            let after = try await cycle.audit().filter { $0.action == "実績の入力" }.count
            #expect(after - before == 101)
            let stored = try await cycle.actuals(plan: "setagaya")
            #expect(stored.filter { $0.actual.indicator == "1-1.1.1" && $0.actual.year == .r6 }.map(\.version) == [1])
        }
    }
}
