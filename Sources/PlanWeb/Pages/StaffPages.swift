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
            ctx, title: "職員ログイン",
            .group([
                .h1("職員ログイン"),
                .p("計画担当・所管課・推進会議の方のページです。住民の方はログインしなくても公表済みの進捗を見られます。"),
                .unwrap(error) { .div(.class("errors"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .form(
                    .method(.post), .action(ctx.href(.login(next: nil))), .class("stacked"),
                    Forms.hidden("_csrf", csrf), Forms.hidden("next", next),
                    .label(.for("name"), "利用者名"),
                    .input(.type(.text), .id("name"), .name("name"), .attribute(named: "autocomplete", value: "username"), .required(true)),
                    .label(.for("password"), "パスワード"),
                    .input(
                        .type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "current-password"),
                        .required(true)),
                    .button(.type(.submit), "ログイン")),
            ]))
    }
}

/// `/account/password` — change one's own password.
enum PasswordPage {
    static func render(_ ctx: PageContext, csrf: String, flash: Flash, temporary: Bool = false, email: String? = nil) -> String {
        Layout.page(
            ctx, title: "パスワードの変更",
            .group([
                .h1("パスワードの変更"),
                Forms.messages(flash.notices, flash.errors),
                .if(
                    temporary,
                    .p(.class("readonly"), "今のパスワードは計画担当が設定した仮のものです。ほかの画面を使う前に、自分だけが知る新しいパスワードに変更してください。")),
                .form(
                    .method(.post), .action(ctx.href(.password)), .class("stacked"),
                    Forms.hidden("_csrf", csrf),
                    .label(.for("current"), "今のパスワード"),
                    .input(
                        .type(.password), .id("current"), .name("current"), .attribute(named: "autocomplete", value: "current-password"),
                        .required(true)),
                    .label(.for("new"), "新しいパスワード（\(PlanServices.minimumPasswordLength)文字以上）"),
                    .input(.type(.password), .id("new"), .name("new"), .attribute(named: "autocomplete", value: "new-password"), .required(true)),
                    .button(.type(.submit), "変更する")),
                .if(
                    !temporary,
                    .group([
                        .h2("督促メールの宛先"),
                        .form(
                            .method(.post), .action(ctx.href(.password)), .class("stacked"), Forms.hidden("_csrf", csrf),
                            Forms.hidden("action", "email"),
                            .label(.for("email"), "メールアドレス（提出期限を過ぎたときの督促が届きます。空にすると取り消し）"),
                            .input(
                                .type(.email), .id("email"), .name("email"), .value(escapeAttribute(email ?? "")),
                                .attribute(named: "autocomplete", value: "email")),
                            .button(.type(.submit), "保存する")),
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
            ctx, title: "計画の点検結果", crumbs: [.init(title: ctx.s(.overview), url: .home), .init(title: "計画の点検結果", url: nil)],
            .group([
                .h1("計画の点検結果"),
                .p(.text("計画書の印字にある食い違い・誤字・取り込みで補った箇所の一覧です（\(findings.count)件）。")),
                .p(
                    .forEach(LintFinding.Severity.allCases) { s in
                        .group([
                            .a(.href(ctx.href(.lint(s.rawValue))), .text("\(s.label)（\(findings.filter { $0.severity == s }.count)）")), .text("　"),
                        ])
                    }, .a(.href(ctx.href(.lint(nil))), "すべて")),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text("指摘（\(shown.count)件）")),
                        .thead(.tr(Forms.th("重要度"), Forms.th("規則"), Forms.th("内容"), Forms.th("原文の場所"))),
                        .tbody(
                            .forEach(shown) { f in
                                .tr(
                                    .td(.span(.class("severity \(f.severity.rawValue)"), .text(f.severity.label))),
                                    .td(.text(PlanLinter.rule(f.rule)?.name ?? f.rule), .br(), .span(.class("rule"), .text(f.rule))),
                                    .td(.text(f.message)),
                                    .td(.text(f.sources.map { "\($0.document) \($0.line)行目" }.joined(separator: "、"))))
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
        var dueNotice: String? {
            guard let due, submission.state == .draft || submission.state == .returned else { return nil }
            return "未提出（期限 \(due.label)）" + (today > due ? "。提出期限を過ぎています。入力を済ませて提出してください" : "")
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
                stored: stored[ev.reportingID])
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
            ctx, title: "\(m.year.label)の実績の入力",
            .group([
                .h1(.text("\(m.department.name)の項目 — \(m.year.label)")),
                Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .my(nil)),
                .p(.text("手続きの状態: \(m.submission.state.label)\(m.submission.comment.isEmpty ? "" : "（計画担当からのコメント: \(m.submission.comment)）")")),
                .unwrap(m.dueNotice) { text in .p(.class("due"), .strong(.text(text))) },
                .unwrap(m.refusal) { r in .p(.class("readonly"), .text("この年度は変更できません: " + r.message)) },
                Forms.messages(m.flash.notices, m.flash.errors),
                .if(m.rows.isEmpty, .p("この課の担当の項目がありません。計画担当に担当の割り当てを依頼してください。")),
                .if(!m.rows.isEmpty, actualsForm(m, ctx)),
                .h2("表計算ソフトでまとめて入力する"),
                .p(
                    .a(.href(ctx.href(.myTemplate(m.year))), "実績の記入様式（CSV）をダウンロード"),
                    .text("。記入して保存（UTF-8 または Excel の CSV）し、ここから取り込みます。1行でも誤りがあれば全体を取り込まず、誤りをすべて示します。")),
                .if(
                    m.editable,
                    .form(
                        .method(.post), .action(ctx.href(.myUpload(m.year))), .attribute(named: "enctype", value: "multipart/form-data"),
                        Forms.hidden("_csrf", m.csrf),
                        .label(.for("file"), "記入した様式 "),
                        .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv")),
                        .button(.type(.submit), "取り込む"))),
                .h2("自己評価"),
                .ul(
                    .forEach(m.items) { n in
                        .li(
                            .a(.href(ctx.href(.myItem(n.id, m.year))), .text(m.index.itemTitle(n.id))),
                            .text(m.evaluated.contains(n.id) ? "（入力済み）" : "（未入力）"))
                    }),
                .h2("提出"),
                .if(
                    m.editable && !m.missing.isEmpty,
                    .group([
                        .p(.text("提出の前に済ませること（\(m.missing.count)件）。実績を空欄（未報告）のまま出すときは、備考に理由を書いてください:")),
                        .ul(.class("missing"), .forEach(m.missing) { .li(.text($0)) }),
                    ])),
                .if(m.editable && m.missing.isEmpty, .p("自己評価と実績（または未報告の理由）がそろいました。提出できます。")),
                .if(
                    m.editable,
                    .form(
                        .method(.post), .action(ctx.href(.mySubmit)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                        .button(.type(.submit), "計画担当に提出する"))),
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
                    .caption(.text("\(m.year.label)の実績（空欄は未報告。0ではありません）")),
                    .thead(
                        .tr(
                            Forms.th("項目・\(m.plan.indicatorLabel)"), Forms.th("目標値", numeric: true), Forms.th("実績値"), Forms.th("備考"), Forms.th("最終入力")
                        )),
                    .tbody(.forEach(m.rows) { row in entryRow(row, m, ctx) }))),
            .if(m.editable, .button(.type(.submit), "保存する")))
    }

    static func entryRow(_ r: Row, _ m: Model, _ ctx: PageContext) -> Node<HTML.TableContext> {
        let id = r.reportingID
        let typed = m.flash.typed["value[\(id)]"]
        let value = typed ?? r.stored?.actual.value.map { NumberCell.display($0, maximumFractionDigits: 10) } ?? ""
        let note = m.flash.typed["note[\(id)]"] ?? r.stored?.actual.note ?? ""
        let label = "\(m.index.itemTitle(r.node.id)) ／ \(IndicatorPage.name(r.indicator, ctx))"
        let error = m.flash.fieldErrors[id]
        let fieldID = "v-" + NodePage.anchor(id)
        let valueInput: Node<HTML.BodyContext> =
            m.editable
            ? .group([
                Forms.input([
                    ("type", "text"), ("id", fieldID), ("name", "value[\(id)]"), ("value", value), ("inputmode", "decimal"),
                    ("aria-label", "\(label)の実績値（\(r.indicator.unit)）"), ("class", "num"),
                    ("aria-invalid", error == nil ? nil : "true"), ("aria-describedby", error == nil ? nil : fieldID + "-error"),
                ]),
                .unwrap(error) { .span(.id(fieldID + "-error"), .class("field-error"), .text($0)) },
            ])
            : .text(value.isEmpty ? "未報告" : value)
        let noteInput: Node<HTML.BodyContext> =
            m.editable
            ? .input(
                .type(.text), .name("note[\(id)]"), .value(escapeAttribute(note)),
                .attribute(named: "aria-label", value: escapeAttribute("\(label)の備考")))
            : .text(note)
        return .tr(
            .th(
                .attribute(named: "scope", value: "row"), m.editable ? .label(.for(fieldID), .text(label)) : .text(label),
                .text("（\(r.indicator.unit)）")),
            .td(.class("num"), .text(r.target.map { Format.number($0) } ?? "—")),
            .td(valueInput, .input(.type(.hidden), .name("version[\(id)]"), .value(String(r.stored?.version ?? 0)))),
            .td(noteInput),
            .td(.text(r.stored.map { "\($0.enteredBy)（\(Self.time($0.enteredAt))）" } ?? "—")))
    }

    static func time(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "ja_JP")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "M月d日 H:mm"
        return f.string(from: d)
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
            ctx, title: "自己評価",
            .group([
                .h1(.text("自己評価 — \(m.index.itemTitle(m.item.id))（\(m.year.label)）")),
                .p(.a(.href(ctx.href(.my(m.year))), "← 実績の入力に戻る")),
                Forms.messages(m.flash.notices, m.flash.errors),
                .unwrap(m.refusal) { r in .p(.class("readonly"), .text("この年度は変更できません: " + r.message)) },
                .table(
                    .caption(.text("\(m.year.label)の目標値と実績")),
                    .thead(
                        .tr(
                            Forms.th(m.plan.indicatorLabel), Forms.th("目標値", numeric: true), Forms.th("実績", numeric: true),
                            Forms.th("達成率", numeric: true))),
                    .tbody(
                        .forEach(m.evaluations) { ev in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(IndicatorPage.name(ev.indicator, ctx))),
                                .td(.class("num"), .text((ev.evaluation.target ?? ev.evaluation.expected).map { Format.number($0) } ?? "—")),
                                .td(.class("num"), .text(ev.evaluation.actual.map { Format.number($0) } ?? "未報告")),
                                .td(.class("num"), .text(Forms.rate(ev.evaluation, ctx.s))))
                        })),
                .form(
                    .method(.post), .action(ctx.href(.myItem(m.item.id, nil))), .class("stacked"),
                    Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code), Forms.hidden("version", String(m.existing?.version ?? 0)),
                    .label(.for("text"), "自己評価"),
                    Forms.textarea(id: "text", name: "text", rows: 5, text: m.flash.typed["text"] ?? e?.text ?? "", readonly: !editable),
                    .label(.for("direction"), "今後の方向性"),
                    Forms.select(
                        id: "direction", name: "direction",
                        options: [("", "（選択してください）")] + FutureDirection.allCases.map { ($0.rawValue, $0.rawValue) },
                        selected: m.flash.typed["direction"] ?? e?.direction?.rawValue ?? ""),
                    .forEach(m.item.milestones) { ms in milestoneFields(ms, e) },
                    .if(editable, .button(.type(.submit), "保存する"))),
            ]))
    }

    static func milestoneFields(_ ms: Milestone, _ e: SelfEvaluation?) -> Node<HTML.FormContext> {
        let current = e?.milestones.first { $0.year == ms.year }
        return .fieldset(
            .element(named: "legend", text: "ロードマップ \(ms.year.label): \(ms.text)"),
            .label(.for("ms-\(ms.year.code)"), "状況"),
            Forms.select(
                id: "ms-\(ms.year.code)", name: "milestone[\(ms.year.code)]",
                options: [("", "（選択してください）")] + MilestoneStatus.allCases.map { ($0.rawValue, $0.rawValue) }, selected: current?.status?.rawValue ?? ""
            ),
            .label(.for("mc-\(ms.year.code)"), "コメント"),
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
            ctx, title: "進行管理（\(m.year.label)）",
            .group([
                .h1(.text("進行管理 — \(m.year.label)")),
                Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .office(nil)),
                Forms.messages(m.flash.notices, m.flash.errors),
                .p(
                    .text(
                        "評価の分布（公表前を含む。再掲は1回）: " + m.scheme.gradeNames.map { "\($0) \(m.rollUp.count(of: $0))" }.joined(separator: "・")
                            + "・未報告 \(m.rollUp.notReported)・中央値 \(Format.rate(m.rollUp.medianAchievementRate))")),
                .ul(
                    .class("links"),
                    .li(.a(.href(ctx.href(.officeNotReported(m.year))), "未報告の一覧")),
                    .if(
                        m.isOffice,
                        .group([
                            .li(.a(.href(ctx.href(.officeAudit)), "変更の記録（監査証跡）")),
                            .li(.a(.href(ctx.href(.officeDepartments)), "課の管理")),
                            .li(.a(.href(ctx.href(.officeAssignments)), "項目の担当")),
                            .li(.a(.href(ctx.href(.officeUsers)), "利用者の管理")),
                        ])),
                    .li(.a(.href(ctx.href(.draftReport(m.year))), "報告書の下書き（公表前を含む）"))),
                .h2("課ごとの手続き"),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text("\(m.year.label)の課ごとの状況")),
                        .thead(
                            .tr(
                                Forms.th("課"), Forms.th("状態"), Forms.th("項目", numeric: true), Forms.th("報告する指標", numeric: true),
                                Forms.th("入力済み", numeric: true), Forms.th("未報告", numeric: true), Forms.th("自己評価", numeric: true), Forms.th("操作"))),
                        .tbody(.forEach(m.progress) { d in row(d, m, ctx) }))),
                .if(
                    m.isOffice && !m.unassigned.isEmpty,
                    .p(.a(.href(ctx.href(.officeAssignments)), .text("担当の決まっていない項目が\(m.unassigned.count)件あります。")))),
                reminderSection(m, ctx),
                .if(m.isOffice, adminForms(m, ctx)),
            ]))
    }

    /// 提出期限と督促: the due date (set by the office), who is past it, the reminders sent.
    static func reminderSection(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let f = DateFormatter()
        f.locale = Locale(identifier: "ja_JP")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        func outcome(_ r: Reminder) -> String {
            switch r.outcome {
            case .sent: "送信済み"
            case .noRecipient: "宛先なし"
            case .failed: "送信できず（\(r.detail)）"
            case .sending: "送信中"
            }
        }
        return .group([
            .h2("提出期限と督促"),
            .p(
                .text(
                    m.due.map {
                        "\(m.year.label)の提出期限: \($0.label)。"
                            + (m.overdue.isEmpty ? "期限を過ぎて未提出の課はありません。" : "期限を過ぎて未提出: " + m.overdue.map(\.name).joined(separator: "・"))
                    }
                        ?? "\(m.year.label)の提出期限は設定されていません。")),
            .if(
                m.isOffice,
                .group([
                    .form(
                        .method(.post), .action(ctx.href(.officeDueDate)), .class("inline"), Forms.hidden("_csrf", m.csrf),
                        Forms.hidden("year", m.year.code),
                        .label(.for("due"), "提出期限 "),
                        .input(.type(.date), .id("due"), .name("due"), .value(m.due?.description ?? "")),
                        .button(.type(.submit), .class("secondary"), "期限を保存")),
                    .if(
                        !m.mailConfigured,
                        .p(.class("note"), "メールサーバーが設定されていないため、督促メールは送れません（ACTIONPLAN_SMTP_HOST など。README を参照）。")),
                    .if(
                        m.mailConfigured && !m.siteURLConfigured,
                        .p(.class("note"), "ACTIONPLAN_SITE_URL が設定されていないため、督促メールに入力画面へのリンクが入りません。")),
                    .if(
                        m.mailConfigured && !m.overdue.isEmpty,
                        .form(
                            .method(.post), .action(ctx.href(.officeRemind)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                            .button(
                                .type(.submit), .class("primary"),
                                .text("期限を過ぎて未提出の\(m.overdue.count)課に督促メールを送る（1課に1日1回まで）")))),
                ])),
            .if(
                !m.reminders.isEmpty,
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text("督促の記録（\(m.year.label)、新しい順）")),
                        .thead(.tr(Forms.th("日時"), Forms.th("課"), Forms.th("宛先"), Forms.th("結果"), Forms.th("操作した人"))),
                        .tbody(
                            .forEach(m.reminders) { r in
                                .tr(
                                    .td(.text(f.string(from: r.sentAt))), .td(.text(r.departmentName)),
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
                            .type(.text), .name("comment"), .attribute(named: "aria-label", value: escapeAttribute("\(d.department.name)への差し戻しの理由")),
                            .placeholder("差し戻しの理由（必須）"), .required(true))),
                    .button(.type(.submit), .class(action == .reopen || action == .return ? "secondary" : "primary"), .text(action.label)))
            })
    }

    static func adminForms(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        .group([
            .h2("年度の公表"),
            .form(
                .method(.post), .action(ctx.href(.officePublishYear)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                .label(.input(.type(.checkbox), .name("confirm"), .value("1"), .required(true)), .text(" 承認済みのすべての課の実績を公表することを確かめました")),
                .button(.type(.submit), .text("\(m.year.label)の承認済みの実績をまとめて公表する"))),
            .h2("年度のロック"),
            .form(
                .method(.post), .action(ctx.href(.officeLock)), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                Forms.hidden("lock", m.locked ? "0" : "1"),
                .label(.for("reason"), "理由 "), .input(.type(.text), .id("reason"), .name("reason")),
                .button(.type(.submit), .text(m.locked ? "ロックを解除する（再開は記録されます）" : "この年度をロックする"))),
            .h2("評価の方法"),
            .p(.text(m.scheme.summary)),
            .form(
                .method(.post), .action(ctx.href(.officeGrading)), Forms.hidden("_csrf", m.csrf),
                .label(.for("scheme"), "評価の方法（例: 比率:A:100,B:80,C:50,D:0　按分:A:100,B:80,C:50,D:0　基準値:S,A,B,C,−:10）"),
                .input(.type(.text), .id("scheme"), .name("scheme"), .value(escapeAttribute(m.scheme.description))),
                .button(.type(.submit), "変更する")),
        ])
    }
}

/// `/office/not-reported?year=` — what is not reported, by department.
enum NotReportedPage {
    static func render(plan: Plan, index: PlanIndex, year: FiscalYear, items: [NotReported], _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: "未報告の一覧（\(year.label)）",
            .group([
                .h1(.text("未報告の一覧 — \(year.label)")),
                Forms.yearPicker(ctx, years: plan.reportingYears, selected: year, action: .officeNotReported(nil)),
                .p(.text("目標値があるのに実績がない\(plan.indicatorLabel)（見直し後の目標値で判定。ダッシュボードと同じ評価）: \(items.count)件")),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text("未報告（\(items.count)件）")),
                        .thead(.tr(Forms.th("課"), Forms.th("項目"), Forms.th(plan.indicatorLabel), Forms.th("目標値", numeric: true))),
                        .tbody(
                            .forEach(items) { n in
                                .tr(
                                    .td(.text(n.department?.name ?? "（担当なし）")), .td(.text(index.itemTitle(n.item))),
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
        let f = DateFormatter()
        f.locale = Locale(identifier: "ja_JP")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let filtered =
            m.filter.actor != nil || m.filter.key != nil || m.filter.department != nil || m.filter.year != nil || !m.since.isEmpty || !m.until.isEmpty
        return Layout.page(
            ctx, title: "変更の記録",
            .group([
                .h1("変更の記録（監査証跡）"),
                Forms.messages([], m.problems),
                .form(
                    .method(.get), .action(ctx.href(.officeAudit)), .class("filters"),
                    .label(.for("actor"), "操作した人 "),
                    Forms.select(
                        id: "actor", name: "actor", options: [("", "すべて")] + m.actors.map { ($0, who($0, m.roles)) }, selected: m.filter.actor ?? ""),
                    .label(.for("department"), " 課 "),
                    Forms.select(
                        id: "department", name: "department", options: [("", "すべて")] + m.departments.map { ($0.name, $0.name) },
                        selected: m.filter.department ?? ""),
                    .label(.for("year"), " 年度 "),
                    Forms.select(
                        id: "year", name: "year", options: [("", "すべて")] + m.plan.reportingYears.map { ($0.code, $0.label) },
                        selected: m.filter.year?.code ?? ""),
                    .label(.for("since"), " 期間 "), .input(.type(.date), .id("since"), .name("since"), .value(escapeAttribute(m.since))),
                    .label(.for("until"), " 〜 "), .input(.type(.date), .id("until"), .name("until"), .value(escapeAttribute(m.until))),
                    .label(.for("key"), " 対象（指標ID・項目・利用者） "),
                    .input(.type(.text), .id("key"), .name("key"), .value(escapeAttribute(m.filter.key ?? ""))),
                    .button(.type(.submit), "絞り込む"),
                    .if(filtered, .a(.href(ctx.href(.officeAudit)), " 条件を外す"))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .class("audit"),
                        .caption(.text("\(m.plan.title)の変更（\(m.entries.count)件、新しい順）")),
                        .thead(.tr(Forms.th("日時"), Forms.th("操作した人"), Forms.th("操作"), Forms.th("対象"), Forms.th("変更（前 → 後）"))),
                        .tbody(
                            .forEach(m.entries.reversed()) { e in
                                .tr(
                                    .td(.text(f.string(from: e.at))), .td(.text(who(e.actor, m.roles))), .td(.text(e.action)), .td(.text(e.key)),
                                    .td(changes(e)))
                            }))),
            ]))
    }

    /// `keikaku1（計画担当）`; a name without an account (the command line) as it is.
    static func who(_ name: String, _ roles: [String: Role]) -> String {
        roles[name].map { "\(name)（\($0.label)）" } ?? name
    }

    /// The fields that changed, each `名前: 前 → 後`; a field added or removed says so.
    static func changes(_ e: AuditEntry) -> Node<HTML.BodyContext> {
        let fields = e.fields
        let changed = fields.filter(\.changed)
        let shown = changed.isEmpty ? fields : changed
        return .ul(
            .class("diff"),
            .forEach(shown) { field in
                .li(
                    .unwrap(field.name) { .span(.class("field"), .text($0 + ": ")) },
                    .span(.class("before"), .text(field.before.isEmpty ? "（なし）" : field.before)),
                    .text(" → "),
                    .span(.class("after"), .text(field.after.isEmpty ? "（なし）" : field.after)))
            },
            .if(!changed.isEmpty && changed.count < fields.count, .li(.class("note"), .text("ほか\(fields.count - changed.count)項目は変わらず"))))
    }
}

/// `/office/departments`, `/office/assignments`, `/office/users`.
enum AdminPages {
    static func departments(_ c: PlanContext, csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: "課の管理",
            .group([
                .h1("課の管理"),
                Forms.messages(flash.notices, flash.errors),
                .table(
                    .caption("課"), .thead(.tr(Forms.th("課"), Forms.th("担当の項目", numeric: true), Forms.th("名前の変更"), Forms.th("削除"))),
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
                                            .type(.text), .name("name"), .attribute(named: "aria-label", value: escapeAttribute("\(d.name)の新しい名前"))),
                                        .button(.type(.submit), "変更"))),
                                .td(
                                    c.items(of: d).isEmpty
                                        ? .form(
                                            .method(.post), .action(ctx.href(.officeDepartments)), .class("inline"), Forms.hidden("_csrf", csrf),
                                            Forms.hidden("action", "delete"), Forms.hidden("department", d.name),
                                            .button(.type(.submit), .class("secondary"), "削除"))
                                        : .text("—")))
                        })),
                .form(
                    .method(.post), .action(ctx.href(.officeDepartments)), Forms.hidden("_csrf", csrf), Forms.hidden("action", "add"),
                    .label(.for("dept-name"), "課を追加 "), .input(.type(.text), .id("dept-name"), .name("name")), .button(.type(.submit), "追加")),
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
            ctx, title: "項目の担当",
            .group([
                .h1("項目の担当"),
                Forms.messages(flash.notices, flash.errors),
                .form(
                    .method(.get), .action(ctx.href(.officeAssignments)), .class("filters"),
                    .label(.for("filter"), "絞り込み "),
                    Forms.select(
                        id: "filter", name: "filter", options: [("", "すべて"), ("unassigned", "担当なし")] + sections.map { ($0.id, $0.heading) },
                        selected: filter),
                    .button(.type(.submit), "表示")),
                .form(
                    .method(.post), .action(ctx.href(.officeAssignments)), Forms.hidden("_csrf", csrf),
                    .div(
                        .class("table-scroll"),
                        .table(
                            .caption(.text("項目（\(items.count)件）")),
                            .thead(.tr(Forms.th("選ぶ"), Forms.th("項目"), Forms.th("担当"))),
                            .tbody(
                                .forEach(items) { n in
                                    .tr(
                                        .td(
                                            .input(
                                                .type(.checkbox), .name("items[]"), .value(escapeAttribute(n.id)),
                                                .attribute(
                                                    named: "aria-label", value: escapeAttribute("\(n.code ?? n.id) \(c.index.itemTitle(n.id))を選ぶ")))),
                                        .th(
                                            .attribute(named: "scope", value: "row"), .text(c.index.itemTitle(n.id)),
                                            .span(.class("context"), .text("（\(c.index.section(of: n.id, levels: c.plan.levels)?.heading ?? "")）"))),
                                        .td(
                                            .text(
                                                (assigned[n.id] ?? []).map { "\(names[$0.department] ?? "?")（\($0.lead ? "主管" : "共管")）" }.joined(
                                                    separator: "、"
                                                ).nonEmpty ?? "—")))
                                }))),
                    .label(.for("assign-dept"), "選んだ項目の担当の課 "),
                    Forms.select(id: "assign-dept", name: "department", options: c.departments.map { ($0.name, $0.name) }, selected: nil),
                    .label(.input(.type(.checkbox), .name("co"), .value("1")), .text(" 共管として加える")),
                    .label(.input(.type(.checkbox), .name("remove"), .value("1")), .text(" 担当から外す")),
                    .button(.type(.submit), "反映する")),
            ]))
    }

    static func users(_ accounts: [Account], departments: [Department], csrf: String, flash: Flash, _ ctx: PageContext) -> String {
        Layout.page(
            ctx, title: "利用者の管理",
            .group([
                .h1("利用者の管理"),
                Forms.messages(flash.notices, flash.errors),
                .table(
                    .caption("利用者"),
                    .thead(
                        .tr(
                            Forms.th("利用者"), Forms.th("役割"), Forms.th("課"), Forms.th("計画"), Forms.th("状態"), Forms.th("メールアドレス（督促の宛先）"),
                            Forms.th("操作"))),
                    .tbody(
                        .forEach(accounts) { a in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(a.name)), .td(.text(a.role.label)),
                                .td(.text(a.department?.name ?? "—")),
                                .td(.text(a.plan ?? "すべて")), .td(.text(a.active ? "有効" : "無効")),
                                .td(
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "email"), Forms.hidden("name", a.name),
                                        .input(
                                            .type(.email), .name("email"), .value(escapeAttribute(a.email ?? "")),
                                            .attribute(named: "autocomplete", value: "off"),
                                            .attribute(named: "aria-label", value: escapeAttribute("\(a.name)のメールアドレス")),
                                            .placeholder("name@example.lg.jp")),
                                        .button(.type(.submit), .class("secondary"), "保存"))),
                                .td(
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", a.active ? "deactivate" : "activate"), Forms.hidden("name", a.name),
                                        .button(.type(.submit), .class("secondary"), .text(a.active ? "無効にする" : "有効にする"))),
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "reset"), Forms.hidden("name", a.name),
                                        .input(
                                            .type(.password), .name("password"), .attribute(named: "autocomplete", value: "new-password"),
                                            .attribute(named: "aria-label", value: escapeAttribute("\(a.name)の新しいパスワード")), .placeholder("新しいパスワード")),
                                        .button(.type(.submit), .class("secondary"), "パスワードを再設定")),
                                    .form(
                                        .method(.post), .action(ctx.href(.officeUsers)), .class("inline"), Forms.hidden("_csrf", csrf),
                                        Forms.hidden("action", "temporary"), Forms.hidden("name", a.name),
                                        .button(.type(.submit), .class("secondary"), "仮パスワードを発行"))))
                        })),
                .h2("利用者を追加"),
                .form(
                    .method(.post), .action(ctx.href(.officeUsers)), .class("stacked"), Forms.hidden("_csrf", csrf), Forms.hidden("action", "add"),
                    .label(.for("user-name"), "利用者名"), .input(.type(.text), .id("user-name"), .name("name")),
                    .label(.for("user-role"), "役割"),
                    Forms.select(
                        id: "user-role", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: Role.department.rawValue),
                    .label(.for("user-dept"), "所管課（所管課の利用者のとき）"),
                    Forms.select(id: "user-dept", name: "department", options: [("", "—")] + departments.map { ($0.name, $0.name) }, selected: ""),
                    .label(.for("user-password"), "初期パスワード（\(PlanServices.minimumPasswordLength)文字以上）"),
                    .input(.type(.password), .id("user-password"), .name("password"), .attribute(named: "autocomplete", value: "new-password")),
                    .button(.type(.submit), "利用者を追加")),
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
            ctx, title: "\(department.name)の実績の確認",
            .group([
                .h1(.text("\(department.name)の実績の確認 — \(year.label)")),
                .p(.text("状態: \(submission.state.label)")),
                Forms.messages(flash.notices, flash.errors),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text("目標値・実績・評価・備考")),
                        .thead(
                            .tr(
                                Forms.th(c.plan.indicatorLabel), Forms.th("目標値", numeric: true), Forms.th("実績", numeric: true),
                                Forms.th("達成率", numeric: true),
                                Forms.th("評価"), Forms.th("備考"))),
                        .tbody(
                            .forEach(list) { ev in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .text("\(c.index.itemTitle(ev.node.id)) ／ \(IndicatorPage.name(ev.indicator, ctx))")),
                                    .td(.class("num"), .text((ev.evaluation.target ?? ev.evaluation.expected).map { Format.number($0) } ?? "—")),
                                    .td(.class("num"), .text(ev.evaluation.actual.map { Format.number($0) } ?? "未報告")),
                                    .td(.class("num"), .text(Forms.rate(ev.evaluation, ctx.s))), .td(.text(ev.evaluation.grade ?? "—")),
                                    .td(.text(notes[ev.reportingID] ?? "")))
                            }))),
                .h2("自己評価"),
                .dl(
                    .class("facts"),
                    .forEach(evaluations) { s in
                        .group([
                            .dt(.text(c.index.itemTitle(s.project))), .dd(.text(s.text), .unwrap(s.direction) { .text("（今後の方向性: \($0.rawValue)）") }),
                        ])
                    }),
                .if(c.viewer.isOffice, .group([.h2("手続き"), OfficePage.actions(progress, model, ctx)])),
            ]))
    }
}
