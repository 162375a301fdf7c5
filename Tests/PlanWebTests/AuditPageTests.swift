import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// `/office/audit` as the plan office reads it.
@Suite("変更の記録の画面")
struct AuditPageTests {
    static func csv(_ rows: [(String, String)]) -> Data {
        var text = "指標ID,所属,項目,指標,単位,年度,目標値,実績値,備考\r\n"
        for (id, v) in rows { text += "\(id),,,,,R6,,\(v),\r\n" }
        return Data(text.utf8)
    }

    @Test("課・年度・人で絞り込め、自己評価の変更は項目ごとの前と後で、操作した人は日本語の役割つきで出る（生の JSON は出ない）")
    func filtersAndFieldDifferences() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let r6 = FiscalYear(westernYear: 2024)
            let c = try await s.context(plan: nil, viewer: op)
            let shogyo = try await c.addDepartment("商業課")
            let kanko = try await c.addDepartment("観光課")
            let c2 = try await s.context(plan: nil, viewer: op)
            try await c2.assign(item: "1-1.1", to: shogyo, lead: true)
            try await c2.assign(item: "1-2.1", to: kanko, lead: true)
            let kankoIndicator = try #require(c2.index.indicators(under: "1-2.1").first?.id)
            try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: shogyo, plan: nil, viewer: op)
            try await s.addUser(name: "kanko1", password: "kanko-password-1", role: .department, department: kanko, plan: nil, viewer: op)
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)
            let shogyoClerk = try #require(try await s.store.accounts.account(named: "shogyo1"))
            let kankoClerk = try #require(try await s.store.accounts.account(named: "kanko1"))

            _ = try await s.context(plan: nil, viewer: .signedIn(shogyoClerk)).importActuals(
                csv: Self.csv([("1-1.1.1", "71.3")]), file: "r6.csv", year: r6)
            _ = try await s.context(plan: nil, viewer: .signedIn(kankoClerk)).importActuals(
                csv: Self.csv([(kankoIndicator, "12")]), file: "r6.csv", year: r6)
            let first = SelfEvaluation(project: "1-1.1", year: r6, text: "加盟店が増えた", direction: .improve, milestones: [])
            try await s.context(plan: nil, viewer: .signedIn(shogyoClerk)).saveSelfEvaluation(first, expectedVersion: nil)
            var second = first
            second.direction = .expand
            try await s.context(plan: nil, viewer: .signedIn(shogyoClerk)).saveSelfEvaluation(second, expectedVersion: 1)

            var office = Browser(app: app)
            _ = try await office.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1", "next": "/office"], tokenFrom: "/login")
            let all = try await office.get("/office/audit").text
            #expect(all.contains("<option value=\"shogyo1\">shogyo1（所管課）</option>"))
            #expect(all.contains("<td>shogyo1（所管課）</td>"))
            // Accounts added: the role in Japanese, field by field.
            #expect(all.contains("<span class=\"field\">役割: </span><span class=\"before\">（なし）</span> → <span class=\"after\">所管課</span>"))
            #expect(!all.contains("役割=department"))

            let shogyoOnly = try await office.get("/office/audit?department=%E5%95%86%E6%A5%AD%E8%AA%B2").text
            #expect(shogyoOnly.contains("<td>1-1.1.1 R6</td>"))
            #expect(!shogyoOnly.contains("<td>\(kankoIndicator) R6</td>"))
            // The self-evaluation changed its direction only: that field, before and after.
            #expect(shogyoOnly.contains("<span class=\"field\">今後の方向性: </span><span class=\"before\">改善・継続</span> → <span class=\"after\">拡充</span>"))
            #expect(shogyoOnly.contains("ほか1項目は変わらず"))
            #expect(!shogyoOnly.contains("[{"))

            let kankoOnly = try await office.get("/office/audit?department=%E8%A6%B3%E5%85%89%E8%AA%B2&year=R6").text
            #expect(kankoOnly.contains("<td>\(kankoIndicator) R6</td>"))
            #expect(!kankoOnly.contains("<td>1-1.1.1 R6</td>"))
            let r7 = try await office.get("/office/audit?year=R7&actor=shogyo1").text
            #expect(r7.contains("の変更（0件、新しい順）"))
            let byPerson = try await office.get("/office/audit?actor=kanko1").text
            #expect(byPerson.contains("の変更（1件、新しい順）"))
            let badDate = try await office.get("/office/audit?since=2025-13-01").text
            #expect(badDate.contains("日付「2025-13-01」が読めません（例: 2025-04-01）"))
        }
    }
}
