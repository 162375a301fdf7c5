import Foundation
import PlanCore
import Plot

/// `/indicators/{id}` — one indicator: a chart of targets (and, once they exist, actuals) per
/// fiscal year, with the same numbers as a table.
enum IndicatorPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var indicator: Indicator
        var placement: Placement
        /// The same indicator in the project's other placements.
        var otherPlacements: [(Placement, Indicator)]
        /// Each year's evaluation from the actuals this viewer may see.
        var progress: [(FiscalYear, Evaluation)] = []
        /// Target revisions of this indicator (中間見直し).
        var revisions: [TargetRevision] = []
    }

    static func facts(_ m: Model, name: String) -> Node<HTML.BodyContext> {
        let i = m.indicator, p = m.placement
        let kind = i.kind.label + (i.kindOverridden ? "（データで指定）" : "（名称・単位・合計から推定）")
        let project: Node<HTML.BodyContext> = .a(.href(SiteURL.project(p.project).path), .text(m.index.projectTitle(p.project)))
        return .dl(.class("facts"),
                   .dt("単位"), .dd(.text(i.unit.isEmpty ? "（印字なし）" : i.unit)),
                   .dt("種別"), .dd(.text(kind)),
                   .dt("合計（R6〜R9）"), .dd(Layout.number(i.total)),
                   .dt("事業"), .dd(project, .text(" "), Layout.flags(p)),
                   .dt("出典"), .dd(Layout.source(i.source)))
    }

    static func others(_ m: Model) -> Node<HTML.BodyContext> {
        guard !m.otherPlacements.isEmpty else { return .empty }
        let items: [Node<HTML.ListContext>] = m.otherPlacements.map { op, oi in
            let same = oi.targets == m.indicator.targets && oi.total == m.indicator.total
            let link: Node<HTML.BodyContext> = .a(.href(SiteURL.indicator(oi.id).path), .text("\(op.goal) の掲載"))
            return .li(link, .text(same ? "（同じ目標値）" : "（目標値が違います）"))
        }
        return .group([.h2("同じ事業の他の掲載での目標値"), .ul(.group(items))])
    }

    static func revisions(_ m: Model) -> Node<HTML.BodyContext> {
        guard !m.revisions.isEmpty else { return .empty }
        return .section(.class("revisions"), .h2("目標値の見直し（中間見直し）"),
            .p("達成率は見直し後の目標値で求めています（当初の目標値での評価は API の basis=adopted で見られます）。"),
            .table(.caption("当初の目標値と見直し後の目標値"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), "年度"), .th(.attribute(named: "scope", value: "col"), .class("num"), "当初"),
                              .th(.attribute(named: "scope", value: "col"), .class("num"), "見直し後"), .th(.attribute(named: "scope", value: "col"), "決定日"),
                              .th(.attribute(named: "scope", value: "col"), "理由"))),
                   .tbody(.forEach(m.revisions) { r in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(r.year.label)), .td(.class("num"), Layout.number(m.indicator.targets[r.year])),
                           .td(.class("num"), Layout.number(r.value)), .td(.text(r.decidedOn)), .td(.text(r.reason)))
                   })))
    }

    static func forecasts(_ m: Model) -> Node<HTML.BodyContext> {
        let actuals = Dictionary(uniqueKeysWithValues: m.progress.compactMap { y, e in e.actual.map { (y, $0) } })
        guard !actuals.isEmpty else { return .empty }
        let list = Forecaster.forecasts(m.indicator, actuals: actuals)
        return .section(.class("forecast"), .h2("見通し"),
                        .ul(.forEach(list) { f in
                            .li(.strong(.text("\(f.year.label): \(f.status.label)")),
                                .text(f.projected.map { "（見込み \(NumberCell.display($0))\(m.indicator.unit)・目標 \(f.target.map(NumberCell.display) ?? "—")）" } ?? ""),
                                .br(), .span(.class("method"), .text("算出の方法: " + f.method)))
                        }))
    }

    static func figure(_ svg: String) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [
            Node<HTML.BodyContext>.class("chart"),
            .raw(svg),
            .element(named: "figcaption", text: "棒グラフの青は目標値、橙は実績（公表済み）です。「—」は目標なし（0ではありません）。下の表に同じ数値があります。"),
        ])
    }

    static func targetTable(_ i: Indicator) -> Node<HTML.BodyContext> {
        let head: Node<HTML.TableContext> = .thead(.tr(
            .th(.attribute(named: "scope", value: "col"), "年度"),
            .th(.attribute(named: "scope", value: "col"), .class("num"), .text("目標値（\(i.unit)）"))
        ))
        let body: Node<HTML.TableContext> = .tbody(.forEach(YearTargets.years) { y in targetRow(y, i) })
        return .div(.class("table-scroll"), .table(.caption("年度ごとの目標値"), head, body))
    }

    static func targetRow(_ y: FiscalYear, _ i: Indicator) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), .text(y.label)), .td(.class("num"), Layout.number(i.targets[y])))
    }

    static func render(_ m: Model) -> String {
        let i = m.indicator, p = m.placement
        let name = i.name.isEmpty ? "（名称なし）" : i.name
        let targets = Dictionary(uniqueKeysWithValues: YearTargets.years.compactMap { y in i.targets[y].map { (y, $0) } })
        let described = YearTargets.years.map { y in "\(y.label) \(i.targets[y].map { NumberCell.display($0) + i.unit } ?? "目標なし")" }.joined(separator: "、")
        let actuals = Dictionary(uniqueKeysWithValues: m.progress.compactMap { y, e in e.actual.map { (y, $0) } })
        let actualText = actuals.isEmpty ? "" : "。実績: " + YearTargets.years.compactMap { y in actuals[y].map { "\(y.label) \(NumberCell.display($0))\(i.unit)" } }.joined(separator: "、")
        var series: [BarChart.Series] = [.init(name: "目標値", cssClass: "target", values: targets)]
        if !actuals.isEmpty { series.append(.init(name: "実績", cssClass: "actual", values: actuals)) }
        let chart = BarChart(title: "\(name)の目標値と実績", description: "年度ごとの目標値: \(described)\(actualText)", unit: i.unit,
                             years: YearTargets.years, series: series)
        return Layout.page(
            title: name, planTitle: m.plan.title,
            crumbs: [.init(title: "計画の概要", url: .home), .init(title: "\(p.goal) \(m.index.goalsByCode[p.goal]?.title ?? "")", url: .goal(p.goal.description)),
                     .init(title: m.index.projectTitle(p.project), url: .project(p.project)), .init(title: name, url: nil)],
            description: "行動指標「\(name)」の年度ごとの目標値",
            data: [("この指標（JSON）", SiteURL.api("indicators/\(i.id)").path)],
            .group([
                .h1(.text((i.part.map(JapaneseText.circledNumber) ?? "") + name)),
                facts(m, name: name),
                .h2("年度ごとの目標値"),
                figure(chart.svg(id: "chart-\(i.id.replacingOccurrences(of: ".", with: "-"))")),
                m.progress.isEmpty ? targetTable(i) : ProgressViews.indicatorTable(m.progress, unit: i.unit),
                revisions(m),
                forecasts(m),
                others(m),
            ]))
    }
}
