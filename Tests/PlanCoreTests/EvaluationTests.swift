import Foundation
import Testing

@testable import PlanCore

/// An indicator with the given baseline and targets, for the grading rules.
func indicator(kind: IndicatorKind = .level, lower: Bool = false, baseline: (String?, String)? = nil, targets: [(String, String?)]) -> Indicator {
    Indicator(
        id: "i", node: "n", name: "指標", unit: "件", kind: kind, lowerIsBetter: lower,
        baseline: baseline.map { Baseline(year: $0.0.map(year), value: decimal($0.1)) },
        targets: Targets(targets.map { (year($0.0), $0.1.map(decimal)) }))
}

@Suite("達成率と評価 — 比率の段階")
struct RatioGradingTests {
    @Test(
        "達成率 = 実績 ÷ その年度の目標値（低いほど良い指標は 目標値 ÷ 実績）、段階 A≥100% B≥80% C≥50% D",
        arguments: [
            // target, actual, lowerIsBetter, rate, grade — worked out by hand
            ("80", "80", false, "1", "A"),
            ("80", "100", false, "1.25", "A"),
            ("650", "604", false, "0.9292", "B"),  // 604/650 = 0.929230…
            ("4", "2", false, "0.5", "C"),
            ("45", "10", false, "0.2222", "D"),  // 10/45 = 0.2222…
            ("45", "0", false, "0", "D"),
            ("75", "60", false, "0.8", "B"),
            ("3", "2", false, "0.6667", "C"),  // 0.66666… rounds half up
            ("10", "20", true, "0.5", "C"),  // 待機児童: 目標10人に対し20人
            ("10", "5", true, "2", "A"),
            ("10", "0", true, "1", "A"),  // 0人は目標の達成
            ("250", "300", true, "0.8333", "B"),  // 交通事故 250/300
        ])
    func ratio(_ target: String, _ actual: String, _ lower: Bool, _ rate: String, _ grade: String) {
        let e = Achievement.ratio(target: decimal(target), actual: decimal(actual), lowerIsBetter: lower)
        #expect(e.status == .graded)
        #expect(e.achievementRate == decimal(rate))
        #expect(e.grade == grade)
    }

    @Test("段階の境目ちょうどは上の段階で、段階は丸める前の率で決める")
    func boundaries() {
        #expect(GradingBands.standard.grade(for: decimal("0.8")) == "B")
        #expect(GradingBands.standard.grade(for: decimal("0.79999")) == "C")
        #expect(GradingBands.standard.grade(for: 1) == "A")
        // 7999.6/10000 = 0.79996 → shown as 0.8000 but graded C.
        let e = Achievement.ratio(target: 10000, actual: decimal("7999.6"))
        #expect(e.achievementRate == decimal("0.8"))
        #expect(e.grade == "C")
    }

    @Test("目標値のない年度は評価せず、実績のないものは未報告（0として数えない）")
    func notZero() {
        let none = Achievement.ratio(target: nil, actual: 5)
        #expect(none.status == .noTarget && none.grade == nil && none.achievementRate == nil)
        let missing = Achievement.ratio(target: 10, actual: nil)
        #expect(missing.status == .notReported && missing.grade == nil && missing.achievementRate == nil)
    }

    @Test("段階の名前と数は計画ごとに設定できる（S≥110% A≥100% B≥80% C≥50% D）")
    func customBands() throws {
        let scheme = try #require(GradingScheme(parsing: "比率:S:110,A:100,B:80,C:50,D:0"))
        let i = indicator(targets: [("R6", "100")])
        #expect(Achievement.evaluate(i, year: year("R6"), actual: 115, scheme: scheme, baseYear: nil).grade == "S")
        #expect(Achievement.evaluate(i, year: year("R6"), actual: 105, scheme: scheme, baseYear: nil).grade == "A")
        #expect(scheme.description == "比率:S:110,A:100,B:80,C:50,D:0")
        #expect(GradingScheme(parsing: "A:abc") == nil)
    }
}

@Suite("達成率と評価 — 基準値と目標値による判定（長与町の S/A/B/C/−）")
struct BaselineRelativeTests {
    static let scheme = GradingScheme.baselineRelative(.standard)

    @Test(
        "S 目標達成・A 基準値より改善・B 基準値の±10%以内・C 基準値より悪化（高いほど良い: 基準値100、目標値120）",
        arguments: [
            ("125", "S"), ("120", "S"), ("115", "A"), ("110", "B"), ("105", "B"), ("95", "B"), ("90", "B"), ("89", "C"), ("85", "C"),
        ])
    func higherIsBetter(_ actual: String, _ grade: String) {
        let i = indicator(baseline: ("R3", "100"), targets: [("R12", "120")])
        let e = Achievement.evaluate(i, year: year("R6"), actual: decimal(actual), scheme: Self.scheme, baseYear: nil)
        #expect(e.grade == grade, "実績 \(actual)")
    }

    @Test(
        "低いほど良い指標（交通事故件数: 基準値312件、目標250件、±10% = 31.2件）",
        arguments: [
            ("240", "S"), ("250", "S"), ("270", "A"), ("290", "B"), ("343", "B"), ("344", "C"), ("350", "C"),
        ])
    func lowerIsBetter(_ actual: String, _ grade: String) {
        let i = indicator(lower: true, baseline: ("R3", "312"), targets: [("R12", "250")])
        let e = Achievement.evaluate(i, year: year("R6"), actual: decimal(actual), scheme: Self.scheme, baseYear: nil)
        #expect(e.grade == grade, "実績 \(actual)")
    }

    @Test("基準値がなく目標にも届かないものは −（測定できない）、実績がなければ未報告")
    func unmeasurable() {
        let i = indicator(targets: [("R12", "120")])
        let e = Achievement.evaluate(i, year: year("R6"), actual: 110, scheme: Self.scheme, baseYear: nil)
        #expect(e.grade == "−")
        #expect(e.status == .undefined)
        let reached = Achievement.evaluate(i, year: year("R6"), actual: 130, scheme: Self.scheme, baseYear: nil)
        #expect(reached.grade == "S")
        let missing = Achievement.evaluate(
            indicator(baseline: ("R3", "100"), targets: [("R12", "120")]), year: year("R6"), actual: nil, scheme: Self.scheme, baseYear: nil)
        #expect(missing.status == .notReported && missing.grade == nil)
    }

    @Test("±の幅は設定できる（基準値:S,A,B,C,−:5 なら 106 は改善）")
    func band() throws {
        let scheme = try #require(GradingScheme(parsing: "基準値:S,A,B,C,−:5"))
        let i = indicator(baseline: ("R3", "100"), targets: [("R12", "120")])
        #expect(Achievement.evaluate(i, year: year("R6"), actual: 106, scheme: scheme, baseYear: nil).grade == "A")
        #expect(Achievement.evaluate(i, year: year("R6"), actual: 104, scheme: scheme, baseYear: nil).grade == "B")
        #expect(Achievement.evaluate(i, year: year("R6"), actual: 106, scheme: Self.scheme, baseYear: nil).grade == "B")
    }
}

@Suite("達成率と評価 — 按分（多摩市: 最終目標までの道のりの k/n を期待値とする）")
struct ProRataTests {
    static let scheme = GradingScheme.proRata(.standard)

    @Test("期待値は基準値と目標値を結ぶ直線上の値: 基準値0(R3)・目標90(R12) なら R6 の期待値は 30")
    func expectation() {
        let i = indicator(baseline: ("R3", "0"), targets: [("R12", "90")])
        #expect(Achievement.expectation(i, year: year("R6"), baseYear: nil) == 30)
        #expect(Achievement.expectation(i, year: year("R12"), baseYear: nil) == 90)
        #expect(Achievement.expectation(i, year: year("R13"), baseYear: nil) == nil)
    }

    @Test(
        "達成率 = 進んだ分 ÷ 期待された進み（基準値100(R3)・目標190(R12)、R6 の期待値130）",
        arguments: [
            ("130", "1", "A"), ("136", "1.2", "A"), ("127", "0.9", "B"), ("115", "0.5", "C"), ("100", "0", "D"),
        ])
    func progress(_ actual: String, _ rate: String, _ grade: String) {
        let i = indicator(baseline: ("R3", "100"), targets: [("R12", "190")])
        let e = Achievement.evaluate(i, year: year("R6"), actual: decimal(actual), scheme: Self.scheme, baseYear: nil)
        #expect(e.expected == 130)
        #expect(e.achievementRate == decimal(rate), "実績 \(actual)")
        #expect(e.grade == grade, "実績 \(actual)")
    }

    @Test("低いほど良い指標も進んだ分で測る（基準値312(R3)→目標250(R12)、R6 に300件なら 12 ÷ 20.67 = 58.06%）")
    func lowerIsBetter() {
        let i = indicator(lower: true, baseline: ("R3", "312"), targets: [("R12", "250")])
        let e = Achievement.evaluate(i, year: year("R6"), actual: 300, scheme: Self.scheme, baseYear: nil)
        #expect(e.achievementRate == decimal("0.5806"))
        #expect(e.grade == "C")
    }

    @Test("基準値がなければ前後の目標値の間で按分し、実績 ÷ 期待値（R6 10・R8 30 なら R7 の期待値 20）")
    func betweenTargets() {
        let i = indicator(kind: .perYear, targets: [("R6", "10"), ("R8", "30")])
        let e = Achievement.evaluate(i, year: year("R7"), actual: 18, scheme: Self.scheme, baseYear: nil)
        #expect(e.expected == 20)
        #expect(e.achievementRate == decimal("0.9"))
        #expect(e.grade == "B")
    }

    @Test("年度の書かれていない基準値は計画期間の前年度のもの（計画 R4〜R12 なら R3）")
    func baseYearOfUndatedBaseline() {
        let i = indicator(baseline: (nil, "0"), targets: [("R12", "90")])
        #expect(Achievement.expectation(i, year: year("R6"), baseYear: year("R3")) == 30)
    }
}

@Suite("見通し")
struct ForecastTests {
    @Test("基準値と最終目標だけの指標も、基準値からの伸びで見通す（100(R3)→R6 130: 年10ずつ → R12 190 で達成見込み）")
    func fromBaseline() {
        let i = indicator(baseline: ("R3", "100"), targets: [("R12", "190")])
        let onTrack = Forecaster.forecast(i, actuals: [year("R6"): 130], to: year("R12"))
        #expect(onTrack.projected == 190)
        #expect(onTrack.status == .onTrack)
        let behind = Forecaster.forecast(i, actuals: [year("R6"): 120], to: year("R12"))
        #expect(behind.projected == 160)
        #expect(behind.status == .atRisk)
    }

    @Test("低いほど良い指標は、見通しが目標以下なら達成見込み（312(R3)→R6 290 → R12 246）")
    func lowerIsBetter() {
        let i = indicator(lower: true, baseline: ("R3", "312"), targets: [("R12", "250")])
        let f = Forecaster.forecast(i, actuals: [year("R6"): 290], to: year("R12"))
        #expect(f.projected == 246)
        #expect(f.status == .onTrack)
    }

    @Test("基準値も2年度分の実績もなければ判断しない")
    func cannotJudge() {
        let i = indicator(targets: [("R9", "190")])
        #expect(Forecaster.forecast(i, actuals: [year("R6"): 130], to: year("R9")).status == .cannotJudge)
        #expect(Forecaster.forecast(i, actuals: [:], to: year("R9")).status == .cannotJudge)
    }
}

@Suite("集計（ロールアップ）")
struct RollUpTests {
    static let plan: Plan = try! readTable(
        sheet([
            "基本目標,施策,指標名,単位,R6",
            "1 子育て,1-1 保育,A,件,10",
            ",,B,件,10",
            ",1-2 教育,C,件,10",
            "2 福祉,2-1 健康,D,件,10",
        ])
    ).plan

    @Test("計画自身の階層ごとに集計し、未報告は0とせず別に数え中央値に入れない")
    func levels() throws {
        let p = Self.plan
        let ids = p.indicators.map(\.id)
        let actuals = [
            Actual(indicator: ids[0], year: year("R6"), value: 10), Actual(indicator: ids[1], year: year("R6"), value: 6),
            Actual(indicator: ids[3], year: year("R6"), value: 9),
        ]
        let evaluator = PlanEvaluator(plan: p, actuals: actuals)
        let levels = evaluator.rollUps(evaluator.evaluations(year: year("R6")))
        let byTitle = Dictionary(uniqueKeysWithValues: p.nodes.map { ($0.title, levels.nodes[$0.id]!) })
        // 子育て: A (1.0 → A), B (0.6 → C), C not reported.
        #expect(byTitle["子育て"]?.grades == ["A": 1, "B": 0, "C": 1, "D": 0])
        #expect(byTitle["子育て"]?.notReported == 1)
        #expect(byTitle["子育て"]?.medianAchievementRate == decimal("0.8"))
        #expect(byTitle["保育"]?.indicators == 2)
        #expect(byTitle["教育"]?.notReported == 1)
        #expect(byTitle["教育"]?.medianAchievementRate == nil)
        #expect(byTitle["福祉"]?.grades == ["A": 0, "B": 1, "C": 0, "D": 0])
        #expect(levels.plan.indicators == 4)
        #expect(levels.plan.notReported == 1)
        #expect(levels.plan.medianAchievementRate == decimal("0.9"))
    }
}
