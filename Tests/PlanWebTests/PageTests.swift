import Foundation
import Testing
import Vapor
import VaporTesting
@testable import PlanWeb

@Suite("公開ページ（ソケットなしのルートテスト）")
struct PageTests {
    @Test("どのページも lang=ja の日本語ページで、h1 が1つ、見出しの順が正しい",
          arguments: ["/", "/goals/3-1", "/goals/1-1", "/projects/1-1.2", "/indicators/1-1.5.2", "/search?q=商店街", "/vision", "/lint", "/search"])
    func pagesAreAccessible(_ path: String) async throws {
        try await withPortal { app in
            let res = try await app.get(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)
            #expect(res.status == .ok)
            #expect(res.headers.contentType == .html)
            let page = Page(html: res.body.string)
            #expect(page.html.hasPrefix("<!DOCTYPE html><html lang=\"ja\">"))
            #expect(page.texts("h1").count == 1)
            #expect(page.headingsInOrder, "\(page.headingLevels)")
            #expect(page.html.contains("href=\"#main\""))
            #expect(!page.html.contains("<th>"), "見出しセルには scope を付ける")
        }
    }

    @Test("概要ページは方針→目指す姿→目指す姿(N-M) と件数を示し、印で絞り込める")
    func home() async throws {
        try await withPortal { app in
            let page = Page(html: try await app.get("/").body.string)
            #expect(page.texts("h1") == ["世田谷区地域経済発展ビジョンアクションプラン"])
            #expect(page.texts("h2").count == 4)
            #expect(page.html.contains("<a href=\"/goals/3-1\">3-1 円滑な事業承継に向けた顔の見える環境の構築</a>"))
            #expect(page.html.contains("令和6年度（2024年度）〜令和9年度（2027年度）"))
            let all = page.texts("td").count
            let filtered = Page(html: try await app.get("/?filter=priority&filter=implementation").body.string)
            #expect(filtered.html.contains("checked"))
            #expect(filtered.texts("td").count == all)
            #expect(filtered.texts("td") != page.texts("td"))
        }
    }

    @Test("目指す姿のページは取組み・施策・事業と、年度を和暦と西暦で見出しにした目標値の表を示す")
    func goalPage() async throws {
        try await withPortal { app in
            let page = Page(html: try await app.get("/goals/1-1").body.string)
            #expect(page.texts("h1").first?.contains("区内商業の活性化と商店街の公共的活動と更なる発展") == true)
            #expect(page.html.contains("令和6年度<br/><span class=\"western\">（2024年度）</span>"))
            #expect(page.html.contains("令和13年度<br/><span class=\"western\">（2031年度）</span>"))
            #expect(page.html.contains("AEDの設置台数"))
            #expect(page.html.contains("<td class=\"num\">2,720</td>") == false) // 2,720 is 2-1's
            let consult = Page(html: try await app.get("/goals/2-1").body.string)
            #expect(consult.html.contains("<td class=\"num\">2,720</td>"))
            #expect(page.html.contains("title=\"目標なし\""))
        }
    }

    @Test("事業のページは再掲されたすべての掲載と文言の違いを示す")
    func projectPage() async throws {
        try await withPortal { app in
            // 地域連携型ハンズオン支援の実施: first in 1-1, re-listed in many goals.
            let page = Page(html: try await app.get("/projects/2-2.1").body.string)
            #expect(page.html.contains("掲載箇所"))
            #expect(page.html.contains("元の掲載"))
            for goal in ["1-1", "2-2", "4-1", "4-2"] { #expect(page.html.contains("/goals/\(goal)")) }
            #expect(page.html.contains("令和9年度（2027年度）"))
        }
    }

    @Test("指標のページはサーバーで描いたSVGのグラフと、同じ数値の表を示す")
    func indicatorPage() async throws {
        try await withPortal { app in
            let html = try await app.get("/indicators/1-1.5.2").body.string
            #expect(html.contains("<svg"))
            #expect(html.contains("role=\"img\""))
            #expect(html.contains("<title id="))
            #expect(html.contains("<desc id="))
            #expect(html.contains("スタンドパイプの設置台数"))
            #expect(!html.contains("<script"))
        }
    }

    @Test("検索は全角・半角と大文字・小文字を区別せず、目指す姿ごとにまとめる")
    func search() async throws {
        try await withPortal { app in
            let wide = Page(html: try await app.get("/search?q=%EF%BD%93%EF%BD%85%EF%BD%94%EF%BD%81%EF%BD%87%EF%BD%81%EF%BD%99%EF%BD%81%20port").body.string) // ｓｅｔａｇａｙａ port
            #expect(wide.html.contains("SETAGAYA PORT"))
            #expect(wide.texts("h2").count >= 8)
            let pay = try await app.get("/search?q=%E3%81%9B%E3%81%9F%E3%81%8C%E3%82%84pay").body.string // せたがやpay
            #expect(pay.contains("せたがやPay"))
        }
    }

    @Test("利用者が入力した文字はエスケープされ、HTMLとして解釈されない")
    func escaping() async throws {
        try await withPortal { app in
            let payload = "<script>alert(1)</script>\"'&"
            let res = try await app.get("/search?q=" + payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(res.status == .ok)
            #expect(!res.body.string.contains("<script>alert(1)</script>"))
            #expect(res.body.string.contains("&lt;script&gt;"))
            // Plan text with & is escaped too.
            let goal = try await app.get("/goals/6-3").body.string
            #expect(goal.contains("ダイバーシティ&amp;インクルージョン"))
        }
    }

    @Test("ロジックチャートは背景→目指す姿→戦略→戦術を示し、計画の目指す姿へリンクする")
    func visionChart() async throws {
        try await withPortal { app in
            let page = Page(html: try await app.get("/vision").body.string)
            #expect(page.texts("h2") == ["1. 背景", "2. 目指す姿", "3. 戦略", "4. 戦術／取組"])
            #expect(page.html.contains("href=\"/#vision-3\""))
            #expect(page.html.contains("民間消費は地域外へ流出傾向。"))
        }
    }

    @Test("点検結果のページは指摘を重要度で絞り込める")
    func lintPage() async throws {
        try await withPortal { app in
            let all = Page(html: try await app.get("/lint").body.string)
            #expect(all.html.contains("total-level"))
            #expect(all.html.contains("import-typo"))
            let warnings = Page(html: try await app.get("/lint?severity=warning").body.string)
            #expect(warnings.texts("tr").count < all.texts("tr").count)
            #expect(!warnings.html.contains(">import-inferred<"))
        }
    }

    @Test("知らない目指す姿・事業・指標は日本語の404ページ、誤ったパラメータは400", arguments: [
        ("/goals/99-9", 404), ("/goals/abc", 404), ("/projects/nope", 404), ("/indicators/1-1.99.1", 404), ("/nowhere", 404),
        ("/?filter=bogus", 400), ("/lint?severity=loud", 400),
    ])
    func errors(_ path: String, _ status: Int) async throws {
        try await withPortal { app in
            let res = try await app.get(path)
            #expect(res.status.code == UInt(status))
            #expect(res.headers.contentType == .html)
            let page = Page(html: res.body.string)
            #expect(page.html.contains("lang=\"ja\""))
            #expect(page.texts("h1").count == 1)
            #expect(page.html.contains(status == 404 ? "見つかりません" : "誤り"))
        }
    }

    @Test("長すぎる検索語は400で理由を示す")
    func longQuery() async throws {
        try await withPortal { app in
            let res = try await app.get("/search?q=" + String(repeating: "a", count: 101))
            #expect(res.status == .badRequest)
            #expect(res.body.string.contains("100文字以内"))
        }
    }

    @Test("印刷用のスタイルシートでA4に収まる")
    func printStyles() async throws {
        try await withPortal { app in
            let css = try await app.get("/styles.css").body.string
            #expect(css.contains("@media print"))
            #expect(css.contains("size: A4"))
            #expect(css.contains(":focus-visible"))
        }
    }

    @Test("応答には ETag が付き、変わっていなければ 304 を返す。セキュリティ用のヘッダーも付く")
    func etagAndHeaders() async throws {
        try await withPortal { app in
            let first = try await app.get("/goals/3-1")
            let tag = try #require(first.headers.first(name: .eTag))
            #expect(first.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            #expect(first.headers.first(name: "X-Content-Type-Options") == "nosniff")
            let second = try await app.get("/goals/3-1", headers: ["If-None-Match": tag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
            let api = try await app.get("/api/v1/goals")
            let apiTag = try #require(api.headers.first(name: .eTag))
            #expect(try await app.get("/api/v1/goals", headers: ["If-None-Match": apiTag]).status == .notModified)
        }
    }

    @Test("/healthz はデータベースに届くとき200")
    func health() async throws {
        try await withPortal { app in
            let res = try await app.get("/healthz")
            #expect(res.status == .ok)
            #expect(res.body.string.contains("ok"))
        }
    }
}
