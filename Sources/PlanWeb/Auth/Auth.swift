import Foundation
import PlanCore
import PlanStore
import Vapor

/// The signed-in user of a request, loaded from the session by `AuthMiddleware`.
struct CurrentUserKey: StorageKey { typealias Value = Account }

extension Request {
    /// The signed-in account, or nil for the public.
    var account: Account? {
        get { storage[CurrentUserKey.self] }
        set { storage[CurrentUserKey.self] = newValue }
    }

    var cycle: CycleRepository { CycleRepository(database: db) }

    /// The account, or a redirect to the login page.
    func requireAccount(_ roles: Set<Role> = Set(Role.allCases)) throws -> Account {
        guard let account else { throw Abort.redirect(to: "/login?next=" + (url.path.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "/")) }
        guard roles.contains(account.role) else {
            throw Abort(.forbidden, reason: "この操作は\(roles.map(\.label).sorted().joined(separator: "・"))の方だけができます（あなたは\(account.role.label)です）")
        }
        return account
    }

    /// Whether this viewer may see figures that are not yet published.
    var seesUnpublished: Bool { account.map { $0.role == .office || $0.role == .reviewer } ?? false }

    /// The CSRF token of this session (created on first use).
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = [UInt8].random(count: 24).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        session.data["csrf"] = token
        return token
    }
}

/// Loads the signed-in account from the session and ends sessions idle for too long.
struct AuthMiddleware: AsyncMiddleware {
    static let idleLimit: TimeInterval = 8 * 60 * 60

    /// The plan a request is about: `/plans/{plan}/…`, else the default plan.
    static func plan(of request: Request) -> String {
        let parts = request.url.path.split(separator: "/")
        if parts.count >= 2, parts[0] == "plans" { return String(parts[1]).removingPercentEncoding ?? String(parts[1]) }
        if parts.count >= 4, parts[0] == "api", parts[2] == "plans" { return String(parts[3]).removingPercentEncoding ?? String(parts[3]) }
        return request.application.catalog.defaultPlan
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Only a request that brings a session cookie can be signed in. Touching `request.session`
        // otherwise would create a session (a database row and a cookie) for every anonymous view.
        guard request.cookies[request.application.sessions.configuration.cookieName] != nil else {
            return try await next.respond(to: request)
        }
        if let id = request.session.data["user"].flatMap(UUID.init(uuidString:)) {
            let seen = request.session.data["seen"].flatMap(Double.init) ?? 0
            let now = Date().timeIntervalSince1970
            if now - seen > Self.idleLimit {
                request.session.destroy()
            } else if let account = try await request.cycle.account(id: id), account.active,
                      account.belongs(to: Self.plan(of: request)) {
                request.account = account
                request.session.data["seen"] = String(now)
                let viewer = Layout.Viewer(name: account.name, role: account.role, csrf: request.csrfToken)
                return try await Layout.$viewer.withValue(viewer) { try await next.respond(to: request) }
            } else if let account = try await request.cycle.account(id: id), account.active {
                _ = account   // signed in for another plan only: treated as the public here
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

/// Refuses any POST whose form does not carry this session's CSRF token.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST {
            let sent = (try? request.content.get(String.self, at: "_csrf")) ?? request.headers.first(name: "X-CSRF-Token")
            guard let expected = request.session.data["csrf"], let sent, sent == expected else {
                throw Abort(.forbidden, reason: "フォームの確認用の情報が一致しません。ページを開き直してから、もう一度送信してください。")
            }
        }
        return try await next.respond(to: request)
    }
}

/// Counts failed log-ins per user name and address; too many in a window are refused.
actor LoginThrottle {
    private var failures: [String: [Date]] = [:]
    let limit = 5
    let window: TimeInterval = 15 * 60

    func isBlocked(_ key: String) -> Bool {
        prune(key)
        return (failures[key]?.count ?? 0) >= limit
    }

    func recordFailure(_ key: String) {
        prune(key)
        failures[key, default: []].append(Date())
    }

    func reset(_ key: String) { failures[key] = nil }

    private func prune(_ key: String) {
        let cutoff = Date().addingTimeInterval(-window)
        failures[key] = failures[key]?.filter { $0 > cutoff }
    }
}

struct LoginThrottleKey: StorageKey { typealias Value = LoginThrottle }
