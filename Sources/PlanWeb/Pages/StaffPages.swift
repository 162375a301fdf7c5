import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// Messages that survive the redirect after a POST (POST → 303 → GET).
struct Flash: Codable, Equatable {
    var notices: [String] = []
    var errors: [String] = []
    /// Typed values to show again after a refused form (field → value).
    var typed: [String: String] = [:]
    /// Errors at their fields (field → message).
    var fieldErrors: [String: String] = [:]
    var isEmpty: Bool { notices.isEmpty && errors.isEmpty && typed.isEmpty && fieldErrors.isEmpty }
}

/// `/login`.
enum LoginPage {
    static func render(_ ctx: PageContext, csrf: String, next: String, error: String?) -> String {
        Layout.page(
            ctx, title: ctx.s(.staffLogin),
            .group([
                .h1(.text(ctx.s(.staffLogin))),
                .p(.text(ctx.s(.loginIntro))),
                .unwrap(error) { .div(.class("errors"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .form(
                    .method(.post), .action(ctx.href(.login(next: nil))), .class("stacked"),
                    Forms.hidden("_csrf", csrf), Forms.hidden("next", next),
                    .label(.for("name"), .text(ctx.s(.userName))),
                    .input(.type(.text), .id("name"), .name("name"), .attribute(named: "autocomplete", value: "username"), .required(true)),
                    .label(.for("password"), .text(ctx.s(.password))),
                    .input(
                        .type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "current-password"),
                        .required(true)),
                    .button(.type(.submit), .text(ctx.s(.signIn)))),
            ]))
    }
}

/// `/account/password` — change one's own password.
enum PasswordPage {
    static func render(_ ctx: PageContext, csrf: String, flash: Flash, temporary: Bool = false, email: String? = nil) -> String {
        Layout.page(
            ctx, title: ctx.s(.changePassword),
            .group([
                .h1(.text(ctx.s(.changePassword))),
                Forms.messages(flash.notices, flash.errors),
                .if(
                    temporary,
                    .p(.class("readonly"), .text(ctx.s(.temporaryPasswordNotice)))),
                .form(
                    .method(.post), .action(ctx.href(.password)), .class("stacked"),
                    Forms.hidden("_csrf", csrf),
                    .label(.for("current"), .text(ctx.s(.currentPassword))),
                    .input(
                        .type(.password), .id("current"), .name("current"), .attribute(named: "autocomplete", value: "current-password"),
                        .required(true)),
                    .label(.for("new"), .text(ctx.s.newPasswordLabel(minimum: PlanServices.minimumPasswordLength))),
                    .input(.type(.password), .id("new"), .name("new"), .attribute(named: "autocomplete", value: "new-password"), .required(true)),
                    .button(.type(.submit), .text(ctx.s(.change)))),
                .if(
                    !temporary,
                    .group([
                        .h2(.text(ctx.s(.reminderAddress))),
                        .form(
                            .method(.post), .action(ctx.href(.password)), .class("stacked"), Forms.hidden("_csrf", csrf),
                            Forms.hidden("action", "email"),
                            .label(.for("email"), .text(ctx.s(.emailFieldLabel))),
                            .input(
                                .type(.email), .id("email"), .name("email"), .value(escapeAttribute(email ?? "")),
                                .attribute(named: "autocomplete", value: "email")),
                            .button(.type(.submit), .text(ctx.s(.save)))),
                    ])),
            ]))
    }
}

/// `/lint` — the plan's findings for the plan office, with rule names in Japanese beside their ids
/// and the places in the source (a staff review view: extraction details belong here).
enum LintPage {
    static func render(plan: Plan, findings: [LintFinding], severity: LintFinding.Severity?, _ ctx: PageContext) -> String {
        let shown = severity.map { s in findings.filter { $0.severity == s } } ?? findings
        return Layout.page(
            ctx, title: ctx.s(.lintTitle), crumbs: [.init(title: ctx.s(.overview), url: .home), .init(title: ctx.s(.lintTitle), url: nil)],
            .group([
                .h1(.text(ctx.s(.lintTitle))),
                .p(.text(ctx.s.lintIntro(findings.count))),
                .p(
                    .forEach(LintFinding.Severity.allCases) { s in
                        .group([
                            .a(.href(ctx.href(.lint(s.rawValue))), .text("\(s.label)（\(findings.filter { $0.severity == s }.count)）")), .text("　"),
                        ])
                    }, .a(.href(ctx.href(.lint(nil))), .text(ctx.s(.all)))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.counted(ctx.s(.findings), shown.count))),
                        .thead(.tr(Forms.th(ctx.s(.severity)), Forms.th(ctx.s(.rule)), Forms.th(ctx.s(.description)), Forms.th(ctx.s(.sourcePlace)))),
                        .tbody(
                            .forEach(shown) { f in
                                .tr(
                                    .td(.span(.class("severity \(f.severity.rawValue)"), .text(f.severity.label))),
                                    .td(.text(PlanLinter.rule(f.rule)?.name ?? f.rule), .br(), .span(.class("rule"), .text(f.rule))),
                                    .td(.text(f.message)),
                                    .td(.text(ctx.s.enumeration(f.sources.map { ctx.s.sourceLine($0.document, $0.line) }))))
                            }))),
            ]))
    }
}

/// `/my` — a department's items for a year: enter actuals, upload the template, write
/// self-evaluations, submit.
enum MyPage {
    struct Row {
        var reportingID: String
        var indicator: Indicator
        var node: PlanNode
        var target: Decimal?
        var stored: StoredActual?
        /// Computed from activity records (shown, never typed).
        var computed: Bool = false
    }

    struct Model {
        var plan: Plan
        var index: PlanIndex
        var department: Department
        var year: FiscalYear
        var submission: Submission
        var refusal: ServiceError?
        var rows: [Row]
        var items: [PlanNode]
        var evaluated: Set<String>
        var csrf: String
        var flash: Flash
        /// The year's due date, and today, for 「未提出（期限 …）」.
        var due: CalendarDay?
        var today: CalendarDay
        /// What is still to do before submitting (empty: complete).
        var missing: [String]
        var editable: Bool { refusal == nil }

        /// 「未提出（期限 …）」 while the figures are not submitted and a due date is set.
        func dueNotice(_ s: Strings) -> String? {
            guard let due, submission.state == .draft || submission.state == .returned else { return nil }
            return s.dueNotice(due, overdue: today > due)
        }
    }

    static func model(_ c: PlanContext, department: Department, year: FiscalYear, csrf: String, flash: Flash) -> Model {
        let items = c.items(of: department)
        let e = c.snapshot.evaluation(year: year, audience: .staff)
        let stored = Dictionary((c.snapshot.actuals[year] ?? []).map { ($0.actual.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        let rows = e.evaluations.filter { items.contains($0.node.item) && seen.insert($0.reportingID).inserted }.map { ev in
            Row(
                reportingID: ev.reportingID, indicator: ev.indicator, node: ev.node, target: ev.evaluation.target ?? ev.evaluation.expected,
                stored: stored[ev.reportingID], computed: c.countingRule(indicator: ev.reportingID, year: year) != nil)
        }
        let itemNodes = c.plan.items.filter { items.contains($0.id) }
        let submission = c.snapshot.state(ofDepartment: department.id, year: year)
        let refusal = PlanContext.refusal(
            item: "", year: year, locked: c.snapshot.locks[year] ?? false, state: submission.state, department: department.name)
        return Model(
            plan: c.plan, index: c.index, department: department, year: year, submission: submission, refusal: refusal, rows: rows, items: itemNodes,
            evaluated: Set((c.snapshot.selfEvaluations[year] ?? []).map(\.evaluation.project)), csrf: csrf, flash: flash, due: c.dueDate(year: year),
            today: CalendarDay(containing: Date()), missing: c.missingForSubmission(department: department, year: year))
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: ctx.s.entryTitle(m.year),
            .group([
                .h1(.text(ctx.s.itemsOf(m.department.name, m.year))),
                Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .my(nil)),
                .p(.text(ctx.s.procedureState(m.submission.state.label, comment: m.submission.comment))),
                .unwrap(m.dueNotice(ctx.s)) { text in .p(.class("due"), .strong(.text(text))) },
                .unwrap(m.refusal) { r in .p(.class("readonly"), .text(ctx.s(.yearLockedPrefix) + r.message)) },
                Forms.messages(m.flash.notices, m.flash.errors),
                .if(m.rows.isEmpty, .p(.text(ctx.s(.noItems)))),
                .if(!m.rows.isEmpty, actualsForm(m, ctx)),
                .p(.a(.href(ctx.href(.activities(kind: nil, year: m.year))), .text(ctx.s(.activitiesLink)))),
                .h2(.text(ctx.s(.bulkHeading))),
                .p(
                    .a(.href(ctx.href(.myTemplate(m.year))), .text(ctx.s(.downloadTemplate))),
                    .text(ctx.s(.bulkHelp))),
                .if(
                    m.editable,
                    .form(
                        .method(.post), .action(ctx.href(.myUpload(m.year))), .attribute(named: "enctype", value: "multipart/form-data"),
                        Forms.hidden("_csrf", m.csrf),
                        .label(.for("file"), .text(ctx.s(.filledTemplate))),
                        .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv")),
                        .button(.type(.submit), .text(ctx.s(.importButton))))),
                .h2(.text(ctx.s(.selfEvaluation))),
                .ul(
                    .forEach(m.items) { n in
                        .li(
                            .a(.href(ctx.href(.myItem(n.id, m.year))), .text(m.index.itemTitle(n.id))),
                            .text(ctx.s(m.evaluated.contains(n.id) ? .entered : .notEntered)))
                    }),
                .h2(.text(ctx.s(.submitHeading))),
                .if(
                    m.editable && !m.missing.isEmpty,
                    .group([
                        .p(.text(ctx.s.missingIntro(m.missing.count))),
                        .ul(.class("missing"), .forEach(m.missing) { .li(.text($0)) }),
                    ])),
                .if(m.editable && m.missing.isEmpty, .p(.text(ctx.s(.readyToSubmit)))),
                .if(
                    m.editable,
                    .form(
                        .method(.post), .action(ctx.href(.mySubmit)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                        .button(.type(.submit), .text(ctx.s(.submitButton))))),
            ]))
    }

    static func actualsForm(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(ctx.href(.myActuals)),
            Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
            .div(
                .class("table-scroll"),
                .table(
                    .class("entry"),
                    .caption(.text(ctx.s.actualsCaption(m.year))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s.itemAndIndicator(ctx.s.indicatorLabel(m.plan))), Forms.th(ctx.s(.target), numeric: true),
                            Forms.th(ctx.s(.actualValue)), Forms.th(ctx.s(.note)), Forms.th(ctx.s(.lastEntry))
                        )),
                    .tbody(.forEach(m.rows) { row in entryRow(row, m, ctx) }))),
            .if(m.editable, .button(.type(.submit), .text(ctx.s(.save)))))
    }

    static func entryRow(_ r: Row, _ m: Model, _ ctx: PageContext) -> Node<HTML.TableContext> {
        let id = r.reportingID
        let typed = m.flash.typed["value[\(id)]"]
        let value = typed ?? r.stored?.actual.value.map { NumberCell.display($0, maximumFractionDigits: 10) } ?? ""
        let note = m.flash.typed["note[\(id)]"] ?? r.stored?.actual.note ?? ""
        let label = "\(m.index.itemTitle(r.node.id)) ／ \(IndicatorPage.name(r.indicator, ctx))"
        let error = m.flash.fieldErrors[id]
        let fieldID = "v-" + NodePage.anchor(id)
        let editable = m.editable && !r.computed
        let valueInput: Node<HTML.BodyContext> =
            r.computed
            ? .group([
                .text(value.isEmpty ? ctx.s(.notReported) : value), .text(" "),
                .a(
                    .href(ctx.href(.activityFigure(indicator: id, year: m.year))),
                    .attribute(named: "aria-label", value: escapeAttribute("\(label) \(ctx.s(.seeRecords))")),
                    .text("（\(ctx.s(.computedFromRecords))・\(ctx.s(.seeRecords))）")),
            ])
            : m.editable
                ? .group([
                    Forms.input([
                        ("type", "text"), ("id", fieldID), ("name", "value[\(id)]"), ("value", value), ("inputmode", "decimal"),
                        ("aria-label", ctx.s.valueLabel(label, unit: r.indicator.unit)), ("class", "num"),
                        ("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", error == nil ? nil : fieldID + "-error"),
                    ]),
                    .unwrap(error) { .span(.id(fieldID + "-error"), .class("field-error"), .text($0)) },
                ])
                : .text(value.isEmpty ? ctx.s(.notReported) : value)
        let noteInput: Node<HTML.BodyContext> =
            editable
            ? .input(
                .type(.text), .name("note[\(id)]"), .value(escapeAttribute(note)),
                .attribute(named: "aria-label", value: escapeAttribute(ctx.s.noteFor(label))))
            : .text(note)
        return .tr(
            .th(
                .attribute(named: "scope", value: "row"), editable ? .label(.for(fieldID), .text(label)) : .text(label),
                .text("（\(r.indicator.unit)）")),
            .td(.class("num"), .text(r.target.map { Format.number($0) } ?? "—")),
            .td(valueInput, .if(editable, .input(.type(.hidden), .name("version[\(id)]"), .value(String(r.stored?.version ?? 0))))),
            .td(noteInput),
            .td(.text(r.stored.map { $0.enteredBy + ctx.s.aside(ctx.s.shortTime($0.enteredAt)) } ?? "—")))
    }

}

/// `/my/items/{id}` — an item's self-evaluation for a year, with its targets and actuals.
enum ItemPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var item: PlanNode
        var year: FiscalYear
        var existing: StoredSelfEvaluation?
        var refusal: ServiceError?
        var evaluations: [IndicatorEvaluation]
        var csrf: String
        var flash: Flash
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let editable = m.refusal == nil
        let e = m.existing?.evaluation
        return Layout.page(
            ctx, title: ctx.s(.selfEvaluation),
            .group([
                .h1(.text(ctx.s.selfEvaluationHeading(m.index.itemTitle(m.item.id), m.year))),
                .p(.a(.href(ctx.href(.my(m.year))), .text(ctx.s(.backToEntry)))),
                Forms.messages(m.flash.notices, m.flash.errors),
                .unwrap(m.refusal) { r in .p(.class("readonly"), .text(ctx.s(.yearLockedPrefix) + r.message)) },
                .table(
                    .caption(.text(ctx.s.targetsAndActualsOf(m.year))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s.indicatorLabel(m.plan)), Forms.th(ctx.s(.target), numeric: true), Forms.th(ctx.s(.actual), numeric: true),
                            Forms.th(ctx.s(.achievementRate), numeric: true))),
                    .tbody(
                        .forEach(m.evaluations) { ev in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(IndicatorPage.name(ev.indicator, ctx))),
                                .td(.class("num"), .text((ev.evaluation.target ?? ev.evaluation.expected).map { Format.number($0) } ?? "—")),
                                .td(.class("num"), .text(ev.evaluation.actual.map { Format.number($0) } ?? ctx.s(.notReported))),
                                .td(.class("num"), .text(Forms.rate(ev.evaluation, ctx.s))))
                        })),
                .form(
                    .method(.post), .action(ctx.href(.myItem(m.item.id, nil))), .class("stacked"),
                    Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code), Forms.hidden("version", String(m.existing?.version ?? 0)),
                    .label(.for("text"), .text(ctx.s(.selfEvaluation))),
                    Forms.textarea(id: "text", name: "text", rows: 5, text: m.flash.typed["text"] ?? e?.text ?? "", readonly: !editable),
                    .label(.for("direction"), .text(ctx.s(.futureDirection))),
                    Forms.select(
                        id: "direction", name: "direction",
                        options: [("", ctx.s(.chooseOne))] + FutureDirection.allCases.map { ($0.rawValue, $0.rawValue) },
                        selected: m.flash.typed["direction"] ?? e?.direction?.rawValue ?? ""),
                    .forEach(m.item.milestones) { ms in milestoneFields(ms, e, ctx.s) },
                    .if(editable, .button(.type(.submit), .text(ctx.s(.save))))),
            ]))
    }

    static func milestoneFields(_ ms: Milestone, _ e: SelfEvaluation?, _ s: Strings) -> Node<HTML.FormContext> {
        let current = e?.milestones.first { $0.year == ms.year }
        return .fieldset(
            .element(named: "legend", text: s.milestoneLegend(ms.year, ms.text)),
            .label(.for("ms-\(ms.year.code)"), .text(s(.progressState))),
            Forms.select(
                id: "ms-\(ms.year.code)", name: "milestone[\(ms.year.code)]",
                options: [("", s(.chooseOne))] + MilestoneStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                selected: current?.status?.rawValue ?? ""
            ),
            .label(.for("mc-\(ms.year.code)"), .text(s(.comment))),
            .input(
                .type(.text), .id("mc-\(ms.year.code)"), .name("milestoneComment[\(ms.year.code)]"), .value(escapeAttribute(current?.comment ?? ""))))
    }
}

/// `/office` — the plan office's progress management for a year.
enum OfficePage {
    struct Model {
        var plan: Plan
        var year: FiscalYear
        var locked: Bool
        var progress: [DepartmentProgress]
        var unassigned: [PlanNode]
        var rollUp: RollUp
        var scheme: GradingScheme
        var isOffice: Bool
        var csrf: String
        var flash: Flash
        /// The year's due date, the departments past it without submitting, the reminders sent.
        var due: CalendarDay? = nil
        var overdue: [Department] = []
        var reminders: [Reminder] = []
        /// Whether a mail server and the site's public address are configured.
        var mailConfigured = false
        var siteURLConfigured = false
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: ctx.s.officeTitle(m.year),
            .group([
                .h1(.text(ctx.s.officeHeading(m.year))),
                Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .office(nil)),
                Forms.messages(m.flash.notices, m.flash.errors),
                .p(
                    .text(
                        ctx.s.officeDistribution(
                            grades: m.scheme.gradeNames.map { ($0, m.rollUp.count(of: $0)) }, notReported: m.rollUp.notReported,
                            median: Format.rate(m.rollUp.medianAchievementRate)))),
                .ul(
                    .class("links"),
                    .li(.a(.href(ctx.href(.officeNotReported(m.year))), .text(ctx.s(.notReportedListLink)))),
                    .if(
                        m.isOffice,
                        .group([
                            .li(.a(.href(ctx.href(.officeAudit)), .text(ctx.s(.auditLink)))),
                            .li(.a(.href(ctx.href(.officeDepartments)), .text(ctx.s(.departmentsLink)))),
                            .li(.a(.href(ctx.href(.officeAssignments)), .text(ctx.s(.assignmentsLink)))),
                            .li(.a(.href(ctx.href(.officeUsers)), .text(ctx.s(.usersLink)))),
                            .li(.a(.href(ctx.href(.officeAPITokens)), .text(ctx.s(.apiTokensLink)))),
                        ])),
                    .li(.a(.href(ctx.href(.activities(kind: nil, year: nil))), .text(ctx.s(.activitiesLink)))),
                    .li(.a(.href(ctx.href(.draftReport(m.year))), .text(ctx.s(.draftReportLink))))),
                .h2(.text(ctx.s(.byDepartment))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.departmentStatusCaption(m.year))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.status)), Forms.th(ctx.s(.items), numeric: true),
                                Forms.th(ctx.s(.reportedIndicators), numeric: true),
                                Forms.th(ctx.s(.enteredCount), numeric: true), Forms.th(ctx.s(.notReported), numeric: true),
                                Forms.th(ctx.s(.selfEvaluation), numeric: true),
                                Forms.th(ctx.s(.actions)))),
                        .tbody(.forEach(m.progress) { d in row(d, m, ctx) }))),
                .if(
                    m.isOffice && !m.unassigned.isEmpty,
                    .p(.a(.href(ctx.href(.officeAssignments)), .text(ctx.s.unassignedItems(m.unassigned.count))))),
                reminderSection(m, ctx),
                .if(m.isOffice, adminForms(m, ctx)),
            ]))
    }

    /// 提出期限と督促: the due date (set by the office), who is past it, the reminders sent.
    static func reminderSection(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        func outcome(_ r: Reminder) -> String {
            switch r.outcome {
            case .sent: ctx.s(.sent)
            case .noRecipient: ctx.s(.noRecipient)
            case .failed: ctx.s.sendFailed(r.detail)
            case .sending: ctx.s(.sending)
            }
        }
        return .group([
            .h2(.text(ctx.s(.dueAndReminders))),
            .p(
                .text(
                    m.due.map { ctx.s.dueStatus(m.year, due: $0, overdue: m.overdue.map(\.name)) } ?? ctx.s.noDueDate(m.year))),
            .if(
                m.isOffice,
                .group([
                    .form(
                        .method(.post), .action(ctx.href(.officeDueDate)), .class("inline"), Forms.hidden("_csrf", m.csrf),
                        Forms.hidden("year", m.year.code),
                        .label(.for("due"), .text(ctx.s(.dueDate) + " ")),
                        .input(.type(.date), .id("due"), .name("due"), .value(m.due?.description ?? "")),
                        .button(.type(.submit), .class("secondary"), .text(ctx.s(.saveDue)))),
                    .if(
                        !m.mailConfigured,
                        .p(.class("note"), .text(ctx.s(.noSMTP)))),
                    .if(
                        m.mailConfigured && !m.siteURLConfigured,
                        .p(.class("note"), .text(ctx.s(.noSiteURL)))),
                    .if(
                        m.mailConfigured && !m.overdue.isEmpty,
                        .form(
                            .method(.post), .action(ctx.href(.officeRemind)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                            .button(
                                .type(.submit), .class("primary"),
                                .text(ctx.s.sendReminders(m.overdue.count))))),
                ])),
            .if(
                !m.reminders.isEmpty,
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.remindersCaption(m.year))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s(.when)), Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.recipients)), Forms.th(ctx.s(.outcome)),
                                Forms.th(ctx.s(.actor)))),
                        .tbody(
                            .forEach(m.reminders) { r in
                                .tr(
                                    .td(.text(ctx.s.minute(r.sentAt))), .td(.text(r.departmentName)),
                                    .td(.text(r.recipients.isEmpty ? "—" : r.recipients.joined(separator: ", "))), .td(.text(outcome(r))),
                                    .td(.text(r.actor)))
                            })))),
        ])
    }

    static func row(_ d: DepartmentProgress, _ m: Model, _ ctx: PageContext) -> Node<HTML.TableContext> {
        let state = d.submission.state
        return .tr(
            .th(
                .attribute(named: "scope", value: "row"),
                .a(.href(ctx.href(.officeReview(department: d.department.name, year: m.year))), .text(d.department.name))),
            .td(.text(state.label + (d.submission.comment.isEmpty ? "" : "（\(d.submission.comment)）"))),
            .td(.class("num"), .text(String(d.items))), .td(.class("num"), .text(String(d.units))), .td(.class("num"), .text(String(d.entered))),
            .td(.class("num"), .text(String(d.notReported))), .td(.class("num"), .text("\(d.selfEvaluated)/\(d.items)")),
            .td(m.isOffice ? actions(d, m, ctx) : .text("—")))
    }

    static func actions(_ d: DepartmentProgress, _ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let available = WorkflowAction.allCases.filter { a in
            guard a != .submit else { return false }
            if case .success = a.apply(to: d.submission.state, by: .office) { return true }
            return false
        }
        return .group(
            available.map { action in
                .form(
                    .method(.post), .action(ctx.href(.officeWorkflow)), .class("inline"),
                    Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code), Forms.hidden("department", d.department.name),
                    Forms.hidden("action", action.rawValue),
                    .if(
                        action == .return,
                        .input(
                            .type(.text), .name("comment"),
                            .attribute(named: "aria-label", value: escapeAttribute(ctx.s.returnReasonFor(d.department.name))),
                            .placeholder(ctx.s(.returnReasonPlaceholder)), .required(true))),
                    .if(
                        action == .publish || action == .reopen,
                        .label(
                            .class("confirm"), .input(.type(.checkbox), .name("confirm"), .value("1"), .required(true)),
                            .text(action == .publish ? ctx.s.confirmPublishOf(d.department.name) : ctx.s.confirmWithdrawOf(d.department.name)))),
                    .button(.type(.submit), .class(action == .reopen || action == .return ? "secondary" : "primary"), .text(action.label)))
            })
    }

    static func adminForms(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let approved = m.progress.filter { $0.submission.state == .approved }
        return .group([
            .h2(.text(ctx.s(.publishYearHeading))),
            approved.isEmpty
                ? .p(.class("note"), .text(ctx.s(.nothingToPublish)))
                : .form(
                    .method(.post), .action(ctx.href(.officePublishYear)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                    .label(
                        .input(.type(.checkbox), .name("confirm"), .value("1"), .required(true)),
                        .text(ctx.s.publishConfirm(approved.map(\.department.name)))),
                    .button(.type(.submit), .text(ctx.s.publishYearButton(m.year)))),
            .h2(.text(ctx.s(.lockHeading))),
            .form(
                .method(.post), .action(ctx.href(.officeLock)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                Forms.hidden("lock", m.locked ? "0" : "1"),
                .label(.for("reason"), .text(ctx.s(.reason) + " ")), .input(.type(.text), .id("reason"), .name("reason")),
                .button(.type(.submit), .text(ctx.s(m.locked ? .unlockButton : .lockButton)))),
            .h2(.text(ctx.s(.gradingScheme))),
            .p(.text(ctx.s.schemeSummary(m.scheme))),
            .form(
                .method(.post), .action(ctx.href(.officeGrading)), Forms.hidden("_csrf", m.csrf),
                .label(.for("scheme"), .text(ctx.s(.schemeLabel))),
                .input(.type(.text), .id("scheme"), .name("scheme"), .value(escapeAttribute(m.scheme.description))),
                .button(.type(.submit), .text(ctx.s(.change)))),
        ])
    }
}

/// `/office/not-reported?year=` — what is not reported, by department.
enum NotReportedPage {
    static func render(plan: Plan, index: PlanIndex, year: FiscalYear, items: [NotReported], _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: ctx.s.notReportedTitle(year),
            .group([
                .h1(.text(ctx.s.notReportedHeading(year))),
                Forms.yearPicker(ctx, years: plan.reportingYears, selected: year, action: .officeNotReported(nil)),
                .p(.text(ctx.s.notReportedIntro(ctx.s.indicatorLabel(plan), items.count))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.counted(ctx.s(.notReported), items.count))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.items)), Forms.th(ctx.s.indicatorLabel(plan)),
                                Forms.th(ctx.s(.target), numeric: true))),
                        .tbody(
                            .forEach(items) { n in
                                .tr(
                                    .td(.text(n.department?.name ?? ctx.s(.noDepartment))), .td(.text(index.itemTitle(n.item))),
                                    .td(
                                        .a(
                                            .href(ctx.href(.indicator(n.evaluation.indicator.id))),
                                            .text(IndicatorPage.name(n.evaluation.indicator, ctx)))),
                                    .td(
                                        .class("num"),
                                        .text((n.evaluation.evaluation.target ?? n.evaluation.evaluation.expected).map { Format.number($0) } ?? "—")))
                            }))),
            ]))
    }
}

/// `/office/audit` — the plan's audit trail, readable: who (with their role), when, what, and
/// the change field by field; filtered by person, department, year, period and key.
enum AuditPage {
    struct Model {
        var plan: Plan
        var entries: [AuditEntry]
        var filter: AuditFilter
        /// The filter's period as typed (`2025-04-01`).
        var since: String
        var until: String
        /// Everyone in the trail, and each account's role.
        var actors: [String]
        var roles: [String: Role]
        var departments: [Department]
        var problems: [String]
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let filtered =
            m.filter.actor != nil || m.filter.key != nil || m.filter.department != nil || m.filter.year != nil || !m.since.isEmpty || !m.until.isEmpty
        return Layout.page(
            ctx, title: ctx.s(.auditTitle),
            .group([
                .h1(.text(ctx.s(.auditLink))),
                Forms.messages([], m.problems),
                .form(
                    .method(.get), .action(ctx.href(.officeAudit)), .class("filters"),
                    .label(.for("actor"), .text(ctx.s(.actor) + " ")),
                    Forms.select(
                        id: "actor", name: "actor", options: [("", ctx.s(.all))] + m.actors.map { ($0, who($0, m.roles)) },
                        selected: m.filter.actor ?? ""),
                    .label(.for("department"), .text(" " + ctx.s(.departmentShort) + " ")),
                    Forms.select(
                        id: "department", name: "department", options: [("", ctx.s(.all))] + m.departments.map { ($0.name, $0.name) },
                        selected: m.filter.department ?? ""),
                    .label(.for("year"), .text(" " + ctx.s(.year) + " ")),
                    Forms.select(
                        id: "year", name: "year", options: [("", ctx.s(.all))] + m.plan.reportingYears.map { ($0.code, $0.label) },
                        selected: m.filter.year?.code ?? ""),
                    .label(.for("since"), .text(" " + ctx.s(.periodShort) + " ")),
                    .input(.type(.date), .id("since"), .name("since"), .value(escapeAttribute(m.since))),
                    .label(.for("until"), " 〜 "), .input(.type(.date), .id("until"), .name("until"), .value(escapeAttribute(m.until))),
                    .label(.for("key"), .text(" " + ctx.s(.auditTarget) + " ")),
                    .input(.type(.text), .id("key"), .name("key"), .value(escapeAttribute(m.filter.key ?? ""))),
                    .button(.type(.submit), .text(ctx.s(.apply))),
                    .if(filtered, .a(.href(ctx.href(.officeAudit)), .text(" " + ctx.s(.clearFilter))))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .class("audit"),
                        .caption(.text(ctx.s.auditCaption(m.plan.title, m.entries.count))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s(.when)), Forms.th(ctx.s(.actor)), Forms.th(ctx.s(.actions)), Forms.th(ctx.s(.auditKey)),
                                Forms.th(ctx.s(.changeBeforeAfter)))),
                        .tbody(
                            .forEach(m.entries.reversed()) { e in
                                .tr(
                                    .td(.text(ctx.s.second(e.at))), .td(.text(who(e.actor, m.roles))), .td(.text(e.action)), .td(.text(e.key)),
                                    .td(changes(e, ctx.s)))
                            }))),
            ]))
    }

    /// `keikaku1（計画担当）`; a name without an account (the command line) as it is.
    static func who(_ name: String, _ roles: [String: Role]) -> String {
        roles[name].map { "\(name)（\($0.label)）" } ?? name
    }

    /// The fields that changed, each `名前: 前 → 後`; a field added or removed says so.
    static func changes(_ e: AuditEntry, _ s: Strings) -> Node<HTML.BodyContext> {
        let fields = e.fields
        let changed = fields.filter(\.changed)
        let shown = changed.isEmpty ? fields : changed
        return .ul(
            .class("diff"),
            .forEach(shown) { field in
                .li(
                    .unwrap(field.name) { .span(.class("field"), .text($0 + ": ")) },
                    .span(.class("before"), .text(field.before.isEmpty ? s(.nothing) : field.before)),
                    .text(" → "),
                    .span(.class("after"), .text(field.after.isEmpty ? s(.nothing) : field.after)))
            },
            .if(!changed.isEmpty && changed.count < fields.count, .li(.class("note"), .text(s.unchangedFields(fields.count - changed.count)))))
    }
}

/// `/office/departments`, `/office/assignments`, `/office/users`.
enum AdminPages {
    static func departments(_ c: PlanContext, csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: ctx.s(.departmentsLink),
            .group([
                .h1(.text(ctx.s(.departmentsLink))),
                Forms.messages(flash.notices, flash.errors),
                .table(
                    .caption(.text(ctx.s(.departmentShort))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.assignedItems), numeric: true), Forms.th(ctx.s(.rename)),
                            Forms.th(ctx.s(.delete)))),
                    .tbody(
                        .forEach(c.departments) { d in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(d.name)), .td(.class("num"), .text(String(c.items(of: d).count))),
                                .td(
                                    .form(
                                        .method(.post), .action(ctx.href(.officeDepartments)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "rename"),
                                        Forms.hidden("department", d.name),
                                        .input(
                                            .type(.text), .name("name"),
                                            .attribute(named: "aria-label", value: escapeAttribute(ctx.s.newNameFor(d.name)))),
                                        .button(.type(.submit), .text(ctx.s(.changeShort))))),
                                .td(
                                    c.items(of: d).isEmpty
                                        ? .form(
                                            .method(.post), .action(ctx.href(.officeDepartments)), .class("inline"), Forms.hidden("_csrf", csrf),
                                            Forms.hidden("action", "delete"), Forms.hidden("department", d.name),
                                            .button(.type(.submit), .class("secondary"), .text(ctx.s(.delete))))
                                        : .text("—")))
                        })),
                .form(
                    .method(.post), .action(ctx.href(.officeDepartments)), Forms.hidden("_csrf", csrf), Forms.hidden("action", "add"),
                    .label(.for("dept-name"), .text(ctx.s(.addDepartment) + " ")), .input(.type(.text), .id("dept-name"), .name("name")),
                    .button(.type(.submit), .text(ctx.s(.add)))),
            ]))
    }

    static func assignments(_ c: PlanContext, filter: String, csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        let assigned = Dictionary(grouping: c.snapshot.assignments, by: \.item)
        let names = Dictionary(c.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let items = c.plan.items.filter { n in
            filter == "unassigned" ? assigned[n.id] == nil : (filter.isEmpty || c.index.path(to: n.id).contains { $0.id == filter })
        }
        let sections = c.plan.nodes.filter { $0.level == 0 }
        return Layout.page(
            ctx, title: ctx.s(.assignmentsLink),
            .group([
                .h1(.text(ctx.s(.assignmentsLink))),
                Forms.messages(flash.notices, flash.errors),
                .form(
                    .method(.get), .action(ctx.href(.officeAssignments)), .class("filters"),
                    .label(.for("filter"), .text(ctx.s(.showOnly) + " ")),
                    Forms.select(
                        id: "filter", name: "filter",
                        options: [("", ctx.s(.all)), ("unassigned", ctx.s(.unassigned))] + sections.map { ($0.id, $0.heading) },
                        selected: filter),
                    .button(.type(.submit), .text(ctx.s(.show)))),
                .form(
                    .method(.post), .action(ctx.href(.officeAssignments)), Forms.hidden("_csrf", csrf),
                    .div(
                        .class("table-scroll"),
                        .table(
                            .caption(.text(ctx.s.counted(ctx.s(.items), items.count))),
                            .thead(.tr(Forms.th(ctx.s(.select)), Forms.th(ctx.s(.items)), Forms.th(ctx.s(.assignee)))),
                            .tbody(
                                .forEach(items) { n in
                                    .tr(
                                        .td(
                                            .input(
                                                .type(.checkbox), .name("items[]"), .value(escapeAttribute(n.id)),
                                                .attribute(
                                                    named: "aria-label",
                                                    value: escapeAttribute(ctx.s.selectItem(n.code ?? n.id, c.index.itemTitle(n.id)))))),
                                        .th(
                                            .attribute(named: "scope", value: "row"), .text(c.index.itemTitle(n.id)),
                                            .span(.class("context"), .text("（\(c.index.section(of: n.id, levels: c.plan.levels)?.heading ?? "")）"))),
                                        .td(
                                            .text(
                                                ctx.s.enumeration(
                                                    (assigned[n.id] ?? []).map {
                                                        (names[$0.department] ?? "?") + ctx.s.aside(ctx.s($0.lead ? .lead : .coLead))
                                                    }
                                                ).nonEmpty ?? "—")))
                                }))),
                    .label(.for("assign-dept"), .text(ctx.s(.assignDepartment) + " ")),
                    Forms.select(id: "assign-dept", name: "department", options: c.departments.map { ($0.name, $0.name) }, selected: nil),
                    .label(.input(.type(.checkbox), .name("co"), .value("1")), .text(ctx.s(.addAsCo))),
                    .label(.input(.type(.checkbox), .name("remove"), .value("1")), .text(ctx.s(.removeFromAssignment))),
                    .button(.type(.submit), .text(ctx.s(.applyAssignment)))),
            ]))
    }

    /// `/office/api-tokens` — the departments' API tokens: who issued each, when it was last used,
    /// revoking; a new token is shown once, on the page that issued it.
    static func apiTokens(
        _ tokens: [APIToken], departments: [Department], issued: (name: String, secret: String)?, csrf: String, flash: Flash, _ ctx: PageContext
    ) -> String {
        Layout.page(
            ctx, title: ctx.s(.apiTokensLink),
            .group([
                .h1(.text(ctx.s(.apiTokensLink))),
                .p(.text(ctx.s(.apiTokensIntro))),
                Forms.messages(flash.notices, flash.errors),
                .unwrap(issued) { t in
                    .div(
                        .class("notice"), .p(.text(ctx.s(.tokenShownOnce))),
                        .p(
                            .label(.for("new-token"), .text(t.name + " ")),
                            .input(.type(.text), .id("new-token"), .value(t.secret), .readonly(true), .attribute(named: "size", value: "50"))))
                },
                .table(
                    .caption(.text(ctx.s(.apiTokensLink))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s(.tokenName)), Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.issuedOn)), Forms.th(ctx.s(.lastUsed)),
                            Forms.th(ctx.s(.status)), Forms.th(ctx.s(.actions)))),
                    .tbody(
                        .forEach(tokens) { t in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(t.name)), .td(.text(t.department.name)),
                                .td(.text("\(ctx.s.date(t.createdAt))（\(t.createdBy)）")),
                                .td(.text(t.lastUsedAt.map(ctx.s.date) ?? ctx.s(.notUsedYet))),
                                .td(.text(t.revokedAt.map { "\(ctx.s(.revoked))（\(ctx.s.date($0))）" } ?? ctx.s(.active))),
                                .td(
                                    t.isActive
                                        ? .form(
                                            .method(.post), .action(ctx.href(.officeAPITokens)), .class("inline"), Forms.hidden("_csrf", csrf),
                                            Forms.hidden("action", "revoke"), Forms.hidden("token", t.id.uuidString),
                                            .button(
                                                .type(.submit), .class("secondary"),
                                                .attribute(named: "aria-label", value: escapeAttribute(ctx.s(.revoke) + " " + t.name)),
                                                .text(ctx.s(.revoke))))
                                        : .text("—")))
                        })),
                .h2(.text(ctx.s(.issueToken))),
                .form(
                    .method(.post), .action(ctx.href(.officeAPITokens)), .class("stacked"), Forms.hidden("_csrf", csrf),
                    Forms.hidden("action", "issue"),
                    .label(.for("token-name"), .text(ctx.s(.tokenName))), .input(.type(.text), .id("token-name"), .name("name")),
                    .label(.for("token-dept"), .text(ctx.s(.departmentShort))),
                    Forms.select(id: "token-dept", name: "department", options: departments.map { ($0.name, $0.name) }, selected: nil),
                    .button(.type(.submit), .text(ctx.s(.issueToken)))),
            ]))
    }

    static func users(_ accounts: [Account], departments: [Department], csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: ctx.s(.usersLink),
            .group([
                .h1(.text(ctx.s(.usersLink))),
                Forms.messages(flash.notices, flash.errors),
                .table(
                    .caption(.text(ctx.s(.user))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s(.user)), Forms.th(ctx.s(.role)), Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.planShort)),
                            Forms.th(ctx.s(.status)),
                            Forms.th(ctx.s(.emailColumn)), Forms.th(ctx.s(.actions)))),
                    .tbody(
                        .forEach(accounts) { a in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(a.name)), .td(.text(a.role.label)),
                                .td(.text(a.department?.name ?? "—")),
                                .td(.text(a.plan ?? ctx.s(.all))), .td(.text(ctx.s(a.active ? .active : .inactive))),
                                .td(
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "email"), Forms.hidden("name", a.name),
                                        .input(
                                            .type(.email), .name("email"), .value(escapeAttribute(a.email ?? "")),
                                            .attribute(named: "autocomplete", value: "off"),
                                            .attribute(named: "aria-label", value: escapeAttribute(ctx.s.emailOf(a.name))),
                                            .placeholder("name@example.lg.jp")),
                                        .button(.type(.submit), .class("secondary"), .text(ctx.s(.saveShort))))),
                                .td(
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", a.active ? "deactivate" : "activate"), Forms.hidden("name", a.name),
                                        .button(.type(.submit), .class("secondary"), .text(ctx.s(a.active ? .deactivate : .activate)))),
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "reset"), Forms.hidden("name", a.name),
                                        .input(
                                            .type(.password), .name("password"), .attribute(named: "autocomplete", value: "new-password"),
                                            .attribute(named: "aria-label", value: escapeAttribute(ctx.s.newPasswordFor(a.name))),
                                            .placeholder(ctx.s(.newPassword))),
                                        .button(.type(.submit), .class("secondary"), .text(ctx.s(.resetPassword)))),
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "temporary"), Forms.hidden("name", a.name),
                                        .button(.type(.submit), .class("secondary"), .text(ctx.s(.issueTemporary))))))
                        })),
                .h2(.text(ctx.s(.addUser))),
                .form(
                    .method(.post), .action(ctx.href(.officeUsers)), .class("stacked"), Forms.hidden("_csrf", csrf), Forms.hidden("action", "add"),
                    .label(.for("user-name"), .text(ctx.s(.userName))), .input(.type(.text), .id("user-name"), .name("name")),
                    .label(.for("user-role"), .text(ctx.s(.role))),
                    Forms.select(
                        id: "user-role", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: Role.department.rawValue),
                    .label(.for("user-dept"), .text(ctx.s(.userDepartment))),
                    Forms.select(id: "user-dept", name: "department", options: [("", "—")] + departments.map { ($0.name, $0.name) }, selected: ""),
                    .label(.for("user-password"), .text(ctx.s.initialPasswordLabel(minimum: PlanServices.minimumPasswordLength))),
                    .input(.type(.password), .id("user-password"), .name("password"), .attribute(named: "autocomplete", value: "new-password")),
                    .button(.type(.submit), .text(ctx.s(.addUser)))),
            ]))
    }

    /// `/office/review/{department}` — a department's figures for a year, to approve or return.
    static func review(_ c: PlanContext, department: Department, year: FiscalYear, csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        let items = c.items(of: department)
        let e = c.snapshot.evaluation(year: year, audience: .staff)
        var seen = Set<String>()
        let list = e.evaluations.filter { items.contains($0.node.item) && seen.insert($0.reportingID).inserted }
        let notes = Dictionary((c.snapshot.actuals[year] ?? []).map { ($0.actual.indicator, $0.actual.note) }, uniquingKeysWith: { a, _ in a })
        let evaluations = (c.snapshot.selfEvaluations[year] ?? []).map(\.evaluation).filter { items.contains($0.project) }
        let submission = c.snapshot.state(ofDepartment: department.id, year: year)
        let progress = DepartmentProgress(
            department: department, submission: submission, items: items.count, units: 0, entered: 0, notReported: 0, selfEvaluated: 0)
        let model = OfficePage.Model(
            plan: c.plan, year: year, locked: c.snapshot.locks[year] ?? false, progress: [], unassigned: [],
            rollUp: RollUp([], scheme: c.plan.grading),
            scheme: c.plan.grading, isOffice: c.viewer.isOffice, csrf: csrf, flash: flash)
        return Layout.page(
            ctx, title: ctx.s.reviewTitle(department.name),
            .group([
                .h1(.text(ctx.s.reviewHeading(department.name, year))),
                .p(.text(ctx.s.stateIs(submission.state.label))),
                Forms.messages(flash.notices, flash.errors),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.list([ctx.s(.target), ctx.s(.actual), ctx.s(.grade), ctx.s(.note)]))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s.indicatorLabel(c.plan)), Forms.th(ctx.s(.target), numeric: true),
                                Forms.th(ctx.s(.actual), numeric: true),
                                Forms.th(ctx.s(.achievementRate), numeric: true),
                                Forms.th(ctx.s(.grade)), Forms.th(ctx.s(.note)))),
                        .tbody(
                            .forEach(list) { ev in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .text("\(c.index.itemTitle(ev.node.id)) ／ \(IndicatorPage.name(ev.indicator, ctx))")),
                                    .td(.class("num"), .text((ev.evaluation.target ?? ev.evaluation.expected).map { Format.number($0) } ?? "—")),
                                    .td(.class("num"), .text(ev.evaluation.actual.map { Format.number($0) } ?? ctx.s(.notReported))),
                                    .td(.class("num"), .text(Forms.rate(ev.evaluation, ctx.s))), .td(.text(ev.evaluation.grade ?? "—")),
                                    .td(.text(notes[ev.reportingID] ?? "")))
                            }))),
                .h2(.text(ctx.s(.selfEvaluation))),
                .dl(
                    .class("facts"),
                    .forEach(evaluations) { s in
                        .group([
                            .dt(.text(c.index.itemTitle(s.project))),
                            .dd(.text(s.text), .unwrap(s.direction) { .text(ctx.s.aside("\(ctx.s(.futureDirection)): \($0.rawValue)")) }),
                        ])
                    }),
                .if(c.viewer.isOffice, .group([.h2(.text(ctx.s(.procedures))), OfficePage.actions(progress, model, ctx)])),
            ]))
    }
}
