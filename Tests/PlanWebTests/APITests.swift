import Foundation
import OpenAPIKit
import PlanCore
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

@Suite("JSON の API と /openapi.json")
struct APITests {
    /// The paths the server answers, written out by hand: the document must list exactly these.
    static let paths = [
        "/api/v1/plans", "/api/v1/plans/{plan}",
        "/api/v1/plans/{plan}/structure", "/api/v1/structure",
        "/api/v1/plans/{plan}/indicators", "/api/v1/indicators",
        "/api/v1/plans/{plan}/indicators/{id}", "/api/v1/indicators/{id}",
        "/api/v1/plans/{plan}/evaluations", "/api/v1/evaluations",
        "/api/v1/plans/{plan}/rollups", "/api/v1/rollups",
        "/api/v1/plans/{plan}/search", "/api/v1/search",
        "/api/v1/plans/{plan}/actuals/{fiscalYear}/{indicator}", "/api/v1/plans/{plan}/actuals/{fiscalYear}",
        "/api/v1/plans/{plan}/activities",
    ]
    /// GET on every path but the two that only take writes (a batch of actuals, activity records),
    /// and the writes: PUT of one actual, POST of a batch, POST of records.
    static let operationCount = paths.count + 1

    static func document(_ app: Application) async throws -> OpenAPI.Document {
        let r = try await app.get("/openapi.json")
        #expect(r.status == .ok)
        return try JSONDecoder().decode(OpenAPI.Document.self, from: Data(r.body.readableBytesView))
    }

    @Test("/openapi.json は OpenAPIKit で読めて検証を通り、サーバーの経路だけが operationId・304・ETag・400/404 の誤りの形つきで載る")
    func documentDescribesTheServer() async throws {
        try await withApp { app, _ in
            let doc = try await Self.document(app)
            try doc.validate()
            #expect(Set(doc.paths.keys.map(\.rawValue)) == Set(Self.paths))
            let items = doc.paths.values.compactMap { doc.components[$0] }
            let operations = items.flatMap { [$0.get, $0.put, $0.post].compactMap { $0 } }
            #expect(operations.count == Self.operationCount)
            let ids = operations.compactMap(\.operationId)
            #expect(ids.count == Self.operationCount && Set(ids).count == ids.count, "operationId が欠けているか重なっている: \(ids)")
            for op in operations {
                let codes = Set(op.responses.keys.map(\.rawValue))
                #expect(codes.isSuperset(of: ["200", "304"]), "\(op.operationId ?? "")")
                if op.operationId != "listPlans" { #expect(codes.contains("404"), "\(op.operationId ?? ""): \(codes)") }
                // The If-None-Match header is every operation's; any other parameter can be refused.
                if op.parameters.count > 1 { #expect(codes.contains("400"), "\(op.operationId ?? ""): \(codes)") }
            }
            // Every operation the document lists answers (none is a route or method the server does not have).
            for (path, ref) in doc.paths {
                let item = try #require(doc.components[ref])
                let concrete = path.rawValue.replacingOccurrences(of: "{plan}", with: "kaede").replacingOccurrences(of: "{id}", with: "1-1.1.1")
                    .replacingOccurrences(of: "{fiscalYear}", with: "H30").replacingOccurrences(of: "{indicator}", with: "1.1.1-1")
                for (method, present) in [(HTTPMethod.GET, item.get != nil), (.PUT, item.put != nil), (.POST, item.post != nil)] where present {
                    let r = try await app.testing().sendRequest(method, concrete)
                    #expect(
                        r.status != .methodNotAllowed && !(r.status == .notFound && r.text.contains("お探しのページ")), "\(method) \(concrete): \(r.status)")
                }
            }
        }
    }

    @Test("既定の計画の経路では年度・指標・項目を列挙し（R6 と 2024 のどちらでも）、どの計画の経路でも年度は形（R6・2024）で示す")
    func parametersListTheDefaultPlansValues() async throws {
        try await withApp(examples: false) { app, _ in
            let doc = try await Self.document(app)
            func schema(_ path: String, _ name: String) throws -> JSONSchema {
                let item = try #require(doc.paths[OpenAPI.Path(rawValue: path)])
                let op = try #require(doc.components[item]?.get)
                let p = try #require(op.parameters.compactMap { doc.components[$0] }.first { $0.name == name })
                return try #require(p.schemaOrContent.schemaValue)
            }
            let years = try schema("/api/v1/evaluations", "year").allowedValues?.compactMap { $0.value as? String }
            // Setagaya reports R6–R9 and R13 (the plan's final target year): each as a code and a Western year.
            #expect(Set(years ?? []) == ["R6", "R7", "R8", "R9", "R13", "2024", "2025", "2026", "2027", "2031"])
            #expect(try schema("/api/v1/plans/{plan}/evaluations", "year").allowedValues == nil)
            #expect(try schema("/api/v1/plans/{plan}/evaluations", "year").stringContext?.pattern == "^([A-Z][0-9]{1,2}|[0-9]{4})$")
            let indicators = try schema("/api/v1/indicators/{id}", "id").allowedValues?.compactMap { $0.value as? String } ?? []
            #expect(indicators.contains("1-1.1.1"))
            #expect(try schema("/api/v1/search", "q").stringContext?.minLength == 1)
            #expect(try schema("/api/v1/search", "q").stringContext?.maxLength == PlanSearch.maximumQueryLength)
        }
    }

    @Test("計画の年度でない年度は 404 とその計画の年度、形の違う値・空の値は 400、R6 と 2024 は同じ答え")
    func yearsAndParameters() async throws {
        try await withApp { app, _ in
            let outside = try await app.get("/api/v1/evaluations?year=R99")
            #expect(outside.status == .notFound)
            #expect(outside.text.contains("R6（2024）"), "\(outside.text)")
            #expect(try await app.get("/api/v1/rollups?year=2019").status == .notFound)
            for bad in [
                "/api/v1/evaluations?year=令和6年度", "/api/v1/evaluations?year=", "/api/v1/evaluations?year=R6&basis=",
                "/api/v1/evaluations?year=R6&basis=both", "/api/v1/indicators?node=", "/api/v1/search?q=",
                "/api/v1/search?q=" + String(repeating: "a", count: PlanSearch.maximumQueryLength + 1),
                "/api/v1/plans/no%20such/structure",
            ] {
                let r = try await app.get(bad)
                #expect(r.status == .badRequest, "\(bad): \(r.status) \(r.text)")
                #expect(r.headers.contentType == .json)
                #expect(r.text.contains("\"message\""))
            }
            let code = try await app.get("/api/v1/evaluations?year=R6")
            let western = try await app.get("/api/v1/evaluations?year=2024")
            #expect(code.status == .ok && western.text == code.text)
            #expect(try await app.get("/api/v1/indicators?node=no-such-item").status == .notFound)
            #expect(try await app.get("/api/v1/plans/no-such-plan").status == .notFound)
            // Spaces alone are a (schema-valid) query that finds nothing.
            let spaces = try await app.get("/api/v1/search?q=%20%20")
            #expect(spaces.status == .ok && spaces.text == "[]")
            // A year of another plan: kaede's years are not Setagaya's.
            let kaede = try await app.get("/api/v1/plans/kaede")
            let plan = try #require(try JSONSerialization.jsonObject(with: Data(kaede.body.readableBytesView)) as? [String: Any])
            let first = try #require(plan["firstYear"] as? String)
            let other = try await app.get("/api/v1/plans/kaede/evaluations?year=\(first)")
            #expect(other.status == .ok, "\(first): \(other.text)")
        }
    }

    @Test("どの答えにも ETag、同じ If-None-Match には本文なしの 304、公表で値が変わると新しい ETag")
    func etags() async throws {
        try await withApp(examples: false) { app, s in
            let first = try await app.get("/api/v1/evaluations?year=R6")
            let tag = try #require(first.headers.first(name: .eTag))
            #expect(tag.range(of: #"^"[0-9a-f]{32}"$"#, options: .regularExpression) != nil)
            let again = try await app.get("/api/v1/evaluations?year=R6", headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(again.headers.first(name: .eTag) == tag)
            try await OpenDataWebTests.publishOneYear(s)
            let changed = try await app.get("/api/v1/evaluations?year=R6", headers: ["If-None-Match": tag])
            #expect(changed.status == .ok)
            #expect(changed.headers.first(name: .eTag) != tag)
            #expect(changed.text.contains("\"actual\":70"))
        }
    }

    @Test("一覧にない方法（DELETE・OPTIONS・TRACE・QUERY）には 405 と Allow")
    func otherMethods() async throws {
        try await withApp(examples: false) { app, _ in
            for method in ["DELETE", "OPTIONS", "TRACE", "QUERY"] {
                let r = try await app.testing().sendRequest(HTTPMethod(rawValue: method), "/api/v1/plans")
                #expect(r.status == .methodNotAllowed, "\(method)")
                #expect(r.headers.first(name: .allow) == "GET, HEAD", "\(method)")
            }
        }
    }
}
