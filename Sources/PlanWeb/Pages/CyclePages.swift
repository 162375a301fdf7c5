import Foundation
import PlanCore
import PlanStore
import Plot

/// Small form and table helpers for the staff pages.
enum Forms {
    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(escapeAttribute(value)))
    }

    /// A `<select>` (Plot's option elements carry no text, so this one is written by hand, escaped).
    static func select(id: String, name: String, options: [(value: String, label: String)], selected: String?) -> Node<HTML.FormContext> {
        var html = "<select id=\"\(escapeAttribute(id))\" name=\"\(escapeAttribute(name))\">"
        for o in options {
            html += "<option value=\"\(escapeAttribute(o.value))\"\(o.value == selected ? " selected" : "")>\(escapeAttribute(o.label))</option>"
        }
        return .raw(html + "</select>")
    }

    /// A `<textarea>` with escaped content.
    static func textarea(id: String, name: String, rows: Int, text: String) -> Node<HTML.FormContext> {
        .raw("<textarea id=\"\(escapeAttribute(id))\" name=\"\(escapeAttribute(name))\" rows=\"\(rows)\">\(escapeAttribute(text))</textarea>")
    }

    static func yearPicker(_ selected: FiscalYear, action: String) -> Node<HTML.BodyContext> {
        .form(.method(.get), .action(action), .class("inline"),
              .label(.for("year"), "年度 "),
              select(id: "year", name: "year", options: YearTargets.years.map { ($0.code, $0.label) }, selected: selected.code),
              .button(.type(.submit), "表示"))
    }

    static func messages(_ notices: [String], _ errors: [String]) -> Node<HTML.BodyContext> {
        .group([
            .if(!errors.isEmpty, .div(.class("errors"), .attribute(named: "role", value: "alert"),
                                     .h2("入力を受け付けませんでした"), .ul(.forEach(errors) { .li(.text($0)) }))),
            .if(!notices.isEmpty, .div(.class("notice"), .attribute(named: "role", value: "status"), .ul(.forEach(notices) { .li(.text($0)) }))),
        ])
    }

    static func rate(_ e: Evaluation) -> String {
        switch e.status {
        case .graded: return e.achievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—"
        case .notReported: return "未報告"
        case .noTarget: return "—（目標なし）"
        case .undefined: return "—"
        }
    }
}

/// `/login`.
enum LoginPage {
    static func render(csrf: String, next: String, error: String?) -> String {
        Layout.page(title: "職員ログイン", .group([
            .h1("職員ログイン"),
            .p("計画担当・所管課・推進会議の方のページです。住民の方はログインしなくても公表済みの進捗を見られます。"),
            .unwrap(error) { .div(.class("errors"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .form(.method(.post), .action("/login"), .class("stacked"),
                  Forms.hidden("_csrf", csrf), Forms.hidden("next", next),
                  .label(.for("name"), "利用者名"),
                  .input(.type(.text), .id("name"), .name("name"), .attribute(named: "autocomplete", value: "username"), .required(true)),
                  .label(.for("password"), "パスワード"),
                  .input(.type(.password), .id("password"), .name("password"), .attribute(named: "autocomplete", value: "current-password"), .required(true)),
                  .button(.type(.submit), "ログイン")),
        ]))
    }
}

/// `/my` — a department's projects for a fiscal year: enter actuals, upload the template,
/// submit, and write self-evaluations.
enum MyPage {
    struct Row {
        var reportingID: String
        var indicator: Indicator
        var placement: Placement
        var measure: Measure?
        var target: Decimal?
        var stored: StoredActual?
        var typed: String?
        var typedNote: String?
    }

    struct Model {
        var plan: Plan
        var index: PlanIndex
        var account: Account
        var departmentName: String
        var year: FiscalYear
        var state: WorkflowState
        var comment: String
        var locked: Bool
        var rows: [Row]
        var projects: [String]
        var csrf: String
        var notices: [String] = []
        var errors: [String] = []
        var editable: Bool { !locked && state.editableByDepartment }
    }

    static func render(_ m: Model) -> String {
        Layout.page(title: "\(m.year.label)の実績の入力", planTitle: m.plan.title, .group([
            .h1(.text("\(m.departmentName)の事業 — \(m.year.label)")),
            Forms.yearPicker(m.year, action: SiteURL.scoped("/my")),
            .p(.text("手続きの状態: \(m.state.label)\(m.comment.isEmpty ? "" : "（計画担当からのコメント: \(m.comment)）")\(m.locked ? "。この年度はロックされています" : "")")),
            Forms.messages(m.notices, m.errors),
            .if(m.rows.isEmpty, .p("この課に割り当てられた事業がありません。計画担当に事業の割り当てを依頼してください。")),
            .if(!m.rows.isEmpty, actualsForm(m)),
            .h2("表計算ソフトでまとめて入力する"),
            .p(.a(.href(SiteURL.scoped("/my/template.csv?year=\(m.year.code)")), "実績の記入様式（CSV）をダウンロード"),
               .text("。記入して保存（UTF-8 または Excel の CSV）し、ここから取り込みます。1行でも誤りがあれば全体を取り込まず、誤りをすべて示します。")),
            .if(m.editable, .form(.method(.post), .action(SiteURL.scoped("/my/upload?year=\(m.year.code)")), .attribute(named: "enctype", value: "multipart/form-data"),
                                  Forms.hidden("_csrf", m.csrf),
                                  .label(.for("file"), "記入した様式 "),
                                  .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv")),
                                  .button(.type(.submit), "取り込む"))),
            .h2("自己評価"),
            .ul(.forEach(m.projects) { p in .li(.a(.href(SiteURL.scoped("/my/projects/\(SiteURL.escape(p))?year=\(m.year.code)")), .text(m.index.projectTitle(p)))) }),
            .h2("提出"),
            .if(m.editable, .form(.method(.post), .action(SiteURL.scoped("/my/submit")), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                                  .button(.type(.submit), "計画担当に提出する"))),
            .if(!m.editable, .p("提出済み・承認済み・ロック中の実績は変更できません。変更が必要なときは計画担当に差し戻しを依頼してください。")),
        ]))
    }

    static func actualsForm(_ m: Model) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(SiteURL.scoped("/my/actuals")),
              Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
              .div(.class("table-scroll"), .table(
                .class("entry"),
                .caption(.text("\(m.year.label)の実績（空欄は未報告。0ではありません）")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "目指す姿"), .th(.attribute(named: "scope", value: "col"), "事業・行動指標"),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), "目標値"),
                           .th(.attribute(named: "scope", value: "col"), "実績値"), .th(.attribute(named: "scope", value: "col"), "備考"),
                           .th(.attribute(named: "scope", value: "col"), "最終入力"))),
                .tbody(.forEach(m.rows) { row in entryRow(row, editable: m.editable) })
              )),
              .if(m.editable, .button(.type(.submit), "保存する")))
    }

    static func entryRow(_ r: Row, editable: Bool) -> Node<HTML.TableContext> {
        let id = r.reportingID
        let value = r.typed ?? r.stored?.actual.value.map(NumberCell.format) ?? ""
        let note = r.typedNote ?? r.stored?.actual.note ?? ""
        let label = "\(r.placement.projectName.isEmpty ? (r.measure?.name ?? "") : r.placement.projectName) ／ \((r.indicator.part.map(JapaneseText.circledNumber) ?? "") + r.indicator.name)"
        let valueInput: Node<HTML.BodyContext> = editable
            ? .input(.type(.text), .id("v-\(id)"), .name("value[\(id)]"), .value(escapeAttribute(value)), .attribute(named: "inputmode", value: "decimal"),
                     .attribute(named: "aria-label", value: escapeAttribute("\(label)の実績値（\(r.indicator.unit)）")), .class("num"))
            : .text(value.isEmpty ? "未報告" : value)
        let noteInput: Node<HTML.BodyContext> = editable
            ? .input(.type(.text), .name("note[\(id)]"), .value(escapeAttribute(note)), .attribute(named: "aria-label", value: escapeAttribute("\(label)の備考")))
            : .text(note)
        return .tr(
            .td(.text(r.placement.goal.description)),
            .th(.attribute(named: "scope", value: "row"), .label(.for("v-\(id)"), .text(label)), .text("（\(r.indicator.unit)）")),
            .td(.class("num"), Layout.number(r.target)),
            .td(valueInput, .input(.type(.hidden), .name("version[\(id)]"), .value(String(r.stored?.version ?? 0)))),
            .td(noteInput),
            .td(.text(r.stored.map { "\($0.enteredBy)（版\($0.version)）" } ?? "—"))
        )
    }
}

/// `/my/projects/{id}` — a project's self-evaluation for a year.
enum SelfEvaluationPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var project: String
        var year: FiscalYear
        var existing: SelfEvaluation?
        var editable: Bool
        var csrf: String
        var errors: [String] = []
    }

    static func render(_ m: Model) -> String {
        let original = m.index.placementsByID[m.project]
        let milestones = original?.roadmap.milestones ?? []
        return Layout.page(title: "自己評価", planTitle: m.plan.title, .group([
            .h1(.text("自己評価 — \(m.index.projectTitle(m.project))（\(m.year.label)）")),
            Forms.messages([], m.errors),
            .form(.method(.post), .action(SiteURL.scoped("/my/projects/\(SiteURL.escape(m.project))")), .class("stacked"),
                  Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                  .label(.for("text"), "自己評価"),
                  Forms.textarea(id: "text", name: "text", rows: 5, text: m.existing?.text ?? ""),
                  .label(.for("direction"), "今後の方向性"),
                  Forms.select(id: "direction", name: "direction",
                               options: [("", "（選択してください）")] + FutureDirection.allCases.map { ($0.rawValue, $0.rawValue) },
                               selected: m.existing?.direction?.rawValue ?? ""),
                  .forEach(milestones) { year, text in milestoneFields(year, text, m) },
                  .if(m.editable, .button(.type(.submit), "保存する"))),
        ]))
    }

    static func milestoneFields(_ year: FiscalYear, _ text: String, _ m: Model) -> Node<HTML.FormContext> {
        let current = m.existing?.milestones.first { $0.year == year }
        return .fieldset(
            .element(named: "legend", text: "ロードマップ \(year.label): \(text)"),
            .label(.for("ms-\(year.code)"), "状況"),
            Forms.select(id: "ms-\(year.code)", name: "milestone[\(year.code)]",
                         options: [("", "（選択してください）")] + MilestoneStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                         selected: current?.status?.rawValue ?? ""),
            .label(.for("mc-\(year.code)"), "コメント"),
            .input(.type(.text), .id("mc-\(year.code)"), .name("milestoneComment[\(year.code)]"), .value(escapeAttribute(current?.comment ?? "")))
        )
    }
}
