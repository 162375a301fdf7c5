import Foundation
import PlanCore
import PlanServices
import PlanStore
import Plot

/// Small form and table helpers.
enum Forms {
    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(escapeAttribute(value)))
    }

    /// A `<select>` (written by hand, escaped: Plot's option elements carry no text).
    static func select(
        id: String, name: String, options: [(value: String, label: String)], selected: String?, describedBy: String? = nil
    ) -> Node<HTML.FormContext> {
        var html =
            "<select id=\"\(escapeAttribute(id))\" name=\"\(escapeAttribute(name))\"\(describedBy.map { " aria-describedby=\"\(escapeAttribute($0))\"" } ?? "")>"
        for o in options {
            html += "<option value=\"\(escapeAttribute(o.value))\"\(o.value == selected ? " selected" : "")>\(escapeAttribute(o.label))</option>"
        }
        return .raw(html + "</select>")
    }

    /// A `<textarea>` with escaped content.
    static func textarea(
        id: String, name: String, rows: Int, text: String, readonly: Bool = false, describedBy: String? = nil
    ) -> Node<HTML.FormContext> {
        .raw(
            "<textarea id=\"\(escapeAttribute(id))\" name=\"\(escapeAttribute(name))\" rows=\"\(rows)\"\(readonly ? " readonly" : "")\(describedBy.map { " aria-describedby=\"\(escapeAttribute($0))\"" } ?? "")>\(escapeAttribute(text))</textarea>"
        )
    }

    static func yearPicker(_ ctx: PageContext, years: [FiscalYear], selected: FiscalYear, action: SiteURL) -> Node<HTML.BodyContext> {
        if ctx.isStatic {
            // The published site has no server to answer a form: a link to each year's page.
            func url(_ y: FiscalYear) -> SiteURL? {
                switch action {
                case .dashboard: return .dashboard(y)
                case .report: return .report(y)
                default: return nil
                }
            }
            guard url(selected) != nil else { return .empty }
            return .nav(
                .class("years"), .attribute(named: "aria-label", value: ctx.s(.year)),
                .ul(
                    .class("inline"),
                    .forEach(years) { y in
                        y == selected
                            ? .li(.strong(.attribute(named: "aria-current", value: "page"), .text(ctx.s.year(y))))
                            : .li(.a(.href(ctx.href(url(y)!)), .text(ctx.s.year(y))))
                    }))
        }
        let path = ctx.href(action).split(separator: "?").first.map(String.init) ?? ctx.href(action)
        return .form(
            .method(.get), .action(path), .class("inline year-picker"),
            .label(.for("year"), .text(ctx.s(.year) + " ")),
            select(id: "year", name: "year", options: years.map { ($0.code, ctx.s.year($0)) }, selected: selected.code),
            .button(.type(.submit), .text(ctx.s(.show))))
    }

    /// Notices and errors (errors first, announced to screen readers).
    static func messages(_ notices: [String], _ errors: [String], title: String = Strings(lang: .ja)(.inputRefused)) -> Node<HTML.BodyContext> {
        .group([
            .if(
                !errors.isEmpty,
                .div(
                    .class("errors"), .attribute(named: "role", value: "alert"), .id("errors"),
                    .h2(.text(title)), .ul(.forEach(errors) { .li(.text($0)) }))),
            .if(!notices.isEmpty, .div(.class("notice"), .attribute(named: "role", value: "status"), .ul(.forEach(notices) { .li(.text($0)) }))),
        ])
    }

    /// The achievement rate as shown: `96.0%`, or why there is none.
    static func rate(_ e: Evaluation, _ s: Strings) -> String {
        switch e.status {
        case .graded: return Format.rate(e.achievementRate)
        case .notReported: return s(.notReported)
        case .noTarget: return "—"
        case .undefined: return "—"
        }
    }

    /// An `<input>` with any attributes (escaped); attributes with a nil value are left out.
    static func input<C>(_ attributes: [(String, String?)]) -> Node<C> {
        .raw("<input" + attributes.compactMap { name, value in value.map { " \(name)=\"\(escapeAttribute($0))\"" } }.joined() + ">")
    }

    static func th(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .unwrap(numeric ? "num" : nil) { .class($0) }, .text(text))
    }
}
