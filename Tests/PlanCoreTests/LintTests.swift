import Foundation
import Testing
@testable import PlanCore

/// A one-goal plan with one indicator, for checking lint rules one at a time.
func samplePlan(name: String = "開催回数", unit: String = "回", total: Decimal?, targets: YearTargets, kind: IndicatorKind? = nil) -> Plan {
    let goal = GoalCode(vision: 1, index: 1)
    let src = SourceRef(document: "sample.txt", line: 3)
    let k = kind ?? IndicatorKind.infer(name: name, unit: unit, total: total, targets: targets)
    return Plan(id: "sample", title: "見本", municipality: "見本町",
                policies: [Policy(number: 1, title: "方針", source: src)],
                visions: [Vision(number: 1, policy: 1, title: "目指す姿", source: src)],
                goals: [Goal(code: goal, title: "目指す姿1-1", source: src)],
                directions: [Direction(id: "1-1/1", goal: goal, text: "取組み。", source: src)],
                measures: [Measure(id: "1-1/1/1", direction: "1-1/1", number: 1, name: "施策", source: src)],
                placements: [Placement(id: "1-1.1", goal: goal, direction: "1-1/1", measure: "1-1/1/1", projectName: "事業", content: "内容。", source: src)],
                indicators: [Indicator(id: "1-1.1.1", placement: "1-1.1", part: nil, name: name, unit: unit, kind: k, total: total, targets: targets, source: src)])
}

@Suite("計画の点検（lint）の規則")
struct LintRuleTests {
    @Test("合計が種別に合わないものを見つける", arguments: [
        ("開催回数", "回", Decimal(10), YearTargets(r6: 3, r7: 3, r8: 3, r9: 3), "total-per-year"),
        ("会員登録者数(累計)", "人", Decimal(500), YearTargets(r6: 100, r7: 200, r8: 300, r9: 400), "total-cumulative"),
        ("会員数", "人", Decimal(1000), YearTargets(r6: 250, r7: 250, r8: 250, r9: 250), "total-level"),
        ("継続利用率", "%", Decimal(300), YearTargets(r6: 75, r7: 75, r8: 75, r9: 75), "total-rate-summed"),
        ("登録者数(累計)", "人", Decimal(300), YearTargets(r6: 100, r7: 400, r8: 200, r9: 300), "cumulative-decreasing"),
        ("開催回数", "", Decimal(12), YearTargets(r6: 3, r7: 3, r8: 3, r9: 3), "missing-unit"),
        ("", "回", Decimal(12), YearTargets(r6: 3, r7: 3, r8: 3, r9: 3), "missing-indicator-name"),
    ])
    func findsTotals(_ name: String, _ unit: String, _ total: Decimal, _ targets: YearTargets, _ rule: String) {
        let findings = PlanLinter(plan: samplePlan(name: name, unit: unit, total: total, targets: targets)).run()
        #expect(findings.contains { $0.rule == rule }, "\(rule) が報告されていません: \(findings.map(\.rule))")
        #expect(findings.first { $0.rule == rule }?.sources.first?.line == 3)
    }

    @Test("種別に合った合計には何も言わない", arguments: [
        ("開催回数", "回", Decimal(12), YearTargets(r6: 3, r7: 3, r8: 3, r9: 3)),
        ("会員登録者数(累計)", "人", Decimal(400), YearTargets(r6: 100, r7: 200, r8: 300, r9: 400)),
        ("会員数", "人", Decimal(250), YearTargets(r6: 250, r7: 250, r8: 250, r9: 250)),
        ("継続利用率", "%", Decimal(75), YearTargets(r6: 75, r7: 75, r8: 75, r9: 75)),
        ("開催回数", "回", Decimal(9), YearTargets(r6: nil, r7: 3, r8: 3, r9: 3)),
    ])
    func cleanTotals(_ name: String, _ unit: String, _ total: Decimal, _ targets: YearTargets) {
        let findings = PlanLinter(plan: samplePlan(name: name, unit: unit, total: total, targets: targets)).run()
        #expect(findings.isEmpty, "\(findings.map(\.textLine))")
    }

    @Test("日本語の文の中のハングルと旧字体を見つける")
    func scripts() {
        var plan = samplePlan(total: 12, targets: YearTargets(r6: 3, r7: 3, r8: 3, r9: 3))
        plan.goals[0].title = "課題解決に관심を持つ"
        plan.placements[0].content = "経營の支援。"
        let findings = PlanLinter(plan: plan).run().filter { $0.rule == "unexpected-script" }
        #expect(findings.count == 2)
        #expect(findings.contains { $0.message.contains("관") })
        #expect(findings.contains { $0.message.contains("營") && $0.message.contains("営") })
    }

    @Test("施策番号の飛び・重複を見つける")
    func numbering() {
        var plan = samplePlan(total: 12, targets: YearTargets(r6: 3, r7: 3, r8: 3, r9: 3))
        plan.measures.append(Measure(id: "1-1/1/2", direction: "1-1/1", number: 3, name: "次の施策"))
        plan.measures.append(Measure(id: "1-1/1/3", direction: "1-1/1", number: 3, name: "重なる施策"))
        let findings = PlanLinter(plan: plan).run().filter { $0.rule == "measure-numbering" }
        #expect(findings.count == 2)
    }

    @Test("再掲の目標値・文言の違いを見つける")
    func relistings() {
        var plan = samplePlan(total: 12, targets: YearTargets(r6: 3, r7: 3, r8: 3, r9: 3))
        let goal2 = GoalCode(vision: 1, index: 2)
        plan.goals.append(Goal(code: goal2, title: "目指す姿1-2"))
        plan.directions.append(Direction(id: "1-2/1", goal: goal2, text: "取組み。"))
        plan.measures.append(Measure(id: "1-2/1/1", direction: "1-2/1", number: 1, name: "施策"))
        plan.placements.append(Placement(id: "1-2.1", goal: goal2, direction: "1-2/1", measure: "1-2/1/1", projectName: "事業（新）",
                                         relisted: true, original: "1-1.1", source: SourceRef(document: "sample.txt", line: 9)))
        plan.indicators.append(Indicator(id: "1-2.1.1", placement: "1-2.1", part: nil, name: "開催回数", unit: "回", kind: .perYear,
                                         total: 16, targets: YearTargets(r6: 4, r7: 4, r8: 4, r9: 4), source: SourceRef(document: "sample.txt", line: 9)))
        let findings = PlanLinter(plan: plan).run()
        #expect(findings.contains { $0.rule == "relisted-targets-differ" && $0.sources.map(\.line) == [9, 3] })
        #expect(findings.contains { $0.rule == "relisted-wording-differs" && $0.message.contains("事業（新）") })
    }

    @Test("同じ名称の目指す姿と、飛んだコードを見つける")
    func goals() {
        var plan = samplePlan(total: 12, targets: YearTargets(r6: 3, r7: 3, r8: 3, r9: 3))
        plan.goals.append(Goal(code: GoalCode(vision: 1, index: 3), title: "目指す姿1-1"))
        let rules = PlanLinter(plan: plan).run().map(\.rule)
        #expect(rules.contains("goal-title-duplicate"))
        #expect(rules.contains("goal-code"))
    }
}

@Suite("計画の点検 — 世田谷区の計画")
struct SetagayaLintTests {
    static let findings = PlanLinter(plan: Setagaya.plan, notes: Setagaya.imported.notes).run()

    @Test("原文の実際の矛盾を報告する")
    func realInconsistencies() {
        let f = Self.findings
        // 顧問的診断士の派遣数: 33 a year, total printed 33.
        #expect(f.contains { $0.rule == "total-per-year" && $0.message.contains("顧問的診断士の派遣数") })
        // AED 等の設置台数: total is the R8 value, not R9.
        #expect(f.contains { $0.rule == "total-level" && $0.message.contains("スタンドパイプの設置台数") && $0.message.contains("R8") })
        // セラ・サービスの会員数: a standing count whose total is the sum of the years.
        #expect(f.contains { $0.rule == "total-level" && $0.message.contains("セラ・サービスの会員数") })
        // 産業プラザ… re-listed in 6-3 with 28/7 instead of 4/1.
        #expect(f.contains { $0.rule == "relisted-targets-differ" && $0.goal == "6-3" && $0.message.contains("産業団体代表者等と区との意見交換会等の回数") })
        #expect(f.contains { $0.rule == "goal-title-duplicate" && $0.message.contains("2-3") && $0.message.contains("2-4") })
        #expect(f.contains { $0.rule == "goal-title-duplicate" && $0.message.contains("4-3") && $0.message.contains("7-2") })
        #expect(f.contains { $0.rule == "unexpected-script" && $0.message.contains("관") })
        #expect(f.contains { $0.rule == "relisted-wording-differs" && $0.message.contains("テスマーケティング") })
        #expect(f.contains { $0.rule == "import-inferred" && $0.message.contains("1~4") })
    }

    @Test("取り込みに使った修正と、原文のまま残した誤字をすべて報告する")
    func correctionsAndTypos() throws {
        let corrections = try CorrectionsFile.read(Data(contentsOf: Repo.setagaya.appendingPathComponent("corrections.csv")), name: "corrections.csv")
        let typos = corrections.filter { $0.operation == .typo }
        #expect(Self.findings.filter { $0.rule == "import-typo" }.count == typos.count)
        #expect(Self.findings.filter { $0.rule == "import-correction" }.count == corrections.count - typos.count)
        #expect(Self.findings.allSatisfy { !$0.sources.isEmpty })
    }
}
