import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// Plan scope through HTTP: an account of plan B (kaede) on plan A's (Setagaya's) staff pages
/// and writes, and the other way round, on SQLite and PostgreSQL. Nothing is seen and nothing
/// changes.
@Suite("計画ごとの範囲（HTTP）")
struct PlanScopeWebTests {
    /// Every staff page and write of a plan, under the plan's prefix.
    static func staffRequests(_ prefix: String, item: String, department: String) -> [(HTTPMethod, String, [String: String])] {
        let d = department.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
        return [
            (.GET, "\(prefix)/office?year=R6", [:]), (.GET, "\(prefix)/office/audit", [:]), (.GET, "\(prefix)/office/not-reported?year=R6", [:]),
            (.GET, "\(prefix)/office/departments", [:]), (.GET, "\(prefix)/office/assignments", [:]), (.GET, "\(prefix)/office/users", [:]),
            (.GET, "\(prefix)/office/review/\(d)?year=R6", [:]), (.GET, "\(prefix)/lint", [:]), (.GET, "\(prefix)/my?year=R6", [:]),
            (.GET, "\(prefix)/my/items/\(item)?year=R6", [:]), (.GET, "\(prefix)/my/template.csv?year=R6", [:]),
            (.POST, "\(prefix)/office/departments", ["action": "add", "name": "侵入課"]),
            (.POST, "\(prefix)/office/workflow", ["year": "R6", "department": department, "action": "approve"]),
            (.POST, "\(prefix)/office/lock", ["year": "R6", "lock": "1", "reason": "侵入"]),
            (.POST, "\(prefix)/office/grading", ["scheme": "比率:A:1,B:0"]),
            (.POST, "\(prefix)/office/users", ["action": "add", "name": "intruder", "role": "office", "password": "intruder-password"]),
            (.POST, "\(prefix)/office/assignments", ["items": item, "department": department]),
            (.POST, "\(prefix)/office/publish-year", ["year": "R6", "confirm": "1"]),
            (.POST, "\(prefix)/my/actuals", ["year": "R6", "value[\(item).1]": "1"]),
            (.POST, "\(prefix)/my/submit", ["year": "R6"]),
        ]
    }

    /// What a plan's data looks like, to see that nothing changed.
    static func state(_ s: PlanServices, _ plan: String) async throws -> String {
        let c = try await s.context(plan: plan, viewer: .commandLine("確認"))
        let audit = try await c.audit().count
        return
            "\(audit) \(c.departments.map(\.name).sorted()) \(c.snapshot.actuals.values.map(\.count).reduce(0, +)) \(c.snapshot.locks) \(c.plan.grading.description)"
    }

    @Test("別の計画の計画担当・職員は、この計画の職員のページを見られず、書き込めない", arguments: TestDatabases.kinds)
    func otherPlansAccounts(_ db: TestDatabases.Kind) async throws {
        try await withApp(db) { app, s in
            let op = Viewer.commandLine("試験")
            let setagaya = try await s.context(plan: nil, viewer: op)
            let shogyo = try await setagaya.addDepartment("商業課")
            try await setagaya.assign(item: "1-1.1", to: shogyo, lead: true)
            let kaede = try await s.context(plan: "kaede", viewer: op)
            let somu = try await kaede.addDepartment("総務課")
            let kaedeItem = kaede.plan.items.first!.id
            try await kaede.assign(item: kaedeItem, to: somu, lead: true)
            try await s.addUser(name: "kaede-office", password: "kaede-office-pw", role: .office, department: nil, plan: "kaede", viewer: op)
            try await s.addUser(name: "kaede-clerk", password: "kaede-clerk-pw", role: .department, department: somu, plan: nil, viewer: op)
            try await s.addUser(name: "setagaya-office", password: "setagaya-office-pw", role: .office, department: nil, plan: "setagaya", viewer: op)

            let before = (try await Self.state(s, "setagaya"), try await Self.state(s, "kaede"))
            for (account, target, prefix, item, department) in [
                ("kaede-office", "setagaya", "", "1-1.1", "商業課"), ("kaede-clerk", "setagaya", "", "1-1.1", "商業課"),
                ("setagaya-office", "kaede", "/plans/kaede", kaedeItem, "総務課"),
            ] {
                var browser = Browser(app: app)
                let r = try await browser.post("/login", form: ["name": account, "password": "\(account)-pw"], tokenFrom: "/login")
                #expect(r.status == .seeOther, "\(account) がログインできない")
                for (method, path, form) in Self.staffRequests(prefix, item: item, department: department) {
                    let res = method == .POST ? try await browser.post(path, form: form, tokenFrom: "/login") : try await browser.get(path)
                    let refused =
                        res.status == .forbidden || (res.status == .seeOther && (res.headers.first(name: .location) ?? "").hasPrefix("/login"))
                        || (res.status == .seeOther && (res.headers.first(name: .location) ?? "").hasPrefix(prefix + "/login"))
                    #expect(refused, "\(account) が計画「\(target)」の \(method) \(path) を使えた（\(res.status.code)）")
                    #expect(!res.text.contains("総務課") || target == "kaede", "\(account) に別の計画の課が見えた: \(path)")
                }
            }
            #expect(try await Self.state(s, "setagaya") == before.0, "世田谷区の計画のデータが変わった")
            #expect(try await Self.state(s, "kaede") == before.1, "かえで町の計画のデータが変わった")
        }
    }
}
