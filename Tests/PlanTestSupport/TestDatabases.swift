import Foundation
import Logging
import PlanCore
import PlanServices
import PlanStore
import PlanWeb

/// The repository's folders, found from this file's place.
public enum Repo {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let examples = root.appendingPathComponent("data/examples")
    public static func fixture(_ name: String) -> URL { root.appendingPathComponent("Tests/PlanStoreTests/Fixtures").appendingPathComponent(name) }
    public static func example(_ name: String) -> String { examples.appendingPathComponent(name).path }
}

/// The databases the persistence and service tests run on: SQLite always, and PostgreSQL when
/// `ACTIONPLAN_TEST_POSTGRES_URL` names a server (`.ci/run` starts one and sets
/// `ACTIONPLAN_REQUIRE_POSTGRES=1`, so that a missing server fails the run instead of
/// silently dropping the PostgreSQL cases).
public enum TestDatabases {
    public enum Kind: String, Sendable, CustomStringConvertible, CaseIterable {
        case sqlite, postgres
        public var description: String { rawValue }
    }

    public static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["ACTIONPLAN_TEST_POSTGRES_URL"]
        return (url?.isEmpty ?? true) ? nil : url
    }

    public static var postgresRequired: Bool { ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_POSTGRES"] == "1" }

    /// SQLite, and PostgreSQL when a server is given (or required: then its absence fails).
    public static var kinds: [Kind] { postgresURL != nil || postgresRequired ? [.sqlite, .postgres] : [.sqlite] }

    public struct NoPostgres: Error, CustomStringConvertible {
        public var description = "ACTIONPLAN_REQUIRE_POSTGRES=1 なのに ACTIONPLAN_TEST_POSTGRES_URL がありません（PostgreSQL が起動していない）"
    }

    /// Runs `body` with a database of its own: a new SQLite file, or a new database on the
    /// PostgreSQL test server (dropped afterwards).
    public static func withOwnDatabase<T: Sendable>(_ kind: Kind, _ body: (DatabaseLocation) async throws -> T) async throws -> T {
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            return try await body(.sqlite(path: folder.appendingPathComponent("actionplan.sqlite").path))
        case .postgres:
            guard let url = postgresURL else { throw NoPostgres() }
            var own = URLComponents(string: url)!
            let name = "ap_test_\(UInt32.random(in: 0...UInt32.max))"
            own.path = "/" + name
            try await psql(url, "CREATE DATABASE \(name)")
            do {
                let result = try await body(.postgres(url: own.string!))
                try? await psql(url, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                return result
            } catch {
                try? await psql(url, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                throw error
            }
        }
    }

    public struct CommandFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs SQL (or a file with `-f`) on the server with the real `psql` client. Waits without
    /// holding a thread: `DROP DATABASE … WITH (FORCE)` waits until every backend of the server
    /// has taken its signal, and a backend in the middle of another test's COPY takes it only when
    /// that test sends more data — which it cannot do if the waits here hold the few threads of
    /// the cooperative pool (with 2 cores the PostgreSQL run hung that way).
    public static func psql(_ url: String, _ sql: String? = nil, file: String? = nil) async throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1"] + (sql.map { ["-c", $0] } ?? []) + (file.map { ["-f", $0] } ?? [])
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("psql-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let err = try FileHandle(forWritingTo: log)
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, Error>) in
            p.terminationHandler = { _ in done.resume() }
            do { try p.run() } catch { done.resume(throwing: error) }
        }
        try? err.close()
        if p.terminationStatus != 0 {
            throw CommandFailed(description: "psql: \(String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self))")
        }
    }

    public static func configuration(_ location: DatabaseLocation, seed: Bool = true) -> AppConfiguration {
        var config = AppConfiguration(database: location, logLevel: .warning, seedEmbeddedPlan: seed)
        // The suite opens dozens of instances at once against one PostgreSQL (100 connections by
        // default): one connection per event loop each. The default (4) is tested where it
        // matters (`readsBesideAnOpenSave`).
        config.databaseConnections = 1
        return config
    }

    public static var logger: Logger {
        var l = Logger(label: "actionplan.test")
        l.logLevel = .warning
        return l
    }

    /// The services on a database of their own, Setagaya's plan loaded unless `seed` is false.
    public static func withServices<T: Sendable>(
        _ kind: Kind, seed: Bool = true, configure: (inout AppConfiguration) -> Void = { _ in }, _ body: (PlanServices) async throws -> T
    ) async throws -> T {
        try await withOwnDatabase(kind) { location in
            var config = configuration(location, seed: seed)
            configure(&config)
            return try await withServices(config, body)
        }
    }

    /// Two instances (services opened twice) on one database of their own, as two servers
    /// behind one proxy are; both are closed afterwards, also when the body throws.
    public static func withTwoInstances(
        _ kind: Kind, configure: (inout AppConfiguration) -> Void = { _ in }, _ body: (PlanServices, PlanServices) async throws -> Void
    ) async throws {
        try await withOwnDatabase(kind) { location in
            var config = configuration(location)
            configure(&config)
            let a = try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: logger)
            let b: PlanServices
            do { b = try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: logger) } catch {
                await a.close()
                throw error
            }
            do {
                try await body(a, b)
            } catch {
                await a.close()
                await b.close()
                throw error
            }
            await a.close()
            await b.close()
        }
    }

    /// Opens services on a given configuration (its database already chosen).
    public static func withServices<T: Sendable>(_ config: AppConfiguration, _ body: (PlanServices) async throws -> T) async throws -> T {
        try await PlanServices.with(config, hasher: BcryptHasher(cost: 4), logger: logger, body)
    }
}

/// bcrypt at its lowest work factor: the real hashing, quick enough for tests.
public enum BcryptTestHasher {
    public static let shared = BcryptHasher(cost: 4)
}
