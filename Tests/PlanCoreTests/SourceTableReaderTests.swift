import Foundation
import Testing
@testable import PlanCore
import PlanData

@Suite("原文（PDFの表のテキスト）の取り込み — 世田谷区の実データ")
struct SetagayaImportTests {
    @Test("原文と修正ファイルから、コミット済みのデータセットがそのまま再現される")
    func reproducesCommittedDataSet() throws {
        let written = PlanCSV.write(Setagaya.plan)
        for name in [PlanCSV.planFile, PlanCSV.structureFile, PlanCSV.tableFile] {
            let committed = try Data(contentsOf: Repo.setagaya.appendingPathComponent(name))
            #expect(written[name] == committed, "\(name) が原文からの取り込み結果と違います。actionplan import で作り直してください")
        }
        let chartText = try String(contentsOf: Repo.setagaya.appendingPathComponent("source/004_b3455a03aab0cd9e.txt"), encoding: .utf8)
        let chart = try VisionChartReader.read(chartText, document: "004_b3455a03aab0cd9e.txt", plan: Setagaya.plan)
        #expect(VisionChartCSV.write(chart) == (try Data(contentsOf: Repo.setagaya.appendingPathComponent(VisionChartCSV.file))))
    }

    @Test("目指す姿のコードは1-1から11-3までの38件で、原文の「1~4」は1-4")
    func goalCodes() {
        let codes = Setagaya.plan.goals.map(\.code.description)
        #expect(codes == ["1-1", "1-2", "1-3", "1-4", "1-5", "2-1", "2-2", "2-3", "2-4", "2-5", "2-6", "2-7", "3-1", "3-2", "3-3",
                          "4-1", "4-2", "4-3", "4-4", "5-1", "5-2", "5-3", "6-1", "6-2", "6-3", "7-1", "7-2", "7-3", "8-1", "8-2",
                          "9-1", "9-2", "10-1", "10-2", "10-3", "11-1", "11-2", "11-3"])
        #expect(Setagaya.plan.goals.first { $0.code.description == "1-4" }?.title == "建設業の活性化と地域貢献活動の後押し")
        #expect(Setagaya.plan.goals.first { $0.code.description == "3-1" }?.title == "円滑な事業承継に向けた顔の見える環境の構築")
    }

    @Test("方針4つ・目指す姿11、目指す姿は方針の下に並ぶ")
    func policiesAndVisions() {
        #expect(Setagaya.plan.policies.map(\.number) == [1, 2, 3, 4])
        #expect(Setagaya.plan.visions.map(\.number) == Array(1...11))
        #expect(Setagaya.plan.visions.map(\.policy) == [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4])
        #expect(Setagaya.plan.visions[1].title == "多様な事業者が安心して継続的に事業を営み成長できる世田谷区")
        #expect(Setagaya.plan.visions[10].title == "エシカルが身近に存在する世田谷区")
    }

    @Test("複数の指標を持つセル（①②③）は部分ごとの指標になる")
    func multiPartIndicators() throws {
        let aed = Setagaya.plan.indicators.filter { $0.placement == "1-1.5" }
        #expect(aed.map(\.name) == ["AEDの設置台数", "スタンドパイプの設置台数", "防犯カメラの設置台数"])
        #expect(aed.map(\.part) == [1, 2, 3])
        #expect(aed.map(\.unit) == ["台", "台", "台"])
        #expect(aed.map(\.total) == [110, 20, 835])
        #expect(aed[1].targets == YearTargets(r6: 15, r7: 15, r8: 20, r9: 25, r13: 25))
        let farms = Setagaya.plan.indicators.filter { $0.name.hasSuffix("開園数") || $0.name.hasSuffix("実施園数") || $0.name.hasSuffix("小学校数") }
        #expect(farms.map(\.unit) == ["箇所", "箇所", "箇所", "園", "校"])
    }

    @Test("「—」「-」は目標なしで、0にならない")
    func dashesAreNoTarget() {
        let eco = Setagaya.indicators(goal: "1-4", named: "エコ住宅補助事業に基づく工事の実施件数")
        #expect(eco.count == 2)
        #expect(eco.allSatisfy { $0.targets == YearTargets(r6: 1669, r7: 2169, r8: 3338, r9: 3839, r13: nil) && $0.total == 11015 })
        let matching = Setagaya.indicators(goal: "2-4", named: "ビジネスマッチング支援事業者数")
        #expect(matching.first?.targets.r6 == nil)
        #expect(matching.first?.targets.r7 == 30)
    }

    @Test("桁区切りの数値（2,720・136,500）を読む")
    func thousandsSeparators() {
        let consult = Setagaya.indicators(goal: "2-1", named: "経営相談件数")
        #expect(consult.first?.total == 2720)
        #expect(consult.first?.targets == YearTargets(r6: 650, r7: 670, r8: 700, r9: 700, r13: 700))
    }

    @Test("同じ値の1つが抜けて印字された目標値は、合計と合うように補う（ふれあい農園参加人数）")
    func droppedRepeat() {
        let farm = Setagaya.indicators(goal: "1-3", named: "ふれあい農園参加人数")
        #expect(farm.first?.targets == YearTargets(r6: 33500, r7: 34000, r8: 34500, r9: 34500, r13: 35000))
        #expect(farm.first?.total == 136500)
    }

    @Test("二重に印字された目標値の行は指標を増やさない")
    func duplicateTargetRows() {
        // Lines 17 and 18 repeat line 16's targets; line 13 repeats line 12's.
        #expect(Setagaya.plan.indicators.filter { $0.source?.line == 16 }.count == 3)
        #expect(!Setagaya.plan.indicators.contains { [11, 13, 15, 17, 18, 20, 22, 24].contains($0.source?.line ?? 0) })
        #expect(Setagaya.imported.notes.contains { $0.kind == .skipped && $0.source.line == 17 })
    }

    @Test("ページ上部に印字された次の目指す姿のラベルの行は、施策番号が続けば前の目指す姿に属する")
    func pageTopGoalLabel() throws {
        // Line 176 prints 3-1's label, but ⑤ 産業インフラ… continues 2-7's ①〜④.
        let p = try #require(Setagaya.plan.placements.first { $0.source?.line == 176 })
        #expect(p.goal.description == "2-7")
        // Line 32 prints 1-2's label, but ② continues 1-1's ①.
        #expect(Setagaya.plan.placements.first { $0.source?.line == 32 }?.goal.description == "1-1")
        // Line 117 prints both 2-3 and 2-4; ⑨ continues 2-2, 2-3 starts at line 121, 2-4 at line 123.
        #expect(Setagaya.plan.placements.first { $0.source?.line == 117 }?.goal.description == "2-2")
        #expect(Setagaya.plan.placements.first { $0.source?.line == 121 }?.goal.description == "2-3")
        #expect(Setagaya.plan.placements.first { $0.source?.line == 123 }?.goal.description == "2-4")
    }

    @Test("再掲は同じ事業の別の掲載で、元の掲載につながる")
    func relistings() throws {
        let port = Setagaya.plan.placements.filter { $0.projectName == "SETAGAYA PORTを通じた多様な人々の交流推進" }
        #expect(port.count == 7)
        #expect(Set(port.map(\.project)).count == 1)
        #expect(port.first?.relisted == false)
        #expect(port.dropFirst().allSatisfy { $0.relisted })
        // Wording differs but it is the same project: 区内IT人材の育成【再掲】 → 区内IT人材の育成支援.
        let it = try #require(Setagaya.plan.placements.first { $0.source?.line == 122 })
        #expect(it.original == Setagaya.plan.placements.first { $0.source?.line == 119 }?.id)
        #expect(Setagaya.plan.placements.filter(\.relisted).allSatisfy { $0.original != nil })
    }

    @Test("すべての事実に原文の行番号が付く")
    func provenance() {
        #expect(Setagaya.plan.indicators.allSatisfy { ($0.source?.line ?? 0) > 0 && $0.source?.document == "000_206d5557473b3492.txt" })
        #expect(Setagaya.plan.placements.allSatisfy { ($0.source?.line ?? 0) > 0 })
        #expect(Setagaya.plan.goals.allSatisfy { $0.source != nil })
    }

    @Test("原文の文言は誤字も含めて印字どおりに残す")
    func keepsWordingAsPrinted() {
        #expect(Setagaya.plan.goals.first { $0.code.description == "8-1" }?.title == "地域及び社会課題解決に관심を持つ事業者の増加")
        #expect(Setagaya.plan.indicators.contains { $0.name == "区内的オフィス、店舗等の紹介件数" })
        #expect(Setagaya.plan.placements.contains { $0.projectName == "テスマーケティング、社会実証実験等の推進" })
    }

    @Test("ロジックチャートの背景・目指す姿・戦略・戦術を読み、アクションプランの目指す姿につなぐ")
    func visionChart() throws {
        let chart = try PlanData.setagayaVisionChart()
        #expect(chart.backgrounds.map(\.title) == ["地域経済循環", "既存産業の状況", "事業者の抱える課題", "倒産件数の増加", "雇用力"])
        #expect(chart.strategies.map(\.text) == ["区民生活を支える多様な地域産業の持続性の確保に向けた基盤強化を図る"])
        #expect(chart.visions.map(\.planVision) == [4, 2, 3, 1])
        #expect(chart.tactics.contains { $0.text == "地域で公共的役割を担う産業団体等組織の活性化を図る" })
        #expect(chart.tactics.allSatisfy { !$0.text.contains("●") })
    }
}

@Suite("原文の取り込み — 読めない入力")
struct SourceTableBadInputTests {
    @Test("目指す姿のコードを含まない入力は、何を指定すべきかを添えて断る", arguments: ["", "hello\tworld\n", "\u{1}\u{2}\u{3}binary"])
    func rejectsNonPlans(_ text: String) {
        #expect(throws: ImportFailure.self) { try SourceTableReader(document: "x.txt").read(text) }
    }

    @Test("原文にない文言を修正ファイルで持ち込むことはできない")
    func correctionsCannotInventWording() throws {
        let text = try String(contentsOf: Repo.setagaya.appendingPathComponent("source/000_206d5557473b3492.txt"), encoding: .utf8)
        let bad = Correction(row: RowKey(line: 12), operation: .set, field: "施策名", value: "存在しない施策名", problem: "p", reason: "r",
                             origin: SourceRef(document: "corrections.csv", line: 2))
        let error = #expect(throws: ImportFailure.self) { try SourceTableReader(document: "000.txt", corrections: [bad]).read(text) }
        #expect(error?.errors.first?.line == 2)
        #expect(error?.errors.first?.message.contains("原文にありません") == true)
    }

    @Test("修正ファイルの誤りは、そのファイルの行と受け付ける形を示す")
    func correctionFileErrors() {
        let csv = "\u{FEFF}行,操作,項目,値,原文の問題,理由\r\n12,書き換え,,,a,b\r\nabc,無視,,,a,b\r\n"
        let error = #expect(throws: ImportFailure.self) { try CorrectionsFile.read(Data(csv.utf8), name: "corrections.csv") }
        #expect(error?.errors.count == 2)
        #expect(error?.errors[0].line == 2)
        #expect(error?.errors[0].message.contains("無視") == true)
        #expect(error?.errors[1].field == "行")
    }
}
