import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

/// The yearly cycle's rules, as every entry point meets them (the web, the API and the command
/// line all call these): on SQLite, and on PostgreSQL when CI gives one.
@Suite("年度の手続きの規則")
struct CycleRuleTests {
    static let r6 = FiscalYear(westernYear: 2024)
    static let operatorViewer = Viewer.commandLine("試験の操作者")

    /// 商業課 owning 1-1.1 (せたがやPay, target R6 75) and 1-1.3, with a clerk account.
    static func setUp(_ s: PlanServices) async throws -> (Department, Account) {
        let office = try await s.context(plan: nil, viewer: operatorViewer)
        let d = try await office.addDepartment("商業課")
        try await office.assign(item: "1-1.1", to: d, lead: true)
        try await office.assign(item: "1-1.3", to: d, lead: true)
        try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: d, plan: nil, viewer: operatorViewer)
        let clerk = try #require(try await s.store.accounts.account(named: "shogyo1"))
        return (d, clerk)
    }

    static func value(_ s: PlanServices, _ indicator: String) async throws -> Decimal? {
        let c = try await s.context(plan: nil, viewer: operatorViewer)
        return c.snapshot.actuals[r6]?.first { $0.actual.indicator == indicator }?.actual.value
    }

    static func csv(_ rows: [(String, String)]) -> Data {
        var text = "指標ID,所属,項目,指標,単位,年度,目標値,実績値,備考\r\n"
        for (id, v) in rows { text += "\(id),,,,,R6,,\(v),\r\n" }
        return Data(text.utf8)
    }

    @Test("公表済みの実績は、コマンドラインの取り込みでも書き換えられない（取り消すまで）", arguments: TestDatabases.kinds)
    func publishedFiguresAreClosed(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (d, clerk) = try await Self.setUp(s)
            let c = try await s.context(plan: nil, viewer: .signedIn(clerk))
            _ = try await c.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6)
            try await Submission.complete(s, clerk: clerk, year: Self.r6)
            _ = try await s.context(plan: nil, viewer: .signedIn(clerk)).perform(.submit, department: d, year: Self.r6, comment: "")
            let office = try await s.context(plan: nil, viewer: Self.operatorViewer)
            _ = try await office.perform(.approve, department: d, year: Self.r6, comment: "")
            _ = try await office.perform(.publish, department: d, year: Self.r6, comment: "")

            let again = try await s.context(plan: nil, viewer: Self.operatorViewer)
            await #expect(throws: ServiceError.self) {
                _ = try await again.importActuals(csv: Self.csv([("1-1.1.1", "78.3")]), file: "r6.csv", year: Self.r6)
            }
            do {
                _ = try await again.importActuals(csv: Self.csv([("1-1.1.1", "78.3")]), file: "r6.csv", year: Self.r6)
            } catch let e as ServiceError {
                #expect(e.kind == .locked)
                #expect(e.message.contains("公表済み") && e.message.contains("公表の取り消し"))
            }
            #expect(try await Self.value(s, "1-1.1.1") == decimal("71.3"))

            // Withdrawn, it can be corrected again.
            _ = try await again.perform(.reopen, department: d, year: Self.r6, comment: "訂正のため")
            let reopened = try await s.context(plan: nil, viewer: Self.operatorViewer)
            _ = try await reopened.importActuals(csv: Self.csv([("1-1.1.1", "78.3")]), file: "r6.csv", year: Self.r6)
            #expect(try await Self.value(s, "1-1.1.1") == decimal("78.3"))
        }
    }

    @Test("自己評価が未入力の項目や、理由のない未報告が残るうちは、課は提出できず、残りが一覧で示される", arguments: TestDatabases.kinds)
    func submissionNeedsSelfEvaluationsAndReasons(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (d, clerk) = try await Self.setUp(s)
            // 商業課 leads 1-1.1 (せたがやPay, R6 target 75) and 1-1.3 (勉強会等の開催, R6 target 3 回).
            let c = try await s.context(plan: nil, viewer: .signedIn(clerk))
            _ = try await c.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6)
            func submit() async throws -> ServiceError? {
                do {
                    _ = try await s.context(plan: nil, viewer: .signedIn(clerk)).perform(.submit, department: d, year: Self.r6, comment: "")
                    return nil
                } catch let e as ServiceError { return e }
            }
            let first = try #require(try await submit())
            #expect(first.kind == .invalid)
            #expect(first.message.contains("（3件）"))
            #expect(first.details.filter { $0.hasPrefix("自己評価が未入力: ") }.count == 2)
            #expect(first.details.contains { $0.hasPrefix("実績が空欄（未報告）で、その理由の備考がない: ") && $0.hasSuffix("地域におけるリノベーションスクール・勉強会等の開催") })

            // A reason for leaving 1-1.3.1 empty, and both self-evaluations: then it goes.
            _ = try await s.context(plan: nil, viewer: .signedIn(clerk)).saveActuals([
                ActualChange(actual: Actual(indicator: "1-1.3.1", year: Self.r6, value: nil, note: "開催は3月。集計中"), expectedVersion: nil)
            ])
            for item in ["1-1.1", "1-1.3"] {
                try await s.context(plan: nil, viewer: .signedIn(clerk)).saveSelfEvaluation(
                    SelfEvaluation(project: item, year: Self.r6, text: "順調", direction: .improve, milestones: []), expectedVersion: nil)
                if item == "1-1.1" { #expect(try await submit()?.details.count == 1) }
            }
            #expect(try await submit() == nil)
            let after = try await s.context(plan: nil, viewer: Self.operatorViewer)
            #expect(after.snapshot.state(ofDepartment: d.id, year: Self.r6).state == .submitted)
            // The empty figure stays 未報告 — not zero.
            #expect(after.snapshot.actuals[Self.r6]?.first { $0.actual.indicator == "1-1.3.1" }?.actual.value == nil)
        }
    }

    @Test("様式の全行の取り込み: 値はすべて書いたとおりに残り、変更の記録は1件ずつ様式の行の順に、別々の時刻で残る", arguments: TestDatabases.kinds)
    func wholeTemplateIsSavedAndAuditedInOrder(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let office = try await s.context(plan: nil, viewer: Self.operatorViewer)
            let template = try office.actualsTemplate(year: Self.r6)
            // Every row of the template filled: row n gets n % 90 + 1 (a whole number under 100,
            // so that counts and rates are both accepted).
            let ids = try CSVTable.read(template, name: "template.csv", expectedHeaders: ["指標ID"], allowHeader: { _ in true }).rows.map { $0["指標ID"] }
            #expect(ids.count == 88)  // the bundled plan's R6 template: one row per reporting unit
            let csv = Self.csv(ids.enumerated().map { ($1, String($0 % 90 + 1)) })
            let started = Date()
            let result = try await office.importActuals(csv: csv, file: "r6.csv", year: Self.r6)
            #expect(result.values == ids.count)
            #expect(result.changed == ids.count)
            let after = try await s.context(plan: nil, viewer: Self.operatorViewer)
            let stored = Dictionary(uniqueKeysWithValues: (after.snapshot.actuals[Self.r6] ?? []).map { ($0.actual.indicator, $0.actual.value) })
            for (n, id) in ids.enumerated() { #expect(stored[id] == Decimal(n % 90 + 1), "\(id)") }
            let entries = try await after.audit().filter { $0.action == "実績の入力" && $0.at >= started.addingTimeInterval(-1) }
            #expect(entries.map(\.key) == ids.map { "\($0) R6" })
            #expect(Set(entries.map(\.at)).count == ids.count)
            #expect(entries.first?.after == "1" && entries.first?.before == "")
            // The time as written (the trail's rows go to PostgreSQL as COPY text: a wrong date or zone shows here).
            #expect(abs((entries.first?.at ?? .distantPast).timeIntervalSince(started)) < 60)
        }
    }

    @Test("計画担当が明示して上書きしたときだけ締め切った実績を変えられ、その旨が監査証跡に残る", arguments: TestDatabases.kinds)
    func overrideIsAudited(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (d, clerk) = try await Self.setUp(s)
            let c = try await s.context(plan: nil, viewer: .signedIn(clerk))
            _ = try await c.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6)
            try await Submission.complete(s, clerk: clerk, year: Self.r6)
            _ = try await s.context(plan: nil, viewer: .signedIn(clerk)).perform(.submit, department: d, year: Self.r6, comment: "")
            // The clerk may not override.
            let clerkAgain = try await s.context(plan: nil, viewer: .signedIn(clerk))
            await #expect(throws: ServiceError.self) {
                _ = try await clerkAgain.importActuals(csv: Self.csv([("1-1.1.1", "70")]), file: "r6.csv", year: Self.r6, override: true)
            }
            let office = try await s.context(plan: nil, viewer: Self.operatorViewer)
            _ = try await office.importActuals(csv: Self.csv([("1-1.1.1", "70")]), file: "r6.csv", year: Self.r6, override: true)
            #expect(try await Self.value(s, "1-1.1.1") == 70)
            let audit = try await s.context(plan: nil, viewer: Self.operatorViewer).audit()
            #expect(audit.contains { $0.action.contains("上書き") && $0.key.contains("1-1.1.1") })
        }
    }

    @Test("ロックした年度には誰も保存できない（ロックの確認は書き込みの中で行う）", arguments: TestDatabases.kinds)
    func lockedYear(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, clerk) = try await Self.setUp(s)
            // The clerk's context is taken before the lock: the save must still be refused.
            let before = try await s.context(plan: nil, viewer: .signedIn(clerk))
            try await s.context(plan: nil, viewer: Self.operatorViewer).setLocked(true, year: Self.r6, reason: "決算の確定")
            do {
                _ = try await before.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6)
                Issue.record("ロックした年度に保存できた")
            } catch let e as ServiceError {
                #expect(e.kind == .locked)
            }
            #expect(try await Self.value(s, "1-1.1.1") == nil)
        }
    }

    @Test("保存の規則は、読みのモデルより後の書き込みがなければその状態で、あれば読み直して確かめる", arguments: TestDatabases.kinds)
    func rulesAgainstTheSnapshotOrReadAgain(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, clerk) = try await Self.setUp(s)
            let first = try await s.context(plan: nil, viewer: .signedIn(clerk))
            #expect(try await first.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6).changed == 1)
            // Nothing written since this context: the same file again changes nothing.
            let second = try await s.context(plan: nil, viewer: .signedIn(clerk))
            #expect(try await second.importActuals(csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: Self.r6).changed == 0)
            // Its own write came between: the stored value is read again (one change, version 2).
            let third = try await s.context(plan: nil, viewer: .signedIn(clerk))
            _ = try await third.importActuals(csv: Self.csv([("1-1.1.1", "72")]), file: "r6.csv", year: Self.r6)
            #expect(try await third.importActuals(csv: Self.csv([("1-1.1.1", "72.5")]), file: "r6.csv", year: Self.r6).changed == 1)
            let stored = try await s.context(plan: nil, viewer: Self.operatorViewer).snapshot.actuals[Self.r6]?.first {
                $0.actual.indicator == "1-1.1.1"
            }
            #expect(stored?.actual.value == Decimal(string: "72.5"))
            #expect(stored?.version == 3)
            // Locked before the context was taken: refused as well.
            try await s.context(plan: nil, viewer: Self.operatorViewer).setLocked(true, year: Self.r6, reason: "決算の確定")
            let afterLock = try await s.context(plan: nil, viewer: .signedIn(clerk))
            do {
                _ = try await afterLock.importActuals(csv: Self.csv([("1-1.1.1", "80")]), file: "r6.csv", year: Self.r6)
                Issue.record("ロックした年度に保存できた")
            } catch let e as ServiceError {
                #expect(e.kind == .locked)
            }
            #expect(try await Self.value(s, "1-1.1.1") == Decimal(string: "72.5"))
        }
    }

    @Test("計画を消して同じIDで入れ直すと、前の計画の読みのモデルは使われない（消したあとは読み直さずに「ない」と答え、版は消す前の続きから数える）", arguments: TestDatabases.kinds)
    func storedAgainAfterDeletion(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let before = try await s.context(plan: nil, viewer: Self.operatorViewer)
            var plan = before.plan
            #expect(try await s.store.plans.delete(plan.id))
            // The deleted plan is not found, the second time without reading the plan again.
            for _ in 0..<2 {
                await #expect(throws: ServiceError.self) { _ = try await s.context(plan: plan.id, viewer: Self.operatorViewer) }
            }
            let missesWhileDeleted = s.catalog.statistics.misses
            await #expect(throws: ServiceError.self) { _ = try await s.context(plan: plan.id, viewer: Self.operatorViewer) }
            #expect(s.catalog.statistics.misses == missesWhileDeleted)
            plan.title = "入れ直した計画"
            try await s.store.plans.save(plan)
            let after = try await s.context(plan: plan.id, viewer: Self.operatorViewer)
            #expect(after.plan.title == "入れ直した計画")
            #expect(after.snapshot.stamp > before.snapshot.stamp + 1)
        }
    }

    @Test("ない計画: 操作者（コマンドライン）には登録の計画を挙げ、ウェブの利用者には挙げずに「登録されていません」とだけ答える", arguments: TestDatabases.kinds)
    func unknownPlanMessage(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            do {
                _ = try await s.context(plan: "no-such-plan", viewer: Self.operatorViewer)
                Issue.record("ない計画の文脈が返った")
            } catch let e as ServiceError {
                #expect(e.kind == .notFound)
                #expect(e.message == "計画「no-such-plan」は登録されていません（登録済み: setagaya）")
            }
            do {
                _ = try await s.context(plan: "no-such-plan", viewer: .anonymous)
                Issue.record("ない計画の文脈が返った")
            } catch let e as ServiceError {
                #expect(e.kind == .notFound)
                #expect(e.message == "計画「no-such-plan」は登録されていません")
            }
        }
    }

    @Test("課の職員はほかの課の項目の実績を入れられない", arguments: TestDatabases.kinds)
    func otherDepartmentsItems(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let (_, clerk) = try await Self.setUp(s)
            let c = try await s.context(plan: nil, viewer: .signedIn(clerk))
            await #expect(throws: (any Error).self) {
                _ = try await c.importActuals(csv: Self.csv([("2-1.2.1", "612")]), file: "r6.csv", year: Self.r6)
            }
            #expect(try await Self.value(s, "2-1.2.1") == nil)
        }
    }

    @Test("未報告の一覧は見直し後の目標値で数える（目標なしに見直した指標は未報告に入らず、評価と一致する）", arguments: TestDatabases.kinds)
    func notReportedUsesRevisedTargets(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            _ = try await Self.setUp(s)
            let office = try await s.context(plan: nil, viewer: Self.operatorViewer)
            let before = try office.notReported(year: Self.r6)
            #expect(before.contains { $0.evaluation.indicator.id == "1-1.3.1" })
            try await office.reviseTarget(
                indicator: "1-1.3.1", year: Self.r6, value: nil, decidedOn: CalendarDay(year: 2024, month: 10, day: 1), reason: "事業の休止")
            let after = try await s.context(plan: nil, viewer: Self.operatorViewer)
            let list = try after.notReported(year: Self.r6)
            #expect(!list.contains { $0.evaluation.indicator.id == "1-1.3.1" })
            let e = after.evaluation(year: Self.r6)
            #expect(e.evaluations.first { $0.indicator.id == "1-1.3.1" }?.evaluation.status == .noTarget)
            #expect(Set(list.map(\.evaluation.reportingID)).count == e.levels.plan.notReported)
        }
    }
}

@Suite("計画ごとの範囲")
struct PlanScopeTests {
    @Test("ある計画の計画担当は、ほかの計画の監査証跡を読めず、自分の計画の記録にはその計画のものだけがある", arguments: TestDatabases.kinds)
    func auditIsPerPlan(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let op = Viewer.commandLine("試験の操作者")
            var kaede = try PlanImporting.read(
                .init(path: Repo.example("kaede-reform-cp932.csv"), planID: "kaede", title: "かえで町行財政改革プラン", municipality: "かえで町"))
            kaede.plan.id = "kaede"
            try await s.savePlan(kaede, viewer: op)
            let setagaya = try await s.context(plan: nil, viewer: op)
            _ = try await setagaya.addDepartment("商業課")
            let k = try await s.context(plan: "kaede", viewer: op)
            _ = try await k.addDepartment("総務課")
            try await s.addUser(name: "kaede-office", password: "kaede-password-1", role: .office, department: nil, plan: "kaede", viewer: op)
            let account = try #require(try await s.store.accounts.account(named: "kaede-office"))

            let own = try await s.context(plan: "kaede", viewer: .signedIn(account)).audit()
            #expect(!own.isEmpty)
            #expect(own.allSatisfy { $0.plan == "kaede" })
            #expect(!own.contains { $0.after.contains("商業課") })

            let other = try await s.context(plan: nil, viewer: .signedIn(account))
            do {
                _ = try await other.audit()
                Issue.record("ほかの計画の監査証跡を読めた")
            } catch let e as ServiceError {
                #expect(e.kind == .forbidden || e.kind == .unauthenticated)
            }
        }
    }
}

@Suite("ログインの制限")
struct LoginLimitTests {
    @Test("失敗の回数はデータベースに数える: 同じデータベースの別のインスタンスでも6回目は断る", arguments: TestDatabases.kinds)
    func sharedAcrossInstances(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withTwoInstances(db) { a, b in
            try await a.addUser(
                name: "office1", password: "office-password-1", role: .office, department: nil, plan: nil, viewer: .commandLine("試験"))
            for _ in 0..<5 {
                await #expect(throws: ServiceError.self) {
                    _ = try await a.logIn(name: "office1", password: "wrong-password", address: "203.0.113.9")
                }
            }
            do {
                _ = try await b.logIn(name: "office1", password: "office-password-1", address: "203.0.113.9")
                Issue.record("6回目（別のインスタンス）のログインを受け付けた")
            } catch let e as ServiceError {
                #expect(e.message.contains("しばらく受け付けません"))
            }
            // Another address is not held back by this one's failures.
            let ok = try await b.logIn(name: "office1", password: "office-password-1", address: "198.51.100.7")
            #expect(ok.name == "office1")
        }
    }
}

func decimal(_ s: String) -> Decimal { Decimal(string: s)! }
