import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

/// Log-in, the department's pages and the plan office's: thin handlers that parse the form,
/// call the service and render or redirect. Every POST answers 303 to a page (reloading never
/// resubmits), with its message in the session's flash; what the service refuses is refused
/// with the service's words.
enum StaffController {
    // MARK: Log-in

    static func loginPage(_ req: Request) async throws -> Response {
        let next = safeNext((try? req.query.get(String.self, at: "next")) ?? "/")
        return PublicController.html(LoginPage.render(req.page(.login(next: nil)), csrf: req.csrfToken, next: next, error: nil))
    }

    static func login(_ req: Request) async throws -> Response {
        struct Form: Content {
            var name: String
            var password: String
            var next: String?
        }
        let form = try req.content.decode(Form.self)
        let address = ClientAddress.of(req, trusted: req.services.configuration.trustedProxies)
        let account: Account
        do {
            account = try await req.services.logIn(name: form.name, password: form.password, address: address)
        } catch let e as ServiceError {
            let page = LoginPage.render(req.page(.login(next: nil)), csrf: req.csrfToken, next: safeNext(form.next ?? "/"), error: e.message)
            return PublicController.html(page, status: e.kind == .forbidden ? .tooManyRequests : .unauthorized)
        }
        // A new session id at log-in (no session fixation).
        // The old session's row goes; with no id the sessions middleware stores the data under
        // a new one and sends its cookie.
        if let old = req.session.id { try await req.services.store.sessions.delete(old.string) }
        req.session.id = nil
        req.session.data["user"] = account.id.uuidString
        req.session.data["seen"] = String(Date().timeIntervalSince1970)
        req.logger.info("\(Strings(lang: .ja)(.signedIn))", metadata: ["user": .string(account.name), "role": .string(account.role.rawValue)])
        let target = safeNext(form.next ?? "/")
        let plan = account.plan ?? req.services.configuration.defaultPlan
        let links = Links(base: Links.base(plan: plan, defaultPlan: req.services.configuration.defaultPlan))
        let home = links.href(account.role == .department ? .my(nil) : .office(nil))
        return req.redirect(to: target == "/" ? home : target, redirectType: .normal)
    }

    static func logout(_ req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: "/", redirectType: .normal)
    }

    /// Only a path of this site (no `//host`, no scheme).
    static func safeNext(_ next: String) -> String {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("\n") else { return "/" }
        return next
    }

    static func passwordPage(_ req: Request) async throws -> Response {
        let account = try req.requireAccount()
        return PublicController.html(
            PasswordPage.render(
                req.page(.password), csrf: req.csrfToken, flash: req.takeFlash(), temporary: account.mustChangePassword, email: account.email))
    }

    static func changePassword(_ req: Request) async throws -> Response {
        let account = try req.requireAccount()
        if (try? req.content.get(String.self, at: "action")) == "email" {
            let email = (try? req.content.get(String.self, at: "email")) ?? ""
            do {
                try await req.services.setEmail(name: account.name, email: email, viewer: .signedIn(account))
                return req.redirect(to: .password, flash: Flash(notices: [req.strings(email.isEmpty ? .emailRemoved : .emailSaved)]))
            } catch let e as ServiceError where e.kind == .invalid {
                return req.redirect(to: .password, flash: Flash(errors: [e.message]))
            }
        }
        let current = (try? req.content.get(String.self, at: "current")) ?? ""
        let new = (try? req.content.get(String.self, at: "new")) ?? ""
        do {
            try await req.services.changePassword(account, current: current, new: new)
            return req.redirect(to: .password, flash: Flash(notices: [req.strings(.passwordChanged)]))
        } catch let e as ServiceError where e.kind == .invalid {
            return req.redirect(to: .password, flash: Flash(errors: [e.message]))
        }
    }

    // MARK: Staff review of the plan

    static func lint(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office, .reviewer])
        let c = try await req.planContext()
        let raw = (try? req.query.get(String.self, at: "severity")) ?? ""
        var severity: LintFinding.Severity? = nil
        if !raw.isEmpty {
            guard let s = LintFinding.Severity(rawValue: raw) else {
                throw Abort(.badRequest, reason: req.strings.severityParameter(raw))
            }
            severity = s
        }
        let findings = c.snapshot.findings
        return PublicController.html(
            LintPage.render(plan: c.plan, findings: findings, severity: severity, req.page(.lint(severity?.rawValue), plan: c.plan)))
    }

    // MARK: A department's pages

    static func department(_ c: PlanContext) throws -> Department {
        guard let d = c.viewerDepartment else { throw Abort(.forbidden, reason: Strings(lang: .ja)(.noDepartmentForUser)) }
        return d
    }

    static func my(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department])
        let c = try await req.planContext()
        let d = try department(c)
        guard
            let year = try req.year().map({ try c.requireYear($0) }) ?? c.plan.reportingYears.first(where: {
                c.snapshot.state(ofDepartment: d.id, year: $0).state != .published
            }) ?? c.plan.reportingYears.first
        else {
            throw Abort(.notFound, reason: req.strings.planHasNoYears)
        }
        let m = MyPage.model(c, department: d, year: year, csrf: req.csrfToken, flash: req.takeFlash())
        return PublicController.html(MyPage.render(m, req.page(.my(year), plan: c.plan)))
    }

    static func myTemplate(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department])
        let c = try await req.planContext()
        guard let year = try req.year() else {
            throw Abort(.badRequest, reason: req.strings.specifyYear(example: FiscalYear(containing: Date()).code))
        }
        let data = try c.actualsTemplate(year: try c.requireYear(year))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "actuals-\(year.code).csv")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static func saveActuals(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        let values = (try? req.content.get([String: String].self, at: "value")) ?? [:]
        let notes = (try? req.content.get([String: String].self, at: "note")) ?? [:]
        let versions = (try? req.content.get([String: String].self, at: "version")) ?? [:]
        let inputs = values.keys.sorted().map { id in
            PlanContext.ActualInput(indicator: id, raw: values[id] ?? "", note: notes[id] ?? "", expectedVersion: Int(versions[id] ?? ""))
        }
        var typed: [String: String] = [:]
        for (k, v) in values { typed["value[\(k)]"] = v }
        for (k, v) in notes { typed["note[\(k)]"] = v }
        switch c.parse(inputs, year: year) {
        case .failure(let problems):
            var flash = Flash(
                errors: problems.problems.map {
                    "\(c.index.indicatorsByID[$0.indicator].map { IndicatorPage.name($0, Strings(lang: .ja)) } ?? $0.indicator): \($0.message)"
                },
                typed: typed)
            for p in problems.problems { flash.fieldErrors[p.indicator] = p.message }
            return req.redirect(to: .my(year), flash: flash)
        case .success(let changes):
            do {
                let result = try await c.saveActuals(changes)
                return req.redirect(to: .my(year), flash: Flash(notices: [req.strings.savedCount(result.changed)]))
            } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
                return req.redirect(to: .my(year), flash: Flash(errors: [e.message], typed: typed))
            }
        }
    }

    static func upload(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        guard let year = try req.year() else {
            throw Abort(.badRequest, reason: req.strings.specifyYear(example: FiscalYear(containing: Date()).code))
        }
        struct Upload: Content { var file: File }
        guard let upload = try? req.content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
            return req.redirect(to: .my(year), flash: Flash(errors: [req.strings(.chooseFile)]))
        }
        do {
            let r = try await c.importActuals(
                csv: Data(upload.file.data.readableBytesView), file: upload.file.filename, year: try c.requireYear(year))
            return req.redirect(to: .my(year), flash: Flash(notices: [req.strings.imported(values: r.values, notReported: r.notReported)]))
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            return req.redirect(to: .my(year), flash: Flash(errors: [e.message] + e.errors.map(\.description)))
        }
    }

    static func submit(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department])
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        let d = try department(c)
        do {
            _ = try await c.perform(.submit, department: d, year: year, comment: "")
            return req.redirect(to: .my(year), flash: Flash(notices: [req.strings(.submitted)]))
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            return req.redirect(to: .my(year), flash: Flash(errors: [e.message] + e.details))
        }
    }

    static func itemPage(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        let item = try c.item(req.parameters.get("id") ?? "")
        guard let year = try req.year().map({ try c.requireYear($0) }) ?? c.plan.reportingYears.first else { throw Abort(.notFound) }
        if c.viewer.role == .department, let d = c.viewerDepartment, !c.items(of: d).contains(item.id) {
            throw Abort(.forbidden, reason: req.strings.notYourItem(item.heading))
        }
        let e = c.snapshot.evaluation(year: year, audience: .staff).evaluations.filter { $0.node.item == item.id }
        let existing = c.snapshot.selfEvaluations[year]?.first { $0.evaluation.project == item.id }
        let m = ItemPage.Model(
            plan: c.plan, index: c.index, item: item, year: year, existing: existing, refusal: c.editRefusal(item: item.id, year: year),
            evaluations: e, csrf: req.csrfToken, flash: req.takeFlash())
        return PublicController.html(ItemPage.render(m, req.page(.myItem(item.id, year), plan: c.plan)))
    }

    static func saveItem(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        let item = try c.item(req.parameters.get("id") ?? "")
        let year = try c.requireYear(try req.formYear())
        let text = (try? req.content.get(String.self, at: "text")) ?? ""
        let directionText = (try? req.content.get(String.self, at: "direction")) ?? ""
        let back = SiteURL.myItem(item.id, year)
        guard directionText.isEmpty || FutureDirection(rawValue: directionText) != nil else {
            return req.redirect(
                to: back, flash: Flash(errors: [req.strings.directionNotAccepted(directionText, accepted: FutureDirection.allCases.map(\.rawValue))])
            )
        }
        let statuses = (try? req.content.get([String: String].self, at: "milestone")) ?? [:]
        let comments = (try? req.content.get([String: String].self, at: "milestoneComment")) ?? [:]
        let milestones = item.milestones.map { ms in
            SelfEvaluation.MilestoneReport(
                year: ms.year, status: statuses[ms.year.code].flatMap(MilestoneStatus.init(rawValue:)), comment: comments[ms.year.code] ?? "")
        }
        let evaluation = SelfEvaluation(
            project: item.id, year: year, text: text, direction: FutureDirection(rawValue: directionText), milestones: milestones)
        do {
            try await c.saveSelfEvaluation(
                evaluation, expectedVersion: (try? req.content.get(String.self, at: "version")).flatMap(Int.init).flatMap { $0 == 0 ? nil : $0 })
            return req.redirect(to: back, flash: Flash(notices: [req.strings(.selfEvaluationSaved)]))
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            return req.redirect(to: back, flash: Flash(errors: [e.message], typed: ["text": text, "direction": directionText]))
        }
    }

    // MARK: The plan office

    static func office(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office, .reviewer])
        let c = try await req.planContext()
        guard let year = try req.year().map({ try c.requireYear($0) }) ?? c.defaultYear else { throw Abort(.notFound) }
        let e = c.snapshot.evaluation(year: year, audience: .staff)
        let m = OfficePage.Model(
            plan: c.plan, year: year, locked: c.snapshot.locks[year] ?? false, progress: try c.departmentProgress(year: year),
            unassigned: c.unassignedItems, rollUp: e.levels.plan, scheme: e.scheme, isOffice: c.viewer.isOffice, csrf: req.csrfToken,
            flash: req.takeFlash(), due: c.dueDate(year: year), overdue: try c.overdueDepartments(year: year, today: CalendarDay(containing: Date())),
            reminders: c.snapshot.reminders.filter { $0.year == year }, mailConfigured: req.services.configuration.smtp != nil,
            siteURLConfigured: req.services.configuration.siteURL != nil)
        return PublicController.html(OfficePage.render(m, req.page(.office(year), plan: c.plan)))
    }

    static func notReported(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office, .reviewer])
        let c = try await req.planContext()
        guard let year = try req.year().map({ try c.requireYear($0) }) ?? c.defaultYear else { throw Abort(.notFound) }
        return PublicController.html(
            NotReportedPage.render(
                plan: c.plan, index: c.index, year: year, items: try c.notReported(year: year),
                req.page(.officeNotReported(year), plan: c.plan)))
    }

    static func audit(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])
        let c = try await req.planContext()
        func query(_ name: String) -> String { ((try? req.query.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespaces) }
        var problems: [String] = []
        var filter = AuditFilter(actor: query("actor").nonEmpty, key: query("key").nonEmpty, department: query("department").nonEmpty)
        if let y = query("year").nonEmpty {
            if let year = FiscalYear(parsing: y) {
                filter.year = year
            } else {
                problems.append(req.strings.unreadableYear(y, examples: req.strings.yearExamples))
            }
        }
        // The period is whole days in Japan's calendar: from the start of `since` to the end of `until`.
        for (name, isEnd) in [("since", false), ("until", true)] {
            guard let text = query(name).nonEmpty else { continue }
            guard let day = CalendarDay(parsing: text) else {
                problems.append(req.strings.unreadableDate(text))
                continue
            }
            if isEnd { filter.until = day.end } else { filter.since = day.start }
        }
        let all = try await c.audit()
        let accounts = try await req.services.store.cycle(c.plan.id).accounts()
        let model = AuditPage.Model(
            plan: c.plan, entries: try await c.audit(filter), filter: filter, since: query("since"), until: query("until"),
            actors: Array(Set(all.map(\.actor))).sorted(), roles: Dictionary(accounts.map { ($0.name, $0.role) }, uniquingKeysWith: { a, _ in a }),
            departments: c.departments, problems: problems)
        return PublicController.html(AuditPage.render(model, req.page(.officeAudit, plan: c.plan)))
    }

    /// Runs an office action and redirects back to the office page of the year.
    static func officeAction(_ req: Request, back: SiteURL, _ body: () async throws -> String) async throws -> Response {
        _ = try req.requireAccount([.office])
        do {
            return req.redirect(to: back, flash: Flash(notices: [try await body()]))
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            return req.redirect(to: back, flash: Flash(errors: [e.message]))
        }
    }

    static func workflow(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        let name = (try? req.content.get(String.self, at: "department")) ?? ""
        let raw = (try? req.content.get(String.self, at: "action")) ?? ""
        let comment = (try? req.content.get(String.self, at: "comment")) ?? ""
        return try await officeAction(req, back: .office(year)) {
            guard let action = WorkflowAction(rawValue: raw) else { throw ServiceError.invalid(req.strings.noSuchAction(raw)) }
            // Publishing and withdrawing reach residents: the form's box must be ticked.
            if action == .publish || action == .reopen, (try? req.content.get(String.self, at: "confirm")) != "1" {
                throw ServiceError.invalid(req.strings(action == .publish ? .confirmPublish : .confirmWithdraw))
            }
            let d = try c.department(named: name)
            let state = try await c.perform(action, department: d, year: year, comment: comment)
            return req.strings.workflowDone(d.name, year, state: state.label)
        }
    }

    static func publishYear(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        return try await officeAction(req, back: .office(year)) {
            guard (try? req.content.get(String.self, at: "confirm")) == "1" else { throw ServiceError.invalid(req.strings(.confirmPublish)) }
            let published = try await c.publishYear(year)
            return req.strings.publishedList(published.map(\.name))
        }
    }

    static func lock(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        let lock = (try? req.content.get(String.self, at: "lock")) == "1"
        let reason = (try? req.content.get(String.self, at: "reason")) ?? ""
        return try await officeAction(req, back: .office(year)) {
            try await c.setLocked(lock, year: year, reason: reason)
            return req.strings.locked(year, lock)
        }
    }

    static func dueDate(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        let text = ((try? req.content.get(String.self, at: "due")) ?? "").trimmingCharacters(in: .whitespaces)
        return try await officeAction(req, back: .office(year)) {
            var day: CalendarDay? = nil
            if !text.isEmpty {
                guard let d = CalendarDay(parsing: text) else { throw ServiceError.invalid(req.strings.dueDateFormat(text)) }
                day = d
            }
            try await c.setDueDate(day, year: year)
            return req.strings.dueSet(year, day)
        }
    }

    static func remind(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let year = try c.requireYear(try req.formYear())
        do {
            let round = try await c.remind(
                year: year, today: CalendarDay(containing: Date()),
                link: Links.absolute(.my(year), plan: c.plan.id, configuration: req.services.configuration))
            var notices: [String] = []
            var errors: [String] = []
            if let note = round.note { notices.append(note) }
            for r in round.reminders {
                switch r.outcome {
                case .sent: notices.append(req.strings.reminderSent(r.departmentName, to: r.recipients))
                case .noRecipient: errors.append(req.strings.reminderNoRecipient(r.departmentName))
                case .failed: errors.append(req.strings.reminderFailed(r.departmentName, r.detail))
                case .sending: break
                }
            }
            if !round.alreadyReminded.isEmpty {
                notices.append(req.strings.alreadyReminded(round.alreadyReminded.map(\.name)))
            }
            return req.redirect(to: .office(year), flash: Flash(notices: notices, errors: errors))
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            return req.redirect(to: .office(year), flash: Flash(errors: [e.message]))
        }
    }

    static func grading(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let raw = (try? req.content.get(String.self, at: "scheme")) ?? ""
        return try await officeAction(req, back: .office(nil)) {
            guard let scheme = GradingScheme(parsing: raw) else {
                throw ServiceError.invalid(req.strings.schemeUnreadable(raw))
            }
            try await c.setGrading(scheme)
            return req.strings.schemeChanged(scheme.description)
        }
    }

    static func departmentsPage(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])
        let c = try await req.planContext()
        return PublicController.html(
            AdminPages.departments(c, csrf: req.csrfToken, flash: req.takeFlash(), req.page(.officeDepartments, plan: c.plan)))
    }

    static func departments(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let action = (try? req.content.get(String.self, at: "action")) ?? "add"
        let name = ((try? req.content.get(String.self, at: "name")) ?? "").trimmingCharacters(in: .whitespaces)
        let target = (try? req.content.get(String.self, at: "department")) ?? ""
        return try await officeAction(req, back: .officeDepartments) {
            switch action {
            case "rename":
                try await c.renameDepartment(try c.department(named: target), to: name)
                return req.strings.departmentRenamed(target, name)
            case "delete":
                try await c.deleteDepartment(try c.department(named: target))
                return req.strings.departmentDeleted(target)
            default:
                let d = try await c.addDepartment(name)
                return req.strings.departmentAdded(d.name)
            }
        }
    }

    static func assignmentsPage(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])
        let c = try await req.planContext()
        let filter = (try? req.query.get(String.self, at: "filter")) ?? ""
        return PublicController.html(
            AdminPages.assignments(c, filter: filter, csrf: req.csrfToken, flash: req.takeFlash(), req.page(.officeAssignments, plan: c.plan)))
    }

    static func assignments(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let items = (try? req.content.get([String].self, at: "items")) ?? []
        let name = (try? req.content.get(String.self, at: "department")) ?? ""
        let co = (try? req.content.get(String.self, at: "co")) == "1"
        let remove = (try? req.content.get(String.self, at: "remove")) == "1"
        return try await officeAction(req, back: .officeAssignments) {
            guard !items.isEmpty else { throw ServiceError.invalid(req.strings(.chooseItems)) }
            let d = try c.department(named: name)
            for item in items {
                if remove { try await c.unassign(item: item, from: d) } else { try await c.assign(item: item, to: d, lead: !co) }
            }
            return req.strings.assigned(items.count, to: d.name, removed: remove)
        }
    }

    static func apiTokensPage(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])
        let c = try await req.planContext()
        return PublicController.html(
            AdminPages.apiTokens(
                try await c.apiTokens(), departments: c.departments, issued: nil, csrf: req.csrfToken, flash: req.takeFlash(),
                req.page(.officeAPITokens, plan: c.plan)))
    }

    /// Issues (the page shows the token once, not through a redirect that would keep it in the
    /// session) or revokes a token.
    static func apiTokens(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let action = (try? req.content.get(String.self, at: "action")) ?? "issue"
        if action == "revoke" {
            let id = (try? req.content.get(String.self, at: "token")).flatMap(UUID.init(uuidString:))
            return try await officeAction(req, back: .officeAPITokens) {
                let token = try await c.apiTokens().first { $0.id == id }
                try await c.revokeAPIToken(id: id ?? UUID())
                return req.strings.tokenRevoked(token?.name ?? "")
            }
        }
        let name = (try? req.content.get(String.self, at: "name")) ?? ""
        let department = (try? req.content.get(String.self, at: "department")) ?? ""
        var flash = Flash()
        var issued: (name: String, secret: String)?
        do {
            let (token, secret) = try await c.issueAPIToken(department: try c.department(named: department), name: name)
            flash.notices = [req.strings.tokenIssued(token.name, token.department.name)]
            issued = (token.name, secret)
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            flash.errors = [e.message]
        }
        let after = try await req.planContext()
        let response = PublicController.html(
            AdminPages.apiTokens(
                try await after.apiTokens(), departments: after.departments, issued: issued, csrf: req.csrfToken, flash: flash,
                req.page(.officeAPITokens, plan: after.plan)))
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func usersPage(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])
        let c = try await req.planContext()
        let accounts = try await req.services.accounts(viewer: c.viewer, plan: c.plan.id)
        return PublicController.html(
            AdminPages.users(accounts, departments: c.departments, csrf: req.csrfToken, flash: req.takeFlash(), req.page(.officeUsers, plan: c.plan)))
    }

    static func users(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office])  // before reading the form: a refusal, not a form error
        let c = try await req.planContext()
        let action = (try? req.content.get(String.self, at: "action")) ?? "add"
        let name = ((try? req.content.get(String.self, at: "name")) ?? "").trimmingCharacters(in: .whitespaces)
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        return try await officeAction(req, back: .officeUsers) {
            switch action {
            case "deactivate", "activate":
                try await req.services.setActive(name: name, active: action == "activate", viewer: c.viewer)
                return req.strings.userActivated(name, action == "activate")
            case "reset":
                try await req.services.resetPassword(name: name, password: password, viewer: c.viewer)
                return req.strings.passwordReset(name)
            case "temporary":
                let temporary = try await req.services.issueTemporaryPassword(name: name, viewer: c.viewer)
                return req.strings.temporaryPassword(name, temporary)
            case "email":
                let email = (try? req.content.get(String.self, at: "email")) ?? ""
                try await req.services.setEmail(name: name, email: email, viewer: c.viewer)
                return req.strings.userEmail(name, removed: email.isEmpty)
            default:
                let roleText = (try? req.content.get(String.self, at: "role")) ?? ""
                guard let role = Role(rawValue: roleText) else { throw ServiceError.invalid(req.strings.noSuchRole(roleText)) }
                let deptName = (try? req.content.get(String.self, at: "department")) ?? ""
                let department = deptName.isEmpty ? nil : try c.department(named: deptName)
                try await req.services.addUser(name: name, password: password, role: role, department: department, plan: c.plan.id, viewer: c.viewer)
                return req.strings.userAdded(name)
            }
        }
    }

    static func review(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.office, .reviewer])
        let c = try await req.planContext()
        let d = try c.department(named: req.parameters.get("department") ?? "")
        guard let year = try req.year().map({ try c.requireYear($0) }) ?? c.defaultYear else { throw Abort(.notFound) }
        return PublicController.html(
            AdminPages.review(
                c, department: d, year: year, csrf: req.csrfToken, flash: req.takeFlash(),
                req.page(.officeReview(department: d.name, year: year), plan: c.plan)))
    }
}
