import Foundation
import Testing

@testable import PlanCore

@Suite("計画の表の読み込み — 見出しと値")
struct TableReaderTests {
    @Test(
        "階層の値の先頭のコードを分ける（残りが名称）",
        arguments: [
            ("基本目標1　安心して暮らせるまち", "基本目標1", "安心して暮らせるまち"),
            ("1-1 商店街の活性化", "1-1", "商店街の活性化"),
            ("（１）地域福祉の推進", "(1)", "地域福祉の推進"),
            ("(2) 窓口サービスの向上", "(2)", "窓口サービスの向上"),
            ("柱1 行政運営の効率化", "柱1", "行政運営の効率化"),
            ("① 事業承継の推進", "①", "事業承継の推進"),
            ("ア イベント補助", "ア", "イベント補助"),
            ("【重点1】子育て", "重点1", "子育て"),
            ("第2章 まちづくり", "第2章", "まちづくり"),
        ])
    func leadingCodes(_ text: String, _ code: String, _ title: String) {
        let s = LeadingCode.split(text)
        #expect(s.code == code, "「\(text)」")
        #expect(s.title == title, "「\(text)」")
    }

    @Test("数字のすぐ後に言葉が続くものは名称の一部（3世代同居、2030年の…）", arguments: ["3世代同居の推進", "2030年のまちづくり", "商店街の活性化"])
    func noCode(_ text: String) {
        let s = LeadingCode.split(text)
        #expect(s.code == nil)
        #expect(s.title == text)
    }

    @Test(
        "見出しの言葉から列の役割を決める",
        arguments: [
            ("指標名", ColumnRole.indicatorName(type: nil)),
            ("KPI", .indicatorName(type: nil)),
            ("成果指標", .indicatorName(type: .outcome)),
            ("活動指標", .indicatorName(type: .output)),
            ("単位", .unit),
            ("現状値（令和3年度）", .baseline(year: year("R3"))),
            ("基準値(H29)", .baseline(year: year("H29"))),
            ("策定時", .baseline(year: nil)),
            ("目標値（令和12年度）", .target(year: year("R12"), role: nil)),
            ("中間目標値（令和8年度）", .target(year: year("R8"), role: .intermediate)),
            ("最終目標値(2030年度)", .target(year: year("R12"), role: .final)),
            ("R6年度", .target(year: year("R6"), role: nil)),
            ("２０２６年度", .target(year: year("R8"), role: nil)),
            ("方向", .direction),
            ("目指す方向", .direction),
            ("担当課", .department),
            ("所管課", .department),
            ("担当部署", .department),
        ])
    func headers(_ header: String, _ role: ColumnRole) {
        #expect(HeaderRecognizer.role(header, indicatorSeen: true) == role, "「\(header)」")
    }

    @Test("左の列が階層になり、空欄（結合したセル）は上の値を繰り返す")
    func hierarchyFillsDown() throws {
        let r = try readTable(
            sheet([
                "基本目標,施策,指標名,単位,R6,R7",
                "基本目標1 子育て,1-1 保育,待機児童数,人,10,5",
                ",,保育所の数,か所,20,22",
                ",1-2 教育,図書の貸出冊数,冊,1000,1100",
                "基本目標2 福祉,2-1 健康,健診の受診率,%,50,55",
            ]))
        let p = r.plan
        #expect(p.levels.map(\.name) == ["基本目標", "施策"])
        #expect(p.nodes.map(\.title) == ["子育て", "保育", "教育", "福祉", "健康"])
        #expect(p.nodes.map(\.code) == ["基本目標1", "1-1", "1-2", "基本目標2", "2-1"])
        let index = PlanIndex(p)
        let parents = p.nodes.map { $0.parent.flatMap { index.nodesByID[$0]?.title } }
        #expect(parents == [nil, "子育て", "子育て", nil, "福祉"])
        #expect(p.indicators.map(\.name) == ["待機児童数", "保育所の数", "図書の貸出冊数", "健診の受診率"])
        #expect(p.indicators.map { index.nodesByID[$0.node]?.title } == ["保育", "保育", "教育", "健康"])
    }

    @Test("数値は人の打ち方どおりに読み、－ — - と空欄は「目標なし」（0ではない）")
    func numbers() throws {
        let r = try readTable(
            sheet([
                "施策,指標名,単位,R6,R7,R8,R9",
                "子育て,A,件,１，２５４,－,—,",
                "子育て,B,件,2.5,-,0,82.5",
            ]))
        let a = r.plan.indicators[0], b = r.plan.indicators[1]
        #expect(a.targets[year("R6")] == 1254)
        #expect(a.targets[year("R7")] == nil)
        #expect(a.targets[year("R8")] == nil)
        #expect(a.targets[year("R9")] == nil)
        #expect(b.targets[year("R6")] == decimal("2.5"))
        #expect(b.targets[year("R7")] == nil)
        #expect(b.targets[year("R8")] == 0)
        #expect(b.targets[year("R9")] == decimal("82.5"))
    }

    @Test("桁区切りのカンマは引用符のないCSVでは列を分けるので、表は引用符つきで読む（CSVとして正しく分ける）")
    func quotedThousands() throws {
        let data = Data("施策,指標名,単位,R6\r\n子育て,来場者数,人,\"2,720\"\r\n".utf8)
        let s = try Sheet.csv(data, file: "plan.csv")
        let r = try readTable(s)
        #expect(r.plan.indicators[0].targets[year("R6")] == 2720)
    }

    @Test("種別は名称・単位・合計から決め（（累計）→累計、%→割合）、種別の列があればそちら")
    func kinds() throws {
        let r = try readTable(
            sheet([
                "施策,指標名,単位,R6,R7,合計",
                "A,参加者数（累計）,人,10,20,",
                "A,受診率,%,50,55,",
                "A,相談件数,件,10,12,22",
            ]))
        #expect(r.plan.indicators.map(\.kind) == [.cumulative, .rate, .perYear])
        let k = try readTable(
            sheet([
                "施策,指標名,単位,種別,R6,R7",
                "A,施設の数,か所,水準,10,12",
            ]))
        #expect(k.plan.indicators[0].kind == .level)
    }

    @Test("方向は ↑↓・言葉で読み、書かれていなければ基準値と目標値から（減れば低いほど良い）")
    func direction() throws {
        let r = try readTable(
            sheet([
                "施策,指標名,単位,現状値(R3),R12,方向",
                "A,交通事故件数,件,312,250,",
                "A,待機児童数,人,24,0,↓",
                "A,満足度,%,60,75,",
                "A,救急搬送の時間,分,30,35,減少",
            ]))
        #expect(r.plan.indicators.map(\.lowerIsBetter) == [true, true, false, true])
    }

    @Test("読めない見出し・数値は、ファイル・行・列・見出しと受け付ける形を示して断る")
    func locatedErrors() throws {
        do {
            _ = try readTable(
                sheet(
                    [
                        "施策,指標名,単位,R6,R7",
                        "A,相談件数,件,10,12",
                        "A,参加者数,人,abc,12",
                    ], file: "plan.csv"))
            Issue.record("読めない数値を受け付けた")
        } catch {
            let e = try #require(error.errors.first)
            #expect(e.file == "plan.csv")
            #expect(e.line == 3)
            #expect(e.column == 4)
            #expect(e.field == "R6")
            #expect(e.description.contains("abc"))
        }
        do {
            _ = try readTable(sheet(["施策,単位,R6", "A,件,10"], file: "plan.csv"))
            Issue.record("指標名の列のない表を受け付けた")
        } catch {
            #expect(error.errors.first?.description.contains("指標") == true)
        }
        do {
            _ = try readTable(sheet(["施策,指標名,単位,R6,方向", "A,相談件数,件,10,たぶん"], file: "plan.csv"))
            Issue.record("読めない方向を受け付けた")
        } catch {
            let e = try #require(error.errors.first)
            #expect(e.line == 2 && e.column == 5 && e.field == "方向")
            #expect(e.message.contains("↑"))
        }
    }

    @Test("見出しの上のタイトル行は読み飛ばし、計画期間が書いてあれば計画期間にする")
    func titleRows() throws {
        let r = try readTable(
            sheet([
                "〇〇市総合計画 成果指標一覧,,,,",
                "計画期間：令和4年度～令和12年度,,,,",
                ",,,,",
                "施策,指標名,単位,現状値(R3),目標値(R12)",
                "A,受診率,%,38.4,60",
            ]))
        #expect(r.layout.headerRows == [3])
        #expect(r.plan.firstYear == year("R4"))
        #expect(r.plan.lastYear == year("R12"))
        #expect(r.plan.indicators[0].baseline == Baseline(year: year("R3"), value: decimal("38.4")))
        #expect(r.plan.indicators[0].targets[year("R12")] == 60)
    }

    @Test("毎年度の目標の前にとびとびの目標年度があれば、計画期間はその年度から（R4・R6・R7 → 実績を集める年度は R4〜R7）")
    func earlierTargetStartsThePeriod() throws {
        let r = try readTable(
            sheet([
                "施策,指標名,単位,現状値（令和3年度）,目標値（令和4年度）,目標値（令和6年度）,目標値（令和7年度）",
                "1 交通安全,交通事故件数,件,1625,1544,1382,1301",
            ]))
        #expect(r.plan.firstYear == year("R4"))
        #expect(r.plan.lastYear == year("R7"))
        #expect(r.plan.reportingYears == [year("R4"), year("R5"), year("R6"), year("R7")])
        #expect(r.plan.indicators[0].targets[year("R4")] == 1544)
        #expect(r.plan.indicators[0].targets[year("R5")] == nil)
    }

    @Test("基準年度・目標年度を行ごとに書いた表（年度の書き方は行ごとに違ってよい）")
    func perRowYears() throws {
        let r = try readTable(
            sheet([
                "政策,施策,成果指標,単位,基準年度,基準値,目標年度,目標値,所管課",
                "Ⅰ 産業,(1) 農業,新規就農者数,人,R2,5,R7,10,農政課",
                ",(2) 観光,観光入込客数,万人,令和元年度,120,令和7年度,150,観光課",
                "Ⅱ 環境,(1) ごみ,1人1日あたりごみ排出量,g,H30,950,R7,880,環境課",
            ]))
        let i = r.plan.indicators
        #expect(
            i.map(\.baseline) == [
                Baseline(year: year("R2"), value: 5), Baseline(year: year("R1"), value: 120), Baseline(year: year("H30"), value: 950),
            ])
        #expect(i.map { $0.targets[year("R7")] } == [10, 150, 880])
        #expect(i.map(\.lowerIsBetter) == [false, false, true])
        #expect(i.map(\.type) == [.outcome, .outcome, .outcome])
        #expect(r.plan.nodes.map(\.code) == ["Ⅰ", "(1)", "(2)", "Ⅱ", "(1)"])
    }

    @Test("2行の見出しで 基準値 の下に 数値・年度 とある表は、値と年度の列に分けて読む")
    func twoRowBaselineYear() throws {
        let r = try readTable(
            sheet([
                "基本目標,施策,KPI,単位,基準値,,目標値,,",
                ",,,,数値,年度,令和5年度,令和6年度,令和7年度",
                "基本目標1 しごと,① 創業支援,創業件数,件,10,R3,12,12,15",
            ]))
        #expect(r.layout.headerRows == [0, 1])
        let i = try #require(r.plan.indicators.first)
        #expect(i.baseline == Baseline(year: year("R3"), value: 10))
        #expect(i.targets.values.map(\.year.code) == ["R5", "R6", "R7"])
    }

    @Test("年度の入ったデータの行を2行目の見出しと取り違えない（指標名の欄が埋まっている行はデータ）")
    func dataRowIsNotSubHeader() throws {
        let r = try readTable(
            sheet([
                "施策,指標名,単位,基準年度,基準値,目標年度,目標値",
                "農業,新規就農者数,人,R2,5,R7,10",
            ]))
        #expect(r.layout.headerRows == [0])
        #expect(r.plan.indicators.count == 1)
    }

    @Test("指標名より左の「重点施策」は、印（○）が入っていれば印、名称が入っていれば階層")
    func flagOrLevel() throws {
        let level = try readTable(sheet(["分野,重点施策,KPI,単位,R6", "子育て,保育の充実,待機児童数,人,5"]))
        #expect(level.plan.levels.map(\.name) == ["分野", "重点施策"])
        let flag = try readTable(sheet(["施策,重点施策,KPI,単位,R6", "保育の充実,○,待機児童数,人,5"]))
        #expect(flag.plan.levels.map(\.name) == ["施策"])
        #expect(flag.plan.flags.map(\.name) == ["重点施策"])
    }

    @Test("現状値の列がなく、目標の年度より前の実績の列が1つだけあれば、それを基準値とする（2022年度実績 → 基準値 R4）")
    func historyAsBaseline() throws {
        let r = try readTable(sheet(["分野,KPI,単位,2022年度実績,2023年度,2027年度", "子育て,待機児童数,人,12,8,0"]))
        let i = try #require(r.plan.indicators.first)
        #expect(i.baseline == Baseline(year: year("R4"), value: 12))
        #expect(i.history[year("R4")] == 12)
        #expect(i.lowerIsBetter)
    }
}
