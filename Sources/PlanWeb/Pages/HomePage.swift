import Foundation
import PlanCore
import Plot
import PlanStore

/// `/` — the plan at a glance: policies → visions → goals with counts, the flags as filters.
enum HomePage {
    enum Filter: String, CaseIterable {
        case priority, implementation, relisted
        var label: String {
            switch self {
            case .priority: "重点PJ"
            case .implementation: "実施計画事業"
            case .relisted: "再掲を含む"
            }
        }
        func includes(_ p: Placement) -> Bool {
            switch self {
            case .priority: p.priority
            case .implementation: p.implementationPlan
            case .relisted: p.relisted
            }
        }
    }

    struct Model {
        var plan: Plan
        var index: PlanIndex
        var filters: Set<Filter>
        var year: FiscalYear? = nil
        var rollUp: RollUp? = nil
        var scale: GradingScale = .standard
        var levels: PlanEvaluator.Levels? = nil
        /// Every registered plan, shown when the installation holds more than one.
        var otherPlans: [PlanSummary] = []

        func include(_ p: Placement) -> Bool { filters.allSatisfy { $0.includes(p) } }
        var totals: PlanIndex.Counts {
            plan.goals.reduce(into: PlanIndex.Counts()) { sum, g in
                let c = index.counts(goal: g.code, where: include)
                sum.measures += c.measures; sum.indicators += c.indicators
            }
        }
        var projectCount: Int { Set(plan.placements.filter(include).map(\.project)).count }
    }

    static func render(_ m: Model) -> String {
        let t = m.totals
        return Layout.page(title: "計画の概要", planTitle: m.plan.title, description: "\(m.plan.title)の目指す姿・施策・事業・行動指標の一覧",
                           data: [("目指す姿の一覧（JSON）", SiteURL.api("goals").path), ("計画の表（CSV）", SiteURL.scoped("/opendata/table.csv"))], .group([
            .h1(.text(m.plan.title)),
            .if(!m.otherPlans.isEmpty, PlanListPage.list(m.otherPlans)),
            .p(.class("lead"), .text("計画期間 \(m.plan.firstYear.label)〜\(m.plan.lastYear.label)。基本の方針\(m.plan.policies.count)・目指す姿\(m.plan.visions.count)・目指す姿(N-M) \(m.plan.goals.count)のもとに、施策\(t.measures)・事業\(m.projectCount)・行動指標\(t.indicators)（再掲は1つの事業として数えます）。")),
            progress(m),
            filterForm(m),
            .forEach(m.plan.policies) { policy in policySection(policy, m) },
        ]))
    }

    static func progress(_ m: Model) -> Node<HTML.BodyContext> {
        guard let year = m.year, let r = m.rollUp else {
            return .p(.class("lead"), "実績はまだ公表されていません。公表されると、年度ごとの評価の分布をここに示します。")
        }
        return .section(.h2(.text("\(year.label)の進捗（公表済み）")),
                        ProgressViews.rollUp(r, scale: m.scale, caption: "計画全体の評価の分布（\(year.label)）"))
    }

    static func filterForm(_ m: Model) -> Node<HTML.BodyContext> {
        .form(
            .class("filters"), .method(.get), .action(SiteURL.home.path),
            .fieldset(
                .element(named: "legend", text: "事業の印で絞り込む"),
                .forEach(Filter.allCases) { f in checkbox(f, checked: m.filters.contains(f)) },
                .button(.type(.submit), "絞り込む"),
                .if(!m.filters.isEmpty, .a(.href(SiteURL.home.path), "すべて表示"))
            )
        )
    }

    static func levelRollUp(_ r: RollUp?, _ m: Model, _ name: String) -> Node<HTML.BodyContext> {
        guard let r, let year = m.year else { return .empty }
        let dist = m.scale.bands.map { "\($0.name) \(r.grades[$0.name] ?? 0)" }.joined(separator: "・")
        return .p(.class("rollup-line"), .text("\(year.label)の評価（\(name)、再掲は1回）: \(dist)・未報告 \(r.notReported)・中央値 \(r.medianAchievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—")"))
    }

    static func checkbox(_ f: Filter, checked: Bool) -> Node<HTML.FormContext> {
        let input: Node<HTML.LabelContext> = checked
            ? .input(.type(.checkbox), .name("filter"), .value(f.rawValue), .checked(true))
            : .input(.type(.checkbox), .name("filter"), .value(f.rawValue))
        return .label(input, .text(" " + f.label))
    }

    static func policySection(_ policy: Policy, _ m: Model) -> Node<HTML.BodyContext> {
        .section(
            .class("policy"),
            .h2(.id("policy-\(policy.number)"), .text("【基本の方針\(policy.number)】\(policy.title)")),
            levelRollUp(m.levels?.policies.first { $0.0 == policy.number }?.1, m, "基本の方針\(policy.number)"),
            .forEach(m.plan.visions.filter { $0.policy == policy.number }) { vision in visionBlock(vision, m) }
        )
    }

    static func visionBlock(_ vision: Vision, _ m: Model) -> Node<HTML.BodyContext> {
        let goals = m.plan.goals.filter { $0.vision == vision.number }
        return .group([
            .h3(.id("vision-\(vision.number)"), .text("目指す姿\(vision.number)　\(vision.title.isEmpty ? "（名称は計画書の抽出テキストにありません）" : vision.title)")),
            levelRollUp(m.levels?.visions.first { $0.0 == vision.number }?.1, m, "目指す姿\(vision.number)"),
            .table(
                .class("goals"),
                .caption(.text("目指す姿\(vision.number)の目指す姿(N-M)と件数")),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), "目指す姿"),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), "施策"),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), "事業"),
                    .th(.attribute(named: "scope", value: "col"), .class("num"), "行動指標")
                )),
                .tbody(.forEach(goals) { goal in
                    let c = m.index.counts(goal: goal.code, where: m.include)
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.goal(goal.code.description).path), .text("\(goal.code) \(goal.title)"))),
                        .td(.class("num"), .text(String(c.measures))),
                        .td(.class("num"), .text(String(c.projects))),
                        .td(.class("num"), .text(String(c.indicators)))
                    )
                })
            ),
        ])
    }
}
