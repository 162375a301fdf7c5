import Foundation
import PlanCore
import PlanStore
import Plot

/// What every page needs to know about the request it answers: how to build links (the plan's
/// prefix, the language), who is viewing, and which page this is (for the language switch).
struct PageContext {
    struct ViewerInfo {
        var name: String
        var role: Role
        var csrf: String
    }
    var links: Links
    var planTitle: String?
    var planID: String?
    var viewer: ViewerInfo?
    var current: SiteURL
    /// A page of the published static site: no staff links, no forms that need the server.
    var isStatic: Bool = false
    /// Whether the plan has a logic chart (its page is in the navigation only then).
    var hasVisionChart: Bool = true

    var s: Strings { Strings(lang: links.lang) }
    var lang: Lang { links.lang }
    func href(_ url: SiteURL) -> String { links.href(url) }
}

/// The page frame shared by every page: the language, a skip link, the site navigation (public
/// pages only; staff pages appear only to staff), one `<main>` with the page's `<h1>`, and the
/// print-friendly style sheet.
enum Layout {
    struct Crumb {
        var title: String
        var url: SiteURL?
    }

    static func page(
        _ ctx: PageContext, title: String, crumbs: [Crumb] = [], description: String? = nil, inlineStyles: Bool = false,
        bodyClass: String? = nil, data: [(label: String, url: String)] = [], alternates: [(rel: String, type: String, url: String)] = [],
        _ content: Node<HTML.BodyContext>
    ) -> String {
        let s = ctx.s
        let html = HTML(
            .lang(ctx.lang == .en ? .english : .japanese),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) | \(ctx.planTitle ?? s(.siteName))"),
                .unwrap(description) { .meta(.name("description"), .content(escapeAttribute($0))) },
                .forEach(alternates) { a in
                    .link(.attribute(named: "rel", value: a.rel), .attribute(named: "type", value: a.type), .href(a.url))
                },
                inlineStyles ? .element(named: "style", nodes: [.raw(Stylesheet.css)]) : .link(.rel(.stylesheet), .href(ctx.href(.styles)))
            ),
            .body(
                .unwrap(bodyClass) { .class($0) },
                .a(.class("skip-link"), .href("#main"), .text(s(.skipToContent))),
                .header(
                    .class("site-header"),
                    .p(.class("site-name"), .a(.href(ctx.href(.home)), .text(ctx.planTitle ?? s(.siteName)))),
                    .nav(
                        .attribute(named: "aria-label", value: s(.navigation)),
                        .ul(
                            .li(.a(.href(ctx.href(.home)), .text(s(.overview)))),
                            .if(!ctx.isStatic, .li(.a(.href(ctx.href(.search(nil))), .text(s(.search))))),
                            .li(.a(.href(ctx.href(.dashboard(nil))), .text(s(.dashboard)))),
                            .li(.a(.href(ctx.href(.report(nil))), .text(s(.report)))),
                            .li(.a(.href(ctx.href(.openData)), .text(s(.openData)))),
                            .if(!ctx.isStatic && ctx.hasVisionChart, .li(.a(.href(ctx.href(.vision)), .text(s(.visionChart))))),
                            .li(
                                .a(
                                    .attribute(named: "lang", value: ctx.lang == .ja ? "en" : "ja"), .href(ctx.links.other(ctx.current)),
                                    .text(s(.otherLanguage)))),
                            accountLinks(ctx)
                        )
                    )
                ),
                .if(!crumbs.isEmpty, breadcrumbs(ctx, crumbs)),
                .main(.id("main"), .attribute(named: "tabindex", value: "-1"), content),
                .footer(
                    .class("site-footer"),
                    .p(.text(s(.footerSource))),
                    .if(
                        !data.isEmpty || !ctx.isStatic,
                        .p(
                            .text(s(.footerData) + " "),
                            .forEach(data + [(s(.openData), ctx.href(.openData))]) { d in .group([.a(.href(d.url), .text(d.label)), .text(" ")]) })))
            )
        )
        return html.render()
    }

    /// The staff menu for staff; a sign-in link otherwise (none on the static site).
    static func accountLinks(_ ctx: PageContext) -> Node<HTML.ListContext> {
        if ctx.isStatic { return .empty }
        guard let v = ctx.viewer else { return .li(.a(.href(ctx.href(.login(next: nil))), .text(ctx.s(.staffLogin)))) }
        let s = ctx.s
        let staff: [Node<HTML.ListContext>] =
            v.role == .department
            ? [.li(.a(.href(ctx.href(.my(nil))), .text(s(.myPage))))]
            : [.li(.a(.href(ctx.href(.office(nil))), .text(s(.officePage)))), .li(.a(.href(ctx.href(.lint(nil))), .text(s(.lint))))]
        return .group(
            staff + [
                .li(
                    .class("account"),
                    .form(
                        .method(.post), .action(ctx.href(.logout)), .class("inline"),
                        csrfField(v.csrf),
                        .button(.type(.submit), .class("link"), .text("\(s(.logout))（\(v.name)）"))))
            ])
    }

    static func csrfField(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("_csrf"), .value(escapeAttribute(token)))
    }

    static func breadcrumbs(_ ctx: PageContext, _ crumbs: [Crumb]) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs"),
            .attribute(named: "aria-label", value: ctx.s(.youAreHere)),
            .ol(
                .forEach(crumbs) { crumb in
                    .li(
                        crumb.url.map { .a(.href(ctx.href($0)), .text(crumb.title)) }
                            ?? .span(.attribute(named: "aria-current", value: "page"), .text(crumb.title)))
                })
        )
    }

    /// A column header for a fiscal year: `令和6年度` over `（2024年度）`.
    static func yearHeader(_ ctx: PageContext, _ year: FiscalYear, role: TargetYear.Role? = nil) -> Node<HTML.TableRowContext> {
        let (a, b) = ctx.s.yearShort(year)
        let roleText: String? = role.flatMap { r in r == .intermediate || r == .final ? ctx.s.targetRole(r) : nil }
        return .th(
            .attribute(named: "scope", value: "col"), .class("num"), .text(a), .br(), .span(.class("western"), .text(b)),
            .unwrap(roleText) { .group([.br(), .span(.class("role"), .text($0))]) })
    }

    /// A number as people read it (1,750), or — for none (no target, never 0).
    static func number(_ ctx: PageContext, _ value: Decimal?, unit: String = "") -> Node<HTML.BodyContext> {
        guard let value else { return .span(.class("none"), .attribute(named: "title", value: ctx.s(.noTarget)), "—") }
        return .text(Format.number(value) + unit)
    }

    static func flags(_ plan: Plan, _ node: PlanNode, _ ctx: PageContext) -> Node<HTML.BodyContext> {
        .group([
            node.relisted ? .span(.class("tag relisted"), .text(ctx.s(.relisted))) : .empty,
            .forEach(plan.flags.filter { node.flags.contains($0.key) }) { f in .span(.class("tag flag"), .text(ctx.s.flagName(f))) },
        ])
    }
}

/// How numbers are written everywhere: thousands separators, rates with one decimal.
enum Format {
    static func number(_ v: Decimal) -> String { NumberCell.display(v) }
    static func rate(_ v: Decimal?) -> String { v.map(NumberCell.percent) ?? "—" }
    /// A value rounded to the precision the plan writes the indicator with.
    static func projected(_ v: Decimal, indicator: Indicator) -> String {
        NumberCell.display(v, maximumFractionDigits: Forecaster.precision(indicator))
    }
}

/// Escapes a value placed in an HTML attribute (Plot escapes text nodes, not attribute values).
func escapeAttribute(_ value: String) -> String { HTMLEscape.escape(value) }

/// Escaping for HTML, SVG and XML: `&`, `<`, `>`, `"` and `'` as entities, every other character
/// as it is. Byte by byte over the UTF-8 (the five are ASCII); most text has none of them and is
/// returned unchanged without a copy.
enum HTMLEscape {
    static func escape(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for b in utf8 {
            switch b {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Node {
    /// Text, escaped (shadows Plot's `.text`, whose escaping builds a string per character and
    /// cost a sixth of drawing a page; it also left `&amp;`-like sequences unescaped, so that a
    /// plan printing `&amp;` showed `&`).
    static func text(_ text: String) -> Node { .raw(HTMLEscape.escape(text)) }
}

/// The error page (404, 400, 403, 405, 500), in the request's language.
enum ErrorPage {
    static func render(_ ctx: PageContext, status: UInt, message: String) -> String {
        let s = ctx.s
        let title: String
        switch status {
        case 404: title = s(.notFoundTitle)
        case 400, 422: title = s(.badRequestTitle)
        case 403: title = s(.forbiddenTitle)
        case 405: title = s(.methodNotAllowedTitle)
        default: title = s(.errorTitle)
        }
        return Layout.page(
            ctx, title: title,
            .group([
                .h1(.text(title)),
                .p(.text(message)),
                .p(
                    .a(.href(ctx.href(.home)), .text(s(.backToOverview))),
                    .if(!ctx.isStatic, .group(["　", .a(.href(ctx.href(.search(nil))), .text(s(.search)))]))),
            ]))
    }
}
