import Foundation
import PlanCore

/// Every link in the site comes from here, so that routes and links cannot drift.
public enum SiteURL: Sendable, Equatable {
    /// The plan prefix of the current request (`/plans/sample-town`), empty for the default plan.
    @TaskLocal static var base: String = ""

    /// A site path within the current plan (`/office` → `/plans/x/office`).
    static func scoped(_ path: String) -> String { base + path }

    case home
    case goal(String)
    case project(String)
    case indicator(String)
    case search(String?)
    case visionChart
    case lint
    case styles
    case openAPI
    case api(String)

    public var path: String {
        switch self {
        case .home: SiteURL.base.isEmpty ? "/" : SiteURL.base
        case .styles, .openAPI: unscoped
        case .api(let rest): "/api/v1" + SiteURL.base + "/" + rest
        default: SiteURL.base + unscoped
        }
    }

    private var unscoped: String {
        switch self {
        case .home: "/"
        case .goal(let code): "/goals/\(Self.escape(code))"
        case .project(let id): "/projects/\(Self.escape(id))"
        case .indicator(let id): "/indicators/\(Self.escape(id))"
        case .search(let q):
            if let q, !q.isEmpty { "/search?q=\(q.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")" } else { "/search" }
        case .visionChart: "/vision"
        case .lint: "/lint"
        case .styles: "/styles.css"
        case .openAPI: "/openapi.json"
        case .api(let rest): "/api/v1/\(rest)"
        }
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#&'\"<>"))) ?? segment
    }
}

extension CharacterSet {
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+#")
        return set
    }()
}
