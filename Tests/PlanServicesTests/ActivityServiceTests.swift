import Foundation
import PlanCore
import PlanData
import PlanFiles
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

/// Actuals computed from activity records, as a clerk and the plan office meet them, on SQLite
/// and PostgreSQL: Setagaya's kinds and rules (data/setagaya/activities.json) and a synthetic
/// record set whose yearly figures are counted by hand in the comments.
@Suite("活動記録から計算する実績")
struct ActivityServiceTests {
    static let op = Viewer.commandLine("試験の操作者")
    static let r6 = FiscalYear(westernYear: 2024), r7 = FiscalYear(westernYear: 2025)

    /// 商業課 leads 1-1.3 (events) and 2-2.2 (grants); 経営支援課 leads 2-1.2 (consultations) and
    /// 3-3.1 (SETAGAYA PORT); a clerk of each; the definitions applied.
    static func setUp(_ s: PlanServices) async throws -> (shogyo: Account, keiei: Account) {
        let office = try await s.context(plan: nil, viewer: op)
        let shogyo = try await office.addDepartment("商業課")
        let keiei = try await office.addDepartment("経営支援課")
        for (item, d) in [("1-1.3", shogyo), ("2-2.2", shogyo), ("2-1.2", keiei), ("3-3.1", keiei)] {
            try await office.assign(item: item, to: d, lead: true)
        }
        try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: shogyo, plan: nil, viewer: op)
        try await s.addUser(name: "keiei1", password: "keiei-password-1", role: .department, department: keiei, plan: nil, viewer: op)
        let defined = try await s.context(plan: nil, viewer: op)
        _ = try await defined.defineActivities(json: try PlanData.file("activities.json"), file: "activities.json")
        return (try #require(try await s.store.accounts.account(named: "shogyo1")), try #require(try await s.store.accounts.account(named: "keiei1")))
    }

    static func clerk(_ s: PlanServices, _ a: Account) async throws -> PlanContext { try await s.context(plan: nil, viewer: .signedIn(a)) }

    static func actual(_ s: PlanServices, _ indicator: String, _ year: FiscalYear) async throws -> Actual? {
        try await s.context(plan: nil, viewer: op).snapshot.actuals[year]?.first { $0.actual.indicator == indicator }?.actual
    }

    /// 経営支援課's records: consultations and registrations.
    static let keieiRecords = """
        種類,課,日付,件名,区分,事業者の法人番号,相談者の氏名,相談者の連絡先,相談の内容,登録者の氏名
        相談,経営支援課,2024-04-01,資金繰りの相談,経営相談,7000012050002,山田花子,03-1111-2222,運転資金,
        相談,経営支援課,2024-07-01,販路の相談,経営相談,,佐藤一郎,,,
        相談,経営支援課,2025-03-31,事業承継の相談,経営相談,9010401012345,鈴木次郎,,,
        相談,経営支援課,2024-05-20,創業の相談,創業相談,,高橋三郎,,,
        相談,経営支援課,2025-04-01,資金繰りの相談,経営相談,7000012050002,山田花子,,,
        登録,経営支援課,2024-04-02,会員登録,SETAGAYA PORT,,,,,伊藤四郎
        登録,経営支援課,2024-09-30,会員登録,SETAGAYA PORT,,,,,渡辺五郎
        登録,経営支援課,2025-01-15,会員登録,SETAGAYA PORT,,,,,中村六子
        登録,経営支援課,2025-05-01,会員登録,SETAGAYA PORT,,,,,小林七海
        """

    /// 商業課's records: events and grants.
    static let shogyoRecords = """
        種類,課,日付,件名,区分,会場,参加者数,交付先の法人番号,申請者の氏名,交付額
        イベント,商業課,2024-06-01,リノベーションスクール,リノベーションスクール,区民会館,30,,,
        イベント,商業課,2024-10-05,空き店舗の勉強会,勉強会,商店街事務所,12,,,
        イベント,商業課,2024-11-11,創業セミナー,セミナー,産業プラザ,40,,,
        補助・助成,商業課,2024-05-01,販路拡大の補助,販路拡大支援,,,7000012050002,田中八郎,500000
        補助・助成,商業課,2024-08-01,販路拡大の補助,販路拡大支援,,,9010401012345,加藤九子,250000
        補助・助成,商業課,2024-09-01,商店街の補助,商店街支援,,,5011001099999,,1000000
        """

    @Test("世田谷の例: 経営相談件数・勉強会等の開催・補助件数・SETAGAYA PORTの累計が、手で数えた値になり、評価に加わる", arguments: TestDatabases.kinds)
    func setagayaFiguresAreComputed(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (shogyo, keiei) = try await Self.setUp(s)
            let k = try await Self.clerk(s, keiei).importActivityRecords(Data(Self.keieiRecords.utf8), file: "keiei.csv")
            #expect(k.records == 9)
            let sh = try await Self.clerk(s, shogyo).importActivityRecords(Data(Self.shogyoRecords.utf8), file: "shogyo.csv")
            #expect(sh.records == 6)
            // 経営相談件数 R6: 4/1・7/1・翌3/31 = 3（5/20 は創業相談）; R7: 4/1 = 1。
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 3)
            #expect(try await Self.actual(s, "2-1.2.1", Self.r7)?.value == 1)
            // 勉強会等の開催 R6: リノベーションスクールと勉強会 = 2（セミナーは数えない）; R7: イベントの記録なし → 未報告。
            #expect(try await Self.actual(s, "1-1.3.1", Self.r6)?.value == 2)
            #expect(try await Self.actual(s, "1-1.3.1", Self.r7)?.value == nil)
            // 補助件数 R6: 販路拡大支援 2件。
            #expect(try await Self.actual(s, "2-2.2.1", Self.r6)?.value == 2)
            // SETAGAYA PORT（累計）: 4500 + R6 の3件 = 4503、+ R7 の1件 = 4504。
            #expect(try await Self.actual(s, "3-3.1.1", Self.r6)?.value == 4503)
            #expect(try await Self.actual(s, "3-3.1.1", Self.r7)?.value == 4504)
            #expect(try await Self.actual(s, "3-3.1.1", Self.r6)?.note.contains("記録3件") == true)

            // The evaluation grades them like typed ones: 経営相談件数 R6 target 650, actual 3.
            let e = try await s.context(plan: nil, viewer: Self.op).evaluation(year: Self.r6)
            let consult = try #require(e.evaluations.first { $0.reportingID == "2-1.2.1" })
            #expect(consult.evaluation.actual == 3)
            #expect(consult.evaluation.status != .notReported)

            // The drill-down lists what makes the figure; a clerk of another department sees
            // only how many records there are.
            let office = try await s.context(plan: nil, viewer: Self.op)
            let d = try await office.drillDown(indicator: "2-1.2.1", year: Self.r6)
            #expect(d.records.map(\.date.description) == ["2024-04-01", "2024-07-01", "2025-03-31"])
            #expect(d.hidden == 0)
            let other = try await Self.clerk(s, shogyo).drillDown(indicator: "2-1.2.1", year: Self.r6)
            #expect(other.records.isEmpty && other.hidden == 3)
        }
    }

    @Test("計算する指標に値を入力すると断られ、同じ値の様式の再送は通る", arguments: TestDatabases.kinds)
    func computedIndicatorsAreNotTyped(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, keiei) = try await Self.setUp(s)
            let c = try await Self.clerk(s, keiei)
            _ = try await c.importActivityRecords(Data(Self.keieiRecords.utf8), file: "keiei.csv")
            let typed = try await Self.clerk(s, keiei)
            do {
                _ = try await typed.saveActuals([
                    ActualChange(actual: Actual(indicator: "2-1.2.1", year: Self.r6, value: 650, note: ""), expectedVersion: nil)
                ])
                Issue.record("計算する指標への入力が通った")
            } catch let e as ServiceError {
                #expect(e.kind == .conflict)
                #expect(e.message.contains("活動記録から計算"))
            }
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 3)
            // The template as downloaded (with the computed value and note) reads back unchanged.
            let template = try typed.actualsTemplate(year: Self.r6)
            let result = try await typed.importActuals(csv: template, file: "template.csv", year: Self.r6)
            #expect(result.changed == 0)
        }
    }

    @Test("ロックした年度の実績が変わる記録の追加は断られ、何も保存されない（開いている年度の記録は入る）", arguments: TestDatabases.kinds)
    func recordsFollowTheWorkflow(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (shogyo, _) = try await Self.setUp(s)
            _ = try await Self.clerk(s, shogyo).importActivityRecords(Data(Self.shogyoRecords.utf8), file: "shogyo.csv")
            let office = try await s.context(plan: nil, viewer: Self.op)
            try await office.setLocked(true, year: Self.r6, reason: "締め")
            let more = "種類,課,日付,件名,区分,参加者数\r\nイベント,商業課,2024-12-01,勉強会,勉強会,8\r\n"
            do {
                _ = try await Self.clerk(s, shogyo).importActivityRecords(Data(more.utf8), file: "more.csv")
                Issue.record("ロックした年度の実績が変わった")
            } catch let e as ServiceError {
                #expect(e.kind == .locked)
                #expect(e.message.contains("ロック"))
            }
            #expect(try await Self.actual(s, "1-1.3.1", Self.r6)?.value == 2)
            #expect(try await s.context(plan: nil, viewer: Self.op).activityRecords(kind: "event").count == 3)
            // A record of a year still open is taken.
            let open = "種類,課,日付,件名,区分,参加者数\r\nイベント,商業課,2025-06-01,勉強会,勉強会,8\r\n"
            _ = try await Self.clerk(s, shogyo).importActivityRecords(Data(open.utf8), file: "open.csv")
            #expect(try await Self.actual(s, "1-1.3.1", Self.r7)?.value == 1)
        }
    }

    @Test("壊れたファイル・ほかの課の記録は全部か無しかで断られ、場所が示される", arguments: TestDatabases.kinds)
    func brokenFilesWriteNothing(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (shogyo, _) = try await Self.setUp(s)
            let broken = Self.shogyoRecords + "\nイベント,商業課,2024-06-31,勉強会,勉強会,十二,,,,\n"
            do {
                _ = try await Self.clerk(s, shogyo).importActivityRecords(Data(broken.utf8), file: "broken.csv")
                Issue.record("壊れたファイルを受け付けた")
            } catch let e as ServiceError {
                #expect(e.errors.contains { $0.line == 8 && $0.field == "日付" })
                #expect(e.errors.contains { $0.line == 8 && $0.field == "参加者数" })
            }
            let others = "種類,課,日付,件名,区分,事業者の法人番号\r\n相談,経営支援課,2024-04-01,相談,経営相談,\r\n"
            do {
                _ = try await Self.clerk(s, shogyo).importActivityRecords(Data(others.utf8), file: "others.csv")
                Issue.record("ほかの課の記録を受け付けた")
            } catch let e as ServiceError {
                #expect(e.kind == .forbidden)
                #expect(e.errors.first?.line == 2)
            }
            #expect(try await s.context(plan: nil, viewer: Self.op).activityRecords().isEmpty)
            #expect(try await Self.actual(s, "1-1.3.1", Self.r6)?.value == nil)
        }
    }

    @Test("個人に関する項目は公開の評価・オープンデータに出ず、閲覧者には見えず、保存年限を過ぎると消え、数は残る", arguments: TestDatabases.kinds)
    func nothingPersonalIsPublished(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, keiei) = try await Self.setUp(s)
            _ = try await Self.clerk(s, keiei).importActivityRecords(Data(Self.keieiRecords.utf8), file: "keiei.csv")
            let office = try await s.context(plan: nil, viewer: Self.op)
            let files = try office.openDataFiles()
            for (name, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for person in ["山田花子", "佐藤一郎", "伊藤四郎", "03-1111-2222", "運転資金"] { #expect(!text.contains(person), "\(name) に \(person)") }
            }
            try await s.addUser(name: "review1", password: "review-password-1", role: .reviewer, department: nil, plan: nil, viewer: Self.op)
            let reviewer = try await s.context(plan: nil, viewer: .signedIn(try #require(try await s.store.accounts.account(named: "review1"))))
            let seen = try await reviewer.activityRecords(kind: "consultation")
            #expect(seen.count == 5 && seen.allSatisfy { $0.values["client"] == nil && $0.values["summary"] == nil })
            #expect(seen.first?.values["business"] == "7000012050002")
            await #expect(throws: ServiceError.self) { _ = try await s.context(plan: nil, viewer: .anonymous).activityRecords() }

            // 相談 is kept 5 years after its fiscal year ends: R6 (ends 2025-03-31) until 2030-03-31,
            // R7 until 2031-03-31; 登録 3 years: R6 until 2028-03-31, R7 until 2029-03-31. On
            // 2030-04-01: the 4 R6 consultations and all 4 registrations (3 of R6, 1 of R7) = 8.
            let erased = try await office.eraseExpiredPersonalFields(today: CalendarDay(year: 2030, month: 4, day: 1))
            #expect(erased == 8)
            let after = try await s.context(plan: nil, viewer: Self.op).activityRecords(kind: "consultation")
            #expect(after.filter { $0.values["client"] == nil }.count == 4)
            #expect(after.first { $0.date.description == "2025-04-01" }?.values["client"] == "山田花子")
            #expect(after.first { $0.date.description == "2024-04-01" }?.values["business"] == "7000012050002")
            // The figures stay.
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 3)
            #expect(try await Self.actual(s, "3-3.1.1", Self.r7)?.value == 4504)
            // Nothing left to erase the same day.
            #expect(try await s.context(plan: nil, viewer: Self.op).eraseExpiredPersonalFields(today: CalendarDay(year: 2030, month: 4, day: 1)) == 0)
        }
    }

    @Test("計算のきまりを外すと入力に戻り（値は残る）、付けると計算に切り替わり、どちらも変更の記録に残る", arguments: TestDatabases.kinds)
    func switchingIsExplicitAndAudited(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, keiei) = try await Self.setUp(s)
            _ = try await Self.clerk(s, keiei).importActivityRecords(Data(Self.keieiRecords.utf8), file: "keiei.csv")
            var definitions = try await s.context(plan: nil, viewer: Self.op).activities
            definitions.rules.removeAll { $0.indicator == "2-1.2.1" }
            _ = try await s.context(plan: nil, viewer: Self.op).defineActivities(definitions)
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 3)
            let typed = try await Self.clerk(s, keiei)
            _ = try await typed.saveActuals([
                ActualChange(actual: Actual(indicator: "2-1.2.1", year: Self.r6, value: 640, note: ""), expectedVersion: nil)
            ])
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 640)
            let audit = try await s.context(plan: nil, viewer: Self.op).audit()
            #expect(audit.contains { $0.action.contains("入力に切り替え") && $0.key == "2-1.2.1" })
            // A clerk cannot change the rules.
            await #expect(throws: ServiceError.self) { _ = try await Self.clerk(s, keiei).defineActivities(definitions) }
            // Back to computed: the typed 640 is replaced by the count, in the audit trail.
            _ = try await s.context(plan: nil, viewer: Self.op).defineActivities(json: try PlanData.file("activities.json"), file: "activities.json")
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6)?.value == 3)
            let again = try await s.context(plan: nil, viewer: Self.op).audit()
            #expect(again.contains { $0.action.contains("計算に切り替え") && $0.key == "2-1.2.1" })
            #expect(again.contains { $0.entity == "actual" && $0.key == "2-1.2.1 R6" && $0.before.hasPrefix("640") && $0.after.hasPrefix("3") })
        }
    }

    @Test("ロックした年度があっても、記録のない年度の説明だけが変わるきまりは設定でき、ロックした年度には何も書かない", arguments: TestDatabases.kinds)
    func definingRulesLeavesClosedYearsAlone(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let office = try await s.context(plan: nil, viewer: Self.op)
            try await office.setLocked(true, year: Self.r6, reason: "締め")
            let r = try await s.context(plan: nil, viewer: Self.op).defineActivities(
                json: try PlanData.file("activities.json"), file: "activities.json")
            #expect(r.changed > 0)
            #expect(try await Self.actual(s, "2-1.2.1", Self.r6) == nil)
            // An open year says why it has no figure yet.
            #expect(try await Self.actual(s, "2-1.2.1", Self.r7)?.note.contains("記録がまだありません") == true)
        }
    }

    @Test("Excel のブック（.xlsx）の記録も取り込め、日付のセル（シリアル値）と数値のセルを読み、誤りはシートと行と列で示す", arguments: TestDatabases.kinds)
    func workbooksAreImported(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (shogyo, _) = try await Self.setUp(s)
            let header: [WorkbookCell] = ["種類", "課", "日付", "件名", "区分", "参加者数"].map { .header($0) }
            // 45383 = 2024-04-01, 45600 = 2024-11-04 (days since 1899-12-30).
            let good = try WorkbookWriter.write([
                WorkbookSheet(
                    name: "記録",
                    rows: [
                        header,
                        [.text("イベント"), .text("商業課"), .number(45383), .text("リノベーションスクール"), .text("リノベーションスクール"), .number(25)],
                        [.text("イベント"), .text("商業課"), .number(45600), .text("勉強会"), .text("勉強会"), .number(9)],
                    ])
            ])
            let r = try await Self.clerk(s, shogyo).importActivityRecords(good, file: "records.xlsx")
            #expect(r.records == 2)
            let events = try await s.context(plan: nil, viewer: Self.op).activityRecords(kind: "event")
            #expect(events.map(\.date.description) == ["2024-04-01", "2024-11-04"])
            #expect(events.first?.values["participants"] == "25")
            #expect(try await Self.actual(s, "1-1.3.1", Self.r6)?.value == 2)

            let bad = try WorkbookWriter.write([
                WorkbookSheet(
                    name: "記録",
                    rows: [header, [.text("イベント"), .text("商業課"), .text("2024-05-01"), .text("勉強会"), .text("勉強会"), .text("たくさん")]])
            ])
            do {
                _ = try await Self.clerk(s, shogyo).importActivityRecords(bad, file: "bad.xlsx")
                Issue.record("誤りのあるブックを受け付けた")
            } catch let e as ServiceError {
                #expect(e.errors.first?.description.contains("bad.xlsx シート「記録」 2行目 F列") == true, "\(e.errors)")
            }
            #expect(try await s.context(plan: nil, viewer: Self.op).activityRecords(kind: "event").count == 2)
        }
    }
}
