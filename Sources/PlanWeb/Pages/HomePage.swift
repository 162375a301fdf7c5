import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// `/` — the plan at a glance: its levels, the top of its tree with counts, and how the latest
/// published year went.
enum HomePage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var year: FiscalYear?
        var evaluation: YearEvaluation?
        /// Only nodes carrying these flags (and what is above and below them).
        var flags: Set<String>
        var otherPlans: [PlanSummary]
    }

    static func model(_ c: PlanContext, flags: Set<String>, otherPlans: [PlanSummary]) -> Model {
        let year = c.latestYearWithFigures
        return Model(plan: c.plan, index: c.index, year: year, evaluation: year.map { c.evaluation(year: $0) }, flags: flags, otherPlans: otherPlans)
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let s = ctx.s
        let p = m.plan
        let period = [p.firstYear, p.lastYear].compactMap { $0 }.map { s.year($0) }.joined(separator: " 〜 ")
        return Layout.page(
            ctx, title: s(.overview), description: p.title,
            data: [("JSON", ctx.href(.openDataFile("indicators.json")))],
            .group([
                .h1(.text(s.title(p))),
                .dl(
                    .class("facts"),
                    .dt(.text(s(.municipality))), .dd(.text(p.municipality)),
                    .if(!period.isEmpty, .group([.dt(.text(s(.period))), .dd(.text(period))])),
                    .dt(.text(s(.structure))),
                    .dd(.text((p.levels.indices.compactMap { s.levelName(p, $0) } + [s.indicatorLabel(p)]).joined(separator: " → "))),
                    .dt(.text(ctx.s.indicatorLabel(p))), .dd(.text("\(p.indicators.count)"))),
                progress(m, ctx),
                flagFilter(m, ctx),
                .h2(.text(s.levelName(p, 0) ?? s(.items))),
                tree(m, ctx),
                .if(
                    !m.otherPlans.isEmpty,
                    .group([
                        .h2(.text(s(.plans))),
                        .ul(
                            .forEach(m.otherPlans) { o in
                                .li(
                                    .a(
                                        .href(
                                            Links(base: Links.base(plan: o.id, defaultPlan: ""), lang: ctx.lang, staticBase: ctx.links.staticBase)
                                                .href(.home)), .text("\(o.municipality) \(o.title)")))
                            }),
                    ])),
            ]))
    }

    static func progress(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        guard let year = m.year, let e = m.evaluation else {
            return .section(
                .class("progress"), .h2(.text(s(.results))), .p(.text(s(.noResultsYet))))
        }
        let top = m.index.topNodes
        let rows = top.map { n -> (String, [Int], Int) in
            let r = e.levels.nodes[n.id]
            return (n.heading, e.scheme.gradeNames.map { r?.count(of: $0) ?? 0 }, r?.notReported ?? 0)
        }
        let chart = Charts.stacked(
            id: "home-grades", title: s.distributionOf(year),
            description: s.sentences(rows.map { s.gradeCounts($0.0, grades: e.scheme.gradeNames, counts: $0.1, notReported: $0.2) }), rows: rows,
            grades: e.scheme.gradeNames, strings: s)
        return .section(
            .class("progress"),
            .h2(.text(s.resultsOf(year))),
            ProgressViews.rollUp(e.levels.plan, scheme: e.scheme, caption: "\(s.title(m.plan)) \(s.year(year))", ctx),
            .element(named: "figure", nodes: [Node<HTML.BodyContext>.class("chart"), .raw(chart)]),
            .p(.a(.href(ctx.href(.dashboard(year))), .text(s(.dashboard))), .text("・"), .a(.href(ctx.href(.report(year))), .text(s(.report)))))
    }

    static func flagFilter(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        guard !m.plan.flags.isEmpty, !ctx.isStatic else { return .empty }
        return .form(
            .method(.get), .action(ctx.href(.home)), .class("filters"),
            .fieldset(
                .element(named: "legend", text: ctx.s(.showOnly)),
                .ul(
                    .forEach(m.plan.flags) { f in
                        .li(
                            .label(
                                Forms.input([
                                    ("type", "checkbox"), ("name", "flag"), ("value", f.key), ("checked", m.flags.contains(f.key) ? "checked" : nil),
                                ]),
                                .text(" " + ctx.s.flagName(f))))
                    }),
                .button(.type(.submit), .text(ctx.s(.apply)))))
    }

    /// The top two levels, with counts of what is below.
    static func tree(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        func include(_ n: PlanNode) -> Bool {
            m.flags.isEmpty || ([n] + m.index.descendants(of: n.id)).contains { node in m.flags.allSatisfy { node.flags.contains($0) } }
        }
        func counts(_ n: PlanNode) -> String {
            let c = m.index.counts(under: n.id)
            return "\(ctx.s.indicatorLabel(m.plan)) \(c.indicators)"
        }
        let top = m.index.topNodes.filter(include)
        return .ul(
            .class("tree"),
            .forEach(top) { n in
                .li(
                    NodePage.link(n, m.plan, m.index, ctx), .text("（\(counts(n))）"),
                    .if(
                        !m.index.children(of: n.id).isEmpty && n.level + 1 < m.plan.levels.count,
                        .ul(
                            .forEach(m.index.children(of: n.id).filter(include)) { c in
                                .li(NodePage.link(c, m.plan, m.index, ctx), .text("（\(counts(c))）"))
                            })))
            })
    }
}

/// Roll-ups and evaluation tables shown on public pages.
enum ProgressViews {
    /// A roll-up: the grade distribution, not reported and the median, with the counting rule.
    static func rollUp(_ r: RollUp, scheme: GradingScheme, caption: String, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        return .div(
            .class("rollup"),
            .table(
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .forEach(scheme.gradeNames) { g in Forms.th("\(s(.grade)) \(g)", numeric: true) },
                        Forms.th(s(.notReported), numeric: true), Forms.th(s(.median), numeric: true))),
                .tbody(
                    .tr(
                        .forEach(scheme.gradeNames) { g in .td(.class("num"), .text(Format.number(Decimal(r.count(of: g))))) },
                        .td(.class("num"), .text(Format.number(Decimal(r.notReported)))),
                        .td(.class("num"), .text(Format.rate(r.medianAchievementRate)))))),
            .p(.class("rule"), .text("\(s(.rollupRule)): " + s(.rollupRuleText) + " " + s(.gradingScheme) + ": " + s.schemeSummary(scheme))))
    }

    /// One year's table of indicators: target, actual, rate, grade and the outlook.
    static func table(
        _ evaluations: [IndicatorEvaluation], year: FiscalYear, snapshot: PlanSnapshot, audience: Audience, visible: Set<String>?,
        _ ctx: PageContext
    ) -> Node<HTML.BodyContext> {
        let s = ctx.s
        return .div(
            .class("table-scroll"),
            .table(
                .class("indicators"),
                .caption(.text("\(s.year(year)): " + s.list([s(.target), s(.actual), s(.achievementRate), s(.grade)]))),
                .thead(
                    .tr(
                        Forms.th(ctx.s.indicatorLabel(snapshot.plan)), Forms.th(s(.target), numeric: true), Forms.th(s(.actual), numeric: true),
                        Forms.th(s(.achievementRate), numeric: true), Forms.th(s(.grade)), Forms.th(s(.forecast)))),
                .tbody(
                    .forEach(evaluations) { e in
                        let published = visible.map { $0.contains(e.node.item) } ?? true
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(ctx.href(.indicator(e.indicator.id))), .text(IndicatorPage.name(e.indicator, ctx)))),
                            targetCell(e, year: year, snapshot: snapshot, ctx),
                            .td(.class("num"), .text(actualText(e, published: published, s))),
                            .td(.class("num"), .text(published ? Forms.rate(e.evaluation, s) : "—")),
                            .td(.text(published ? (e.evaluation.grade ?? "—") : "—")),
                            forecastCell(
                                e.indicator, snapshot.history(indicator: e.indicator.id, through: year, audience: audience), snapshot: snapshot, ctx))
                    })))
    }

    static func actualText(_ e: IndicatorEvaluation, published: Bool, _ s: Strings) -> String {
        if !published { return s(.notPublished) }
        if let a = e.evaluation.actual { return Format.number(a) }
        return e.evaluation.status == .noTarget ? "—" : s(.notReported)
    }

    /// The target the evaluation used, with the adopted one beside it when a revision changed it.
    static func targetCell(_ e: IndicatorEvaluation, year: FiscalYear, snapshot: PlanSnapshot, _ ctx: PageContext) -> Node<HTML.TableRowContext> {
        let adopted = snapshot.index.indicatorsByID[e.indicator.id]?.targets[year]
        let shown = e.evaluation.target ?? e.evaluation.expected
        guard adopted != e.evaluation.target else { return .td(.class("num"), Layout.number(ctx, shown)) }
        return .td(
            .class("num"), Layout.number(ctx, e.evaluation.target), .br(),
            .span(.class("method"), .text(ctx.s.revisedFrom(adopted.map { Format.number($0) } ?? "—"))))
    }

    static func forecastCell(
        _ indicator: Indicator, _ actuals: [FiscalYear: Decimal], snapshot: PlanSnapshot, _ ctx: PageContext
    ) -> Node<HTML.TableRowContext> {
        let list = Forecaster.forecasts(
            indicator, actuals: actuals, targetYears: snapshot.plan.targetYears, baseYear: snapshot.plan.firstYear?.advanced(by: -1))
        guard let f = list.last else { return .td(.text("—")) }
        let label = ctx.s.forecastStatus(f.status)
        return .td(
            f.status == .atRisk ? .span(.class("tag warning"), .text(label + ctx.s.aside(ctx.s.yearShort(f.year).0))) : .text(label),
            .br(), .span(.class("method"), .text(ctx.s.forecastMethod(f))))
    }
}
