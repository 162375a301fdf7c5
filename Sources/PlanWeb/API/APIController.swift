import Foundation
import PlanCore
import Vapor

/// The JSON API under `/api/v1/`, described by `/openapi.json`.
enum APIController {
    static func register(_ app: Application) throws {
        let api = app.grouped("api", "v1")
        api.get("plans") { req async throws -> Response in
            let summaries = try await req.catalog.repository.summaries()
            var list: [PlanDTO] = []
            for s in summaries {
                if let loaded = try await req.catalog.plan(s.id) { list.append(PlanDTO(loaded)) }
            }
            return try await json(list, req)
        }
        try registerScoped(api)
        try registerScoped(api.grouped("plans", ":plan"))
        app.get("openapi.json") { req async throws -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.scopedJSON))
        }
    }

    /// The endpoints of one plan: at `/api/v1/…` for the default plan and `/api/v1/plans/{plan}/…`.
    static func registerScoped(_ api: any RoutesBuilder) throws {
        api.get("goals") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            return try await json(OpenData.goals(loaded.plan), req)
        }
        api.get("goals", ":code") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let raw = req.parameters.get("code") ?? ""
            guard let code = GoalCode(parsing: raw), loaded.index.goalsByCode[code] != nil else {
                throw Abort(.notFound, reason: "目指す姿「\(raw)」はこの計画にありません（例: 3-1）")
            }
            return try await json(GoalDetailDTO(loaded, code: code), req)
        }
        api.get("projects") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let ids = loaded.plan.placements.map(\.project).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let indicators = OpenData.indicators(loaded.plan)
            return try await json(ids.map { ProjectDTO(loaded, projectID: $0, indicators: indicators) }, req)
        }
        api.get("projects", ":id") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let id = req.parameters.get("id") ?? ""
            guard let p = loaded.index.placementsByID[id] else { throw Abort(.notFound, reason: "事業「\(id)」はこの計画にありません") }
            return try await json(ProjectDTO(loaded, projectID: p.project, indicators: OpenData.indicators(loaded.plan)), req)
        }
        api.get("indicators") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            var records = OpenData.indicators(loaded.plan)
            if let raw = try? req.query.get(String.self, at: "goal") {
                guard let code = GoalCode(parsing: raw) else {
                    throw Abort(.badRequest, reason: "パラメータ「goal」は目指す姿のコード（例: 3-1）で指定してください（「\(raw)」）")
                }
                records = records.filter { $0.goal == code.description }
            }
            return try await json(records, req)
        }
        api.get("indicators", ":id") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let id = req.parameters.get("id") ?? ""
            guard let record = OpenData.indicators(loaded.plan).first(where: { $0.id == id }) else {
                throw Abort(.notFound, reason: "行動指標「\(id)」はこの計画にありません")
            }
            return try await json(record, req)
        }
        api.get("search") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let q = try req.searchQuery(required: true)
            return try await json(SearchDTO(query: q, hits: PlanSearch.search(loaded.plan, for: q)), req)
        }
        api.get("evaluations") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let raw = (try? req.query.get(String.self, at: "year")) ?? ""
            guard let year = FiscalYear(parsing: raw) else {
                throw Abort(.badRequest, reason: "パラメータ「year」に年度を指定してください（例: R6、令和6年度、2024）")
            }
            let basisText = (try? req.query.get(String.self, at: "basis")) ?? "revised"
            guard let basis = TargetBasis(rawValue: basisText) else {
                throw Abort(.badRequest, reason: "パラメータ「basis」は revised（見直し後）か adopted（当初）です（「\(basisText)」）")
            }
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            let (evaluator, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: !req.seesUnpublished, basis: basis)
            return try await json(EvaluationsDTO(year: year, evaluator: evaluator, evaluations: evaluations, published: !req.seesUnpublished), req)
        }
    }

    /// JSON with stable key order.
    static func json<T: Encodable>(_ value: T, _ req: Request) async throws -> Response {
        let data = try OpenData.encoder().encode(value)
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

/// `/api/v1/plans` item.
struct PlanDTO: Codable {
    var id: String
    var title: String
    var municipality: String
    var firstYear: String
    var lastYear: String
    var version: Int
    var policies: Int
    var visions: Int
    var goals: Int
    var projects: Int
    var indicators: Int

    init(_ loaded: PlanCatalog.LoadedPlan) {
        let plan = loaded.plan
        id = plan.id; title = plan.title; municipality = plan.municipality
        firstYear = plan.firstYear.code; lastYear = plan.lastYear.code; version = loaded.stored.version
        policies = plan.policies.count; visions = plan.visions.count; goals = plan.goals.count
        projects = Set(plan.placements.map(\.project)).count; indicators = plan.indicators.count
    }
}

/// `/api/v1/goals/{code}`: the goal with its directions, measures and placements.
struct GoalDetailDTO: Codable {
    struct DirectionDTO: Codable {
        var id: String
        var text: String
        var placements: [PlacementDTO]
    }
    var goal: OpenData.GoalRecord
    var directions: [DirectionDTO]

    init(_ loaded: PlanCatalog.LoadedPlan, code: GoalCode) {
        goal = OpenData.goals(loaded.plan).first { $0.code == code.description }!
        let indicators = OpenData.indicators(loaded.plan)
        directions = (loaded.index.directionsByGoal[code] ?? []).map { d in
            let placements = (loaded.index.measuresByDirection[d.id] ?? []).flatMap { loaded.index.placementsByMeasure[$0.id] ?? [] }
            return DirectionDTO(id: d.id, text: d.text, placements: placements.map { PlacementDTO($0, loaded.index, indicators) })
        }
    }
}

/// One placement of a project.
struct PlacementDTO: Codable {
    var id: String
    var goal: String
    var measure: String
    var measureNumber: Int?
    var project: String?
    var content: String
    var roadmap: [String: String]
    var relisted: Bool
    var originalPlacement: String?
    var priority: Bool
    var implementationPlan: Bool
    var indicators: [OpenData.IndicatorRecord]
    var source: OpenData.Source?

    init(_ p: Placement, _ index: PlanIndex, _ indicators: [OpenData.IndicatorRecord]) {
        let m = index.measure(of: p)
        id = p.id; goal = p.goal.description; measure = m?.name ?? ""; measureNumber = m?.number
        project = p.projectName.nonEmpty; content = p.content
        roadmap = Dictionary(uniqueKeysWithValues: p.roadmap.milestones.map { ($0.year.code, $0.text) })
        relisted = p.relisted; originalPlacement = p.original; priority = p.priority; implementationPlan = p.implementationPlan
        self.indicators = indicators.filter { $0.placement == p.id }
        source = p.source.map { OpenData.Source(document: $0.document, line: $0.line) }
    }
}

/// `/api/v1/projects` item: a project and every placement of it.
struct ProjectDTO: Codable {
    var id: String
    var title: String
    var placements: [PlacementDTO]

    init(_ loaded: PlanCatalog.LoadedPlan, projectID: String, indicators: [OpenData.IndicatorRecord]) {
        id = projectID
        title = loaded.index.projectTitle(projectID)
        placements = (loaded.index.placementsByProject[projectID] ?? []).map { PlacementDTO($0, loaded.index, indicators) }
    }
}

struct SearchDTO: Codable {
    var query: String
    var hits: [PlanSearch.Hit]
}

/// `/api/v1/evaluations?year=R6`: achievement per indicator placement and the roll-ups.
struct EvaluationsDTO: Codable {
    var fiscalYear: String
    var publishedOnly: Bool
    var grading: String
    var rule: String
    var indicators: [EvaluationRecord]
    var levels: [RollUpRecord]

    init(year: FiscalYear, evaluator: PlanEvaluator, evaluations: [IndicatorEvaluation], published: Bool) {
        fiscalYear = year.code
        publishedOnly = published
        grading = evaluator.scale.description
        rule = RollUp.rule
        indicators = evaluations.map(EvaluationRecord.init)
        levels = RollUpRecord.all(evaluator.rollUps(evaluations))
    }
}
