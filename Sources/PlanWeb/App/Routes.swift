import Foundation
import PlanServices
import Vapor

/// Registers every route from `Route`: a plan's routes at the root (the default plan) and under
/// `/plans/{plan}`, public ones also under `/en`; every other method of a route answers 405 with
/// `Allow`.
func registerRoutes(_ app: Application) {
    for route in Route.allCases {
        var prefixes: [[String]] = [[]]
        if route.isPlanScoped { prefixes.append(["plans", ":plan"]) }
        if route.isTranslated { prefixes += prefixes.map { ["en"] + $0 } }
        for prefix in prefixes {
            let path = (prefix + route.template).map(PathComponent.init(stringLiteral:))
            for method in route.methods {
                let body: HTTPBodyStreamStrategy = route == .myUpload || route == .activitiesUpload ? .collect(maxSize: "10mb") : .collect
                let answer = RequestIDMiddleware.answering(handler(route, method: method))
                if method == "GET", route.isTranslated, route.isPlanScoped {
                    // Public pages: a cached page is answered on the event loop.
                    let fast = PublicController.cached(route, answer)
                    app.on(HTTPMethod(rawValue: method), path, body: body) { req -> EventLoopFuture<Response> in fast(req) }
                } else {
                    app.on(HTTPMethod(rawValue: method), path, body: body, use: answer)
                }
            }
            let allow = (route.methods.contains("GET") ? route.methods + ["HEAD"] : route.methods).joined(separator: ", ")
            for other in Route.answeredMethods where !route.methods.contains(other) {
                app.on(HTTPMethod(rawValue: other), path) { _ -> Response in
                    throw Abort(.methodNotAllowed, headers: ["Allow": allow], reason: Strings(lang: .ja).methodOnly(allow))
                }
            }
        }
    }
    APIController.register(app)
}

/// The handler of a route and method.
func handler(_ route: Route, method: String) -> @Sendable (Request) async throws -> Response {
    switch (route, method) {
    case (.home, _): PublicController.home
    case (.node, _): PublicController.node
    case (.indicator, _): PublicController.indicator
    case (.search, _): PublicController.search
    case (.vision, _): PublicController.vision
    case (.dashboard, _): PublicController.dashboard
    case (.report, _): PublicController.report
    case (.openData, _): PublicController.openData
    case (.openDataFile, _): PublicController.openDataFile
    case (.dataDictionary, _): PublicController.dataDictionary
    case (.plans, _): PublicController.plans
    case (.styles, _): PublicController.styles
    case (.healthz, _): PublicController.healthz
    case (.openAPI, _): APIController.openAPI
    case (.metrics, _): ServerMetrics.metrics
    case (.login, "POST"): StaffController.login
    case (.login, _): StaffController.loginPage
    case (.logout, _): StaffController.logout
    case (.password, "POST"): StaffController.changePassword
    case (.password, _): StaffController.passwordPage
    case (.lint, _): StaffController.lint
    case (.my, _): StaffController.my
    case (.myTemplate, _): StaffController.myTemplate
    case (.myActuals, _): StaffController.saveActuals
    case (.myUpload, _): StaffController.upload
    case (.mySubmit, _): StaffController.submit
    case (.myItem, "POST"): StaffController.saveItem
    case (.myItem, _): StaffController.itemPage
    case (.office, _): StaffController.office
    case (.officeNotReported, _): StaffController.notReported
    case (.officeAudit, _): StaffController.audit
    case (.officeWorkflow, _): StaffController.workflow
    case (.officePublishYear, _): StaffController.publishYear
    case (.officeLock, _): StaffController.lock
    case (.officeGrading, _): StaffController.grading
    case (.officeDueDate, _): StaffController.dueDate
    case (.officeRemind, _): StaffController.remind
    case (.officeDepartments, "POST"): StaffController.departments
    case (.officeDepartments, _): StaffController.departmentsPage
    case (.officeAssignments, "POST"): StaffController.assignments
    case (.officeAssignments, _): StaffController.assignmentsPage
    case (.officeUsers, "POST"): StaffController.users
    case (.officeUsers, _): StaffController.usersPage
    case (.officeAPITokens, "POST"): StaffController.apiTokens
    case (.officeAPITokens, _): StaffController.apiTokensPage
    case (.officeReview, _): StaffController.review
    case (.activities, "POST"): ActivityController.change
    case (.activities, _): ActivityController.list
    case (.activitiesUpload, _): ActivityController.upload
    case (.activityFigure, _): ActivityController.figure
    }
}

/// The one composition root: the web application over the opened services, for `serve` and for
/// the tests alike.
public func buildApplication(_ services: PlanServices, arguments: [String] = ["actionplan"]) async throws -> Application {
    var environment = Environment(name: "production", arguments: arguments)
    environment.arguments = arguments
    let app = try await Application.make(environment, .shared(services.store.eventLoopGroup))
    app.logger.logLevel = services.configuration.logLevel
    app.storage[ServicesKey.self] = services
    app.storage[PageCacheKey.self] = PageCache(maximumBytes: services.configuration.pageCacheMegabytes * 1024 * 1024)
    app.http.server.configuration.hostname = services.configuration.hostname
    app.http.server.configuration.port = services.configuration.port
    app.http.server.configuration.serverName = nil
    // Nothing the portal accepts comes compressed; a compressed body is refused rather than
    // inflated (and one handler fewer on every request).
    app.http.server.configuration.requestDecompression = .disabled
    app.routes.defaultMaxBodySize = "5mb"  // an actuals CSV of a large plan; nginx's client_max_body_size matches
    let sessions = services.store.sessions
    app.sessions.use { _ in DatabaseSessionDriver(sessions: sessions) }
    app.sessions.configuration.cookieName = "actionplan_session"
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(
            string: id.string, expires: Date().addingTimeInterval(DatabaseSessionDriver.lifetime), path: "/", isHTTPOnly: true, sameSite: .lax)
    }
    ServerMetrics.bootstrap()
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(SiteErrorMiddleware())
    app.middleware.use(ETagMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(ViewerMiddleware())
    app.middleware.use(CSRFMiddleware())
    registerRoutes(app)
    return app
}

/// Serves the portal until the process is told to stop.
public func serve(_ services: PlanServices) async throws {
    let config = services.configuration
    let app = try await buildApplication(services, arguments: ["actionplan", "serve", "--hostname", config.hostname, "--port", String(config.port)])
    app.logger.info(
        "\(Strings(lang: .ja)(.startingPortal))",
        metadata: ["url": .string("http://\(config.hostname):\(config.port)/"), "database": .string(config.database.description)])
    if try await !services.store.accounts.hasOfficeAccount() {
        app.logger.notice(
            "\(Strings(lang: .ja).firstOfficeUserHint(minimumPassword: PlanServices.minimumPasswordLength))")
    }
    // Fill the plan memory in the background: the first request for each plan then finds it
    // (after a restart in a reporting season, requests for every plan arrive at once).
    let preload = Task {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            let (read, registered) = try await services.preloadPlans()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            app.logger.info("\(Strings(lang: .ja).plansPreloaded(read, of: registered, seconds: seconds))")
        } catch is CancellationError {
        } catch {
            if !Task.isCancelled { app.logger.warning("\(Strings(lang: .ja).preloadFailed(String(describing: error)))") }
        }
    }
    defer { preload.cancel() }
    try await runUntilStopped(app)
    preload.cancel()
    _ = await preload.result
}

/// Runs an application until the process is told to stop, then shuts it down (also after an error).
func runUntilStopped(_ app: Application) async throws {
    do {
        try await app.execute()
        try await app.asyncShutdown()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}
