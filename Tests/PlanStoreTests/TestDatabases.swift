import Foundation
import PlanWeb

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
}
