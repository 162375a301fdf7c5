import Foundation
import PlanCore
import Plot

/// `/projects/{id}` — a project with every placement (where it appears and how its wording
/// differs), its 事業内容, roadmap and indicators.
enum ProjectPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var projectID: String
        var placements: [Placement]
        var original: Placement { placements.first { $0.id == projectID } ?? placements[0] }
        var title: String { index.projectTitle(projectID) }
    }

    static func render(_ m: Model) -> String {
        let o = m.original
        let measure = m.index.measure(of: o)
        return Layout.page(
            title: m.title, planTitle: m.plan.title,
            crumbs: [.init(title: "計画の概要", url: .home), .init(title: "\(o.goal) \(m.index.goalsByCode[o.goal]?.title ?? "")", url: .goal(o.goal.description)),
                     .init(title: m.title, url: nil)],
            description: "事業「\(m.title)」の事業内容・ロードマップ・行動指標と掲載箇所",
            data: [("この事業（JSON）", SiteURL.api("projects/\(m.projectID)").path)],
            .group([
                .h1(.text(m.title)),
                .p(.class("context"), .text("施策: \(measure?.number.map(JapaneseText.circledNumber) ?? "") \(measure?.name ?? "")"), .text(" "), Layout.flags(o)),
                .h2("事業内容"),
                .p(.text(o.content.isEmpty ? "（事業内容は計画書の抽出テキストにありません）" : o.content)),
                .h2("ロードマップ（実施に向けた道筋）"),
                roadmap(o.roadmap),
                .h2("行動指標"),
                indicators(o, m),
                .h2(.text("掲載箇所（\(m.placements.count)か所）")),
                .p("同じ事業が複数の目指す姿に掲載（再掲）されています。集計では1つの事業として数えます。文言が元の掲載と違うところを示します。")
                    .onlyIf(m.placements.count > 1),
                placementsTable(m),
            ]))
    }

    static func roadmap(_ r: Roadmap) -> Node<HTML.BodyContext> {
        guard !r.isEmpty else { return .p("（ロードマップは計画書の抽出テキストにありません）") }
        return .dl(.class("roadmap"), .forEach(r.milestones) { year, text in
            .group([.dt(.text(year.label)), .dd(.text(text))])
        })
    }

    static func indicators(_ p: Placement, _ m: Model) -> Node<HTML.BodyContext> {
        let list = m.index.indicatorsByPlacement[p.id] ?? []
        guard !list.isEmpty else { return .p("この事業には目標値のある行動指標がありません。") }
        return .div(.class("table-scroll"), .table(
            .class("indicators"),
            .caption("行動指標の目標値（「—」は目標なし）"),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "行動指標"), .th(.attribute(named: "scope", value: "col"), "単位"),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), "合計（R6〜R9）"),
                       .forEach(YearTargets.years) { Layout.yearHeader($0) })),
            .tbody(.forEach(list) { i in
                .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.indicator(i.id).path), .text((i.part.map(JapaneseText.circledNumber) ?? "") + (i.name.isEmpty ? "（名称なし）" : i.name)))),
                    .td(.text(i.unit)), .td(.class("num"), Layout.number(i.total)),
                    .forEach(YearTargets.years) { y in .td(.class("num"), Layout.number(i.targets[y])) })
            })
        ))
    }

    static func placementsTable(_ m: Model) -> Node<HTML.BodyContext> {
        let o = m.original
        let om = m.index.measure(of: o)?.name ?? ""
        return .div(.class("table-scroll"), .table(
            .class("placements"),
            .caption("この事業が掲載されている目指す姿"),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "目指す姿"), .th(.attribute(named: "scope", value: "col"), "施策名・事業名（この掲載での文言）"),
                       .th(.attribute(named: "scope", value: "col"), "元の掲載との違い"), .th(.attribute(named: "scope", value: "col"), "出典"))),
            .tbody(.forEach(m.placements) { p in
                let pm = m.index.measure(of: p)
                var diffs: [String] = []
                if p.id != o.id {
                    if JapaneseText.removingSpaces(pm?.name ?? "") != JapaneseText.removingSpaces(om) { diffs.append("施策名が違う") }
                    if !p.projectName.isEmpty, p.projectName != o.projectName { diffs.append("事業名が違う") }
                    if JapaneseText.removingSpaces(p.content) != JapaneseText.removingSpaces(o.content), !p.content.isEmpty { diffs.append("事業内容が違う") }
                    let a = (m.index.indicatorsByPlacement[p.id] ?? []).map(\.targets), b = (m.index.indicatorsByPlacement[o.id] ?? []).map(\.targets)
                    if a != b { diffs.append("目標値が違う") }
                }
                return .tr(
                    .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.goal(p.goal.description).path), .text("\(p.goal) \(m.index.goalsByCode[p.goal]?.title ?? "")"))),
                    .td(.text("\(pm?.number.map(JapaneseText.circledNumber) ?? "") \(pm?.name ?? "")"), .if(!p.projectName.isEmpty, .group([.br(), .text("事業: \(p.projectName)")])),
                        .text(" "), Layout.flags(p)),
                    .td(.text(p.id == o.id ? "元の掲載" : (diffs.isEmpty ? "同じ" : diffs.joined(separator: "・")))),
                    .td(Layout.source(p.source))
                )
            })
        ))
    }
}

extension Node where Context == HTML.BodyContext {
    /// The node when the condition holds, nothing otherwise.
    func onlyIf(_ condition: Bool) -> Node { condition ? self : .empty }
}
