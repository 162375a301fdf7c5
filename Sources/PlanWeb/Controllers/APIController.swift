import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

/// The JSON API (`/api/v1/…`): the same records as the open data, for the default plan and for
/// every plan under `/api/v1/plans/{plan}`. Keys in a stable order; ETag and 304 by the
/// middleware; the public sees published figures only.
enum APIController {
    enum Operation: String, CaseIterable {
        case plans, plan, structure, indicators, indicator, evaluations, rollups, search

        var template: [String] {
            switch self {
            case .plans: ["plans"]
            case .plan: []
            case .structure: ["structure"]
            case .indicators: ["indicators"]
            case .indicator: ["indicators", ":id"]
            case .evaluations: ["evaluations"]
            case .rollups: ["rollups"]
            case .search: ["search"]
            }
        }

        var summary: String {
            switch self {
            case .plans: "計画の一覧"
            case .plan: "計画の情報（階層・目標の年度・評価方法）"
            case .structure: "計画の項目（階層ごと）"
            case .indicators: "指標と目標値"
            case .indicator: "1つの指標"
            case .evaluations: "年度の評価（公表済みのもの。職員はすべて）"
            case .rollups: "年度の集計（項目ごとの評価の分布）"
            case .search: "計画の文の検索"
            }
        }
    }

    static func register(_ app: Application) {
        for op in Operation.allCases {
            var prefixes: [[String]] = op == .plans ? [["api", "v1"]] : [["api", "v1", "plans", ":plan"]]
            if op != .plans && op != .plan { prefixes.append(["api", "v1"]) }
            for prefix in prefixes {
                let path = (prefix + op.template).map(PathComponent.init(stringLiteral:))
                app.on(.GET, path) { req in try await handle(op, req) }
                for other in ["POST", "PUT", "DELETE", "PATCH"] {
                    app.on(HTTPMethod(rawValue: other), path) { _ -> Response in
                        throw Abort(.methodNotAllowed, headers: ["Allow": "GET, HEAD"], reason: "このURLは GET だけを受け付けます。")
                    }
                }
            }
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try JSONEncoder.sorted.encode(value)))
    }

    /// The plan of an API request: `/api/v1/plans/{plan}/…`, else the default.
    static func context(_ req: Request) async throws -> PlanContext {
        try await req.services.context(plan: req.parameters.get("plan"), viewer: req.viewer)
    }

    static func year(_ req: Request, _ c: PlanContext) throws -> FiscalYear {
        guard let y = try req.year() else {
            throw Abort(
                .badRequest, reason: "パラメータ「year」で年度を指定してください（例: ?year=R6。この計画の年度: \(c.plan.reportingYears.map(\.code).joined(separator: "・"))）")
        }
        return try c.requireYear(y)
    }

    /// `basis=adopted` (当初の目標値) or `revised` (見直し後, the default).
    static func basis(_ req: Request) throws -> TargetBasis {
        guard let raw = try? req.query.get(String.self, at: "basis"), !raw.isEmpty else { return .revised }
        guard let b = TargetBasis(rawValue: raw) else { throw Abort(.badRequest, reason: "パラメータ「basis」は adopted（当初の目標値）か revised（見直し後）です（「\(raw)」）") }
        return b
    }

    static func handle(_ op: Operation, _ req: Request) async throws -> Response {
        if op == .plans { return try json(try await req.services.summaries()) }
        let c = try await context(req)
        switch op {
        case .plans: return try json(try await req.services.summaries())
        case .plan:
            return try json(
                JSONValue.object([
                    "id": .string(c.plan.id), "title": .string(c.plan.title), "municipality": .string(c.plan.municipality),
                    "municipalityCode": JSONValue(c.plan.municipalityCode), "firstYear": JSONValue(c.plan.firstYear?.code),
                    "lastYear": JSONValue(c.plan.lastYear?.code),
                    "levels": .array(
                        c.plan.levels.enumerated().map { i, l in .object(["depth": .int(i + 1), "name": .string(l.name), "key": JSONValue(l.key)]) }),
                    "targetYears": .array(
                        c.plan.targetYears.map {
                            .object(["year": .string($0.year.code), "westernYear": .int($0.year.westernYear), "role": .string($0.role.rawValue)])
                        }),
                    "grading": .string(c.plan.grading.description), "indicatorLabel": .string(c.plan.indicatorLabel),
                ]))
        case .structure: return try json(OpenData.structure(c.plan, index: c.index))
        case .indicators:
            var list = OpenData.indicators(c.plan, index: c.index)
            if let node = try? req.query.get(String.self, at: "node"), !node.isEmpty {
                guard c.index.nodesByID[node] != nil else { throw Abort(.notFound, reason: "項目「\(node)」はこの計画にありません") }
                let ids = Set(c.index.indicators(under: node).map(\.id))
                list = list.filter { if case .string(let id)? = $0["id"] { return ids.contains(id) } else { return false } }
            }
            return try json(list)
        case .indicator:
            let id = req.parameters.get("id") ?? ""
            guard let record = OpenData.indicators(c.plan, index: c.index).first(where: { $0["id"] == .string(id) }) else {
                throw Abort(.notFound, reason: "指標「\(id)」はこの計画にありません")
            }
            return try json(record)
        case .evaluations:
            let y = try year(req, c)
            return try json(EvaluationRecord.all(c.evaluation(year: y, basis: try basis(req)).evaluations, plan: c.plan, index: c.index))
        case .rollups:
            let y = try year(req, c)
            return try json(RollUpRecord.all(c.evaluation(year: y, basis: try basis(req)).levels, plan: c.plan))
        case .search:
            let q = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty else { throw Abort(.badRequest, reason: "検索する言葉をパラメータ「q」で指定してください（例: ?q=商店街）") }
            guard q.count <= PlanSearch.maximumQueryLength else {
                throw Abort(.badRequest, reason: "検索する言葉は\(PlanSearch.maximumQueryLength)文字以内で指定してください")
            }
            return try json(
                PlanSearch.search(c.plan, for: q).map { h in
                    JSONValue.object([
                        "node": .string(h.node), "field": .string(h.field.rawValue), "text": .string(h.text), "indicator": JSONValue(h.indicator),
                    ])
                })
        }
    }

    /// `/openapi.json` — the API described from the operations above.
    static func openAPI(_ req: Request) async throws -> Response {
        var paths: [String: JSONValue] = [:]
        for op in Operation.allCases {
            let prefixes = op == .plans ? ["/api/v1"] : ["/api/v1/plans/{plan}"] + (op == .plan ? [] : ["/api/v1"])
            for prefix in prefixes {
                let path = prefix + op.template.map { $0.hasPrefix(":") ? "/{\($0.dropFirst())}" : "/" + $0 }.joined()
                var parameters: [JSONValue] = []
                if prefix.contains("{plan}") { parameters.append(param("plan", "計画ID", pattern: "^[A-Za-z0-9_-]{1,64}$")) }
                if op == .indicator { parameters.append(param("id", "指標ID", pattern: nil)) }
                if op == .evaluations || op == .rollups {
                    parameters.append(param("year", "年度（R6・令和6年度・2024）", pattern: nil, in: "query", required: true))
                    parameters.append(
                        param("basis", "adopted（当初の目標値）または revised（見直し後、既定）", pattern: "^(adopted|revised)$", in: "query", required: false))
                }
                if op == .search { parameters.append(param("q", "検索する言葉", pattern: nil, in: "query", required: true)) }
                paths[path] = .object([
                    "get": .object([
                        "operationId": .string(op.rawValue + (prefix.contains("{plan}") ? "OfPlan" : "")), "summary": .string(op.summary),
                        "parameters": .array(parameters),
                        "responses": .object([
                            "200": .object([
                                "description": .string("成功"),
                                "content": .object([
                                    "application/json": .object([
                                        "schema": .object(["type": .string(op == .plan || op == .indicator ? "object" : "array")])
                                    ])
                                ]),
                            ]),
                            "304": .object(["description": .string("If-None-Match の ETag と同じ")]),
                            "400": errorResponse("パラメータの誤り"), "404": errorResponse("計画・指標・年度がない"),
                        ]),
                    ])
                ])
            }
        }
        let doc = JSONValue.object([
            "openapi": .string("3.0.3"),
            "info": .object(["title": .string("actionplan API"), "version": .string("1")]),
            "paths": .object(paths),
        ])
        return try json(doc)
    }

    static func param(_ name: String, _ description: String, pattern: String?, in place: String = "path", required: Bool = true) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string("string"), "minLength": .int(1)]
        if let pattern { schema["pattern"] = .string(pattern) }
        return .object([
            "name": .string(name), "in": .string(place), "required": .bool(required), "description": .string(description), "schema": .object(schema),
        ])
    }

    static func errorResponse(_ description: String) -> JSONValue {
        .object([
            "description": .string(description),
            "content": .object([
                "application/json": .object([
                    "schema": .object([
                        "type": .string("object"),
                        "properties": .object([
                            "error": .object(["type": .string("boolean")]), "status": .object(["type": .string("integer")]),
                            "message": .object(["type": .string("string")]),
                        ]),
                    ])
                ])
            ]),
        ])
    }
}
