import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// `/{level}/{id}` — one node of the plan, at any level: where it sits, what it contains, its
/// indicators' targets by year and, for each published year, how they did; for an item (a node
/// with indicators), its trend charts, self-evaluation, next steps and roadmap status.
enum NodePage {
    struct Model {
        var snapshot: PlanSnapshot
        var node: PlanNode
        var year: FiscalYear?
        var evaluation: YearEvaluation?
        var audience: Audience
        var selfEvaluation: SelfEvaluation?
        var plan: Plan { snapshot.plan }
        var index: PlanIndex { snapshot.index }
    }

    static func model(_ c: PlanContext, node: PlanNode, year requested: FiscalYear?) throws -> Model {
        let year = try requested.map { try c.requireYear($0) } ?? c.latestYearWithFigures
        let evaluation = year.map { c.evaluation(year: $0) }
        var selfEvaluation: SelfEvaluation? = nil
        if let year, node.item == node.id || c.index.nodesByID[node.item] != nil {
            let visible = c.viewer.seesUnpublished || c.snapshot.publishedItems(year: year).contains(node.item)
            if visible { selfEvaluation = c.snapshot.selfEvaluations[year]?.first { $0.evaluation.project == node.item }?.evaluation }
        }
        return Model(
            snapshot: c.snapshot, node: node, year: year, evaluation: evaluation, audience: c.viewer.audience, selfEvaluation: selfEvaluation)
    }

    /// A link to a node: its own page, or its place on the nearest page above it.
    static func link(_ n: PlanNode, _ plan: Plan, _ index: PlanIndex, _ ctx: PageContext, text: String? = nil) -> Node<HTML.BodyContext> {
        .a(.href(href(n, plan, index, ctx)), .text(text ?? index.displayHeading(of: n)))
    }

    static func href(_ n: PlanNode, _ plan: Plan, _ index: PlanIndex, _ ctx: PageContext) -> String {
        if let url = url(n, plan, index) { return ctx.href(url) }
        if let page = index.ancestors(of: n.id).last(where: { plan.level($0.level)?.hasPages ?? false }), let url = url(page, plan, index) {
            return ctx.href(url) + "#node-" + anchor(n.id)
        }
        return ctx.href(.home)
    }

    /// The node's own page, when its level has pages.
    static func url(_ n: PlanNode, _ plan: Plan, _ index: PlanIndex) -> SiteURL? {
        guard let level = plan.level(n.level), level.hasPages else { return nil }
        return .node(level: level.slug, id: index.pageKey(of: n.id))
    }

    static func anchor(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let s = ctx.s
        let n = m.node
        let levelName = ctx.s.levelName(m.plan, n.level) ?? ""
        let ancestors = m.index.ancestors(of: n.id)
        var crumbs: [Layout.Crumb] = [.init(title: s(.overview), url: .home)]
        for a in ancestors {
            if let url = url(a, m.plan, m.index) { crumbs.append(.init(title: m.index.displayHeading(of: a), url: url)) }
        }
        // A node the plan prints without a title (a project under its measure) goes by the title above it.
        let english = ctx.lang == .en ? n.titleEnglish.flatMap { $0.isEmpty ? nil : $0 } : nil
        let shownTitle = english ?? m.index.itemTitle(n.id)
        crumbs.append(.init(title: m.index.displayHeading(of: n), url: nil))
        let title = "\(levelName) \(m.index.displayHeading(of: n))"
        return Layout.page(
            ctx, title: title, crumbs: crumbs, description: "\(ctx.s.title(m.plan)) \(title)",
            data: [("JSON", ctx.href(.openDataFile("structure.json")))],
            .group([
                .h1(
                    .span(.class("level"), .text(levelName + " ")), .unwrap(n.code) { .span(.class("code"), .text($0 + " ")) },
                    .text(shownTitle)),
                typoNote(m, n, ctx.s),
                context(m, ancestors, ctx),
                facts(m, ctx),
                milestones(m, ctx),
                results(m, ctx),
                targets(m, ctx),
                children(m, ctx),
                placements(m, ctx),
            ]))
    }

    /// A typo kept as printed, with the plan office's note.
    static func typoNote(_ m: Model, _ n: PlanNode, _ s: Strings) -> Node<HTML.BodyContext> {
        let notes = m.snapshot.stored.notes.filter { $0.kind == .typo && $0.source == n.source }
        let matching = notes.compactMap { note -> String? in
            guard let open = note.message.firstIndex(of: "「"), let close = note.message.firstIndex(of: "」") else { return nil }
            let typo = String(note.message[note.message.index(after: open)..<close])
            guard n.title.contains(typo) || n.description.contains(typo) else { return nil }
            let problem = note.message.components(separatedBy: "— ").last?.components(separatedBy: "（").first ?? ""
            return s.typoAsPrinted(typo, problem)
        }
        guard !matching.isEmpty else { return .empty }
        return .p(.class("typo-note"), .text(s(.noteLabel) + s.sentences(matching)))
    }

    static func context(_ m: Model, _ ancestors: [PlanNode], _ ctx: PageContext) -> Node<HTML.BodyContext> {
        guard !ancestors.isEmpty else { return .empty }
        return .p(
            .class("context"),
            .forEach(Array(ancestors.enumerated())) { i, a in
                .group([.if(i > 0, .text(" ／ ")), .text((ctx.s.levelName(m.plan, a.level) ?? "") + " "), link(a, m.plan, m.index, ctx)])
            })
    }

    static func facts(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let n = m.node
        let department = n.department ?? m.snapshot.leadByItem[n.item].flatMap { id in m.snapshot.departments.first { $0.id == id }?.name }
        let original = n.original.flatMap { m.index.nodesByID[$0] }
        guard !n.description.isEmpty || department != nil || !n.flags.isEmpty || original != nil else { return .empty }
        return .dl(
            .class("facts"),
            .if(!n.description.isEmpty, .group([.dt(.text(s(.description))), .dd(.text(n.description))])),
            .unwrap(department) { .group([.dt(.text(s(.department))), .dd(.text($0))]) },
            .if(!n.flags.isEmpty || n.relisted, .group([.dt(.text(s(.marks))), .dd(Layout.flags(m.plan, n, ctx))])),
            .unwrap(original) { o in
                .group([.dt(.text(s(.relisted))), .dd(.text(s(.firstListedUnder)), link(o, m.plan, m.index, ctx))])
            })
    }

    static func milestones(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let item = m.index.nodesByID[m.node.item] ?? m.node
        guard !item.milestones.isEmpty else { return .empty }
        let reports = Dictionary((m.selfEvaluation?.milestones ?? []).map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
        return .section(
            .h2(.text(s(.milestones))),
            .div(
                .class("table-scroll"),
                .table(
                    .caption(.text(s(.milestones))),
                    .thead(.tr(Forms.th(s(.year)), Forms.th(s(.description)), Forms.th(s(.milestoneStatus)))),
                    .tbody(
                        .forEach(item.milestones) { ms in
                            let r = reports[ms.year]
                            return .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(s.year(ms.year))), .td(.text(ms.text)),
                                .td(.text(r?.status.map { $0.rawValue + (r!.comment.isEmpty ? "" : "（\(r!.comment)）") } ?? "—")))
                        }))))
    }

    /// The indicators held at and below this node.
    static func indicators(_ m: Model) -> [Indicator] { m.index.indicators(under: m.node.id) }

    static func results(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        guard let year = m.year, let e = m.evaluation else { return .empty }
        let ids = Set(indicators(m).map(\.id))
        let mine = e.evaluations.filter { ids.contains($0.indicator.id) }
        guard !mine.isEmpty else { return .empty }
        let rollUp = e.levels.nodes[m.node.id] ?? RollUp(mine, scheme: e.scheme)
        let isItem = m.index.indicatorsByNode[m.node.id] != nil
        let anyPublished = e.visibleItems.map { v in mine.contains { v.contains($0.node.item) } } ?? true
        return .section(
            .class("progress"),
            .h2(.id("results"), .text(s.resultsOf(year))),
            .if(!ctx.isStatic, Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: year, action: ctx.current)),
            .if(!anyPublished, .p(.text(s(.noFiguresYet)))),
            .if(!isItem, ProgressViews.rollUp(rollUp, scheme: e.scheme, caption: "\(m.node.heading) \(s.year(year))", ctx)),
            ProgressViews.table(mine, year: year, snapshot: m.snapshot, audience: m.audience, visible: e.visibleItems, ctx),
            .if(isItem, trends(m, ctx)),
            selfEvaluation(m, ctx))
    }

    /// Each indicator of an item: target against actual over the years, baseline where there is one.
    static func trends(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let list = m.index.indicatorsByNode[m.node.id] ?? []
        return .group(
            list.map { i in
                let history = m.snapshot.history(indicator: i.id, audience: m.audience)
                let revised = m.snapshot.revisedIndex.indicatorsByID[i.id] ?? i
                let targets = Dictionary(uniqueKeysWithValues: revised.targets.values.map { ($0.year, $0.value) })
                let baseline = i.baseline.flatMap { b in (b.year ?? m.plan.firstYear?.advanced(by: -1)).map { ($0, b.value) } }
                let description = IndicatorPage.describe(i, targets: targets, actuals: history, baseline: baseline, s)
                let svg = Charts.trend(
                    id: "trend-" + anchor(i.id), title: "\(IndicatorPage.name(i, ctx)) \(s(.trend))", description: description, unit: i.unit,
                    years: m.plan.targetYears.map(\.year).filter { $0 <= (m.plan.lastYear ?? $0) } + m.plan.reportingYears, targets: targets,
                    actuals: history, baseline: baseline, strings: s)
                return .element(
                    named: "figure",
                    nodes: [
                        Node<HTML.BodyContext>.class("chart"), .raw(svg),
                        .element(named: "figcaption", nodes: [IndicatorPage.legend(ctx, baseline: baseline != nil)]),
                    ])
            })
    }

    static func selfEvaluation(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        guard let e = m.selfEvaluation else { return .empty }
        return .section(
            .class("self-evaluation"), .h3(.text(s(.selfEvaluation))),
            .p(.text(e.text.isEmpty ? "—" : e.text)),
            .unwrap(e.direction) { .p(.strong(.text(s(.futureDirection) + ": ")), .text($0.rawValue)) })
    }

    /// Targets by year (and the baseline) of every indicator at and below this node.
    static func targets(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        let list = indicators(m)
        guard !list.isEmpty else { return .empty }
        let years = m.plan.targetYears
        let hasBaseline = list.contains { $0.baseline != nil }
        let hasTotal = !m.plan.totalYears.isEmpty && list.contains { $0.total != nil }
        return .section(
            .h2(.id("targets"), .text(s.andTargets(ctx.s.indicatorLabel(m.plan)))),
            .div(
                .class("table-scroll"),
                .table(
                    .class("indicators"),
                    .caption(.text("\(m.node.heading) " + s.andTargets(ctx.s.indicatorLabel(m.plan)))),
                    .thead(
                        .tr(
                            Forms.th(ctx.s.indicatorLabel(m.plan)), Forms.th(s(.unit)),
                            .if(hasBaseline, Forms.th(s(.baseline), numeric: true)),
                            .forEach(years) { y in Layout.yearHeader(ctx, y.year, role: y.role) },
                            .if(hasTotal, Forms.th(s(.total), numeric: true)))),
                    .tbody(
                        .forEach(list) { i in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"), .a(.href(ctx.href(.indicator(i.id))), .text(IndicatorPage.name(i, ctx)))
                                ),
                                .td(.text(i.unit)),
                                .if(
                                    hasBaseline,
                                    .td(
                                        .class("num"),
                                        i.baseline.map { b in
                                            .group([
                                                .text(Format.number(b.value)), .unwrap(b.year) { .span(.class("western"), .text("（\($0.code)）")) },
                                            ])
                                        } ?? Layout.number(ctx, nil))),
                                .forEach(years) { y in .td(.class("num"), Layout.number(ctx, i.targets[y.year])) },
                                .if(hasTotal, .td(.class("num"), Layout.number(ctx, i.total))))
                        }))))
    }

    /// What the node contains: children with pages as links; those without, with their own
    /// children, on this page.
    static func children(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let list = m.index.children(of: m.node.id)
        guard !list.isEmpty else { return .empty }
        let levelName = ctx.s.levelName(m.plan, list[0].level) ?? ctx.s(.children)
        return .section(.h2(.id("children"), .text(levelName)), tree(list, m, ctx, depth: 0))
    }

    static func tree(_ nodes: [PlanNode], _ m: Model, _ ctx: PageContext, depth: Int) -> Node<HTML.BodyContext> {
        .ul(
            .class(depth == 0 ? "children" : "children nested"),
            .forEach(nodes) { c in
                let hasPage = m.plan.level(c.level)?.hasPages ?? false
                let grand = m.index.children(of: c.id)
                let count = m.index.indicators(under: c.id).count
                let label: Node<HTML.BodyContext> =
                    hasPage
                    ? link(c, m.plan, m.index, ctx)
                    : .span(.id("node-" + anchor(c.id)), .text(m.index.displayHeading(of: c)))
                return .li(
                    label, Layout.flags(m.plan, c, ctx), .if(count > 0, .span(.class("count"), .text("（\(ctx.s.indicatorLabel(m.plan)) \(count)）"))),
                    .if(!hasPage && !grand.isEmpty, tree(grand, m, ctx, depth: depth + 1)))
            })
    }

    /// The same item under other nodes (再掲).
    static func placements(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let others = (m.index.placementsByItem[m.node.item] ?? []).filter { $0.id != m.node.id }
        guard !others.isEmpty else { return .empty }
        return .section(
            .h2(.text(ctx.s(.alsoListedUnder))),
            .ul(
                .forEach(others) { o in
                    .li(
                        link(o, m.plan, m.index, ctx), .text(" ／ "), .group(m.index.ancestors(of: o.id).suffix(2).map { a in .text(a.heading + " ") })
                    )
                }))
    }
}
