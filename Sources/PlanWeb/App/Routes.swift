import Fluent
import Foundation
import PlanCore
import PlanStore
import Vapor

extension HTTPResponseStatus: HTTPStatusLike {}

/// Registers every route. Handlers are thin: they parse the request, ask the catalog for the
/// plan, build a page model and render its view.
func routes(_ app: Application) throws {
    app.get("styles.css") { _ in
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
    app.get("healthz") { req async throws -> Response in
        do {
            _ = try await PlanRecord.query(on: req.db).count()
            return try await HealthStatus(status: "ok").encodeResponse(for: req)
        } catch {
            req.logger.warning("データベースに接続できません", metadata: ["error": .string(String(describing: error))])
            let response = try await HealthStatus(status: "unavailable").encodeResponse(for: req)
            response.status = .serviceUnavailable
            return response
        }
    }
    // Every plan's pages live under /plans/{plan}/…; the default plan's also at the root.
    let scoped = app.grouped("plans", ":plan")
    try PageController.register(app)
    try PageController.register(scoped)
    try APIController.register(app)
    try CycleController.register(app)
    app.get("plans") { req async throws -> Response in
        let summaries = try await req.catalog.repository.summaries()
        return htmlResponse(PlanListPage.render(summaries))
    }
}

struct HealthStatus: Content { var status: String }

/// Renders HTML with the right content type.
func htmlResponse(_ html: String) -> Response {
    var headers = HTTPHeaders()
    headers.contentType = .html
    return Response(status: .ok, headers: headers, body: .init(string: html))
}

extension Request {
    /// The plan shown by the site, or 404 in Japanese.
    func loadedPlan() async throws -> PlanCatalog.LoadedPlan {
        let requested = parameters.get("plan")
        guard let plan = try await catalog.plan(requested) else {
            if let requested { throw Abort(.notFound, reason: "計画「\(requested)」は登録されていません。") }
            throw Abort(.notFound, reason: "計画が登録されていません。actionplan import で計画を読み込んでください。")
        }
        return plan
    }

    /// A query parameter that must be one of the allowed values, or 400 saying which are.
    func queryValues<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> [T] where T.RawValue == String {
        let raw = (try? query.get([String].self, at: name)) ?? ((try? query.get(String.self, at: name)).map { [$0] } ?? [])
        return try raw.filter { !$0.isEmpty }.map { value in
            guard let v = T(rawValue: value) else {
                throw Abort(.badRequest, reason: "パラメータ「\(name)」の値「\(value)」は使えません（使える値: \(T.allCases.map(\.rawValue).joined(separator: "・"))）")
            }
            return v
        }
    }

    /// The search text, or 400 when it is too long.
    func searchQuery(required: Bool) throws -> String {
        let q = ((try? query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if required && q.isEmpty { throw Abort(.badRequest, reason: "検索する言葉をパラメータ「q」で指定してください（例: ?q=商店街）") }
        if q.count > PlanSearch.maximumQueryLength {
            throw Abort(.badRequest, reason: "検索する言葉は\(PlanSearch.maximumQueryLength)文字以内で指定してください（\(q.count)文字あります）")
        }
        return q
    }
}

extension LintFinding.Severity: CaseIterable {
    public static let allCases: [LintFinding.Severity] = [.error, .warning, .info]
}

/// The public pages.
enum PageController {
    static func register(_ app: any RoutesBuilder) throws {
        app.get { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let filters = Set(try req.queryValues("filter", as: HomePage.Filter.self))
            var model = HomePage.Model(plan: loaded.plan, index: loaded.index, filters: filters)
            if req.parameters.get("plan") == nil {
                let summaries = try await req.catalog.repository.summaries()
                if summaries.count > 1 { model.otherPlans = summaries }
            }
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            if let year = try await cycle.latestPublishedYear(plan: loaded) {
                let (evaluator, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: !req.seesUnpublished)
                let levels = evaluator.rollUps(evaluations)
                model.year = year; model.rollUp = levels.plan; model.scale = evaluator.scale; model.levels = levels
            }
            return htmlResponse(HomePage.render(model))
        }
        app.get("goals", ":code") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let raw = req.parameters.get("code") ?? ""
            guard let code = GoalCode(parsing: raw), let goal = loaded.index.goalsByCode[code] else {
                throw Abort(.notFound, reason: "目指す姿「\(raw)」はこの計画にありません。目指す姿のコードは 1-1 のような形です。")
            }
            let vision = loaded.plan.visions.first { $0.number == goal.vision }
            let policy = loaded.plan.policies.first { $0.number == vision?.policy }
            var model = GoalPage.Model(plan: loaded.plan, index: loaded.index, goal: goal, vision: vision, policy: policy)
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            let requested = try (try? req.query.get(String.self, at: "year")).map { raw -> FiscalYear in
                guard let y = FiscalYear(parsing: raw) else { throw Abort(.badRequest, reason: "年度「\(raw)」が読めません（例: R6）") }
                return y
            }
            var chosen = requested
            if chosen == nil { chosen = try await cycle.latestPublishedYear(plan: loaded) }
            if let year = chosen {
                let (evaluator, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: !req.seesUnpublished)
                let mine = evaluations.filter { $0.placement.goal == code }
                model.year = year; model.evaluations = mine; model.rollUp = RollUp(mine, scale: evaluator.scale); model.scale = evaluator.scale
                for y in YearTargets.years where y <= year {
                    for e in try await cycle.evaluate(plan: loaded, year: y, publishedOnly: !req.seesUnpublished).evaluations where e.placement.goal == code {
                        if let a = e.evaluation.actual { model.history[e.indicator.id, default: [:]][y] = a }
                    }
                }
            }
            return htmlResponse(GoalPage.render(model))
        }
        app.get("projects", ":id") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let id = req.parameters.get("id") ?? ""
            // Any placement's id leads to its project.
            guard let placement = loaded.index.placementsByID[id], let placements = loaded.index.placementsByProject[placement.project] else {
                throw Abort(.notFound, reason: "事業「\(id)」はこの計画にありません。")
            }
            return htmlResponse(ProjectPage.render(.init(plan: loaded.plan, index: loaded.index, projectID: placement.project, placements: placements)))
        }
        app.get("indicators", ":id") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let id = req.parameters.get("id") ?? ""
            guard let indicator = loaded.index.indicatorsByID[id], let placement = loaded.index.placementsByID[indicator.placement] else {
                throw Abort(.notFound, reason: "行動指標「\(id)」はこの計画にありません。")
            }
            let others: [(Placement, Indicator)] = (loaded.index.placementsByProject[placement.project] ?? []).filter { $0.id != placement.id }.compactMap { p in
                let list = loaded.index.indicatorsByPlacement[p.id] ?? []
                return (list.first { $0.part == indicator.part && $0.name == indicator.name } ?? list.first { $0.part == indicator.part }).map { (p, $0) }
            }
            var model = IndicatorPage.Model(plan: loaded.plan, index: loaded.index, indicator: indicator, placement: placement, otherPlacements: others)
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            var progress: [(FiscalYear, Evaluation)] = []
            for year in YearTargets.years {
                let (_, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: !req.seesUnpublished)
                if let e = evaluations.first(where: { $0.indicator.id == indicator.id }) { progress.append((year, e.evaluation)) }
            }
            if progress.contains(where: { $0.1.actual != nil }) { model.progress = progress }
            model.revisions = try await req.cycle.targetRevisions(plan: loaded.plan.id).filter { $0.indicator == indicator.id }
            return htmlResponse(IndicatorPage.render(model))
        }
        app.get("search") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let q = try req.searchQuery(required: false)
            let hits = q.isEmpty ? [] : PlanSearch.search(loaded.plan, for: q)
            return htmlResponse(SearchPage.render(.init(plan: loaded.plan, index: loaded.index, query: q, hits: hits)))
        }
        app.get("vision") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            return htmlResponse(VisionChartPage.render(.init(plan: loaded.plan, chart: loaded.stored.chart)))
        }
        app.get("opendata") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let files = try await YearlyCycle(catalog: req.catalog, cycle: req.cycle).openDataFiles(plan: loaded)
            return htmlResponse(OpenDataPage.render(plan: loaded.plan, files: files.keys.sorted()))
        }
        app.get("opendata", ":file") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let name = req.parameters.get("file") ?? ""
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            var headers = HTTPHeaders()
            if name == "\(loaded.plan.id)-opendata.zip" {
                headers.contentType = .zip
                headers.contentDisposition = .init(.attachment, filename: name)
                return Response(status: .ok, headers: headers, body: .init(data: try await cycle.openDataArchive(plan: loaded)))
            }
            let files = try await cycle.openDataFiles(plan: loaded)
            guard var data = files[name] else { throw Abort(.notFound, reason: "オープンデータのファイル「\(name)」はありません") }
            let encoding = (try? req.query.get(String.self, at: "encoding")) ?? "utf-8"
            switch (encoding.lowercased(), name.hasSuffix(".csv")) {
            case ("utf-8", true), ("utf8", true):
                headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            case ("cp932", true), ("shift_jis", true):
                data = OpenDataFiles.cp932(data).data
                headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "shift_jis"])
            case (_, false):
                headers.contentType = .json
            default:
                throw Abort(.badRequest, reason: "パラメータ「encoding」は utf-8 か cp932 です（「\(encoding)」）")
            }
            headers.contentDisposition = .init(.attachment, filename: name)
            return Response(status: .ok, headers: headers, body: .init(data: data))
        }
        app.get("dashboard") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let raw = (try? req.query.get(String.self, at: "year")) ?? "R6"
            guard let year = FiscalYear(parsing: raw) else { throw Abort(.badRequest, reason: "年度「\(raw)」が読めません（例: R6）") }
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            let publishedOnly = !req.seesUnpublished
            let (evaluator, current) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: publishedOnly)
            var previous: [IndicatorEvaluation] = []
            if let prior = YearTargets.years.last(where: { $0 < year }) {
                previous = try await cycle.evaluate(plan: loaded, year: prior, publishedOnly: publishedOnly).evaluations
            }
            var history: [String: [FiscalYear: Decimal]] = [:]
            for y in YearTargets.years where y <= year {
                for e in try await cycle.evaluate(plan: loaded, year: y, publishedOnly: publishedOnly).evaluations {
                    if let a = e.evaluation.actual { history[e.indicator.id, default: [:]][y] = a }
                }
            }
            return htmlResponse(DashboardPage.render(DashboardPage.model(plan: loaded.plan, year: year, scale: evaluator.scale, current: current,
                                                                         previous: previous, history: history, publishedOnly: publishedOnly)))
        }
        app.get("report") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let raw = (try? req.query.get(String.self, at: "year")) ?? "R6"
            guard let year = FiscalYear(parsing: raw) else { throw Abort(.badRequest, reason: "年度「\(raw)」が読めません（例: R6）") }
            let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
            let model = try await AnnualReport.model(cycle, loaded: loaded, year: year, publishedOnly: !req.seesUnpublished)
            return htmlResponse(AnnualReport.render(model))
        }
        app.get("lint") { req async throws -> Response in
            let loaded = try await req.loadedPlan()
            let severity = try req.queryValues("severity", as: LintFinding.Severity.self).first
            let findings = PlanLinter(plan: loaded.plan, notes: loaded.stored.notes).run()
            return htmlResponse(LintPage.render(.init(plan: loaded.plan, findings: findings, severity: severity)))
        }
    }
}
