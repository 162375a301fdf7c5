import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

/// The example plans loaded beside Setagaya's, as a plan office would import them.
enum Examples {
    static let plans: [(file: String, id: String, title: String, municipality: String)] = [
        ("sakura-outcomes.xlsx", "sakura", "さくら市総合計画 後期基本計画", "さくら市"),
        ("kaede-reform-cp932.csv", "kaede", "かえで町行政改革推進計画", "かえで町"),
        ("momiji-five-levels.csv", "momiji", "もみじ市総合計画 実施計画", "もみじ市"),
    ]

    static func load(into s: PlanServices) async throws {
        for p in plans {
            let r = try PlanImporting.read(.init(path: Repo.example(p.file), planID: p.id, title: p.title, municipality: p.municipality))
            try await s.savePlan(r, viewer: .commandLine("試験"))
        }
    }
}

/// The whole web application over services on a database of its own (SQLite, or PostgreSQL
/// when CI gives one), the example plans loaded beside Setagaya's.
func withApp(
    _ kind: TestDatabases.Kind = .sqlite, examples: Bool = true, configure: (inout AppConfiguration) -> Void = { _ in },
    _ body: (Application, PlanServices) async throws -> Void
) async throws {
    try await TestDatabases.withServices(kind, configure: configure) { s in
        if examples { try await Examples.load(into: s) }
        let app = try await buildApplication(s)
        do {
            try await body(app, s)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

extension Application {
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await testing().sendRequest(.GET, path, headers: headers)
    }
}

extension TestingHTTPResponse {
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
}

/// The `href`s of a page that point inside the site.
func internalLinks(_ html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "href=\"(/[^\"#]*)")
    let range = NSRange(html.startIndex..., in: html)
    return pattern.matches(in: html, range: range).compactMap { m in
        Range(m.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
    }
}
