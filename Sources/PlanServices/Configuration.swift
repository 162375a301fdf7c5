import Foundation
import Logging
import PlanCore
import PlanData
import PlanMail
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
    /// How many megabytes of rendered public pages each instance keeps (least recently used out first).
    public var pageCacheMegabytes: Int = 64
    /// The mail server reminders go through; nil: no mail is sent.
    public var smtp: SMTPConfiguration?
    /// The site's public address (`https://…`), for links in mail; nil: mails carry paths only.
    public var siteURL: String?
    /// The bearer token a metrics scraper sends for `/metrics`; nil: only direct loopback peers.
    public var metricsToken: String?
    /// How long (seconds) a request waits for a database connection before it fails.
    public var databasePoolTimeout: Int64 = 30
    /// PostgreSQL connections per event loop (per core): a read need not wait for a connection
    /// that a save holds through its transaction (SQLite keeps one for reads and one for writes).
    public var databaseConnections: Int = PlanStore.defaultConnectionsPerEventLoop

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
        self.smtp = nil
        self.siteURL = nil
        self.metricsToken = nil
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
        /// How many megabytes of rendered public pages stay in memory (default 64).
        public static let pageCacheMegabytes = "ACTIONPLAN_PAGE_CACHE_MB"
        /// The mail server for reminders (unset: no mail). With `…_PORT` (default 25, 587 with
        /// STARTTLS, 465 with TLS), `…_FROM` (required), `…_USER` and `…_PASSWORD` (AUTH PLAIN),
        /// `…_SECURITY` (none, starttls, tls) and `…_CA_FILE` (a PEM file of CAs to trust).
        public static let smtpHost = "ACTIONPLAN_SMTP_HOST"
        public static let smtpPort = "ACTIONPLAN_SMTP_PORT"
        public static let smtpFrom = "ACTIONPLAN_SMTP_FROM"
        public static let smtpUser = "ACTIONPLAN_SMTP_USER"
        public static let smtpPassword = "ACTIONPLAN_SMTP_PASSWORD"
        public static let smtpSecurity = "ACTIONPLAN_SMTP_SECURITY"
        public static let smtpCAFile = "ACTIONPLAN_SMTP_CA_FILE"
        /// The public address of the site (`https://progress.example.lg.jp`), for links in mail.
        public static let siteURL = "ACTIONPLAN_SITE_URL"
        /// The token Prometheus sends (`Authorization: Bearer …`) for `/metrics`; unset: only
        /// requests from this machine that did not come through a proxy.
        public static let metricsToken = "ACTIONPLAN_METRICS_TOKEN"
        /// Seconds a request waits for a database connection (default 30): in a reporting season
        /// saves queue for SQLite's one writer.
        public static let databasePoolTimeout = "ACTIONPLAN_DB_POOL_TIMEOUT"
        /// PostgreSQL connections per core (default 4): a page read does not wait behind a save
        /// that holds a connection through its transaction.
        public static let databaseConnections = "ACTIONPLAN_DB_CONNECTIONS"
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
        if let text = env[Key.pageCacheMegabytes], !text.isEmpty {
            guard let n = Int(text), (0...65_536).contains(n) else {
                throw Invalid(description: "\(Key.pageCacheMegabytes) は 0〜65536 の整数（MB）で指定してください（「\(text)」、0 はページを保存しない）")
            }
            config.pageCacheMegabytes = n
        }
        config.smtp = try smtp(env)
        if let text = env[Key.databasePoolTimeout], !text.isEmpty {
            guard let n = Int64(text), (1...3600).contains(n) else {
                throw Invalid(description: "\(Key.databasePoolTimeout) は 1〜3600 の秒数で指定してください（「\(text)」）")
            }
            config.databasePoolTimeout = n
        }
        if let text = env[Key.databaseConnections], !text.isEmpty {
            guard let n = Int(text), (1...64).contains(n) else {
                throw Invalid(description: "\(Key.databaseConnections) は 1〜64 の整数（コアごとの接続の数）で指定してください（「\(text)」）")
            }
            config.databaseConnections = n
        }
        if let token = env[Key.metricsToken], !token.isEmpty {
            guard token.count >= 16, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw Invalid(description: "\(Key.metricsToken) は空白のない16文字以上の ASCII の文字列で指定してください")
            }
            config.metricsToken = token
        }
        if let url = env[Key.siteURL], !url.isEmpty {
            guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(where: { $0.isWhitespace }) else {
                throw Invalid(description: "\(Key.siteURL) は https://progress.example.lg.jp の形で指定してください（「\(url)」）")
            }
            config.siteURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        return config
    }

    static func smtp(_ env: [String: String]) throws -> SMTPConfiguration? {
        guard let host = env[Key.smtpHost], !host.isEmpty else { return nil }
        var security = SMTPConfiguration.Security.none
        if let text = env[Key.smtpSecurity], !text.isEmpty {
            guard let s = SMTPConfiguration.Security(rawValue: text.lowercased()) else {
                throw Invalid(description: "\(Key.smtpSecurity) は none・starttls・tls のいずれかです（「\(text)」）")
            }
            security = s
        }
        var port: Int
        switch security {
        case .none: port = 25
        case .starttls: port = 587
        case .tls: port = 465
        }
        if let text = env[Key.smtpPort], !text.isEmpty {
            guard let p = Int(text), (1...65535).contains(p) else { throw Invalid(description: "\(Key.smtpPort) はポート番号（例: 587）で指定してください（「\(text)」）") }
            port = p
        }
        guard let fromText = env[Key.smtpFrom], let from = MailAddress(parsing: fromText) else {
            throw Invalid(
                description: "\(Key.smtpHost) を設定したときは \(Key.smtpFrom) に差出人のアドレスを指定してください（例: 計画担当 <keikaku@example.lg.jp>）"
                    + (env[Key.smtpFrom].map { "（「\($0)」は読めません）" } ?? ""))
        }
        return SMTPConfiguration(
            host: host, port: port, from: from, user: env[Key.smtpUser].flatMap { $0.isEmpty ? nil : $0 }, password: env[Key.smtpPassword],
            security: security, caFile: env[Key.smtpCAFile])
    }
}
