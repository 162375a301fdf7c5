import Foundation
import PlanCore
import Plot

/// `/search?q=` — finds plan text regardless of full-width/half-width and case; results grouped
/// by goal.
enum SearchPage {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var query: String
        var hits: [PlanSearch.Hit]
    }

    static func render(_ m: Model) -> String {
        let groups = Dictionary(grouping: m.hits, by: \.goal)
        let order = m.plan.goals.map(\.code.description).filter { groups[$0] != nil }
        return Layout.page(title: m.query.isEmpty ? "計画を検索" : "「\(m.query)」の検索結果", planTitle: m.plan.title,
                           crumbs: [.init(title: "計画の概要", url: .home), .init(title: "検索", url: nil)],
                           .group([
            .h1("計画を検索"),
            .form(.class("search"), .method(.get), .action(SiteURL.search(nil).path), .attribute(named: "role", value: "search"),
                  .label(.for("q"), "検索する言葉"),
                  .input(.type(.search), .id("q"), .name("q"), .value(escapeAttribute(m.query)), .attribute(named: "maxlength", value: String(PlanSearch.maximumQueryLength))),
                  .button(.type(.submit), "検索")),
            .p(.class("hint"), "全角・半角、英字の大文字・小文字は区別しません。目指す姿・取組み・施策・事業・事業内容・ロードマップ・行動指標を探します。"),
            .if(!m.query.isEmpty, .p(.attribute(named: "role", value: "status"),
                                     .text(m.hits.isEmpty ? "「\(m.query)」に一致するものはありませんでした。" : "「\(m.query)」: \(order.count)の目指す姿で\(m.hits.count)件"))),
            .forEach(order) { code in
                .section(.class("result-group"),
                         .h2(.a(.href(SiteURL.goal(code).path), .text("\(code) \(GoalCode(parsing: code).flatMap { m.index.goalsByCode[$0]?.title } ?? "")"))),
                         .ul(.forEach(groups[code] ?? []) { hit in .li(hitNode(hit)) }))
            },
        ]))
    }

    static func hitNode(_ hit: PlanSearch.Hit) -> Node<HTML.BodyContext> {
        let label = Node<HTML.BodyContext>.span(.class("field"), .text(hit.field.rawValue))
        let text = hit.text.count > 120 ? String(hit.text.prefix(120)) + "…" : hit.text
        if let i = hit.indicator { return .group([label, .text(" "), .a(.href(SiteURL.indicator(i).path), .text(text))]) }
        if let p = hit.placement { return .group([label, .text(" "), .a(.href(SiteURL.project(p).path), .text(text))]) }
        return .group([label, .text(" " + text)])
    }
}
