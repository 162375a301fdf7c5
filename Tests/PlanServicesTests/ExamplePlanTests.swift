import Foundation
import PlanCore
import PlanFiles
import PlanServices
import PlanTestSupport
import Testing

/// The example plans of other shapes, imported as `actionplan import` does (only the plan's
/// id, title and municipality given) and checked fact by fact against a hand reading of the
/// files (scripts/make-example-plans.py shows what each file holds).
@Suite("ほかの形の計画（例）")
struct ExamplePlanTests {
    static func read(_ file: String) throws -> PlanImporting.Result {
        try PlanImporting.read(.init(path: Repo.example(file), planID: "example", title: "例", municipality: "例市"))
    }

    /// The export contract's records as Foundation values.
    static func records(_ values: [JSONValue]) throws -> [[String: Any]] {
        try values.map { try JSONSerialization.jsonObject(with: try OpenData.encoder().encode($0)) as! [String: Any] }
    }

    struct Expected {
        var indicator: String
        var unit: String
        var kind: String
        var total: Int?
        var targets: [String: Any]
        var baseline: [String: Any]?
        var lowerIsBetter: Bool
        var type: String?
        var department: String?
        var path: [String]
    }

    static func check(_ records: [[String: Any]], _ expected: [Expected]) {
        #expect(records.count == expected.count)
        for (r, e) in zip(records, expected) {
            #expect(r["indicator"] as? String == e.indicator)
            #expect(r["unit"] as? String == e.unit, "\(e.indicator)")
            #expect(r["kind"] as? String == e.kind, "\(e.indicator)")
            #expect((r["total"] as? Int) == e.total, "\(e.indicator) の合計")
            if e.total == nil { #expect(r["total"] is NSNull, "\(e.indicator) の合計") }
            #expect((r["targets"] as? NSDictionary) == (e.targets as NSDictionary), "\(e.indicator) の目標値")
            if let b = e.baseline {
                #expect((r["baseline"] as? NSDictionary) == (b as NSDictionary), "\(e.indicator) の基準値")
            } else {
                #expect(r["baseline"] is NSNull, "\(e.indicator) の基準値")
            }
            #expect(r["lowerIsBetter"] as? Bool == e.lowerIsBetter, "\(e.indicator) の方向")
            #expect(r["type"] as? String == e.type, "\(e.indicator) の区分")
            if e.type == nil { #expect(r["type"] is NSNull) }
            #expect(r["department"] as? String == e.department, "\(e.indicator) の担当課")
            #expect(r["path"] as? [String] == e.path, "\(e.indicator) の階層")
        }
    }

    @Test("Excel のブック（結合した階層のセル、現状値 → 中間目標値 → 目標値、% の書式、↓）")
    func sakuraWorkbook() throws {
        let r = try Self.read("sakura-outcomes.xlsx")
        let p = r.plan
        #expect(p.levels.map(\.name) == ["基本目標", "施策"])
        #expect(p.indicatorLabel == "成果指標")
        #expect(p.firstYear?.code == "R4" && p.lastYear?.code == "R12")
        #expect(p.targetYears.map { "\($0.year.code):\($0.role.rawValue)" } == ["R8:intermediate", "R12:final"])
        let g1 = ["安心して子どもを産み育てられるまち"], g2 = ["健康で生きがいを持って暮らせるまち"]
        Self.check(
            try Self.records(OpenData.indicators(p)),
            [
                .init(
                    indicator: "保育所待機児童数", unit: "人", kind: "level", total: nil, targets: ["R8": 10, "R12": 0],
                    baseline: ["year": "R3", "value": 24],
                    lowerIsBetter: true, type: "outcome", department: "こども家庭課", path: g1 + ["子育て支援の充実"]),
                .init(
                    indicator: "子育てしやすいと感じる市民の割合", unit: "%", kind: "rate", total: nil, targets: ["R8": 70, "R12": 75],
                    baseline: ["year": "R3", "value": 62.5],
                    lowerIsBetter: false, type: "outcome", department: "こども家庭課", path: g1 + ["子育て支援の充実"]),
                .init(
                    indicator: "授業が分かると答えた児童の割合", unit: "%", kind: "rate", total: nil, targets: ["R8": NSNull(), "R12": 90],
                    baseline: ["year": "R3", "value": 81.2],
                    lowerIsBetter: false, type: "outcome", department: "学校教育課", path: g1 + ["学校教育の充実"]),
                .init(
                    indicator: "特定健康診査の受診率", unit: "%", kind: "rate", total: nil, targets: ["R8": 50, "R12": 60],
                    baseline: ["year": "R3", "value": 38.4],
                    lowerIsBetter: false, type: "outcome", department: "健康推進課", path: g2 + ["健康づくりの推進"]),
                .init(
                    indicator: "健康づくり教室の参加者数（累計）", unit: "人", kind: "cumulative", total: nil, targets: ["R8": 3000, "R12": 5000],
                    baseline: ["year": "R3", "value": 1254], lowerIsBetter: false, type: "outcome", department: "健康推進課", path: g2 + ["健康づくりの推進"]),
                .init(
                    indicator: "交通事故件数", unit: "件", kind: "perYear", total: nil, targets: ["R8": 280, "R12": 250],
                    baseline: ["year": "R3", "value": 312],
                    lowerIsBetter: true, type: "outcome", department: "市民安全課", path: g2 + ["地域福祉の推進"]),
            ])
        let structure = try Self.records(OpenData.structure(p))
        #expect(structure.map { $0["level"] as? String } == ["基本目標", "施策", "施策", "基本目標", "施策", "施策"])
        #expect(structure.map { $0["code"] as? String } == ["基本目標1", "1-1", "1-2", "基本目標2", "2-1", "2-2"])
        #expect(structure.map { $0["depth"] as? Int } == [1, 2, 2, 1, 2, 2])
        #expect(structure[1]["parent"] as? String == "基本目標1")
        #expect(structure[0]["parent"] is NSNull)
    }

    @Test("CP932 の CSV（2行の見出し: 目標値の下に平成30年度〜令和4年度、全角数字、― は目標なし）")
    func kaedeCP932() throws {
        let r = try Self.read("kaede-reform-cp932.csv")
        let p = r.plan
        #expect(p.levels.map(\.name) == ["改革の柱", "取組項目", "取組内容"])
        #expect(p.indicatorLabel == "活動指標")
        #expect(p.firstYear?.label == "平成30年度（2018年度）")
        #expect(p.lastYear?.label == "令和4年度（2022年度）")
        #expect(p.targetYears.map(\.year.label) == ["平成30年度（2018年度）", "令和元年度（2019年度）", "令和2年度（2020年度）", "令和3年度（2021年度）", "令和4年度（2022年度）"])
        let a = ["行政運営の効率化"], b = ["財政の健全化", "歳入の確保"]
        func t(_ v: [Any]) -> [String: Any] { Dictionary(uniqueKeysWithValues: zip(["H30", "R1", "R2", "R3", "R4"], v)) }
        Self.check(
            try Self.records(OpenData.indicators(p)),
            [
                .init(
                    indicator: "電子申請できる手続の数（累計）", unit: "件", kind: "cumulative", total: nil, targets: t([12, 20, 35, 50, 60]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "情報政策課", path: a + ["事務の電子化", "電子申請の拡大"]),
                .init(
                    indicator: "ペーパーレス会議の開催回数", unit: "回", kind: "perYear", total: nil, targets: t([10, 24, 36, 48, 48]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "総務課", path: a + ["事務の電子化", "ペーパーレス会議の推進"]),
                .init(
                    indicator: "窓口の平均待ち時間", unit: "分", kind: "perYear", total: nil, targets: t([20, 18, 15, 12, 10]), baseline: nil,
                    lowerIsBetter: true, type: "output", department: "市民課", path: a + ["窓口サービスの向上", "窓口の待ち時間の短縮"]),
                .init(
                    indicator: "町税の収納率", unit: "%", kind: "rate", total: nil, targets: t([96.5, 97, 97.5, 98, 98.5]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "税務課", path: b + ["町税の収納率の向上"]),
                .init(
                    indicator: "ふるさと納税の寄附件数", unit: "件", kind: "perYear", total: nil, targets: t([1200, 2410, NSNull(), 3000, 3500]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "企画課", path: b + ["ふるさと納税の推進"]),
            ])
        let structure = try Self.records(OpenData.structure(p))
        #expect(structure.count == 10)
        #expect(structure.map { $0["code"] as? String } == ["柱1", "(1)", "①", "②", "(2)", "①", "柱2", "(1)", "①", "②"])
        #expect(structure.map { $0["title"] as? String }.prefix(3) == ["行政運営の効率化", "事務の電子化", "電子申請の拡大"])
        // The second (1) is under 柱2, not under 柱1.
        #expect(structure[7]["parent"] as? String == "柱2")
    }

    @Test("5つの階層の計画（政策 → 施策 → 基本事業 → 事務事業 → 取組、区分、合計）")
    func momijiFiveLevels() throws {
        let r = try Self.read("momiji-five-levels.csv")
        let p = r.plan
        #expect(p.levels.map(\.name) == ["政策", "施策", "基本事業", "事務事業", "取組"])
        #expect(p.indicatorLabel == "KPI")
        let counts = p.levels.indices.map { l in p.nodes.filter { $0.level == l }.count }
        #expect(counts == [2, 2, 3, 4, 6])
        func t(_ v: [Int]) -> [String: Any] { Dictionary(uniqueKeysWithValues: zip(["R5", "R6", "R7", "R8", "R9"], v)) }
        let shop = ["活力ある産業のまち", "商業の振興", "商店街の活性化"]
        let safe = ["安全で快適なまち", "防災力の強化", "地域防災の推進", "自主防災組織支援事業"]
        Self.check(
            try Self.records(OpenData.indicators(p)),
            [
                .init(
                    indicator: "補助したイベントの数", unit: "件", kind: "perYear", total: 62, targets: t([10, 12, 12, 14, 14]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "商工観光課", path: shop + ["商店街イベント支援事業", "イベント補助"]),
                .init(
                    indicator: "空き店舗に出店した店舗数", unit: "店", kind: "perYear", total: 19, targets: t([3, 3, 4, 4, 5]), baseline: nil,
                    lowerIsBetter: false, type: "outcome", department: "商工観光課", path: shop + ["商店街イベント支援事業", "空き店舗の活用"]),
                .init(
                    indicator: "創業相談件数", unit: "件", kind: "perYear", total: 700, targets: t([120, 130, 140, 150, 160]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "商工観光課", path: shop + ["創業支援事業", "創業相談"]),
                .init(
                    indicator: "認定した地場産品の数（累計）", unit: "品", kind: "cumulative", total: 40, targets: t([20, 25, 30, 35, 40]), baseline: nil,
                    lowerIsBetter: false, type: "outcome", department: "農林課",
                    path: ["活力ある産業のまち", "商業の振興", "地域産業の育成", "地場産品ブランド化事業", "認定制度の運用"]),
                .init(
                    indicator: "防災訓練の参加者数", unit: "人", kind: "perYear", total: 12000, targets: t([2000, 2200, 2400, 2600, 2800]), baseline: nil,
                    lowerIsBetter: false, type: "output", department: "危機管理課", path: safe + ["防災訓練の支援"]),
                .init(
                    indicator: "備蓄食料の充足率", unit: "%", kind: "rate", total: nil, targets: t([80, 85, 90, 95, 100]), baseline: nil,
                    lowerIsBetter: false, type: "outcome", department: "危機管理課", path: safe + ["備蓄の充実"]),
            ])
    }

    @Test("読み込んだ計画は計画のCSV一式とブックに書き出して読み直しても同じ")
    func roundTrips() throws {
        for file in ["sakura-outcomes.xlsx", "kaede-reform-cp932.csv", "momiji-five-levels.csv"] {
            let plan = try Self.read(file).plan
            let again = try PlanPackage.read(csvFiles: PlanPackage.csvFiles(plan))
            #expect(again == plan, "\(file): CSV一式")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-rt-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let book = folder.appendingPathComponent("plan.xlsx")
            try PlanWorkbook.write(plan).write(to: book)
            let read = try PlanImporting.read(.init(path: book.path)).plan
            #expect(read == plan, "\(file): ブック")
        }
    }
}
