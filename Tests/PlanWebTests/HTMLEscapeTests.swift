import Testing

@testable import PlanWeb

@Suite("HTML のエスケープ")
struct HTMLEscapeTests {
    @Test("ページの文字は & < > \" ' を文字参照にし、計画に印字された「&amp;」もそのまま「&amp;」と見えるように書く")
    func textIsEscaped() {
        let ctx = PageContext(links: Links(base: ""), planTitle: nil, planID: nil, viewer: nil, current: .home)
        let html = ErrorPage.render(ctx, status: 404, message: "売上 <前年比> & \"目標\" 'A' &amp; 商店街")
        #expect(html.contains("<p>売上 &lt;前年比&gt; &amp; &quot;目標&quot; &#39;A&#39; &amp;amp; 商店街</p>"))
        #expect(!html.contains("<前年比>"))
    }

    @Test("エスケープする文字のない文字列は変えない（仮名・漢字・全角の記号を含む）")
    func plainTextUnchanged() {
        let s = "区内事業所の従業者数（人）　令和6年度（2024年度）—①"
        #expect(HTMLEscape.escape(s) == s)
        #expect(escapeAttribute("a\"b") == "a&quot;b")
    }
}
