import Foundation
import Testing

@testable import PlanCore

@Suite("年度と元号")
struct YearsTests {
    @Test(
        "年度の略号と表記（元年は「元」、年度は4月1日に始まる元号で呼ぶ）",
        arguments: [
            (2024, "R6", "令和6年度（2024年度）"),
            (2019, "R1", "令和元年度（2019年度）"),
            (2020, "R2", "令和2年度（2020年度）"),
            (2018, "H30", "平成30年度（2018年度）"),
            (1989, "H1", "平成元年度（1989年度）"),
            // 平成 began on 8 January 1989, in the second half of FY1988: that year stays 昭和.
            (1988, "S63", "昭和63年度（1988年度）"),
            // 昭和 began on 25 December 1926: FY1926 stays 大正15年度; FY1927 is 昭和2年度 (no 元年度).
            (1926, "T15", "大正15年度（1926年度）"),
            (1927, "S2", "昭和2年度（1927年度）"),
            // 大正 began on 30 July 1912, in the first half: FY1912 is 大正元年度.
            (1912, "T1", "大正元年度（1912年度）"),
            (1911, "M44", "明治44年度（1911年度）"),
        ])
    func labels(_ western: Int, _ code: String, _ label: String) {
        let y = FiscalYear(westernYear: western)
        #expect(y.code(in: .standard) == code)
        #expect(y.label(in: .standard) == label)
    }

    @Test("英語の表記は西暦の年度に和暦を添える")
    func english() {
        #expect(FiscalYear(westernYear: 2024).englishLabel == "FY2024 (令和6年度)")
    }

    @Test(
        "入力の書き方はどれも同じ年度として読む",
        arguments: [
            ("令和6年度", 2024), ("R6", 2024), ("r6", 2024), ("Ｒ６", 2024), ("令和６年度", 2024), ("2024年度", 2024), ("2024", 2024),
            ("２０２４年度", 2024), ("FY2024", 2024), ("令和6年度（2024年度）", 2024), ("（令和6年度）", 2024), ("令和6", 2024), ("R6年度", 2024),
            ("平成31年度（令和元年度）", 2019), ("平成31年度", 2019), ("H31", 2019), ("令和元年度", 2019), ("R1", 2019), ("R元", 2019),
            ("平成30年度", 2018), ("H30", 2018), ("西暦2030年", 2030), ("2030年度", 2030), ("昭和63年度", 1988),
        ])
    func parses(_ text: String, _ western: Int) {
        #expect(FiscalYear(parsing: text, eras: .standard)?.westernYear == western, "「\(text)」")
    }

    @Test(
        "年度でないものは読まない（0は年度でなく、括弧の中と外が食い違うものも読まない）",
        arguments: [
            "", "abc", "R0", "令和0年度", "令和6年度（2025年度）", "平成31年度（令和2年度）", "12", "99999", "R100", "Q6", "令和",
        ])
    func rejects(_ text: String) {
        #expect(FiscalYear(parsing: text, eras: .standard) == nil, "「\(text)」")
    }

    @Test("年度の範囲（R6~R9、R6〜9、平成30年度～令和4年度）")
    func ranges() {
        #expect(FiscalYear.parseRange("R6~R9")?.map(\.westernYear) == [2024, 2025, 2026, 2027])
        #expect(FiscalYear.parseRange("R6〜9")?.map(\.westernYear) == [2024, 2025, 2026, 2027])
        #expect(FiscalYear.parseRange("平成30年度～令和4年度")?.map(\.westernYear) == [2018, 2019, 2020, 2021, 2022])
        #expect(FiscalYear.parseRange("R9~R6") == nil)
    }

    @Test("新しい元号は設定（名前:略号:開始日）で足せる — 5月に始まれば、その年度から新しい元号の元年度")
    func newEraEarlyInYear() throws {
        let table = try EraTable.standard.adding(configuration: "新元号:N:2045-05-01")
        #expect(FiscalYear(westernYear: 2044).code(in: table) == "R26")
        #expect(FiscalYear(westernYear: 2045).code(in: table) == "N1")
        #expect(FiscalYear(westernYear: 2045).label(in: table) == "新元号元年度（2045年度）")
        #expect(FiscalYear(westernYear: 2046).label(in: table) == "新元号2年度（2046年度）")
        #expect(FiscalYear(parsing: "新元号元年度", eras: table)?.westernYear == 2045)
        #expect(FiscalYear(parsing: "N2", eras: table)?.westernYear == 2046)
        // The old era's own numbering of the same year is still read.
        #expect(FiscalYear(parsing: "令和27年度", eras: table)?.westernYear == 2045)
    }

    @Test("年度の後半（10月以降）に始まる元号は、次の年度から（その元号の2年度として）名前にする")
    func newEraLateInYear() throws {
        let table = try EraTable.standard.adding(configuration: "新元号:N:2045-11-01")
        #expect(FiscalYear(westernYear: 2045).code(in: table) == "R27")
        #expect(FiscalYear(westernYear: 2045).label(in: table) == "令和27年度（2045年度）")
        #expect(FiscalYear(westernYear: 2046).label(in: table) == "新元号2年度（2046年度）")
        // 新元号元年 is the calendar year 2045, read as FY2045 although that year is printed 令和27年度.
        #expect(FiscalYear(parsing: "新元号元年度", eras: table)?.westernYear == 2045)
        // 9月30日に始まる元号は前半のうち: その年度が元年度.
        let september = try EraTable.standard.adding(configuration: "新元号:N:2045-09-30")
        #expect(FiscalYear(westernYear: 2045).code(in: september) == "N1")
    }

    @Test(
        "元号の設定の誤りは、どこが悪いかを示して断る",
        arguments: [
            ("令和:Q:2050-01-01", "元号「令和」はすでにあります"),
            ("新元号:R:2050-01-01", "略号「R」はすでに使われています"),
            ("新元号:N:2010-01-01", "新しい元号は令和の始まり（2019-05-01）より後に始まる必要があります"),
            ("新元号:N", "元号の設定「新元号:N」は 名前:略号:開始日（例: 新元号:N:2045-05-01）の形で書いてください"),
            ("新元号:NN:2050-01-01", "略号は半角英字1文字にしてください（「NN」）"),
        ])
    func badEraConfiguration(_ text: String, _ message: String) {
        #expect(throws: EraTableError(message)) { try EraTable.standard.adding(configuration: text) }
    }
}
