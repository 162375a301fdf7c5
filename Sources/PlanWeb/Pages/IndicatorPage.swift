import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// `/indicators/{id}` — one indicator: what it measures, its baseline and targets by year, and,
/// for every year with figures this viewer may see, the actual, the rate and the grade, with
/// the trend as a chart beside the same numbers as a table.
enum IndicatorPage {
    struct Model {
        var snapshot: PlanSnapshot
        var indicator: Indicator
        var audience: Audience
        var rows: [(FiscalYear, Evaluation, Bool)]
        var plan: Plan { snapshot.plan }
        var index: PlanIndex { snapshot.index }
    }

    static func model(_ c: PlanContext, indicator: Indicator) -> Model {
        var rows: [(FiscalYear, Evaluation, Bool)] = []
        for year in c.plan.reportingYears {
            guard let e = c.snapshot.evaluation(ofIndicator: indicator.id, year: year, audience: c.viewer.audience) else { continue }
            rows.append((year, e.evaluation.evaluation, e.published))
        }
        return Model(snapshot: c.snapshot, indicator: indicator, audience: c.viewer.audience, rows: rows)
    }

    /// The indicator's name as printed; where the plan prints none, what it counts (its unit) —
    /// never a note about the extraction (that is for the staff's plan check).
    static func name(_ i: Indicator, _ ctx: PageContext) -> String { name(i, ctx.s) }

    static func name(_ i: Indicator, _ s: Strings) -> String {
        (i.part.map(JapaneseText.circledNumber) ?? "") + shownName(i, s)
    }

    private static func shownName(_ i: Indicator, _ s: Strings) -> String {
        if s.lang == .en, let english = i.nameEnglish, !english.isEmpty { return english }
        return i.name.isEmpty ? s.unnamed(i) : i.name
    }

    static func describe(
        _ i: Indicator, targets: [FiscalYear: Decimal], actuals: [FiscalYear: Decimal], baseline: (FiscalYear, Decimal)?, _ s: Strings
    ) -> String {
        var parts: [String] = []
        if let b = baseline { parts.append("\(s(.baseline)) \(s.year(b.0)) \(Format.number(b.1))\(i.unit)") }
        parts.append(
            s(.target) + ": "
                + s.enumeration(targets.sorted { $0.key < $1.key }.map { "\(s.year($0.key)) \(Format.number($0.value))\(i.unit)" }))
        if !actuals.isEmpty {
            parts.append(
                s(.actual) + ": "
                    + s.enumeration(actuals.sorted { $0.key < $1.key }.map { "\(s.year($0.key)) \(Format.number($0.value))\(i.unit)" }))
        }
        return s.sentences(parts)
    }

    static func legend(_ ctx: PageContext, baseline: Bool) -> Node<HTML.BodyContext> {
        let s = ctx.s
        return .group([
            .ul(
                .class("legend"),
                .li(.span(.class("swatch target")), .text(s(.chartTarget) + s(.dashed))),
                .li(.span(.class("swatch actual")), .text(s(.chartActual) + s(.solid))),
                .if(baseline, .li(.span(.class("swatch baseline")), .text(s(.chartBaseline))))),
            .text(s(.chartTableNote)),
        ])
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let s = ctx.s
        let i = m.indicator
        let node = m.index.nodesByID[i.node]
        var crumbs: [Layout.Crumb] = [.init(title: s(.overview), url: .home)]
        if let node {
            for a in m.index.path(to: node.id) {
                if let url = NodePage.url(a, m.plan, m.index) { crumbs.append(.init(title: m.index.displayHeading(of: a), url: url)) }
            }
        }
        crumbs.append(.init(title: name(i, ctx), url: nil))
        let revised = m.snapshot.revisedIndex.indicatorsByID[i.id] ?? i
        let targets = Dictionary(uniqueKeysWithValues: revised.targets.values.map { ($0.year, $0.value) })
        let actuals = Dictionary(uniqueKeysWithValues: m.rows.compactMap { y, e, published in published ? e.actual.map { (y, $0) } : nil })
        let baseline = i.baseline.flatMap { b in (b.year ?? m.plan.firstYear?.advanced(by: -1)).map { ($0, b.value) } }
        let svg = Charts.trend(
            id: "chart-" + NodePage.anchor(i.id), title: "\(name(i, ctx)) \(s(.trend))",
            description: describe(i, targets: targets, actuals: actuals, baseline: baseline, s), unit: i.unit,
            years: Array(Set(m.plan.targetYears.map(\.year) + m.plan.reportingYears)).sorted(), targets: targets, actuals: actuals,
            baseline: baseline, strings: s)
        return Layout.page(
            ctx, title: name(i, ctx), crumbs: crumbs, description: "\(ctx.s.indicatorLabel(m.plan))「\(name(i, ctx))」",
            data: [("JSON", ctx.href(.openDataFile("indicators.json")))],
            .group([
                .h1(.text(name(i, ctx))),
                facts(m, ctx),
                .h2(.text(s(.trend))),
                .element(
                    named: "figure",
                    nodes: [
                        Node<HTML.BodyContext>.class("chart"), .raw(svg),
                        .element(named: "figcaption", nodes: [legend(ctx, baseline: baseline != nil)]),
                    ]),
                table(m, ctx),
                revisions(m, ctx),
                forecasts(m, actuals, ctx),
                others(m, ctx),
            ]))
    }

    static func facts(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let i = m.indicator
        let node = m.index.nodesByID[i.node]
        let department =
            i.department ?? node.flatMap { n in m.index.path(to: n.id).reversed().compactMap(\.department).first }
            ?? node.flatMap { m.snapshot.leadByItem[$0.item] }.flatMap { id in m.snapshot.departments.first { $0.id == id }?.name }
        return .dl(
            .class("facts"),
            .dt(.text(s(.unit))), .dd(.text(i.unit.isEmpty ? "—" : i.unit)),
            .dt(.text(s(.kind))), .dd(.text(s.kind(i.kind))),
            .dt(.text(s(.direction))), .dd(.text(i.lowerIsBetter ? s(.lowerIsBetter) : s(.higherIsBetter))),
            .unwrap(i.type) { .group([.dt(.text(s(.type))), .dd(.text(s.type($0)))]) },
            .unwrap(department) { .group([.dt(.text(s(.department))), .dd(.text($0))]) },
            .unwrap(i.baseline) { b in
                .group([.dt(.text(s(.baseline))), .dd(.text(Format.number(b.value) + i.unit + (b.year.map { "（\(s.year($0))）" } ?? "")))])
            },
            .if(
                i.total != nil,
                .group([
                    .dt(.text(s(.total) + (m.plan.totalYears.first.map { first in "（\(first.code)〜\(m.plan.totalYears.last?.code ?? "")）" } ?? ""))),
                    .dd(Layout.number(ctx, i.total, unit: i.unit)),
                ])),
            .if(!i.definition.isEmpty, .group([.dt(.text(s(.definition))), .dd(.text(i.definition))])),
            .if(!i.note.isEmpty, .group([.dt(.text(s(.note))), .dd(.text(i.note))])),
            .unwrap(node) { n in
                .group([
                    .dt(.text(ctx.s.levelName(m.plan, n.level) ?? s(.items))),
                    .dd(NodePage.link(n, m.plan, m.index, ctx), Layout.flags(m.plan, n, ctx)),
                ])
            })
    }

    static func table(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let i = m.indicator
        let reporting = Set(m.rows.map(\.0))
        let targetOnly = m.plan.targetYears.filter { !reporting.contains($0.year) }
        return .div(
            .class("table-scroll"),
            .table(
                .caption(.text(s.byYearCaption(unit: i.unit))),
                .thead(
                    .tr(
                        Forms.th(s(.year)), Forms.th(s(.target), numeric: true), Forms.th(s(.actual), numeric: true),
                        Forms.th(s(.achievementRate), numeric: true), Forms.th(s(.grade)))),
                .tbody(
                    .unwrap(i.baseline) { b in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text("\(s(.baseline))" + (b.year.map { "（\(s.year($0))）" } ?? ""))),
                            .td(.class("num"), .text(Format.number(b.value))), .td(.text("—")), .td(.text("—")), .td(.text("—")))
                    },
                    .forEach(m.rows) { y, e, published in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.year(y))),
                            .td(.class("num"), Layout.number(ctx, e.target ?? e.expected)),
                            .td(
                                .class("num"),
                                .text(
                                    published
                                        ? (e.actual.map { Format.number($0) } ?? (e.status == .noTarget ? "—" : s(.notReported))) : s(.notPublished))),
                            .td(.class("num"), .text(published ? Forms.rate(e, s) : "—")), .td(.text(published ? (e.grade ?? "—") : "—")))
                    },
                    .forEach(targetOnly) { t in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.year(t.year))),
                            .td(.class("num"), Layout.number(ctx, i.targets[t.year])),
                            .td(.text("—")), .td(.text("—")), .td(.text("—")))
                    })))
    }

    static func revisions(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let list = m.snapshot.revisions.filter { $0.indicator == m.indicator.id }
        guard !list.isEmpty else { return .empty }
        return .section(
            .class("revisions"), .h2(.text(s(.revisedTargets))),
            .p(.text(s(.revisionNote))),
            .table(
                .caption(.text(s.list([s(.adopted), s(.revised)]))),
                .thead(
                    .tr(
                        Forms.th(s(.year)), Forms.th(s(.adopted), numeric: true), Forms.th(s(.revised), numeric: true),
                        Forms.th(s(.decidedOn)), Forms.th(s(.reason)))),
                .tbody(
                    .forEach(list) { r in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(s.year(r.year))),
                            .td(.class("num"), Layout.number(ctx, m.indicator.targets[r.year])),
                            .td(.class("num"), Layout.number(ctx, r.value)), .td(.text(r.decidedOn.description)), .td(.text(r.reason)))
                    })))
    }

    static func forecasts(_ m: Model, _ actuals: [FiscalYear: Decimal], _ ctx: PageContext) -> Node<HTML.BodyContext> {
        guard !actuals.isEmpty else { return .empty }
        let revised = m.snapshot.revisedIndex.indicatorsByID[m.indicator.id] ?? m.indicator
        let list = Forecaster.forecasts(revised, actuals: actuals, targetYears: m.plan.targetYears, baseYear: m.plan.firstYear?.advanced(by: -1))
        guard !list.isEmpty else { return .empty }
        let s = ctx.s
        return .section(
            .class("forecast"), .h2(.text(s(.forecast))),
            .ul(
                .forEach(list) { f in
                    .li(
                        .strong(.text("\(s.year(f.year)): \(s.forecastStatus(f.status))")),
                        .text(
                            f.projected.map {
                                s.projection(
                                    Format.projected($0, indicator: revised), unit: revised.unit, target: f.target.map { Format.number($0) } ?? "—")
                            } ?? ""),
                        .br(), .span(.class("method"), .text(s.forecastMethod(f))))
                }))
    }

    static func others(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        guard let node = m.index.nodesByID[m.indicator.node] else { return .empty }
        let others = (m.index.placementsByItem[node.item] ?? []).filter { $0.id != node.id }.compactMap { p -> (PlanNode, Indicator)? in
            let list = m.index.indicatorsByNode[p.id] ?? []
            return (list.first { $0.part == m.indicator.part && $0.name == m.indicator.name } ?? list.first { $0.part == m.indicator.part }).map {
                (p, $0)
            }
        }
        guard !others.isEmpty else { return .empty }
        return .section(
            .h2(.text(ctx.s(.sameIndicatorElsewhere))),
            .ul(
                .forEach(others) { p, oi in
                    let same = oi.targets == m.indicator.targets && oi.total == m.indicator.total
                    return .li(
                        .a(.href(ctx.href(.indicator(oi.id))), .text(m.index.section(of: p.id, levels: m.plan.levels)?.heading ?? p.heading)),
                        .text(ctx.s(same ? .sameTargets : .differentTargets)))
                }))
    }
}
