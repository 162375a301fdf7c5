import Foundation
import Testing
import Vapor
import VaporTesting
@testable import PlanWeb

func jsonArray(_ res: TestingHTTPResponse) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [[String: Any]])
}
func jsonObject(_ res: TestingHTTPResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
}

@Suite("JSON API")
struct APITests {
    @Test("/api/v1/goals はすべての目指す姿を code・title・vision・policy 付きで返す")
    func goals() async throws {
        try await withPortal { app in
            let res = try await app.get("/api/v1/goals")
            #expect(res.status == .ok)
            #expect(res.headers.contentType == .json)
            let goals = try jsonArray(res)
            #expect(goals.count == 38)
            let g = try #require(goals.first { $0["code"] as? String == "10-2" })
            #expect(g["title"] as? String == "区外からの来街者の呼び込み")
            #expect(g["vision"] as? Int == 10)
            #expect(g["policy"] as? Int == 4)
        }
    }

    @Test("目指す姿・事業・指標・検索・計画の一覧を返す")
    func endpoints() async throws {
        try await withPortal { app in
            let goal = try jsonObject(try await app.get("/api/v1/goals/3-1"))
            #expect((goal["directions"] as? [Any])?.count == 2)
            let projects = try jsonArray(try await app.get("/api/v1/projects"))
            #expect(projects.count == Set(projects.compactMap { $0["id"] as? String }).count)
            let port = try #require(projects.first { ($0["title"] as? String) == "SETAGAYA PORTを通じた多様な人々の交流推進" })
            #expect((port["placements"] as? [Any])?.count == 7)
            let project = try jsonObject(try await app.get("/api/v1/projects/4-1.5"))  // a re-listed placement leads to its project
            #expect(project["id"] as? String == "3-3.1")
            let indicators = try jsonArray(try await app.get("/api/v1/indicators?goal=3-1"))
            #expect(indicators.allSatisfy { $0["goal"] as? String == "3-1" } && indicators.count == 3)
            let one = try jsonObject(try await app.get("/api/v1/indicators/1-4.2.1"))
            #expect((one["targets"] as? [String: Any])?["R13"] is NSNull)
            let search = try jsonObject(try await app.get("/api/v1/search?q=%E8%BE%B2%E7%A6%8F"))  // 農福
            #expect(((search["hits"] as? [Any])?.count ?? 0) > 3)
            let plans = try jsonArray(try await app.get("/api/v1/plans"))
            #expect(plans.first?["id"] as? String == "setagaya")
        }
    }

    @Test("APIのエラーはHTMLではなくメッセージ付きのJSON", arguments: [
        ("/api/v1/goals/99-9", 404), ("/api/v1/projects/x", 404), ("/api/v1/indicators/x", 404), ("/api/v1/nothing", 404),
        ("/api/v1/indicators?goal=abc", 400), ("/api/v1/search", 400), ("/api/v1/evaluations", 400), ("/api/v1/evaluations?year=X", 400),
    ])
    func errors(_ path: String, _ status: Int) async throws {
        try await withPortal { app in
            let res = try await app.get(path)
            #expect(res.status.code == UInt(status))
            #expect(res.headers.contentType == .json)
            let body = try jsonObject(res)
            #expect(body["error"] as? Bool == true)
            #expect(!(body["message"] as? String ?? "").isEmpty)
        }
    }
}

@Suite("OpenAPI の記述")
struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
    }

    @Test("/openapi.json の paths は登録された /api/v1 のルートと一致する")
    func pathsMatchRoutes() async throws {
        try await withPortal { app in
            let res = try await app.get("/openapi.json")
            #expect(res.status == .ok)
            let doc = try jsonObject(res)
            let documented = Set((doc["paths"] as? [String: Any] ?? [:]).keys)
            let routes = Set(app.routes.all.filter { $0.method == .GET }.map { route in
                "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
            }.filter { $0.hasPrefix("/api/v1/") })
            #expect(documented == routes)
        }
    }

    @Test("スキーマの必須項目は実際の応答のキーにすべてある", arguments: [
        ("/api/v1/goals", "Goal", true), ("/api/v1/indicators", "Indicator", true), ("/api/v1/plans", "Plan", true),
        ("/api/v1/projects", "Project", true), ("/api/v1/goals/3-1", "GoalDetail", false), ("/api/v1/search?q=PORT", "SearchResult", false),
        ("/api/v1/evaluations?year=R6", "Evaluations", false),
    ])
    func schemasMatchResponses(_ path: String, _ schema: String, _ isArray: Bool) async throws {
        let doc = try Self.document()
        let schemas = try #require((doc["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let s = try #require(schemas[schema] as? [String: Any])
        let required = Set(s["required"] as? [String] ?? [])
        let properties = Set((s["properties"] as? [String: Any] ?? [:]).keys)
        try await withPortal { app in
            let res = try await app.get(path)
            let sample: [String: Any] = isArray ? try #require(try jsonArray(res).first) : try jsonObject(res)
            let keys = Set(sample.keys)
            #expect(required.isSubset(of: keys), "\(schema): 応答にない必須項目 \(required.subtracting(keys))")
            #expect(keys.isSubset(of: properties), "\(schema): 記述にない項目 \(keys.subtracting(properties))")
        }
    }
}
