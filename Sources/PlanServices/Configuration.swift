import Foundation
import Logging
import PlanCore
import PlanData
import PlanStore

/// The application's configuration, read once at start-up from environment variables and
/// command-line flags into one typed value. Documented in the README.
public struct AppConfiguration: Sendable, Equatable {
    public var database: DatabaseLocation
    public var hostname: String
    public var port: Int
    public var logLevel: Logger.Level
    /// The plan shown at `/` and used by commands when none is named.
    public var defaultPlan: String
    /// Load the embedded plan into an empty database.
    public var seedEmbeddedPlan: Bool
    /// Peers whose `X-Forwarded-For` is believed (the reverse proxies in front, e.g. nginx).
    public var trustedProxies: [String]
    /// Eras added to the standard table (name, abbreviation, start).
    public var eras: EraTable
    /// Plans whose pages are built on start (warm cache), by id; empty: none.
    public var cacheCapacity: Int

    public init(
        database: DatabaseLocation = .sqlite(path: "actionplan.sqlite"), hostname: String = "127.0.0.1", port: Int = 8080,
        logLevel: Logger.Level = .info, defaultPlan: String = PlanData.defaultPlanID, seedEmbeddedPlan: Bool = true,
        trustedProxies: [String] = [], eras: EraTable = .standard, cacheCapacity: Int = 256
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.logLevel = logLevel
        self.defaultPlan = defaultPlan
        self.seedEmbeddedPlan = seedEmbeddedPlan
        self.trustedProxies = trustedProxies
        self.eras = eras
        self.cacheCapacity = cacheCapacity
    }

    /// Environment variables read at start-up.
    public enum Key {
        /// `postgres://…` selects PostgreSQL; unset means SQLite.
        public static let databaseURL = "DATABASE_URL"
        /// The SQLite file (default `actionplan.sqlite` in the working directory).
        public static let sqlitePath = "ACTIONPLAN_SQLITE_PATH"
        public static let hostname = "ACTIONPLAN_HOSTNAME"
        public static let port = "ACTIONPLAN_PORT"
        /// trace, debug, info, notice, warning, error, critical.
        public static let logLevel = "LOG_LEVEL"
        public static let defaultPlan = "ACTIONPLAN_DEFAULT_PLAN"
        /// Comma-separated addresses of reverse proxies whose `X-Forwarded-For` is believed.
        public static let trustedProxies = "ACTIONPLAN_TRUSTED_PROXIES"
        /// More eras: `名前:略号:開始日;…` (e.g. `新元号:N:2045-05-01`).
        public static let eras = "ACTIONPLAN_ERAS"
        /// How many plans' rendered pages and evaluations stay in memory.
        public static let cacheCapacity = "ACTIONPLAN_CACHE_PLANS"
    }

    /// A configuration problem, in words the operator can act on.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the environment; flags (when given) win over environment variables.
    public static func load(
        environment env: [String: String] = ProcessInfo.processInfo.environment,
        hostname: String? = nil, port: Int? = nil
    ) throws -> AppConfiguration {
        var config = AppConfiguration()
        if let url = env[Key.databaseURL], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Invalid(description: "\(Key.databaseURL) は postgres://ユーザー:パスワード@ホスト:5432/データベース の形で指定してください（SQLite を使うときは設定しないでください）")
            }
            config.database = .postgres(url: url)
        } else if let path = env[Key.sqlitePath], !path.isEmpty {
            config.database = path == ":memory:" ? .sqliteMemory : .sqlite(path: path)
        }
        if let h = hostname ?? env[Key.hostname], !h.isEmpty { config.hostname = h }
        if let p = port {
            config.port = p
        } else if let text = env[Key.port], !text.isEmpty {
            guard let p = Int(text) else { throw Invalid(description: "\(Key.port) はポート番号（例: 8080）で指定してください（「\(text)」）") }
            config.port = p
        }
        guard (1...65535).contains(config.port) else { throw Invalid(description: "ポート番号は 1〜65535 で指定してください（\(config.port)）") }
        if let level = env[Key.logLevel], !level.isEmpty {
            guard let l = Logger.Level(rawValue: level.lowercased()) else {
                throw Invalid(description: "\(Key.logLevel) は trace・debug・info・notice・warning・error・critical のいずれかです（「\(level)」）")
            }
            config.logLevel = l
        }
        if let plan = env[Key.defaultPlan], !plan.isEmpty {
            if let problem = PlanIdentity.problem(planID: plan) { throw Invalid(description: "\(Key.defaultPlan): \(problem)") }
            config.defaultPlan = plan
        }
        if let proxies = env[Key.trustedProxies], !proxies.isEmpty {
            config.trustedProxies = proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let eras = env[Key.eras], !eras.isEmpty {
            do { config.eras = try EraTable.standard.adding(configuration: eras) } catch {
                throw Invalid(description: "\(Key.eras): \(error.description)")
            }
        }
        if let text = env[Key.cacheCapacity], !text.isEmpty {
            guard let n = Int(text), n >= 1 else { throw Invalid(description: "\(Key.cacheCapacity) は1以上の整数で指定してください（「\(text)」）") }
            config.cacheCapacity = n
        }
        return config
    }
}
