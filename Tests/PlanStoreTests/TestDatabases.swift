import FluentPostgresDriver
import Foundation
import PlanWeb
import Testing
import Vapor

/// The databases the persistence tests run against: SQLite always, and PostgreSQL when
/// `ACTIONPLAN_TEST_POSTGRES_URL` names a server (CI starts one).
enum TestDatabases {
    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["ACTIONPLAN_TEST_POSTGRES_URL"]
        return (url?.isEmpty ?? true) ? nil : url
    }

    static var all: [AppConfiguration.Database] {
        [.sqliteMemory] + (postgresURL.map { [.postgres(url: $0)] } ?? [])
    }

    static func configuration(_ database: AppConfiguration.Database, seed: Bool = true) -> AppConfiguration {
        AppConfiguration(database: database, logLevel: .warning, seedEmbeddedPlan: seed)
    }

    /// Runs `body` with a database of its own: a new SQLite file, or a new database on the
    /// PostgreSQL test server (dropped afterwards).
    static func withOwnDatabase(_ database: AppConfiguration.Database,
                                _ body: (AppConfiguration.Database) async throws -> Void) async throws {
        switch database {
        case .sqliteMemory, .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-own-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await body(.sqlite(path: folder.appendingPathComponent("actionplan.sqlite").path))
        case .postgres(let url):
            var own = try #require(URLComponents(string: url))
            let name = "actionplan_own_\(UInt32.random(in: 0...UInt32.max))"
            own.path = "/" + name
            let ownURL = try #require(own.string)
            do {
                try await onServer(url, "CREATE DATABASE \(name)")
            } catch {
                Issue.record("ACTIONPLAN_TEST_POSTGRES_URL の利用者がデータベースを作れない（CREATEDB の権限が要る。scripts/start-postgres.sh は与える）: \(String(reflecting: error))")
                return
            }
            do {
                try await body(.postgres(url: ownURL))
            } catch {
                try? await onServer(url, "DROP DATABASE IF EXISTS \(name)")
                throw error
            }
            try await onServer(url, "DROP DATABASE IF EXISTS \(name)")
        }
    }

    /// One statement on the PostgreSQL server of `url` (outside any transaction).
    static func onServer(_ url: String, _ statement: String) async throws {
        let app = try await Application.make(.testing)
        do {
            try app.databases.use(.postgres(url: url), as: .psql)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
