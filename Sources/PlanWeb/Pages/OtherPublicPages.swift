import Foundation
import PlanCore
import PlanFiles
import PlanServices
import PlanStore
import Plot

/// `/search?q=…` — the plan's text, width- and kana-insensitive, each hit saying what it is and
/// with the matched words marked.
enum SearchPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var query: String
        var hits: [PlanSearch.Hit]
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let s = ctx.s
        return Layout.page(
            ctx, title: m.query.isEmpty ? s(.search) : s.resultsFor(query: m.query),
            crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.search), url: nil)],
            .group([
                .h1(.text(s(.search))),
                .form(
                    .method(.get), .action(ctx.href(.search(nil))), .class("search"), .attribute(named: "role", value: "search"),
                    .label(.for("q"), .text(s(.searchLabel))),
                    .input(
                        .type(.search), .id("q"), .name("q"), .value(escapeAttribute(m.query)),
                        .attribute(named: "maxlength", value: String(PlanSearch.maximumQueryLength)),
                        .attribute(named: "aria-describedby", value: "q-hint")),
                    .button(.type(.submit), .text(s(.searchButton))),
                    .p(.id("q-hint"), .class("rule"), .text(s(.searchHint)))),
                .if(
                    !m.query.isEmpty,
                    .group([
                        .h2(.text("\(s(.searchResults))（\(m.hits.count)）")),
                        .if(m.hits.isEmpty, .p(.text(s(.searchNone)))),
                        .ul(.class("hits"), .forEach(m.hits) { hit in item(hit, m, ctx) }),
                    ])),
            ]))
    }

    static func item(_ hit: PlanSearch.Hit, _ m: Model, _ ctx: PageContext) -> Node<HTML.ListContext> {
        let s = ctx.s
        let node = m.index.nodesByID[hit.node]
        let kind: String
        switch hit.field {
        case .node: kind = node.flatMap { ctx.s.levelName(m.plan, $0.level) } ?? s(.hitNode)
        case .description: kind = (node.flatMap { ctx.s.levelName(m.plan, $0.level) } ?? "") + s(.hitDescription)
        case .milestone: kind = s(.hitMilestone)
        case .indicator: kind = ctx.s.indicatorLabel(m.plan)
        }
        let target: String
        if let id = hit.indicator {
            target = ctx.href(.indicator(id))
        } else if let node {
            target = NodePage.href(node, m.plan, m.index, ctx)
        } else {
            target = ctx.href(.home)
        }
        let place = node.map { n in m.index.section(of: n.id, levels: m.plan.levels)?.heading ?? n.heading } ?? ""
        return .li(
            .span(.class("hit-kind"), .text(kind)), .a(.href(target), highlighted(hit)),
            .if(!place.isEmpty, .span(.class("context"), .text("（\(place)）"))))
    }

    static func highlighted(_ hit: PlanSearch.Hit) -> Node<HTML.AnchorContext> {
        guard let r = hit.match else { return .text(hit.text) }
        let text = hit.text
        let before = String(text[..<r.lowerBound].suffix(60))
        let after = String(text[r.upperBound...].prefix(60))
        return .group([
            .text((text[..<r.lowerBound].count > 60 ? "…" : "") + before), .element(named: "mark", text: String(text[r])),
            .text(after + (text[r.upperBound...].count > 60 ? "…" : "")),
        ])
    }
}

/// `/plans` — the plans of this installation.
enum PlansPage {
    static func render(_ plans: [PlanSummary], defaultPlan: String, _ ctx: PageContext) -> String {
        let s = ctx.s
        return Layout.page(
            ctx, title: s(.plans),
            .group([
                .h1(.text(s(.plans))),
                .ul(
                    .forEach(plans) { p in
                        .li(
                            .a(
                                .href(
                                    Links(base: Links.base(plan: p.id, defaultPlan: defaultPlan), lang: ctx.lang, staticBase: ctx.links.staticBase)
                                        .href(.home)), .text(p.title)),
                            .text("（\(p.municipality)）"))
                    }),
            ]))
    }
}

/// `/opendata` — the plan's open data: every file, what it holds, and one archive.
enum OpenDataPage {
    static func render(plan: Plan, files: (files: [String: Data], lost: [String: [Character]]), _ ctx: PageContext) -> String {
        let s = ctx.s
        func describe(_ name: String) -> String {
            guard let f = DataDictionary.file(name) else { return "" }
            let meaning = s.lang == .en ? f.meaningEnglish : f.meaning
            return ["plan.csv", "levels.csv", "flags.csv", "nodes.csv", "indicators.csv"].contains(name)
                ? meaning + s.aside(s(.openDataPlan)) : meaning
        }
        return Layout.page(
            ctx, title: s(.openData), crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.openData), url: nil)],
            // What harvesters (CKAN's DCAT, Frictionless) look for in the page's head.
            alternates: [
                ("alternate", "application/ld+json", ctx.href(.openDataFile(DataPackage.catalogueName))),
                ("describedby", "application/json", ctx.href(.openDataFile(DataPackage.descriptorName))),
            ],
            .group([
                .h1(.text("\(s(.openData)) — \(s.title(plan))")),
                .section(
                    .class("licence"), .h2(.text(s(.licence))),
                    .p(
                        .text(
                            s.lang == .en
                                ? plan.licence.statementEnglish(municipality: plan.municipality, planTitle: s.title(plan))
                                : plan.licence.statement(municipality: plan.municipality, planTitle: plan.title)),
                        .text(" "),
                        .a(
                            .href(plan.licence.url), .attribute(named: "rel", value: "license"),
                            .text(s.lang == .en ? plan.licence.nameEnglish : plan.licence.name)))),
                .p(.text(s(.openDataNote))), .p(.text(s(.cp932Note))),
                .p(.a(.href(ctx.href(.dataDictionary)), .text(s(.dictionary)))),
                .p(.a(.href(ctx.href(.openDataFile(plan.id + "-opendata.zip"))), .text(s(.downloadZip)))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(s(.openData))),
                        .thead(.tr(Forms.th(s(.fileName)), Forms.th(s(.fileContent)), Forms.th(s(.downloadXLSX)), Forms.th(s(.cp932Copy)))),
                        .tbody(
                            .forEach(
                                files.files.keys.sorted().filter { !$0.hasSuffix(".zip") && !$0.hasSuffix("-cp932.csv") && !$0.hasSuffix(".xlsx") }
                            ) { f in
                                let copy = OpenDataFiles.cp932Name(f)
                                return .tr(
                                    .td(.a(.href(ctx.href(.openDataFile(f))), .text(f))), .td(.text(describe(f))),
                                    .td(
                                        .unwrap(f.hasSuffix(".csv") ? OpenDataWorkbook.name(for: f) : nil) { x in
                                            .if(files.files[x] != nil, .a(.href(ctx.href(.openDataFile(x))), .text(x)))
                                        }),
                                    .td(
                                        .unwrap(files.files[copy] == nil ? nil : copy) { c in
                                            .group([
                                                .a(.href(ctx.href(.openDataFile(c))), .text(c)),
                                                .unwrap(files.lost[f]) { chars in
                                                    .p(
                                                        .class("note"),
                                                        .text(s.cp932Lost(chars.map(String.init), substitute: String(OpenDataFiles.substitute))))
                                                },
                                            ])
                                        }))
                            }))),
            ]))
    }
}

/// `/opendata/dictionary` — every open-data file and column: type, unit, meaning.
enum DataDictionaryPage {
    static func render(plan: Plan, _ ctx: PageContext) -> String {
        let s = ctx.s
        let en = s.lang == .en
        return Layout.page(
            ctx, title: s(.dictionary),
            crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.openData), url: .openData), .init(title: s(.dictionary), url: nil)],
            .group([
                .h1(.text(s(.dictionary))),
                .p(.text(s(.dictionaryNote))),
                .forEach(DataDictionary.files) { f in
                    .section(
                        .h2(.id("file-" + f.name.filter { $0.isLetter || $0.isNumber || $0 == "-" }), .text(f.name)),
                        .p(.text(en ? f.meaningEnglish : f.meaning)),
                        .if(
                            !f.columns.isEmpty,
                            .div(
                                .class("table-scroll"),
                                .table(
                                    .caption(.text(f.name)),
                                    .thead(.tr(Forms.th(s(.column)), Forms.th(s(.type)), Forms.th(s(.unit)), Forms.th(s(.description)))),
                                    .tbody(
                                        .forEach(f.columns) { col in
                                            .tr(
                                                // The header as it stands in the file: Japanese on the English page too.
                                                .th(
                                                    .attribute(named: "scope", value: "row"), .attribute(named: "lang", value: "ja"), .text(col.name)),
                                                .td(.text(en ? col.type.english : col.type.rawValue)),
                                                .td(.text(en ? col.unitEnglish : col.unit)),
                                                .td(.text(en ? col.meaningEnglish : col.meaning)))
                                        })))))
                },
            ]))
    }
}

/// `/vision` — the logic chart above the plan: 背景 → 目指す姿 → 戦略 → 戦術, each vision linked
/// to the plan's node it corresponds to.
enum VisionChartPage {
    static func render(plan: Plan, index: PlanIndex, chart: VisionChart?, _ ctx: PageContext) -> String {
        let s = ctx.s
        guard let chart else {
            return Layout.page(
                ctx, title: s(.visionChart), crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.visionChart), url: nil)],
                .group([
                    .h1(.text(s(.visionChart))),
                    .p(.text(s(.noVisionChartBefore)), .a(.href(ctx.href(.home)), .text(s(.overview))), .text(s(.noVisionChartAfter))),
                ]))
        }
        let tactics = chart.shownTactics(in: plan)
        func numbered(_ number: Int?, _ text: String) -> String {
            guard let number else { return text }
            // The printed text may already begin with its number: not 「1. 1. …」.
            let t = text.trimmingCharacters(in: .whitespaces)
            for prefix in ["\(number).", "\(number)．", "\(number) ", "\(number)、"] where t.hasPrefix(prefix) { return t }
            return "\(number). \(t)"
        }
        func visionLink(_ v: VisionChart.ChartVision) -> PlanNode? { v.planNode.flatMap { index.nodesByID[$0] } }
        let columns: [(heading: String, boxes: [Charts.Box])] = [
            (
                s(.visionBackground),
                chart.backgrounds.map { Charts.Box(heading: $0.title, text: $0.facts.joined(separator: " "), href: nil, linkLabel: nil) }
            ),
            (
                s(.visionGoals),
                chart.visions.map { v in
                    let n = visionLink(v)
                    return Charts.Box(
                        heading: nil, text: numbered(v.number, v.text), href: n.map { NodePage.href($0, plan, index, ctx) },
                        linkLabel: n.map {
                            s.toPlanNode(
                                v.text, level: ctx.s.levelName(plan, $0.level) ?? "", code: $0.code ?? "", heading: index.displayHeading(of: $0))
                        })
                }
            ),
            (s(.visionStrategies), chart.strategies.map { Charts.Box(heading: nil, text: numbered($0.number, $0.text), href: nil, linkLabel: nil) }),
            (
                s(.visionTactics),
                tactics.map { t in
                    let n = t.pointsTo.flatMap { index.nodesByID[$0] }
                    return Charts.Box(
                        heading: nil, text: t.text + (n.map { s.listedLater(index.displayHeading(of: $0)) } ?? (t.forward ? s(.listedLater) : "")),
                        href: n.map { NodePage.href($0, plan, index, ctx) }, linkLabel: nil)
                }
            ),
        ]
        let svg = Charts.logicChart(
            id: "logic-chart", title: s(.visionChart),
            description:
                s.visionSummary(
                    backgrounds: chart.backgrounds.count, visions: chart.visions.count, strategies: chart.strategies.count, tactics: tactics.count),
            columns: columns)
        return Layout.page(
            ctx, title: s(.visionChart), crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.visionChart), url: nil)],
            .group([
                .h1(.text(s(.visionChart))),
                .element(named: "figure", nodes: [Node<HTML.BodyContext>.class("chart"), .raw(svg)]),
                .div(
                    .class("logic-chart"),
                    .section(
                        .h2(.text(s(.visionBackground))),
                        .forEach(chart.backgrounds) { b in .group([.h3(.text(b.title)), .ul(.forEach(b.facts) { .li(.text($0)) })]) }),
                    .section(
                        .h2(.text(s(.visionGoals))),
                        .ul(
                            .forEach(chart.visions) { v in
                                .li(
                                    .text(numbered(v.number, v.text)),
                                    .unwrap(visionLink(v)) { n in .group([.text(" → "), NodePage.link(n, plan, index, ctx)]) })
                            })),
                    .section(.h2(.text(s(.visionStrategies))), .ul(.forEach(chart.strategies) { st in .li(.text(numbered(st.number, st.text))) })),
                    .section(
                        .h2(.text(s(.visionTactics))),
                        .ul(
                            .forEach(tactics) { t in
                                .li(
                                    .text(t.text),
                                    .unwrap(t.pointsTo.flatMap { index.nodesByID[$0] }) { n in
                                        .group([.text(s(.listedLaterOpen)), NodePage.link(n, plan, index, ctx), .text(s(.closeAside))])
                                    },
                                    .if(t.forward && t.pointsTo == nil, .text(s(.listedLater))))
                            }))),
            ]))
    }
}
