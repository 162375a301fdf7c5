import FluentKit
import FluentSQL
import Foundation
import PlanCore

/// The yearly cycle of one plan: reads. Made for one plan by `PlanStore.cycle(_:)` (or inside a
/// write); every query is filtered by that plan because it cannot be written otherwise.
public struct PlanCycle: Sendable {
    public let plan: String
    let database: any Database
    /// Plans read together (their tables read once for all of them), or nil.
    let batch: ReadBatch?

    init(plan: String, database: any Database, batch: ReadBatch? = nil) {
        self.plan = plan
        self.database = database
        self.batch = batch
    }

    var reader: RowReader { RowReader(database: database, batch: batch) }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    // MARK: Departments and ownership

    public func departments() async throws -> [Department] {
        let rows = try await reader.rows(
            DepartmentRecord.schema, columns: ["id", "name"], where: [("plan_slug", .text(plan))],
            orderBy: ["name"])
        return try rows.map { Department(id: try $0.uuid("id"), plan: plan, name: try $0.text("name")) }
    }

    public func department(named name: String) async throws -> Department? {
        try await departments().first { $0.name == name }
    }

    public func department(id: UUID) async throws -> Department? {
        try await departments().first { $0.id == id }
    }

    public func assignments() async throws -> [Assignment] {
        let rows = try await reader.rows(
            AssignmentRecord.schema, columns: ["project_key", "department_id", "lead"],
            where: [("plan_slug", .text(plan))], orderBy: ["project_key"])
        return try rows.map { Assignment(item: try $0.text("project_key"), department: try $0.uuid("department_id"), lead: try $0.bool("lead")) }
    }

    /// The items a department owns (lead or co-owner).
    public func items(of department: UUID) async throws -> Set<String> {
        Set(try await assignments().filter { $0.department == department }.map(\.item))
    }

    // MARK: Actuals

    public func actuals(year: FiscalYear? = nil) async throws -> [StoredActual] {
        var filters: [(String, PlanRows.Value)] = [("plan_slug", .text(plan))]
        if let year { filters.append(("fiscal_year", .text(String(year.westernYear)))) }
        let rows = try await reader.rows(
            ActualRecord.schema, columns: ["indicator_key", "fiscal_year", "value", "note", "entered_by", "entered_at", "version"], where: filters)
        return try rows.map(Self.storedActual)
    }

    static func storedActual(_ r: RowReader.Row) throws -> StoredActual {
        let yearText = try r.text("fiscal_year")
        guard let year = FiscalYear(parsing: yearText) else { throw StoreError.invalid("actuals.fiscal_year", yearText) }
        var value: Decimal? = nil
        if let v = try r.optionalText("value") {
            guard let d = NumberCell.decimal(v) else { throw StoreError.invalid("actuals.value", v) }
            value = d
        }
        return StoredActual(
            actual: Actual(indicator: try r.text("indicator_key"), year: year, value: value, note: try r.text("note")),
            enteredBy: try r.text("entered_by"), enteredAt: try r.date("entered_at"), version: try r.int("version"))
    }

    // MARK: Workflow and locks

    public func submissions(year: FiscalYear) async throws -> [UUID: Submission] {
        try await submissions(where: [("fiscal_year", .text(String(year.westernYear)))])[year] ?? [:]
    }

    /// Every year's states in one read (a snapshot needs them all).
    public func submissionsByYear() async throws -> [FiscalYear: [UUID: Submission]] { try await submissions(where: []) }

    func submissions(where filters: [(String, PlanRows.Value)]) async throws -> [FiscalYear: [UUID: Submission]] {
        let rows = try await reader.rows(
            SubmissionRecord.schema, columns: ["department_id", "fiscal_year", "state", "comment", "updated_by", "updated_at"],
            where: [("plan_slug", .text(plan))] + filters)
        var out: [FiscalYear: [UUID: Submission]] = [:]
        for r in rows {
            let yearText = try r.text("fiscal_year")
            guard let western = Int(yearText) else { throw StoreError.invalid("submissions.fiscal_year", yearText) }
            let year = FiscalYear(westernYear: western)
            let stateText = try r.text("state")
            guard let state = WorkflowState(rawValue: stateText) else { throw StoreError.invalid("submissions.state", stateText) }
            let d = try r.uuid("department_id")
            out[year, default: [:]][d] = Submission(
                department: d, year: year, state: state, comment: try r.text("comment"), updatedBy: try r.text("updated_by"),
                updatedAt: try r.date("updated_at"))
        }
        return out
    }

    /// A department's state for a year (入力中 when nothing has happened yet).
    public func submission(department: UUID, year: FiscalYear) async throws -> Submission {
        try await submissions(year: year)[department]
            ?? Submission(department: department, year: year, state: .draft, comment: "", updatedBy: "", updatedAt: nil)
    }

    public func isLocked(year: FiscalYear) async throws -> Bool {
        try await locks()[year] ?? false
    }

    public func locks() async throws -> [FiscalYear: Bool] {
        let rows = try await reader.rows(
            YearLockRecord.schema, columns: ["fiscal_year", "locked"], where: [("plan_slug", .text(plan))])
        var out: [FiscalYear: Bool] = [:]
        for r in rows {
            let text = try r.text("fiscal_year")
            guard let y = FiscalYear(parsing: text) else { throw StoreError.invalid("year_locks.fiscal_year", text) }
            out[y] = try r.bool("locked")
        }
        return out
    }

    // MARK: Self-evaluations and revisions

    public func selfEvaluations(year: FiscalYear? = nil) async throws -> [StoredSelfEvaluation] {
        var filters: [(String, PlanRows.Value)] = [("plan_slug", .text(plan))]
        if let year { filters.append(("fiscal_year", .text(String(year.westernYear)))) }
        let rows = try await reader.rows(
            SelfEvaluationRecord.schema,
            columns: ["project_key", "fiscal_year", "text", "direction", "milestones", "entered_by", "entered_at", "version"],
            where: filters, orderBy: ["project_key"])
        return try rows.map { r in
            let yearText = try r.text("fiscal_year")
            guard let year = FiscalYear(parsing: yearText) else { throw StoreError.invalid("self_evaluations.fiscal_year", yearText) }
            let directionText = try r.text("direction")
            var direction: FutureDirection? = nil
            if !directionText.isEmpty {
                guard let d = FutureDirection(rawValue: directionText) else { throw StoreError.invalid("self_evaluations.direction", directionText) }
                direction = d
            }
            let json = try r.text("milestones")
            let milestones: [SelfEvaluation.MilestoneReport]
            do { milestones = try JSONDecoder().decode([SelfEvaluation.MilestoneReport].self, from: Data(json.utf8)) } catch {
                throw StoreError.invalid("self_evaluations.milestones", String(json.prefix(60)))
            }
            return StoredSelfEvaluation(
                evaluation: SelfEvaluation(
                    project: try r.text("project_key"), year: year, text: try r.text("text"), direction: direction, milestones: milestones),
                enteredBy: try r.text("entered_by"), enteredAt: try r.date("entered_at"), version: try r.int("version"))
        }
    }

    /// Every target revision of the plan, oldest first.
    public func targetRevisions() async throws -> [TargetRevision] {
        let rows = try await reader.rows(
            TargetRevisionRecord.schema, columns: ["indicator_key", "fiscal_year", "value", "decided_on", "reason", "entered_at"],
            where: [("plan_slug", .text(plan))], orderBy: ["entered_at"])
        return try rows.map { r in
            let yearText = try r.text("fiscal_year")
            guard let year = FiscalYear(parsing: yearText) else { throw StoreError.invalid("target_revisions.fiscal_year", yearText) }
            let dayText = try r.text("decided_on")
            guard let day = CalendarDay(parsing: dayText) else { throw StoreError.invalid("target_revisions.decided_on", dayText) }
            var value: Decimal? = nil
            if let v = try r.optionalText("value") {
                guard let d = NumberCell.decimal(v) else { throw StoreError.invalid("target_revisions.value", v) }
                value = d
            }
            return TargetRevision(indicator: try r.text("indicator_key"), year: year, value: value, decidedOn: day, reason: try r.text("reason"))
        }
    }

    // MARK: Due dates and reminders

    /// The day each year's figures are due, where the office has set one.
    public func dueDates() async throws -> [FiscalYear: CalendarDay] {
        let rows = try await reader.rows(
            Schema.dueDates, columns: ["fiscal_year", "due_on"], where: [("plan_slug", .text(plan))])
        var out: [FiscalYear: CalendarDay] = [:]
        for r in rows {
            let text = try r.text("fiscal_year")
            guard let y = FiscalYear(parsing: text) else { throw StoreError.invalid("due_dates.fiscal_year", text) }
            let dayText = try r.text("due_on")
            guard let day = CalendarDay(parsing: dayText) else { throw StoreError.invalid("due_dates.due_on", dayText) }
            out[y] = day
        }
        return out
    }

    /// The reminders sent or tried, newest first.
    public func reminders(year: FiscalYear? = nil) async throws -> [Reminder] {
        var filters: [(String, PlanRows.Value)] = [("plan_slug", .text(plan))]
        if let year { filters.append(("fiscal_year", .text(String(year.westernYear)))) }
        let rows = try await reader.rows(
            Schema.reminders,
            columns: ["id", "fiscal_year", "department_id", "department_name", "sent_on", "sent_at", "recipients", "outcome", "detail", "actor"],
            where: filters)
        let out = try rows.map { r -> Reminder in
            let yearText = try r.text("fiscal_year")
            guard let y = FiscalYear(parsing: yearText) else { throw StoreError.invalid("reminders.fiscal_year", yearText) }
            let dayText = try r.text("sent_on")
            guard let day = CalendarDay(parsing: dayText) else { throw StoreError.invalid("reminders.sent_on", dayText) }
            let outcomeText = try r.text("outcome")
            guard let outcome = Reminder.Outcome(rawValue: outcomeText) else { throw StoreError.invalid("reminders.outcome", outcomeText) }
            let recipients = try r.text("recipients")
            return Reminder(
                id: try r.uuid("id"), year: y, department: try r.uuid("department_id"), departmentName: try r.text("department_name"), day: day,
                sentAt: try r.date("sent_at"), recipients: recipients.isEmpty ? [] : recipients.components(separatedBy: ", "), outcome: outcome,
                detail: try r.text("detail"), actor: try r.text("actor"))
        }
        return out.sorted { ($0.sentAt, $0.departmentName) > ($1.sentAt, $1.departmentName) }
    }

    // MARK: Audit

    /// The plan's audit trail, oldest first.
    public func audit(_ filter: AuditFilter = AuditFilter()) async throws -> [AuditEntry] {
        var q = AuditRecord.query(on: database).filter(\.$planSlug == plan).sort(\.$at).sort(\.$id)
        if let since = filter.since { q = q.filter(\.$at >= since) }
        if let until = filter.until { q = q.filter(\.$at < until) }
        if let actor = filter.actor { q = q.filter(\.$actor == actor) }
        if let entity = filter.entity { q = q.filter(\.$entity == entity) }
        var entries = try await q.all().map {
            AuditEntry(
                at: $0.at, plan: $0.planSlug ?? "", actor: $0.actor, action: $0.action, entity: $0.entity, key: $0.entityKey, before: $0.before,
                after: $0.after)
        }
        if let key = filter.key, !key.isEmpty { entries = entries.filter { $0.key.contains(key) } }
        if let limit = filter.limit, entries.count > limit { entries = Array(entries.suffix(limit)) }
        return entries
    }

    // MARK: Accounts

    /// The accounts that may act in this plan (its own and those of every plan).
    public func accounts() async throws -> [Account] {
        try await Accounts(database: database).all().filter { $0.belongs(to: plan) }
    }
}

/// The yearly cycle of one plan inside one write transaction: the same reads (seeing the
/// transaction's own writes, and holding the write lock, so that a check and the write it guards
/// cannot be separated by another writer) and the writes, each audited with the plan.
public struct PlanCycleWriter: Sendable {
    public let read: PlanCycle
    public var plan: String { read.plan }
    let database: any Database
    let now: Date
    /// The plan's stamp as this transaction raised it.
    public let stamp: Int64

    init(plan: String, database: any Database, stamp: Int64) {
        self.read = PlanCycle(plan: plan, database: database)
        self.database = database
        self.now = Date()
        self.stamp = stamp
    }

    /// Whether this transaction began from the plan exactly as it stood at `stamp`: no other
    /// write came between (every write raises the stamp by one, and this transaction holds the
    /// stamp row until it ends). Then what a snapshot of that stamp holds is what this
    /// transaction would read, and the rules need not read it again.
    public func follows(_ stamp: Int64) -> Bool { self.stamp == stamp + 1 }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    /// Writes one audit entry for this plan.
    public func audit(actor: String, action: String, entity: String, key: String, before: String, after: String, offset: Int = 0) async throws {
        try await sql.insert(into: AuditRecord.schema).columns(Self.auditColumns)
            .values(auditRow(actor: actor, action: action, entity: entity, key: key, before: before, after: after, offset: offset).map(\.expression))
            .run()
    }

    /// `date` plus whole microseconds, counted on the microsecond the databases keep (adding
    /// 1e-6 to a Date of this century is not exact, and two entries could land on one microsecond).
    static func time(_ date: Date, plusMicroseconds n: Int) -> Date {
        Date(timeIntervalSince1970: Double(Int64((date.timeIntervalSince1970 * 1_000_000).rounded()) + Int64(n)) / 1_000_000)
    }

    static let auditColumns = ["id", "at", "actor", "action", "entity", "entity_key", "before", "after", "plan_slug"]

    /// One row of the trail; `offset` microseconds after the write's time, so that the entries of
    /// one save keep their order.
    func auditRow(
        id: UUID = UUID(), actor: String, action: String, entity: String, key: String, before: String, after: String, offset: Int
    ) -> [PlanRows.Value] {
        [
            .uuid(id), .date(Self.time(now, plusMicroseconds: offset)), .text(actor), .text(action), .text(entity), .text(key),
            .text(before), .text(after), .text(plan),
        ]
    }

    // MARK: Departments and ownership

    @discardableResult
    public func addDepartment(_ name: String, actor: String) async throws -> Department {
        if try await read.department(named: name) != nil { throw CycleStoreError.duplicate("課「\(name)」はすでにあります") }
        let id = UUID()
        try await sql.insert(into: DepartmentRecord.schema).columns("id", "plan_slug", "name").values(SQLBind(id), SQLBind(plan), SQLBind(name)).run()
        try await audit(actor: actor, action: "課の追加", entity: "department", key: name, before: "", after: name)
        return Department(id: id, plan: plan, name: name)
    }

    public func renameDepartment(_ department: Department, to name: String, actor: String) async throws {
        if try await read.department(named: name) != nil { throw CycleStoreError.duplicate("課「\(name)」はすでにあります") }
        try await sql.update(DepartmentRecord.schema).set("name", to: SQLBind(name))
            .where("id", .equal, SQLBind(department.id)).where("plan_slug", .equal, SQLBind(plan)).run()
        try await audit(actor: actor, action: "課の名前の変更", entity: "department", key: name, before: department.name, after: name)
    }

    public func deleteDepartment(_ department: Department, actor: String) async throws {
        try await sql.delete(from: SubmissionRecord.schema).where("department_id", .equal, SQLBind(department.id)).where(
            "plan_slug", .equal, SQLBind(plan)
        ).run()
        try await sql.delete(from: DepartmentRecord.schema).where("id", .equal, SQLBind(department.id)).where("plan_slug", .equal, SQLBind(plan))
            .run()
        try await audit(actor: actor, action: "課の削除", entity: "department", key: department.name, before: department.name, after: "")
    }

    /// Assigns an item to a department; a lead replaces any previous lead.
    public func assign(item: String, to department: Department, lead: Bool, actor: String) async throws {
        let existing = try await read.assignments().filter { $0.item == item }
        if lead {
            for a in existing where a.lead && a.department != department.id {
                try await sql.update(AssignmentRecord.schema).set("lead", to: SQLBind(false)).where("plan_slug", .equal, SQLBind(plan))
                    .where("project_key", .equal, SQLBind(item)).where("department_id", .equal, SQLBind(a.department)).run()
            }
        }
        if existing.contains(where: { $0.department == department.id }) {
            try await sql.update(AssignmentRecord.schema).set("lead", to: SQLBind(lead)).where("plan_slug", .equal, SQLBind(plan))
                .where("project_key", .equal, SQLBind(item)).where("department_id", .equal, SQLBind(department.id)).run()
        } else {
            try await sql.insert(into: AssignmentRecord.schema).columns("id", "plan_slug", "project_key", "department_id", "lead")
                .values(SQLBind(UUID()), SQLBind(plan), SQLBind(item), SQLBind(department.id), SQLBind(lead)).run()
        }
        try await audit(
            actor: actor, action: "項目の担当", entity: "assignment", key: item, before: "", after: "\(department.name)（\(lead ? "主管" : "共管")）")
    }

    public func unassign(item: String, from department: Department, actor: String) async throws {
        try await sql.delete(from: AssignmentRecord.schema).where("plan_slug", .equal, SQLBind(plan)).where("project_key", .equal, SQLBind(item))
            .where("department_id", .equal, SQLBind(department.id)).run()
        try await audit(actor: actor, action: "項目の担当の解除", entity: "assignment", key: item, before: department.name, after: "")
    }

    // MARK: Actuals

    /// Saves changes. A change whose expected version is older than the stored one refuses the
    /// whole save (the caller's transaction is rolled back) and reports the current values.
    /// `stored`: the stored actuals of the changes' years as this transaction sees them, when the
    /// caller holds them (`follows`); nil: read them.
    public func saveActuals(_ changes: [ActualChange], actor: String, stored: [StoredActual]? = nil) async throws -> Int {
        guard !changes.isEmpty else { return 0 }
        let sql = try sql
        var existing: [String: StoredActual] = [:]
        let found: [StoredActual]
        if let stored {
            found = stored
        } else {
            let years = Set(changes.map { String($0.actual.year.westernYear) }).sorted()
            let keys = Set(changes.map(\.actual.indicator)).sorted()
            found = try await sql.select().columns("indicator_key", "fiscal_year", "value", "note", "entered_by", "entered_at", "version")
                .from(ActualRecord.schema).where("plan_slug", .equal, SQLBind(plan)).where("indicator_key", .in, SQLBind.group(keys))
                .where("fiscal_year", .in, SQLBind.group(years)).all()
                .map { try PlanCycle.storedActual(RowReader.Row(table: ActualRecord.schema, names: [:], sqlite: nil, generic: $0)) }
        }
        for a in found { existing[a.actual.indicator + " " + String(a.actual.year.westernYear)] = a }
        var conflicts: [StoredActual] = []
        var written = 0
        var inserted: [[PlanRows.Value]] = []
        var audited: [[PlanRows.Value]] = []
        let newID = PlanRows.idSequence()  // one random draw per save, not two per value
        for change in changes {
            let a = change.actual
            let year = String(a.year.westernYear)
            let key = a.indicator + " " + year
            let current = existing[key]
            if let expected = change.expectedVersion, (current?.version ?? 0) != expected {
                if let current { conflicts.append(current) }
                continue
            }
            let newValue = a.value.map(NumberCell.format)
            let oldValue = current?.actual.value.map(NumberCell.format)
            if let current, oldValue == newValue, current.actual.note == a.note { continue }
            if let current {
                // Compare-and-set on the version: two writers who read the same version cannot both win.
                let updated = try await sql.update(ActualRecord.schema)
                    .set("value", to: newValue.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null).set("note", to: SQLBind(a.note))
                    .set("entered_by", to: SQLBind(actor)).set("entered_at", to: SQLBind(now)).set("version", to: SQLBind(current.version + 1))
                    .where("plan_slug", .equal, SQLBind(plan)).where("indicator_key", .equal, SQLBind(a.indicator))
                    .where("fiscal_year", .equal, SQLBind(year)).where("version", .equal, SQLBind(current.version))
                    .returning("version").all()
                if updated.isEmpty {
                    conflicts.append(current)
                    continue
                }
            } else {
                inserted.append([
                    .uuid(newID()), .text(plan), .text(a.indicator), .text(year), newValue.map(PlanRows.Value.text) ?? .null, .text(a.note),
                    .text(actor), .date(now), .int(1),
                ])
            }
            let before = current.map { Self.shown(oldValue, note: $0.actual.note) } ?? ""
            audited.append(
                auditRow(
                    id: newID(), actor: actor, action: "実績の入力", entity: "actual", key: "\(a.indicator) \(a.year.code)", before: before,
                    after: Self.shown(newValue, note: a.note), offset: written))
            written += 1
        }
        if !conflicts.isEmpty { throw CycleStoreError.conflict(conflicts) }
        // New values and the trail in bulk (a template of a few hundred values is one COPY or a
        // few multi-row INSERTs per table, not two statements per value).
        try await PlanRows.insert(
            [
                PlanRows.Table(
                    name: ActualRecord.schema,
                    columns: ["id", "plan_slug", "indicator_key", "fiscal_year", "value", "note", "entered_by", "entered_at", "version"],
                    rows: inserted),
                PlanRows.Table(name: AuditRecord.schema, columns: Self.auditColumns, rows: audited),
            ], on: database)
        return written
    }

    /// An actual as the audit trail shows it: the value (or 未報告) and the note in brackets.
    static func shown(_ value: String?, note: String) -> String {
        "\(value ?? "未報告")\(note.isEmpty ? "" : "（\(note)）")"
    }

    // MARK: Workflow and locks

    public func setState(
        _ state: WorkflowState, department: Department, year: FiscalYear, comment: String, action: String, actor: String
    ) async throws {
        let current = try await read.submission(department: department.id, year: year)
        let y = String(year.westernYear)
        if current.updatedAt == nil {
            try await sql.insert(into: SubmissionRecord.schema)
                .columns("id", "plan_slug", "department_id", "fiscal_year", "state", "comment", "updated_by", "updated_at")
                .values(
                    SQLBind(UUID()), SQLBind(plan), SQLBind(department.id), SQLBind(y), SQLBind(state.rawValue), SQLBind(comment), SQLBind(actor),
                    SQLBind(now)
                )
                .run()
        } else {
            try await sql.update(SubmissionRecord.schema).set("state", to: SQLBind(state.rawValue)).set("comment", to: SQLBind(comment))
                .set("updated_by", to: SQLBind(actor)).set("updated_at", to: SQLBind(now))
                .where("plan_slug", .equal, SQLBind(plan)).where("department_id", .equal, SQLBind(department.id)).where(
                    "fiscal_year", .equal, SQLBind(y)
                )
                .run()
        }
        try await audit(
            actor: actor, action: "手続き: \(action)", entity: "submission", key: "\(department.name) \(year.code)",
            before: current.state.label, after: state.label + (comment.isEmpty ? "" : "（\(comment)）"))
    }

    public func setLocked(_ locked: Bool, year: FiscalYear, reason: String, actor: String) async throws {
        let before = try await read.isLocked(year: year)
        let y = String(year.westernYear)
        let exists =
            try await sql.select().column("id").from(YearLockRecord.schema).where("plan_slug", .equal, SQLBind(plan))
            .where("fiscal_year", .equal, SQLBind(y)).first() != nil
        if exists {
            try await sql.update(YearLockRecord.schema).set("locked", to: SQLBind(locked)).set("updated_by", to: SQLBind(actor)).set(
                "updated_at", to: SQLBind(now)
            )
            .where("plan_slug", .equal, SQLBind(plan)).where("fiscal_year", .equal, SQLBind(y)).run()
        } else {
            try await sql.insert(into: YearLockRecord.schema).columns("id", "plan_slug", "fiscal_year", "locked", "updated_by", "updated_at")
                .values(SQLBind(UUID()), SQLBind(plan), SQLBind(y), SQLBind(locked), SQLBind(actor), SQLBind(now)).run()
        }
        try await audit(
            actor: actor, action: locked ? "年度のロック" : "年度のロック解除（再開）", entity: "year", key: year.code,
            before: before ? "ロック" : "入力可", after: (locked ? "ロック" : "入力可") + (reason.isEmpty ? "" : "（\(reason)）"))
    }

    /// Sets (or, with nil, clears) the day a year's figures are due.
    public func setDueDate(_ day: CalendarDay?, year: FiscalYear, actor: String) async throws {
        let before = try await read.dueDates()[year]
        let y = String(year.westernYear)
        try await sql.delete(from: Schema.dueDates).where("plan_slug", .equal, SQLBind(plan)).where("fiscal_year", .equal, SQLBind(y)).run()
        if let day {
            try await sql.insert(into: Schema.dueDates).columns("id", "plan_slug", "fiscal_year", "due_on", "updated_by", "updated_at")
                .values(SQLBind(UUID()), SQLBind(plan), SQLBind(y), SQLBind(day.description), SQLBind(actor), SQLBind(now)).run()
        }
        try await audit(
            actor: actor, action: "提出期限の設定", entity: "year", key: year.code, before: before?.description ?? "なし",
            after: day?.description ?? "なし")
    }

    /// Claims today's reminder of a department for a year: true when this caller is to send it
    /// (no reminder yet today, or today's was not delivered), false when one was sent or is being
    /// sent. Inside the write transaction, so two instances cannot both claim it; the unique key
    /// holds it to one row even so.
    public func claimReminder(department: Department, year: FiscalYear, day: CalendarDay, actor: String) async throws -> UUID? {
        let y = String(year.westernYear)
        let existing = try await sql.select().columns("id", "outcome").from(Schema.reminders).where("plan_slug", .equal, SQLBind(plan))
            .where("fiscal_year", .equal, SQLBind(y)).where("department_id", .equal, SQLBind(department.id))
            .where("sent_on", .equal, SQLBind(day.description)).first()
        if let existing {
            let outcome = Reminder.Outcome(rawValue: try existing.decode(column: "outcome", as: String.self))
            guard outcome == .failed || outcome == .noRecipient else { return nil }
            let id = try existing.decode(column: "id", as: UUID.self)
            try await sql.update(Schema.reminders).set("outcome", to: SQLBind(Reminder.Outcome.sending.rawValue)).set("sent_at", to: SQLBind(now))
                .set("actor", to: SQLBind(actor)).where("id", .equal, SQLBind(id)).run()
            return id
        }
        let id = UUID()
        try await sql.insert(into: Schema.reminders)
            .columns(
                "id", "plan_slug", "fiscal_year", "department_id", "department_name", "sent_on", "sent_at", "recipients", "outcome", "detail", "actor"
            )
            .values(
                SQLBind(id), SQLBind(plan), SQLBind(y), SQLBind(department.id), SQLBind(department.name), SQLBind(day.description), SQLBind(now),
                SQLBind(""), SQLBind(Reminder.Outcome.sending.rawValue), SQLBind(""), SQLBind(actor)
            )
            .run()
        return id
    }

    /// Records how a claimed reminder went (audited: the office sees who was reminded when).
    public func recordReminder(
        _ id: UUID, department: Department, year: FiscalYear, recipients: [String], outcome: Reminder.Outcome, detail: String, actor: String
    )
        async throws
    {
        try await sql.update(Schema.reminders).set("recipients", to: SQLBind(recipients.joined(separator: ", ")))
            .set("outcome", to: SQLBind(outcome.rawValue)).set("detail", to: SQLBind(detail)).set("sent_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(id)).where("plan_slug", .equal, SQLBind(plan)).run()
        let what: String
        switch outcome {
        case .sent: what = "送信: " + recipients.joined(separator: ", ")
        case .noRecipient: what = "宛先なし"
        case .failed: what = "送信できず: " + detail
        case .sending: what = "送信中"
        }
        try await audit(actor: actor, action: "督促メール", entity: "submission", key: "\(department.name) \(year.code)", before: "", after: what)
    }

    // MARK: Self-evaluation and revisions

    /// Saves a self-evaluation; with `expectedVersion`, refuses when someone saved a newer one.
    public func saveSelfEvaluation(_ e: SelfEvaluation, expectedVersion: Int?, actor: String) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let milestones = String(decoding: try encoder.encode(e.milestones), as: UTF8.self)
        let current = try await read.selfEvaluations(year: e.year).first { $0.evaluation.project == e.project }
        if let expectedVersion, let current, current.version != expectedVersion { throw CycleStoreError.staleSelfEvaluation(current) }
        let y = String(e.year.westernYear)
        if let current {
            try await sql.update(SelfEvaluationRecord.schema).set("text", to: SQLBind(e.text)).set(
                "direction", to: SQLBind(e.direction?.rawValue ?? "")
            )
            .set("milestones", to: SQLBind(milestones)).set("entered_by", to: SQLBind(actor)).set("entered_at", to: SQLBind(now))
            .set("version", to: SQLBind(current.version + 1))
            .where("plan_slug", .equal, SQLBind(plan)).where("project_key", .equal, SQLBind(e.project)).where("fiscal_year", .equal, SQLBind(y)).run()
        } else {
            try await sql.insert(into: SelfEvaluationRecord.schema)
                .columns("id", "plan_slug", "project_key", "fiscal_year", "text", "direction", "milestones", "entered_by", "entered_at", "version")
                .values(
                    SQLBind(UUID()), SQLBind(plan), SQLBind(e.project), SQLBind(y), SQLBind(e.text), SQLBind(e.direction?.rawValue ?? ""),
                    SQLBind(milestones), SQLBind(actor), SQLBind(now), SQLBind(1)
                )
                .run()
        }
        let before = current.map { AuditEntry.fields($0.evaluation.auditFields) } ?? ""
        try await audit(
            actor: actor, action: "自己評価の入力", entity: "self_evaluation", key: "\(e.project) \(e.year.code)", before: before,
            after: AuditEntry.fields(e.auditFields))
    }

    /// Records a revision of a target (the adopted target is kept).
    public func reviseTarget(_ revision: TargetRevision, previous: Decimal?, actor: String) async throws {
        try await sql.insert(into: TargetRevisionRecord.schema)
            .columns("id", "plan_slug", "indicator_key", "fiscal_year", "value", "decided_on", "reason", "entered_by", "entered_at")
            .values(
                SQLBind(UUID()), SQLBind(plan), SQLBind(revision.indicator), SQLBind(String(revision.year.westernYear)),
                revision.value.map { SQLBind(NumberCell.format($0)) as any SQLExpression } ?? SQLLiteral.null,
                SQLBind(revision.decidedOn.description), SQLBind(revision.reason), SQLBind(actor), SQLBind(now)
            )
            .run()
        try await audit(
            actor: actor, action: "目標値の見直し", entity: "target", key: "\(revision.indicator) \(revision.year.code)",
            before: previous.map(NumberCell.format) ?? "目標なし",
            after: "\(revision.value.map(NumberCell.format) ?? "目標なし")（\(revision.decidedOn) \(revision.reason)）")
    }

    /// Sets the plan's grading scheme (part of its shape), audited.
    public func setGrading(_ scheme: GradingScheme, before: GradingScheme, actor: String) async throws {
        guard let row = try await sql.select().column("shape").from(PlanRecord.schema).where("slug", .equal, SQLBind(plan)).first() else {
            throw StoreError.planNotFound(plan)
        }
        let text = try row.decode(column: "shape", as: String.self)
        var shape = try JSONDecoder().decode(PlanShapeCoding.Shape.self, from: Data(text.utf8))
        shape.grading = scheme.description
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try await sql.update(PlanRecord.schema).set("shape", to: SQLBind(String(decoding: try encoder.encode(shape), as: UTF8.self)))
            .where("slug", .equal, SQLBind(plan)).run()
        try await audit(actor: actor, action: "評価方法の変更", entity: "grading", key: plan, before: before.description, after: scheme.description)
    }
}
