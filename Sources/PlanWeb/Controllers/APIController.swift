import Foundation
import OpenAPIKit
import PlanCore
import PlanServices
import PlanStore
import Vapor

/// The JSON API (`/api/v1/…`): the same records as the open data, for the default plan and for
/// every plan under `/api/v1/plans/{plan}`. Keys in a stable order; ETag and 304 by the
/// middleware; the public sees published figures only. A department's systems read and write
/// its actuals with an API token (`APIWrites`).
enum APIController {
    enum Operation: String, CaseIterable {
        case plans, plan, structure, indicators, indicator, evaluations, rollups, search
        case actual, saveActual, saveActuals, addActivityRecords

        var method: HTTPMethod {
            switch self {
            case .saveActual: .PUT
            case .saveActuals, .addActivityRecords: .POST
            default: .GET
            }
        }

        /// Whether the operation needs a department's API token.
        var needsToken: Bool { self == .actual || self == .saveActual || self == .saveActuals || self == .addActivityRecords }

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
            case .actual, .saveActual: ["actuals", ":fiscalYear", ":indicator"]
            case .saveActuals: ["actuals", ":fiscalYear"]
            case .addActivityRecords: ["activities"]
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
            case .actual: "実績の1つの値と版（ETag）。課の API トークンで"
            case .saveActual: "実績の1つの値を保存（If-Match に読んだときの版）。課の API トークンで"
            case .saveActuals: "実績をまとめて保存（全部か無し。Idempotency-Key で再送しても1回）。課の API トークンで"
            case .addActivityRecords:
                "活動記録（イベント・相談・補助・登録など）をまとめて追加し、それを数える指標の実績を計算し直す（全部か無し。Idempotency-Key で再送しても1回）。課の API トークンで、その課の記録として"
            }
        }

        /// Where the operation is served: under `/api/v1/plans/{plan}` (true), and for the default
        /// plan under `/api/v1` (false).
        var scopes: [Bool] {
            switch self {
            case .plans: [false]
            case .plan, .actual, .saveActual, .saveActuals, .addActivityRecords: [true]
            default: [true, false]
            }
        }

        func parameters(scoped: Bool) -> [APIParameter] {
            let own: [APIParameter]
            switch self {
            case .plans, .plan, .structure: own = []
            case .indicators: own = [.node]
            case .indicator: own = [.id]
            case .evaluations, .rollups: own = [.year, .basis]
            case .search: own = [.q]
            case .actual: own = [.fiscalYear, .indicator]
            case .saveActual: own = [.fiscalYear, .indicator, .ifMatch]
            case .saveActuals: own = [.fiscalYear, .idempotencyKey]
            case .addActivityRecords: own = [.idempotencyKey]
            }
            return (scoped ? [.plan] : []) + own
        }

        func path(scoped: Bool) -> [String] {
            (self == .plans ? ["api", "v1"] : scoped ? ["api", "v1", "plans", ":plan"] : ["api", "v1"]) + template
        }

        /// The path as OpenAPI writes it (`/api/v1/plans/{plan}/indicators/{id}`).
        func documentPath(scoped: Bool) -> String {
            path(scoped: scoped).map { $0.hasPrefix(":") ? "/{\($0.dropFirst())}" : "/" + $0 }.joined()
        }

        func operationId(scoped: Bool) -> String {
            let name: String
            switch self {
            case .plans: name = "listPlans"
            case .plan: name = "getPlan"
            case .structure: name = "listNodes"
            case .indicators: name = "listIndicators"
            case .indicator: name = "getIndicator"
            case .evaluations: name = "listEvaluations"
            case .rollups: name = "listRollUps"
            case .search: name = "searchPlan"
            case .actual: name = "getActual"
            case .saveActual: name = "putActual"
            case .saveActuals: name = "postActuals"
            case .addActivityRecords: name = "postActivityRecords"
            }
            return scopes == [true] || self == .plans || scoped ? name : name + "OfDefaultPlan"
        }

        /// The schema of a 200 answer (components in `APIDocument`).
        var responseSchema: JSONSchema {
            switch self {
            case .plans: .array(items: APIDocument.reference("PlanSummary"))
            case .plan: APIDocument.reference("Plan")
            case .structure: .array(items: APIDocument.reference("Node"))
            case .indicators: .array(items: APIDocument.reference("Indicator"))
            case .indicator: APIDocument.reference("Indicator")
            case .evaluations: .array(items: APIDocument.reference("Evaluation"))
            case .rollups: .array(items: APIDocument.reference("RollUp"))
            case .search: .array(items: APIDocument.reference("SearchHit"))
            case .actual, .saveActual: APIDocument.reference("Actual")
            case .saveActuals: APIDocument.reference("SavedActuals")
            case .addActivityRecords: APIDocument.reference("AddedActivityRecords")
            }
        }
    }

    /// The operations served at each path, in the order of `Operation`.
    static var operationsByPath: [(path: [String], scoped: Bool, operations: [Operation])] {
        var out: [(path: [String], scoped: Bool, operations: [Operation])] = []
        for op in Operation.allCases {
            for scoped in op.scopes {
                let path = op.path(scoped: scoped)
                if let i = out.firstIndex(where: { $0.path == path }) { out[i].operations.append(op) } else { out.append((path, scoped, [op])) }
            }
        }
        return out
    }

    static func register(_ app: Application) {
        for (path, _, operations) in operationsByPath {
            let components = path.map(PathComponent.init(stringLiteral:))
            let methods = operations.map(\.method.rawValue)
            for op in operations {
                let body: HTTPBodyStreamStrategy = op.method == .GET ? .collect : .collect(maxSize: "1mb")
                app.on(op.method, components, body: body, use: RequestIDMiddleware.answering { req in try await handle(op, req) })
            }
            let allow = (methods.contains("GET") ? methods.flatMap { $0 == "GET" ? ["GET", "HEAD"] : [$0] } : methods).joined(separator: ", ")
            for other in Route.answeredMethods where !methods.contains(other) {
                app.on(HTTPMethod(rawValue: other), components) { _ -> Response in
                    throw Abort(.methodNotAllowed, headers: ["Allow": allow], reason: "このURLが受け付ける方法: \(allow)")
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
        try await req.services.context(plan: try APIParameter.plan.value(in: req), viewer: req.viewer)
    }

    static func handle(_ op: Operation, _ req: Request) async throws -> Response {
        if op == .plans { return try json(try await req.services.summaries()) }
        // An unknown plan is 404 before anything else.
        let c = try await context(req)
        switch op {
        case .plans: return try json(try await req.services.summaries())
        case .actual, .saveActual, .saveActuals, .addActivityRecords: return try await APIWrites.handle(op, req, plan: c.plan.id)
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
            if let node = try APIParameter.node.value(in: req) {
                guard c.index.nodesByID[node] != nil else { throw Abort(.notFound, reason: "項目「\(node)」はこの計画にありません") }
                let ids = Set(c.index.indicators(under: node).map(\.id))
                list = list.filter { if case .string(let id)? = $0["id"] { return ids.contains(id) } else { return false } }
            }
            return try json(list)
        case .indicator:
            let id = try APIParameter.id.value(in: req) ?? ""
            guard let record = OpenData.indicators(c.plan, index: c.index).first(where: { $0["id"] == .string(id) }) else {
                throw Abort(.notFound, reason: "指標「\(id)」はこの計画にありません")
            }
            return try json(record)
        case .evaluations:
            let y = try APIParameter.year(req, c)
            return try json(EvaluationRecord.all(c.evaluation(year: y, basis: try APIParameter.basis(req)).evaluations, plan: c.plan, index: c.index))
        case .rollups:
            let y = try APIParameter.year(req, c)
            return try json(RollUpRecord.all(c.evaluation(year: y, basis: try APIParameter.basis(req)).levels, plan: c.plan))
        case .search:
            // Spaces alone find nothing (an empty list), as the schema allows them.
            let q = (try APIParameter.q.value(in: req) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return try json(
                PlanSearch.search(c.plan, for: q).map { h in
                    JSONValue.object([
                        "node": .string(h.node), "field": .string(h.field.rawValue), "text": .string(h.text), "indicator": JSONValue(h.indicator),
                    ])
                })
        }
    }

    /// `/openapi.json` — the API described from the operations above (`APIDocument`).
    static func openAPI(_ req: Request) async throws -> Response {
        let c = try await req.services.context(plan: nil, viewer: .anonymous)
        return try json(APIDocument.build(defaultPlan: c))
    }
}
