import Foundation
import PlanCore
import Plot

/// `/vision` — the vision's logic chart (背景 → 目指す姿 → 戦略 → 戦術) linked to the plan.
enum VisionChartPage {
    struct Model {
        var plan: Plan
        var chart: VisionChart?
    }

    static func render(_ m: Model) -> String {
        Layout.page(title: "ビジョンのロジックチャート", planTitle: m.plan.title,
                    crumbs: [.init(title: "計画の概要", url: .home), .init(title: "ロジックチャート", url: nil)],
                    .group([
            .h1("ビジョンのロジックチャート"),
            .p("地域経済発展ビジョンの考え方の流れです。背景から、目指す姿、戦略、戦術（取組）へとつながります。目指す姿はアクションプランの目指す姿へのリンクです。"),
            m.chart.map(chartNodes) ?? .p("この計画にはロジックチャートが登録されていません。"),
        ]))
    }

    static func chartNodes(_ chart: VisionChart) -> Node<HTML.BodyContext> {
        .div(.class("logic-chart"),
            .section(.h2("1. 背景"), .forEach(chart.backgrounds) { b in
                .group([.h3(.text("「\(b.title)」")), .ul(.forEach(b.facts) { .li(.text($0)) })])
            }),
            .section(.h2("2. 目指す姿"), .ul(.forEach(chart.visions) { v in
                .li(.text(v.text), .text(" "),
                    v.planVision.map { n in .a(.href(SiteURL.home.path + "#vision-\(n)"), .text("→ アクションプランの目指す姿\(n)")) } ?? .span(.class("none"), "（対応する目指す姿なし）"))
            })),
            .section(.h2("3. 戦略"), .ol(.forEach(chart.strategies) { s in .li(.text("\(s.number). \(s.text)")) })),
            .section(.h2("4. 戦術／取組"), .ul(.forEach(chart.tactics) { t in .li(.text(t.text)) }))
        )
    }
}
