import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

@Suite("公開のページ")
struct PageTests {
    @Test("計画ごとのページはその計画の階層の名前と年度で書かれる（世田谷区・2階層・平成から令和・5階層を並べて）")
    func plansSideBySide() async throws {
        try await withApp { app, _ in
            let setagaya = try await app.get("/")
            #expect(setagaya.status == .ok)
            #expect(setagaya.text.contains("基本の方針"))
            #expect(setagaya.text.contains("目指す姿"))

            let sakura = try await app.get("/plans/sakura")
            #expect(sakura.status == .ok)
            #expect(sakura.text.contains("基本目標"))
            #expect(sakura.text.contains("安心して子どもを産み育てられるまち"))
            #expect(!sakura.text.contains("基本の方針"))

            let kaede = try await app.get("/plans/kaede/dashboard")
            #expect(kaede.status == .ok)
            #expect(kaede.text.contains("平成30年度（2018年度）"))

            let momiji = try await app.get("/plans/momiji")
            #expect(momiji.text.contains("政策"))
            #expect(momiji.text.contains("活力ある産業のまち"))
        }
    }

    @Test("計画書に名前の印字がない事業は上の施策の名前で、名前のない指標は単位で示し、点検の結果（行番号つき）は内部の下書きの報告書にだけ載る")
    func untitledShownByContext() async throws {
        try await withApp { app, s in
            // 1-1.2 is printed without a title under the measure ② 地域連携型ハンズオン支援の実施.
            let project = try await app.get("/projects/1-1.2").text
            #expect(project.contains("<h1><span class=\"level\">事業 </span>地域連携型ハンズオン支援の実施</h1>"))
            // 1-1.4's indicator is printed with its unit (回) and targets but no name.
            let goal = try await app.get("/goals/1-1").text
            #expect(goal.contains(">指標（単位: 回）</a>"))
            #expect(!goal.contains("名称なし"))
            #expect(try await app.get("/en/goals/1-1").text.contains(">Indicator (unit: 回)</a>"))

            let report = try await app.get("/report?year=R6").text
            #expect(!report.contains("計画の点検結果") && !report.contains("行目"))
            let op = Viewer.commandLine("試験")
            try await s.addUser(name: "office", password: "office-password", role: .office, department: nil, plan: nil, viewer: op)
            var browser = Browser(app: app)
            _ = try await browser.post("/login", form: ["name": "office", "password": "office-password", "next": "/office"], tokenFrom: "/login")
            let draft = try await browser.get("/report?year=R6&draft=1").text
            #expect(draft.contains("内部資料") && draft.contains("計画の点検結果"))
        }
    }

    @Test("ダッシュボードは基本の方針ごと・目指す姿ごとの評価の分布を積み上げ横棒と同じ数値の表で示し、未報告は別の欄に数える")
    func dashboardDistributionsPerLevel() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await s.context(plan: nil, viewer: op).assign(item: "1-1.1", to: d, lead: true)
            let r6 = FiscalYear(westernYear: 2024)
            // せたがやPay: R6 target 75 %, actual 75 → 100 % → A; it sits under 目指す姿 1 (vision-1) and 基本の方針 1.
            _ = try await s.context(plan: nil, viewer: op).saveActuals([
                ActualChange(actual: Actual(indicator: "1-1.1.1", year: r6, value: 75), expectedVersion: nil)
            ])
            for action in [WorkflowAction.submit, .approve, .publish] {
                _ = try await s.context(plan: nil, viewer: op).perform(action, department: d, year: r6, comment: "")
            }
            let page = try await app.get("/dashboard?year=R6").text
            #expect(page.contains("<h2>基本の方針ごとの評価の分布</h2>"))
            #expect(page.contains("<h2>目指す姿ごとの評価の分布</h2>"))
            #expect(page.contains("id=\"dashboard-grades-1-title\""))
            #expect(page.contains("id=\"dashboard-grades-2-title\""))
            // The bar segment of grade A for 基本の方針 1 and for 目指す姿 1, one indicator each.
            #expect(page.contains("<rect class=\"graded-0\""))
            #expect(page.contains("<title>1 区内産業が活性化し、活力ある世田谷区の実現に向けた基盤強化を図る A 1</title>"))
            #expect(page.contains("<title>1 A 1</title>"))
            // Not reported is counted in its own column, not drawn as a bar.
            #expect(!page.contains("class=\"not-reported\""))
        }
    }

    @Test("ロジックチャートは4つの列を矢印でつないだ図（SVG）と文章で示し、「後掲」だけの欄は出さず、「（後掲）」は指す計画の項目へリンクする")
    func visionChartDrawnAndResolved() async throws {
        try await withApp(examples: false) { app, _ in
            let page = try await app.get("/vision").text
            #expect(page.contains("class=\"chart logic\"") && page.contains("aria-labelledby=\"logic-chart-title\""))
            for heading in ["背景", "目指す姿", "戦略", "戦術・取組"] {
                #expect(page.contains("<text class=\"column-heading\"") && page.contains(">\(heading)</text>"))
            }
            #expect(page.contains("marker-end=\"url(#logic-chart-arrow)\""))
            // The bare pointer row is not a tactic; the one marked （後掲） links to 区民の起業・創業の促進.
            #expect(!page.contains("<li>後掲</li>"))
            #expect(page.contains("<li>起業創業の積極的な促進（後掲: <a href=\""))
            #expect(page.contains("② 区民の起業・創業の促進</a>）</li>"))
            // A number is printed once.
            #expect(!page.contains("1. 1."))
        }
    }

    @Test("基準値のある指標は、その指標のページで基準値を目標値と並べて示す（保育所待機児童数: 現状値24人（令和3年度）→ 0人）")
    func baselineShown() async throws {
        try await withApp { app, s in
            let c = try await s.context(plan: "sakura", viewer: .anonymous)
            let i = try #require(c.plan.indicators.first { $0.name == "保育所待機児童数" })
            let page = try await app.get("/plans/sakura/indicators/\(i.id)")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("基準値") || text.contains("現状値"))
            #expect(text.contains("令和3年度（2021年度）"))
            #expect(text.contains("24"))
            #expect(text.contains("令和12年度（2030年度）"))
            #expect(text.contains("低いほど良い"))
        }
    }

    @Test("どの役割で開いても、どの計画のページのリンクも切れておらず（404 なし）、計画の中のリンクはその計画に留まる")
    func linksStayInPlan() async throws {
        try await withApp { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await c.assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "clerk", password: "clerk-password", role: .department, department: d, plan: nil, viewer: op)
            try await s.addUser(name: "office", password: "office-password", role: .office, department: nil, plan: nil, viewer: op)
            try await s.addUser(name: "reviewer", password: "reviewer-password", role: .reviewer, department: nil, plan: nil, viewer: op)
            try await Self.crawl(app, role: nil, bases: ["", "/plans/sakura", "/plans/kaede", "/plans/momiji"])
            try await Self.crawl(app, role: "office", bases: ["", "/plans/kaede"])
            try await Self.crawl(app, role: "reviewer", bases: ["", "/plans/sakura"])
            try await Self.crawl(app, role: "clerk", bases: [""])
        }
    }

    static func crawl(_ app: Application, role: String?, bases: [String]) async throws {
        var browser = Browser(app: app)
        if let role {
            let r = try await browser.post("/login", form: ["name": role, "password": "\(role)-password"], tokenFrom: "/login")
            #expect(r.status == .seeOther)
        }
        let who = role ?? "匿名"
        for base in bases {
            var queue = [base.isEmpty ? "/" : base]
            if let role { queue.append(base + (role == "clerk" ? "/my" : "/office")) }
            var seen = Set(queue)
            var visited = 0
            while !queue.isEmpty, visited < 150 {
                let path = queue.removeFirst()
                visited += 1
                let r = try await browser.get(path)
                #expect(r.status == .ok || r.status == .seeOther || r.status == .movedPermanently, "\(who) \(path): \(r.status)")
                guard r.headers.contentType?.subType == "html" else { continue }
                for link in internalLinks(r.text) {
                    // The English version of a page is in the same plan.
                    let l = link == "/en" ? "/" : (link.hasPrefix("/en/") || link.hasPrefix("/en?") ? String(link.dropFirst(3)) : link)
                    let inPlan =
                        base.isEmpty
                        ? !(l == "/plans" || l.hasPrefix("/plans/") || l.hasPrefix("/plans?"))
                        : (l == base || l.hasPrefix(base + "/") || l.hasPrefix(base + "?"))
                    let global =
                        ["/plans", "/login", "/styles.css", "/openapi.json", "/healthz", "/account/password"].contains {
                            l == $0 || l.hasPrefix($0 + "?")
                        }
                        || l.hasPrefix("/api/") || (l.hasPrefix("/plans/") && !l.dropFirst("/plans/".count).contains("/"))
                    if !inPlan && !global { Issue.record("\(who) \(path) のリンク \(link) が計画 \(base.isEmpty ? "（既定）" : base) の外に出る") }
                    if inPlan, !link.contains("/logout"), seen.insert(link).inserted { queue.append(link) }
                }
            }
            #expect(visited > 5, "\(who) \(base): \(visited) ページしか辿れなかった")
        }
    }
}

@Suite("HTTP の答え方")
struct HTTPBehaviourTests {
    @Test("ない方法で呼ぶと 405 と Allow（例: POST /api/v1/indicators）")
    func methodNotAllowed() async throws {
        try await withApp(examples: false) { app, _ in
            let r = try await app.testing().sendRequest(.POST, "/api/v1/indicators")
            #expect(r.status == .methodNotAllowed)
            #expect(r.headers.first(name: .allow)?.contains("GET") == true)
            let page = try await app.testing().sendRequest(.DELETE, "/dashboard")
            #expect(page.status == .methodNotAllowed)
        }
    }

    @Test("エラーの答え（404・400、HTML と JSON）にも安全のためのヘッダーが付き、JSON のキーの順は毎回同じ")
    func errorsCarrySecurityHeaders() async throws {
        try await withApp(examples: false) { app, _ in
            for path in ["/no-such-page", "/api/v1/no-such", "/api/v1/evaluations", "/search?q=" + String(repeating: "あ", count: 500)] {
                let r = try await app.get(path)
                #expect(r.status.code >= 400, "\(path)")
                #expect(r.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(r.headers.first(name: "Content-Security-Policy") != nil, "\(path)")
                #expect(
                    r.headers.first(name: "X-Frame-Options") != nil
                        || r.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors") == true, "\(path)")
            }
            // 413 for a body over the limit, with the same headers.
            let tester = try app.testing(method: .running(port: 0))
            let login = try await tester.sendRequest(.GET, "/login")
            let cookie = login.headers.first(name: .setCookie)?.split(separator: ";").first.map(String.init) ?? ""
            let page = login.body.getString(at: login.body.readerIndex, length: login.body.readableBytes) ?? ""
            let token = page.range(of: "name=\"_csrf\" value=\"").map { r in String(page[r.upperBound...].prefix { $0 != "\"" }) } ?? ""
            var big = HTTPHeaders()
            big.contentType = .urlEncodedForm
            big.add(name: .cookie, value: cookie)
            big.add(name: "X-CSRF-Token", value: token)
            let tooLarge = try await tester.sendRequest(
                .POST, "/my/actuals", headers: big, body: ByteBuffer(string: String(repeating: "a", count: 6 * 1024 * 1024)))
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(tooLarge.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(tooLarge.headers.first(name: "Content-Security-Policy") != nil)
            let a = try await app.get("/api/v1/evaluations").text
            let b = try await app.get("/api/v1/evaluations").text
            #expect(a == b)
            #expect(a.contains("year"))
        }
    }

    @Test("計画の中のページの年度の選択は、その計画の中の URL を指す（/plans/{id}/office/not-reported）")
    func scopedForms() async throws {
        try await withApp { app, _ in
            let r = try await app.get("/plans/kaede/dashboard")
            let html = r.text
            #expect(html.contains("action=\"/plans/kaede/dashboard\""))
        }
    }
}
