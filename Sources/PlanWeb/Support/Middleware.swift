import Crypto
import Foundation
import Vapor

/// Turns every error into a Japanese HTML page, or a JSON body under `/api`, never a stack
/// trace; unexpected errors are logged and shown as a plain 500.
struct SiteErrorMiddleware: Middleware {
    let environment: Environment

    struct ErrorBody: Content {
        var error: Bool
        var status: Int
        var message: String
    }

    // Future-based, not async: an async middleware starts a task for every request, which costs
    // two thread hand-overs even when the answer comes straight from the page cache.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in try Self.response(for: error, to: request) }
    }

    static func response(for error: any Error, to request: Request) throws -> Response {
        let status: HTTPResponseStatus
        let message: String
        if let abort = error as? any AbortError, (300..<400).contains(Int(abort.status.code)) {
            return Response(status: abort.status, headers: abort.headers)
        }
        if let abort = error as? any AbortError {
            status = abort.status
            message = abort.status == .notFound && (abort.reason == "Not Found" || abort.reason.isEmpty)
                ? "お探しのページは見つかりませんでした。" : abort.reason
        } else {
            status = .internalServerError
            message = "サーバーで問題が起きました。時間をおいてもう一度お試しください。"
            request.logger.report(error: error)
        }
        if request.url.path.hasPrefix("/api/") || request.url.path == "/openapi.json" {
            let response = Response(status: status)
            try response.content.encode(ErrorBody(error: true, status: Int(status.code), message: message), as: .json)
            return response
        }
        let page = ErrorPage.render(status: status, message: message)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: page))
    }
}

/// Security headers on every response.
struct SecurityHeadersMiddleware: Middleware {
    // Future-based (not async) so that a response from the page cache needs no extra hops.
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            Self.apply(to: &response.headers)
            return response
        }
    }

    /// Sets the headers (also used by `FrontServer` for answers it gives from the page cache).
    static func apply(to headers: inout HTTPHeaders) {
        headers.replaceOrAdd(name: "Content-Security-Policy",
                             value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
    }
}

/// Adds a strong ETag (a hash of the body) to successful GET responses and answers
/// `If-None-Match` with 304, so that unchanged data is cheap to re-read.
struct ETagMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            guard request.method == .GET || request.method == .HEAD, response.status == .ok,
                  let buffer = response.body.buffer else { return response }
            let tag = Self.tag(response, body: buffer)
            guard Self.matches(request.headers, tag: tag) else { return response }
            return Response(status: .notModified, headers: Self.notModifiedHeaders(tag: tag))
        }
    }

    /// Whether the request's `If-None-Match` names `tag` (or `*`).
    static func matches(_ requestHeaders: HTTPHeaders, tag: String) -> Bool {
        for value in requestHeaders[.ifNoneMatch] {
            for sent in value.split(separator: ",") {
                let sent = sent.trimmingCharacters(in: .whitespaces)
                if sent == tag || sent == "*" { return true }
            }
        }
        return false
    }

    /// The headers of a 304 answer for `tag`.
    static func notModifiedHeaders(tag: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: tag)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return headers
    }

    /// The response's ETag (a hash of the body), set on the response unless it has one already
    /// (a response from the page cache carries the tag computed when it was stored).
    @discardableResult
    static func tag(_ response: Response, body: ByteBuffer) -> String {
        if let existing = response.headers.first(name: .eTag) { return existing }
        let digest = SHA256.hash(data: Data(body.readableBytesView))
        let tag = "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        response.headers.replaceOrAdd(name: .eTag, value: tag)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return tag
    }
}

/// Sets the plan prefix for links while serving `/plans/{plan}/…`.
struct PlanScopeMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let parts = request.url.path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "plans" else { return try await next.respond(to: request) }
        let id = String(parts[1]).removingPercentEncoding ?? String(parts[1])
        return try await SiteURL.$base.withValue("/plans/" + SiteURL.escape(id)) { try await next.respond(to: request) }
    }
}
