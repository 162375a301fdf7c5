import Crypto
import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

// The middlewares work on the event loop (futures), not as `AsyncMiddleware`s: each of those
// runs in a task of its own, and six of them cost more than a cached page does
// (docs/benchmarks.md). Only the route handler, and the viewer's account when a session
// cookie is sent, run as tasks.

/// Turns every error into a page in the request's language, or a JSON body under `/api`, never
/// a stack trace; unexpected errors are logged and shown as a plain 500.
struct SiteErrorMiddleware: Middleware {
    struct ErrorBody: Content {
        var error: Bool
        var status: Int
        var message: String
        var errors: [String]?
        /// After a 409 of a save: the values as they now stand (so that the client can decide again).
        var current: [APIActual]?
    }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in Self.response(for: error, to: request) }
    }

    static func status(of error: Error, _ s: Strings) -> (HTTPResponseStatus, String, [String]) {
        switch error {
        case let e as ServiceError:
            let status: HTTPResponseStatus
            switch e.kind {
            case .forbidden: status = .forbidden
            case .notFound: status = .notFound
            case .invalid: status = e.errors.isEmpty ? .badRequest : .unprocessableEntity
            case .conflict, .locked: status = .conflict
            case .unauthenticated: status = .unauthorized
            }
            return (status, e.message, e.errors.map(\.description))
        case let abort as any AbortError:
            let reason = abort.status == .notFound && (abort.reason == "Not Found" || abort.reason.isEmpty) ? s(.notFoundMessage) : abort.reason
            return (abort.status, reason, [])
        case let failure as ImportFailure:
            return (.unprocessableEntity, s(.importRefused), failure.errors.map(\.description))
        default:
            return (.internalServerError, s(.serverError), [])
        }
    }

    static func response(for error: Error, to request: Request) -> Response {
        if let abort = error as? any AbortError, (300..<400).contains(Int(abort.status.code)) {
            return Response(status: abort.status, headers: abort.headers)
        }
        let ctx = request.page(.home)
        let (status, message, errors) = status(of: error, ctx.s)
        if status == .internalServerError { request.logger.report(error: error) }
        var headers = (error as? any AbortError)?.headers ?? HTTPHeaders()
        if request.url.path.hasPrefix("/api/") || request.url.path == "/openapi.json" {
            headers.contentType = .json
            let current = (error as? ServiceError)?.current.map(APIActual.init) ?? []
            let body = ErrorBody(
                error: true, status: Int(status.code), message: message, errors: errors.isEmpty ? nil : errors,
                current: current.isEmpty ? nil : current)
            let data = (try? JSONEncoder.sorted.encode(body)) ?? Data()
            return Response(status: status, headers: headers, body: .init(data: data))
        }
        headers.contentType = .html
        let page = ErrorPage.render(
            ctx, status: status.code, message: errors.isEmpty ? message : ([message] + errors).joined(separator: "\n"))
        return Response(status: status, headers: headers, body: .init(string: page))
    }
}

extension JSONEncoder {
    /// Keys in a stable order, slashes unescaped.
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }
}

/// Security headers on every response, errors included.
struct SecurityHeadersMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in SiteErrorMiddleware.response(for: error, to: request) }.map { response in
            Self.apply(to: &response.headers)
            return response
        }
    }

    static func apply(to headers: inout HTTPHeaders) {
        headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value:
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
        )
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
    }
}

/// A strong ETag (a hash of the body) on successful GET responses; `If-None-Match` answered with
/// 304, so that unchanged data is cheap to read again.
struct ETagMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in Self.tagged(response, for: request) }
    }

    static func tagged(_ response: Response, for request: Request) -> Response {
        guard request.method == .GET || request.method == .HEAD, response.status == .ok, let buffer = response.body.buffer else { return response }
        let tag = response.headers.first(name: .eTag) ?? tag(Data(buffer.readableBytesView))
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        if response.headers.first(name: .cacheControl) == nil { response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache") }
        guard matches(request.headers, tag: tag) else { return response }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: tag)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .notModified, headers: headers)
    }

    static func tag(_ body: Data) -> String {
        let digest = SHA256.hash(data: body)
        return "\"" + Hex.string(digest.prefix(16)) + "\""
    }

    static func matches(_ requestHeaders: HTTPHeaders, tag: String) -> Bool {
        for value in requestHeaders[.ifNoneMatch] {
            for sent in value.split(separator: ",") where [tag, "*", "W/" + tag].contains(sent.trimmingCharacters(in: .whitespaces)) { return true }
        }
        return false
    }
}

/// Loads the signed-in account from the session (only for a request that brings a session
/// cookie: touching the session otherwise would make one for every anonymous view) and ends
/// sessions idle for too long.
struct ViewerMiddleware: Middleware {
    static let idleLimit: TimeInterval = 8 * 60 * 60

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.hasSession else { return next.respond(to: request) }
        let loaded = request.eventLoop.makePromise(of: Void.self)
        loaded.completeWithTask { try await Self.loadAccount(request) }
        return loaded.futureResult.flatMap { next.respond(to: request) }
    }

    static func loadAccount(_ request: Request) async throws {
        if let id = request.session.data["user"].flatMap(UUID.init(uuidString:)) {
            let seen = request.session.data["seen"].flatMap(Double.init) ?? 0
            let now = Date().timeIntervalSince1970
            if now - seen > Self.idleLimit {
                request.session.destroy()
            } else if let account = try await request.services.account(id: id), account.active {
                // An account of another plan sees this plan as the public does.
                if account.belongs(to: request.scope.plan) { request.account = account }
                if now - seen > 60 { request.session.data["seen"] = String(now) }
            } else {
                request.session.destroy()
            }
        }
    }
}

/// Refuses any POST whose form does not carry this session's CSRF token.
struct CSRFMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if request.method == .POST, !request.url.path.hasPrefix("/api/") {
            let sent = (try? request.content.get(String.self, at: "_csrf")) ?? request.headers.first(name: "X-CSRF-Token")
            guard request.hasSession, let expected = request.session.data["csrf"], let sent, sent == expected else {
                return request.eventLoop.makeFailedFuture(Abort(.forbidden, reason: Strings(lang: .ja)(.csrfMismatch)))
            }
        }
        return next.respond(to: request)
    }
}

/// Sessions kept in the database (`web_sessions`), shared by every instance.
struct DatabaseSessionDriver: AsyncSessionDriver {
    let sessions: Sessions
    static let lifetime: TimeInterval = 8 * 60 * 60

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let id = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
        try await sessions.write(id, data: data.snapshot, expires: Date().addingTimeInterval(Self.lifetime))
        return SessionID(string: id)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        try await sessions.read(sessionID.string).map { SessionData(initialData: $0) }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        try await sessions.write(sessionID.string, data: data.snapshot, expires: Date().addingTimeInterval(Self.lifetime))
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await sessions.delete(sessionID.string)
    }
}

/// Bcrypt (cost 12) for passwords.
public struct BcryptHasher: PasswordHashing {
    /// bcrypt's work factor: 12 in service (about a quarter of a second per log-in here); the
    /// tests use the minimum to stay quick.
    public let cost: Int
    public init(cost: Int = 12) { self.cost = cost }
    public func hash(_ password: String) throws -> String { try Bcrypt.hash(password, cost: cost) }
    public func verify(_ password: String, hash: String) -> Bool { (try? Bcrypt.verify(password, created: hash)) ?? false }
}
