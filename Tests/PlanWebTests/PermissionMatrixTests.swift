import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// The full permission matrix: every registered route (also under `/plans/{plan}/…` and `/en/…`)
/// × every role, through HTTP. A route this table does not know fails the test, so a route
/// cannot be added without saying who may use it; a method a route does not take answers 405.
@Suite("権限の表（全ルート × 全役割）")
struct PermissionMatrixTests {
    static let everyone: Set<String> = ["anonymous", "department", "reviewer", "office"]
    static let signedIn: Set<String> = ["department", "reviewer", "office"]
    static let publicGets: Set<String> = [
        "/", "/:level/:id", "/indicators/:id", "/search", "/vision", "/dashboard", "/report", "/opendata", "/opendata/:file", "/opendata/dictionary",
        "/plans", "/styles.css", "/healthz", "/openapi.json", "/login",
    ]

    /// Who may use a route (by method and path without the plan and language prefixes); nil: not in the table.
    static func allowed(_ method: String, _ path: String) -> Set<String>? {
        switch (method, path) {
        // Actuals through the API: a department's system with its token, not a signed-in role.
        case ("GET", "/api/v1/actuals/:fiscalYear/:indicator"), ("PUT", "/api/v1/actuals/:fiscalYear/:indicator"),
            ("POST", "/api/v1/actuals/:fiscalYear"), ("POST", "/api/v1/activities"):
            return []
        case ("GET", let p) where publicGets.contains(p) || p.hasPrefix("/api/v1"): return everyone
        case ("POST", "/login"), ("POST", "/logout"): return everyone
        // For the metrics scraper (a token, or this machine without a proxy), not for any role.
        case ("GET", "/metrics"): return []
        case ("GET", "/account/password"), ("POST", "/account/password"): return signedIn
        case ("GET", "/my"), ("GET", "/my/template.csv"), ("POST", "/my/submit"): return ["department"]
        case ("POST", "/my/actuals"), ("POST", "/my/upload"), ("GET", "/my/items/:id"), ("POST", "/my/items/:id"): return ["department", "office"]
        case ("GET", "/activities"), ("GET", "/activities/figures/:id"): return ["department", "reviewer", "office"]
        case ("POST", "/activities"), ("POST", "/activities/upload"): return ["department", "office"]
        case ("GET", "/lint"), ("GET", "/office"), ("GET", "/office/not-reported"), ("GET", "/office/review/:department"),
            ("POST", "/office/review/:department"):
            return ["office", "reviewer"]
        case ("GET", "/office/audit"), ("GET", "/office/departments"), ("GET", "/office/assignments"), ("GET", "/office/users"),
            ("GET", "/office/api-tokens"), ("POST", "/office/api-tokens"):
            return ["office"]
        case ("POST", "/office/workflow"), ("POST", "/office/publish-year"), ("POST", "/office/lock"), ("POST", "/office/grading"),
            ("POST", "/office/due-date"), ("POST", "/office/remind"), ("POST", "/office/departments"), ("POST", "/office/assignments"),
            ("POST", "/office/users"):
            return ["office"]
        default: return nil
        }
    }

    /// `/en/plans/:plan/goals/1-1` → `/:level/:id`.
    static func unscoped(_ components: [String]) -> String {
        var parts = components
        if parts.first == "en" { parts.removeFirst() }
        if let i = parts.firstIndex(of: "plans"), i + 1 < parts.count, parts[i + 1] == ":plan" { parts.removeSubrange(i...(i + 1)) }
        return "/" + parts.joined(separator: "/")
    }

    /// A concrete path for a route pattern, with values that exist in Setagaya's plan.
    static func concrete(_ components: [String]) -> String {
        var out: [String] = []
        for (i, c) in components.enumerated() {
            let before = i > 0 ? components[i - 1] : ""
            switch c {
            case ":plan": out.append("setagaya")
            case ":level": out.append("goals")
            case ":id": out.append(before == "indicators" ? "1-1.1.1" : (before == "items" ? "1-1.1" : "1-1"))
            case ":file": out.append("indicators.csv")
            case ":department": out.append("商業課".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!)
            default: out.append(c)
            }
        }
        return "/" + out.joined(separator: "/")
    }

    /// Refused: 403, or sent to the log-in page.
    static func refused(_ r: TestingHTTPResponse) -> Bool {
        r.status == .forbidden || r.status == .unauthorized || (r.status == .seeOther && (r.headers.first(name: .location) ?? "").hasPrefix("/login"))
    }

    @Test("どのルートも、許された役割だけが使え、それ以外は 403 かログイン画面へ送られる（受けない方法は 405）")
    func everyRouteEveryRole() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await c.assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "department", password: "department-password", role: .department, department: d, plan: nil, viewer: op)
            try await s.addUser(name: "reviewer", password: "reviewer-password", role: .reviewer, department: nil, plan: nil, viewer: op)
            try await s.addUser(name: "office", password: "office-password", role: .office, department: nil, plan: nil, viewer: op)

            let routes = app.routes.all.map { (method: $0.method.rawValue, components: $0.path.map(\.description)) }
            // The 405 answers registered for the other methods of a route.
            let declared = Set(routes.filter { Self.allowed($0.method, Self.unscoped($0.components)) != nil }.map { "\($0.components)" })
            let unknown = routes.filter { Self.allowed($0.method, Self.unscoped($0.components)) == nil && !declared.contains("\($0.components)") }
            #expect(unknown.isEmpty, "権限の表にないルート: \(unknown.map { "\($0.method) /\($0.components.joined(separator: "/"))" })")
            var checked = 0
            for role in ["department", "reviewer", "anonymous", "office"] {
                var browser = Browser(app: app)
                if role == "anonymous" {
                    _ = try await browser.get("/login")
                } else {
                    let r = try await browser.post("/login", form: ["name": role, "password": "\(role)-password"], tokenFrom: "/login")
                    #expect(r.status == .seeOther, "\(role) がログインできない")
                }
                // The log-in and log-out routes last: they change the session itself.
                let ordered = routes.sorted { a, b in
                    let rank = { (r: (method: String, components: [String])) in ["login", "logout"].contains(r.components.last ?? "") ? 1 : 0 }
                    return rank(a) < rank(b)
                }
                for route in ordered {
                    let path = Self.concrete(route.components)
                    let r =
                        route.method == "POST"
                        ? try await browser.post(path, form: [:], tokenFrom: "/login")
                        : try await browser.send(HTTPMethod(rawValue: route.method), path)
                    let label = "\(role) \(route.method) \(path): \(r.status.code)"
                    guard let allowed = Self.allowed(route.method, Self.unscoped(route.components)) else {
                        #expect(r.status == .methodNotAllowed, "受けない方法が 405 でない: \(label)")
                        continue
                    }
                    if allowed.contains(role) {
                        #expect(!Self.refused(r), "許されるはずが断られた: \(label)")
                        #expect(r.status.code < 500, "サーバーの誤り: \(label)")
                    } else {
                        #expect(Self.refused(r), "断られるはずが通った: \(label)")
                    }
                    checked += 1
                }
            }
            #expect(checked > 100)
        }
    }
}
