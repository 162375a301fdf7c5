import Foundation
import PlanData
import Testing

@testable import PlanCore

/// Activity records and the counting rules that compute actuals from them. Every expected figure
/// below is counted by hand from the records listed in the test.
@Suite("活動記録と計算のきまり")
struct ActivityTests {
    static let definitions = try! ActivityDefinitions.read(try! PlanData.file("activities.json"), file: "activities.json")
    static func kind(_ id: String) -> ActivityKind { definitions.kind(id)! }

    static func record(
        _ kind: String, _ date: String, _ category: String, _ values: [String: String] = [:], department: String = "商業課"
    )
        -> ActivityRecord
    {
        ActivityRecord(
            kind: kind, department: department, date: CalendarDay(parsing: date)!, title: "\(category) \(date)", category: category, values: values)
    }

    @Test("法人番号は13桁で、先頭の検査用数字が 9 −（下から奇数桁×1＋偶数桁×2 の和を9で割った余り）に合うものだけを受け付ける")
    func corporateNumberCheckDigit() {
        // 国税庁の法人番号（公表されている番号）: 7000012050002。
        #expect((try? CorporateNumber.parse("7000012050002").get())?.digits == "7000012050002")
        // 全角数字・ハイフン区切りでも同じ番号。
        #expect((try? CorporateNumber.parse("７-００００-１２０５-０００２").get())?.digits == "7000012050002")
        // 下から 5,4,3,2,1,0,1,0,4,0,1,0 → 5+8+3+4+1+0+1+0+4+0+1+0 = 27、27 mod 9 = 0 → 9。
        #expect((try? CorporateNumber.parse("9010401012345").get()) != nil)
        guard case .failure(let wrong) = CorporateNumber.parse("1000012050002") else {
            Issue.record("検査用数字の違う番号を受け付けた")
            return
        }
        #expect(wrong.reason.contains("先頭は7"))
        guard case .failure(let short) = CorporateNumber.parse("700001205000") else {
            Issue.record("12桁を受け付けた")
            return
        }
        #expect(short.reason.contains("13桁"))
    }

    @Test("世田谷の定義は計画の報告する指標に合い、問題がない")
    func setagayaDefinitionsFitThePlan() {
        let plan = Setagaya.plan
        let ids = Set(plan.reportingYears.flatMap { ReportingUnits(plan, year: $0).order })
        #expect(Self.definitions.problems(plan: plan, reportingIDs: ids, departments: []) == [])
        #expect(Self.definitions.rules.count >= 4)
    }

    @Test("定義の誤り（無い指標、無い区分、数でない項目の合計、法人番号でない項目の事業者数）はそれぞれ言われる")
    func definitionProblemsAreNamed() {
        var d = Self.definitions
        d.rules = [
            CountingRule(indicator: "9-9.9.9", kind: "event"),
            CountingRule(indicator: "1-1.3.1", kind: "event", categories: ["花火大会"]),
            CountingRule(indicator: "2-1.2.1", kind: "event", measure: .sum(field: "place")),
            CountingRule(indicator: "2-2.2.1", kind: "grant", measure: .distinctBusinesses(field: "amount")),
        ]
        let plan = Setagaya.plan
        let ids = Set(plan.reportingYears.flatMap { ReportingUnits(plan, year: $0).order })
        let problems = d.problems(plan: plan, reportingIDs: ids, departments: [])
        #expect(problems.count == 4)
        #expect(problems.contains { $0.contains("9-9.9.9") })
        #expect(problems.contains { $0.contains("花火大会") })
        #expect(problems.contains { $0.contains("合計できるのは数か金額") })
        #expect(problems.contains { $0.contains("法人番号の項目") })
    }

    @Test("年度ごとの件数は4月1日から3月31日の記録を数え、区分で絞り、その年度に種類の記録が1件もなければ未報告（0ではない）、種類の記録はあって該当がなければ0")
    func perYearCountFollowsTheFiscalYear() {
        let plan = Setagaya.plan
        let rule = Self.definitions.rules.first { $0.indicator == "2-1.2.1" }!
        let records = [
            Self.record("consultation", "2024-04-01", "経営相談"), Self.record("consultation", "2024-07-01", "経営相談"),
            Self.record("consultation", "2025-03-31", "経営相談"), Self.record("consultation", "2024-05-20", "創業相談"),
            Self.record("consultation", "2025-04-01", "経営相談"), Self.record("consultation", "2025-06-15", "創業相談"),
            Self.record("consultation", "2026-05-01", "創業相談"),
        ]
        let figures = Dictionary(
            uniqueKeysWithValues: ActivityCounting.figures(rule: rule, kind: Self.kind("consultation"), records: records, plan: plan).map {
                ($0.year, $0)
            })
        // 令和6年度: 4/1・7/1・翌3/31 の経営相談 = 3（創業相談は数えない）。
        #expect(figures[year("R6")]?.value == 3)
        #expect(figures[year("R6")]?.records.count == 3)
        // 令和7年度: 4/1 の経営相談 = 1（6/15 は創業相談）。
        #expect(figures[year("R7")]?.value == 1)
        // 令和8年度: 相談は記録している（創業相談1件）が経営相談はない → 0。
        #expect(figures[year("R8")]?.value == 0)
        // 令和9年度: 相談の記録が1件もない → 未報告。
        #expect(figures[year("R9")]?.value == nil)
        #expect(figures[year("R9")]?.note.contains("記録がまだありません") == true)
    }

    @Test("累計は計画の初年度からその年度までの記録に前からの累計を足す")
    func cumulativeCountAddsCarriedIn() {
        let plan = Setagaya.plan
        let rule = Self.definitions.rules.first { $0.indicator == "3-3.1.1" }!
        let records = [
            Self.record("registration", "2024-04-02", "SETAGAYA PORT"), Self.record("registration", "2024-09-30", "SETAGAYA PORT"),
            Self.record("registration", "2025-01-15", "SETAGAYA PORT"), Self.record("registration", "2025-05-01", "SETAGAYA PORT"),
            Self.record("registration", "2025-12-01", "SETAGAYA PORT"),
        ]
        let figures = Dictionary(
            uniqueKeysWithValues: ActivityCounting.figures(rule: rule, kind: Self.kind("registration"), records: records, plan: plan).map {
                ($0.year, $0)
            })
        // 4500（前からの累計）＋ 令和6年度の3件 = 4503、＋ 令和7年度の2件 = 4505。
        #expect(figures[year("R6")]?.value == 4503)
        #expect(figures[year("R7")]?.value == 4505)
        #expect(figures[year("R7")]?.records.count == 5)
        #expect(figures[year("R8")]?.value == nil)
    }

    @Test("項目の合計と、重複を除いた事業者の数")
    func sumAndDistinctBusinesses() {
        let plan = Setagaya.plan
        let grant = Self.kind("grant")
        let records = [
            Self.record("grant", "2024-05-01", "販路拡大支援", ["amount": "500000", "business": "7000012050002"]),
            Self.record("grant", "2024-08-01", "販路拡大支援", ["amount": "250000", "business": "7000012050002"]),
            Self.record("grant", "2024-09-01", "販路拡大支援", ["amount": "120000", "business": "9010401012345"]),
            Self.record("grant", "2024-10-01", "商店街支援", ["amount": "1000000", "business": "5011001099999"]),
        ]
        let sum = CountingRule(indicator: "2-2.2.1", kind: "grant", measure: .sum(field: "amount"), categories: ["販路拡大支援"])
        // 500,000 + 250,000 + 120,000 = 870,000（商店街支援は区分が違う）。
        #expect(ActivityCounting.figures(rule: sum, kind: grant, records: records, plan: plan).first?.value == 870_000)
        let businesses = CountingRule(indicator: "2-2.2.1", kind: "grant", measure: .distinctBusinesses(field: "business"))
        // 7000012050002 が2回、9010401012345、5011001099999 → 3事業者。
        #expect(ActivityCounting.figures(rule: businesses, kind: grant, records: records, plan: plan).first?.value == 3)
    }

    @Test("記録の表は全部か無しかで読み、誤りごとに行・列・項目と受け付ける形を言う（全角数字・桁区切りは受け付ける）")
    func tableErrorsAreLocated() throws {
        let kinds = Self.definitions.kinds
        let text = """
            種類,課,日付,件名,区分,参加者数,交付額,交付先の法人番号
            イベント,商業課,2024/6/1,リノベーションスクール第1回,リノベーションスクール,３０,,
            補助・助成,商業課,2024-05-01,販路拡大,販路拡大支援,,"1,500,000",7000012050002
            補助・助成,商業課,2024-05-02,販路拡大,販路拡大支援,,abc,1000012050002
            イベント,農業課,2024-13-01,,花火,,,
            """
        let inputs = try ActivityTable.inputs(csv: Data(text.utf8), file: "records.csv", kinds: kinds)
        #expect(inputs.count == 4)
        do {
            _ = try ActivityTable.records(inputs, kinds: kinds, departments: ["商業課"], years: year("R6")...year("R13"))
            Issue.record("誤りのある表を受け付けた")
        } catch {
            let byPlace = Dictionary(grouping: error.errors, by: { "\($0.line ?? 0) \($0.field ?? "")" })
            #expect(byPlace["4 交付額"]?.first?.message.contains("0以上の整数") == true)
            #expect(byPlace["4 交付先の法人番号"]?.first?.message.contains("検査用数字") == true)
            #expect(byPlace["5 課"]?.first?.message.contains("農業課") == true)
            #expect(byPlace["5 日付"] != nil)
            #expect(byPlace["5 件名"] != nil)
            #expect(byPlace["5 区分"]?.first?.message.contains("花火") == true)
            #expect(byPlace["5 参加者数"]?.first?.message.contains("必ず") == true)
            #expect(error.errors.first { $0.field == "交付額" }?.column == 7)
            #expect(error.errors.first { $0.field == "交付額" }?.description.contains("records.csv 4行目 G列") == true)
        }
        let good = Array(inputs.prefix(2))
        let records = try ActivityTable.records(good, kinds: kinds, departments: ["商業課"], years: year("R6")...year("R13"))
        #expect(records[0].values["participants"] == "30")
        #expect(records[0].date == CalendarDay(year: 2024, month: 6, day: 1))
        #expect(records[1].values["amount"] == "1500000")
    }

    @Test("知らない列や、その種類にない項目に値がある行は、取り込まない")
    func unknownColumnsAreRefused() {
        let kinds = Self.definitions.kinds
        #expect(throws: ImportFailure.self) {
            _ = try ActivityTable.inputs(csv: Data("種類,課,日付,件名,来場者\r\n".utf8), file: "x.csv", kinds: kinds)
        }
        let text = "種類,課,日付,件名,区分,参加者数,交付額\r\nイベント,商業課,2024-06-01,勉強会,勉強会,10,5000\r\n"
        do {
            _ = try ActivityTable.inputs(csv: Data(text.utf8), file: "x.csv", kinds: kinds)
            Issue.record("イベントの行の交付額を受け付けた")
        } catch {
            #expect(error.errors.first?.field == "交付額")
            #expect(error.errors.first?.line == 2)
        }
    }

    @Test("記録から個人に関する項目を除くと、種類の定義で個人とした項目だけが消える")
    func personalFieldsAreRemoved() {
        let r = Self.record("consultation", "2024-04-01", "経営相談", ["client": "山田花子", "contact": "03-0000-0000", "minutes": "60", "summary": "資金繰り"])
        let shown = r.withoutPersonalFields(of: Self.kind("consultation"))
        #expect(shown.values == ["minutes": "60"])
    }
}
