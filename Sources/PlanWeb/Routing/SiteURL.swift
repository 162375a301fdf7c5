import Foundation
import PlanCore
import PlanServices

/// Every route of the site, by what it is. `SiteURL` values build links; the same routes
/// register the handlers (`Route.template`), so that routes and links cannot drift.
public enum Route: String, CaseIterable, Sendable {
    // A plan's public pages (at the root for the default plan, and under /plans/{plan}).
    case home, node, indicator, search, vision, dashboard, report, openData, openDataFile, dataDictionary
    // A plan's staff pages.
    case lint, my, myTemplate, myActuals, myUpload, mySubmit, myItem
    case office, officeNotReported, officeAudit, officeWorkflow, officePublishYear, officeLock, officeGrading, officeDueDate, officeRemind
    case officeDepartments, officeAssignments, officeUsers, officeReview, officeAPITokens
    case activities, activitiesUpload, activityFigure
    // The installation.
    case plans, login, logout, password, styles, healthz, openAPI, metrics

    /// Whether the route belongs to a plan (registered at the root and under /plans/{plan}).
    public var isPlanScoped: Bool {
        switch self {
        case .plans, .login, .logout, .password, .styles, .healthz, .openAPI, .metrics: false
        default: true
        }
    }

    /// Path components for registration; `:name` is a parameter.
    public var template: [String] {
        switch self {
        case .home: []
        case .node: [":level", ":id"]
        case .indicator: ["indicators", ":id"]
        case .search: ["search"]
        case .vision: ["vision"]
        case .dashboard: ["dashboard"]
        case .report: ["report"]
        case .openData: ["opendata"]
        case .openDataFile: ["opendata", ":file"]
        case .dataDictionary: ["opendata", "dictionary"]
        case .lint: ["lint"]
        case .my: ["my"]
        case .myTemplate: ["my", "template.csv"]
        case .myActuals: ["my", "actuals"]
        case .myUpload: ["my", "upload"]
        case .mySubmit: ["my", "submit"]
        case .myItem: ["my", "items", ":id"]
        case .office: ["office"]
        case .officeNotReported: ["office", "not-reported"]
        case .officeAudit: ["office", "audit"]
        case .officeWorkflow: ["office", "workflow"]
        case .officePublishYear: ["office", "publish-year"]
        case .officeLock: ["office", "lock"]
        case .officeGrading: ["office", "grading"]
        case .officeDueDate: ["office", "due-date"]
        case .officeRemind: ["office", "remind"]
        case .officeDepartments: ["office", "departments"]
        case .officeAssignments: ["office", "assignments"]
        case .officeUsers: ["office", "users"]
        case .officeAPITokens: ["office", "api-tokens"]
        case .officeReview: ["office", "review", ":department"]
        case .activities: ["activities"]
        case .activitiesUpload: ["activities", "upload"]
        case .activityFigure: ["activities", "figures", ":id"]
        case .plans: ["plans"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .password: ["account", "password"]
        case .styles: ["styles.css"]
        case .healthz: ["healthz"]
        case .openAPI: ["openapi.json"]
        case .metrics: ["metrics"]
        }
    }

    /// Every method a route answers, if only with 405 and `Allow` (HEAD goes with GET).
    public static let answeredMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "QUERY"]

    /// The methods the route answers (others: 405 with `Allow`).
    public var methods: [String] {
        switch self {
        case .myActuals, .myUpload, .mySubmit, .officeWorkflow, .officePublishYear, .officeLock, .officeGrading, .officeDueDate, .officeRemind,
            .logout, .activitiesUpload:
            ["POST"]
        case .myItem, .officeDepartments, .officeAssignments, .officeUsers, .login, .password, .officeReview, .officeAPITokens, .activities:
            ["GET", "POST"]
        default: ["GET"]
        }
    }

    /// Pages for staff only (never in the public menu or the static site).
    public var isStaff: Bool {
        switch self {
        case .lint, .my, .myTemplate, .myActuals, .myUpload, .mySubmit, .myItem, .office, .officeNotReported, .officeAudit, .officeWorkflow,
            .officePublishYear, .officeLock, .officeGrading, .officeDueDate, .officeRemind, .officeDepartments, .officeAssignments, .officeUsers,
            .officeReview, .officeAPITokens, .password, .logout, .activities, .activitiesUpload, .activityFigure:
            true
        default: false
        }
    }

    /// Public pages have an English version under `/en` (data files are the same in every language).
    public var isTranslated: Bool { isPlanScoped && !isStaff && self != .openDataFile || self == .plans }

    /// Words reserved by routes: a plan level's page path must not be one of them.
    public static let reservedSegments: Set<String> = Set(allCases.compactMap { $0.template.first }.filter { !$0.hasPrefix(":") } + ["api", "en"])
}

/// A link to a page of the site.
public enum SiteURL: Equatable, Sendable {
    case home
    case node(level: String, id: String)
    case indicator(String)
    case search(String?)
    case vision
    case dashboard(FiscalYear?)
    case report(FiscalYear?)
    /// The report with figures not yet published, for staff (`?year=R6&draft=1`).
    case draftReport(FiscalYear)
    case openData
    case openDataFile(String)
    case dataDictionary
    /// The plan check, all findings or those of one severity (`?severity=warning`).
    case lint(String?)
    case my(FiscalYear?)
    case myTemplate(FiscalYear)
    case myActuals
    case myUpload(FiscalYear)
    case mySubmit
    case myItem(String, FiscalYear?)
    case office(FiscalYear?)
    case officeNotReported(FiscalYear?)
    case officeAudit
    case officeWorkflow
    case officePublishYear
    case officeLock
    case officeGrading
    case officeDueDate
    case officeRemind
    case officeDepartments
    case officeAssignments
    case officeUsers
    case officeAPITokens
    case officeReview(department: String, year: FiscalYear?)
    /// Activity records (of a kind and a year when given) and the figures computed from them.
    case activities(kind: String?, year: FiscalYear?)
    case activitiesUpload
    /// What a computed figure is made of.
    case activityFigure(indicator: String, year: FiscalYear)
    case plans
    case login(next: String?)
    case logout
    case password
    case styles
    case healthz
    case openAPI
    case metrics

    public var route: Route {
        switch self {
        case .home: .home
        case .node: .node
        case .indicator: .indicator
        case .search: .search
        case .vision: .vision
        case .dashboard: .dashboard
        case .report, .draftReport: .report
        case .openData: .openData
        case .openDataFile: .openDataFile
        case .dataDictionary: .dataDictionary
        case .lint: .lint
        case .my: .my
        case .myTemplate: .myTemplate
        case .myActuals: .myActuals
        case .myUpload: .myUpload
        case .mySubmit: .mySubmit
        case .myItem: .myItem
        case .office: .office
        case .officeNotReported: .officeNotReported
        case .officeAudit: .officeAudit
        case .officeWorkflow: .officeWorkflow
        case .officePublishYear: .officePublishYear
        case .officeLock: .officeLock
        case .officeGrading: .officeGrading
        case .officeDueDate: .officeDueDate
        case .officeRemind: .officeRemind
        case .officeDepartments: .officeDepartments
        case .officeAssignments: .officeAssignments
        case .officeUsers: .officeUsers
        case .officeAPITokens: .officeAPITokens
        case .officeReview: .officeReview
        case .activities: .activities
        case .activitiesUpload: .activitiesUpload
        case .activityFigure: .activityFigure
        case .plans: .plans
        case .login: .login
        case .logout: .logout
        case .password: .password
        case .styles: .styles
        case .healthz: .healthz
        case .openAPI: .openAPI
        case .metrics: .metrics
        }
    }

    /// Values for the template's parameters, in order.
    var parameters: [String] {
        switch self {
        case .node(let level, let id): [level, id]
        case .indicator(let id), .myItem(let id, _), .openDataFile(let id), .activityFigure(let id, _): [id]
        case .officeReview(let d, _): [d]
        default: []
        }
    }

    /// The query string (without `?`), if any.
    var query: String? {
        func year(_ y: FiscalYear?) -> String? { y.map { "year=\($0.code)" } }
        switch self {
        case .search(let q): return q.flatMap { $0.isEmpty ? nil : "q=" + Self.escapeQuery($0) }
        case .dashboard(let y), .report(let y), .my(let y), .office(let y), .officeNotReported(let y), .myItem(_, let y), .officeReview(_, let y):
            return year(y)
        case .myTemplate(let y), .myUpload(let y): return year(y)
        case .activityFigure(_, let y): return year(y)
        case .activities(let kind, let y):
            let parts = [kind.map { "kind=" + Self.escapeQuery($0) }, year(y)].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: "&")
        case .draftReport(let y): return "year=\(y.code)&draft=1"
        case .lint(let severity): return severity.map { "severity=" + Self.escapeQuery($0) }
        case .login(let next): return next.map { "next=" + Self.escapeQuery($0) }
        default: return nil
        }
    }

    /// The path within a plan (or of the installation), without the plan prefix.
    public var relativePath: String {
        var values = parameters.makeIterator()
        let parts = route.template.map { part -> String in
            part.hasPrefix(":") ? Self.escapeSegment(values.next() ?? "") : part
        }
        let path = "/" + parts.joined(separator: "/")
        return path + (query.map { "?" + $0 } ?? "")
    }

    private static let segmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#&'\"<>;%"))
    private static let queryAllowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#'\"<>;%"))

    /// Whether a byte never needs escaping in a path segment or a query value (letters, digits, `-._~`).
    private static func isUnreserved(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E
    }

    static func escapeSegment(_ segment: String) -> String {
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? segment
    }

    static func escapeQuery(_ value: String) -> String {
        if value.utf8.allSatisfy(isUnreserved) { return value }
        return value.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? value
    }
}

/// Builds links for pages of one plan (its prefix) in one language: the only way views make URLs.
public struct Links: Sendable, Equatable {
    /// `""` for the default plan at the root, `/plans/{id}` otherwise.
    public var base: String
    public var lang: Lang
    /// For a published static site: the folder the site lives under (`/actionplan/`), and the
    /// file each page is written to.
    public var staticBase: String?

    public init(base: String, lang: Lang = .ja, staticBase: String? = nil) {
        self.base = base
        self.lang = lang
        self.staticBase = staticBase
    }

    /// The prefix of a plan's pages: the default plan's are at the root.
    public static func base(plan: String, defaultPlan: String) -> String {
        plan == defaultPlan ? "" : "/plans/" + SiteURL.escapeSegment(plan)
    }

    /// The URL of a page, in this plan and language.
    public func href(_ url: SiteURL) -> String {
        let langPrefix = lang == .en && url.route.isTranslated ? "/en" : ""
        if let staticBase { return StaticPaths.file(for: url, base: base, langPrefix: langPrefix, root: staticBase) }
        let relative = url.relativePath
        guard url.route.isPlanScoped else { return (url.route.isTranslated ? langPrefix : "") + relative }
        let prefix = langPrefix + base
        if prefix.isEmpty { return relative }
        if relative == "/" { return prefix }
        if relative.hasPrefix("/?") { return prefix + relative.dropFirst() }
        return prefix + relative
    }

    /// The same page in the other language.
    public func other(_ url: SiteURL) -> String {
        var l = self
        l.lang = lang == .ja ? .en : .ja
        return l.href(url)
    }
}

/// Where pages go in the published static site: each page a file (`goals/3-1/index.html`), links
/// relative to the site's base path.
enum StaticPaths {
    static func file(for url: SiteURL, base: String, langPrefix: String, root: String) -> String {
        let path = langPrefix + (url.route.isPlanScoped ? base + url.relativePath : url.relativePath)
        var clean = path.split(separator: "?").first.map(String.init) ?? path
        if url.route == .openDataFile || url.route == .styles || url.route == .openAPI { return root + clean.drop { $0 == "/" } }
        if case .search = url { clean = langPrefix + base + "/search" }
        if case .report(let y?) = url { clean += "/\(y.code)" }
        if case .dashboard(let y?) = url { clean += "/\(y.code)" }
        var trimmed = Substring(clean).drop { $0 == "/" }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return root + (trimmed.isEmpty ? "" : trimmed + "/")
    }
}

/// The language of a page.
public enum Lang: String, Sendable, Equatable {
    case ja, en
}

extension Links {
    /// The full address of a page for a message sent out of the site (a reminder's link to the
    /// clerks' entry page), from the configured public address; nil when none is configured.
    public static func absolute(_ url: SiteURL, plan: String, configuration: AppConfiguration) -> String? {
        guard let site = configuration.siteURL else { return nil }
        return site + Links(base: base(plan: plan, defaultPlan: configuration.defaultPlan)).href(url)
    }
}
