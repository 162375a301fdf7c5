import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// `/dashboard?year=R6` — the grade distribution per top-level node as stacked bars (未報告 in a
/// column of its own), what moved up or down since the previous year, what is behind target or
/// at risk, and what is not reported; each entry links to its indicator.
enum DashboardPage {
    struct Entry {
        var evaluation: IndicatorEvaluation
        var detail: Detail
    }

    /// What is said beside an entry, worded when the page's language is known.
    enum Detail {
        /// `B → A`, `96.0%`: the same in every language.
        case plain(String)
        case target(String)
        case projection(FiscalYear, projected: String, target: String)

        func text(_ s: Strings) -> String {
            switch self {
            case .plain(let text): text
            case .target(let target): s.targetDetail(target)
            case let .projection(year, projected, target): s.projectionDetail(year, projected: projected, target: target)
            }
        }
    }

    struct Model {
        var snapshot: PlanSnapshot
        var year: FiscalYear
        var evaluation: YearEvaluation
        var audience: Audience
        var up: [Entry] = []
        var down: [Entry] = []
        var behind: [Entry] = []
        var atRisk: [Entry] = []
        var notReported: [Entry] = []
        var plan: Plan { snapshot.plan }
    }

    static func model(_ c: PlanContext, year: FiscalYear) -> Model {
        let e = c.evaluation(year: year)
        var m = Model(snapshot: c.snapshot, year: year, evaluation: e, audience: c.viewer.audience)
        let previousYear = c.plan.reportingYears.last { $0 < year }
        let before =
            previousYear.map { y in
                Dictionary(c.evaluation(year: y).evaluations.map { ($0.indicator.id, $0.evaluation) }, uniquingKeysWith: { a, _ in a })
            } ?? [:]
        let rank = Dictionary(uniqueKeysWithValues: e.scheme.gradeNames.enumerated().map { ($0.element, $0.offset) })
        var seen = Set<String>()
        for ev in e.evaluations where seen.insert(ev.reportingID).inserted {
            if let visible = e.visibleItems, !visible.contains(ev.node.item) { continue }
            if let g = ev.evaluation.grade, let pg = before[ev.indicator.id]?.grade, let a = rank[g], let b = rank[pg], a != b {
                if a < b {
                    m.up.append(Entry(evaluation: ev, detail: .plain("\(pg) → \(g)")))
                } else {
                    m.down.append(Entry(evaluation: ev, detail: .plain("\(pg) → \(g)")))
                }
            }
            if ev.evaluation.status == .graded, let r = ev.evaluation.achievementRate, r < 1 {
                m.behind.append(Entry(evaluation: ev, detail: .plain(Format.rate(r))))
            }
            if ev.evaluation.status == .notReported, e.visibleItems == nil {
                m.notReported.append(
                    Entry(evaluation: ev, detail: .target(ev.evaluation.target.map { Format.number($0) } ?? "—")))
            }
            let history = c.snapshot.history(indicator: ev.indicator.id, through: year, audience: c.viewer.audience)
            if !history.isEmpty,
                let f = Forecaster.forecasts(
                    ev.indicator, actuals: history, targetYears: c.plan.targetYears, baseYear: c.plan.firstYear?.advanced(by: -1)
                ).last,
                f.status == .atRisk
            {
                m.atRisk.append(
                    Entry(
                        evaluation: ev,
                        detail: .projection(
                            f.year, projected: f.projected.map { Format.projected($0, indicator: ev.indicator) } ?? "—",
                            target: f.target.map { Format.number($0) } ?? "—")
                    ))
            }
        }
        return m
    }

    static func render(_ m: Model, _ ctx: PageContext) -> String {
        let s = ctx.s
        return Layout.page(
            ctx, title: s.dashboardTitle(m.year),
            crumbs: [.init(title: s(.overview), url: .home), .init(title: s(.dashboard), url: nil)],
            .group([
                .h1(.text("\(s(.dashboard)) — \(s.year(m.year))")),
                Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .dashboard(nil)),
                .p(.text(s(m.audience == .public ? .basedOnPublished : .includesUnpublished))),
                .if(m.audience == .public && !m.evaluation.hasFigures, .p(.text(s(.noFiguresYet)))),
                ProgressViews.rollUp(m.evaluation.levels.plan, scheme: m.evaluation.scheme, caption: "\(s.title(m.plan)) \(s.year(m.year))", ctx),
                .forEach(distributionLevels(m.plan)) { level in distribution(m.snapshot, m.evaluation, year: m.year, level: level, ctx) },
                list(s(.movedUp), m.up, m, ctx),
                list(s(.movedDown), m.down, m, ctx),
                list(s(.behindTarget), m.behind, m, ctx),
                list(s(.atRisk), m.atRisk, m, ctx),
                .if(m.audience == .staff, list(s(.notReportedList), m.notReported, m, ctx)),
            ]))
    }

    /// The grades of one level's nodes as stacked bars (未報告 in a column of its own) and the
    /// same numbers as a table.
    /// The levels drawn as distributions: the top level and the next level with pages.
    static func distributionLevels(_ plan: Plan) -> [Int] {
        let last = plan.levels.count - 1
        return Array(plan.levels.indices.filter { $0 < last && ($0 == 0 || plan.levels[$0].hasPages) }.prefix(2))
    }

    static func distribution(
        _ snapshot: PlanSnapshot, _ evaluation: YearEvaluation, year: FiscalYear, level: Int, _ ctx: PageContext, subsection: Bool = false
    ) -> Node<HTML.BodyContext> {
        let m = (snapshot: snapshot, evaluation: evaluation, year: year, plan: snapshot.plan)
        let s = ctx.s
        let names = m.evaluation.scheme.gradeNames
        let levelName = ctx.s.levelName(m.plan, level) ?? ""
        let nodes = m.plan.nodes.filter { $0.level == level && !$0.relisted }
        let rows = nodes.map { n -> (String, [Int], Int) in
            let r = m.evaluation.levels.nodes[n.id]
            return (m.snapshot.index.displayHeading(of: n), names.map { r?.count(of: $0) ?? 0 }, r?.notReported ?? 0)
        }
        let id = "dashboard-grades-\(level + 1)"
        let chart = Charts.stacked(
            id: id, title: s.distributionBy(levelName, year: m.year),
            description: s.sentences(rows.map { s.gradeCounts($0.0, grades: names, counts: $0.1, notReported: $0.2) }),
            rows: rows, grades: names, strings: s)
        return .section(
            .class("distribution"),
            subsection ? .h3(.text(s.distributionBy(levelName))) : .h2(.text(s.distributionBy(levelName))),
            .element(
                named: "figure",
                nodes: [
                    Node<HTML.BodyContext>.class("chart"), .raw(chart),
                    .element(named: "figcaption", text: s.distributionCaption(levelName)),
                ]),
            .div(
                .class("table-scroll"),
                .table(
                    .caption(.text(s.distributionBy(levelName))),
                    .thead(
                        .tr(Forms.th(levelName), .forEach(names) { Forms.th($0, numeric: true) }, Forms.th(s(.notReported), numeric: true))),
                    .tbody(
                        .forEach(rows) { r in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(r.0)), .forEach(r.1) { .td(.class("num"), .text(String($0))) },
                                .td(.class("num"), .text(String(r.2))))
                        }))))
    }

    static func list(_ title: String, _ entries: [Entry], _ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(ctx.s.counted(title, entries.count))),
            entries.isEmpty
                ? .p(.text(ctx.s(.noneFound)))
                : .ul(
                    .forEach(entries) { e in
                        .li(
                            .text("\(m.snapshot.index.section(of: e.evaluation.node.id, levels: m.plan.levels)?.code ?? "") "),
                            .a(.href(ctx.href(.indicator(e.evaluation.indicator.id))), .text(IndicatorPage.name(e.evaluation.indicator, ctx))),
                            .text(ctx.s.aside(e.detail.text(ctx.s))))
                    }))
    }
}

/// 進捗状況報告書 — the annual progress report for a year, from the same read model as the pages:
/// a summary, one section per section node (indicators, self-evaluations, milestones), what is
/// behind target with the department's note, and the plan's lint findings as an appendix. One
/// HTML document that prints on A4 (and becomes a PDF through Chromium).
enum ReportPage {
    struct Model {
        var snapshot: PlanSnapshot
        var year: FiscalYear
        var evaluation: YearEvaluation
        var audience: Audience
        var generated: Date
        /// The printed page each contents entry starts on, by anchor (from a first printing; empty on screen).
        var pages: [String: Int] = [:]
        var plan: Plan { snapshot.plan }
        var index: PlanIndex { snapshot.index }
    }

    /// One line of the contents: the anchor it links to, its text (the heading's, as printed), and
    /// whether it is a section under "2.".
    struct ContentsEntry: Equatable {
        var anchor: String
        var text: String
        var nested: Bool
    }

    static func contents(_ m: Model, _ s: Strings) -> [ContentsEntry] {
        let sections = sections(m)
        var out = [
            ContentsEntry(anchor: "summary", text: s(.summaryHeading), nested: false),
            ContentsEntry(anchor: "sections", text: s.sectionsHeading(s.levelName(m.plan, sections.first?.level ?? 0) ?? ""), nested: false),
        ]
        out += sections.map { ContentsEntry(anchor: "section-\(NodePage.anchor($0.id))", text: $0.heading, nested: true) }
        out.append(ContentsEntry(anchor: "behind", text: s(.behindHeading), nested: false))
        if m.audience == .staff { out.append(ContentsEntry(anchor: "appendix", text: s(.appendixHeading), nested: false)) }
        return out
    }

    /// The page each contents entry starts on in a printing whose pages' text is `pages`: every
    /// entry starts a page of its own (the print style sheet), after the contents page, in order;
    /// an entry whose heading is not found at the top of a page gets no number.
    static func pageNumbers(_ entries: [ContentsEntry], pages: [String], contentsHeading: String) -> [String: Int] {
        func squeezed(_ s: String) -> String {
            String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
        }
        let tops = pages.map { page in
            squeezed(page.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.prefix(6).joined())
        }
        guard let contentsPage = tops.firstIndex(where: { $0.contains(squeezed(contentsHeading)) }) else { return [:] }
        var out: [String: Int] = [:]
        var from = contentsPage + 1
        for e in entries {
            let key = String(squeezed(e.text).prefix(12))
            guard !key.isEmpty, let found = (from..<tops.count).first(where: { tops[$0].contains(key) }) else { continue }
            out[e.anchor] = found + 1
            from = found
        }
        return out
    }

    static func model(_ c: PlanContext, year: FiscalYear, draft: Bool) -> Model {
        let audience: Audience = draft && c.viewer.seesUnpublished ? .staff : .public
        return Model(
            snapshot: c.snapshot, year: year, evaluation: c.snapshot.evaluation(year: year, audience: audience), audience: audience, generated: Date()
        )
    }

    /// The nodes each get a section of their own: the deepest level with pages above the items.
    static func sections(_ m: Model) -> [PlanNode] {
        let last = m.plan.levels.count - 1
        let levels = m.plan.levels.indices.filter { $0 < last && m.plan.levels[$0].hasPages }
        guard let level = levels.last else { return m.index.topNodes }
        return m.plan.nodes.filter { $0.level == level && !$0.relisted }
    }

    static func render(_ m: Model, _ ctx: PageContext, inlineStyles: Bool = false) -> String {
        let s = ctx.s
        let title = s.reportTitle(s.title(m.plan), m.year)
        if m.audience == .public && !m.evaluation.hasFigures {
            return Layout.page(
                ctx, title: title, inlineStyles: inlineStyles, bodyClass: "report",
                .group([
                    .h1(.text(title)), .p(.text(s.reportNothingPublished(m.year))),
                    Forms.yearPicker(ctx, years: m.plan.reportingYears, selected: m.year, action: .report(nil)),
                ]))
        }
        let sections = sections(m)
        return Layout.page(
            ctx, title: title, inlineStyles: inlineStyles, bodyClass: m.audience == .staff ? "report draft" : "report",
            .group([
                .if(m.audience == .staff, .p(.class("draft-mark"), .text(s(.draftMark)))),
                cover(m, ctx),
                contentsList(m, s),
                .section(
                    .class("summary"), .id("summary"), .h2(.text(s(.summaryHeading))),
                    .p(.text(s.reportSummary(m.year, indicatorLabel: ctx.s.indicatorLabel(m.plan), scheme: s.schemeSummary(m.evaluation.scheme)))),
                    ProgressViews.rollUp(m.evaluation.levels.plan, scheme: m.evaluation.scheme, caption: s.wholePlan(m.year), ctx),
                    .forEach(DashboardPage.distributionLevels(m.plan)) { level in
                        DashboardPage.distribution(m.snapshot, m.evaluation, year: m.year, level: level, ctx, subsection: true)
                    }),
                .section(
                    .id("sections"), .h2(.text(s.sectionsHeading(ctx.s.levelName(m.plan, sections.first?.level ?? 0) ?? ""))),
                    .forEach(sections) { n in section(n, m, ctx) }),
                behind(m, ctx),
                .if(m.audience == .staff, appendix(m, ctx)),
            ]))
    }

    /// 目次: every section with the page it starts on when printed (and a link on screen).
    static func contentsList(_ m: Model, _ s: Strings) -> Node<HTML.BodyContext> {
        var groups: [(entry: ContentsEntry, sections: [ContentsEntry])] = []
        for e in contents(m, s) {
            if e.nested, !groups.isEmpty { groups[groups.count - 1].sections.append(e) } else { groups.append((e, [])) }
        }
        func link(_ e: ContentsEntry) -> Node<HTML.BodyContext> {
            .group([
                .a(.href("#\(e.anchor)"), .text(e.text)),
                .unwrap(m.pages[e.anchor]) { page in .span(.class("toc-page"), .text(s.page(page))) },
            ])
        }
        return .nav(
            .class("contents"), .attribute(named: "aria-label", value: s(.contents)), .h2(.text(s(.contents))),
            .ul(
                .class("toc"),
                .forEach(groups) { g in
                    .li(link(g.entry), .if(!g.sections.isEmpty, .ul(.forEach(g.sections) { .li(link($0)) })))
                }))
    }

    static func cover(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let s = ctx.s
        return .section(
            .class("cover"),
            .p(.class("cover-municipality"), .text(m.plan.municipality)),
            .h1(.text(s.title(m.plan)), .br(), .text(s(.progressReport))),
            .p(.class("cover-year"), .text(ctx.s.year(m.year))),
            .p(.text(s.preparedOn(m.generated))),
            .p(.class("cover-note"), .text(s(m.audience == .public ? .coverPublic : .coverDraft))))
    }

    static func section(_ n: PlanNode, _ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let ids = Set(m.index.indicators(under: n.id).map(\.id))
        let list = m.evaluation.evaluations.filter { ids.contains($0.indicator.id) }
        let items = Set(list.map(\.node.item))
        let evaluations = (m.snapshot.selfEvaluations[m.year] ?? []).map(\.evaluation).filter { items.contains($0.project) }
            .filter { m.audience == .staff || (m.evaluation.visibleItems?.contains($0.project) ?? false) }
        return .section(
            .class("goal"), .id("section-\(NodePage.anchor(n.id))"),
            .h3(.text(n.heading)),
            .if(
                !list.isEmpty,
                ProgressViews.table(list, year: m.year, snapshot: m.snapshot, audience: m.audience, visible: m.evaluation.visibleItems, ctx)),
            .if(
                !evaluations.isEmpty,
                .group([
                    .h4(.text(ctx.s(.selfEvaluation))),
                    .dl(
                        .class("facts"),
                        .forEach(evaluations) { e in
                            .group([
                                .dt(.text(m.index.itemTitle(e.project))),
                                .dd(.text(e.text), .unwrap(e.direction) { .text(ctx.s.aside("\(ctx.s(.futureDirection)): \($0.rawValue)")) }),
                            ])
                        }),
                ])))
    }

    static func behind(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let notes = Dictionary((m.snapshot.actuals[m.year] ?? []).map { ($0.actual.indicator, $0.actual.note) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        let list = m.evaluation.evaluations.filter {
            $0.evaluation.status == .graded && ($0.evaluation.achievementRate ?? 1) < 1 && seen.insert($0.reportingID).inserted
        }
        return .section(
            .class("behind"), .id("behind"), .h2(.text(ctx.s(.behindHeading))),
            list.isEmpty
                ? .p(.text(ctx.s(.noneAtAll)))
                : .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(ctx.s.behindCaption(ctx.s.indicatorLabel(m.plan)))),
                        .thead(
                            .tr(
                                Forms.th(ctx.s.indicatorLabel(m.plan)), Forms.th(ctx.s(.achievementRate), numeric: true),
                                Forms.th(ctx.s(.departmentExplanation)))),
                        .tbody(
                            .forEach(list) { e in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(IndicatorPage.name(e.indicator, ctx))),
                                    .td(.class("num"), .text(Format.rate(e.evaluation.achievementRate))),
                                    .td(.text(notes[e.reportingID].flatMap { $0.isEmpty ? nil : $0 } ?? "—")))
                            }))))
    }

    static func appendix(_ m: Model, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        let findings = m.snapshot.findings.filter { $0.severity != .info }
        return .section(
            .class("appendix"), .id("appendix"), .h2(.text(ctx.s(.appendixHeading))),
            .p(.text(ctx.s.appendixIntro(findings.count))),
            .ul(.forEach(findings.prefix(200).map { $0 }) { f in .li(.text("[\(PlanLinter.rule(f.rule)?.name ?? f.rule)] \(f.message)")) }))
    }
}
