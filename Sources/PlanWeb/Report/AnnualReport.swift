import Foundation
import PlanCore
import PlanStore
import Plot

/// 進捗状況報告書 — the annual progress report for a fiscal year, built from the same records as
/// the pages: summary per policy and vision, one section per goal (indicators, self-evaluations,
/// milestones), what is behind target with the department's explanation, and the plan's lint
/// findings as an appendix. Rendered as one HTML document that prints on A4.
enum AnnualReport {
    struct Model {
        var plan: Plan
        var index: PlanIndex
        var year: FiscalYear
        var publishedOnly: Bool
        var generated: Date
        var scale: GradingScale
        var evaluations: [IndicatorEvaluation]
        var previous: [String: Decimal]
        var levels: PlanEvaluator.Levels
        var actualsByYear: [String: [FiscalYear: Decimal]]
        var notes: [String: String]
        var selfEvaluations: [String: SelfEvaluation]
        var leadDepartment: [String: String]
        var findings: [LintFinding]
        /// Revised targets for the year (indicator id → revision), shown beside the adopted ones.
        var revisions: [String: TargetRevision] = [:]
    }

    /// Gathers everything the report shows.
    static func model(_ cycle: YearlyCycle, loaded: PlanCatalog.LoadedPlan, year: FiscalYear, publishedOnly: Bool) async throws -> Model {
        let (evaluator, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: publishedOnly)
        var previous: [String: Decimal] = [:]
        if let prior = YearTargets.years.last(where: { $0 < year }) {
            let (_, prev) = try await cycle.evaluate(plan: loaded, year: prior, publishedOnly: publishedOnly)
            for e in prev { if let a = e.evaluation.actual { previous[e.indicator.id] = a } }
        }
        var byYear: [String: [FiscalYear: Decimal]] = [:]
        for y in YearTargets.years where y <= year {
            let (_, list) = try await cycle.evaluate(plan: loaded, year: y, publishedOnly: publishedOnly)
            for e in list { if let a = e.evaluation.actual { byYear[e.indicator.id, default: [:]][y] = a } }
        }
        let notes = Dictionary(try await cycle.cycle.actuals(plan: loaded.plan.id, year: year).map { ($0.actual.indicator, $0.actual.note) }, uniquingKeysWith: { a, _ in a })
        let selfEvaluations = Dictionary(try await cycle.cycle.selfEvaluations(plan: loaded.plan.id, year: year).map { ($0.project, $0) }, uniquingKeysWith: { a, _ in a })
        let departments = Dictionary(try await cycle.cycle.departments(plan: loaded.plan.id).compactMap { d in d.id.map { ($0, d.name) } }, uniquingKeysWith: { a, _ in a })
        let leads = Dictionary(try await cycle.cycle.assignments(plan: loaded.plan.id).filter(\.lead).compactMap { a in departments[a.departmentID].map { (a.projectKey, $0) } },
                               uniquingKeysWith: { a, _ in a })
        let findings = PlanLinter(plan: loaded.plan, notes: loaded.stored.notes).run().filter { $0.severity != .info }
        var revisions: [String: TargetRevision] = [:]
        for r in try await cycle.cycle.targetRevisions(plan: loaded.plan.id) where r.year == year { revisions[r.indicator] = r }
        var model = Model(plan: loaded.plan, index: loaded.index, year: year, publishedOnly: publishedOnly, generated: Date(), scale: evaluator.scale,
                     evaluations: evaluations, previous: previous, levels: evaluator.rollUps(evaluations), actualsByYear: byYear,
                     notes: notes, selfEvaluations: selfEvaluations, leadDepartment: leads, findings: findings)
        model.revisions = revisions
        return model
    }

    static func render(_ m: Model, inlineStyles: Bool = false) -> String {
        let title = "\(m.plan.title) 進捗状況報告書（\(m.year.label)）"
        return Layout.page(title: title, planTitle: m.plan.title, inlineStyles: inlineStyles, bodyClass: "report", .group([
            cover(m),
            contents(m),
            summary(m),
            .forEach(m.plan.goals) { goal in goalSection(goal, m) },
            behind(m),
            appendix(m),
        ]))
    }

    static func cover(_ m: Model) -> Node<HTML.BodyContext> {
        let f = DateFormatter(); f.locale = Locale(identifier: "ja_JP"); f.timeZone = TimeZone(identifier: "Asia/Tokyo"); f.dateFormat = "yyyy年M月d日"
        return .section(.class("cover"),
            .p(.class("cover-municipality"), .text(m.plan.municipality)),
            .h1(.text(m.plan.title), .br(), .text("進捗状況報告書")),
            .p(.class("cover-year"), .text(m.year.label)),
            .p(.text("作成日 \(f.string(from: m.generated))")),
            .p(.class("cover-note"), .text(m.publishedOnly ? "公表済みの実績にもとづく報告です。" : "公表前の実績を含む内部資料です。"))
        )
    }

    static func contents(_ m: Model) -> Node<HTML.BodyContext> {
        .nav(.class("contents"), .attribute(named: "aria-label", value: "目次"),
             .h2("目次"),
             .ul(.class("toc"), .li(.a(.href("#summary"), "1. 概要（方針・目指す姿ごとの評価）")),
                 .li(.a(.href("#goals"), "2. 目指す姿ごとの進捗"), .ul(.forEach(m.plan.goals) { g in
                     .li(.a(.href("#goal-\(g.code)"), .text("\(g.code) \(g.title)")))
                 })),
                 .li(.a(.href("#behind"), "3. 目標に届いていない指標と所管課の説明")),
                 .li(.a(.href("#appendix"), "付録 計画の点検結果"))))
    }

    static func distributionChart(_ r: RollUp, scale: GradingScale, id: String, title: String) -> Node<HTML.BodyContext> {
        let years = scale.bands.indices.map { FiscalYear(reiwa: 100 + $0) }
        var values: [FiscalYear: Decimal] = [:]
        for (i, b) in scale.bands.enumerated() { values[years[i]] = Decimal(r.grades[b.name] ?? 0) }
        let description = scale.bands.map { "\($0.name) \(r.grades[$0.name] ?? 0)件" }.joined(separator: "、") + "、未報告 \(r.notReported)件"
        let chart = GradeChart(title: title, description: description, labels: scale.bands.map(\.name) + ["未報告"],
                               values: scale.bands.map { r.grades[$0.name] ?? 0 } + [r.notReported])
        _ = values
        return .raw(chart.svg(id: id))
    }

    static func summary(_ m: Model) -> Node<HTML.BodyContext> {
        let intro = "\(m.year.label)の行動指標の評価です。評価の段階: " + m.scale.bands.map { "\($0.name) ≥ \(NumberCell.display($0.minimum * 100))%" }.joined(separator: "・") + "。" + RollUp.rule
        return .section(.class("summary"), .id("summary"),
            .h2("1. 概要"),
            .p(.text(intro)),
            distributionChart(m.levels.plan, scale: m.scale, id: "chart-plan", title: "計画全体の評価の分布"),
            policyCharts(m),
            levelsTable(m))
    }

    static func policyCharts(_ m: Model) -> Node<HTML.BodyContext> {
        let charts: [Node<HTML.BodyContext>] = m.levels.policies.map { number, r in
            .div(.class("policy-chart"), .p(.strong(.text("基本の方針\(number)"))),
                 distributionChart(r, scale: m.scale, id: "chart-policy-\(number)", title: "基本の方針\(number)の評価の分布"))
        }
        return .div(.class("policy-charts"), .group(charts))
    }

    static func levelsTable(_ m: Model) -> Node<HTML.BodyContext> {
        var rows: [Node<HTML.TableContext>] = []
        for p in m.plan.policies {
            rows.append(levelRow("【基本の方針\(p.number)】", m.levels.policies.first { $0.0 == p.number }?.1, m, strong: true))
            for v in m.plan.visions where v.policy == p.number {
                rows.append(levelRow("目指す姿\(v.number) \(v.title)", m.levels.visions.first { $0.0 == v.number }?.1, m, strong: false))
            }
        }
        let head: Node<HTML.TableContext> = .thead(.tr(.th(.attribute(named: "scope", value: "col"), "区分"),
                                                      .forEach(m.scale.bands) { b in .th(.attribute(named: "scope", value: "col"), .class("num"), .text(b.name)) },
                                                      .th(.attribute(named: "scope", value: "col"), .class("num"), "未報告"),
                                                      .th(.attribute(named: "scope", value: "col"), .class("num"), "中央値")))
        return .table(.class("levels"), .caption("方針・目指す姿ごとの評価の分布"), head, .tbody(.group(rows)))
    }

    static func levelRow(_ label: String, _ r: RollUp?, _ m: Model, strong: Bool) -> Node<HTML.TableContext> {
        .tr(.th(.attribute(named: "scope", value: "row"), strong ? .strong(.text(label)) : .text(label)),
            .forEach(m.scale.bands) { b in .td(.class("num"), .text(String(r?.grades[b.name] ?? 0))) },
            .td(.class("num"), .text(String(r?.notReported ?? 0))),
            .td(.class("num"), .text(r?.medianAchievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—")))
    }

    static func goalSection(_ goal: Goal, _ m: Model) -> Node<HTML.BodyContext> {
        let rows = m.evaluations.filter { $0.placement.goal == goal.code }
        let projects = (m.index.placementsByGoal[goal.code] ?? []).map(\.project).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return .section(.class("goal"), .id("goal-\(goal.code)"),
            .h2(.text("\(goal.code) \(goal.title)")),
            .if(goal.code == m.plan.goals.first?.code, .p(.id("goals"), .class("section-label"), "2. 目指す姿ごとの進捗")),
            .unwrap(m.levels.goals.first { $0.0 == goal.code }?.1) { r in
                .p(.text("評価: " + m.scale.bands.map { "\($0.name) \(r.grades[$0.name] ?? 0)" }.joined(separator: "・") + "・未報告 \(r.notReported)"))
            },
            rows.isEmpty ? .p("目標値のある行動指標はありません。") : indicatorTable(rows, m),
            .h3("事業の自己評価と今後の方向性"),
            .ul(.class("self-evaluations"), .forEach(projects) { p in selfEvaluation(p, m) })
        )
    }

    static func indicatorTable(_ rows: [IndicatorEvaluation], _ m: Model) -> Node<HTML.BodyContext> {
        .table(.class("indicators"),
            .caption(.text("行動指標（\(m.year.label)）")),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "行動指標"), .th(.attribute(named: "scope", value: "col"), "単位"),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), "目標値"), .th(.attribute(named: "scope", value: "col"), .class("num"), "実績"),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), "達成率"), .th(.attribute(named: "scope", value: "col"), "評価"),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), "前年度からの変化"),
                       .th(.attribute(named: "scope", value: "col"), "R9の見通し"))),
            .tbody(.forEach(rows) { e in indicatorRow(e, m) }))
    }

    static func indicatorRow(_ e: IndicatorEvaluation, _ m: Model) -> Node<HTML.TableContext> {
        let change: String
        if let a = e.evaluation.actual, let p = m.previous[e.indicator.id] {
            let d = a - p
            change = (d > 0 ? "+" : "") + NumberCell.display(d)
        } else { change = "—" }
        let forecast = Forecaster.forecast(e.indicator, actuals: m.actualsByYear[e.indicator.id] ?? [:], to: .r9)
        let name = (e.indicator.part.map(JapaneseText.circledNumber) ?? "") + (e.indicator.name.isEmpty ? "（名称なし）" : e.indicator.name)
        let adopted = m.plan.indicators.first { $0.id == e.indicator.id }?.targets[m.year]
        let targetCell: Node<HTML.BodyContext> = m.revisions[e.indicator.id] != nil && adopted != e.evaluation.target
            ? .group([Layout.number(e.evaluation.target), .br(), .span(.class("method"), .text("（当初 \(adopted.map(NumberCell.display) ?? "—")）"))])
            : Layout.number(e.evaluation.target)
        return .tr(.th(.attribute(named: "scope", value: "row"), .text(name), e.placement.relisted ? .span(.class("tag relisted"), "再掲") : .empty),
                   .td(.text(e.indicator.unit)), .td(.class("num"), targetCell),
                   .td(.class("num"), .text(e.evaluation.actual.map(NumberCell.display) ?? (e.evaluation.target == nil ? "—" : "未報告"))),
                   .td(.class("num"), .text(Forms.rate(e.evaluation))), .td(.text(e.evaluation.grade ?? "—")),
                   .td(.class("num"), .text(change)),
                   .td(.text(forecast.status.label), forecast.status == .atRisk ? .span(.class("tag warning"), "要注意") : .empty))
    }

    static func selfEvaluation(_ project: String, _ m: Model) -> Node<HTML.ListContext> {
        let title = m.index.projectTitle(project)
        guard let s = m.selfEvaluations[project] else {
            return .li(.strong(.text(title)), .text("：自己評価は未入力です"))
        }
        return .li(.strong(.text(title)),
                   .p(.text("今後の方向性: \(s.direction?.rawValue ?? "未選択")")),
                   .if(!s.text.isEmpty, .p(.text(s.text))),
                   .ul(.forEach(s.milestones) { ms in
                       .li(.text("\(ms.year.label)のマイルストーン: \(ms.status?.rawValue ?? "未評価")\(ms.comment.isEmpty ? "" : "（\(ms.comment)）")"))
                   }))
    }

    static func behind(_ m: Model) -> Node<HTML.BodyContext> {
        var seen = Set<String>()
        let list = m.evaluations.filter { e in
            guard let r = e.evaluation.achievementRate, r < 1, seen.insert(e.reportingID).inserted else { return false }
            return true
        }
        return .section(.class("behind"), .id("behind"),
            .h2("3. 目標に届いていない指標と所管課の説明"),
            list.isEmpty ? .p("目標に届いていない指標はありません。") : .table(
                .caption(.text("達成率100%未満の行動指標（\(list.count)件。再掲は1回）")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "目指す姿"), .th(.attribute(named: "scope", value: "col"), "行動指標"),
                           .th(.attribute(named: "scope", value: "col"), .class("num"), "達成率"), .th(.attribute(named: "scope", value: "col"), "所管課"),
                           .th(.attribute(named: "scope", value: "col"), "所管課の説明（備考）"))),
                .tbody(.forEach(list) { e in
                    .tr(.td(.text(e.placement.goal.description)), .th(.attribute(named: "scope", value: "row"), .text(e.indicator.name)),
                        .td(.class("num"), .text(Forms.rate(e.evaluation))), .td(.text(m.leadDepartment[e.placement.project] ?? "（未割り当て）")),
                        .td(.text(m.notes[e.reportingID].flatMap { $0.isEmpty ? nil : $0 } ?? "（説明なし）")))
                })))
    }

    static func appendix(_ m: Model) -> Node<HTML.BodyContext> {
        .section(.class("appendix"), .id("appendix"),
            .h2("付録 計画の点検結果"),
            .p(.text("計画書の目標値・文言について、確認が必要な点（\(m.findings.count)件。参考の指摘は省略）。")),
            .table(.caption("点検結果"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), "重要度"), .th(.attribute(named: "scope", value: "col"), "内容"),
                              .th(.attribute(named: "scope", value: "col"), "原文の行"))),
                   .tbody(.forEach(m.findings) { f in
                       .tr(.td(.text(f.severity.label)), .td(.text(f.message)), .td(.text(f.sources.map { String($0.line) }.joined(separator: "・"))))
                   })))
    }
}

/// A small bar chart of counts per grade (server-side SVG with title and description).
struct GradeChart {
    var title: String
    var description: String
    var labels: [String]
    var values: [Int]

    func svg(id: String) -> String {
        let width = 480.0, height = 200.0, left = 40.0, bottom = 30.0, top = 20.0
        let maxValue = Double(max(values.max() ?? 1, 1))
        let slot = (width - left - 10) / Double(max(labels.count, 1))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart grades\">"
        out += "<title id=\"\(id)-t\">\(BarChart.escape(title))</title><desc id=\"\(id)-d\">\(BarChart.escape(description))</desc>"
        for (i, label) in labels.enumerated() {
            let h = (height - top - bottom) * Double(values[i]) / maxValue
            let x = left + slot * Double(i) + slot * 0.2
            out += "<rect class=\"\(i == labels.count - 1 ? "actual" : "target")\" x=\"\(x)\" y=\"\(height - bottom - h)\" width=\"\(slot * 0.6)\" height=\"\(h)\"/>"
            out += "<text class=\"value\" x=\"\(x + slot * 0.3)\" y=\"\(height - bottom - h - 4)\" text-anchor=\"middle\">\(values[i])</text>"
            out += "<text class=\"axis\" x=\"\(x + slot * 0.3)\" y=\"\(height - 10)\" text-anchor=\"middle\">\(BarChart.escape(label))</text>"
        }
        return out + "</svg>"
    }
}
