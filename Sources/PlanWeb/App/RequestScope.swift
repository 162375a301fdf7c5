import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

struct ServicesKey: StorageKey { typealias Value = PlanServices }
struct PageCacheKey: StorageKey { typealias Value = PageCache }
struct AccountKey: StorageKey { typealias Value = Account }
struct ScopeKey: StorageKey { typealias Value = RequestScope }

extension Application {
    public var services: PlanServices { storage[ServicesKey.self]! }
    var pageCache: PageCache { storage[PageCacheKey.self]! }
}

/// Where a request is: its plan (from `/plans/{plan}/…`, else the installation's default plan)
/// and language (`/en/…`), resolved once from the path.
struct RequestScope: Sendable {
    var plan: String
    /// True under `/plans/{plan}`: links stay under that prefix.
    var scoped: Bool
    var lang: Lang
}

extension Request {
    var services: PlanServices { application.services }

    /// The signed-in account (nil for the public), loaded from the session by `ViewerMiddleware`.
    var account: Account? {
        get { storage[AccountKey.self] }
        set { storage[AccountKey.self] = newValue }
    }

    var scope: RequestScope {
        if let s = storage[ScopeKey.self] { return s }
        var parts = url.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var lang = Lang.ja
        if parts.first == "en" {
            lang = .en
            parts.removeFirst()
        }
        var plan = application.services.configuration.defaultPlan
        var scoped = false
        if parts.count >= 2, parts[0] == "plans" {
            plan = parts[1].removingPercentEncoding ?? parts[1]
            scoped = true
        }
        let s = RequestScope(plan: plan, scoped: scoped, lang: lang)
        storage[ScopeKey.self] = s
        return s
    }

    /// Who is asking, as the service layer sees it.
    var viewer: Viewer { account.map(Viewer.signedIn) ?? .anonymous }

    /// The request's plan, seen by its viewer: built once, from which every read and write of the
    /// request is made (an account of another plan sees it as the public does).
    /// The plan's context for this request's viewer (taken once per request: the pages of the
    /// request read the same snapshot).
    func planContext() async throws -> PlanContext {
        if let c = storage[PlanContextKey.self] { return c }
        let c = try await services.context(plan: scope.plan, viewer: viewer)
        storage[PlanContextKey.self] = c
        return c
    }

    /// How links are built on this request's pages.
    var links: Links {
        let s = scope
        return Links(base: s.scoped ? "/plans/" + SiteURL.escapeSegment(s.plan) : "", lang: s.lang)
    }

    /// The catalogue in this request's language.
    var strings: Strings { Strings(lang: scope.lang) }

    /// The page context for a page of this request.
    func page(_ current: SiteURL, plan: Plan? = nil) -> PageContext {
        let viewer = account.map { PageContext.ViewerInfo(name: $0.name, role: $0.role, csrf: csrfToken) }
        var ctx = PageContext(
            links: links, planTitle: plan.map { Strings(lang: links.lang).title($0) }, planID: plan?.id, viewer: viewer, current: current)
        if let c = storage[PlanContextKey.self] { ctx.hasVisionChart = c.snapshot.stored.chart != nil }
        return ctx
    }

    /// The CSRF token of this session (created on first use).
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = [UInt8].random(count: 24).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        session.data["csrf"] = token
        return token
    }

    /// The account, or a redirect to the log-in page (when anonymous), or 403 (wrong role).
    func requireAccount(_ roles: Set<Role> = Set(Role.allCases)) throws -> Account {
        guard let account else {
            throw Abort.redirect(to: links.href(.login(next: url.path + (url.query.map { "?" + $0 } ?? ""))))
        }
        // A temporary password (set by the office) is changed before anything else.
        if account.mustChangePassword, url.path != links.href(.password), url.path != links.href(.logout) {
            throw Abort.redirect(to: links.href(.password))
        }
        guard roles.contains(account.role) else {
            throw Abort(.forbidden, reason: Strings(lang: .ja).onlyFor(roles.map(\.label).sorted(), yours: account.role.label))
        }
        return account
    }

    /// The year asked for (`?year=R6`, any way a year is written), or 400 saying how to write it.
    func year(_ name: String = "year") throws -> FiscalYear? {
        guard let raw = try? query.get(String.self, at: name), !raw.isEmpty else { return nil }
        guard let y = FiscalYear(parsing: raw) else {
            throw Abort(.badRequest, reason: Strings(lang: .ja).unreadableYear(raw, examples: Strings(lang: .ja).yearExamples))
        }
        return y
    }

    /// The year of a posted form.
    func formYear() throws -> FiscalYear {
        let raw = (try? content.get(String.self, at: "year")) ?? ""
        guard let y = FiscalYear(parsing: raw) else {
            throw Abort(.badRequest, reason: Strings(lang: .ja).unreadableYear(raw, examples: Strings(lang: .ja).yearExamples))
        }
        return y
    }

    /// Flash messages left by the previous POST (read once).
    func takeFlash() -> Flash {
        guard hasSession, let text = session.data["flash"], let data = text.data(using: .utf8) else { return Flash() }
        session.data["flash"] = nil
        return (try? JSONDecoder().decode(Flash.self, from: data)) ?? Flash()
    }

    /// POST → 303 → GET: the messages survive the redirect.
    func redirect(to url: SiteURL, flash: Flash) -> Response {
        if !flash.isEmpty, let data = try? JSONEncoder().encode(flash) { session.data["flash"] = String(decoding: data, as: UTF8.self) }
        return redirect(to: links.href(url), redirectType: .normal)
    }

    var hasSession: Bool { cookies[application.sessions.configuration.cookieName] != nil }
}

/// The client's address: the peer's, or — when the peer is a trusted reverse proxy — the last
/// address `X-Forwarded-For` gives that is not itself a trusted proxy.
enum ClientAddress {
    static func of(_ request: Request, trusted: [String]) -> String {
        let peer = request.remoteAddress?.ipAddress ?? "-"
        guard trusted.contains(peer) else { return peer }
        let forwarded = request.headers["X-Forwarded-For"].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return forwarded.reversed().first { !trusted.contains($0) && !$0.isEmpty } ?? peer
    }
}

struct PlanContextKey: StorageKey {
    typealias Value = PlanContext
}
