import Foundation
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// Builds the application through the composition root on an in-memory SQLite database with the
/// embedded plan loaded, and runs `body` with it (no socket: requests go through the responder).
func withPortal(_ body: (Application) async throws -> Void) async throws {
    let app = try await buildApplication(AppConfiguration(database: .sqliteMemory, logLevel: .warning))
    do {
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

extension Application {
    /// GET a path and return the response.
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await testing().test(.GET, path, headers: headers) { res async in result = res }
        return result!
    }
}

/// Minimal DOM checks on rendered HTML.
struct Page {
    var html: String

    /// The text inside every `<tag …>…</tag>`.
    func texts(_ tag: String) -> [String] {
        html.matches(of: try! Regex("<\(tag)(?:\\s[^>]*)?>(.*?)</\(tag)>").dotMatchesNewlines()).map {
            String($0.output[1].substring ?? "").replacing(/<[^>]+>/, with: "")
        }
    }

    /// Heading levels in document order.
    var headingLevels: [Int] {
        html.matches(of: /<h([1-6])[\s>]/).compactMap { Int($0.output.1) }
    }

    /// Headings never skip a level going down (h1 → h3 is wrong).
    var headingsInOrder: Bool {
        var previous = 0
        for level in headingLevels {
            if level > previous + 1 { return false }
            previous = level
        }
        return headingLevels.first == 1
    }
}
