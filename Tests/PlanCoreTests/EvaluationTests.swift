import Foundation
import Testing
@testable import PlanCore

@Suite("達成率と評価")
struct AchievementTests {
    @Test("種別ごとの達成率と評価（既定の段階 A≥100% B≥80% C≥50% D）", arguments: [
        // kind, target, actual, lowerIsBetter, rate, grade
        (IndicatorKind.perYear, Decimal(80), Decimal(80), false, Decimal(1), "A"),
        (.perYear, Decimal(80), Decimal(100), false, Decimal(string: "1.25")!, "A"),
        (.perYear, Decimal(650), Decimal(604), false, Decimal(string: "0.9292")!, "B"),
        (.perYear, Decimal(4), Decimal(2), false, Decimal(string: "0.5")!, "C"),
        (.perYear, Decimal(45), Decimal(10), false, Decimal(string: "0.2222")!, "D"),
        (.perYear, Decimal(45), Decimal(0), false, Decimal(0), "D"),
        (.cumulative, Decimal(5700), Decimal(5130), false, Decimal(string: "0.9")!, "B"),
        (.level, Decimal(110), Decimal(109), false, Decimal(string: "0.9909")!, "B"),
        (.rate, Decimal(75), Decimal(75), false, Decimal(1), "A"),
        (.rate, Decimal(75), Decimal(60), false, Decimal(string: "0.8")!, "B"),
        (.perYear, Decimal(10), Decimal(20), true, Decimal(string: "0.5")!, "C"),
        (.perYear, Decimal(10), Decimal(5), true, Decimal(2), "A"),
        (.perYear, Decimal(10), Decimal(0), true, Decimal(1), "A"),
    ])
    func rates(_ kind: IndicatorKind, _ target: Decimal, _ actual: Decimal, _ lower: Bool, _ rate: Decimal, _ grade: String) {
        let e = Achievement.evaluate(kind: kind, target: target, actual: actual, lowerIsBetter: lower)
        #expect(e.status == .graded)
        #expect(e.achievementRate == rate)
        #expect(e.grade == grade)
    }

    /// The rule as first written: `Decimal` division, grade of the unrounded rate, rounded to
    /// four places half up. The integer fast path must give exactly this.
    static func reference(target: Decimal, actual: Decimal, lowerIsBetter: Bool, scale: GradingScale) -> (Decimal?, String?) {
        var r: Decimal
        if lowerIsBetter { r = actual <= 0 ? 1 : target / actual } else { guard target != 0 else { return (nil, nil) }; r = actual / target }
        let grade = scale.grade(for: r)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &r, 4, .plain)
        return (rounded, grade)
    }

    @Test("達成率は割り算の結果を小数4桁に四捨五入し、評価は丸める前の率で決める（整数での計算と Decimal の割り算が同じ結果）")
    func exactRateMatchesDecimalDivision() throws {
        var random = SeededRandom(seed: 6)
        let scales = [GradingScale.standard, try #require(GradingScale(parsing: "S:110,A:100,B:80,C:50,D:0"))]
        // Numbers as plans print them (integers, one or two decimals, large counts), and the
        // cases at the edges: halves at the fifth decimal, exact band minimums, zero, huge values.
        func number() -> Decimal {
            switch random.below(6) {
            case 0: return Decimal(random.below(200))
            case 1: return Decimal(random.below(100_000)) / 10
            case 2: return Decimal(random.below(100_000)) / 100
            case 3: return Decimal(random.below(5_000_000))
            case 4: return Decimal(string: "\(random.below(1000))e\(random.below(30))")!
            default: return Decimal(random.below(10) + 1) * Decimal(string: "0.00005")!
            }
        }
        var pairs: [(Decimal, Decimal)] = [(1, 20_000), (1, 8), (4, 5), (11, 10), (1, 3), (2, 3), (0, 5), (5, 0), (123_456_789_012_345, 7), (7, 123_456_789_012_345)]
        for _ in 0..<3_000 { pairs.append((number(), number())) }
        var fast = 0
        for (target, actual) in pairs {
            for lower in [false, true] {
                for scale in scales {
                    let e = Achievement.evaluate(kind: .perYear, target: target, actual: actual, lowerIsBetter: lower, scale: scale)
                    let (rate, grade) = Self.reference(target: target, actual: actual, lowerIsBetter: lower, scale: scale)
                    #expect(e.achievementRate == rate, "目標 \(target)・実績 \(actual)・少ないほど良い \(lower)")
                    #expect(e.achievementRate?.description == rate?.description, "表記: 目標 \(target)・実績 \(actual)")
                    #expect(e.grade == grade, "評価: 目標 \(target)・実績 \(actual)・少ないほど良い \(lower)")
                    if let key = e.rateKey, let rate { #expect(Decimal(key) / 10_000 == rate); fast += 1 }
                }
            }
        }
        #expect(fast > pairs.count * 3, "整数での計算がほとんど使われていない（\(fast)）")
    }

    @Test("目標値がない年度は達成率を算出しない")
    func noTarget() {
        let e = Achievement.evaluate(kind: .perYear, target: nil, actual: 5)
        #expect(e.status == .noTarget)
        #expect(e.achievementRate == nil && e.grade == nil)
    }

    @Test("実績がないものは未報告で、0として評価しない")
    func notReported() {
        let e = Achievement.evaluate(kind: .perYear, target: 10, actual: nil)
        #expect(e.status == .notReported)
        #expect(e.achievementRate == nil && e.grade == nil)
    }

    @Test("段階の境目ちょうどは上の段階")
    func boundaries() {
        #expect(GradingScale.standard.grade(for: Decimal(string: "0.8")!) == "B")
        #expect(GradingScale.standard.grade(for: Decimal(string: "0.7999")!) == "C")
        #expect(GradingScale.standard.grade(for: 1) == "A")
    }

    @Test("段階の数と名前を変えられる（例: S≥110% A≥100% B≥80% C≥50% D）")
    func customScale() throws {
        let scale = try #require(GradingScale(parsing: "S:110,A:100,B:80,C:50,D:0"))
        #expect(scale.problems.isEmpty)
        #expect(scale.grade(for: Decimal(string: "1.15")!) == "S")
        #expect(scale.grade(for: Decimal(string: "1.05")!) == "A")
        #expect(scale.description == "S:110,A:100,B:80,C:50,D:0")
        #expect(GradingScale(parsing: "A:80,B:90")?.problems.isEmpty == false)
        #expect(GradingScale(parsing: "A:abc") == nil)
    }
}

@Suite("集計（ロールアップ）")
struct RollUpTests {
    @Test("再掲された事業は同じ集計の中で1回だけ数え、未報告は中央値に入れない")
    func relistedCountOnce() throws {
        let plan = Setagaya.plan
        // SETAGAYA PORT (3-3.1.1) is re-listed in many goals of vision 4,5,7,8 with the same targets.
        let port = "3-3.1.1"
        let evaluator = PlanEvaluator(plan: plan, actuals: [Actual(indicator: port, year: .r6, value: 5100)])
        let evaluations = evaluator.evaluations(year: .r6)
        let portPlacements = evaluations.filter { $0.reportingID == port }
        #expect(portPlacements.count == 7)
        #expect(portPlacements.allSatisfy { $0.evaluation.grade == "A" })
        let levels = evaluator.rollUps(evaluations)
        #expect(levels.plan.grades["A"] == 1)
        #expect(levels.plan.notReported == levels.plan.indicators - 1 - levels.plan.noTarget)
        #expect(levels.plan.medianAchievementRate == 1)
        // Policy 2 (visions 5–7) holds the project in 5-2, 5-3 and 7-1: still one.
        let policy2 = try #require(levels.policies.first { $0.0 == 2 }?.1)
        #expect(policy2.grades["A"] == 1)
    }

    @Test("計画の索引を渡した評価は、索引なしの評価と同じ（全年度、再掲・未報告・空の値を含む）", arguments: YearTargets.years)
    func indexedEvaluationIsTheSame(_ year: FiscalYear) {
        let plan = Setagaya.plan
        let units = ReportingUnits(plan, year: year)
        // Every third reporting unit reported, every seventh with an empty (not reported) value.
        let actuals = units.order.enumerated().compactMap { n, id -> Actual? in
            n % 3 == 0 ? Actual(indicator: id, year: year, value: n % 7 == 0 ? nil : Decimal(n * 13 % 120)) : nil
        }
        let plain = PlanEvaluator(plan: plan, actuals: actuals)
        let indexed = PlanEvaluator(plan: plan, index: PlanIndex(plan), actuals: actuals)
        let a = plain.evaluations(year: year), b = indexed.evaluations(year: year)
        #expect(a == b)
        #expect(a.contains { $0.evaluation.grade != nil })
        #expect(plain.rollUps(a).plan == indexed.rollUps(b).plan)
    }

    @Test("中央値は評価できた指標だけから求める", arguments: [
        ([Decimal(1), Decimal(string: "0.5")!, Decimal(string: "0.8")!], Decimal(string: "0.8")),
        ([Decimal(1), Decimal(string: "0.5")!], Decimal(string: "0.75")),
        ([], nil),
    ])
    func median(_ values: [Decimal], _ expected: Decimal?) {
        #expect(RollUp.median(values) == expected)
    }

    @Test("その年度の目標値が違う再掲は別々に報告する（報告単位）")
    func reportingUnits() {
        let units = ReportingUnits(Setagaya.plan, year: .r6)
        // 産業団体代表者等と区との意見交換会等の回数: 4/1 in most placements, 28/7 in 6-3.
        let plaza = Setagaya.plan.indicators.filter { $0.name == "産業団体代表者等と区との意見交換会等の回数" }
        let ids = Set(plaza.map { units.reportingID[$0.id]! })
        #expect(ids.count == 2)
        #expect(units.order.count < Setagaya.plan.indicators.count)
    }
}

@Suite("実績の様式（CSV）")
struct ActualsCSVTests {
    static let plan = Setagaya.plan

    static func filled(_ edit: (inout [[String]]) -> Void, year: FiscalYear = .r6) -> Data {
        let text = String(decoding: ActualsCSV.template(plan: plan, year: year), as: UTF8.self)
        let lines = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        var rows = lines.dropFirst().map { $0.components(separatedBy: ",") }
        edit(&rows)
        return Data(("\u{FEFF}" + ([lines[0]] + rows.map { $0.joined(separator: ",") }).joined(separator: "\r\n") + "\r\n").utf8)
    }

    @Test("様式の見出しは指定どおりで、再掲は同じ目標値なら1行")
    func template() {
        let text = String(decoding: ActualsCSV.template(plan: Self.plan, year: .r6), as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}指標ID,目指す姿,施策,事業,行動指標,単位,年度,目標値,実績値,備考\r\n"))
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count - 1 == ReportingUnits(Self.plan, year: .r6).order.count)
        #expect(lines.filter { $0.contains("SETAGAYA PORTの新規会員登録者数(累計)") && $0.contains(",5100,") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("1-4.2.1,1-4,") && $0.contains(",R6,1669,,") })
        #expect(lines.contains { $0.hasPrefix("2-4.5.1,2-4,") && $0.contains(",R6,,,") }) // no target in R6
    }

    @Test("全角数字・桁区切り・割合の%を読み、空欄は未報告")
    func readsValues() throws {
        let data = Self.filled { rows in
            rows[0][8] = "７５%"       // せたがやPay (rate)
            rows[1][8] = "\"1,750\""  // quoted thousands
            rows[2][8] = "3"
        }
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"1,750\"", with: "\"1,750\"")
        let reading = try ActualsCSV.read(Data(text.utf8), name: "r6.csv", plan: Self.plan)
        #expect(reading.actuals.count == 3)
        #expect(reading.actuals[0].value == 75)
        #expect(reading.actuals[1].value == 1750)
        #expect(reading.notReported.count == ReportingUnits(Self.plan, year: .r6).order.count - 3)
    }

    @Test("1行でも誤りがあればファイル全体を断り、すべての誤りを行と列で示す")
    func allOrNothing() {
        let data = Self.filled { rows in
            rows[0][8] = "120"          // rate over 100
            rows[1][8] = "abc"          // text
            rows[2][8] = "-3"           // negative
            rows[3][0] = "9-9.9.9"      // unknown id
            rows[4][8] = "50%"          // % on a count
            rows[5][8] = "7"            // fine
        }
        let error = #expect(throws: ImportFailure.self) { try ActualsCSV.read(data, name: "bad.csv", plan: Self.plan) }
        let errors = error?.errors ?? []
        #expect(errors.count == 5)
        #expect(errors.map(\.line) == [2, 3, 4, 5, 6])
        #expect(errors.map(\.field) == ["実績値", "実績値", "実績値", "指標ID", "実績値"])
        #expect(errors.allSatisfy { $0.column != nil && $0.file == "bad.csv" })
    }

    @Test("100%を超える割合は許可したときだけ読む")
    func rateOver100() throws {
        let data = Self.filled { rows in rows[0][8] = "120" }
        #expect(throws: ImportFailure.self) { try ActualsCSV.read(data, name: "x.csv", plan: Self.plan) }
        let reading = try ActualsCSV.read(data, name: "x.csv", plan: Self.plan, options: .init(allowRateOver100: true))
        #expect(reading.actuals.first?.value == 120)
    }

    @Test("Excel が CP932 で保存した様式も読める")
    func shiftJIS() throws {
        let utf8 = Self.filled { rows in rows[2][8] = "３"; rows[2][9] = "区民まつりで実施" }
        let text = String(decoding: utf8.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "관심", with: "関心")
        let sjis = try #require(text.data(using: .shiftJIS))
        let reading = try ActualsCSV.read(sjis, name: "r6-sjis.csv", plan: Self.plan)
        #expect(reading.encoding == .shiftJIS)
        #expect(reading.actuals.first?.value == 3)
        #expect(reading.actuals.first?.note == "区民まつりで実施")
    }

    @Test("見出しが違う様式は、必要な見出しを示して断る")
    func headers() {
        let data = Data("\u{FEFF}指標ID,実績\r\n1-1.1.1,3\r\n".utf8)
        let error = #expect(throws: ImportFailure.self) { try ActualsCSV.read(data, name: "x.csv", plan: Self.plan) }
        #expect(error?.errors.first?.message.contains("実績値") == true)
    }
}
