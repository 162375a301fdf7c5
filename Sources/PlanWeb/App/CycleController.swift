import Fluent
import Foundation
import PlanCore
import PlanStore
import Vapor

/// Staff routes: log-in, a department's actuals and self-evaluations, and the plan office's
/// progress management. Every POST is CSRF-checked; every change is audited by the repository.
enum CycleController {
    static func register(_ app: Application) throws {
        app.storage[LoginThrottleKey.self] = LoginThrottle()
        let staff = app.grouped(CSRFMiddleware())

        staff.get("login") { req async throws -> Response in
            let next = (try? req.query.get(String.self, at: "next")) ?? "/"
            return htmlResponse(LoginPage.render(csrf: req.csrfToken, next: safeNext(next), error: nil))
        }
        staff.post("login") { req async throws -> Response in
            struct Form: Content { var name: String; var password: String; var next: String? }
            let form = try req.content.decode(Form.self)
            let throttle = req.application.storage[LoginThrottleKey.self]!
            let key = "\(form.name)|\(req.remoteAddress?.ipAddress ?? "-")"
            if await throttle.isBlocked(key) {
                let response = htmlResponse(LoginPage.render(csrf: req.csrfToken, next: safeNext(form.next ?? "/"),
                                                             error: "ログインの失敗が続いたため、しばらく受け付けません。15分ほどしてからお試しください。"))
                response.status = .tooManyRequests
                return response
            }
            guard let account = try await req.cycle.account(name: form.name), account.active,
                  PlanService.verifyPassword(form.password, hash: account.passwordHash) else {
                await throttle.recordFailure(key)
                req.logger.notice("ログインに失敗しました", metadata: ["user": .string(form.name)])
                let response = htmlResponse(LoginPage.render(csrf: req.csrfToken, next: safeNext(form.next ?? "/"), error: "利用者名またはパスワードが違います。"))
                response.status = .unauthorized
                return response
            }
            await throttle.reset(key)
            // A new session id at log-in (no session fixation); the old record is left to expire.
            let csrf = req.session.data["csrf"]
            req.session.id = nil
            req.session.data = SessionData()
            req.session.data["csrf"] = csrf
            req.session.data["user"] = account.id.uuidString
            req.session.data["seen"] = String(Date().timeIntervalSince1970)
            req.logger.info("ログインしました", metadata: ["user": .string(account.name), "role": .string(account.role.rawValue)])
            let target = form.next.map(safeNext) ?? "/"
            let home = (account.plan.map { $0 == req.catalog.defaultPlan ? "" : "/plans/\(SiteURL.escape($0))" } ?? "")
                + (account.role == .department ? "/my" : "/office")
            return req.redirect(to: target == "/" ? home : target)
        }
        staff.post("logout") { req async throws -> Response in
            req.session.destroy()
            return req.redirect(to: "/")
        }

        try registerStaff(staff)
        try registerStaff(staff.grouped("plans", ":plan"))
    }

    /// A plan's staff pages: at the root for the default plan, and under `/plans/{plan}`.
    static func registerStaff(_ staff: any RoutesBuilder) throws {
        // A department's page.
        staff.get("my") { req async throws -> Response in
            try await myPage(req, year: try year(req), notices: [], errors: [], typed: [:], typedNotes: [:])
        }
        staff.get("my", "template.csv") { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let year = try year(req)
            let projects = try await req.cycle.projects(of: try departmentID(account), plan: loaded.plan.id)
            let existing = try await req.cycle.actuals(plan: loaded.plan.id, year: year).map(\.actual)
            let data = ActualsCSV.template(plan: loaded.plan, year: year, projects: projects, existing: existing)
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            headers.contentDisposition = .init(.attachment, filename: "actuals-\(year.code).csv")
            return Response(status: .ok, headers: headers, body: .init(data: data))
        }
        staff.post("my", "actuals") { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let year = try formYear(req)
            let values = (try? req.content.get([String: String].self, at: "value")) ?? [:]
            let notes = (try? req.content.get([String: String].self, at: "note")) ?? [:]
            let versions = (try? req.content.get([String: String].self, at: "version")) ?? [:]
            let projects = try await req.cycle.projects(of: try departmentID(account), plan: loaded.plan.id)
            try await requireEditable(req, loaded: loaded, account: account, year: year)
            var changes: [ActualChange] = []
            var errors: [String] = []
            let entered = Set(try await req.cycle.actuals(plan: loaded.plan.id, year: year).map(\.actual.indicator))
            for (id, raw) in values.sorted(by: { $0.key < $1.key }) {
                guard let indicator = loaded.index.indicatorsByID[id], let placement = loaded.index.placementsByID[indicator.placement],
                      projects.contains(placement.project) else {
                    errors.append("指標「\(id)」はあなたの課の事業ではありません"); continue
                }
                switch ActualsCSV.validate(raw, indicator: indicator, allowRateOver100: false) {
                case .failure(let m): errors.append("\(indicator.name.isEmpty ? id : indicator.name): \(m.description)")
                case .success(let v):
                    let note = notes[id] ?? ""
                    if v == nil && !entered.contains(id) && note.isEmpty { continue }
                    changes.append(ActualChange(actual: Actual(indicator: id, year: year, value: v, note: note),
                                                expectedVersion: Int(versions[id] ?? "") ?? 0))
                }
            }
            if !errors.isEmpty { return try await myPage(req, year: year, notices: [], errors: errors, typed: values, typedNotes: notes, status: .unprocessableEntity) }
            do {
                try await req.cycle.saveActuals(plan: loaded.plan.id, changes, actor: account.name)
            } catch let e as CycleError {
                return try await myPage(req, year: year, notices: [], errors: [e.description], typed: [:], typedNotes: [:], status: .conflict)
            }
            await req.catalog.invalidate()
            return try await myPage(req, year: year, notices: ["保存しました（\(changes.count)件）"], errors: [], typed: [:], typedNotes: [:])
        }
        staff.on(.POST, "my", "upload", body: .collect(maxSize: ByteCount(value: HTTPLimits.maxBodyBytes))) { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let year = try year(req)
            try await requireEditable(req, loaded: loaded, account: account, year: year)
            struct Upload: Content { var file: File }
            guard let upload = try? req.content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
                return try await myPage(req, year: year, notices: [], errors: ["取り込むファイルを選んでください"], typed: [:], typedNotes: [:], status: .badRequest)
            }
            let projects = try await req.cycle.projects(of: try departmentID(account), plan: loaded.plan.id)
            do {
                let reading = try ActualsCSV.read(Data(upload.file.data.readableBytesView), name: upload.file.filename, plan: loaded.plan,
                                                  options: .init(year: year, projects: projects))
                try await req.cycle.saveActuals(plan: loaded.plan.id, reading.actuals.map { ActualChange(actual: $0, expectedVersion: nil) }, actor: account.name)
                return try await myPage(req, year: year, notices: ["取り込みました: 実績 \(reading.actuals.count) 件、空欄（未報告）\(reading.notReported.count) 件"],
                                        errors: [], typed: [:], typedNotes: [:])
            } catch let failure as ImportFailure {
                return try await myPage(req, year: year, notices: [], errors: failure.errors.map(\.description), typed: [:], typedNotes: [:], status: .unprocessableEntity)
            } catch let e as CycleError {
                return try await myPage(req, year: year, notices: [], errors: [e.description], typed: [:], typedNotes: [:], status: .conflict)
            }
        }
        staff.post("my", "submit") { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let year = try formYear(req)
            guard let dept = try await department(req, account: account, plan: loaded.plan.id) else { throw Abort(.forbidden, reason: "課が設定されていません") }
            do {
                _ = try await req.cycle.perform(.submit, plan: loaded.plan.id, department: dept, year: year, role: account.role, comment: "", actor: account.name)
            } catch let e as CycleError {
                return try await myPage(req, year: year, notices: [], errors: [e.description], typed: [:], typedNotes: [:], status: .conflict)
            }
            return try await myPage(req, year: year, notices: ["提出しました。計画担当の承認をお待ちください。"], errors: [], typed: [:], typedNotes: [:])
        }
        staff.get("my", "projects", ":id") { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let project = try ownedProject(req, loaded: loaded)
            try await requireOwner(req, loaded: loaded, account: account, project: project)
            let year = try year(req)
            let existing = try await req.cycle.selfEvaluations(plan: loaded.plan.id, year: year).first { $0.project == project }
            let editable = try await isEditable(req, loaded: loaded, account: account, year: year)
            return htmlResponse(SelfEvaluationPage.render(.init(plan: loaded.plan, index: loaded.index, project: project, year: year,
                                                                existing: existing, editable: editable, csrf: req.csrfToken)))
        }
        staff.post("my", "projects", ":id") { req async throws -> Response in
            let account = try req.requireAccount([.department])
            let loaded = try await req.loadedPlan()
            let project = try ownedProject(req, loaded: loaded)
            try await requireOwner(req, loaded: loaded, account: account, project: project)
            let year = try formYear(req)
            try await requireEditable(req, loaded: loaded, account: account, year: year)
            let text = (try? req.content.get(String.self, at: "text")) ?? ""
            let directionText = (try? req.content.get(String.self, at: "direction")) ?? ""
            guard directionText.isEmpty || FutureDirection(rawValue: directionText) != nil else {
                throw Abort(.badRequest, reason: "今後の方向性「\(directionText)」は選べません（\(FutureDirection.allCases.map(\.rawValue).joined(separator: "・"))）")
            }
            let statuses = (try? req.content.get([String: String].self, at: "milestone")) ?? [:]
            let comments = (try? req.content.get([String: String].self, at: "milestoneComment")) ?? [:]
            let milestones = (loaded.index.placementsByID[project]?.roadmap.milestones ?? []).map { year, _ in
                SelfEvaluation.MilestoneReport(year: year, status: statuses[year.code].flatMap(MilestoneStatus.init(rawValue:)), comment: comments[year.code] ?? "")
            }
            let evaluation = SelfEvaluation(project: project, year: year, text: text, direction: FutureDirection(rawValue: directionText), milestones: milestones)
            try await req.cycle.saveSelfEvaluation(plan: loaded.plan.id, evaluation, actor: account.name)
            return req.redirect(to: SiteURL.scoped("/my") + "?year=\(year.code)")
        }

        // The plan office (reviewers may read).
        staff.get("office") { req async throws -> Response in
            try await officePage(req, year: try year(req), notices: [], errors: [])
        }
        staff.get("office", "not-reported") { req async throws -> Response in
            _ = try req.requireAccount([.office, .reviewer])
            let loaded = try await req.loadedPlan()
            let year = try year(req)
            let items = try await notReported(req, loaded: loaded, year: year)
            return htmlResponse(NotReportedPage.render(plan: loaded.plan, year: year, items: items))
        }
        staff.get("office", "audit") { req async throws -> Response in
            _ = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            return htmlResponse(AuditPage.render(plan: loaded.plan, entries: try await req.cycle.audit()))
        }
        staff.post("office", "workflow") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            let year = try formYear(req)
            let name = (try? req.content.get(String.self, at: "department")) ?? ""
            let actionText = (try? req.content.get(String.self, at: "action")) ?? ""
            guard let action = WorkflowAction(rawValue: actionText) else { throw Abort(.badRequest, reason: "手続き「\(actionText)」はありません") }
            guard let dept = try await req.cycle.department(plan: loaded.plan.id, name: name) else { throw Abort(.badRequest, reason: "課「\(name)」がありません") }
            do {
                let state = try await req.cycle.perform(action, plan: loaded.plan.id, department: dept, year: year, role: account.role,
                                                        comment: (try? req.content.get(String.self, at: "comment")) ?? "", actor: account.name)
                await req.catalog.invalidate()
                return try await officePage(req, year: year, notices: ["\(name): \(state.label)にしました"], errors: [])
            } catch let e as CycleError {
                return try await officePage(req, year: year, notices: [], errors: [e.description], status: .conflict)
            }
        }
        staff.post("office", "lock") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            let year = try formYear(req)
            let lock = ((try? req.content.get(String.self, at: "lock")) ?? "1") == "1"
            try await req.cycle.setLocked(plan: loaded.plan.id, year: year, locked: lock, actor: account.name,
                                          reason: (try? req.content.get(String.self, at: "reason")) ?? "")
            return try await officePage(req, year: year, notices: [lock ? "ロックしました" : "ロックを解除しました"], errors: [])
        }
        staff.post("office", "grading") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            let text = (try? req.content.get(String.self, at: "scale")) ?? ""
            guard let scale = GradingScale(parsing: text) else {
                return try await officePage(req, year: .r6, notices: [], errors: ["段階「\(text)」が読めません（例: A:100,B:80,C:50,D:0）"], status: .badRequest)
            }
            do { try await req.cycle.setGradingScale(plan: loaded.plan.id, scale, actor: account.name) } catch let e as CycleError {
                return try await officePage(req, year: .r6, notices: [], errors: [e.description], status: .badRequest)
            }
            return try await officePage(req, year: .r6, notices: ["評価の段階を変更しました: \(scale.description)"], errors: [])
        }
        staff.post("office", "departments") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            let name = (try? req.content.get(String.self, at: "name")) ?? ""
            do { try await req.cycle.addDepartment(plan: loaded.plan.id, name: name, actor: account.name) } catch let e as CycleError {
                return try await officePage(req, year: .r6, notices: [], errors: [e.description], status: .badRequest)
            }
            return try await officePage(req, year: .r6, notices: ["課を追加しました: \(name)"], errors: [])
        }
        staff.post("office", "users") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            struct Form: Content { var name: String; var role: String; var department: String?; var password: String }
            let form = try req.content.decode(Form.self)
            guard let role = Role(rawValue: form.role) else { throw Abort(.badRequest, reason: "役割「\(form.role)」はありません") }
            guard form.password.count >= 10 else {
                return try await officePage(req, year: .r6, notices: [], errors: ["パスワードは10文字以上にしてください"], status: .badRequest)
            }
            do {
                let dept = try await form.department.flatMap { $0.isEmpty ? nil : $0 }.asyncMap { try await req.cycle.department(plan: loaded.plan.id, name: $0) } ?? nil
                try await req.cycle.addUser(name: form.name, passwordHash: try PlanService.hashPassword(form.password), role: role, department: dept,
                                            plan: account.plan ?? loaded.plan.id, actor: account.name)
            } catch let e as CycleError {
                return try await officePage(req, year: .r6, notices: [], errors: [e.description], status: .badRequest)
            }
            return try await officePage(req, year: .r6, notices: ["利用者を追加しました: \(form.name)"], errors: [])
        }
        staff.post("office", "targets") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            struct Form: Content { var indicator: String; var year: String; var value: String; var date: String; var reason: String }
            let form = try req.content.decode(Form.self)
            guard let indicator = loaded.index.indicatorsByID[form.indicator] else {
                return try await officePage(req, year: .r6, notices: [], errors: ["指標ID「\(form.indicator)」はこの計画にありません"], status: .badRequest)
            }
            guard let year = FiscalYear(parsing: form.year) else { throw Abort(.badRequest, reason: "年度「\(form.year)」が読めません") }
            let value: Decimal?
            switch NumberCell.parse(form.value) {
            case .success(.value(let v)): value = v
            case .success(.none): value = nil
            case .failure(let e): return try await officePage(req, year: .r6, notices: [], errors: ["目標値「\(form.value)」: \(e.reason)"], status: .badRequest)
            }
            let current = loaded.plan.applying(try await req.cycle.targetRevisions(plan: loaded.plan.id)).indicators.first { $0.id == indicator.id }?.targets[year]
            do {
                try await req.cycle.reviseTarget(plan: loaded.plan.id, TargetRevision(indicator: indicator.id, year: year, value: value, decidedOn: form.date, reason: form.reason),
                                                 previous: current, actor: account.name)
            } catch let e as CycleError {
                return try await officePage(req, year: .r6, notices: [], errors: [e.description], status: .badRequest)
            }
            return try await officePage(req, year: year, notices: ["\(indicator.name) \(year.label)の目標値を見直しました"], errors: [])
        }
        staff.post("office", "assign") { req async throws -> Response in
            let account = try req.requireAccount([.office])
            let loaded = try await req.loadedPlan()
            let id = (try? req.content.get(String.self, at: "project")) ?? ""
            let name = (try? req.content.get(String.self, at: "department")) ?? ""
            let co = ((try? req.content.get(String.self, at: "co")) ?? "") == "1"
            guard let placement = loaded.index.placementsByID[id] else {
                return try await officePage(req, year: .r6, notices: [], errors: ["事業「\(id)」はこの計画にありません（掲載IDは事業のページのURLにあります）"], status: .badRequest)
            }
            guard let dept = try await req.cycle.department(plan: loaded.plan.id, name: name) else {
                return try await officePage(req, year: .r6, notices: [], errors: ["課「\(name)」がありません"], status: .badRequest)
            }
            try await req.cycle.assign(plan: loaded.plan.id, project: placement.project, department: dept, lead: !co, actor: account.name)
            return try await officePage(req, year: .r6, notices: ["\(loaded.index.projectTitle(placement.project))を\(name)に割り当てました"], errors: [])
        }
    }

    // MARK: Helpers

    static func safeNext(_ next: String) -> String {
        next.hasPrefix("/") && !next.hasPrefix("//") ? next : "/"
    }

    static func year(_ req: Request) throws -> FiscalYear {
        guard let raw = try? req.query.get(String.self, at: "year"), !raw.isEmpty else { return .r6 }
        guard let y = FiscalYear(parsing: raw) else { throw Abort(.badRequest, reason: "年度「\(raw)」が読めません（例: R6、令和6年度、2024）") }
        return y
    }

    static func formYear(_ req: Request) throws -> FiscalYear {
        let raw = (try? req.content.get(String.self, at: "year")) ?? ""
        guard let y = FiscalYear(parsing: raw) else { throw Abort(.badRequest, reason: "年度「\(raw)」が読めません（例: R6）") }
        return y
    }

    static func departmentID(_ account: Account) throws -> UUID {
        guard let id = account.departmentID else { throw Abort(.forbidden, reason: "この利用者には課が設定されていません。計画担当に連絡してください") }
        return id
    }

    static func department(_ req: Request, account: Account, plan: String) async throws -> DepartmentRecord? {
        guard let id = account.departmentID else { return nil }
        return try await req.cycle.departments(plan: plan).first { $0.id == id }
    }

    static func ownedProject(_ req: Request, loaded: PlanCatalog.LoadedPlan) throws -> String {
        let id = req.parameters.get("id") ?? ""
        guard let p = loaded.index.placementsByID[id] else { throw Abort(.notFound, reason: "事業「\(id)」はこの計画にありません") }
        return p.project
    }

    static func requireOwner(_ req: Request, loaded: PlanCatalog.LoadedPlan, account: Account, project: String) async throws {
        let projects = try await req.cycle.projects(of: try departmentID(account), plan: loaded.plan.id)
        guard projects.contains(project) else { throw Abort(.forbidden, reason: "この事業はあなたの課の事業ではありません") }
    }

    static func isEditable(_ req: Request, loaded: PlanCatalog.LoadedPlan, account: Account, year: FiscalYear) async throws -> Bool {
        if try await req.cycle.isLocked(plan: loaded.plan.id, year: year) { return false }
        let (state, _) = try await req.cycle.state(plan: loaded.plan.id, department: try departmentID(account), year: year)
        return state.editableByDepartment
    }

    static func requireEditable(_ req: Request, loaded: PlanCatalog.LoadedPlan, account: Account, year: FiscalYear) async throws {
        if try await req.cycle.isLocked(plan: loaded.plan.id, year: year) { throw Abort(.forbidden, reason: CycleError.locked(year).description) }
        guard try await isEditable(req, loaded: loaded, account: account, year: year) else {
            throw Abort(.forbidden, reason: "提出済み・承認済みの実績は変更できません。変更が必要なときは計画担当に差し戻しを依頼してください")
        }
    }

    static func myPage(_ req: Request, year: FiscalYear, notices: [String], errors: [String], typed: [String: String], typedNotes: [String: String],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let account = try req.requireAccount([.department])
        let loaded = try await req.loadedPlan()
        let deptID = try departmentID(account)
        let projects = try await req.cycle.projects(of: deptID, plan: loaded.plan.id)
        let stored = Dictionary(try await req.cycle.actuals(plan: loaded.plan.id, year: year).map { ($0.actual.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        let units = ReportingUnits(loaded.plan, year: year)
        let rows: [MyPage.Row] = units.order.compactMap { id in
            guard let i = loaded.index.indicatorsByID[id], let p = loaded.index.placementsByID[i.placement], projects.contains(p.project) else { return nil }
            return MyPage.Row(reportingID: id, indicator: i, placement: p, measure: loaded.index.measure(of: p), target: i.targets[year],
                              stored: stored[id], typed: typed[id], typedNote: typedNotes[id])
        }
        let (state, comment) = try await req.cycle.state(plan: loaded.plan.id, department: deptID, year: year)
        let name = try await req.cycle.departments(plan: loaded.plan.id).first { $0.id == deptID }?.name ?? ""
        let orderedProjects = loaded.plan.placements.map(\.project).reduce(into: [String]()) { if projects.contains($1) && !$0.contains($1) { $0.append($1) } }
        let html = MyPage.render(.init(plan: loaded.plan, index: loaded.index, account: account, departmentName: name, year: year, state: state,
                                       comment: comment, locked: try await req.cycle.isLocked(plan: loaded.plan.id, year: year), rows: rows,
                                       projects: orderedProjects, csrf: req.csrfToken, notices: notices, errors: errors))
        let response = htmlResponse(html)
        response.status = status
        return response
    }

    static func officePage(_ req: Request, year: FiscalYear, notices: [String], errors: [String], status: HTTPResponseStatus = .ok) async throws -> Response {
        let account = try req.requireAccount([.office, .reviewer])
        let loaded = try await req.loadedPlan()
        let slug = loaded.plan.id
        let departments = try await req.cycle.departments(plan: slug)
        let assignments = try await req.cycle.assignments(plan: slug)
        let states = try await req.cycle.states(plan: slug, year: year)
        let units = ReportingUnits(loaded.plan, year: year)
        let entered = Set(try await req.cycle.actuals(plan: slug, year: year).filter { $0.actual.value != nil }.map(\.actual.indicator))
        var rows: [OfficePage.DepartmentRow] = []
        for d in departments {
            let projects = Set(assignments.filter { $0.departmentID == d.id }.map(\.projectKey))
            let mine = units.order.filter { id in
                guard let i = loaded.index.indicatorsByID[id], let p = loaded.index.placementsByID[i.placement] else { return false }
                return projects.contains(p.project) && i.targets[year] != nil
            }
            let (_, comment) = try await req.cycle.state(plan: slug, department: try d.requireID(), year: year)
            rows.append(.init(name: d.name, state: states[try d.requireID()] ?? .draft, comment: comment, projects: projects.count,
                              units: mine.count, notReported: mine.filter { !entered.contains($0) }.count))
        }
        let allProjects = Set(loaded.plan.placements.map(\.project))
        let assigned = Set(assignments.map(\.projectKey))
        let cycle = YearlyCycle(catalog: req.catalog, cycle: req.cycle)
        let (evaluator, evaluations) = try await cycle.evaluate(plan: loaded, year: year, publishedOnly: false)
        let html = OfficePage.render(.init(plan: loaded.plan, index: loaded.index, account: account, year: year,
                                           locked: try await req.cycle.isLocked(plan: slug, year: year), departments: rows,
                                           unassignedProjects: allProjects.subtracting(assigned).count, scale: evaluator.scale,
                                           accounts: account.role == .office ? try await req.cycle.accounts().filter { $0.belongs(to: slug) } : [], csrf: req.csrfToken,
                                           rollUp: RollUp(evaluations, scale: evaluator.scale), notices: notices, errors: errors))
        let response = htmlResponse(html)
        response.status = status
        return response
    }

    static func notReported(_ req: Request, loaded: PlanCatalog.LoadedPlan, year: FiscalYear) async throws -> [NotReportedPage.Item] {
        let slug = loaded.plan.id
        let departments = Dictionary(try await req.cycle.departments(plan: slug).compactMap { d in d.id.map { ($0, d.name) } }, uniquingKeysWith: { a, _ in a })
        let leads = Dictionary(try await req.cycle.assignments(plan: slug).filter(\.lead).map { ($0.projectKey, $0.departmentID) }, uniquingKeysWith: { a, _ in a })
        let entered = Set(try await req.cycle.actuals(plan: slug, year: year).filter { $0.actual.value != nil }.map(\.actual.indicator))
        let units = ReportingUnits(loaded.plan, year: year)
        return units.order.compactMap { id in
            guard let i = loaded.index.indicatorsByID[id], let p = loaded.index.placementsByID[i.placement], let target = i.targets[year],
                  !entered.contains(id) else { return nil }
            let dept = leads[p.project].flatMap { departments[$0] } ?? "（未割り当て）"
            return .init(department: dept, goal: p.goal.description, indicatorID: id, name: i.name, target: target)
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let v): return try await transform(v)
        case .none: return nil
        }
    }
}
