import Foundation
import PlanCore
import Plot

/// `/lint` — the plan's lint findings, for the plan office that maintains the plan.
enum LintPage {
    struct Model {
        var plan: Plan
        var findings: [LintFinding]
        var severity: LintFinding.Severity?
    }

    static func render(_ m: Model) -> String {
        let shown = m.findings.filter { m.severity == nil || $0.severity == m.severity }
        let counts = [LintFinding.Severity.error, .warning, .info].map { s in (s, m.findings.filter { $0.severity == s }.count) }
        return Layout.page(title: "計画の点検結果", planTitle: m.plan.title,
                           crumbs: [.init(title: "計画の概要", url: .home), .init(title: "点検結果", url: nil)],
                           .group([
            .h1("計画の点検結果"),
            .p("計画書の目標値・文言の矛盾、取り込み時に修正した箇所、原文のまま残した誤字の一覧です。計画を管理する方が確認するためのものです。"),
            .p(.text(counts.map { "\($0.0.label) \($0.1)件" }.joined(separator: "・"))),
            .nav(.class("filters"), .attribute(named: "aria-label", value: "重要度で絞り込む"), .ul(
                .li(.a(.href(SiteURL.lint.path), "すべて")),
                .forEach(counts) { s, _ in .li(.a(.href(SiteURL.lint.path + "?severity=\(s.rawValue)"), .text(s.label))) }
            )),
            .div(.class("table-scroll"), .table(
                .class("lint"),
                .caption(.text(m.severity.map { "重要度「\($0.label)」の指摘（\(shown.count)件）" } ?? "すべての指摘（\(shown.count)件）")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "重要度"), .th(.attribute(named: "scope", value: "col"), "規則"),
                           .th(.attribute(named: "scope", value: "col"), "目指す姿"), .th(.attribute(named: "scope", value: "col"), "内容"),
                           .th(.attribute(named: "scope", value: "col"), "原文の行"))),
                .tbody(.forEach(shown) { f in
                    .tr(.td(.span(.class("severity \(f.severity.rawValue)"), .text(f.severity.label))),
                        .td(.code(.text(f.rule))),
                        .td(f.goal.map { .a(.href(SiteURL.goal($0).path), .text($0)) } ?? .text("—")),
                        .td(.text(f.message)),
                        .td(.text(f.sources.map { "\($0.line)" }.joined(separator: "・"))))
                })
            )),
        ]))
    }
}
