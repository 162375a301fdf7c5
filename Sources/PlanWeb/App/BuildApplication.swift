import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import PlanCore
import PlanData
import PlanStore
import Vapor

/// The one composition root: builds the application for `actionplan serve`, for the other
/// commands (which use its database) and for tests alike.
///
/// It configures the database, runs the (additive) migrations, loads the embedded plan into an
/// empty database, and registers middleware and routes.
public func buildApplication(_ config: AppConfiguration, arguments: [String] = ["actionplan"]) async throws -> Application {
    var environment = Environment(name: "production", arguments: arguments)
    environment.arguments = arguments
    let app = try await Application.make(environment)
    do {
        app.logger.logLevel = config.logLevel
        // SQLite statements and password hashing run on this pool, and a writer waiting for
        // another's lock sleeps on its thread (busy_timeout). Vapor's default is the process-wide
        // pool with one thread per core: two writers waiting there could block the very thread
        // the lock holder needs to commit, stalling every request until the 30 s timeout (seen
        // with two instances in one process). A pool of its own, with room for waiters, avoids
        // it. (With the number of cores + 4 threads, 200 concurrent saves through two instances
        // still ran into the 30 s timeout; page serving measured the same within the noise.)
        app.threadPool = NIOThreadPool(numberOfThreads: max(16, 4 * System.coreCount))
        switch config.database {
        case .sqlite(let path):
            // Writes to one SQLite file queue for its lock (on PostgreSQL, for the data stamp's
            // row); let requests wait their turn longer than the default 10 s before giving up.
            app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(30)), as: .sqlite)
        case .sqliteMemory:
            app.databases.use(.sqlite(.memory), as: .sqlite)
        case .postgres(let url):
            try app.databases.use(.postgres(url: url, connectionPoolTimeout: .seconds(30)), as: .psql)
        }
        app.migrations.add(CreatePlanTables())
        app.migrations.add(AddYearlyCycle())
        app.migrations.add(AddTargetRevisions())
        app.migrations.add(AddPlanToUsers())
        app.migrations.add(SessionRecord.migration)
        app.migrations.add(AddDataStamp())
        app.migrations.add(AddPlanIndexes())
        app.sessions.use(.fluent)
        app.sessions.configuration.cookieName = "actionplan_session"
        let catalog = PlanCatalog(repository: PlanRepository(database: app.db), defaultPlan: config.defaultPlan)
        app.storage[PlanCatalogKey.self] = catalog
        app.storage[ConfigurationKey.self] = config
        // Migrations and the first load of the embedded plan, one instance at a time.
        try await withStartupLock(config.database, app: app) {
            try await app.autoMigrate()
            app.logger.info("データベースを準備しました", metadata: ["database": .string(config.databaseDescription)])
            if config.seedEmbeddedPlan, try await catalog.repository.isEmpty() {
                try await seedEmbeddedPlan(into: catalog.repository, logger: app.logger)
            }
        }

        if try await !CycleRepository(database: app.db).hasOfficeAccount() {
            app.logger.notice("計画担当の利用者がまだいません。最初の計画担当の利用者は次のように作成します（既定のパスワードはありません）: echo 'パスワード（10文字以上）' | actionplan user add 名前 --role office --password-stdin")
        }

        app.http.server.configuration.hostname = config.hostname
        app.http.server.configuration.port = config.port
        let database = app.db
        let cache = PageCache(readStamp: { _ in DataStamp.readFuture(on: database) })
        app.storage[PageCacheKey.self] = cache
        app.middleware = Middlewares()
        app.middleware.use(SiteErrorMiddleware(environment: app.environment))
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(ETagMiddleware())
        app.middleware.use(PageCacheMiddleware(cache: cache, sessionCookie: app.sessions.configuration.cookieName))
        app.middleware.use(PlanScopeMiddleware())
        app.middleware.use(app.sessions.middleware)
        app.middleware.use(AuthMiddleware())
        try routes(app)
        let front = FrontServer(application: app, cache: cache, sessionCookie: app.sessions.configuration.cookieName)
        await app.storage.setWithAsyncShutdown(FrontServerKey.self, to: front) { await $0.shutdown() }
        app.servers.use { $0.storage[FrontServerKey.self]! }
        return app
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// Runs the start-up work holding the database's start-up lock (`StartupLock`).
private func withStartupLock(_ database: AppConfiguration.Database, app: Application, _ body: () async throws -> Void) async throws {
    switch database {
    case .sqliteMemory: try await body()
    case .sqlite(let path): try await StartupLock.sqlite(path: path, body)
    case .postgres(let url): try await StartupLock.postgres(url: url, on: app.eventLoopGroup.next(), logger: app.logger, body)
    }
}

/// Loads the embedded Setagaya plan (with what its import noticed, and its logic chart).
public func seedEmbeddedPlan(into repository: PlanRepository, logger: Logger) async throws {
    let imported = try PlanData.importSetagayaSource()
    let chart = try? PlanData.setagayaVisionChart()
    try await repository.save(imported.plan, notes: imported.notes, chart: chart)
    logger.info("同梱の計画を読み込みました", metadata: ["plan": .string(imported.plan.id), "indicators": .stringConvertible(imported.plan.indicators.count)])
}

struct PlanCatalogKey: StorageKey { typealias Value = PlanCatalog }
struct ConfigurationKey: StorageKey { typealias Value = AppConfiguration }
struct PageCacheKey: StorageKey { typealias Value = PageCache }
struct FrontServerKey: StorageKey { typealias Value = FrontServer }

extension Application {
    /// The plans, cached by version.
    public var catalog: PlanCatalog { storage[PlanCatalogKey.self]! }
    public var configuration: AppConfiguration { storage[ConfigurationKey.self]! }
    /// Rendered public pages, valid while the data stamp is unchanged.
    public var pageCache: PageCache { storage[PageCacheKey.self]! }
}

extension Request {
    var catalog: PlanCatalog { application.catalog }
}
