import Foundation
import PlanCore
import PlanMail
import PlanServices
import PlanStore
import PlanTestSupport
import Testing

/// Reminders of the due date: sent over SMTP to a real server on loopback (aiosmtpd), read
/// back as a mail client reads them; on SQLite, and on PostgreSQL when CI gives one.
@Suite("提出期限と督促メール", .serialized, .enabled(if: TestMailServer.available || TestMailServer.required))
struct ReminderTests {
    static let r6 = FiscalYear(westernYear: 2024)
    static let op = Viewer.commandLine("試験の操作者")
    static let due = CalendarDay(year: 2025, month: 6, day: 30)
    static let from = MailAddress(parsing: "計画担当 <keikaku@example.lg.jp>")!

    static func smtp(_ server: TestMailServer) -> SMTPConfiguration {
        SMTPConfiguration(host: "127.0.0.1", port: server.port, from: from, timeoutSeconds: 10)
    }

    /// 商業課 (two items, an active clerk with an address and an inactive one with another),
    /// 観光課 (one item, its clerk has an address, it has submitted), 産業課 (one item, its
    /// clerk has no address) and 広報課 (no item).
    static func setUp(_ s: PlanServices) async throws -> (shogyo: Department, kanko: Department, sangyo: Department) {
        let office = try await s.context(plan: nil, viewer: op)
        let shogyo = try await office.addDepartment("商業課")
        let kanko = try await office.addDepartment("観光課")
        let sangyo = try await office.addDepartment("産業課")
        _ = try await office.addDepartment("広報課")
        let o = try await s.context(plan: nil, viewer: op)
        try await o.assign(item: "1-1.1", to: shogyo, lead: true)
        try await o.assign(item: "1-1.3", to: shogyo, lead: true)
        try await o.assign(item: "1-2.1", to: kanko, lead: true)
        try await o.assign(item: "2-1.1", to: sangyo, lead: true)
        for (name, d, email) in [
            ("shogyo1", shogyo, "shogyo@example.lg.jp"), ("shogyo2", shogyo, "old-shogyo@example.lg.jp"), ("kanko1", kanko, "kanko@example.lg.jp"),
            ("sangyo1", sangyo, ""),
        ] {
            try await s.addUser(name: name, password: "\(name)-password", role: .department, department: d, plan: nil, viewer: op)
            try await s.setEmail(name: name, email: email, viewer: op)
        }
        try await s.setActive(name: "shogyo2", active: false, viewer: op)
        let kankoClerk = try #require(try await s.store.accounts.account(named: "kanko1"))
        try await Submission.complete(s, clerk: kankoClerk, year: r6)
        _ = try await s.context(plan: nil, viewer: .signedIn(kankoClerk)).perform(.submit, department: kanko, year: r6, comment: "")
        try await s.context(plan: nil, viewer: op).setDueDate(due, year: r6)
        return (shogyo, kanko, sangyo)
    }

    @Test("期限を過ぎて未提出の課にだけ、有効な職員のアドレスへ1日1回督促が届き、計画担当はだれにいつ送ったかを見られる", arguments: TestDatabases.kinds)
    func remindsOverdueDepartmentsOncePerDay(_ db: TestDatabases.Kind) async throws {
        let server = try TestMailServer()
        defer { server.stop() }
        try await TestDatabases.withServices(db, configure: { $0.smtp = Self.smtp(server) }) { s in
            let (shogyo, _, sangyo) = try await Self.setUp(s)
            let link = "https://progress.example.lg.jp/my?year=R6"

            // On the due day itself nothing is overdue.
            let onTheDay = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: Self.due, link: link)
            #expect(onTheDay.reminders.isEmpty)
            #expect(onTheDay.note?.contains("まだ過ぎていません") == true)
            #expect(try server.messages().isEmpty)

            let july1 = CalendarDay(year: 2025, month: 7, day: 1)
            let first = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: july1, link: link)
            // 観光課 has submitted, 広報課 owns nothing: only 商業課 and 産業課 are overdue.
            #expect(first.reminders.map(\.departmentName).sorted() == ["商業課", "産業課"])
            #expect(first.reminders.first { $0.department == shogyo.id }?.outcome == .sent)
            #expect(first.reminders.first { $0.department == sangyo.id }?.outcome == .noRecipient)

            let mails = try server.messages()
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            // The inactive clerk's old address is not written to.
            #expect(mail.to == "shogyo@example.lg.jp")
            #expect(mail.from == "計画担当 <keikaku@example.lg.jp>")
            #expect(mail.subject.contains("令和6年度（2024年度）の実績"))
            #expect(mail.subject.contains("期限 令和7年6月30日（2025年6月30日）"))
            #expect(mail.charset == "utf-8")
            #expect(mail.body.hasPrefix("商業課 ご担当の皆さま"))
            #expect(mail.body.contains("提出期限の令和7年6月30日（2025年6月30日）を過ぎましたが、まだ提出されていません"))
            #expect(mail.body.contains("手続きの状態: 入力中"))
            #expect(mail.body.contains("入力と提出: \(link)"))
            #expect(mail.body.contains("自己評価: 0/2項目"))

            // The office sees who was reminded, when, at which address.
            let office = try await s.context(plan: nil, viewer: Self.op)
            let log = office.snapshot.reminders
            #expect(log.count == 2)
            #expect(log.first { $0.departmentName == "商業課" }?.recipients == ["shogyo@example.lg.jp"])
            #expect(log.first { $0.departmentName == "商業課" }?.day == july1)
            #expect(try await office.audit().contains { $0.action == "督促メール" && $0.key == "商業課 R6" && $0.after.contains("shogyo@example.lg.jp") })

            // The office's button pressed again the same day, or a second timer: no second mail.
            let again = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: july1, link: link)
            #expect(again.alreadyReminded.map(\.name) == ["商業課"])
            #expect(try server.messages().count == 1)

            // The next day, another; once 商業課 has submitted, none.
            _ = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: CalendarDay(year: 2025, month: 7, day: 2), link: nil)
            #expect(try server.messages().count == 2)
            let clerk = try #require(try await s.store.accounts.account(named: "shogyo1"))
            try await Submission.complete(s, clerk: clerk, year: Self.r6)
            _ = try await s.context(plan: nil, viewer: .signedIn(clerk)).perform(.submit, department: shogyo, year: Self.r6, comment: "")
            let after = try await s.context(plan: nil, viewer: Self.op)
            #expect(try after.overdueDepartments(year: Self.r6, today: CalendarDay(year: 2025, month: 7, day: 3)).map(\.name) == ["産業課"])
            _ = try await after.remind(year: Self.r6, today: CalendarDay(year: 2025, month: 7, day: 3), link: nil)
            #expect(try server.messages().count == 2)

            // A locked year's figures are closed: nobody is reminded of them any more.
            try await after.setLocked(true, year: Self.r6, reason: "決算")
            let locked = try await s.context(plan: nil, viewer: Self.op)
            #expect(try locked.overdueDepartments(year: Self.r6, today: CalendarDay(year: 2025, month: 7, day: 4)).isEmpty)
            let none = try await locked.remind(year: Self.r6, today: CalendarDay(year: 2025, month: 7, day: 4), link: nil)
            #expect(none.reminders.isEmpty)
            #expect(try server.messages().count == 2)
        }
    }

    @Test("メールサーバーに届かない督促は「送信できず」と記録され、同じ日に送り直せる", arguments: TestDatabases.kinds)
    func failedReminderIsRecordedAndRetried(_ db: TestDatabases.Kind) async throws {
        let server = try TestMailServer()
        defer { server.stop() }
        // A port nothing listens on (the server's own port, once it has stopped, is not certain to stay free).
        let closed = try TestMailServer()
        let closedPort = closed.port
        closed.stop()
        try await TestDatabases.withOwnDatabase(db) { location in
            var broken = TestDatabases.configuration(location)
            broken.smtp = SMTPConfiguration(host: "127.0.0.1", port: closedPort, from: Self.from, timeoutSeconds: 5)
            let july1 = CalendarDay(year: 2025, month: 7, day: 1)
            try await TestDatabases.withServices(broken) { s in
                _ = try await Self.setUp(s)
                let round = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: july1, link: nil)
                let shogyo = try #require(round.reminders.first { $0.departmentName == "商業課" })
                #expect(shogyo.outcome == .failed)
                #expect(shogyo.detail.contains("接続できません"))
            }
            var working = broken
            working.smtp = Self.smtp(server)
            try await TestDatabases.withServices(working) { s in
                let round = try await s.context(plan: nil, viewer: Self.op).remind(year: Self.r6, today: july1, link: nil)
                #expect(round.reminders.first { $0.departmentName == "商業課" }?.outcome == .sent)
                #expect(try server.messages().map(\.to) == ["shogyo@example.lg.jp"])
            }
        }
    }

    @Test("督促と期限の設定は計画担当だけができ、期限の前や未設定なら何も送らない")
    func onlyTheOfficeReminds() async throws {
        let server = try TestMailServer()
        defer { server.stop() }
        try await TestDatabases.withServices(.sqlite, configure: { $0.smtp = Self.smtp(server) }) { s in
            let office = try await s.context(plan: nil, viewer: Self.op)
            let d = try await office.addDepartment("商業課")
            try await s.context(plan: nil, viewer: Self.op).assign(item: "1-1.1", to: d, lead: true)
            try await s.addUser(name: "shogyo1", password: "shogyo1-password", role: .department, department: d, plan: nil, viewer: Self.op)
            let clerk = try #require(try await s.store.accounts.account(named: "shogyo1"))
            let c = try await s.context(plan: nil, viewer: .signedIn(clerk))
            await #expect(throws: ServiceError.self) { try await c.setDueDate(Self.due, year: Self.r6) }
            await #expect(throws: ServiceError.self) { _ = try await c.remind(year: Self.r6, today: Self.due, link: nil) }
            let none = try await s.context(plan: nil, viewer: Self.op).remind(
                year: Self.r6, today: CalendarDay(year: 2026, month: 1, day: 1), link: nil)
            #expect(none.note == "令和6年度（2024年度）の提出期限が設定されていません")
            // A due date before the year begins is refused.
            await #expect(throws: ServiceError.self) {
                try await s.context(plan: nil, viewer: Self.op).setDueDate(CalendarDay(year: 2024, month: 3, day: 31), year: Self.r6)
            }
            // A clerk may set the own address, not a line break that would add a header.
            try await s.setEmail(name: "shogyo1", email: "ｓｈｏｇｙｏ@example.lg.jp", viewer: .signedIn(clerk))
            #expect(try await s.store.accounts.account(named: "shogyo1")?.email == "shogyo@example.lg.jp")
            await #expect(throws: ServiceError.self) {
                try await s.setEmail(name: "shogyo1", email: "a@example.lg.jp\r\nBcc: x@example.com", viewer: .signedIn(clerk))
            }
            #expect(try server.messages().isEmpty)
        }
    }

    @Test("STARTTLS と認証（AUTH PLAIN）、最初から TLS（SMTPS）でも届き、信頼できない証明書のサーバーには送らない")
    func protectedConnections() async throws {
        let message = MailMessage(
            from: Self.from, to: [MailAddress(parsing: "clerk@example.lg.jp")!], subject: "【提出のお願い】令和6年度（2024年度）の実績",
            body: "商業課 ご担当の皆さま\n\n.で始まる行も、관심も、そのまま届きます。")

        let starttls = try TestMailServer(mode: .starttls, auth: "mailer:secret-1")
        defer { starttls.stop() }
        var c = SMTPConfiguration(
            host: "localhost", port: starttls.port, from: Self.from, user: "mailer", password: "secret-1", security: .starttls,
            caFile: starttls.certificate,
            timeoutSeconds: 10)
        try await SMTPMailer(c).send(message)
        let got = try #require(try starttls.messages().first)
        #expect(got.subject == "【提出のお願い】令和6年度（2024年度）の実績")
        #expect(got.body == "商業課 ご担当の皆さま\n\n.で始まる行も、관심も、そのまま届きます。")

        // A wrong password is refused by the server, in its words.
        c.password = "wrong"
        await #expect(throws: MailError.self) { try await SMTPMailer(c).send(message) }

        // The certificate is not trusted without the CA file: nothing is sent.
        c.password = "secret-1"
        c.caFile = nil
        await #expect(throws: MailError.self) { try await SMTPMailer(c).send(message) }
        #expect(try starttls.messages().count == 1)

        let smtps = try TestMailServer(mode: .smtps)
        defer { smtps.stop() }
        try await SMTPMailer(
            SMTPConfiguration(host: "localhost", port: smtps.port, from: Self.from, security: .tls, caFile: smtps.certificate, timeoutSeconds: 10)
        ).send(message)
        #expect(try smtps.messages().map(\.subject) == ["【提出のお願い】令和6年度（2024年度）の実績"])
    }
}
