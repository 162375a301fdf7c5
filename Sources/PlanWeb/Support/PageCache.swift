import Foundation
import NIOConcurrencyHelpers
import PlanStore
import Vapor

/// Rendered public responses, kept until the data stamp changes.
///
/// Every write transaction, through any instance, raises the stamp in the database
/// (`DataStamp`). Before answering from the cache, a request reads the stamp: the entry is used
/// only if it was rendered at the current stamp, so a write through another instance is seen
/// at once. Reads are coalesced: a request joins a stamp read that had not yet started when it
/// arrived, so under load one query serves many requests without ever answering from a stamp
/// read that began before the request came in.
public final class PageCache: Sendable {
    public struct Entry: Sendable {
        var stamp: Int64
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer
        /// The body's ETag.
        var tag: String
        /// `headers` with the security headers, as `FrontServer` sends them.
        var sentHeaders: HTTPHeaders

        init(stamp: Int64, status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer, tag: String) {
            self.stamp = stamp
            self.status = status
            self.headers = headers
            self.body = body
            self.tag = tag
            var sent = headers
            SecurityHeadersMiddleware.apply(to: &sent)
            sent.replaceOrAdd(name: .contentLength, value: String(body.readableBytes))
            self.sentHeaders = sent
        }
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var hits = 0
    }

    private let state = NIOLockedValueBox(State())
    private let reads: NIOLockedValueBox<Reads>
    private let readStamp: @Sendable (any EventLoop) -> EventLoopFuture<Int64>
    /// Bounds the memory the cache may hold; when exceeded it starts over.
    public let limitBytes: Int

    /// Requests waiting for a stamp read that has not started yet, and whether one is running.
    private struct Reads {
        var waiting: [EventLoopPromise<Int64>] = []
        var running = false
    }

    /// `readStamp` reads the stamp; it is called at most once at a time.
    public init(limitBytes: Int = 32 << 20, readStamp: @escaping @Sendable (any EventLoop) -> EventLoopFuture<Int64>) {
        self.limitBytes = limitBytes
        self.readStamp = readStamp
        self.reads = NIOLockedValueBox(Reads())
    }

    /// The stamp as of some moment after this call began.
    public func currentStamp(on eventLoop: any EventLoop) -> EventLoopFuture<Int64> {
        let promise = eventLoop.makePromise(of: Int64.self)
        let start: [EventLoopPromise<Int64>]? = reads.withLockedValue { r in
            r.waiting.append(promise)
            guard !r.running else { return nil }
            r.running = true
            defer { r.waiting = [] }
            return r.waiting
        }
        if let start { read(for: start, on: eventLoop) }
        return promise.futureResult
    }

    public func currentStamp() async throws -> Int64 {
        try await currentStamp(on: MultiThreadedEventLoopGroup.singleton.any()).get()
    }

    /// Reads once for `batch` (all arrived before this read starts), then for whoever came
    /// while it ran.
    private func read(for batch: [EventLoopPromise<Int64>], on eventLoop: any EventLoop) {
        readStamp(eventLoop).whenComplete { result in
            for p in batch { p.completeWith(result) }
            let next: [EventLoopPromise<Int64>]? = self.reads.withLockedValue { r in
                guard !r.waiting.isEmpty else { r.running = false; return nil }
                defer { r.waiting = [] }
                return r.waiting
            }
            if let next { self.read(for: next, on: eventLoop) }
        }
    }

    func entry(_ key: String, stamp: Int64) -> Entry? {
        state.withLockedValue { s in
            guard let e = s.entries[key], e.stamp == stamp else { return nil }
            s.hits += 1
            return e
        }
    }

    func store(_ key: String, _ entry: Entry) {
        state.withLockedValue { s in
            if let old = s.entries[key] { s.bytes -= old.body.readableBytes }
            if s.bytes + entry.body.readableBytes > limitBytes { s.entries.removeAll(); s.bytes = 0 }
            s.entries[key] = entry
            s.bytes += entry.body.readableBytes
        }
    }

    /// Responses answered from the cache so far (for tests and figures).
    public var hits: Int { state.withLockedValue { $0.hits } }
    public var count: Int { state.withLockedValue { $0.entries.count } }
}

/// Answers public GET requests from the `PageCache`. Only responses that are the same for every
/// anonymous visitor are kept: no session cookie sent (so nobody signed in) or set, status 200,
/// not the staff pages, the log-in page or the health check. Placed before the session and
/// sign-in middleware, so that a hit costs one stamp check and a copy.
struct PageCacheMiddleware: Middleware {
    let cache: PageCache
    let sessionCookie: String
    static let uncached: Set<Substring> = ["login", "logout", "my", "office", "healthz"]

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard Self.isCacheable(method: request.method, headers: request.headers, path: request.url.path, sessionCookie: sessionCookie) else {
            return next.respond(to: request)
        }
        let key = request.url.string
        let cache = self.cache
        let stamp = request.storage[StampReadKey.self].map { request.eventLoop.makeSucceededFuture($0) }
            ?? cache.currentStamp(on: request.eventLoop)
        return stamp.flatMap { stamp in
            if let hit = cache.entry(key, stamp: stamp) {
                return request.eventLoop.makeSucceededFuture(Response(status: hit.status, headers: hit.headers, body: .init(buffer: hit.body)))
            }
            return next.respond(to: request).map { response in
                guard response.status == .ok, let body = response.body.buffer, !response.headers.contains(name: .setCookie),
                      !(response.headers.first(name: .cacheControl) ?? "").contains("no-store") else { return response }
                let tag = ETagMiddleware.tag(response, body: body)
                cache.store(key, .init(stamp: stamp, status: response.status, headers: response.headers, body: body, tag: tag))
                return response
            }
        }
    }

    /// Whether a request may be answered from the cache: a GET or HEAD, without the session
    /// cookie, outside the staff pages.
    static func isCacheable(method: HTTPMethod, headers: HTTPHeaders, path: String, sessionCookie: String) -> Bool {
        guard method == .GET || method == .HEAD, !isStaffPath(path) else { return false }
        return headers.cookie?[sessionCookie] == nil
    }

    /// A stamp `FrontServer` read for this request after it arrived (it missed the cache), so
    /// that the same request does not read it a second time.
    struct StampReadKey: StorageKey { typealias Value = Int64 }

    static func isStaffPath(_ path: String) -> Bool {
        var parts = path.split(separator: "/")
        if parts.first == "plans", parts.count >= 2 { parts.removeFirst(2) }
        return parts.first.map { uncached.contains($0) } ?? false
    }
}
