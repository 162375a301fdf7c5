import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOPosix
import Vapor

/// The HTTP/1.1 server of `actionplan serve`, in place of Vapor's own.
///
/// Vapor's server builds a full `Request` and runs the middleware chain for every request; on
/// two cores it tops out at about the rate of a route that returns a constant (14,000–17,000
/// requests/s here, against nginx's 50,000–69,000). Public pages are read far more often than
/// data changes, so this server answers a request the `PageCache` holds at the current data
/// stamp straight from the saved head and body — the same checks as `PageCacheMiddleware`
/// (GET or HEAD, no session cookie, not a staff page; `If-None-Match` answered with 304; the
/// security headers set) — and hands every other request, unchanged, to the application's
/// responder: middleware, routes and the cache filling all run as before.
///
/// Parsing, pipelining, keep-alive and 400 answers to malformed requests are SwiftNIO's
/// (`configureHTTPServerPipeline`). Request bodies are collected up to `HTTPLimits.maxBodyBytes` (413
/// beyond). Compressed request bodies are not accepted (no client of ours sends them). On
/// shutdown the server stops accepting and closes each connection after its response in flight.
final class FrontServer: Server, Sendable {
    private let application: Application
    private let cache: PageCache
    private let sessionCookie: String
    private let state = NIOLockedValueBox<(channel: (any Channel)?, quiesce: ServerQuiescingHelper?)>((nil, nil))

    init(application: Application, cache: PageCache, sessionCookie: String) {
        self.application = application
        self.cache = cache
        self.sessionCookie = sessionCookie
    }

    /// Completes when the listening socket closes (at once if the server is not running).
    var onShutdown: EventLoopFuture<Void> {
        state.withLockedValue { $0.channel?.closeFuture } ?? application.eventLoopGroup.any().makeSucceededVoidFuture()
    }

    /// Where the server listens, once started.
    var localAddress: SocketAddress? { state.withLockedValue { $0.channel?.localAddress } }

    func start(address: BindAddress?) async throws {
        try await bind(address).get()
    }

    @available(*, noasync)
    func start(address: BindAddress?) throws {
        try bind(address).wait()
    }

    func shutdown() async {
        try? await quiesce().get()
    }

    @available(*, noasync)
    func shutdown() {
        try? quiesce().wait()
    }

    private func bind(_ address: BindAddress?) -> EventLoopFuture<Void> {
        let configuration = application.http.server.configuration
        let group = application.eventLoopGroup
        let quiesce = ServerQuiescingHelper(group: group)
        let (application, cache, sessionCookie) = (self.application, self.cache, self.sessionCookie)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: Int32(configuration.backlog))
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: configuration.reuseAddress ? 1 : 0)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        FrontHandler(application: application, cache: cache, sessionCookie: sessionCookie))
                }
            }
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: configuration.tcpNoDelay ? 1 : 0)
            .childChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
        let bound: EventLoopFuture<any Channel>
        switch address {
        case .none:
            bound = bootstrap.bind(host: configuration.hostname, port: configuration.port)
        case .hostname(let host, let port):
            bound = bootstrap.bind(host: host ?? configuration.hostname, port: port ?? configuration.port)
        case .unixDomainSocket(let path):
            bound = bootstrap.bind(unixDomainSocketPath: path)
        }
        return bound.map { channel in
            self.state.withLockedValue { $0 = (channel, quiesce) }
            let place = channel.localAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
            application.logger.notice("待ち受けを始めました: http://\(place)")
        }
    }

    /// Stops accepting; each open connection closes once its response in flight is written.
    private func quiesce() -> EventLoopFuture<Void> {
        let eventLoop = application.eventLoopGroup.any()
        guard let quiesce = state.withLockedValue({ s in defer { s = (nil, nil) }; return s.quiesce }) else {
            return eventLoop.makeSucceededVoidFuture()
        }
        let done = eventLoop.makePromise(of: Void.self)
        quiesce.initiateShutdown(promise: done)
        return done.futureResult
    }
}

public enum HTTPLimits {
    /// The largest request body accepted (the actuals upload's limit); larger ones get 413.
    public static let maxBodyBytes = 5 << 20
}

/// One connection's requests, one at a time (NIO's pipelining handler holds back the next).
private final class FrontHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        case idle
        case receiving(HTTPRequestHead, ByteBuffer?)
        /// The body was too large: answered 413, the rest is dropped and the connection closed.
        case refused
    }

    private let application: Application
    private let cache: PageCache
    private let sessionCookie: String
    private var state = State.idle

    init(application: Application, cache: PageCache, sessionCookie: String) {
        self.application = application
        self.cache = cache
        self.sessionCookie = sessionCookie
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch (unwrapInboundIn(data), state) {
        case (.head(let head), _):
            state = .receiving(head, nil)
        case (.body(var chunk), .receiving(let head, var body)):
            guard (body?.readableBytes ?? 0) + chunk.readableBytes <= HTTPLimits.maxBodyBytes else {
                state = .refused
                refuseTooLarge(head, context: context)
                return
            }
            if body == nil { body = chunk } else { body!.writeBuffer(&chunk) }
            state = .receiving(head, body)
        case (.end, .receiving(let head, let body)):
            state = .idle
            respond(to: head, body: body, context: context)
        case (.end, .refused):
            // The 413 went out when the limit was passed; the rest of the body is read (and
            // dropped) first, so that closing does not reset the connection under the answer.
            state = .idle
            context.close(promise: nil)
        case (.body, _), (.end, .idle):
            break
        }
    }

    /// A malformed request (answered 400 by NIO's error handler) or a broken connection: close.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        application.logger.debug("接続を閉じます: \(error)")
        context.close(promise: nil)
    }

    private func respond(to head: HTTPRequestHead, body: ByteBuffer?, context: ChannelHandlerContext) {
        let eventLoop = context.eventLoop
        let bound = NIOLoopBound((self, context), eventLoop: eventLoop)
        guard body == nil,
              PageCacheMiddleware.isCacheable(method: head.method, headers: head.headers, path: Self.path(of: head.uri), sessionCookie: sessionCookie)
        else {
            return passOn(head, body: body, context: context)
        }
        let key = URI(path: head.uri).string
        let cache = self.cache
        cache.currentStamp(on: eventLoop).hop(to: eventLoop).whenComplete { result in
            let (handler, context) = bound.value
            guard case .success(let stamp) = result, let hit = cache.entry(key, stamp: stamp) else {
                // The stamp just read goes along, so that the cache middleware does not read it again.
                return handler.passOn(head, body: nil, stamp: try? result.get(), context: context)
            }
            if ETagMiddleware.matches(head.headers, tag: hit.tag) {
                var headers = ETagMiddleware.notModifiedHeaders(tag: hit.tag)
                SecurityHeadersMiddleware.apply(to: &headers)
                handler.write(head, status: .notModified, headers: headers, body: nil, context: context)
            } else {
                handler.write(head, status: hit.status, headers: hit.sentHeaders, body: hit.body, context: context)
            }
        }
    }

    /// Hands the request to the application (middleware and routes), as Vapor's server would.
    private func passOn(_ head: HTTPRequestHead, body: ByteBuffer?, stamp: Int64? = nil, context: ChannelHandlerContext) {
        let eventLoop = context.eventLoop
        let bound = NIOLoopBound((self, context), eventLoop: eventLoop)
        // `URI(path:)`, not `URI(string:)`: a request target has no host, even if it starts with `//`.
        let request = Request(application: application, method: head.method, url: URI(path: head.uri), version: head.version,
                              headersNoUpdate: head.headers, collectedBody: body, remoteAddress: context.channel.remoteAddress,
                              logger: application.logger, byteBufferAllocator: context.channel.allocator, on: eventLoop)
        if let stamp { request.storage[PageCacheMiddleware.StampReadKey.self] = stamp }
        application.responder.respond(to: request).flatMap { response in
            response.body.collect(on: eventLoop).map { (response, $0) }
        }.hop(to: eventLoop).whenComplete { result in
            let (handler, context) = bound.value
            switch result {
            case .success(let (response, body)):
                var headers = response.headers
                if !headers.contains(name: .contentLength), response.status != .noContent, response.status != .notModified {
                    headers.replaceOrAdd(name: .contentLength, value: String(body?.readableBytes ?? 0))
                }
                handler.write(head, status: response.status, headers: headers, body: body, context: context)
            case .failure(let error):
                // SiteErrorMiddleware turns errors into pages; this is only reached if that failed too.
                handler.application.logger.report(error: error)
                let (headers, text) = Self.plainText("サーバーで問題が起きました。", context: context)
                handler.write(head, status: .internalServerError, headers: headers, body: text, context: context)
            }
        }
    }

    private func refuseTooLarge(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        let (headers, text) = Self.plainText("送られたデータが大きすぎます（\(HTTPLimits.maxBodyBytes >> 20) MB まで）。", context: context)
        write(head, status: .payloadTooLarge, headers: headers, body: text, keepAlive: false, context: context)
    }

    private static func plainText(_ message: String, context: ChannelHandlerContext) -> (HTTPHeaders, ByteBuffer) {
        var headers = HTTPHeaders()
        headers.contentType = .plainText
        let text = context.channel.allocator.buffer(string: message)
        headers.replaceOrAdd(name: .contentLength, value: String(text.readableBytes))
        return (headers, text)
    }

    /// Writes the response head, the body (not for HEAD, 204 or 304) and the end; closes the
    /// connection afterwards unless the client keeps it alive (`keepAlive: false` says
    /// `Connection: close` and leaves the closing to the caller).
    private func write(_ request: HTTPRequestHead, status: HTTPResponseStatus, headers: HTTPHeaders, body: ByteBuffer?,
                       keepAlive: Bool? = nil, context: ChannelHandlerContext) {
        var headers = headers
        let closeAfter = keepAlive == nil && !request.isKeepAlive
        let keepAlive = keepAlive ?? request.isKeepAlive
        headers.add(name: .date, value: HTTPDate.now())
        headers.add(name: .connection, value: keepAlive ? "keep-alive" : "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        if let body, request.method != .HEAD, status != .noContent, status != .notModified {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if closeAfter {
            let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
            written.whenComplete { _ in bound.value.close(promise: nil) }
        }
    }

    private static func path(of uri: String) -> String {
        guard let end = uri.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return uri }
        return String(uri[..<end])
    }
}

/// The `Date` header's value, formatted at most once per second (shared by every connection).
enum HTTPDate {
    private static let formatter: DateFormatter = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f
    }()
    private static let lock = NIOLock()
    nonisolated(unsafe) private static var last: (second: Int, text: String) = (-1, "")

    static func now() -> String {
        let second = Int(Date().timeIntervalSince1970)
        return lock.withLock {
            if last.second != second { last = (second, formatter.string(from: Date(timeIntervalSince1970: TimeInterval(second)))) }
            return last.text
        }
    }
}

extension Application {
    /// The port the server listens on, once started (tests start it on port 0).
    public var listeningPort: Int? { (server as? FrontServer)?.localAddress?.port }
}
