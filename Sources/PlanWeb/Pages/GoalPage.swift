import Foundation
import PlanCore
import Plot

/// `/goals/{code}` — a goal's directions, measures and projects, and its indicator table with
/// targets per fiscal year.
enum GoalPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var goal: Goal
        var vision: Vision?
        var policy: Policy?
        var year: FiscalYear? = nil
        var evaluations: [IndicatorEvaluation] = []
        var rollUp: RollUp? = nil
        var scale: GradingScale = .standard
        /// Actuals so far per indicator, for the R9 forecast (要注意).
        var history: [String: [FiscalYear: Decimal]] = [:]
        var directions: [Direction] { index.directionsByGoal[goal.code] ?? [] }
        var placements: [Placement] { index.placementsByGoal[goal.code] ?? [] }
    }

    static func render(_ m: Model) -> String {
        Layout.page(
            title: "\(m.goal.code) \(m.goal.title)", planTitle: m.plan.title,
            crumbs: [.init(title: "計画の概要", url: .home), .init(title: "\(m.goal.code) \(m.goal.title)", url: nil)],
            description: "目指す姿\(m.goal.code)「\(m.goal.title)」の取組み・施策・事業と行動指標の目標値",
            data: [("この目指す姿（JSON）", SiteURL.api("goals/\(m.goal.code)").path), ("行動指標（JSON）", SiteURL.api("indicators?goal=\(m.goal.code)").path)]
                + (m.year.map { [("\($0.code)の評価（JSON）", SiteURL.api("evaluations?year=\($0.code)").path)] } ?? []),
            .group([
                .h1(.span(.class("code"), .text(m.goal.code.description)), .text(" " + m.goal.title)),
                .p(.class("context"),
                   .text("【基本の方針\(m.policy?.number ?? 0)】\(m.policy?.title ?? "") ／ 目指す姿\(m.goal.vision) \(m.vision?.title ?? "")")),
                Layout.source(m.goal.source),
                .h2("目指す姿の実現に向けた取組み"),
                .forEach(m.directions.enumerated().map { $0 }) { i, d in directionSection(i + 1, d, m) },
                .h2(.id("indicators"), "行動指標と目標値"),
                indicatorTable(m),
                progress(m),
            ]))
    }

    static func progress(_ m: Model) -> Node<HTML.BodyContext> {
        guard let year = m.year, let rollUp = m.rollUp else { return .empty }
        return .section(.class("progress"),
            .h2(.id("progress"), .text("\(year.label)の進捗")),
            .if(rollUp.grades.values.reduce(0, +) == 0, .p("この年度の実績はまだ公表されていません。")),
            ProgressViews.rollUp(rollUp, scale: m.scale, caption: "目指す姿\(m.goal.code)の評価の分布（\(year.label)）"),
            ProgressViews.goalTable(m.evaluations, year: year, index: m.index, history: m.history))
    }

    static func directionSection(_ n: Int, _ d: Direction, _ m: Model) -> Node<HTML.BodyContext> {
        let measures = m.index.measuresByDirection[d.id] ?? []
        return .section(
            .class("direction"),
            .h3(.text("取組み\(n)")),
            .p(.text(d.text.isEmpty ? "（取組みの文は計画書の抽出テキストにありません）" : d.text)),
            .ul(.class("measures"), .forEach(measures) { measure in
                .li(.forEach(m.index.placementsByMeasure[measure.id] ?? []) { p in placementItem(measure, p, m) })
            })
        )
    }

    static func placementItem(_ measure: Measure, _ p: Placement, _ m: Model) -> Node<HTML.BodyContext> {
        let number = measure.number.map(JapaneseText.circledNumber) ?? ""
        let name = measure.name.isEmpty ? "（施策名なし）" : measure.name
        return .div(
            .class("placement"),
            .p(.class("measure"), .strong(.text("\(number) \(name)")), .text(" "), Layout.flags(p)),
            .if(!p.projectName.isEmpty || p.relisted,
                .p(.class("project"), .text("事業: "),
                   .a(.href(SiteURL.project(p.project).path), .text(p.projectName.isEmpty ? "事業の詳細" : p.projectName)),
                   .if(p.relisted, .text("（\(m.index.placementsByID[p.project]?.goal.description ?? "")の再掲）")))
            ),
            .if(p.projectName.isEmpty && !p.relisted, .p(.class("project"), .a(.href(SiteURL.project(p.project).path), "事業の詳細")))
        )
    }

    static func indicatorTable(_ m: Model) -> Node<HTML.BodyContext> {
        let rows: [(Placement, Indicator)] = m.placements.flatMap { p in (m.index.indicatorsByPlacement[p.id] ?? []).map { (p, $0) } }
        guard !rows.isEmpty else { return .p("この目指す姿には目標値のある行動指標がありません。") }
        return .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: "行動指標の表"),
                    .attribute(named: "tabindex", value: "0"),
            .table(
                .class("indicators"),
                .caption(.text("目指す姿\(m.goal.code)の行動指標（目標値。「—」は目標なし）")),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), "施策・事業"),
                    .th(.attribute(named: "scope", value: "col"), "行動指標"),
                    .th(.attribute(named: "scope", value: "col"), "単位"),
                    .th(.attribute(named: "scope", value: "col"), "種別"),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), "合計", .br(), "（R6〜R9）"),
                    .forEach(YearTargets.years) { Layout.yearHeader($0) }
                )),
                .tbody(.forEach(rows) { p, i in indicatorRow(p, i, m) })
            ))
    }

    static func indicatorRow(_ p: Placement, _ i: Indicator, _ m: Model) -> Node<HTML.TableContext> {
        let measure = m.index.measure(of: p)
        let label = [measure?.number.map(JapaneseText.circledNumber), measure?.name, p.projectName.nonEmpty].compactMap { $0 }.joined(separator: " ")
        let part = i.part.map(JapaneseText.circledNumber) ?? ""
        return .tr(
            .td(.text(label.isEmpty ? "（名称なし）" : label), .text(" "), Layout.flags(p)),
            .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.indicator(i.id).path), .text(part + (i.name.isEmpty ? "（名称なし）" : i.name)))),
            .td(.text(i.unit.isEmpty ? "—" : i.unit)),
            .td(.text(i.kind.label)),
            .td(.class("num"), Layout.number(i.total)),
            .forEach(YearTargets.years) { y in .td(.class("num"), Layout.number(i.targets[y])) }
        )
    }
}
