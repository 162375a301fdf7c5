import Foundation
import Testing
@testable import PlanCore

@Suite("年度（令和↔西暦）")
struct FiscalYearTests {
    @Test("令和・西暦・略記のどれで書いても同じ年度として読む", arguments: [
        ("R6", 2024), ("r6", 2024), ("Ｒ６", 2024), ("令和6年度", 2024), ("令和６年度", 2024), ("2024", 2024),
        ("2024年度", 2024), ("FY2024", 2024), ("令和6年度（2024年度）", 2024), ("令和13年度", 2031), ("令和元年度", 2019),
    ])
    func parses(_ text: String, _ year: Int) {
        #expect(FiscalYear(parsing: text)?.westernYear == year)
    }

    @Test("年度として読めないものは受け付けない", arguments: ["", "R", "令和", "2024-25", "abc", "令和6年度（2025年度）", "1999"])
    func rejects(_ text: String) {
        #expect(FiscalYear(parsing: text) == nil)
    }

    @Test("画面の年度表記は 令和6年度（2024年度）")
    func label() {
        #expect(FiscalYear.r6.label == "令和6年度（2024年度）")
        #expect(FiscalYear.r13.code == "R13")
        #expect(FiscalYear(westernYear: 2027).reiwa == 9)
    }

    @Test("年度は4月1日に始まり3月31日に終わる")
    func boundaries() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let march31 = calendar.date(from: DateComponents(year: 2025, month: 3, day: 31, hour: 23))!
        let april1 = calendar.date(from: DateComponents(year: 2025, month: 4, day: 1))!
        #expect(FiscalYear(containing: march31) == .r6)
        #expect(FiscalYear(containing: april1) == .r7)
    }
}

@Suite("目標値の数値の読み取り")
struct NumberCellTests {
    @Test("全角数字・桁区切り・%を数値として読む", arguments: [
        ("120", Decimal(120)), ("１２０", Decimal(120)), ("2,720", Decimal(2720)), ("136,500", Decimal(136500)),
        ("75%", Decimal(75)), ("７５％", Decimal(75)), ("12.5", Decimal(string: "12.5")!), (" 40 ", Decimal(40)), ("1,750", Decimal(1750)),
    ])
    func reads(_ text: String, _ value: Decimal) throws {
        #expect(try NumberCell.parse(text).get() == .value(value))
    }

    @Test("ダッシュと空欄は「目標なし」で、0ではない", arguments: ["", "-", "—", "－", "―", "‐"])
    func dashIsNoTarget(_ text: String) throws {
        #expect(try NumberCell.parse(text).get() == .none)
    }

    @Test("数値でないものは理由を添えて断る", arguments: ["abc", "1,75", "12..5", "１２０件", "1,2345", "N/A"])
    func rejects(_ text: String) {
        guard case .failure(let error) = NumberCell.parse(text) else {
            Issue.record("「\(text)」を数値として読んでしまった"); return
        }
        #expect(!error.reason.isEmpty)
    }
}

@Suite("指標の種別の推定")
struct IndicatorKindTests {
    @Test("名称・単位・合計から種別を推定する", arguments: [
        ("SETAGAYA PORTの新規会員登録者数(累計)", "人", Decimal(6900), YearTargets(r6: 5100, r7: 5700, r8: 6300, r9: 6900), IndicatorKind.cumulative),
        ("せたがやPayアプリ利用者の継続利用率", "%", Decimal(75), YearTargets(r6: 75, r7: 75, r8: 75, r9: 75), .rate),
        ("①AEDの設置台数", "台", Decimal(110), YearTargets(r6: 105, r7: 105, r8: 110, r9: 110), .level),
        ("セラ・サービスの会員数", "人", Decimal(32700), YearTargets(r6: 8000, r7: 8100, r8: 8200, r9: 8400), .level),
        ("経営相談件数", "件", Decimal(2720), YearTargets(r6: 650, r7: 670, r8: 700, r9: 700), .perYear),
        ("世田谷まちなか観光交流協会会員数の増加", "会員数", Decimal(12), YearTargets(r6: 3, r7: 3, r8: 3, r9: 3), .perYear),
        ("登録者数", "人", Decimal(400), YearTargets(r6: 100, r7: 200, r8: 300, r9: 400), .cumulative),
    ])
    func infers(_ name: String, _ unit: String, _ total: Decimal, _ targets: YearTargets, _ kind: IndicatorKind) {
        #expect(IndicatorKind.infer(name: name, unit: unit, total: total, targets: targets) == kind)
    }
}

@Suite("目指す姿のコード")
struct GoalCodeTests {
    @Test("N-M の形のコードを読み、原文の「1~4」も 1-4 と読む", arguments: [("3-1", "3-1"), ("1~4", "1-4"), ("３－１", "3-1"), ("10-2", "10-2")])
    func parses(_ text: String, _ code: String) {
        #expect(GoalCode(parsing: text)?.description == code)
    }

    @Test("コードの並びは番号順", arguments: [("1-2", "1-10"), ("2-7", "3-1"), ("9-2", "10-1")])
    func orders(_ a: String, _ b: String) {
        #expect(GoalCode(parsing: a)! < GoalCode(parsing: b)!)
    }
}
