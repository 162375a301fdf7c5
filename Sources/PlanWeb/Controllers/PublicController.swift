import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

/// The public pages: parse the request, ask the plan's context, build the page model, render.
/// Anonymous readers' pages come from the page cache while the plan's stamp is unchanged.
enum PublicController {
    /// An HTML answer.
    static func html(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: text))
    }

    /// The parameters a page reads (others are ignored, also by the cache's key).
    static func cacheKey(_ req: Request, route: Route, parameters: [String: String]) -> String {
        let s = req.scope
        let query = parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        return
            "\(s.lang.rawValue)|\(s.scoped ? s.plan : "")|\(s.plan)|\(route.rawValue)|\(route.template.compactMap { $0.hasPrefix(":") ? req.parameters.get(String($0.dropFirst())) : nil }.joined(separator: "/"))|\(query)"
    }

    /// A public page asked for without a query and without a session: answered on the event loop
    /// from the page cache when it holds the page at the plan's current stamp (the stamp read with
    /// the other requests waiting, `StampReads`), without a task; otherwise by the route's handler.
    /// The key is the one `page` stores under for a request without parameters.
    static func cached(
        _ route: Route, _ handler: @escaping @Sendable (Request) async throws -> Response
    ) -> @Sendable (Request) -> EventLoopFuture<Response> {
        { req in
            let answer = { () -> EventLoopFuture<Response> in
                let promise = req.eventLoop.makePromise(of: Response.self)
                promise.completeWithTask { try await handler(req) }
                return promise.futureResult
            }
            guard req.method == .GET, req.url.query == nil, !req.hasSession else { return answer() }
            let key = cacheKey(req, route: route, parameters: [:])
            let stamp = req.eventLoop.makePromise(of: Int64?.self)
            req.services.catalog.stamps.stamp(of: req.scope.plan) { stamp.completeWith($0) }
            return stamp.futureResult.flatMap { stamp in
                guard let stamp, let hit = req.application.pageCache.get(key, stamp: stamp) else { return answer() }
                return req.eventLoop.makeSucceededFuture(response(hit))
            }
        }
    }

    static func response(_ hit: PageCache.Entry) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: hit.contentType)
        headers.replaceOrAdd(name: .eTag, value: hit.etag)
        return Response(status: .ok, headers: headers, body: .init(buffer: hit.body))
    }

    /// Renders a public page, from the cache when the reader is anonymous.
    static func page(
        _ req: Request, route: Route, parameters: [String: String] = [:], _ render: (PlanContext) async throws -> String
    ) async throws -> Response {
        let context = try await req.planContext()
        let cacheable = req.account == nil && !req.hasSession
        let key = cacheKey(req, route: route, parameters: parameters)
        if cacheable, let hit = req.application.pageCache.get(key, stamp: context.snapshot.stamp) { return response(hit) }
        let text = try await render(context)
        let response = html(text)
        if cacheable, let buffer = response.body.buffer {
            let tag = ETagMiddleware.tag(Data(buffer.readableBytesView))
            response.headers.replaceOrAdd(name: .eTag, value: tag)
            req.application.pageCache.put(key, stamp: context.snapshot.stamp, body: buffer, contentType: "text/html; charset=utf-8", etag: tag)
        }
        return response
    }

    static func home(_ req: Request) async throws -> Response {
        let flags = ((try? req.query.get([String].self, at: "flag")) ?? ((try? req.query.get(String.self, at: "flag")).map { [$0] } ?? [])).filter {
            !$0.isEmpty
        }
        return try await page(req, route: .home, parameters: flags.isEmpty ? [:] : ["flag": flags.sorted().joined(separator: ",")]) { c in
            for f in flags where !c.plan.flags.contains(where: { $0.key == f }) {
                let s = req.page(.home).s
                throw Abort(.badRequest, reason: s.unknownFlag(f, accepted: s.list(c.plan.flags.map { $0.key + s.aside(s.flagName($0)) })))
            }
            let others = req.scope.scoped ? [] : try await req.services.summaries().filter { $0.id != c.plan.id }
            return HomePage.render(HomePage.model(c, flags: Set(flags), otherPlans: others), req.page(.home, plan: c.plan))
        }
    }

    static func node(_ req: Request) async throws -> Response {
        let slug = req.parameters.get("level") ?? ""
        let id = req.parameters.get("id") ?? ""
        let year = try req.year()
        let c = try await req.planContext()
        guard let level = c.plan.levelIndex(slug: slug), let node = c.index.node(level: level, pageKey: id) else {
            throw Abort(.notFound, reason: req.page(.home).s.notInPlan("\(slug)/\(id)"))
        }
        guard c.plan.levels[level].hasPages else {
            throw Abort.redirect(to: NodePage.href(node, c.plan, c.index, req.page(.home)), redirectType: .permanent)
        }
        return try await page(req, route: .node, parameters: year.map { ["year": $0.code] } ?? [:]) { c in
            NodePage.render(
                try NodePage.model(c, node: node, year: year), req.page(.node(level: slug, id: c.index.pageKey(of: node.id)), plan: c.plan))
        }
    }

    static func indicator(_ req: Request) async throws -> Response {
        let id = req.parameters.get("id") ?? ""
        return try await page(req, route: .indicator) { c in
            guard let indicator = c.index.indicatorsByID[id] else { throw Abort(.notFound, reason: req.page(.home).s.indicatorNotInPlan(id)) }
            return IndicatorPage.render(IndicatorPage.model(c, indicator: indicator), req.page(.indicator(id), plan: c.plan))
        }
    }

    static func search(_ req: Request) async throws -> Response {
        let q = ((try? req.query.get(String.self, at: "q")) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if q.count > PlanSearch.maximumQueryLength {
            throw Abort(.badRequest, reason: req.page(.home).s.queryTooLong(maximum: PlanSearch.maximumQueryLength, count: q.count))
        }
        return try await page(req, route: .search, parameters: q.isEmpty ? [:] : ["q": q]) { c in
            SearchPage.render(
                .init(plan: c.plan, index: c.index, query: q, hits: q.isEmpty ? [] : PlanSearch.search(c.plan, for: q)),
                req.page(.search(q), plan: c.plan))
        }
    }

    static func vision(_ req: Request) async throws -> Response {
        try await page(req, route: .vision) { c in
            VisionChartPage.render(plan: c.plan, index: c.index, chart: c.snapshot.stored.chart, req.page(.vision, plan: c.plan))
        }
    }

    static func dashboard(_ req: Request) async throws -> Response {
        let requested = try req.year()
        return try await page(req, route: .dashboard, parameters: requested.map { ["year": $0.code] } ?? [:]) { c in
            guard let year = try requested.map({ try c.requireYear($0) }) ?? c.defaultYear else {
                throw Abort(.notFound, reason: req.page(.home).s.planHasNoYears)
            }
            return DashboardPage.render(DashboardPage.model(c, year: year), req.page(.dashboard(year), plan: c.plan))
        }
    }

    static func report(_ req: Request) async throws -> Response {
        let requested = try req.year()
        let draft = (try? req.query.get(String.self, at: "draft")) == "1"
        return try await page(
            req, route: .report, parameters: (requested.map { ["year": $0.code] } ?? [:]).merging(draft ? ["draft": "1"] : [:]) { a, _ in a }
        ) { c in
            guard let year = try requested.map({ try c.requireYear($0) }) ?? c.defaultYear else {
                throw Abort(.notFound, reason: req.page(.home).s.planHasNoYears)
            }
            return ReportPage.render(ReportPage.model(c, year: year, draft: draft), req.page(.report(year), plan: c.plan))
        }
    }

    static func dataDictionary(_ req: Request) async throws -> Response {
        try await page(req, route: .dataDictionary) { c in DataDictionaryPage.render(plan: c.plan, req.page(.dataDictionary, plan: c.plan)) }
    }

    static func openData(_ req: Request) async throws -> Response {
        try await page(req, route: .openData) { c in
            OpenDataPage.render(plan: c.plan, files: try c.openDataFilesWithLosses(), req.page(.openData, plan: c.plan))
        }
    }

    static func openDataFile(_ req: Request) async throws -> Response {
        let c = try await req.planContext()
        let name = req.parameters.get("file") ?? ""
        var headers = HTTPHeaders()
        if name == c.openDataArchiveName {
            headers.contentType = .zip
            headers.contentDisposition = .init(.attachment, filename: name)
            return Response(status: .ok, headers: headers, body: .init(data: try c.openDataArchive()))
        }
        let files = try c.openDataFiles()
        var served = name
        // `?encoding=cp932` (older links) is the `…-cp932.csv` copy under its own name.
        switch ((try? req.query.get(String.self, at: "encoding")) ?? "utf-8").lowercased() {
        case "utf-8", "utf8": break
        case "cp932", "shift_jis", "windows-31j", "ms932":
            if name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv") { served = OpenDataFiles.cp932Name(name) }
        case let other: throw Abort(.badRequest, reason: req.page(.home).s.encodingParameter(other))
        }
        guard let data = files[served] else { throw Abort(.notFound, reason: req.page(.home).s.openDataFileMissing(name)) }
        let media = OpenDataFiles.mediaType(of: served)
        let parts = media.type.split(separator: "/").map(String.init)
        headers.contentType = HTTPMediaType(type: parts[0], subType: parts[1], parameters: media.charset.map { ["charset": $0] } ?? [:])
        headers.contentDisposition = .init(.attachment, filename: served)
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static func plans(_ req: Request) async throws -> Response {
        let summaries = try await req.services.summaries()
        return html(PlansPage.render(summaries, defaultPlan: req.services.configuration.defaultPlan, req.page(.plans)))
    }

    static func styles(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    static func healthz(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        do {
            try await req.services.store.ping()
            return Response(status: .ok, headers: headers, body: .init(string: "{\"status\":\"ok\"}"))
        } catch {
            req.logger.warning("\(Strings(lang: .ja)(.databaseUnavailable))", metadata: ["error": .string(String(describing: error))])
            return Response(status: .serviceUnavailable, headers: headers, body: .init(string: "{\"status\":\"unavailable\"}"))
        }
    }
}
