import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// Another system (a department's own database, a grant-management system) pushing actuals
/// with the department's API token.
@Suite("実績を書き込む API（課の API トークン）")
struct APIWriteTests {
    struct Setup {
        var secret: String
        var indicator: String
        var other: String
        var department: Department
    }

    /// 商業課 leads 1-1.1; a token named 会計システム for it. `indicator` is 1-1.1's first
    /// indicator, `other` one of an item 商業課 does not own.
    static func setUp(_ s: PlanServices) async throws -> Setup {
        let op = Viewer.commandLine("計画担当")
        let d = try await s.context(plan: nil, viewer: op).addDepartment("商業課")
        try await s.context(plan: nil, viewer: op).assign(item: "1-1.1", to: d, lead: true)
        let c = try await s.context(plan: nil, viewer: op)
        let (_, secret) = try await c.issueAPIToken(department: d, name: "会計システム")
        let indicator = try #require(c.plan.indicators.first { $0.node == "1-1.1" }).id
        let other = try #require(c.plan.indicators.first { $0.node.hasPrefix("1-2") }).id
        return Setup(secret: secret, indicator: indicator, other: other, department: d)
    }

    static func headers(_ secret: String?, ifMatch: String? = nil, key: String? = nil) -> HTTPHeaders {
        var h = HTTPHeaders()
        if let secret { h.add(name: .authorization, value: "Bearer \(secret)") }
        if let ifMatch { h.add(name: .ifMatch, value: ifMatch) }
        if let key { h.add(name: "Idempotency-Key", value: key) }
        h.contentType = .json
        return h
    }

    static func json(_ r: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any])
    }

    @Test("課のトークンで1つの値を読み（版0）、If-Match の版を付けて保存すると版1。古い版の保存は 409 と今の値。変更の記録にはトークンの名前")
    func saveWithVersions() async throws {
        try await withApp(examples: false) { app, s in
            let t = try await Self.setUp(s)
            let path = "/api/v1/plans/setagaya/actuals/R6/\(t.indicator)"
            let empty = try await app.testing().sendRequest(.GET, path, headers: Self.headers(t.secret))
            #expect(empty.status == .ok)
            #expect(empty.headers.first(name: .eTag) == "\"0\"")
            #expect(try Self.json(empty)["value"] is NSNull)
            let saved = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"0\""), body: ByteBuffer(string: #"{"value": 71.3, "note": "速報値"}"#))
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(saved.headers.first(name: .eTag) == "\"1\"")
            #expect(saved.text.contains("\"value\":71.3"), "\(saved.text)")
            #expect(saved.text.contains("\"version\":1"))
            // A second system that read version 0 cannot overwrite: 409 with the value as it stands.
            let stale = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"0\""), body: ByteBuffer(string: #"{"value": 80}"#))
            #expect(stale.status == .conflict)
            let current = try #require(try Self.json(stale)["current"] as? [[String: Any]])
            #expect(current.first?["version"] as? Int == 1)
            #expect("\(current.first?["value"] ?? "")" == "71.3")
            // Without If-Match nothing is written blind.
            let blind = try await app.testing().sendRequest(.PUT, path, headers: Self.headers(t.secret), body: ByteBuffer(string: #"{"value": 80}"#))
            #expect(blind.status == .badRequest)
            // The value is the web form's: the same store, the same audit trail, under the token's name.
            let c = try await s.context(plan: nil, viewer: .commandLine("確認"))
            #expect(
                c.snapshot.actuals[FiscalYear(westernYear: 2024)]?.first { $0.actual.indicator == t.indicator }?.actual.value
                    == Decimal(string: "71.3"))
            let entry = try #require(try await c.audit().last { $0.action == "実績の入力" })
            #expect(entry.actor == "API「会計システム」（商業課）")
            #expect(entry.after == "71.3（速報値）")
            // Null is 未報告 (not reported), never 0.
            let cleared = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"1\""), body: ByteBuffer(string: #"{"value": null}"#))
            #expect(cleared.status == .ok)
            #expect(try Self.json(cleared)["value"] is NSNull)
        }
    }

    @Test("トークンがない・違う・失効したトークンは 401（WWW-Authenticate）、担当でない項目と別の計画は 403、公表した年度は 409、形の違う本文は 400、受け付けない値は 422")
    func refusals() async throws {
        try await withApp { app, s in
            let t = try await Self.setUp(s)
            let path = "/api/v1/plans/setagaya/actuals/R6/\(t.indicator)"
            let none = try await app.testing().sendRequest(.GET, path, headers: Self.headers(nil))
            #expect(none.status == .unauthorized)
            #expect(none.headers.first(name: "WWW-Authenticate")?.hasPrefix("Bearer") == true)
            #expect(try await app.testing().sendRequest(.GET, path, headers: Self.headers("ap_wrong")).status == .unauthorized)
            // Not 商業課's item.
            let notOwn = try await app.testing().sendRequest(
                .PUT, "/api/v1/plans/setagaya/actuals/R6/\(t.other)", headers: Self.headers(t.secret, ifMatch: "\"0\""),
                body: ByteBuffer(string: #"{"value": 1}"#))
            #expect(notOwn.status == .forbidden, "\(notOwn.text)")
            // A token of Setagaya's plan does not open another plan.
            let kaede = try await app.testing().sendRequest(.GET, "/api/v1/plans/kaede/actuals/H30/1.1.1-1", headers: Self.headers(t.secret))
            #expect(kaede.status == .forbidden)
            // Bodies: another key, a value that is text, not JSON at all.
            for body in [#"{"value": 1, "extra": true}"#, #"{"value": "七十"}"#, "value=1"] {
                let r = try await app.testing().sendRequest(
                    .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"0\""), body: ByteBuffer(string: body))
                #expect(r.status == .badRequest, "\(body): \(r.status)")
            }
            var form = Self.headers(t.secret, ifMatch: "\"0\"")
            form.contentType = .urlEncodedForm
            #expect(
                try await app.testing().sendRequest(.PUT, path, headers: form, body: ByteBuffer(string: "value=1")).status == .unsupportedMediaType)
            // The form's own check: a negative count is refused, with where and why.
            let negative = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"0\""), body: ByteBuffer(string: #"{"value": -5}"#))
            #expect(negative.status == .unprocessableEntity, "\(negative.text)")
            #expect(negative.text.contains(t.indicator))
            // A published year is closed to the API as to the form.
            let saved = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"0\""), body: ByteBuffer(string: #"{"value": 70}"#))
            #expect(saved.status == .ok)
            for action in [WorkflowAction.submit, .approve, .publish] {
                _ = try await s.context(plan: nil, viewer: .commandLine("計画担当")).perform(
                    action, department: t.department, year: FiscalYear(westernYear: 2024), comment: "")
            }
            let closed = try await app.testing().sendRequest(
                .PUT, path, headers: Self.headers(t.secret, ifMatch: "\"1\""), body: ByteBuffer(string: #"{"value": 75}"#))
            #expect(closed.status == .conflict, "\(closed.text)")
            // Revoked: refused from the next request on.
            let c = try await s.context(plan: nil, viewer: .commandLine("計画担当"))
            let token = try #require(try await c.apiTokens().first { $0.name == "会計システム" })
            #expect(token.lastUsedAt != nil)
            try await c.revokeAPIToken(id: token.id)
            #expect(try await app.testing().sendRequest(.GET, path, headers: Self.headers(t.secret)).status == .unauthorized)
            #expect(try await c.audit().contains { $0.action == "APIトークンの失効" && $0.key == "会計システム" })
        }
    }

    @Test("まとめての保存は全部か無し。同じ Idempotency-Key の送り直しは同じ答えで1回だけ保存し、同じ鍵を別の内容に使うと 422")
    func batchesAndIdempotency() async throws {
        try await withApp(examples: false) { app, s in
            let t = try await Self.setUp(s)
            let path = "/api/v1/plans/setagaya/actuals/R6"
            let mixed = #"{"actuals": [{"indicator": "\#(t.indicator)", "value": 70}, {"indicator": "no-such-indicator", "value": 1}]}"#
            let refused = try await app.testing().sendRequest(.POST, path, headers: Self.headers(t.secret), body: ByteBuffer(string: mixed))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("actuals[1]"))
            let c = try await s.context(plan: nil, viewer: .commandLine("確認"))
            #expect(c.snapshot.actuals[FiscalYear(westernYear: 2024)]?.isEmpty ?? true, "全部か無しのはずが一部を保存した")

            let body = #"{"actuals": [{"indicator": "\#(t.indicator)", "value": 70, "version": 0}]}"#
            let first = try await app.testing().sendRequest(
                .POST, path, headers: Self.headers(t.secret, key: "batch-2024-06-01"), body: ByteBuffer(string: body))
            #expect(first.status == .ok, "\(first.text)")
            #expect(try Self.json(first)["changed"] as? Int == 1)
            let auditAfterFirst = try await c.audit().count
            let again = try await app.testing().sendRequest(
                .POST, path, headers: Self.headers(t.secret, key: "batch-2024-06-01"), body: ByteBuffer(string: body))
            #expect(again.status == .ok)
            #expect(again.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(again.text == first.text)
            #expect(try await c.audit().count == auditAfterFirst, "送り直しでもう一度保存した")
            let reused = try await app.testing().sendRequest(
                .POST, path, headers: Self.headers(t.secret, key: "batch-2024-06-01"),
                body: ByteBuffer(string: #"{"actuals": [{"indicator": "\#(t.indicator)", "value": 99}]}"#))
            #expect(reused.status == .unprocessableEntity)
            #expect(reused.text.contains("Idempotency-Key"))
        }
    }

    @Test("Python のクライアント（urllib）が、読んだ版を If-Match に付けて実績を書き、公開の API とは別に読み戻す")
    func pythonClient() async throws {
        try await withApp(examples: false) { app, s in
            let t = try await Self.setUp(s)
            let port = Int.random(in: 20_000...45_000)
            let client = """
                import json, sys, urllib.request
                base, token, indicator = sys.argv[1], sys.argv[2], sys.argv[3]
                url = f"{base}/api/v1/plans/setagaya/actuals/2024/{indicator}"
                auth = {"Authorization": f"Bearer {token}"}
                with urllib.request.urlopen(urllib.request.Request(url, headers=auth)) as r:
                    etag = r.headers["ETag"]
                body = json.dumps({"value": 12, "note": "python"}).encode()
                req = urllib.request.Request(url, data=body, method="PUT", headers={**auth, "If-Match": etag, "Content-Type": "application/json"})
                with urllib.request.urlopen(req) as r:
                    saved = json.load(r)
                print(saved["version"], saved["value"], saved["fiscalYear"])
                """
            // The server answers on its own port while the client runs.
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            let out = try OpenDataWebTests.python(client, ["http://127.0.0.1:\(port)", t.secret, t.indicator])
            await app.server.shutdown()
            #expect(out?.trimmingCharacters(in: .whitespacesAndNewlines) == "1 12 R6", "\(out ?? "(Python が失敗)")")
        }
    }

    @Test("計画担当は「APIトークン」の画面でトークンを発行し（その画面に1回だけ表示）、最後に使った日と状態を見て、失効させる")
    func officeManagesTokens() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await c.assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)
            var browser = Browser(app: app)
            _ = try await browser.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1"], tokenFrom: "/login")
            #expect(try await browser.get("/office").text.contains("/office/api-tokens"))
            let issued = try await browser.post(
                "/office/api-tokens", form: ["action": "issue", "name": "補助金システム", "department": "商業課"], tokenFrom: "/office/api-tokens")
            #expect(issued.status == .ok)
            #expect(issued.headers.first(name: .cacheControl) == "no-store")
            let secret = try #require(issued.text.range(of: #"ap_[A-Za-z0-9_-]{43}"#, options: .regularExpression).map { String(issued.text[$0]) })
            // Shown once: the list page does not show it again.
            let list = try await browser.get("/office/api-tokens")
            #expect(list.text.contains("補助金システム") && list.text.contains("まだ使われていません"))
            #expect(!list.text.contains(secret))
            // Used once through the API, the page shows the day of the last use.
            let indicator = try #require(c.plan.indicators.first { $0.node == "1-1.1" }).id
            let read = try await app.testing().sendRequest(.GET, "/api/v1/plans/setagaya/actuals/R6/\(indicator)", headers: Self.headers(secret))
            #expect(read.status == .ok)
            #expect(!(try await browser.get("/office/api-tokens").text.contains("まだ使われていません")))
            let token = try #require(try await s.context(plan: nil, viewer: op).apiTokens().first)
            let revoked = try await browser.post(
                "/office/api-tokens", form: ["action": "revoke", "token": token.id.uuidString], tokenFrom: "/office/api-tokens")
            #expect(revoked.status == .seeOther)
            #expect(try await browser.get("/office/api-tokens").text.contains("失効（"))
            #expect(
                try await app.testing().sendRequest(.GET, "/api/v1/plans/setagaya/actuals/R6/\(indicator)", headers: Self.headers(secret)).status
                    == .unauthorized)
        }
    }
}
