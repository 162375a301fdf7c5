import Foundation
import PlanCore
import PlanMail
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// The due date and reminders as the plan office and a clerk meet them in the browser, with a
/// real SMTP server on loopback.
@Suite("提出期限と督促（画面）", .enabled(if: TestMailServer.available || TestMailServer.required))
struct ReminderWebTests {
    @Test("計画担当が期限を設定して督促を送ると、課の職員にメールが届き、進行管理に記録が、職員の入力画面に「未提出（期限 …）」が出る")
    func officeSetsDueDateAndReminds() async throws {
        let server = try TestMailServer()
        defer { server.stop() }
        let configure: (inout AppConfiguration) -> Void = { config in
            config.smtp = SMTPConfiguration(
                host: "127.0.0.1", port: server.port, from: MailAddress(parsing: "keikaku@example.lg.jp")!, timeoutSeconds: 10)
            config.siteURL = "https://progress.example.lg.jp"
        }
        try await withApp(examples: false, configure: configure) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("商業課")
            try await c.assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "shogyo1", password: "shogyo-password-1", role: .department, department: d, plan: nil, viewer: op)
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)

            var office = Browser(app: app)
            _ = try await office.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1", "next": "/office"], tokenFrom: "/login")
            // The office gives the clerk an address on the users page.
            let email = try await office.post(
                "/office/users", form: ["action": "email", "name": "shogyo1", "email": "shogyo@example.lg.jp"], tokenFrom: "/office/users")
            #expect(email.status == .seeOther)
            #expect(try await office.get("/office/users").text.contains("value=\"shogyo@example.lg.jp\""))

            let before = try await office.get("/office?year=R6").text
            #expect(before.contains("令和6年度（2024年度）の提出期限は設定されていません"))
            #expect(!before.contains("督促メールを送る"))
            let set = try await office.post("/office/due-date", form: ["year": "R6", "due": "2025-06-30"], tokenFrom: "/office?year=R6")
            #expect(set.status == .seeOther)
            let page = try await office.get("/office?year=R6").text
            #expect(page.contains("提出期限を令和7年6月30日（2025年6月30日）にしました"))
            #expect(page.contains("期限を過ぎて未提出: 商業課"))
            #expect(page.contains("期限を過ぎて未提出の1課に督促メールを送る"))

            var clerk = Browser(app: app)
            _ = try await clerk.post("/login", form: ["name": "shogyo1", "password": "shogyo-password-1", "next": "/my"], tokenFrom: "/login")
            let my = try await clerk.get("/my?year=R6").text
            #expect(my.contains("未提出（期限 令和7年6月30日（2025年6月30日））。提出期限を過ぎています"))
            // A clerk cannot send reminders.
            let refused = try await clerk.post("/office/remind", form: ["year": "R6"], tokenFrom: "/my?year=R6")
            #expect(refused.status == .forbidden)
            #expect(try server.messages().isEmpty)

            let sent = try await office.post("/office/remind", form: ["year": "R6"], tokenFrom: "/office?year=R6")
            #expect(sent.status == .seeOther)
            let after = try await office.get("/office?year=R6").text
            #expect(after.contains("商業課に督促メールを送りました（shogyo@example.lg.jp）"))
            #expect(after.contains("督促の記録（令和6年度（2024年度）、新しい順）"))
            #expect(after.contains("<td>shogyo@example.lg.jp</td><td>送信済み</td><td>keikaku1</td>"))
            let mails = try server.messages()
            #expect(mails.count == 1)
            #expect(mails.first?.to == "shogyo@example.lg.jp")
            #expect(mails.first?.body.contains("入力と提出: https://progress.example.lg.jp/my?year=R6") == true)

            // Pressed again the same day: no second mail.
            _ = try await office.post("/office/remind", form: ["year": "R6"], tokenFrom: "/office?year=R6")
            #expect(try await office.get("/office?year=R6").text.contains("本日すでに督促済み: 商業課"))
            #expect(try server.messages().count == 1)

            // Once submitted, the clerk's page no longer says 未提出.
            try await Submission.complete(
                s, clerk: try #require(try await s.store.accounts.account(named: "shogyo1")), year: FiscalYear(westernYear: 2024))
            _ = try await clerk.post("/my/submit", form: ["year": "R6"], tokenFrom: "/my?year=R6")
            #expect(!(try await clerk.get("/my?year=R6").text.contains("未提出（期限")))
        }
    }
}
