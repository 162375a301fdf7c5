import Foundation
import NIOCore
import NIOPosix
import PlanCore
import PlanStore
import PlanWeb
import Testing
import Vapor

/// The server of `actionplan serve` over a real socket: answers from the page cache must look
/// exactly like the application's own, and the HTTP rules hold (HEAD, 304, keep-alive,
/// pipelining, malformed requests, oversized bodies).
/// Serialized: each test starts a portal of its own, and eight at once on two cores starved the
/// timing-sensitive concurrency tests running beside them.
@Suite("HTTPサーバー（保存した応答を手前で返す）", .serialized)
struct FrontServerTests {
    /// The portal on an in-memory database, listening on a free port of 127.0.0.1.
    func withServer(_ body: (Application, Int) async throws -> Void) async throws {
        let app = try await buildApplication(AppConfiguration(database: .sqliteMemory, hostname: "127.0.0.1", port: 0, logLevel: .warning))
        let outcome: Result<Void, any Error>
        do {
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.listeningPort, "待ち受けのポートが分からない")
            app.http.client.configuration.redirectConfiguration = .disallow
            outcome = .success(try await body(app, port))
        } catch { outcome = .failure(error) }
        await app.server.shutdown()
        try? await app.asyncShutdown()
        try outcome.get()
    }

    func get(_ app: Application, _ port: Int, _ path: String, _ headers: HTTPHeaders = [:]) async throws -> ClientResponse {
        try await app.client.get(URI(string: "http://127.0.0.1:\(port)\(path)"), headers: headers)
    }

    static let securityHeaders = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"]

    @Test("2回目からは保存した応答を返し、本文と見出し（ETag・セキュリティの見出し・種類・長さ）は1回目と同じ")
    func hitLooksLikeTheRenderedResponse() async throws {
        try await withServer { app, port in
            for path in ["/", "/goals/1-1", "/api/v1/goals"] {
                let first = try await get(app, port, path)
                let hits = app.pageCache.hits
                let second = try await get(app, port, path)
                #expect(app.pageCache.hits == hits + 1, "\(path) が保存した応答から返っていない")
                #expect(first.status == .ok && second.status == .ok)
                #expect(first.body == second.body, "\(path) の本文が違う")
                for name in Self.securityHeaders + ["ETag", "Cache-Control", "Content-Type", "Content-Length", "Connection"] {
                    #expect(second.headers[name] == first.headers[name] && !second.headers[name].isEmpty, "\(path) の見出し \(name): \(first.headers[name]) → \(second.headers[name])")
                }
                #expect(second.headers.first(name: .date) != nil)
            }
        }
    }

    @Test("ETag が合えば保存した応答から304（本文なし・セキュリティの見出しつき）、合わなければ200")
    func conditionalRequests() async throws {
        try await withServer { app, port in
            let first = try await get(app, port, "/goals/1-1")
            let tag = try #require(first.headers.first(name: .eTag))
            let hits = app.pageCache.hits
            let same = try await get(app, port, "/goals/1-1", ["If-None-Match": "\"other\", \(tag)"])
            #expect(same.status == .notModified)
            #expect(same.body == nil || same.body?.readableBytes == 0)
            #expect(same.headers.first(name: .eTag) == tag)
            for name in Self.securityHeaders { #expect(same.headers.first(name: name) != nil, "304 に \(name) がない") }
            #expect(app.pageCache.hits == hits + 1)
            let other = try await get(app, port, "/goals/1-1", ["If-None-Match": "\"other\""])
            #expect(other.status == .ok)
            #expect(other.body == first.body)
        }
    }

    @Test("HEAD は本文なしで、GET と同じ長さと ETag を示す")
    func headHasNoBody() async throws {
        try await withServer { app, port in
            let get = try await get(app, port, "/goals/1-1")
            for _ in 0..<2 {  // rendered, then from the cache
                let head = try await app.client.send(.HEAD, to: URI(string: "http://127.0.0.1:\(port)/goals/1-1"))
                #expect(head.status == .ok)
                #expect(head.body == nil || head.body?.readableBytes == 0)
                #expect(head.headers.first(name: .contentLength) == get.headers.first(name: .contentLength))
                #expect(head.headers.first(name: .eTag) == get.headers.first(name: .eTag))
            }
        }
    }

    @Test("書き込みのあとは保存した応答を使わず、新しい内容を返す")
    func writesInvalidate() async throws {
        try await withServer { app, port in
            let first = try await get(app, port, "/indicators/1-1.1.1")
            _ = try await get(app, port, "/indicators/1-1.1.1")
            let revision = TargetRevision(indicator: "1-1.1.1", year: .r6, value: 90, decidedOn: "2026-04-01", reason: "手前のサーバーの確認")
            try await CycleRepository(database: app.db).reviseTarget(plan: "setagaya", revision, previous: nil, actor: "test")
            let after = try await get(app, port, "/indicators/1-1.1.1")
            #expect(after.status == .ok)
            #expect(after.body.map { String(buffer: $0) }?.contains("手前のサーバーの確認") == true)
            #expect(after.headers.first(name: .eTag) != first.headers.first(name: .eTag))
        }
    }

    @Test("セッションのクッキーがある要求・職員のページ・POST は保存した応答を使わない")
    func personalRequestsPassThrough() async throws {
        try await withServer { app, port in
            _ = try await get(app, port, "/goals/1-1")
            _ = try await get(app, port, "/goals/1-1")
            let hits = app.pageCache.hits
            let withSession = try await get(app, port, "/goals/1-1", ["Cookie": "actionplan_session=abc"])
            #expect(withSession.status == .ok)
            let login = try await get(app, port, "/login")
            #expect(login.status == .ok)
            #expect(login.headers.first(name: "Content-Security-Policy") != nil)
            let my = try await get(app, port, "/my")
            #expect(my.status == .seeOther, "ログインしていない人の /my はログインへ")
            let post = try await app.client.post(URI(string: "http://127.0.0.1:\(port)/goals/1-1"))
            #expect(post.status == .notFound)
            #expect(app.pageCache.hits == hits)
        }
    }

    @Test("壊れた要求には400を返して接続を閉じる")
    func malformedRequest() async throws {
        try await withServer { _, port in
            let answer = try await RawHTTP.exchange(port: port, "GARBAGE \u{1}\r\n\r\n")
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(80))")
        }
    }

    @Test("Connection: close の要求には答えてから接続を閉じ、続けて送った要求には順に答える")
    func keepAliveAndPipelining() async throws {
        try await withServer { _, port in
            let request = "GET /goals/1-1 HTTP/1.1\r\nHost: x\r\n\r\n"
            let answer = try await RawHTTP.exchange(port: port, request + request + "GET /api/v1/goals HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let statuses = answer.matches(of: /HTTP\/1\.1 (\d{3})/).map { String($0.output.1) }
            #expect(statuses == ["200", "200", "200"])
            #expect(answer.components(separatedBy: "connection: keep-alive").count - 1 == 2)
            #expect(answer.contains("connection: close"))
            #expect(answer.hasSuffix("}") || answer.hasSuffix("]"), "最後の応答（JSON）で終わっていない")
        }
    }

    @Test("5 MB を超える本文には413を返し、接続を閉じる")
    func oversizedBody() async throws {
        try await withServer { _, port in
            let size = HTTPLimits.maxBodyBytes + 1
            let answer = try await RawHTTP.exchange(
                port: port,
                "POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(size)\r\n\r\n" + String(repeating: "a", count: size))
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(80))")
            #expect(answer.contains("大きすぎます"))
        }
    }
}

/// Writes bytes to the server and reads until it closes the connection (at most 60 s).
enum RawHTTP {
    final class Collect: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        var received = ByteBuffer()
        let done: EventLoopPromise<String>
        init(done: EventLoopPromise<String>) { self.done = done }
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var chunk = unwrapInboundIn(data)
            received.writeBuffer(&chunk)
        }
        func channelInactive(context: ChannelHandlerContext) { done.succeed(String(buffer: received)) }
        func errorCaught(context: ChannelHandlerContext, error: any Error) { context.close(promise: nil) }
    }

    static func exchange(port: Int, _ text: String) async throws -> String {
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        let done = eventLoop.makePromise(of: String.self)
        let channel = try await ClientBootstrap(group: eventLoop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Collect(done: done)) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        let timeout = eventLoop.scheduleTask(in: .seconds(60)) { channel.close(promise: nil) }
        defer { timeout.cancel() }
        try await channel.writeAndFlush(ByteBuffer(string: text))
        return try await done.futureResult.get()
    }
}
