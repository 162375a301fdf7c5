import Foundation
import PlanCore
import Plot

/// `/dashboard?year=R6` — for reviewers: the grade distribution, what moved up or down since the
/// previous year, what is behind target or 要注意, and what is not reported; each entry links to
/// its indicator.
enum DashboardPage {
    struct Entry {
        var evaluation: IndicatorEvaluation
        var detail: String
    }

    struct Model {
        var plan: Plan
        var year: FiscalYear
        var scale: GradingScale
        var rollUp: RollUp
        var publishedOnly: Bool
        var up: [Entry]
        var down: [Entry]
        var behind: [Entry]
        var atRisk: [Entry]
        var notReported: [Entry]
    }

    /// Builds the dashboard from this year's and last year's evaluations (one entry per reporting unit).
    static func model(plan: Plan, year: FiscalYear, scale: GradingScale, current: [IndicatorEvaluation], previous: [IndicatorEvaluation],
                      history: [String: [FiscalYear: Decimal]], publishedOnly: Bool) -> Model {
        var seen = Set<String>()
        let unique = current.filter { seen.insert($0.reportingID).inserted }
        let before = Dictionary(previous.map { ($0.indicator.id, $0.evaluation) }, uniquingKeysWith: { a, _ in a })
        let rank = Dictionary(uniqueKeysWithValues: scale.bands.enumerated().map { ($0.element.name, $0.offset) })
        var up: [Entry] = [], down: [Entry] = [], behind: [Entry] = [], atRisk: [Entry] = [], notReported: [Entry] = []
        for e in unique {
            if let g = e.evaluation.grade, let pg = before[e.indicator.id]?.grade, let a = rank[g], let b = rank[pg], a != b {
                (a < b ? { up.append(Entry(evaluation: e, detail: "\(pg) → \(g)")) } : { down.append(Entry(evaluation: e, detail: "\(pg) → \(g)")) })()
            }
            if let r = e.evaluation.achievementRate, r < 1 { behind.append(Entry(evaluation: e, detail: Forms.rate(e.evaluation))) }
            if e.evaluation.status == .notReported { notReported.append(Entry(evaluation: e, detail: "目標 \(e.evaluation.target.map(NumberCell.display) ?? "—")")) }
            if let actuals = history[e.indicator.id], !actuals.isEmpty {
                let f = Forecaster.forecast(e.indicator, actuals: actuals, to: .r9)
                if f.status == .atRisk { atRisk.append(Entry(evaluation: e, detail: "R9見込み \(f.projected.map(NumberCell.display) ?? "—")・目標 \(f.target.map(NumberCell.display) ?? "—")")) }
            }
        }
        return Model(plan: plan, year: year, scale: scale, rollUp: RollUp(current, scale: scale), publishedOnly: publishedOnly,
                     up: up, down: down, behind: behind, atRisk: atRisk, notReported: notReported)
    }

    static func render(_ m: Model) -> String {
        Layout.page(title: "進捗のダッシュボード（\(m.year.label)）", planTitle: m.plan.title,
                    crumbs: [.init(title: "計画の概要", url: .home), .init(title: "ダッシュボード", url: nil)], .group([
            .h1(.text("進捗のダッシュボード — \(m.year.label)")),
            Forms.yearPicker(m.year, action: SiteURL.scoped("/dashboard")),
            .p(.text(m.publishedOnly ? "公表済みの実績にもとづきます。" : "公表前の実績を含みます（計画担当・閲覧の方の表示）。")),
            ProgressViews.rollUp(m.rollUp, scale: m.scale, caption: "計画全体の評価の分布（\(m.year.label)）"),
            list("前年度から評価が上がった指標", m.up),
            list("前年度から評価が下がった指標", m.down),
            list("目標に届いていない指標（達成率100%未満）", m.behind),
            list("要注意（R9の目標に届かない見込み）", m.atRisk),
            list("未報告の指標", m.notReported),
        ]))
    }

    static func list(_ title: String, _ entries: [Entry]) -> Node<HTML.BodyContext> {
        .section(.h2(.text("\(title)（\(entries.count)件）")),
                 entries.isEmpty ? .p("該当する指標はありません。") : .ul(.forEach(entries) { e in
                     .li(.text("\(e.evaluation.placement.goal) "),
                         .a(.href(SiteURL.indicator(e.evaluation.indicator.id).path), .text(e.evaluation.indicator.name.isEmpty ? "（名称なし）" : e.evaluation.indicator.name)),
                         .text("（\(e.detail)）"))
                 }))
    }
}
