import Foundation
import Logging
import NIOConcurrencyHelpers
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// Log lines as a log collector would keep them: the message with the metadata of the line and
/// of the logger's metadata provider.
final class CollectedLog: @unchecked Sendable {
    let lines = NIOLockedValueBox<[(String, Logger.Metadata)]>([])

    struct Handler: LogHandler {
        let log: CollectedLog
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        var logLevel: Logger.Level = .info
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            var all = metadata.merging(metadataProvider?.get() ?? [:]) { a, _ in a }
            all.merge(event.metadata ?? [:]) { _, b in b }
            log.lines.withLockedValue { $0.append((event.message.description, all)) }
        }
    }

    /// A logger made as `actionplan serve` makes its own: with the request id's metadata provider.
    func logger() -> Logger { Logger(label: "actionplan.test") { _ in Handler(log: self, metadataProvider: RequestID.metadataProvider) } }
}

@Suite("運用: /metrics とリクエストID", .serialized)
struct MetricsTests {
    /// The value of one series in Prometheus's text format (0 when absent).
    static func value(_ text: String, _ series: String) -> Double {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") { return Double(line.dropFirst(series.count + 1)) ?? 0 }
        return 0
    }

    static func scrape(_ tester: any TestingApplicationTester, headers: HTTPHeaders = [:]) async throws -> String {
        let r = try await tester.sendRequest(.GET, "/metrics", headers: headers)
        #expect(r.status == .ok, "\(r.status)")
        #expect(r.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
        return r.text
    }

    @Test("/metrics（このマシンから）は経路・状態ごとの件数と時間の分布、ページのキャッシュの当たりと外れ、読みと書き込みの待ち、実績の取り込みの時間を返す")
    func metricsCountWhatHappened() async throws {
        try await withApp(examples: false) { app, s in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            let page = #"http_requests_total{method="GET",path="/:level/:id",status="200"}"#
            let missing = #"http_requests_total{method="GET",path="/:level/:id",status="404"}"#
            let before = try await Self.scrape(tester)
            for path in ["/goals/1-1", "/goals/1-1", "/goals/no-such"] { _ = try await tester.sendRequest(.GET, path) }
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let template = try c.actualsTemplate(year: FiscalYear(westernYear: 2024))
            _ = try await c.importActuals(csv: template, file: "template.csv", year: FiscalYear(westernYear: 2024))
            let after = try await Self.scrape(tester)
            // One registry per process, and other suites run beside this one: at least our requests.
            #expect(Self.value(after, page) - Self.value(before, page) >= 2)
            #expect(Self.value(after, missing) - Self.value(before, missing) >= 1)
            let latency = #"http_request_duration_seconds_count{method="GET",path="/:level/:id",status="200"}"#
            #expect(Self.value(after, latency) - Self.value(before, latency) >= 2)
            // The second view of the goal page came from the cache.
            let hits = #"actionplan_page_cache_requests_total{result="hit"}"#
            #expect(Self.value(after, hits) - Self.value(before, hits) >= 1)
            #expect(Self.value(after, "actionplan_page_cache_entries") >= 1)
            let imports = #"actionplan_job_duration_seconds_count{job="import_actuals"}"#
            #expect(Self.value(after, imports) - Self.value(before, imports) >= 1)
            // The import waited for the write lock; the page views read through the pool.
            for use in ["write", "read"] {
                let series = #"actionplan_database_wait_seconds_count{use=""# + use + #""}"#
                #expect(Self.value(after, series) > Self.value(before, series), "\(series)")
            }
        }
    }

    @Test("/metrics は proxy を通った要求（X-Forwarded-For）には 403、トークンを設定すれば Bearer のトークンでだけ読める")
    func metricsAreForTheScraperOnly() async throws {
        try await withApp(examples: false) { app, _ in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            #expect(try await tester.sendRequest(.GET, "/metrics", headers: ["X-Forwarded-For": "203.0.113.9"]).status == .forbidden)
        }
        try await withApp(examples: false, configure: { $0.metricsToken = "scrape-token-0123456789" }) { app, _ in
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            #expect(try await tester.sendRequest(.GET, "/metrics").status == .forbidden)
            #expect(try await tester.sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer wrong-token-0123456789"]).status == .forbidden)
            _ = try await Self.scrape(tester, headers: ["Authorization": "Bearer scrape-token-0123456789"])
        }
    }

    @Test("どの答えにも X-Request-Id（送られた形のよい id はそのまま、変な id は新しく）、答える間のサービスのログの行にも同じ id")
    func requestIDs() async throws {
        try await TestDatabases.withServices(.sqlite) { base in
            let log = CollectedLog()
            let s = PlanServices(configuration: base.configuration, store: base.store, hasher: BcryptTestHasher.shared, logger: log.logger())
            let app = try await buildApplication(s)
            do {
                let fresh = try await app.get("/")
                let id = try #require(fresh.headers.first(name: "X-Request-Id"))
                #expect(UUID(uuidString: id) != nil)
                #expect(
                    try await app.get("/no-such-page", headers: ["X-Request-Id": "nginx-7f3a"]).headers.first(name: "X-Request-Id") == "nginx-7f3a")
                let odd = try await app.get("/", headers: ["X-Request-Id": "a b<script>"]).headers.first(name: "X-Request-Id")
                #expect(odd != nil && odd != "a b<script>")
                // A failed sign-in is logged by the services, with the id of the request.
                let login = try await app.get("/login")
                let cookie = login.headers.first(name: .setCookie)?.split(separator: ";").first.map(String.init) ?? ""
                let html = login.text
                let token = html.range(of: "name=\"_csrf\" value=\"").map { r in String(html[r.upperBound...].prefix { $0 != "\"" }) } ?? ""
                var headers: HTTPHeaders = ["X-Request-Id": "login-try-1", "Cookie": cookie]
                headers.contentType = .urlEncodedForm
                let refused = try await app.testing().sendRequest(
                    .POST, "/login", headers: headers, body: ByteBuffer(string: "name=nobody&password=wrong-password&_csrf=\(token)"))
                #expect(refused.status == .unauthorized, "\(refused.status) \(refused.text.prefix(300))")
                let lines = log.lines.withLockedValue { $0 }
                let failure = lines.first { $0.0.contains("ログインに失敗") }
                #expect(failure?.1["request-id"] == .string("login-try-1"), "\(lines.map(\.0))")
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }
    }
}
