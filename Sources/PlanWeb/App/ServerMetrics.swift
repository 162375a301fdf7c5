import Foundation
import Metrics
import PlanServices
import Prometheus
import Vapor

/// The process's metrics, in Prometheus's text format at `/metrics`: Vapor's own request
/// counts and latency histograms by route pattern, method and status (`http_requests_total`,
/// `http_request_duration_seconds`), the page cache's hits and misses and size, the store's
/// write waits, and the cycle's long jobs (imports, publications). One registry per process:
/// swift-metrics is set up once, by the first application built.
enum ServerMetrics {
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped: Void = {
        var factory = PrometheusMetricsFactory(registry: registry)
        // Pages answer in a millisecond or two from the cache; imports take seconds.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .microseconds(2_500_000),
            .seconds(5), .seconds(10), .seconds(30), .seconds(60),
        ]
        MetricsSystem.bootstrap(factory)
    }()

    static func bootstrap() { _ = bootstrapped }

    /// The page cache's hit and miss counters (made after `bootstrap()`: a counter keeps the
    /// metrics system that was set up when it was made).
    static func pageCacheCounters() -> (hit: CoreMetrics.Counter, miss: CoreMetrics.Counter) {
        bootstrap()
        let counter = { CoreMetrics.Counter(label: "actionplan_page_cache_requests_total", dimensions: [("result", $0)]) }
        return (counter("hit"), counter("miss"))
    }

    /// `/metrics`: for a scraper with the configured bearer token, else only for a request made
    /// on this machine that did not come through a proxy (nginx in front adds X-Forwarded-For).
    static func metrics(_ req: Request) async throws -> Response {
        guard isAllowed(req, token: req.services.configuration.metricsToken) else {
            throw Abort(.forbidden, reason: req.page(.home).s(.metricsRefused))
        }
        let cache = req.application.pageCache.statistics
        Gauge(label: "actionplan_page_cache_entries").record(cache.entries)
        Gauge(label: "actionplan_page_cache_bytes").record(cache.bytes)
        Gauge(label: "actionplan_plans_in_memory").record(req.services.catalog.count)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: registry.emitToString()))
    }

    static func isAllowed(_ req: Request, token: String?) -> Bool {
        if let token {
            guard let sent = req.headers.bearerAuthorization?.token else { return false }
            // In constant time: how far a guess matched must not show in the answer's timing.
            let a = Array(sent.utf8), b = Array(token.utf8)
            return a.count == b.count && zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
        // The socket's peer (Vapor's peerAddress would believe a Forwarded header a client wrote).
        guard req.headers.first(name: .xForwardedFor) == nil, req.headers.first(name: "Forwarded") == nil,
            let ip = req.remoteAddress?.ipAddress
        else { return false }
        return ip == "127.0.0.1" || ip == "::1" || ip.hasPrefix("127.")
    }
}

/// Gives every request an id — the proxy's or client's `X-Request-Id` when it is a plain token,
/// else a new one — in every log line written while answering it (the web layer's through
/// `req.logger`; the services' and the store's through `RequestID.current`, set around each
/// handler by `answering(_:)`) and in the response's `X-Request-Id`, errors included.
struct RequestIDMiddleware: Middleware {
    struct Key: StorageKey { typealias Value = String }

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let id = RequestID.accepted(request.headers.first(name: .xRequestId)) ?? UUID().uuidString
        request.logger[metadataKey: "request-id"] = .string(id)
        request.storage[Key.self] = id
        return next.respond(to: request).flatMapErrorThrowing { error in SiteErrorMiddleware.response(for: error, to: request) }.map { response in
            response.headers.replaceOrAdd(name: .xRequestId, value: id)
            return response
        }
    }

    /// A handler that runs with its request's id as `RequestID.current` (Vapor runs each handler
    /// in a task of its own, so the middleware cannot set it for the handler).
    static func answering(_ handler: @escaping @Sendable (Request) async throws -> Response) -> @Sendable (Request) async throws -> Response {
        { req in try await RequestID.$current.withValue(req.storage[Key.self]) { try await handler(req) } }
    }
}
