import Foundation
import PlanCore
import Testing
import Vapor
import VaporTesting
@testable import PlanWeb

/// The full permission matrix: every registered route (also under `/plans/{plan}/…`) × every
/// role, through HTTP. A route that the table below does not know fails the test, so a new
/// route cannot be added without saying who may use it.
@Suite("権限の表（全ルート × 全役割）")
struct PermissionMatrixTests {
    static let everyone: Set<String> = ["anonymous", "commerce", "reviewer", "office"]
    static let publicPages: Set<String> = [
        "/", "/styles.css", "/healthz", "/plans", "/goals/:code", "/projects/:id", "/indicators/:id", "/search", "/vision",
        "/opendata", "/opendata/:file", "/dashboard", "/report", "/lint", "/openapi.json",
        "/api/v1/plans", "/api/v1/goals", "/api/v1/goals/:code", "/api/v1/projects", "/api/v1/projects/:id",
        "/api/v1/indicators", "/api/v1/indicators/:id", "/api/v1/search", "/api/v1/evaluations",
    ]

    /// Who may use a route (by method and path without the plan prefix); nil: unknown route.
    static func allowed(_ method: String, _ path: String) -> Set<String>? {
        switch (method, path) {
        case ("GET", "/login"), ("POST", "/login"), ("POST", "/logout"): return everyone
        case ("GET", "/my"), ("GET", "/my/template.csv"), ("POST", "/my/actuals"), ("POST", "/my/upload"), ("POST", "/my/submit"),
             ("GET", "/my/projects/:id"), ("POST", "/my/projects/:id"): return ["commerce"]
        case ("GET", "/office"), ("GET", "/office/not-reported"): return ["office", "reviewer"]
        case ("GET", "/office/audit"): return ["office"]
        case ("POST", let p) where p.hasPrefix("/office/"): return ["office"]
        case ("GET", let p) where publicPages.contains(p): return everyone
        default: return nil
        }
    }

    /// `/plans/:plan/goals/:code` → `/goals/:code`; `/api/v1/plans/:plan/goals` → `/api/v1/goals`.
    static func unscoped(_ components: [String]) -> String {
        var parts = components
        if let i = parts.firstIndex(of: "plans"), i + 1 < parts.count, parts[i + 1] == ":plan" { parts.removeSubrange(i...(i + 1)) }
        return "/" + parts.joined(separator: "/")
    }

    /// A concrete path for a route pattern, with values that exist in Setagaya's plan.
    static func concrete(_ components: [String]) -> String {
        var out: [String] = []
        for (i, c) in components.enumerated() {
            switch c {
            case ":plan": out.append("setagaya")
            case ":code": out.append("1-1")
            case ":id": out.append(i > 0 && components[i - 1] == "indicators" ? "1-1.1.1" : "1-1.1")
            case ":file": out.append("goals.csv")
            default: out.append(c)
            }
        }
        return "/" + out.joined(separator: "/")
    }

    /// Refused: 403, or sent to the log-in page.
    static func refused(_ res: TestingHTTPResponse) -> Bool {
        res.status == .forbidden || (res.status == .seeOther && (res.headers.first(name: .location) ?? "").hasPrefix("/login"))
    }

    @Test("どのルートも、許された役割だけが使え、それ以外は 403 かログイン画面へ送られる")
    func everyRouteEveryRole() async throws {
        try await withCycle { app in
            let routes = app.routes.all.map { route in
                (method: route.method.rawValue, components: route.path.map(\.description))
            }
            let unknown = routes.filter { Self.allowed($0.method, Self.unscoped($0.components)) == nil }
            #expect(unknown.isEmpty, "権限の表にないルート: \(unknown.map { "\($0.method) /\($0.components.joined(separator: "/"))" })")
            // Roles whose side effects could change another's answer go last (office can lock a year).
            var checked = 0
            for role in ["commerce", "reviewer", "anonymous", "office"] {
                let browser = Browser(app)
                if role == "anonymous" { _ = try await browser.get("/login") } else { try await browser.login(role, "correct-horse-battery") }
                // The log-in and log-out routes last: they change the session itself.
                let ordered = routes.sorted { a, b in
                    let rank = { (r: (method: String, components: [String])) in ["login", "logout"].contains(r.components.last ?? "") ? 1 : 0 }
                    return rank(a) < rank(b)
                }
                for route in ordered {
                    guard let allowed = Self.allowed(route.method, Self.unscoped(route.components)) else { continue }
                    let path = Self.concrete(route.components)
                    let res = route.method == "POST" ? try await browser.post(path, [:]) : try await browser.get(path)
                    let label = "\(role) \(route.method) \(path): \(res.status.code)"
                    if allowed.contains(role) {
                        #expect(!Self.refused(res), "許されるはずが断られた: \(label)")
                        #expect(res.status.code < 500, "サーバーの誤り: \(label)")
                    } else {
                        #expect(Self.refused(res), "断られるはずが通った: \(label)")
                    }
                    checked += 1
                }
            }
            #expect(checked >= routes.count * 4 - 8)
        }
    }
}
