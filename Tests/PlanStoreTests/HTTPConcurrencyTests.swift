import FluentPostgresDriver
import Foundation
import PlanCore
import PlanStore
import PlanWeb
import Testing
import Vapor

/// 200 clients saving actuals through the web layer at once: two `serve` instances listening on
/// real ports, one database, one logged-in clerk's session used by every client.
///
/// Part of the serialized cycle suite, so that it never runs beside the repository-level
/// `同時保存` test (on two cores the two starve each other). On PostgreSQL it works in a database
/// of its own, because the plan tests running beside it delete every plan.
extension CycleRepositoryTests {
    /// The responses a client cares about: status and the page (or its error message).
    struct Answer: Sendable {
        var sameActual: Bool
        var status: UInt
        var body: String
    }

    @Test("HTTPで200件を同時に保存: 同じ実績への100件は1件だけ通り、残り99件は409で最新の値を示す。別々の100件はすべて通る。変更の記録は通った件数と同じ",
          arguments: TestDatabases.all)
    func HTTPで同時保存(_ database: AppConfiguration.Database) async throws {
        try await TestDatabases.withOwnDatabase(database) { shared in
            var config = TestDatabases.configuration(shared, seed: true)
            config.hostname = "127.0.0.1"
            config.port = 0
            let first = try await buildApplication(config)
            let second: Application
            do { second = try await buildApplication(config) } catch { try? await first.asyncShutdown(); throw error }
            let outcome: Result<Void, any Error>
            do { outcome = .success(try await Self.run(first, second)) } catch { outcome = .failure(error) }
            for app in [first, second] {
                await app.server.shutdown()
                try? await app.asyncShutdown()
            }
            try outcome.get()
        }
    }

    private static func run(_ first: Application, _ second: Application) async throws {
        let cycle = CycleRepository(database: first.db)
        let loaded = try #require(try await first.catalog.plan("setagaya"))
        let hash = try PlanService.hashPassword("correct-horse-battery")
        let commerce = try await cycle.addDepartment(plan: "setagaya", name: "商業課", actor: "test")
        try await cycle.addUser(name: "commerce", passwordHash: hash, role: .department, department: commerce, actor: "test")
        // The clerk's department leads every project of vision 1 but 1-2.1.
        let projects = Set(loaded.plan.placements.filter { $0.goal.vision == 1 && $0.project != "1-2.1" }.map(\.project))
        for p in projects.sorted() { try await cycle.assign(plan: "setagaya", project: p, department: commerce, lead: true, actor: "test") }
        let owned = ReportingUnits(loaded.plan).order.filter { id in
            guard let i = loaded.index.indicatorsByID[id], let p = loaded.index.placementsByID[i.placement] else { return false }
            return projects.contains(p.project) && id != "1-1.1.1"
        }
        let distinct = Array(owned.flatMap { id in ["R6", "R7", "R8", "R9", "R13"].map { (id, $0) } }.prefix(100))
        try #require(distinct.count == 100, "別々の実績が100件に足りない（\(distinct.count)件）")

        for app in [first, second] { try await app.server.start(address: .hostname("127.0.0.1", port: 0)) }
        let bases = try [first, second].map { app in
            let port = try #require(app.listeningPort, "待ち受けのポートが分からない")
            return "http://127.0.0.1:\(port)"
        }
        // One client connection per concurrent request, as 200 browsers would have; no redirects
        // followed, so that the log-in's 303 and its cookie are seen.
        first.http.client.configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 200)
        first.http.client.configuration.redirectConfiguration = .disallow
        let client = first.client

        // Log in once through the first instance; the session lives in the database.
        let form = try await client.get(URI(string: bases[0] + "/login"))
        let loginCookie = try #require(Self.cookie(form), "ログインのページがクッキーを返さない")
        let loginToken = try #require(Self.token(form), "ログインのページに _csrf がない")
        let login = try await Self.post(client, bases[0] + "/login", cookie: loginCookie,
                                        ["_csrf": loginToken, "name": "commerce", "password": "correct-horse-battery", "next": "/"])
        #expect(login.status == .seeOther, "ログインに失敗: \(login.status)")
        let cookie = Self.cookie(login) ?? loginCookie
        // The actuals page of the other instance: the session and its token are seen there too.
        let page = try await client.get(URI(string: bases[1] + "/my?year=R6")) { $0.headers.replaceOrAdd(name: .cookie, value: cookie) }
        #expect(page.status == .ok)
        let token = try #require(Self.token(page), "実績の入力ページに _csrf がない（もう一方のインスタンス）")
        let before = try await cycle.audit().filter { $0.action == "実績の入力" }.count

        let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
            for n in 0..<100 {
                group.addTask {
                    let res = try await Self.post(client, bases[n % 2] + "/my/actuals", cookie: cookie,
                                                  ["_csrf": token, "year": "R6", "value[1-1.1.1]": String(50 + n % 40), "version[1-1.1.1]": "0"])
                    return Answer(sameActual: true, status: res.status.code, body: res.body.map { String(buffer: $0) } ?? "")
                }
            }
            for (n, (id, year)) in distinct.enumerated() {
                group.addTask {
                    let res = try await Self.post(client, bases[n % 2] + "/my/actuals", cookie: cookie,
                                                  ["_csrf": token, "year": year, "value[\(id)]": "1", "version[\(id)]": "0"])
                    return Answer(sameActual: false, status: res.status.code, body: res.body.map { String(buffer: $0) } ?? "")
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let same = answers.filter(\.sameActual), other = answers.filter { !$0.sameActual }
        #expect(same.filter { $0.status == 200 }.count == 1, "同じ実績への保存の応答: \(Dictionary(grouping: same, by: \.status).mapValues(\.count))")
        #expect(same.filter { $0.status == 409 }.count == 99)
        #expect(same.filter { $0.status == 409 }.allSatisfy { $0.body.contains("最新の値") }, "断った応答に理由（最新の値）がない")
        #expect(other.allSatisfy { $0.status == 200 },
                "別々の保存で通らなかったもの: \(other.filter { $0.status != 200 }.prefix(3).map { "\($0.status) \($0.body.prefix(200))" })")
        let after = try await cycle.audit().filter { $0.action == "実績の入力" }.count
        #expect(after - before == 101, "変更の記録が通った件数と合わない")
        let stored = try await cycle.actuals(plan: "setagaya")
        #expect(stored.filter { $0.actual.indicator == "1-1.1.1" && $0.actual.year == .r6 }.map(\.version) == [1])
        #expect(stored.count == 101)
    }

    private static func post(_ client: any Client, _ url: String, cookie: String, _ fields: [String: String]) async throws -> ClientResponse {
        try await client.post(URI(string: url)) { req in
            req.headers.replaceOrAdd(name: .cookie, value: cookie)
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&"))
        }
    }

    private static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }

    private static func cookie(_ res: ClientResponse) -> String? {
        res.headers.first(name: .setCookie)?.split(separator: ";").first.map(String.init)
    }

    private static func token(_ res: ClientResponse) -> String? {
        guard let body = res.body.map({ String(buffer: $0) }), let m = body.firstMatch(of: /name="_csrf" value="([^"]+)"/) else { return nil }
        return String(m.1)
    }
}
