import Foundation
import PlanCore
import Plot
import PlanStore

/// The page frame shared by every page: Japanese, a skip link, the site navigation, one
/// `<main>` with the page's `<h1>`, and the print-friendly style sheet.
enum Layout {
    /// Who is viewing, for the header (set for each request by `AuthMiddleware`).
    struct Viewer: Sendable {
        var name: String
        var role: Role
        var csrf: String
    }
    @TaskLocal static var viewer: Viewer?

    struct Crumb {
        var title: String
        var url: SiteURL?
    }

    static let siteName = "アクションプラン進捗ポータル"

    static func page(title: String, planTitle: String? = nil, crumbs: [Crumb] = [], description: String? = nil,
                     inlineStyles: Bool = false, bodyClass: String? = nil, data: [(label: String, url: String)] = [],
                     _ content: Node<HTML.BodyContext>) -> String {
        let html = HTML(
            .lang(.japanese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) | \(siteName)"),
                .unwrap(description) { .meta(.name("description"), .content(escapeAttribute($0))) },
                inlineStyles ? .element(named: "style", nodes: [.raw(Stylesheet.css)]) : .link(.rel(.stylesheet), .href(SiteURL.styles.path))
            ),
            .body(
                .unwrap(bodyClass) { .class($0) },
                .a(.class("skip-link"), .href("#main"), "本文へ移動"),
                .header(
                    .class("site-header"),
                    .p(.class("site-name"), .a(.href(SiteURL.home.path), .text(planTitle ?? siteName))),
                    .nav(
                        .attribute(named: "aria-label", value: "サイト内"),
                        .ul(
                            .li(.a(.href(SiteURL.home.path), "計画の概要")),
                            .li(.a(.href(SiteURL.visionChart.path), "ロジックチャート")),
                            .li(.a(.href(SiteURL.search(nil).path), "検索")),
                            .li(.a(.href(SiteURL.lint.path), "点検結果")),
                            .li(.a(.href(SiteURL.scoped("/dashboard")), "ダッシュボード")),
                            .li(.a(.href(SiteURL.scoped("/report")), "報告書")),
                            .li(.a(.href(SiteURL.scoped("/opendata")), "オープンデータ")),
                            .li(.a(.href(SiteURL.openAPI.path), "API")),
                            accountLinks()
                        )
                    )
                ),
                .if(!crumbs.isEmpty, breadcrumbs(crumbs)),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), content),
                .footer(.class("site-footer"),
                        .p("出典: 計画書の表から抽出したテキスト。数値・文言は計画書の印字どおりです（誤字も含む）。"),
                        .p(.text("このページのデータ: "), .a(.href(SiteURL.scoped("/opendata")), "オープンデータ（CSV・JSON）"), .text("・"),
                           .a(.href(SiteURL.openAPI.path), "API（JSON）")))
            )
        )
        return html.render()
    }

    static func accountLinks() -> Node<HTML.ListContext> {
        guard let v = viewer else { return .li(.a(.href("/login"), "職員ログイン")) }
        let home = v.role == .department ? "/my" : "/office"
        return .group([
            .li(.a(.href(SiteURL.scoped(home)), .text(v.role == .department ? "実績の入力" : "進行管理"))),
            .li(.class("account"),
                .form(.method(.post), .action("/logout"), .class("inline"),
                      csrfField(v.csrf),
                      .button(.type(.submit), .class("link"), .text("ログアウト（\(v.name)）")))),
        ])
    }

    static func csrfField(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("_csrf"), .value(escapeAttribute(token)))
    }

    static func breadcrumbs(_ crumbs: [Crumb]) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs"),
            .attribute(named: "aria-label", value: "現在位置"),
            .ol(.forEach(crumbs) { crumb in
                .li(crumb.url.map { .a(.href($0.path), .text(crumb.title)) } ?? .span(.attribute(named: "aria-current", value: "page"), .text(crumb.title)))
            })
        )
    }

    /// A table of numbers with header cells for rows and columns.
    static func yearHeader(_ year: FiscalYear) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text("令和\(year.reiwa)年度"), .br(), .span(.class("western"), .text("（\(year.westernYear)年度）")))
    }

    static func number(_ value: Decimal?) -> Node<HTML.BodyContext> {
        guard let value else { return .span(.class("none"), .attribute(named: "title", value: "目標なし"), "—") }
        return .text(NumberCell.display(value))
    }

    static func flags(_ p: Placement) -> Node<HTML.BodyContext> {
        .group([
            p.relisted ? .span(.class("tag relisted"), "再掲") : .empty,
            p.priority ? .span(.class("tag priority"), "重点PJ") : .empty,
            p.implementationPlan ? .span(.class("tag implementation"), "実施計画事業") : .empty,
        ])
    }

    static func source(_ ref: SourceRef?) -> Node<HTML.BodyContext> {
        guard let ref else { return .empty }
        return .span(.class("source"), .text("出典 \(ref.document) \(ref.line)行目"))
    }
}

/// Escapes a value placed in an HTML attribute (Plot escapes text nodes, not attribute values).
func escapeAttribute(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.count)
    for c in value {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}

/// The Japanese error page (404, 400, 500).
enum ErrorPage {
    static func render(status: HTTPStatusLike, message: String) -> String {
        let title: String
        switch status.code {
        case 404: title = "ページが見つかりません"
        case 400: title = "リクエストの内容に誤りがあります"
        default: title = "エラーが発生しました"
        }
        return Layout.page(title: title, .group([
            .h1(.text(title)),
            .p(.text(message)),
            .p(.a(.href(SiteURL.home.path), "計画の概要へ戻る"), "　", .a(.href(SiteURL.search(nil).path), "計画を検索する")),
        ]))
    }
}

/// The part of an HTTP status the error page needs (keeps this file free of Vapor).
protocol HTTPStatusLike { var code: UInt { get } }
