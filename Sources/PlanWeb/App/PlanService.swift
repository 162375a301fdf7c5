import Foundation
import Vapor

/// Entry points for the `actionplan` executable, so that it needs no server import of its own.
public enum PlanService {
    /// Opens the configured database (migrated, seeded when empty) and runs `body` with its plans.
    public static func withCatalog<T: Sendable>(_ config: AppConfiguration,
                                                _ body: (PlanCatalog) async throws -> T) async throws -> T {
        let app = try await buildApplication(config)
        do {
            let result = try await body(app.catalog)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Serves the portal until the process is told to stop.
    public static func serve(_ config: AppConfiguration) async throws {
        let app = try await buildApplication(config, arguments: ["actionplan", "serve", "--hostname", config.hostname, "--port", String(config.port)])
        app.logger.info("ポータルを起動します", metadata: ["url": .string("http://\(config.hostname):\(config.port)/"), "database": .string(config.databaseDescription)])
        do {
            try await app.execute()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
