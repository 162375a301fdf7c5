import Foundation
import PlanCore
import PlanMail
import PlanStore

/// What one round of reminders did: each department reminded (or tried), and those passed
/// over with the reason.
public struct ReminderRound: Sendable {
    public var year: FiscalYear
    public var due: CalendarDay?
    public var reminders: [Reminder]
    /// Overdue departments not reminded again (already reminded today).
    public var alreadyReminded: [Department]
    /// Why nothing was sent, when nothing was due.
    public var note: String?
}

extension PlanContext {
    /// The day a year's figures are due, where the office has set one.
    public func dueDate(year: FiscalYear) -> CalendarDay? { snapshot.dueDates[year] }

    /// Whether a department still owes a year's figures: it has items, and they are not
    /// submitted (入力中, or 差し戻し and not submitted again).
    func owesFigures(_ d: Department, year: FiscalYear) -> Bool {
        guard !items(of: d).isEmpty else { return false }
        let state = snapshot.state(ofDepartment: d.id, year: year).state
        return state == .draft || state == .returned
    }

    /// The departments that have not submitted a year's figures though its due date has passed
    /// (`today` after the due day); none before the due date, without one, or once the office has
    /// locked the year (its figures are closed: nobody is to be reminded of them).
    public func overdueDepartments(year: FiscalYear, today: CalendarDay) throws -> [Department] {
        try requireStaff()
        guard let due = dueDate(year: year), today > due, snapshot.locks[year] != true else { return [] }
        return departments.filter { owesFigures($0, year: year) }
    }

    /// Sets (or, with nil, clears) the day a year's figures are due.
    public func setDueDate(_ day: CalendarDay?, year: FiscalYear) async throws {
        try requireOffice("提出期限の設定")
        _ = try requireYear(year)
        if let day, day < CalendarDay(year: year.westernYear, month: 4, day: 1) {
            throw ServiceError.invalid("提出期限（\(day.label)）が\(year.label)の始まりより前です")
        }
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.setDueDate(day, year: year, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    /// Reminds by e-mail every department that has not submitted a year's figures by its due
    /// date: one message to its active clerks with an address, at most one reminder per
    /// department a day however often this runs (the office's button, a daily timer, two
    /// instances), each logged with its recipients and outcome. `link` is the address of the
    /// clerks' entry page.
    public func remind(year: FiscalYear, today: CalendarDay, link: String?) async throws -> ReminderRound {
        try requireOffice("督促メールの送信")
        _ = try requireYear(year)
        guard let due = dueDate(year: year) else {
            return ReminderRound(year: year, due: nil, reminders: [], alreadyReminded: [], note: "\(year.label)の提出期限が設定されていません")
        }
        guard today > due else {
            return ReminderRound(year: year, due: due, reminders: [], alreadyReminded: [], note: "提出期限（\(due.label)）はまだ過ぎていません")
        }
        if snapshot.locks[year] == true {
            return ReminderRound(year: year, due: due, reminders: [], alreadyReminded: [], note: "\(year.label)はロックされているので督促しません")
        }
        let overdue = try overdueDepartments(year: year, today: today)
        guard !overdue.isEmpty else {
            return ReminderRound(year: year, due: due, reminders: [], alreadyReminded: [], note: "期限を過ぎて未提出の課はありません")
        }
        guard let smtp = services.configuration.smtp else {
            throw ServiceError.conflict("メールサーバーが設定されていません（環境変数 \(AppConfiguration.Key.smtpHost) と \(AppConfiguration.Key.smtpFrom)、README）")
        }
        let mailer = SMTPMailer(smtp)
        let actor = viewer.actor
        let accounts = try await store.cycle(plan.id).accounts()
        let progress = Dictionary(try departmentProgress(year: year).map { ($0.department.id, $0) }, uniquingKeysWith: { a, _ in a })
        var round = ReminderRound(year: year, due: due, reminders: [], alreadyReminded: [], note: nil)
        for d in overdue {
            let claim: UUID?
            do {
                claim = try await store.write(plan: plan.id) { w -> UUID? in
                    // Checked again inside the transaction: submitted meanwhile, not reminded.
                    let state = try await w.read.submission(department: d.id, year: year).state
                    guard state == .draft || state == .returned else { return nil }
                    return try await w.claimReminder(department: d, year: year, day: today, actor: actor)
                }
            } catch {
                throw ServiceError.from(error)
            }
            guard let id = claim else {
                round.alreadyReminded.append(d)
                continue
            }
            let recipients = accounts.filter { $0.active && $0.role == .department && $0.department?.id == d.id }.compactMap(\.email)
                .compactMap(MailAddress.init(parsing:))
            var outcome = Reminder.Outcome.sent
            var detail = ""
            if recipients.isEmpty {
                outcome = .noRecipient
                detail = "この課の有効な利用者にメールアドレスがありません"
            } else {
                let message = reminderMessage(
                    to: recipients, from: smtp.from, department: d, year: year, due: due, progress: progress[d.id], link: link)
                do { detail = try await mailer.send(message) } catch {
                    outcome = .failed
                    detail = String(describing: error)
                }
            }
            let addresses = recipients.map(\.address)
            let result = (outcome, detail)
            do {
                try await store.write(plan: plan.id) { w in
                    try await w.recordReminder(
                        id, department: d, year: year, recipients: addresses, outcome: result.0, detail: result.1, actor: actor)
                }
            } catch {
                throw ServiceError.from(error)
            }
            services.logger.info(
                "督促メール", metadata: ["plan": .string(plan.id), "department": .string(d.name), "outcome": .string(outcome.rawValue)])
            round.reminders.append(
                Reminder(
                    id: id, year: year, department: d.id, departmentName: d.name, day: today, sentAt: Date(), recipients: addresses, outcome: outcome,
                    detail: detail, actor: actor))
        }
        return round
    }

    /// The reminder as the clerks read it: what is due, by when, what is missing, where to go.
    func reminderMessage(
        to: [MailAddress], from: MailAddress, department d: Department, year: FiscalYear, due: CalendarDay, progress: DepartmentProgress?,
        link: String?
    ) -> MailMessage {
        let state = snapshot.state(ofDepartment: d.id, year: year)
        var lines = [
            "\(d.name) ご担当の皆さま",
            "",
            "「\(plan.title)」の\(year.label)の実績は、提出期限の\(due.label)を過ぎましたが、まだ提出されていません。",
            "入力と自己評価を済ませ、計画担当に提出してください。",
            "",
            "手続きの状態: \(state.state.label)" + (state.comment.isEmpty ? "" : "（計画担当からのコメント: \(state.comment)）"),
        ]
        if let p = progress {
            lines.append("報告する指標: \(p.units)件（入力済み \(p.entered)件、未報告 \(p.notReported)件）")
            lines.append("自己評価: \(p.selfEvaluated)/\(p.items)項目")
        }
        if let link { lines += ["", "入力と提出: \(link)"] }
        lines += [
            "",
            "このメールは進行管理のシステムから自動で送っています。行き違いで提出済みの場合はご容赦ください。",
            "問い合わせ先: 計画担当（\(from.address)）",
        ]
        return MailMessage(
            from: from, to: to, subject: "【提出のお願い】\(year.label)の実績（期限 \(due.label)）— \(plan.title)", body: lines.joined(separator: "\n"))
    }
}
