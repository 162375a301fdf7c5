import Foundation
import PlanCore
import PlanStore

/// One plan seen by one viewer: every read and write of the yearly cycle for that plan goes
/// through here, and here only are its rules — who may edit what and when, what the public
/// sees, what counts as not reported. Writes check the rules inside the write transaction they
/// guard, against the state as the transaction sees it.
public struct PlanContext: Sendable {
    public let services: PlanServices
    public let snapshot: PlanSnapshot
    public let viewer: Viewer

    public var plan: Plan { snapshot.plan }
    public var index: PlanIndex { snapshot.index }
    var store: PlanStore { services.store }

    // MARK: Reading

    /// The year's evaluation as this viewer may see it (the public: published figures only),
    /// against the revised targets unless `basis` says otherwise.
    public func evaluation(year: FiscalYear, basis: TargetBasis = .revised) -> YearEvaluation {
        snapshot.evaluation(year: year, audience: viewer.audience, basis: basis)
    }

    /// Whether a year is one this plan collects figures for.
    public func requireYear(_ year: FiscalYear) throws -> FiscalYear {
        guard plan.reportingYears.contains(year) else {
            throw ServiceError.notFound("\(year.label)はこの計画の年度ではありません（\(plan.reportingYearsText)）")
        }
        return year
    }

    /// The year to show when none is asked for: the latest with figures this viewer may see,
    /// else the plan's first year.
    public var defaultYear: FiscalYear? {
        let years = plan.reportingYears
        for y in years.reversed() where snapshot.hasFigures(year: y, audience: viewer.audience) { return y }
        return years.first
    }

    /// The latest year whose figures this viewer may see (nil: none yet).
    public var latestYearWithFigures: FiscalYear? {
        plan.reportingYears.reversed().first { snapshot.hasFigures(year: $0, audience: viewer.audience) }
    }

    public var departments: [Department] { snapshot.departments }

    /// The signed-in clerk's department in this plan.
    public var viewerDepartment: Department? {
        guard viewer.role == .department, let d = viewer.account?.department else { return nil }
        return snapshot.departments.first { $0.id == d.id }
    }

    /// Items a department owns (lead or co-owner).
    public func items(of department: Department) -> Set<String> {
        Set(snapshot.assignments.filter { $0.department == department.id }.map(\.item))
    }

    /// What is not reported for a year: the same evaluation as the pages and the dashboard (with
    /// revised targets), every reporting unit with a target and no actual, by lead department.
    public func notReported(year: FiscalYear) throws -> [NotReported] {
        try requireStaff()
        let e = snapshot.evaluation(year: year, audience: .staff)
        var seen = Set<String>()
        var out: [NotReported] = []
        for ev in e.evaluations where ev.evaluation.status == .notReported && seen.insert(ev.reportingID).inserted {
            let item = ev.node.item
            let department = snapshot.leadByItem[item].flatMap { id in snapshot.departments.first { $0.id == id } }
            out.append(NotReported(evaluation: ev, item: item, department: department))
        }
        return out
    }

    /// Each department's progress for a year: state, what is entered, what is missing.
    public func departmentProgress(year: FiscalYear) throws -> [DepartmentProgress] {
        try requireStaff()
        let e = snapshot.evaluation(year: year, audience: .staff)
        let missing = try notReported(year: year)
        let evaluated = Set((snapshot.selfEvaluations[year] ?? []).map(\.evaluation.project))
        return snapshot.departments.map { d in
            let items = self.items(of: d)
            let units = Set(e.evaluations.filter { items.contains($0.node.item) && $0.evaluation.status != .noTarget }.map(\.reportingID))
            let entered = Set(e.evaluations.filter { items.contains($0.node.item) && $0.evaluation.actual != nil }.map(\.reportingID))
            return DepartmentProgress(
                department: d, submission: snapshot.state(ofDepartment: d.id, year: year), items: items.count, units: units.count,
                entered: entered.count, notReported: missing.filter { $0.department?.id == d.id }.count,
                selfEvaluated: items.intersection(evaluated).count)
        }
    }

    /// The items nobody owns.
    public var unassignedItems: [PlanNode] {
        let owned = Set(snapshot.assignments.map(\.item))
        return plan.items.filter { !owned.contains($0.id) }
    }

    /// The plan's audit trail (oldest first), filtered by person, date, text of the key, and —
    /// worked out here for each entry — the department and the fiscal year it concerns.
    public func audit(_ filter: AuditFilter = AuditFilter()) async throws -> [AuditEntry] {
        guard viewer.isOffice else { throw ServiceError.forbidden("変更の記録は計画担当の方だけが見られます") }
        var entries = try await store.cycle(plan.id).audit(filter)
        if let year = filter.year { entries = entries.filter { auditYear(of: $0) == year } }
        if let d = filter.department { entries = entries.filter { auditDepartment(of: $0) == d } }
        return entries
    }

    /// The fiscal year an audit entry concerns (its key ends with the year's code), if any.
    public func auditYear(of e: AuditEntry) -> FiscalYear? {
        guard let last = e.key.split(separator: " ").last, let y = FiscalYear(parsing: String(last)) else { return nil }
        return y
    }

    /// The department an audit entry concerns: named in its key (procedures, departments), the
    /// lead department of the item it concerns (figures, self-evaluations, targets, assignments),
    /// or the account's department.
    public func auditDepartment(of e: AuditEntry) -> String? {
        let first = e.key.split(separator: " ").first.map(String.init) ?? e.key
        switch e.entity {
        case "submission", "department": return first
        case "actual", "target":
            guard let indicator = index.indicatorsByID[first], let node = index.nodesByID[indicator.node] else { return nil }
            return leadName(ofItem: node.item)
        case "self_evaluation", "assignment": return leadName(ofItem: first)
        case "user": return e.fields.first { $0.name == "課" }?.after.nonEmpty
        default: return nil
        }
    }

    func leadName(ofItem item: String) -> String? {
        snapshot.leadByItem[item].flatMap { id in snapshot.departments.first { $0.id == id }?.name }
    }

    func requireStaff() throws {
        guard viewer.seesUnpublished || viewer.role == .department else { throw ServiceError.forbidden("この情報は職員の方だけが見られます") }
    }

    func requireOffice(_ what: String) throws {
        guard viewer.isOffice else { throw ServiceError.forbidden("\(what)は計画担当の方だけができます") }
    }

    // MARK: Editability

    /// Why figures of an item for a year cannot be changed now, or nil when they can. The rule:
    /// a locked year is closed to everyone; the lead department's figures can be changed while
    /// they are 入力中 or 差し戻し — once submitted, approved or published the office must return
    /// them, or withdraw the publication, first.
    public static func refusal(item: String, year: FiscalYear, locked: Bool, state: WorkflowState, department: String?) -> ServiceError? {
        if locked { return .locked("\(year.label)はロックされています。修正するには計画担当が年度のロックを解除してください") }
        let whose = department.map { "\($0)の" } ?? ""
        switch state {
        case .draft, .returned: return nil
        case .submitted: return .locked("\(whose)\(year.label)の実績は提出済みです。修正するには計画担当に差し戻してもらってください")
        case .approved: return .locked("\(whose)\(year.label)の実績は承認済みです。修正するには計画担当が差し戻してください")
        case .published: return .locked("\(whose)\(year.label)の実績は公表済みです。修正するには計画担当が公表を取り消してください（公表の取り消し）")
        }
    }

    /// Whether this viewer may change this item's figures at all (ownership and role).
    func mayEdit(item: String) throws {
        switch viewer.role {
        case .office: return
        case .department:
            guard let d = viewerDepartment, items(of: d).contains(item) else {
                throw ServiceError.forbidden("「\(index.itemTitle(item))」はあなたの課の担当ではありません")
            }
        case .reviewer: throw ServiceError.forbidden("閲覧の方は実績を入力できません")
        case nil: throw ServiceError(.unauthenticated, "実績の入力にはログインが必要です")
        }
    }

    /// The refusal for an item and year as things stand in this snapshot (for showing pages
    /// read-only; writes check again inside their transaction).
    public func editRefusal(item: String, year: FiscalYear) -> ServiceError? {
        do { try mayEdit(item: item) } catch let e as ServiceError { return e } catch { return .forbidden(String(describing: error)) }
        let lead = snapshot.leadByItem[item]
        return Self.refusal(
            item: item, year: year, locked: snapshot.locks[year] ?? false, state: snapshot.state(ofItem: item, year: year),
            department: lead.flatMap { id in snapshot.departments.first { $0.id == id }?.name })
    }

    // MARK: Actuals

    /// One typed value of the web form or the API.
    public struct ActualInput: Sendable {
        public var indicator: String
        public var raw: String
        public var note: String
        public var expectedVersion: Int?
        public init(indicator: String, raw: String, note: String, expectedVersion: Int?) {
            self.indicator = indicator
            self.raw = raw
            self.note = note
            self.expectedVersion = expectedVersion
        }
    }

    /// A value refused, with the indicator it was for (so that a form can show it at its field).
    public struct FieldProblem: Sendable, Equatable {
        public var indicator: String
        public var message: String
    }

    /// Reads typed values: numbers as people type them, an empty field is 未報告 (not reported),
    /// never 0. Returns the changes, or every problem at its field.
    public func parse(_ inputs: [ActualInput], year: FiscalYear) -> Result<[ActualChange], FieldProblems> {
        let units = snapshot.units(year: year)
        var problems: [FieldProblem] = []
        var changes: [ActualChange] = []
        let entered = Set((snapshot.actuals[year] ?? []).map(\.actual.indicator))
        for input in inputs {
            guard let reporting = units.reportingID[input.indicator], let indicator = snapshot.revisedIndex.indicatorsByID[reporting] else {
                problems.append(FieldProblem(indicator: input.indicator, message: "指標「\(input.indicator)」はこの計画にありません"))
                continue
            }
            switch ActualsCSV.validate(input.raw, indicator: indicator, allowRateOver100: false) {
            case .failure(let m): problems.append(FieldProblem(indicator: input.indicator, message: m.description))
            case .success(let value):
                if value == nil && !entered.contains(reporting) && input.note.isEmpty { continue }
                changes.append(
                    ActualChange(
                        actual: Actual(indicator: reporting, year: year, value: value, note: input.note), expectedVersion: input.expectedVersion))
            }
        }
        return problems.isEmpty ? .success(changes) : .failure(FieldProblems(problems: problems))
    }

    /// Every refused value of a form.
    public struct FieldProblems: Error, Sendable, Equatable {
        public var problems: [FieldProblem]
    }

    /// What a save did.
    public struct SaveResult: Sendable, Equatable {
        /// Values changed (a value saved as it was is not counted).
        public var changed: Int
    }

    /// Saves actuals, all or nothing, under the rules: the viewer must own each item (or be the
    /// office); each item's year must be open (not locked; the lead department's figures 入力中
    /// or 差し戻し), checked inside the write. The office may override a closed item explicitly
    /// (`override`); the override is written to the audit trail.
    public func saveActuals(_ changes: [ActualChange], override: Bool = false) async throws -> SaveResult {
        guard viewer.role != nil else { throw ServiceError(.unauthenticated, "実績の入力にはログインが必要です") }
        if override { try requireOffice("締め切った実績の上書き") }
        let units = snapshot.units(years: Array(Set(changes.map(\.actual.year))))
        var itemOf: [String: String] = [:]
        for c in changes {
            _ = try requireYear(c.actual.year)
            guard units[c.actual.year]?.reportingID[c.actual.indicator] == c.actual.indicator,
                let item = snapshot.item(ofIndicator: c.actual.indicator)
            else {
                throw ServiceError.notFound("指標ID「\(c.actual.indicator)」はこの計画の報告する指標ではありません")
            }
            try mayEdit(item: item)
            itemOf[c.actual.indicator] = item
        }
        let items = itemOf
        let viewer = self.viewer
        let held = self.snapshot
        do {
            let changed = try await store.write(plan: plan.id) { w in
                // The rules, against the state this transaction holds: the snapshot's when no
                // other write came between, else read again.
                let current = w.follows(held.stamp)
                let rules = try await OpenFigures.read(w, years: Set(changes.map(\.actual.year)), snapshot: held, current: current)
                try await Self.refuseComputed(changes, w: w, snapshot: held, current: current)
                var overridden: [String] = []
                for c in changes {
                    let item = items[c.actual.indicator]!
                    if let refusal = rules.refusal(item: item, year: c.actual.year) {
                        guard override else { throw refusal }
                        overridden.append("\(c.actual.indicator) \(c.actual.year.code)（\(rules.closure(item: item, year: c.actual.year))）")
                    }
                }
                let stored = current ? Set(changes.map(\.actual.year)).flatMap { held.actuals[$0] ?? [] } : nil
                let changed = try await w.saveActuals(changes, actor: viewer.actor, stored: stored)
                if !overridden.isEmpty {
                    try await w.audit(
                        actor: viewer.actor, action: "締め切った実績の上書き（計画担当の指定）", entity: "actual", key: overridden.joined(separator: "、"),
                        before: "", after: "\(changed)件")
                }
                return changed
            }
            return SaveResult(changed: changed)
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// An indicator computed from activity records is never typed as well: a typed value that
    /// differs from the computed one is refused (the same value, as a re-sent template holds it,
    /// passes unchanged). Checked inside the write, against the rules the transaction sees.
    /// `current`: the snapshot holds what the transaction would read (else the rules and the
    /// stored values are read in the transaction).
    static func refuseComputed(_ changes: [ActualChange], w: PlanCycleWriter, snapshot: PlanSnapshot, current: Bool) async throws {
        let plan = snapshot.plan
        let definitions: ActivityDefinitions
        if current { definitions = snapshot.activities } else { definitions = try await w.read.activityDefinitions() }
        let computed = changes.filter { definitions.rule(indicator: $0.actual.indicator, year: $0.actual.year, plan: plan) != nil }
        if computed.isEmpty { return }
        let stored: [ActualKey: Actual]
        if current {
            // Only the years that change.
            let years = Set(computed.map(\.actual.year))
            stored = Dictionary(
                years.flatMap { snapshot.actuals[$0] ?? [] }.map { (ActualKey($0.actual), $0.actual) }, uniquingKeysWith: { a, _ in a })
        } else {
            stored = try await storedActuals(w)
        }
        for c in computed {
            let current = stored[ActualKey(c.actual)]
            if current?.value == c.actual.value, current?.note == c.actual.note { continue }
            throw ServiceError.conflict(
                "指標ID「\(c.actual.indicator)」の\(c.actual.year.label)の実績は活動記録から計算しています。値を変えるには活動記録を直すか、計画担当が計算のきまりを外して入力に切り替えてください")
        }
    }

    /// An actual's place: its indicator and year.
    struct ActualKey: Hashable {
        var indicator: String
        var year: FiscalYear
        init(_ a: Actual) { (indicator, year) = (a.indicator, a.year) }
    }

    /// The plan's actuals as a write transaction sees them.
    static func storedActuals(_ w: PlanCycleWriter) async throws -> [ActualKey: Actual] {
        Dictionary(try await w.read.actuals().map { (ActualKey($0.actual), $0.actual) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether an item's figures of a year may change, as a write transaction sees the locks and the
    /// lead departments' workflow states (the rule of `refusal`, for every way figures change).
    struct OpenFigures {
        let locks: [FiscalYear: Bool]
        let states: [FiscalYear: [UUID: Submission]]
        let lead: [String: UUID]
        let departments: [Department]

        /// `current`: the snapshot holds what the transaction would read (else the locks and the
        /// workflow states are read in the transaction).
        static func read(_ w: PlanCycleWriter, years: Set<FiscalYear>, snapshot: PlanSnapshot, current: Bool) async throws -> OpenFigures {
            let (lead, departments) = (snapshot.leadByItem, snapshot.departments)
            if current { return OpenFigures(locks: snapshot.locks, states: snapshot.submissions, lead: lead, departments: departments) }
            var states: [FiscalYear: [UUID: Submission]] = [:]
            for y in years { states[y] = try await w.read.submissions(year: y) }
            return OpenFigures(locks: try await w.read.locks(), states: states, lead: lead, departments: departments)
        }

        func state(item: String, year: FiscalYear) -> WorkflowState { lead[item].flatMap { states[year]?[$0]?.state } ?? .draft }

        func refusal(item: String, year: FiscalYear) -> ServiceError? {
            PlanContext.refusal(
                item: item, year: year, locked: locks[year] ?? false, state: state(item: item, year: year),
                department: lead[item].flatMap { id in departments.first { $0.id == id }?.name })
        }

        /// What closes it, in a word (for the audit trail of an override).
        func closure(item: String, year: FiscalYear) -> String { locks[year] == true ? "ロック" : state(item: item, year: year).label }
    }

    /// Reads a filled actuals template (CSV, UTF-8 or CP932) and saves it, all or nothing. A
    /// department may only send its own items; `year` (when given) must be every row's year.
    /// `dryRun`: reads and checks the file and the rules as things stand, and saves nothing.
    public func importActuals(
        csv data: Data, file: String, year: FiscalYear?, allowRateOver100: Bool = false, override: Bool = false,
        dryRun: Bool = false
    ) async throws -> ImportedActuals {
        var options = ActualsCSV.Options(allowRateOver100: allowRateOver100, year: year)
        if viewer.role == .department {
            guard let d = viewerDepartment else { throw ServiceError.forbidden("課が設定されていません") }
            options.items = items(of: d)
        }
        let reading: ActualsCSV.Reading
        do {
            reading = try ActualsCSV.read(
                data, name: file, plan: snapshot.revised, index: snapshot.revisedIndex,
                units: snapshot.units(years: year.map { [$0] } ?? plan.reportingYears),
                options: options)
        } catch {
            throw ServiceError.unreadable(error)
        }
        if dryRun {
            if !override {
                for a in reading.actuals {
                    guard let item = snapshot.item(ofIndicator: a.indicator) else { continue }
                    if let refusal = editRefusal(item: item, year: a.year) { throw refusal }
                }
            }
            return ImportedActuals(
                values: reading.actuals.count, notReported: reading.notReported.count, changed: 0, encoding: reading.encoding?.rawValue ?? "")
        }
        let result = try await ServiceMetrics.measure(.importActuals) {
            try await saveActuals(reading.actuals.map { ActualChange(actual: $0, expectedVersion: nil) }, override: override)
        }
        return ImportedActuals(
            values: reading.actuals.count, notReported: reading.notReported.count, changed: result.changed,
            encoding: reading.encoding?.rawValue ?? "")
    }

    /// The actuals template for a year (a department's own items when the viewer is a clerk).
    public func actualsTemplate(year: FiscalYear, department: Department? = nil) throws -> Data {
        try requireStaff()
        var items: Set<String>? = nil
        if let d = department ?? viewerDepartment { items = self.items(of: d) }
        return ActualsCSV.template(
            plan: snapshot.revised, index: snapshot.revisedIndex, units: snapshot.units(year: year), year: year, items: items,
            existing: (snapshot.actuals[year] ?? []).map(\.actual))
    }

    // MARK: Workflow

    /// Moves a department's figures for a year through the workflow: the clerk submits their own
    /// department's; the office approves, returns (with a comment), publishes and withdraws.
    public func perform(_ action: WorkflowAction, department: Department, year: FiscalYear, comment: String) async throws -> WorkflowState {
        _ = try requireYear(year)
        guard let role = viewer.role else { throw ServiceError(.unauthenticated, "ログインが必要です") }
        if role == .department, viewerDepartment?.id != department.id {
            throw ServiceError.forbidden("ほかの課（\(department.name)）の手続きはできません")
        }
        if action == .return, comment.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ServiceError.invalid("差し戻すときは理由をコメントに書いてください")
        }
        let actor = viewer.actor
        do {
            return try await store.write(plan: plan.id) { w in
                if try await w.read.isLocked(year: year), action != .publish {
                    throw ServiceError.locked("\(year.label)はロックされています。手続きを進めるには計画担当が年度のロックを解除してください")
                }
                let current = try await w.read.submission(department: department.id, year: year).state
                // A department submits its figures complete: checked against what the transaction sees.
                if action == .submit, role == .department {
                    let missing = self.missingForSubmission(
                        department: department, year: year, actuals: try await w.read.actuals(year: year),
                        selfEvaluations: try await w.read.selfEvaluations(year: year))
                    if !missing.isEmpty {
                        var e = ServiceError.invalid("まだ提出できません。次を済ませてから提出してください（\(missing.count)件）")
                        e.details = missing
                        throw e
                    }
                }
                let next: WorkflowState
                switch action.apply(to: current, by: role) {
                case .success(let s): next = s
                case .failure(let e): throw ServiceError.conflict(e.message)
                }
                try await w.setState(next, department: department, year: year, comment: comment, action: action.label, actor: actor)
                return next
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// What a department must still do before it submits a year's figures: a self-evaluation for
    /// every item it leads, and for every indicator with a target left 未報告 a note saying why
    /// (not reported is not zero, and the office needs the reason). Empty: complete.
    public func missingForSubmission(
        department d: Department, year: FiscalYear, actuals: [StoredActual]? = nil, selfEvaluations: [StoredSelfEvaluation]? = nil
    ) -> [String] {
        let led = plan.items.filter { snapshot.leadByItem[$0.id] == d.id }.map(\.id)
        let evaluated = Set(
            (selfEvaluations ?? snapshot.selfEvaluations[year] ?? []).filter {
                !$0.evaluation.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }
            .map(\.evaluation.project))
        let stored = Dictionary((actuals ?? snapshot.actuals[year] ?? []).map { ($0.actual.indicator, $0.actual) }, uniquingKeysWith: { a, _ in a })
        var out = led.filter { !evaluated.contains($0) }.map { "自己評価が未入力: \(index.itemTitle($0))" }
        let items = Set(led)
        var seen = Set<String>()
        for ev in snapshot.evaluation(year: year, audience: .staff).evaluations
        where items.contains(ev.node.item) && ev.evaluation.status != .noTarget && seen.insert(ev.reportingID).inserted {
            let a = stored[ev.reportingID]
            if a?.value == nil, (a?.note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(
                    "実績が空欄（未報告）で、その理由の備考がない: \(index.itemTitle(ev.node.item)) ／ \(ev.indicator.name.isEmpty ? ev.reportingID : ev.indicator.name)")
            }
        }
        return out
    }

    /// Publishes every department whose figures for the year are approved, at once.
    public func publishYear(_ year: FiscalYear) async throws -> [Department] {
        try requireOffice("年度の公表")
        _ = try requireYear(year)
        let actor = viewer.actor
        let departments = snapshot.departments
        do {
            return try await ServiceMetrics.measure(.publishYear) { try await publishApproved(year: year, departments: departments, actor: actor) }
        } catch {
            throw ServiceError.from(error)
        }
    }

    private func publishApproved(year: FiscalYear, departments: [Department], actor: String) async throws -> [Department] {
        try await store.write(plan: plan.id) { w in
            let states = try await w.read.submissions(year: year)
            var published: [Department] = []
            for d in departments where states[d.id]?.state == .approved {
                try await w.setState(.published, department: d, year: year, comment: "", action: "年度の一括公表", actor: actor)
                published.append(d)
            }
            if published.isEmpty { throw ServiceError.conflict("\(year.label)に承認済みで未公表の課はありません") }
            return published
        }
    }

    public func setLocked(_ locked: Bool, year: FiscalYear, reason: String) async throws {
        try requireOffice(locked ? "年度のロック" : "年度のロックの解除")
        _ = try requireYear(year)
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.setLocked(locked, year: year, reason: reason, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    // MARK: Self-evaluation

    /// Saves an item's self-evaluation for a year, under the same rules as its figures.
    public func saveSelfEvaluation(_ e: SelfEvaluation, expectedVersion: Int?) async throws {
        _ = try requireYear(e.year)
        guard let node = index.nodesByID[e.project], node.item == e.project else { throw ServiceError.notFound("項目「\(e.project)」はこの計画にありません") }
        try mayEdit(item: e.project)
        let actor = viewer.actor
        let lead = snapshot.leadByItem[e.project]
        let name = lead.flatMap { id in snapshot.departments.first { $0.id == id }?.name }
        do {
            try await store.write(plan: plan.id) { w in
                let locked = try await w.read.isLocked(year: e.year)
                var state = WorkflowState.draft
                if let lead { state = try await w.read.submission(department: lead, year: e.year).state }
                if let refusal = Self.refusal(item: e.project, year: e.year, locked: locked, state: state, department: name) { throw refusal }
                try await w.saveSelfEvaluation(e, expectedVersion: expectedVersion, actor: actor)
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    // MARK: The plan office's settings

    public func setGrading(_ scheme: GradingScheme) async throws {
        try requireOffice("評価方法の変更")
        guard scheme.problems.isEmpty else { throw ServiceError.invalid(scheme.problems.joined(separator: "。")) }
        let before = plan.grading
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.setGrading(scheme, before: before, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    /// Records a revised target (the adopted one is kept).
    public func reviseTarget(indicator id: String, year: FiscalYear, value: Decimal?, decidedOn: CalendarDay, reason: String) async throws {
        try requireOffice("目標値の見直し")
        guard let indicator = snapshot.revisedIndex.indicatorsByID[id] else { throw ServiceError.notFound("指標ID「\(id)」はこの計画にありません") }
        guard plan.targetYears.contains(where: { $0.year == year }) || plan.reportingYears.contains(year) else {
            throw ServiceError.invalid("\(year.label)はこの計画の目標の年度ではありません")
        }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ServiceError.invalid("見直しの理由を書いてください") }
        if let v = value, v < 0 { throw ServiceError.invalid("目標値に負の数は使えません") }
        let previous = indicator.targets[year]
        let actor = viewer.actor
        let revision = TargetRevision(indicator: id, year: year, value: value, decidedOn: decidedOn, reason: reason)
        do { try await store.write(plan: plan.id) { w in try await w.reviseTarget(revision, previous: previous, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    // MARK: Departments and ownership

    public func addDepartment(_ raw: String) async throws -> Department {
        try requireOffice("課の追加")
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64 else { throw ServiceError.invalid("課の名前を1〜64文字で入れてください") }
        let actor = viewer.actor
        do { return try await store.write(plan: plan.id) { w in try await w.addDepartment(name, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    public func renameDepartment(_ department: Department, to raw: String) async throws {
        try requireOffice("課の名前の変更")
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64 else { throw ServiceError.invalid("課の名前を1〜64文字で入れてください") }
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.renameDepartment(department, to: name, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    /// Deletes a department that owns nothing and has no accounts.
    public func deleteDepartment(_ department: Department) async throws {
        try requireOffice("課の削除")
        if !items(of: department).isEmpty { throw ServiceError.conflict("課「\(department.name)」にはまだ担当の項目があります。先に担当を外してください") }
        if try await store.cycle(plan.id).accounts().contains(where: { $0.department?.id == department.id }) {
            throw ServiceError.conflict("課「\(department.name)」の利用者がいます。先に利用者を別の課に移すか無効にしてください")
        }
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.deleteDepartment(department, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    public func department(named name: String) throws -> Department {
        guard let d = snapshot.departments.first(where: { $0.name == name }) else {
            throw ServiceError.notFound("課「\(name)」はこの計画にありません（\(snapshot.departments.map(\.name).joined(separator: "・"))）")
        }
        return d
    }

    /// The item a node id (any of its placements) names.
    public func item(_ id: String) throws -> PlanNode {
        guard let node = index.nodesByID[id], let item = index.nodesByID[node.item] else { throw ServiceError.notFound("項目「\(id)」はこの計画にありません") }
        guard plan.items.contains(where: { $0.id == item.id }) else {
            throw ServiceError.invalid("「\(item.heading)」は担当を決める項目ではありません（指標を持つ項目か、最も下の階層の項目を指定してください）")
        }
        return item
    }

    public func assign(item id: String, to department: Department, lead: Bool) async throws {
        try requireOffice("項目の担当の割り当て")
        let item = try self.item(id)
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.assign(item: item.id, to: department, lead: lead, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }

    public func unassign(item id: String, from department: Department) async throws {
        try requireOffice("項目の担当の解除")
        let item = try self.item(id)
        guard snapshot.assignments.contains(where: { $0.item == item.id && $0.department == department.id }) else {
            throw ServiceError.notFound("「\(item.heading)」は\(department.name)の担当ではありません")
        }
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.unassign(item: item.id, from: department, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }
}

/// A reporting unit with a target and no actual.
public struct NotReported: Sendable {
    public var evaluation: IndicatorEvaluation
    public var item: String
    public var department: Department?
}

/// A department's progress for a year.
public struct DepartmentProgress: Sendable {
    public var department: Department
    public var submission: Submission
    public var items: Int
    public var units: Int
    public var entered: Int
    public var notReported: Int
    public var selfEvaluated: Int
    public init(department: Department, submission: Submission, items: Int, units: Int, entered: Int, notReported: Int, selfEvaluated: Int) {
        self.department = department
        self.submission = submission
        self.items = items
        self.units = units
        self.entered = entered
        self.notReported = notReported
        self.selfEvaluated = selfEvaluated
    }
}

/// What an actuals import did.
public struct ImportedActuals: Sendable, Equatable {
    public var values: Int
    public var notReported: Int
    public var changed: Int
    public var encoding: String
}
