import Foundation
import PlanCore
import PlanStore
import Testing
import Vapor
import VaporTesting
@testable import PlanWeb

/// A browser-like client for the tests: keeps the session cookie and the CSRF token.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookie: String?
    var csrf: String?

    init(_ app: Application) { self.app = app }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, beforeRequest: { req in
            if let cookie = self.cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
        }, afterResponse: { res async in result = res })
        remember(result!)
        return result!
    }

    func post(_ path: String, _ form: [String: String], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if csrf, let token = self.csrf { fields["_csrf"] = token }
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, beforeRequest: { req in
            if let cookie = self.cookie { req.headers.replaceOrAdd(name: .cookie, value: cookie) }
            let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: body)
        }, afterResponse: { res async in result = res })
        remember(result!)
        return result!
    }

    static func encode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }

    private func remember(_ res: TestingHTTPResponse) {
        if let set = res.headers.first(name: .setCookie), let pair = set.split(separator: ";").first { cookie = String(pair) }
        let html = res.body.string
        if let m = html.firstMatch(of: /name="_csrf" value="([^"]+)"/) { csrf = String(m.1) }
    }

    /// Logs in through the form.
    func login(_ name: String, _ password: String) async throws {
        _ = try await get("/login")
        let res = try await post("/login", ["name": name, "password": password, "next": "/"])
        #expect(res.status == .seeOther, "ログインに失敗: \(res.status)")
    }
}

/// Sets up departments, users and ownership on a fresh portal.
func withCycle(_ body: (Application) async throws -> Void) async throws {
    try await withPortal { app in
        let cycle = CycleRepository(database: app.db)
        let hash = try PlanService.hashPassword("correct-horse-battery")
        let commerce = try await cycle.addDepartment(plan: "setagaya", name: "商業課", actor: "test")
        let industry = try await cycle.addDepartment(plan: "setagaya", name: "工業課", actor: "test")
        try await cycle.addUser(name: "office", passwordHash: hash, role: .office, department: nil, actor: "test")
        try await cycle.addUser(name: "commerce", passwordHash: hash, role: .department, department: commerce, actor: "test")
        try await cycle.addUser(name: "industry", passwordHash: hash, role: .department, department: industry, actor: "test")
        try await cycle.addUser(name: "reviewer", passwordHash: hash, role: .reviewer, department: nil, actor: "test")
        try await cycle.assign(plan: "setagaya", project: "1-1.1", department: commerce, lead: true, actor: "test")
        try await cycle.assign(plan: "setagaya", project: "1-2.1", department: industry, lead: true, actor: "test")
        try await body(app)
    }
}

@Suite("年度の進行（ログイン・実績の入力・手続き・公表）")
struct CycleWebTests {
    @Test("所管課は自分の課の事業の実績だけを入力・提出でき、公表されるまで住民には見えない")
    func departmentFlow() async throws {
        try await withCycle { app in
            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            let page = try await clerk.get("/my?year=R6")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("せたがやPayアプリ利用者の継続利用率"))
            #expect(!page.body.string.contains("助成件数"))   // 工業課の事業
            let saved = try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "７０%", "note[1-1.1.1]": "更新", "version[1-1.1.1]": "0"])
            #expect(saved.status == .ok)
            #expect(saved.body.string.contains("保存しました"))
            let other = try await clerk.post("/my/actuals", ["year": "R6", "value[1-2.1.1]": "1", "version[1-2.1.1]": "0"])
            #expect(other.status == .unprocessableEntity)
            #expect(other.body.string.contains("あなたの課の事業ではありません"))

            let publicBefore = try await app.get("/indicators/1-1.1.1")
            #expect(!publicBefore.body.string.contains(">70<"))
            #expect(!String(buffer: try await app.get("/api/v1/evaluations?year=R6").body).contains("\"actual\":70"))

            #expect(try await clerk.post("/my/submit", ["year": "R6"]).status == .ok)
            let locked = try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "71", "version[1-1.1.1]": "1"])
            #expect(locked.status == .forbidden)

            let office = Browser(app)
            try await office.login("office", "correct-horse-battery")
            #expect(try await office.post("/office/workflow", ["year": "R6", "department": "商業課", "action": "approve"]).status == .ok)
            #expect(try await office.post("/office/workflow", ["year": "R6", "department": "商業課", "action": "publish"]).status == .ok)

            let publicAfter = try await app.get("/indicators/1-1.1.1")
            #expect(publicAfter.body.string.contains(">70<"))
            #expect(publicAfter.body.string.contains("93.33%"))
            let home = try await app.get("/")
            #expect(home.body.string.contains("令和6年度（2024年度）の進捗（公表済み）"))
            let api = try await app.get("/api/v1/evaluations?year=R6")
            let body = String(buffer: api.body)
            #expect(body.contains("\"actual\":70"))
            #expect(body.contains("\"publishedOnly\":true"))
        }
    }

    @Test("古い版の上に保存すると断り、最新の値を示す（更新の取りこぼしがない）")
    func lostUpdate() async throws {
        try await withCycle { app in
            let a = Browser(app), b = Browser(app)
            try await a.login("commerce", "correct-horse-battery")
            try await b.login("commerce", "correct-horse-battery")
            _ = try await a.get("/my?year=R6"); _ = try await b.get("/my?year=R6")
            #expect(try await a.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"]).status == .ok)
            let stale = try await b.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "60", "version[1-1.1.1]": "0"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("最新の値: 1-1.1.1 R6 = 70"))
            let stored = try await CycleRepository(database: app.db).actuals(plan: "setagaya", year: .r6)
            #expect(stored.first { $0.actual.indicator == "1-1.1.1" }?.actual.value == 70)
        }
    }

    @Test("フォームの確認用トークンがない送信は断る")
    func csrf() async throws {
        try await withCycle { app in
            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            _ = try await clerk.get("/my?year=R6")
            let res = try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"], csrf: false)
            #expect(res.status == .forbidden)
            let forged = try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "_csrf": "forged"], csrf: false)
            #expect(forged.status == .forbidden)
        }
    }

    @Test("役割ごとにできる操作・できない操作（権限の表）", arguments: [
        // (who, path, form, allowed)
        ("anonymous", "/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"], false),
        ("reviewer", "/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"], false),
        ("office", "/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"], false),
        ("commerce", "/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"], true),
        ("commerce", "/my/submit", ["year": "R6"], true),
        ("reviewer", "/my/submit", ["year": "R6"], false),
        ("commerce", "/office/workflow", ["year": "R6", "department": "商業課", "action": "approve"], false),
        ("reviewer", "/office/workflow", ["year": "R6", "department": "商業課", "action": "approve"], false),
        ("office", "/office/lock", ["year": "R6", "lock": "1"], true),
        ("commerce", "/office/lock", ["year": "R6", "lock": "1"], false),
        ("reviewer", "/office/lock", ["year": "R6", "lock": "1"], false),
        ("office", "/office/grading", ["scale": "A:100,B:80,C:50,D:0"], true),
        ("commerce", "/office/grading", ["scale": "A:100,B:80,C:50,D:0"], false),
        ("office", "/office/departments", ["name": "新しい課"], true),
        ("reviewer", "/office/departments", ["name": "新しい課"], false),
        ("office", "/office/users", ["name": "newbie", "role": "reviewer", "password": "long-enough-pass"], true),
        ("commerce", "/office/users", ["name": "newbie", "role": "office", "password": "long-enough-pass"], false),
        ("office", "/office/assign", ["project": "2-1.1", "department": "商業課"], true),
        ("industry", "/office/assign", ["project": "2-1.1", "department": "工業課"], false),
    ])
    func permissions(_ who: String, _ path: String, _ form: [String: String], _ allowed: Bool) async throws {
        try await withCycle { app in
            let browser = Browser(app)
            if who != "anonymous" { try await browser.login(who, "correct-horse-battery") } else { _ = try await browser.get("/login") }
            _ = try await browser.get(who == "commerce" || who == "industry" ? "/my?year=R6" : "/login")
            let res = try await browser.post(path, form)
            if allowed {
                #expect(res.status == .ok, "\(who) \(path): \(res.status)")
            } else {
                #expect(res.status == .forbidden || res.status == .seeOther, "\(who) \(path): \(res.status)")
            }
        }
    }

    @Test("ロックした年度は入力できず、ロックの解除（再開）は記録される")
    func lockAndReopen() async throws {
        try await withCycle { app in
            let office = Browser(app)
            try await office.login("office", "correct-horse-battery")
            _ = try await office.post("/office/lock", ["year": "R6", "lock": "1", "reason": "決算確定"])
            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            _ = try await clerk.get("/my?year=R6")
            #expect(try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"]).status == .forbidden)
            _ = try await office.post("/office/lock", ["year": "R6", "lock": "0", "reason": "訂正のため再開"])
            #expect(try await clerk.post("/my/actuals", ["year": "R6", "value[1-1.1.1]": "70", "version[1-1.1.1]": "0"]).status == .ok)
            let audit = try await CycleRepository(database: app.db).audit()
            #expect(audit.contains { $0.action.contains("ロック解除") && $0.after.contains("訂正のため再開") })
        }
    }

    @Test("ログインの失敗が続くと一時的に受け付けない。パスワードは記録に残らない")
    func throttle() async throws {
        try await withCycle { app in
            let b = Browser(app)
            _ = try await b.get("/login")
            for _ in 0..<5 { #expect(try await b.post("/login", ["name": "office", "password": "wrong-password"]).status == .unauthorized) }
            #expect(try await b.post("/login", ["name": "office", "password": "correct-horse-battery"]).status == .tooManyRequests)
            let audit = try await CycleRepository(database: app.db).audit()
            #expect(!audit.contains { $0.after.contains("correct-horse-battery") || $0.before.contains("correct-horse-battery") })
        }
    }

    @Test("計画担当は未報告の一覧と変更の記録を見られ、所管課は見られない")
    func officePages() async throws {
        try await withCycle { app in
            let office = Browser(app)
            try await office.login("office", "correct-horse-battery")
            let notReported = try await office.get("/office/not-reported?year=R6")
            #expect(notReported.status == .ok)
            #expect(notReported.body.string.contains("商業課"))
            #expect(try await office.get("/office/audit").body.string.contains("利用者の追加"))
            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            #expect(try await clerk.get("/office/audit").status == .forbidden)
        }
    }
}

@Suite("進捗状況報告書")
struct ReportTests {
    @Test("報告書は表紙・目次・概要・目指す姿ごとの節・目標に届かない指標・点検結果を持ち、A4で改ページする")
    func report() async throws {
        try await withCycle { app in
            let cycle = CycleRepository(database: app.db)
            try await cycle.saveActuals(plan: "setagaya", [ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r6, value: 60, note: "利用者の減少"), expectedVersion: nil)], actor: "test")
            let office = Browser(app)
            try await office.login("office", "correct-horse-battery")
            let res = try await office.get("/report?year=R6")
            #expect(res.status == .ok)
            let page = Page(html: res.body.string)
            #expect(page.texts("h1").count == 1)
            #expect(page.headingsInOrder, "\(page.headingLevels)")
            for text in ["進捗状況報告書", "令和6年度（2024年度）", "目次", "1. 概要", "3. 目標に届いていない指標と所管課の説明", "付録 計画の点検結果",
                         "id=\"goal-3-1\"", "利用者の減少", "前年度からの変化", "R9の見通し"] {
                #expect(page.html.contains(text), "\(text) がありません")
            }
            #expect(page.html.contains("<svg"))
            let css = try await app.get("/styles.css").body.string
            #expect(css.contains(".report section.goal { break-before: page"))
            // The public sees only published figures in the report.
            let publicReport = try await app.get("/report?year=R6").body.string
            #expect(!publicReport.contains("利用者の減少"))
        }
    }
}

@Suite("オープンデータ")
struct OpenDataTests {
    @Test("公表済みの数値だけをCSV・JSON・ZIPで配り、CSVは実績の取り込みでそのまま読める")
    func openData() async throws {
        try await withCycle { app in
            let cycle = CycleRepository(database: app.db)
            try await cycle.saveActuals(plan: "setagaya", [ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r6, value: 72, note: "更新"), expectedVersion: nil),
                                                           ActualChange(actual: Actual(indicator: "1-2.1.1", year: .r6, value: 1, note: ""), expectedVersion: nil)], actor: "test")
            let commerce = try #require(try await cycle.department(plan: "setagaya", name: "商業課"))
            for action in [WorkflowAction.submit, .approve, .publish] {
                _ = try await cycle.perform(action, plan: "setagaya", department: commerce, year: .r6, role: .office, comment: "", actor: "test")
            }
            let page = try await app.get("/opendata")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("evaluations-R6.csv"))
            let csv = try await app.get("/opendata/evaluations-R6.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}指標ID,掲載の指標ID,目指す姿,行動指標"))
            #expect(text.contains("1-1.1.1,1-1.1.1,1-1,せたがやPayアプリ利用者の継続利用率,%,割合,R6,75,72,0.96,B,評価済み"))
            #expect(!text.contains(",R6,1,1,")) // 工業課 has not published
            let sjis = try await app.get("/opendata/goals.csv?encoding=cp932")
            #expect(String(data: Data(sjis.body.readableBytesView), encoding: .shiftJIS)?.contains("区内商業の活性化") == true)
            let zip = try await app.get("/opendata/setagaya-opendata.zip")
            #expect(zip.body.readableBytes > 1000)
            #expect(Array(zip.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let actuals = Data((try await app.get("/opendata/actuals-R6.csv")).body.readableBytesView)
            let reading = try ActualsCSV.read(actuals, name: "actuals-R6.csv", plan: try #require(try await app.catalog.plan()).plan)
            #expect(reading.actuals.map(\.value) == [72])
            #expect(try await app.get("/opendata/nothing.csv").status == .notFound)
        }
    }
}

@Suite("ダッシュボード")
struct DashboardTests {
    @Test("年度ごとに評価の分布・上がった/下がった指標・目標未達・要注意・未報告を示し、各指標にリンクする")
    func dashboard() async throws {
        try await withCycle { app in
            let cycle = CycleRepository(database: app.db)
            try await cycle.saveActuals(plan: "setagaya", [
                ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r6, value: 75), expectedVersion: nil),
                ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r7, value: 60), expectedVersion: nil),
            ], actor: "test")
            let reviewer = Browser(app)
            try await reviewer.login("reviewer", "correct-horse-battery")
            let page = Page(html: try await reviewer.get("/dashboard?year=R7").body.string)
            #expect(page.texts("h1").first?.contains("令和7年度（2025年度）") == true)
            #expect(page.headingsInOrder)
            #expect(page.html.contains("前年度から評価が下がった指標（1件）"))
            #expect(page.html.contains("A → B"))
            #expect(page.html.contains("/indicators/1-1.1.1"))
            #expect(page.html.contains("要注意（R9の目標に届かない見込み）（1件）"))
            // The public sees only published figures: nothing is published yet.
            let publicPage = try await app.get("/dashboard?year=R7").body.string
            #expect(publicPage.contains("前年度から評価が下がった指標（0件）"))
        }
    }
}

@Suite("目標値の見直し")
struct TargetRevisionTests {
    @Test("見直した目標値は当初の値と並べて示し、達成率はどちらでも読め、記録に残る")
    func revision() async throws {
        try await withCycle { app in
            let cycle = CycleRepository(database: app.db)
            try await cycle.saveActuals(plan: "setagaya", [ActualChange(actual: Actual(indicator: "1-1.1.1", year: .r6, value: 60), expectedVersion: nil)], actor: "test")
            let office = Browser(app)
            try await office.login("office", "correct-horse-battery")
            _ = try await office.get("/office")
            let res = try await office.post("/office/targets", ["indicator": "1-1.1.1", "year": "R6", "value": "60", "date": "2025-10-01", "reason": "アプリ改修で利用休止期間があったため"])
            #expect(res.status == .ok)
            let revised = String(buffer: try await office.get("/api/v1/evaluations?year=R6").body)
            #expect(revised.contains("\"achievementRate\":1,\"actual\":60"))
            let adopted = String(buffer: try await office.get("/api/v1/evaluations?year=R6&basis=adopted").body)
            #expect(adopted.contains("\"achievementRate\":0.8,\"actual\":60"))
            let page = try await office.get("/indicators/1-1.1.1").body.string
            #expect(page.contains("目標値の見直し（中間見直し）"))
            #expect(page.contains("アプリ改修で利用休止期間があったため"))
            #expect(try await cycle.audit().contains { $0.action == "目標値の見直し" && $0.before == "75" })
            let bad = try await office.post("/office/targets", ["indicator": "1-1.1.1", "year": "R6", "value": "60", "date": "昨日", "reason": "x"])
            #expect(bad.status == .badRequest)
        }
    }
}

@Suite("複数の計画")
struct MultiplePlanTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/clean-plan")

    @Test("2つ目の計画（形の違う小さな計画）を読み込んでも1つ目は変わらず、URLとAPIは計画ごとに分かれる")
    func secondPlan() async throws {
        try await withPortal { app in
            let setagayaBefore = try #require(try await app.catalog.plan("setagaya")).plan
            let sample = try PlanCSV.read(folder: Self.fixture)
            try await app.catalog.repository.save(sample)
            #expect(try await app.catalog.plan("setagaya")?.plan == setagayaBefore)

            let home = try await app.get("/")
            #expect(home.body.string.contains("登録されている計画"))
            #expect(home.body.string.contains("/plans/sample-town"))
            let other = Page(html: try await app.get("/plans/sample-town").body.string)
            #expect(other.texts("h1") == ["見本町 産業振興アクションプラン"])
            #expect(other.html.contains("href=\"/plans/sample-town/goals/1-1\""))
            let goal = try await app.get("/plans/sample-town/goals/1-1")
            #expect(goal.status == .ok)
            #expect(goal.body.string.contains("来街者数(累計)"))
            #expect(try await app.get("/plans/nowhere").status == .notFound)

            let plans = try jsonArray(try await app.get("/api/v1/plans"))
            #expect(Set(plans.compactMap { $0["id"] as? String }) == ["setagaya", "sample-town"])
            #expect(try jsonArray(try await app.get("/api/v1/plans/sample-town/goals")).count == 1)
            #expect(try jsonArray(try await app.get("/api/v1/goals")).count == 38)
            #expect(try await app.get("/api/v1/plans/nowhere/goals").status == .notFound)

            // Each plan has its own grading scale and departments.
            let cycle = CycleRepository(database: app.db)
            try await cycle.setGradingScale(plan: "sample-town", GradingScale(parsing: "達成:100,未達成:0")!, actor: "test")
            #expect(try await cycle.gradingScale(plan: "setagaya") == .standard)
            try await cycle.addDepartment(plan: "sample-town", name: "産業課", actor: "test")
            #expect(try await cycle.departments(plan: "setagaya").isEmpty)
        }
    }
}

@Suite("計画ごとの利用者")
struct PlanUsersTests {
    @Test("ある計画の利用者は、別の計画では職員として扱われない")
    func usersPerPlan() async throws {
        try await withCycle { app in
            try await app.catalog.repository.save(try PlanCSV.read(folder: MultiplePlanTests.fixture))
            let cycle = CycleRepository(database: app.db)
            try await cycle.addUser(name: "town-office", passwordHash: try PlanService.hashPassword("correct-horse-battery"), role: .office,
                                    department: nil, plan: "sample-town", actor: "test")
            let b = Browser(app)
            _ = try await b.get("/login")
            let login = try await b.post("/login", ["name": "town-office", "password": "correct-horse-battery", "next": "/"])
            #expect(login.headers.first(name: .location) == "/plans/sample-town/office")
            #expect(try await b.get("/plans/sample-town/office").status == .ok)
            #expect(try await b.get("/office").status == .seeOther)   // Setagaya: not signed in here
            #expect(try await b.get("/office/audit").status == .seeOther)
        }
    }
}
