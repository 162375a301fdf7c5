import Foundation
import PlanCore
import Plot

/// Progress (actuals, rates, grades and roll-ups) shown on the public pages.
enum ProgressViews {
    /// A roll-up line: the grade distribution, not reported and the median, with the counting rule.
    static func rollUp(_ r: RollUp, scale: GradingScale, caption: String) -> Node<HTML.BodyContext> {
        .div(.class("rollup"),
             .table(.caption(.text(caption)),
                    .thead(.tr(.forEach(scale.bands) { b in .th(.attribute(named: "scope", value: "col"), .class("num"), .text("評価 \(b.name)")) },
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "未報告"),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "達成率の中央値"))),
                    .tbody(.tr(.forEach(scale.bands) { b in .td(.class("num"), .text(String(r.grades[b.name] ?? 0))) },
                               .td(.class("num"), .text(String(r.notReported))),
                               .td(.class("num"), .text(r.medianAchievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—"))))),
             .p(.class("rule"), .text("集計の方法: " + RollUp.rule)))
    }

    /// The evaluation table for a goal's indicators in one year.
    static func goalTable(_ evaluations: [IndicatorEvaluation], year: FiscalYear, index: PlanIndex,
                          history: [String: [FiscalYear: Decimal]] = [:]) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .table(
            .class("indicators"),
            .caption(.text("\(year.label)の目標値・実績・達成率・評価")),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "行動指標"), .th(.attribute(named: "scope", value: "col"), .class("num"), "目標値"),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), "実績"), .th(.attribute(named: "scope", value: "col"), .class("num"), "達成率"),
                       .th(.attribute(named: "scope", value: "col"), "評価"),
                       .th(.attribute(named: "scope", value: "col"), "R9の見通し"))),
            .tbody(.forEach(evaluations) { e in
                .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.indicator(e.indicator.id).path),
                                                                      .text((e.indicator.part.map(JapaneseText.circledNumber) ?? "") + (e.indicator.name.isEmpty ? "（名称なし）" : e.indicator.name)))),
                    targetCell(e, year: year, index: index),
                    .td(.class("num"), e.evaluation.actual.map { .text(NumberCell.display($0)) } ?? .text(e.evaluation.target == nil ? "—" : "未報告")),
                    .td(.class("num"), .text(Forms.rate(e.evaluation))),
                    .td(.text(e.evaluation.grade ?? "—")),
                    forecastCell(e.indicator, history[e.indicator.id] ?? [:]))
            })
        ))
    }

    /// The target used for the evaluation, with the adopted one beside it when a revision changed it.
    static func targetCell(_ e: IndicatorEvaluation, year: FiscalYear, index: PlanIndex) -> Node<HTML.TableRowContext> {
        let adopted = index.indicatorsByID[e.indicator.id]?.targets[year]
        guard adopted != e.evaluation.target else { return .td(.class("num"), Layout.number(e.evaluation.target)) }
        return .td(.class("num"), Layout.number(e.evaluation.target), .br(), .span(.class("method"), .text("（見直し後。当初 \(adopted.map(NumberCell.display) ?? "—")）")))
    }

    static func forecastCell(_ indicator: Indicator, _ actuals: [FiscalYear: Decimal]) -> Node<HTML.TableRowContext> {
        let f = Forecaster.forecast(indicator, actuals: actuals, to: .r9)
        return .td(f.status == .atRisk ? .span(.class("tag warning"), .attribute(named: "title", value: escapeAttribute(f.method)), "要注意") : .text(f.status.label))
    }

    /// The indicator's actuals per year.
    static func indicatorTable(_ rows: [(FiscalYear, Evaluation)], unit: String) -> Node<HTML.BodyContext> {
        .div(.class("table-scroll"), .table(
            .caption("年度ごとの目標値・実績・評価（公表済みのもの）"),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "年度"), .th(.attribute(named: "scope", value: "col"), .class("num"), .text("目標値（\(unit)）")),
                       .th(.attribute(named: "scope", value: "col"), .class("num"), .text("実績（\(unit)）")), .th(.attribute(named: "scope", value: "col"), .class("num"), "達成率"),
                       .th(.attribute(named: "scope", value: "col"), "評価"))),
            .tbody(.forEach(rows) { year, e in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(year.label)), .td(.class("num"), Layout.number(e.target)),
                    .td(.class("num"), e.actual.map { .text(NumberCell.display($0)) } ?? .text(e.target == nil ? "—" : "未報告")),
                    .td(.class("num"), .text(Forms.rate(e))), .td(.text(e.grade ?? "—")))
            })
        ))
    }
}
