import Foundation
import PlanCore
import Plot
import PlanStore

/// `/opendata` — every published figure as downloadable files (CSV and JSON), and one archive.
enum OpenDataPage {
    static func render(plan: Plan, files: [String]) -> String {
        func describe(_ name: String) -> String {
            switch name {
            case "plan.csv", "structure.csv", "table.csv": "計画のCSV形式（3つで1組。actionplan import で読み込めます）"
            case "goals.csv", "goals.json": "目指す姿(N-M) の一覧"
            case "indicators.json": "行動指標と目標値（掲載ごと）"
            default:
                if name.hasPrefix("actuals-") { "公表済みの実績（記入様式と同じ形。actionplan actuals import で読み込めます）" }
                else if name.hasPrefix("evaluations-") { "公表済みの実績の達成率と評価" }
                else if name.hasPrefix("self-evaluations-") { "自己評価・今後の方向性・マイルストーンの状況" }
                else { "" }
            }
        }
        return Layout.page(title: "オープンデータ", planTitle: plan.title,
                           crumbs: [.init(title: "計画の概要", url: .home), .init(title: "オープンデータ", url: nil)], .group([
            .h1("オープンデータ"),
            .p("公表済みの数値をCSV（UTF-8 BOM付き）とJSONで提供します。古いExcel向けには各CSVの「CP932」を使ってください。列と項目の意味は docs/open-data.md にあります。"),
            .p(.a(.href(SiteURL.scoped("/opendata/\(SiteURL.escape(plan.id))-opendata.zip")), .text("すべてをまとめてダウンロード（ZIP）"))),
            .table(.caption("ファイルの一覧"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), "ファイル"), .th(.attribute(named: "scope", value: "col"), "内容"),
                              .th(.attribute(named: "scope", value: "col"), "古いExcel向け"))),
                   .tbody(.forEach(files) { name in
                       .tr(.th(.attribute(named: "scope", value: "row"), .a(.href(SiteURL.scoped("/opendata/\(SiteURL.escape(name))")), .text(name))),
                           .td(.text(describe(name))),
                           .td(name.hasSuffix(".csv") ? .a(.href(SiteURL.scoped("/opendata/\(SiteURL.escape(name))?encoding=cp932")), "CP932") : .text("—")))
                   })),
        ]))
    }
}

/// `/plans` — every plan of the installation.
enum PlanListPage {
    static func list(_ plans: [PlanSummary]) -> Node<HTML.BodyContext> {
        .nav(.class("plans"), .attribute(named: "aria-label", value: "登録されている計画"),
             .h2("登録されている計画"),
             .ul(.forEach(plans) { p in
                 .li(.a(.href("/plans/\(SiteURL.escape(p.id))"), .text(p.title)), .text("（\(p.municipality)）"))
             }))
    }

    static func render(_ plans: [PlanSummary]) -> String {
        Layout.page(title: "計画の一覧", .group([
            .h1("計画の一覧"),
            plans.isEmpty ? .p("計画が登録されていません。") : list(plans),
        ]))
    }
}
