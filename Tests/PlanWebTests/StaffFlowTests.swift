import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// A browser's session for the tests: the cookie it was given, and the form token of the last page.
struct Browser {
    let app: Application
    var cookie: String?

    mutating func get(_ path: String) async throws -> TestingHTTPResponse { try await send(.GET, path) }

    mutating func send(_ method: HTTPMethod, _ path: String) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        let r = try await app.testing().sendRequest(method, path, headers: headers)
        keepCookie(r)
        return r
    }

    /// The form token of a page, as a browser sends it back with the page's form.
    mutating func formToken(from page: String) async throws -> String {
        let html = try await get(page).text
        return html.range(of: "name=\"_csrf\" value=\"").map { r in String(html[r.upperBound...].prefix { $0 != "\"" }) } ?? ""
    }

    mutating func post(_ path: String, form: [String: String], tokenFrom page: String) async throws -> TestingHTTPResponse {
        let token = try await formToken(from: page)
        var fields = form
        fields["_csrf"] = token
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        headers.contentType = .urlEncodedForm
        let body = fields.map {
            "\($0.key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        }
        .joined(separator: "&")
        let r = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
        keepCookie(r)
        return r
    }

    mutating func keepCookie(_ r: TestingHTTPResponse) {
        guard let set = r.headers.first(name: .setCookie), let pair = set.split(separator: ";").first else { return }
        let value = pair.split(separator: "=", maxSplits: 1).last.map(String.init) ?? ""
        cookie = value.isEmpty ? nil : String(pair)
    }
}

@Suite("職員の画面")
struct StaffFlowTests {
    @Test("ログインすると新しいセッションが始まり、所管課の職員は自分の課の入力画面を開ける（ログイン前のセッションは使えない）")
    func logInStartsNewSession() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await c.assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: d, plan: nil, viewer: op)

            var browser = Browser(app: app)
            _ = try await browser.get("/login")
            let before = browser.cookie
            let r = try await browser.post("/login", form: ["name": "shogyo1", "password": "shogyo-password-1", "next": "/my"], tokenFrom: "/login")
            #expect(r.status == .seeOther)
            #expect(browser.cookie != nil, "ログインでセッションの Cookie が来ない")
            #expect(browser.cookie != before, "ログインの前後で同じセッション")
            let my = try await browser.get("/my?year=R6")
            #expect(my.status == .ok)
            #expect(my.text.contains("せたがやPay"))

            let saved = try await browser.post("/my/actuals", form: ["year": "R6", "value[1-1.1.1]": "７１.３"], tokenFrom: "/my?year=R6")
            #expect(saved.status == .seeOther)
            #expect(try await browser.get("/my?year=R6").text.contains("保存しました"))
            let stored = try await s.context(plan: nil, viewer: op).snapshot.actuals[FiscalYear(westernYear: 2024)]?.first?.actual.value
            #expect(stored == Decimal(string: "71.3"))

            // The session from before the log-in does not carry it.
            var old = Browser(app: app, cookie: before)
            #expect(try await old.get("/my?year=R6").status == .seeOther)
        }
    }

    @Test("計画担当が発行した仮パスワードは一度だけ表示され、それでログインした職員はパスワードを変えるまでほかの画面を使えない")
    func temporaryPasswordMustBeChanged() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await s.context(plan: nil, viewer: op).assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: d, plan: nil, viewer: op)
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)

            var office = Browser(app: app)
            _ = try await office.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1", "next": "/office"], tokenFrom: "/login")
            _ = try await office.post("/office/users", form: ["action": "temporary", "name": "shogyo1"], tokenFrom: "/office/users")
            let shown = try await office.get("/office/users").text
            let marker = "shogyo1の仮パスワード: "
            let start = try #require(shown.range(of: marker))
            let temporary = String(shown[start.upperBound...].prefix { $0.isLetter || $0.isNumber })
            #expect(temporary.count == 14)
            // Shown once: the next view of the page does not have it.
            #expect(!(try await office.get("/office/users").text.contains(temporary)))

            var clerk = Browser(app: app)
            let old = try await clerk.post("/login", form: ["name": "shogyo1", "password": "shogyo-password-1", "next": "/my"], tokenFrom: "/login")
            #expect(old.status == .unauthorized)
            let login = try await clerk.post("/login", form: ["name": "shogyo1", "password": temporary, "next": "/my"], tokenFrom: "/login")
            #expect(login.status == .seeOther)
            let my = try await clerk.get("/my?year=R6")
            #expect(my.status == .seeOther)
            #expect(my.headers.first(name: .location) == "/account/password")
            #expect(try await clerk.get("/account/password").text.contains("計画担当が設定した仮のもの"))
            let same = try await clerk.post("/account/password", form: ["current": temporary, "new": temporary], tokenFrom: "/account/password")
            #expect(same.status == .seeOther)
            #expect(try await clerk.get("/my?year=R6").status == .seeOther)
            _ = try await clerk.post("/account/password", form: ["current": temporary, "new": "my-own-password-2"], tokenFrom: "/account/password")
            let after = try await clerk.get("/my?year=R6")
            #expect(after.status == .ok)
            #expect(after.text.contains("せたがやPay"))

            // The clerk gives their own address for reminders; a broken one is refused with the reason.
            _ = try await clerk.post("/account/password", form: ["action": "email", "email": "shogyo@example.lg.jp"], tokenFrom: "/account/password")
            #expect(try await s.store.accounts.account(named: "shogyo1")?.email == "shogyo@example.lg.jp")
            _ = try await clerk.post("/account/password", form: ["action": "email", "email": "shogyo at example"], tokenFrom: "/account/password")
            #expect(try await clerk.get("/account/password").text.contains("メールアドレス「shogyo at example」は使えません"))
            #expect(try await s.store.accounts.account(named: "shogyo1")?.email == "shogyo@example.lg.jp")
        }
    }

    @Test("年度の公表は承認済みの課があるときだけ示し、公表と取り消しは課の名前を挙げて確かめさせる（印がなければ何も変えない）")
    func publishYearOnlyWhenApproved() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await s.context(plan: nil, viewer: op).assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)
            var office = Browser(app: app)
            _ = try await office.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1", "next": "/office"], tokenFrom: "/login")

            let before = try await office.get("/office?year=R6").text
            #expect(before.contains("承認済みの課はまだありません"))
            #expect(!before.contains("action=\"/office/publish-year\""))

            let year = FiscalYear(westernYear: 2024)
            for action in [WorkflowAction.submit, .approve] {
                _ = try await s.context(plan: nil, viewer: op).perform(action, department: d, year: year, comment: "")
            }
            let after = try await office.get("/office?year=R6").text
            #expect(after.contains("action=\"/office/publish-year\""))
            #expect(after.contains("承認済みの1課（商業課）の実績を公表することを確かめました"))

            _ = try await office.post("/office/publish-year", form: ["year": "R6"], tokenFrom: "/office?year=R6")
            #expect(try await office.get("/office?year=R6").text.contains("確認の欄に印を付けてください"))
            #expect(try await s.context(plan: nil, viewer: op).snapshot.state(ofDepartment: d.id, year: year).state == .approved)
            _ = try await office.post("/office/publish-year", form: ["year": "R6", "confirm": "1"], tokenFrom: "/office?year=R6")
            #expect(try await office.get("/office?year=R6").text.contains("公表しました: 商業課"))
            #expect(try await s.context(plan: nil, viewer: op).snapshot.state(ofDepartment: d.id, year: year).state == .published)

            // Withdrawing asks too: without the box ticked nothing changes.
            #expect(try await office.get("/office?year=R6").text.contains("商業課の公表を取り消し、入力に戻す（住民のページから消える）"))
            let form = ["year": "R6", "department": "商業課", "action": "reopen"]
            _ = try await office.post("/office/workflow", form: form, tokenFrom: "/office?year=R6")
            #expect(try await office.get("/office?year=R6").text.contains("公表を取り消すことを確かめたら"))
            #expect(try await s.context(plan: nil, viewer: op).snapshot.state(ofDepartment: d.id, year: year).state == .published)
            _ = try await office.post("/office/workflow", form: form.merging(["confirm": "1"]) { a, _ in a }, tokenFrom: "/office?year=R6")
            #expect(try await s.context(plan: nil, viewer: op).snapshot.state(ofDepartment: d.id, year: year).state == .draft)
        }
    }

    @Test("間違ったパスワードでは入れず、5回失敗すると正しいパスワードでもしばらく断る")
    func logInLimit() async throws {
        try await withApp(examples: false) { app, s in
            try await s.addUser(name: "office1", password: "office-password-1", role: .office, department: nil, plan: nil, viewer: .commandLine("試験"))
            var browser = Browser(app: app)
            for _ in 0..<5 {
                let r = try await browser.post("/login", form: ["name": "office1", "password": "wrong"], tokenFrom: "/login")
                #expect(r.status == .unauthorized)
            }
            let r = try await browser.post("/login", form: ["name": "office1", "password": "office-password-1"], tokenFrom: "/login")
            #expect(r.status == .tooManyRequests)
            #expect(r.text.contains("しばらく受け付けません"))
        }
    }
}
