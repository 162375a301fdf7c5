import Foundation
import Logging

/// The application's configuration, read once at start-up from environment variables and
/// command-line flags into one typed value. Documented in the README.
public struct AppConfiguration: Sendable, Equatable {
    /// Where the plans are stored.
    public enum Database: Sendable, Equatable {
        /// An SQLite file (created if missing).
        case sqlite(path: String)
        /// An in-memory SQLite database (tests).
        case sqliteMemory
        /// A PostgreSQL server, `postgres://user:password@host:5432/database`.
        case postgres(url: String)
    }

    public var database: Database
    public var hostname: String
    public var port: Int
    public var logLevel: Logger.Level
    /// The plan shown at `/` and used by commands when none is named.
    public var defaultPlan: String
    /// Load the embedded Setagaya plan into an empty database.
    public var seedEmbeddedPlan: Bool

    public init(database: Database = .sqlite(path: "actionplan.sqlite"), hostname: String = "127.0.0.1", port: Int = 8080,
                logLevel: Logger.Level = .info, defaultPlan: String = "setagaya", seedEmbeddedPlan: Bool = true) {
        self.database = database; self.hostname = hostname; self.port = port; self.logLevel = logLevel
        self.defaultPlan = defaultPlan; self.seedEmbeddedPlan = seedEmbeddedPlan
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
    }

    /// A configuration problem, in words the operator can act on.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the environment; flags (when given) win over environment variables.
    public static func load(environment env: [String: String] = ProcessInfo.processInfo.environment,
                            hostname: String? = nil, port: Int? = nil) throws -> AppConfiguration {
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
        if let plan = env[Key.defaultPlan], !plan.isEmpty { config.defaultPlan = plan }
        return config
    }

    /// The database for logs, with the password hidden.
    public var databaseDescription: String {
        switch database {
        case .sqlite(let path): return "SQLite \(path)"
        case .sqliteMemory: return "SQLite (メモリ)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            if parts.password != nil { parts.password = "***" }
            return "PostgreSQL \(parts.string ?? "")"
        }
    }
}
