import FluentKit
import FluentPostgresDriver
import FluentSQL
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import PlanCore
import PlanData

/// Where the plans are stored.
public enum DatabaseLocation: Sendable, Equatable {
    /// An SQLite file (created if missing).
    case sqlite(path: String)
    /// An in-memory SQLite database (tests).
    case sqliteMemory
    /// A PostgreSQL server, `postgres://user:password@host:5432/database`.
    case postgres(url: String)

    /// The database for logs, with the password hidden.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .sqliteMemory: return "SQLite (メモリ)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "PostgreSQL" }
            if parts.password != nil { parts.password = "***" }
            return "PostgreSQL \(parts.string ?? "")"
        }
    }
}

/// The opened database: the one way to start it (open, migrate, seed) and to stop it, used by
/// `serve`, every command, backup and restore, and the tests. Hands out repositories; the
/// yearly cycle's only for one plan at a time.
public final class PlanStore: Sendable {
    public let location: DatabaseLocation
    public let logger: Logger
    let databases: Databases
    /// Threads for blocking work: SQLite's statements and password hashing.
    public let threadPool: NIOThreadPool
    public let eventLoopGroup: any EventLoopGroup

    /// The migrations, in order. Added, never edited or removed.
    static var migrations: [any Migration] {
        [
            CreatePlanTables(), AddYearlyCycle(), AddTargetRevisions(), AddPlanToUsers(), AddDataStamp(), AddPlanIndexes(),
            AddPlanShape(), AddPlanStamps(), AddLoginAttempts(), AddWebSessions(), MoveLegacyPlans(), StoreWesternYears(), AddPlanToAudit(),
            AddReminders(), AddPasswordChangeRequired(), AddAPITokens(), AddActivityRecords(),
        ]
    }

    /// What to do when the database holds no plan yet.
    public enum Seed: Sendable {
        /// Load the embedded default plan (with its import notes and logic chart).
        case embeddedPlan
        case nothing
    }

    private init(location: DatabaseLocation, logger: Logger, databases: Databases, threadPool: NIOThreadPool, eventLoopGroup: any EventLoopGroup) {
        self.location = location
        self.logger = logger
        self.databases = databases
        self.threadPool = threadPool
        self.eventLoopGroup = eventLoopGroup
    }

    /// Opens the database, runs the (additive) migrations and, when it holds no plan, seeds it —
    /// one instance at a time (`StartupLock`), so that instances started together on an empty
    /// database do not race.
    public static func open(
        _ location: DatabaseLocation, seed: Seed = .embeddedPlan, logger: Logger = Logger(label: "actionplan.store"),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, poolTimeout: Int64 = 30,
        connections: Int = defaultConnectionsPerEventLoop
    ) async throws -> PlanStore {
        // SQLite statements run on this pool, and a writer waiting for another's lock sleeps on its
        // thread (busy_timeout): room for waiters keeps one writer from blocking the thread the
        // lock holder needs to commit.
        let threadPool = NIOThreadPool(numberOfThreads: max(16, 4 * System.coreCount))
        threadPool.start()
        let databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        switch location {
        case .sqlite(let path):
            // Fluent's SQLite driver keeps one connection per event loop (and ignores a larger
            // number): write transactions get connections of their own, so that a save holding
            // its connection until it commits does not hold up the reads on its loop (in the
            // write-ahead log, reads go on beside the one writer).
            databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(poolTimeout)), as: .sqlite, isDefault: true)
            databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(poolTimeout)), as: Self.writesID, isDefault: false)
        case .sqliteMemory:
            databases.use(.sqlite(.memory), as: .sqlite)
        case .postgres(let url):
            do {
                databases.use(
                    try .postgres(url: url, maxConnectionsPerEventLoop: connections, connectionPoolTimeout: .seconds(poolTimeout)), as: .psql)
            } catch {
                try? await threadPool.shutdownGracefully()
                throw StoreOpenError(description: "DATABASE_URL を読めません（postgres://ユーザー:パスワード@ホスト:5432/データベース の形で指定してください）")
            }
        }
        let store = PlanStore(location: location, logger: logger, databases: databases, threadPool: threadPool, eventLoopGroup: eventLoopGroup)
        do {
            try await store.withStartupLock {
                if case .sqlite = location { await store.useWriteAheadLog() }
                try await store.migrate()
                if case .embeddedPlan = seed, try await store.plans.isEmpty() { try await store.seedEmbeddedPlan() }
            }
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// PostgreSQL connections per event loop: a save holds its connection through the
    /// transaction, so with one per loop every read on that loop waited behind it. (SQLite:
    /// one connection per loop for reads and one for writes, see `open`.)
    public static let defaultConnectionsPerEventLoop = 4

    func withStartupLock(_ body: () async throws -> Void) async throws {
        switch location {
        case .sqliteMemory: try await body()
        case .sqlite(let path): try await StartupLock.sqlite(path: path, body)
        case .postgres(let url): try await StartupLock.postgres(url: url, on: eventLoopGroup.next(), logger: logger, body)
        }
    }

    /// A SQLite file keeps its changes in a write-ahead log (`journal_mode = WAL`, kept in the
    /// file, so this is a no-op after the first start): readers never wait for a writer's commit
    /// and a commit syncs the log once (the rollback journal, SQLite's default, locked every
    /// reader out while a writer committed and synced twice; clerks saving in a reporting season
    /// showed in the readers' p99). `synchronous` stays FULL: a save the clerk saw succeed
    /// survives a power cut. The log needs shared memory: the file must be on a local disk
    /// (docs/deployment.md).
    /// Switching needs the file to itself for a moment: when another process holds it (an
    /// instance of an earlier release still running), the store opens as it is, with a warning,
    /// and the next start switches.
    func useWriteAheadLog() async {
        guard let sql = database() as? any SQLDatabase else { return }
        var mode = ""
        do {
            let rows = try await sql.raw("PRAGMA journal_mode = WAL").all()
            mode = try rows.first.map { try $0.decode(column: "journal_mode", as: String.self) } ?? ""
        } catch {
            mode = "\(error)"
        }
        if mode.lowercased() != "wal" {
            logger.warning("SQLite の先書きログ（WAL）にできませんでした（次の起動でもう一度試します）", metadata: ["journal_mode": .string(mode)])
        }
    }

    func migrate() async throws {
        let migrations = Migrations()
        migrations.add(Self.migrations)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Loads the embedded plan, with what its import noticed and its logic chart.
    public func seedEmbeddedPlan() async throws {
        let imported = try PlanData.importSource()
        let chart = try? PlanData.importVisionChart(plan: imported.plan)
        try await plans.save(imported.plan, notes: imported.notes, chart: chart)
        logger.info("同梱の計画を読み込みました", metadata: ["plan": .string(imported.plan.id), "indicators": .stringConvertible(imported.plan.indicators.count)])
    }

    /// Stops the database's connections and threads.
    public func close() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
    }

    /// Opens, runs `body`, and closes — for commands.
    public static func with<T: Sendable>(
        _ location: DatabaseLocation, seed: Seed = .embeddedPlan, logger: Logger = Logger(label: "actionplan.store"),
        _ body: (PlanStore) async throws -> T
    ) async throws -> T {
        let store = try await open(location, seed: seed, logger: logger)
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    // MARK: Repositories

    /// A database handle on one of the group's event loops.
    public func database(on eventLoop: (any EventLoop)? = nil) -> any Database {
        databases.database(logger: logger, on: eventLoop ?? eventLoopGroup.any())!
    }

    /// The connections write transactions use: on a SQLite file a pool of their own (see
    /// `open`), elsewhere the same pool as reads.
    func writeDatabase() -> any Database {
        guard case .sqlite = location else { return database() }
        return databases.database(Self.writesID, logger: logger, on: eventLoopGroup.any())!
    }

    static let writesID = DatabaseID(string: "sqlite-writes")

    public var plans: PlanRepository { PlanRepository(database: database(), writes: writeDatabase()) }

    /// The yearly cycle of one plan (reads).
    public func cycle(_ plan: String) -> PlanCycle { PlanCycle(plan: plan, database: database()) }

    /// How many plans a batch read covers (`PlanCatalog.preload`). PostgreSQL: 10 (a query is a
    /// round trip; 10 and 30 measured the same, 1,741 plans in 6.0 s against 9.1 s one by one).
    /// SQLite: 1, one plan after another (a query stays in the process: 10 saved 11% of the time
    /// but kept 22 MB more resident, as the rows made on the database threads stay in their
    /// malloc arenas; docs/decisions.md).
    public var plansPerRead: Int {
        if case .postgres = location { return 10 }
        return 1
    }

    /// Reads of many plans at once: `plans(in:)` and `cycle(_:in:)` read each table once for
    /// all of them (one query per table instead of one per table and plan).
    public func batch(_ slugs: [String]) -> ReadBatch { ReadBatch(slugs: slugs) }

    public func plans(in batch: ReadBatch) -> PlanRepository {
        var plans = PlanRepository(database: database(), writes: writeDatabase())
        plans.batch = batch
        return plans
    }

    public func cycle(_ plan: String, in batch: ReadBatch) -> PlanCycle { PlanCycle(plan: plan, database: database(), batch: batch) }

    /// One write transaction for one plan: raises that plan's stamp (so that caches of this plan,
    /// and only of this plan, are renewed) and hands the body a writer for that plan only.
    public func write<T: Sendable>(plan: String, _ body: @escaping @Sendable (PlanCycleWriter) async throws -> T) async throws -> T {
        try await writeDatabase().writeTransaction(stamps: [plan]) { db, raised in
            try await body(PlanCycleWriter(plan: plan, database: db, stamp: raised[plan] ?? 0))
        }
    }

    public var accounts: Accounts { Accounts(database: database()) }

    /// One write transaction for accounts; raises the stamps of the plans named (the accounts'
    /// plans; `""` for accounts of every plan).
    public func writeAccounts<T: Sendable>(plans: [String], _ body: @escaping @Sendable (AccountsWriter) async throws -> T) async throws -> T {
        try await writeDatabase().writeTransaction(stamps: plans.isEmpty ? [""] : plans) { db, _ in try await body(AccountsWriter(database: db)) }
    }

    public var loginAttempts: LoginAttempts { LoginAttempts(database: database()) }
    public var apiTokens: APITokenStore { APITokenStore(database: database()) }
    public var sessions: Sessions { Sessions(database: database()) }
    public var maintenance: DatabaseMaintenance { DatabaseMaintenance(database: database()) }

    /// Whether the database answers (for `/healthz`).
    public func ping() async throws {
        guard let sql = database() as? any SQLDatabase else { throw StoreError.notSQL }
        _ = try await sql.raw("SELECT 1 AS ok").all()
    }

    /// Every plan's actual values for a year, by plan, in one query (a national roll-up reads
    /// only what evaluation needs).
    public func actualValuesOfEveryPlan(year: FiscalYear) async throws -> [String: [Actual]] {
        let db = database()
        let yearText = String(year.westernYear)
        guard let sqlite = db as? any SQLiteDatabase else {
            let rows = try await RowReader(database: db).rows(
                ActualRecord.schema, columns: ["plan_slug", "indicator_key", "value"], where: [("fiscal_year", .text(yearText))])
            var byPlan: [String: [Actual]] = [:]
            for r in rows {
                byPlan[try r.text("plan_slug"), default: []].append(
                    Actual(
                        indicator: try r.text("indicator_key"), year: year,
                        value: try r.optionalText("value").flatMap(NumberCell.decimal)))
            }
            return byPlan
        }
        let byPlan = RowsBox<(String, [Actual])>()
        let query =
            "SELECT \"plan_slug\", \"indicator_key\", \"value\" FROM \"\(ActualRecord.schema)\" WHERE \"fiscal_year\" = ? ORDER BY \"plan_slug\""
        try await RowReader.eachSQLiteRow(sqlite, query, [.text(yearText)]) { row in
            let slug = row.column("plan_slug")?.string ?? ""
            let actual = Actual(
                indicator: row.column("indicator_key")?.string ?? "", year: year, value: row.column("value")?.string.flatMap(NumberCell.decimal))
            if byPlan.items.last?.0 == slug { byPlan.items[byPlan.items.count - 1].1.append(actual) } else { byPlan.items.append((slug, [actual])) }
        }
        return Dictionary(byPlan.items, uniquingKeysWith: +)
    }
}

/// A database that cannot be opened, in words the operator can act on.
public struct StoreOpenError: Error, CustomStringConvertible {
    public var description: String
}
