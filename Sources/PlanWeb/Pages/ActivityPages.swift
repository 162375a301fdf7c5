import Foundation
import PlanCore
import PlanServices
import Plot

/// `/activities` and `/activities/figures/{indicator}` — staff pages only.
enum ActivityPages {
    struct Model {
        var context: PlanContext
        var records: [ActivityRecord]
        var kind: String?
        var year: FiscalYear?
        var csrf: String
        var flash: Flash
        /// A clerk or the office (a reviewer reads only).
        var mayEnter: Bool
    }

    /// A record's fields as one line: `参加者数: 30、会場: 区民会館`.
    static func fields(_ r: ActivityRecord, kind: ActivityKind?, _ ctx: PageContext) -> String {
        guard let kind else { return "" }
        return kind.fields.compactMap { f in
            r.values[f.id].map {
                "\(f.label)\(f.personal ? ctx.s(.personalMark) : ""): \($0)\(f.type.summable ? f.unit ?? "" : "")"
            }
        }
        .joined(separator: "、")
    }

    static func recordsTable(_ records: [ActivityRecord], _ c: PlanContext, csrf: String?, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        if records.isEmpty { return .p(.text(ctx.s(.noRecords))) }
        return .table(
            .caption(.text(ctx.s(.recordsHeading) + "（\(records.count)）")),
            .thead(
                .tr(
                    Forms.th(ctx.s(.recordDate)), Forms.th(ctx.s(.recordKind)), Forms.th(ctx.s(.recordCategory)), Forms.th(ctx.s(.recordTitle)),
                    Forms.th(ctx.s(.departmentShort)), Forms.th(ctx.s(.recordFields)), .unwrap(csrf) { _ in Forms.th(ctx.s(.actions)) })),
            .tbody(
                .forEach(records) { r in
                    let kind = c.activities.kind(r.kind)
                    return .tr(
                        .td(.text(r.date.description)), .td(.text(kind?.name ?? r.kind)), .td(.text(r.category.isEmpty ? "—" : r.category)),
                        .th(.attribute(named: "scope", value: "row"), .text(r.title)), .td(.text(r.department)),
                        .td(.text(fields(r, kind: kind, ctx))),
                        .unwrap(csrf) { csrf in
                            .td(
                                .form(
                                    .method(.post), .action(ctx.href(.activities(kind: nil, year: nil))), .class("inline"),
                                    Forms.hidden("_csrf", csrf),
                                    Forms.hidden("action", "delete"), Forms.hidden("record", r.id.uuidString),
                                    .button(
                                        .type(.submit), .class("secondary"),
                                        .attribute(named: "aria-label", value: escapeAttribute("\(ctx.s(.removeRecord)) \(r.date) \(r.title)")),
                                        .text(ctx.s(.delete)))))
                        })
                }))
    }

    static func list(_ m: Model, _ ctx: PageContext) -> String {
        let c = m.context
        let years = c.plan.reportingYears
        let rules = c.activities.rules
        return Layout.page(
            ctx, title: ctx.s(.activitiesLink),
            .group([
                .h1(.text(ctx.s(.activitiesLink))),
                .p(.text(ctx.s(.activitiesIntro))),
                Forms.messages(m.flash.notices, m.flash.errors),
                .h2(.text(ctx.s(.computedFigures))),
                rules.isEmpty
                    ? .p(.text(ctx.s(.noRules)))
                    : .div(
                        .class("scroll"),
                        .table(
                            .caption(.text(ctx.s(.computedFigures))),
                            .thead(
                                .tr(
                                    Forms.th(ctx.s(.indicators)), Forms.th(ctx.s(.countingRuleColumn)),
                                    .forEach(years) { Forms.th(ctx.s.year($0), numeric: true) })),
                            .tbody(
                                .forEach(rules) { rule in
                                    let indicator = c.snapshot.revisedIndex.indicatorsByID[rule.indicator]
                                    let kind = c.activities.kind(rule.kind)
                                    return .tr(
                                        .th(
                                            .attribute(named: "scope", value: "row"),
                                            .text("\(rule.indicator) \(indicator.map { IndicatorPage.name($0, ctx) } ?? "")")),
                                        .td(.text(rule.summary(kindName: kind?.name ?? rule.kind))),
                                        .forEach(years) { y in
                                            guard c.countingRule(indicator: rule.indicator, year: y) != nil else {
                                                return .td(.class("num"), .text("—"))
                                            }
                                            let value = c.snapshot.actuals[y]?.first { $0.actual.indicator == rule.indicator }?.actual.value
                                            return .td(
                                                .class("num"),
                                                .a(
                                                    .href(ctx.href(.activityFigure(indicator: rule.indicator, year: y))),
                                                    .attribute(
                                                        named: "aria-label",
                                                        value: escapeAttribute("\(rule.indicator) \(ctx.s.year(y)) \(ctx.s(.seeRecords))")),
                                                    .text(value.map { NumberCell.display($0) } ?? ctx.s(.notReported))))
                                        })
                                }))),
                .h2(.text(ctx.s(.recordsHeading))),
                .form(
                    .method(.get), .action(ctx.href(.activities(kind: nil, year: nil))), .class("inline"),
                    .label(.for("kind"), .text(ctx.s(.recordKind) + " ")),
                    Forms.select(
                        id: "kind", name: "kind", options: [("", ctx.s(.allKinds))] + c.activities.kinds.map { ($0.id, $0.name) },
                        selected: m.kind ?? ""),
                    .label(.for("year"), .text(" " + ctx.s(.year) + " ")),
                    Forms.select(
                        id: "year", name: "year", options: [("", ctx.s(.allYears))] + years.map { ($0.code, ctx.s.year($0)) },
                        selected: m.year?.code ?? ""),
                    .button(.type(.submit), .text(ctx.s(.show)))),
                .p(.class("note"), .text(ctx.s(.personalNote))),
                recordsTable(m.records, c, csrf: m.mayEnter ? m.csrf : nil, ctx),
                .if(m.mayEnter && !c.activities.kinds.isEmpty, entry(m, ctx)),
                .if(c.viewer.role == .office, definitions(m, ctx)),
            ]))
    }

    /// One form per kind (its own fields, no script needed), and the file import.
    static func entry(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let c = m.context
        let isOffice = c.viewer.role == .office
        return .group([
            .h2(.text(ctx.s(.addRecord))),
            .forEach(c.activities.kinds) { kind in
                let p = "k-\(kind.id)-"
                return .details(
                    .summary(.text(kind.name)),
                    .form(
                        .method(.post), .action(ctx.href(.activities(kind: nil, year: nil))), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                        Forms.hidden("action", "add"), Forms.hidden("kind", kind.id),
                        .label(.for(p + "date"), .text(ctx.s(.recordDate))),
                        Forms.input([("type", "date"), ("id", p + "date"), ("name", "date"), ("required", "")]),
                        .label(.for(p + "title"), .text(ctx.s(.recordTitle))),
                        Forms.input([("type", "text"), ("id", p + "title"), ("name", "title"), ("required", "")]),
                        .if(
                            !kind.categories.isEmpty,
                            .group([
                                .label(.for(p + "category"), .text(ctx.s(.recordCategory))),
                                Forms.select(id: p + "category", name: "category", options: kind.categories.map { ($0, $0) }, selected: nil),
                            ])),
                        .if(
                            isOffice,
                            .group([
                                .label(.for(p + "department"), .text(ctx.s(.departmentShort))),
                                Forms.select(
                                    id: p + "department", name: "department", options: c.departments.map { ($0.name, $0.name) }, selected: nil),
                            ])),
                        .forEach(kind.fields) { f in
                            .group([
                                .label(
                                    .for(p + f.id),
                                    .text(f.label + (f.unit.map { "（\($0)）" } ?? "") + (f.personal ? ctx.s(.personalMark) : ""))),
                                f.type == .note
                                    ? Forms.textarea(id: p + f.id, name: "value[\(f.id)]", rows: 3, text: "")
                                    : Forms.input([
                                        ("type", f.type == .date ? "date" : "text"), ("id", p + f.id), ("name", "value[\(f.id)]"),
                                        ("inputmode", f.type == .count || f.type == .amount || f.type == .corporateNumber ? "numeric" : nil),
                                        ("required", f.required ? "" : nil),
                                    ]),
                            ])
                        },
                        .button(.type(.submit), .text(ctx.s(.add)))))
            },
            .h2(.text(ctx.s(.importRecords))),
            .p(.text(ctx.s(.recordColumns)), .code(.text(ActivityTable.headers(kinds: c.activities.kinds).joined(separator: ",")))),
            .form(
                .method(.post), .action(ctx.href(.activitiesUpload)), .enctype(.multipartData), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                .label(.for("records-file"), .text(ctx.s(.filledTemplate))),
                Forms.input([("type", "file"), ("id", "records-file"), ("name", "file"), ("accept", ".csv,.xlsx")]),
                .button(.type(.submit), .text(ctx.s(.importButton)))),
        ])
    }

    /// The office's kinds and rules as JSON, edited in place (docs/activity-records.md).
    static func definitions(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = m.flash.typed["definitions"] ?? String(decoding: (try? encoder.encode(m.context.activities)) ?? Data(), as: UTF8.self)
        return .group([
            .h2(.text(ctx.s(.definitionsHeading))),
            .p(.id("definitions-help"), .text(ctx.s(.definitionsHelp))),
            .form(
                .method(.post), .action(ctx.href(.activities(kind: nil, year: nil))), .class("stacked"), Forms.hidden("_csrf", m.csrf),
                Forms.hidden("action", "define"),
                .label(.for("definitions"), .text(ctx.s(.definitionsHeading))),
                Forms.textarea(id: "definitions", name: "definitions", rows: 16, text: text, describedBy: "definitions-help"),
                .button(.type(.submit), .text(ctx.s(.save)))),
        ])
    }

    static func figure(_ d: PlanContext.DrillDown, context c: PlanContext, personal: Bool, _ ctx: PageContext) -> String {
        let indicator = c.snapshot.revisedIndex.indicatorsByID[d.figure.indicator]
        let title = "\(indicator.map { IndicatorPage.name($0, ctx) } ?? d.figure.indicator) — \(ctx.s.year(d.figure.year))\(ctx.s(.figureOf))"
        return Layout.page(
            ctx, title: title,
            .group([
                .h1(.text(title)),
                .p(
                    .strong(
                        .text(
                            "\(ctx.s(.actual)): \(d.figure.value.map { NumberCell.display($0) } ?? ctx.s(.notReported))\(indicator.map { " " + $0.unit } ?? "")"
                        ))),
                .p(.text(d.figure.note)),
                .p(.a(.href(ctx.href(.activities(kind: d.kind.id, year: d.figure.year))), .text(ctx.s(.activitiesLink)))),
                .h2(.text(ctx.s(.countedRecords))),
                .if(d.hidden > 0, .p(.text(ctx.s.hiddenRecords(d.hidden)))),
                recordsTable(d.records, c, csrf: nil, ctx),
            ]))
    }
}
