import Foundation
import PlanCore
import PlanStore
import Plot

/// `/office` — the plan office's progress management for a year: departments' workflow,
/// not-reported counts, year lock, grading scale, people and ownership.
enum OfficePage {
    struct DepartmentRow {
        var name: String
        var state: WorkflowState
        var comment: String
        var projects: Int
        var units: Int
        var notReported: Int
    }

    struct Model {
        var plan: Plan
        var index: PlanIndex
        var account: Account
        var year: FiscalYear
        var locked: Bool
        var departments: [DepartmentRow]
        var unassignedProjects: Int
        var scale: GradingScale
        var accounts: [Account]
        var csrf: String
        var rollUp: RollUp
        var notices: [String] = []
        var errors: [String] = []
        var canEdit: Bool { account.role == .office }
    }

    static func render(_ m: Model) -> String {
        Layout.page(title: "進行管理（\(m.year.label)）", planTitle: m.plan.title, .group([
            .h1(.text("進行管理 — \(m.year.label)")),
            Forms.yearPicker(m.year, action: SiteURL.scoped("/office")),
            Forms.messages(m.notices, m.errors),
            .p(.text("評価の分布（公表前を含む。再掲は1回）: " + m.scale.bands.map { "\($0.name) \(m.rollUp.grades[$0.name] ?? 0)" }.joined(separator: "・")
                     + "・未報告 \(m.rollUp.notReported)・中央値 \(m.rollUp.medianAchievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—")")),
            .p(.a(.href(SiteURL.scoped("/office/not-reported?year=\(m.year.code)")), "未報告の一覧"), .text("　"), .a(.href(SiteURL.scoped("/office/audit")), "変更の記録（監査証跡）")),
            .h2("課ごとの手続き"),
            .div(.class("table-scroll"), .table(
                .caption(.text("\(m.year.label)の課ごとの状況")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "課"), .th(.attribute(named: "scope", value: "col"), "状態"),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), "事業"), .th(.attribute(named: "scope", value: "col"), .class("num"), "報告する指標"),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), "未報告"), .th(.attribute(named: "scope", value: "col"), "操作"))),
                .tbody(.forEach(m.departments) { d in departmentRow(d, m) })
            )),
            .if(m.unassignedProjects > 0, .p(.text("課に割り当てられていない事業が\(m.unassignedProjects)件あります。"))),
            .if(m.canEdit, adminForms(m)),
        ]))
    }

    static func departmentRow(_ d: DepartmentRow, _ m: Model) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), .text(d.name)),
            .td(.text(d.state.label + (d.comment.isEmpty ? "" : "（\(d.comment)）"))),
            .td(.class("num"), .text(String(d.projects))), .td(.class("num"), .text(String(d.units))), .td(.class("num"), .text(String(d.notReported))),
            .td(m.canEdit ? actions(d, m) : .text("—")))
    }

    static func actions(_ d: DepartmentRow, _ m: Model) -> Node<HTML.BodyContext> {
        let available = WorkflowAction.allCases.filter { if case .success = $0.apply(to: d.state, by: .office) { return true } else { return false } }
        return .group(available.map { action in
            .form(.method(.post), .action(SiteURL.scoped("/office/workflow")), .class("inline"),
                  Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code), Forms.hidden("department", d.name),
                  Forms.hidden("action", action.rawValue),
                  .if(action == .return, .input(.type(.text), .name("comment"), .attribute(named: "aria-label", value: escapeAttribute("\(d.name)への差し戻しの理由")), .placeholder("差し戻しの理由"))),
                  .button(.type(.submit), .text(action.label)))
        })
    }

    static func adminForms(_ m: Model) -> Node<HTML.BodyContext> {
        .group([
            .h2("年度のロック"),
            .form(.method(.post), .action(SiteURL.scoped("/office/lock")), Forms.hidden("_csrf", m.csrf), Forms.hidden("year", m.year.code),
                  Forms.hidden("lock", m.locked ? "0" : "1"),
                  .label(.for("reason"), "理由 "), .input(.type(.text), .id("reason"), .name("reason")),
                  .button(.type(.submit), .text(m.locked ? "ロックを解除する（再開は記録されます）" : "この年度をロックする"))),
            .h2("評価の段階"),
            .form(.method(.post), .action(SiteURL.scoped("/office/grading")), Forms.hidden("_csrf", m.csrf),
                  .label(.for("scale"), "段階（名前:下限%をカンマ区切り。良い順）"),
                  .input(.type(.text), .id("scale"), .name("scale"), .value(escapeAttribute(m.scale.description))),
                  .button(.type(.submit), "変更する")),
            .h2("課と利用者"),
            .form(.method(.post), .action(SiteURL.scoped("/office/departments")), Forms.hidden("_csrf", m.csrf),
                  .label(.for("dept-name"), "課を追加 "), .input(.type(.text), .id("dept-name"), .name("name")), .button(.type(.submit), "追加")),
            .form(.method(.post), .action(SiteURL.scoped("/office/users")), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                  .label(.for("user-name"), "利用者名"), .input(.type(.text), .id("user-name"), .name("name")),
                  .label(.for("user-role"), "役割"),
                  Forms.select(id: "user-role", name: "role", options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: Role.department.rawValue),
                  .label(.for("user-dept"), "所管課（所管課の利用者のとき）"),
                  Forms.select(id: "user-dept", name: "department", options: [("", "—")] + m.departments.map { ($0.name, $0.name) }, selected: ""),
                  .label(.for("user-password"), "初期パスワード（10文字以上）"),
                  .input(.type(.password), .id("user-password"), .name("password"), .attribute(named: "autocomplete", value: "new-password")),
                  .button(.type(.submit), "利用者を追加")),
            .table(.caption("利用者"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), "利用者"), .th(.attribute(named: "scope", value: "col"), "役割"),
                              .th(.attribute(named: "scope", value: "col"), "課"), .th(.attribute(named: "scope", value: "col"), "状態"))),
                   .tbody(.forEach(m.accounts) { a in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(a.name)), .td(.text(a.role.label)), .td(.text(a.departmentName ?? "—")),
                           .td(.text(a.active ? "有効" : "無効")))
                   })),
            .h2("目標値の見直し（中間見直し）"),
            .form(.method(.post), .action(SiteURL.scoped("/office/targets")), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                  .label(.for("rev-indicator"), "指標ID（例: 2-1.2.1）"), .input(.type(.text), .id("rev-indicator"), .name("indicator")),
                  .label(.for("rev-year"), "年度"),
                  Forms.select(id: "rev-year", name: "year", options: YearTargets.years.map { ($0.code, $0.label) }, selected: FiscalYear.r8.code),
                  .label(.for("rev-value"), "見直し後の目標値（「-」で目標なし）"), .input(.type(.text), .id("rev-value"), .name("value")),
                  .label(.for("rev-date"), "決定日（例: 2026-04-01）"), .input(.type(.text), .id("rev-date"), .name("date")),
                  .label(.for("rev-reason"), "理由"), .input(.type(.text), .id("rev-reason"), .name("reason")),
                  .button(.type(.submit), "見直しを記録する")),
            .h2("事業の割り当て"),
            .form(.method(.post), .action(SiteURL.scoped("/office/assign")), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                  .label(.for("assign-project"), "事業の掲載ID（例: 1-1.2）"), .input(.type(.text), .id("assign-project"), .name("project")),
                  .label(.for("assign-dept"), "課"),
                  Forms.select(id: "assign-dept", name: "department", options: m.departments.map { ($0.name, $0.name) }, selected: nil),
                  .label(.input(.type(.checkbox), .name("co"), .value("1")), .text(" 共管として加える")),
                  .button(.type(.submit), "割り当てる")),
        ])
    }
}

/// `/office/not-reported` — which departments and indicators have not reported (未報告).
enum NotReportedPage {
    struct Item { var department: String; var goal: String; var indicatorID: String; var name: String; var target: Decimal? }
    static func render(plan: Plan, year: FiscalYear, items: [Item]) -> String {
        let grouped = Dictionary(grouping: items, by: \.department)
        return Layout.page(title: "未報告の一覧", planTitle: plan.title, .group([
            .h1(.text("未報告の一覧 — \(year.label)")),
            Forms.yearPicker(year, action: "/office/not-reported"),
            .p(.text("目標値があるのに実績が入力されていない指標です（\(items.count)件）。未報告は0として数えません。")),
            .forEach(grouped.keys.sorted()) { dept in
                .section(.h2(.text("\(dept)（\(grouped[dept]!.count)件）")),
                         .ul(.forEach(grouped[dept]!) { i in
                             .li(.text("\(i.goal) "), .a(.href(SiteURL.indicator(i.indicatorID).path), .text(i.name.isEmpty ? "（名称なし）" : i.name)),
                                 .text("（目標 \(i.target.map(NumberCell.display) ?? "—")）"))
                         }))
            },
        ]))
    }
}

/// `/office/audit` — the audit trail.
enum AuditPage {
    static func render(plan: Plan, entries: [AuditEntry]) -> String {
        let f = DateFormatter(); f.locale = Locale(identifier: "ja_JP"); f.timeZone = TimeZone(identifier: "Asia/Tokyo"); f.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return Layout.page(title: "変更の記録", planTitle: plan.title, .group([
            .h1("変更の記録（監査証跡）"),
            .p("実績・自己評価・手続き・利用者・事業の割り当て・評価の段階の変更をすべて記録しています。この記録はアプリケーションからは変更できません。"),
            .div(.class("table-scroll"), .table(
                .caption(.text("新しい順（\(entries.count)件）")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "日時"), .th(.attribute(named: "scope", value: "col"), "操作者"),
                           .th(.attribute(named: "scope", value: "col"), "操作"), .th(.attribute(named: "scope", value: "col"), "対象"),
                           .th(.attribute(named: "scope", value: "col"), "変更前"), .th(.attribute(named: "scope", value: "col"), "変更後"))),
                .tbody(.forEach(entries.reversed()) { e in
                    .tr(.td(.text(f.string(from: e.at))), .td(.text(e.actor)), .td(.text(e.action)), .td(.text(e.key)), .td(.text(e.before)), .td(.text(e.after)))
                })
            )),
        ]))
    }
}
