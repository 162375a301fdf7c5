import FluentKit
import FluentSQL
import FluentSQLiteDriver
import Foundation
import PlanCore

/// A refusal in the yearly cycle, in words the user can act on.
public enum CycleError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicate(String)
    case notFound(String)
    case locked(FiscalYear)
    case forbidden(String)
    case invalid(String)
    /// Someone saved a newer value first; the current values are returned so the user can
    /// decide again (no lost update).
    case conflict([StoredActual])

    public var description: String {
        switch self {
        case .duplicate(let s), .notFound(let s), .forbidden(let s), .invalid(let s): s
        case .locked(let year): "\(year.label)はロックされています。修正するには計画担当が年度のロックを解除してください"
        case .conflict(let current):
            "他の人が先に保存したため保存しませんでした。最新の値: " + current.map { "\($0.actual.indicator) \($0.actual.year.code) = \($0.actual.value.map(NumberCell.format) ?? "未報告")（\($0.enteredBy)、版\($0.version)）" }.joined(separator: "、")
        }
    }
}

/// An actual as stored: the value, who entered it and when, and its version.
public struct StoredActual: Sendable, Equatable, Codable {
    public var actual: Actual
    public var enteredBy: String
    public var enteredAt: Date
    public var version: Int
}

/// One change to an actual: the new value and the version it was based on (nil: not checked).
public struct ActualChange: Sendable {
    public var actual: Actual
    public var expectedVersion: Int?
    public init(actual: Actual, expectedVersion: Int?) { self.actual = actual; self.expectedVersion = expectedVersion }
}

/// A user account.
public struct Account: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var role: Role
    public var departmentID: UUID?
    public var departmentName: String?
    public var passwordHash: String
    public var active: Bool
    /// The plan the account belongs to; nil: every plan.
    public var plan: String?

    /// Whether this account may act in a plan.
    public func belongs(to plan: String) -> Bool { self.plan == nil || self.plan == plan }
}

/// Reads and writes the yearly cycle. Every change writes an audit entry in the same transaction.
public struct CycleRepository: Sendable {
    public let database: any Database
    public init(database: any Database) { self.database = database }

    // MARK: Audit

    static func audit(_ db: any Database, actor: String, action: String, entity: String, key: String, before: String, after: String) async throws {
        let r = AuditRecord()
        r.at = Date(); r.actor = actor; r.action = action; r.entity = entity; r.entityKey = key; r.before = before; r.after = after
        try await r.create(on: db)
    }

    /// The audit trail, oldest first.
    public func audit(since: Date? = nil) async throws -> [AuditEntry] {
        var q = AuditRecord.query(on: database).sort(\.$at).sort(\.$id)
        if let since { q = q.filter(\.$at >= since) }
        return try await q.all().map { AuditEntry(at: $0.at, actor: $0.actor, action: $0.action, entity: $0.entity, key: $0.entityKey, before: $0.before, after: $0.after) }
    }

    // MARK: Departments

    public func departments(plan: String) async throws -> [DepartmentRecord] {
        try await DepartmentRecord.query(on: database).filter(\.$planSlug == plan).sort(\.$name).all()
    }

    public func department(plan: String, name: String) async throws -> DepartmentRecord? {
        try await DepartmentRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$name == name).first()
    }

    @discardableResult
    public func addDepartment(plan: String, name: String, actor: String) async throws -> DepartmentRecord {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw CycleError.invalid("課の名前を入れてください") }
        if try await department(plan: plan, name: name) != nil { throw CycleError.duplicate("課「\(name)」はすでにあります") }
        return try await database.writeTransaction { db in
            let r = DepartmentRecord(); r.planSlug = plan; r.name = name
            try await r.create(on: db)
            try await Self.audit(db, actor: actor, action: "課の追加", entity: "department", key: name, before: "", after: name)
            return r
        }
    }

    // MARK: Users

    public func accounts() async throws -> [Account] {
        let departments = Dictionary(try await DepartmentRecord.query(on: database).all().compactMap { d in d.id.map { ($0, d.name) } }, uniquingKeysWith: { a, _ in a })
        return try await UserRecord.query(on: database).sort(\.$name).all().compactMap { u in
            guard let id = u.id, let role = Role(rawValue: u.role) else { return nil }
            return Account(id: id, name: u.name, role: role, departmentID: u.departmentID, departmentName: u.departmentID.flatMap { departments[$0] },
                           passwordHash: u.passwordHash, active: u.active, plan: u.planSlug)
        }
    }

    public func account(name: String) async throws -> Account? {
        try await accounts().first { $0.name == name }
    }

    public func account(id: UUID) async throws -> Account? {
        try await accounts().first { $0.id == id }
    }

    public func addUser(name: String, passwordHash: String, role: Role, department: DepartmentRecord?, plan: String? = nil, actor: String) async throws {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64 else { throw CycleError.invalid("利用者名は1〜64文字にしてください") }
        if role == .department && department == nil { throw CycleError.invalid("所管課の利用者には課を指定してください（--department 名）") }
        if try await UserRecord.query(on: database).filter(\.$name == name).first() != nil { throw CycleError.duplicate("利用者「\(name)」はすでにいます") }
        try await database.writeTransaction { db in
            let u = UserRecord(); u.name = name; u.passwordHash = passwordHash; u.role = role.rawValue
            u.departmentID = role == .department ? department?.id : nil; u.active = true; u.createdAt = Date()
            u.planSlug = role == .department ? department?.planSlug : plan
            try await u.create(on: db)
            try await Self.audit(db, actor: actor, action: "利用者の追加", entity: "user", key: name, before: "",
                                 after: "役割=\(role.rawValue)" + (department.map { " 課=\($0.name)" } ?? "") + ((role == .department ? department?.planSlug : plan).map { " 計画=\($0)" } ?? " 計画=すべて"))
        }
    }

    public func setActive(user name: String, active: Bool, actor: String) async throws {
        guard let u = try await UserRecord.query(on: database).filter(\.$name == name).first() else { throw CycleError.notFound("利用者「\(name)」はいません") }
        try await database.writeTransaction { db in
            let before = u.active
            u.active = active
            try await u.save(on: db)
            try await Self.audit(db, actor: actor, action: active ? "利用者の有効化" : "利用者の無効化", entity: "user", key: name, before: String(before), after: String(active))
        }
    }

    public func hasOfficeAccount() async throws -> Bool {
        try await UserRecord.query(on: database).filter(\.$role == Role.office.rawValue).count() > 0
    }

    // MARK: Ownership

    public func assignments(plan: String) async throws -> [AssignmentRecord] {
        try await AssignmentRecord.query(on: database).filter(\.$planSlug == plan).all()
    }

    /// Assigns a project to a department; a lead replaces any previous lead.
    public func assign(plan: String, project: String, department: DepartmentRecord, lead: Bool, actor: String) async throws {
        let departmentID = try department.requireID()
        try await database.writeTransaction { db in
            let existing = try await AssignmentRecord.query(on: db).filter(\.$planSlug == plan).filter(\.$projectKey == project).all()
            if lead {
                for a in existing where a.lead && a.departmentID != departmentID {
                    a.lead = false
                    try await a.save(on: db)
                }
            }
            if let same = existing.first(where: { $0.departmentID == departmentID }) {
                same.lead = lead
                try await same.save(on: db)
            } else {
                let a = AssignmentRecord(); a.planSlug = plan; a.projectKey = project; a.departmentID = departmentID; a.lead = lead
                try await a.create(on: db)
            }
            try await Self.audit(db, actor: actor, action: "事業の所管", entity: "assignment", key: project, before: "",
                                 after: "\(department.name)（\(lead ? "主管" : "共管")）")
        }
    }

    /// The projects a department owns (lead or co-owner).
    public func projects(of departmentID: UUID, plan: String) async throws -> Set<String> {
        Set(try await AssignmentRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$departmentID == departmentID).all().map(\.projectKey))
    }

    // MARK: Actuals

    public func actuals(plan: String, year: FiscalYear? = nil) async throws -> [StoredActual] {
        // Read without Fluent's model decoding: a roll-up of many plans reads many actuals.
        var filters: [(String, PlanRows.Value)] = [("plan_slug", .text(plan))]
        if let year { filters.append(("fiscal_year", .text(year.code))) }
        let rows = try await PlanRowReader(database: database).rows(
            ActualRecord.schema, columns: ["indicator_key", "fiscal_year", "value", "note", "entered_by", "entered_at", "version"], where: filters)
        return rows.compactMap { r in
            guard let year = FiscalYear(parsing: r.text("fiscal_year")) else { return nil }
            return StoredActual(actual: Actual(indicator: r.text("indicator_key"), year: year, value: r.string("value").flatMap(NumberCell.decimal),
                                               note: r.text("note")),
                                enteredBy: r.text("entered_by"), enteredAt: r.date("entered_at") ?? Date(timeIntervalSince1970: 0),
                                version: r.int("version") ?? 0)
        }
    }

    /// Every plan's actual values for a year, by plan, in one query (a national roll-up reads
    /// only what evaluation needs: no notes, authors or versions).
    public func actualValuesOfEveryPlan(year: FiscalYear) async throws -> [String: [Actual]] {
        guard let sqlite = database as? any SQLiteDatabase else {
            let rows = try await PlanRowReader(database: database).rows(
                ActualRecord.schema, columns: ["plan_slug", "indicator_key", "value"], where: [("fiscal_year", .text(year.code))])
            var byPlan: [String: [Actual]] = [:]
            for r in rows {
                byPlan[r.text("plan_slug"), default: []].append(Actual(indicator: r.text("indicator_key"), year: year,
                                                                      value: r.string("value").flatMap(NumberCell.decimal)))
            }
            return byPlan
        }
        // SQLite: decoded on the database thread while the rows are stepped, without the
        // intermediate rows. Rows of a plan come together (the unique index starts with the plan).
        let byPlan = RowsBox<(String, [Actual])>()
        let query = "SELECT \"plan_slug\", \"indicator_key\", \"value\" FROM \"\(ActualRecord.schema)\" WHERE \"fiscal_year\" = ? ORDER BY \"plan_slug\""
        try await PlanRowReader.eachSQLiteRow(sqlite, query, [.text(year.code)]) { row in
            let slug = row.column("plan_slug")?.string ?? ""
            let actual = Actual(indicator: row.column("indicator_key")?.string ?? "", year: year,
                                value: row.column("value")?.string.flatMap(NumberCell.decimal))
            if byPlan.items.last?.0 == slug { byPlan.items[byPlan.items.count - 1].1.append(actual) } else { byPlan.items.append((slug, [actual])) }
        }
        return Dictionary(byPlan.items, uniquingKeysWith: +)
    }

    static func stored(_ r: ActualRecord) -> StoredActual? {
        guard let year = FiscalYear(parsing: r.fiscalYear) else { return nil }
        let value = r.value.flatMap { NumberCell.decimal($0) }
        return StoredActual(actual: Actual(indicator: r.indicatorKey, year: year, value: value, note: r.note),
                            enteredBy: r.enteredBy, enteredAt: r.enteredAt, version: r.version)
    }

    /// Saves changes all or nothing. A change whose expected version is older than the stored
    /// one refuses the whole save and reports the current values.
    public func saveActuals(plan: String, _ changes: [ActualChange], actor: String) async throws {
        for year in Set(changes.map(\.actual.year)) where try await isLocked(plan: plan, year: year) {
            throw CycleError.locked(year)
        }
        do {
            try await saveActualsOnce(plan: plan, changes, actor: actor)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another writer inserted the same indicator and year first.
            let keys = Set(changes.map { "\($0.actual.indicator) \($0.actual.year.code)" })
            let current = try await actuals(plan: plan).filter { keys.contains("\($0.actual.indicator) \($0.actual.year.code)") }
            throw CycleError.conflict(current)
        }
    }

    private func saveActualsOnce(plan: String, _ changes: [ActualChange], actor: String) async throws {
        try await database.writeTransaction { db in
            guard let sql = db as? any SQLDatabase else { throw CycleError.invalid("このデータベースでは保存できません") }
            // The stored values of the changed indicators and years, read once (inside the write
            // transaction, so no other writer changes them meanwhile).
            var existing: [String: ActualRecord] = [:]
            if !changes.isEmpty {
                let rows = try await ActualRecord.query(on: db).filter(\.$planSlug == plan)
                    .filter(\.$indicatorKey ~~ Set(changes.map(\.actual.indicator)).sorted())
                    .filter(\.$fiscalYear ~~ Set(changes.map(\.actual.year.code)).sorted()).all()
                for r in rows { existing[Self.key(r.indicatorKey, r.fiscalYear)] = r }
            }
            var conflicts: [StoredActual] = []
            let writes = PendingRows(sql)
            let now = Date()
            var audited = 0
            for change in changes {
                let a = change.actual
                let key = Self.key(a.indicator, a.year.code)
                let current = existing[key]
                if let expected = change.expectedVersion, (current?.version ?? 0) != expected {
                    if let current, let s = Self.stored(current) { conflicts.append(s) }
                    continue
                }
                let newValue = a.value.map(NumberCell.format)
                let before = current.map { Self.shown($0.value, note: $0.note) } ?? ""
                if let current, current.value == newValue, current.note == a.note { continue }
                if let current, let id = current.id {
                    // Compare-and-set on the version, so that two writers who read the same version
                    // (other instances, other connections) cannot both win.
                    try await writes.flush()
                    let updated = try await sql.update(ActualRecord.schema)
                        .set("value", to: newValue).set("note", to: a.note).set("entered_by", to: actor)
                        .set("entered_at", to: now).set("version", to: current.version + 1)
                        .where("id", .equal, id).where("version", .equal, current.version)
                        .returning("id").all()
                    if updated.isEmpty {
                        if let latest = try await ActualRecord.find(id, on: db), let s = Self.stored(latest) { conflicts.append(s) }
                        continue
                    }
                    current.value = newValue; current.note = a.note; current.version += 1
                } else {
                    let record = ActualRecord()
                    record.id = UUID(); record.planSlug = plan; record.indicatorKey = a.indicator; record.fiscalYear = a.year.code
                    record.value = newValue; record.note = a.note; record.enteredBy = actor; record.enteredAt = now; record.version = 1
                    try await writes.insert(ActualRecord.schema, Self.actualColumns, [
                        SQLBind(record.id!), SQLBind(plan), SQLBind(a.indicator), SQLBind(a.year.code), SQLBind(newValue),
                        SQLBind(a.note), SQLBind(actor), SQLBind(now), SQLBind(1),
                    ])
                    existing[key] = record
                }
                // One microsecond apart, so that the trail keeps the order of the changes.
                try await writes.insert(AuditRecord.schema, Self.auditColumns, [
                    SQLBind(UUID()), SQLBind(now.addingTimeInterval(Double(audited) * 1e-6)), SQLBind(actor), SQLBind("実績の入力"),
                    SQLBind("actual"), SQLBind("\(a.indicator) \(a.year.code)"), SQLBind(before), SQLBind(Self.shown(newValue, note: a.note)),
                ])
                audited += 1
            }
            try await writes.flush()
            if !conflicts.isEmpty { throw CycleError.conflict(conflicts) }
        }
    }

    private static func key(_ indicator: String, _ year: String) -> String { indicator + " " + year }
    /// An actual as the audit trail shows it: the value (or 未報告) and the note in brackets.
    private static func shown(_ value: String?, note: String) -> String { "\(value ?? "未報告")\(note.isEmpty ? "" : "（\(note)）")" }
    private static let actualColumns = ["id", "plan_slug", "indicator_key", "fiscal_year", "value", "note", "entered_by", "entered_at", "version"]
    private static let auditColumns = ["id", "at", "actor", "action", "entity", "entity_key", "before", "after"]

    // MARK: Workflow

    public func state(plan: String, department: UUID, year: FiscalYear) async throws -> (WorkflowState, String) {
        guard let r = try await SubmissionRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$departmentID == department)
            .filter(\.$fiscalYear == year.code).first() else { return (.draft, "") }
        return (WorkflowState(rawValue: r.state) ?? .draft, r.comment)
    }

    /// Every department's state for a year.
    public func states(plan: String, year: FiscalYear) async throws -> [UUID: WorkflowState] {
        let list = try await SubmissionRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$fiscalYear == year.code).all()
        return Dictionary(list.compactMap { r in WorkflowState(rawValue: r.state).map { (r.departmentID, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    public func perform(_ action: WorkflowAction, plan: String, department: DepartmentRecord, year: FiscalYear, role: Role,
                        comment: String, actor: String) async throws -> WorkflowState {
        if try await isLocked(plan: plan, year: year), action != .publish { throw CycleError.locked(year) }
        let departmentID = try department.requireID()
        let (current, _) = try await state(plan: plan, department: departmentID, year: year)
        let next: WorkflowState
        switch action.apply(to: current, by: role) {
        case .success(let s): next = s
        case .failure(let e): throw CycleError.forbidden(e.message)
        }
        if action == .return && comment.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CycleError.invalid("差し戻すときは理由をコメントに書いてください")
        }
        try await database.writeTransaction { db in
            let r = try await SubmissionRecord.query(on: db).filter(\.$planSlug == plan).filter(\.$departmentID == departmentID)
                .filter(\.$fiscalYear == year.code).first() ?? SubmissionRecord()
            r.planSlug = plan; r.departmentID = departmentID; r.fiscalYear = year.code; r.state = next.rawValue
            r.comment = comment; r.updatedBy = actor; r.updatedAt = Date()
            try await r.save(on: db)
            try await Self.audit(db, actor: actor, action: "手続き: \(action.label)", entity: "submission", key: "\(department.name) \(year.code)",
                                 before: current.label, after: next.label + (comment.isEmpty ? "" : "（\(comment)）"))
        }
        return next
    }

    // MARK: Locks

    public func isLocked(plan: String, year: FiscalYear) async throws -> Bool {
        try await YearLockRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$fiscalYear == year.code).first()?.locked ?? false
    }

    public func setLocked(plan: String, year: FiscalYear, locked: Bool, actor: String, reason: String) async throws {
        try await database.writeTransaction { db in
            let r = try await YearLockRecord.query(on: db).filter(\.$planSlug == plan).filter(\.$fiscalYear == year.code).first() ?? YearLockRecord()
            let before = r.id == nil ? false : r.locked
            r.planSlug = plan; r.fiscalYear = year.code; r.locked = locked; r.updatedBy = actor; r.updatedAt = Date()
            try await r.save(on: db)
            try await Self.audit(db, actor: actor, action: locked ? "年度のロック" : "年度のロック解除（再開）", entity: "year", key: year.code,
                                 before: before ? "ロック" : "入力可", after: (locked ? "ロック" : "入力可") + (reason.isEmpty ? "" : "（\(reason)）"))
        }
    }

    // MARK: Grading scale

    public func gradingScale(plan: String) async throws -> GradingScale {
        guard let r = try await GradingScaleRecord.query(on: database).filter(\.$planSlug == plan).first(),
              let scale = GradingScale(parsing: r.bands) else { return .standard }
        return scale
    }

    public func setGradingScale(plan: String, _ scale: GradingScale, actor: String) async throws {
        guard scale.problems.isEmpty else { throw CycleError.invalid(scale.problems.joined(separator: "。")) }
        let before = try await gradingScale(plan: plan)
        try await database.writeTransaction { db in
            let r = try await GradingScaleRecord.query(on: db).filter(\.$planSlug == plan).first() ?? GradingScaleRecord()
            r.planSlug = plan; r.bands = scale.description
            try await r.save(on: db)
            try await Self.audit(db, actor: actor, action: "評価の段階の変更", entity: "grading", key: plan, before: before.description, after: scale.description)
        }
    }

    // MARK: Self-evaluation

    public func selfEvaluations(plan: String, year: FiscalYear) async throws -> [SelfEvaluation] {
        try await SelfEvaluationRecord.query(on: database).filter(\.$planSlug == plan).filter(\.$fiscalYear == year.code).all().map(Self.selfEvaluation)
    }

    static func selfEvaluation(_ r: SelfEvaluationRecord) -> SelfEvaluation {
        let milestones = (try? JSONDecoder().decode([SelfEvaluation.MilestoneReport].self, from: Data(r.milestones.utf8))) ?? []
        return SelfEvaluation(project: r.projectKey, year: FiscalYear(parsing: r.fiscalYear) ?? .r6, text: r.text,
                              direction: FutureDirection(rawValue: r.direction), milestones: milestones)
    }

    public func saveSelfEvaluation(plan: String, _ e: SelfEvaluation, actor: String) async throws {
        if try await isLocked(plan: plan, year: e.year) { throw CycleError.locked(e.year) }
        let encoder = JSONEncoder(); encoder.outputFormatting = .sortedKeys
        let milestones = String(decoding: try encoder.encode(e.milestones), as: UTF8.self)
        try await database.writeTransaction { db in
            let r = try await SelfEvaluationRecord.query(on: db).filter(\.$planSlug == plan).filter(\.$projectKey == e.project)
                .filter(\.$fiscalYear == e.year.code).first() ?? SelfEvaluationRecord()
            let before = r.id == nil ? "" : "\(r.direction) \(r.text)"
            r.planSlug = plan; r.projectKey = e.project; r.fiscalYear = e.year.code; r.text = e.text
            r.direction = e.direction?.rawValue ?? ""; r.milestones = milestones; r.enteredBy = actor; r.enteredAt = Date()
            r.version = (r.id == nil ? 0 : r.version) + 1
            try await r.save(on: db)
            try await Self.audit(db, actor: actor, action: "自己評価の入力", entity: "self_evaluation", key: "\(e.project) \(e.year.code)",
                                 before: before, after: "\(e.direction?.rawValue ?? "") \(e.text) \(milestones)")
        }
    }
}

extension CycleRepository {
    /// Removes every record of the yearly cycle, including the audit trail (tests and `restore` only;
    /// not reachable from the web application).
    public func deleteAll() async throws {
        try await database.writeTransaction { db in
            try await AuditRecord.query(on: db).delete()
            try await TargetRevisionRecord.query(on: db).delete()
            try await GradingScaleRecord.query(on: db).delete()
            try await SelfEvaluationRecord.query(on: db).delete()
            try await YearLockRecord.query(on: db).delete()
            try await SubmissionRecord.query(on: db).delete()
            try await ActualRecord.query(on: db).delete()
            try await AssignmentRecord.query(on: db).delete()
            try await UserRecord.query(on: db).delete()
            try await DepartmentRecord.query(on: db).delete()
        }
    }
}

extension CycleRepository {
    /// Every target revision of a plan, oldest first.
    public func targetRevisions(plan: String) async throws -> [TargetRevision] {
        try await TargetRevisionRecord.query(on: database).filter(\.$planSlug == plan).sort(\.$enteredAt).all().compactMap { r in
            guard let year = FiscalYear(parsing: r.fiscalYear) else { return nil }
            return TargetRevision(indicator: r.indicatorKey, year: year, value: r.value.flatMap { NumberCell.decimal($0) },
                                  decidedOn: r.decidedOn, reason: r.reason)
        }
    }

    /// Records a revision of a target (the adopted target is kept).
    public func reviseTarget(plan: String, _ revision: TargetRevision, previous: Decimal?, actor: String) async throws {
        guard revision.decidedOn.firstMatch(of: /^\d{4}-\d{2}-\d{2}$/) != nil else { throw CycleError.invalid("見直しの日付は 2026-04-01 の形で書いてください") }
        guard !revision.reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw CycleError.invalid("見直しの理由を書いてください") }
        if let v = revision.value, v < 0 { throw CycleError.invalid("目標値に負の数は使えません") }
        try await database.writeTransaction { db in
            let r = TargetRevisionRecord()
            r.planSlug = plan; r.indicatorKey = revision.indicator; r.fiscalYear = revision.year.code
            r.value = revision.value.map(NumberCell.format); r.decidedOn = revision.decidedOn; r.reason = revision.reason
            r.enteredBy = actor; r.enteredAt = Date()
            try await r.create(on: db)
            try await Self.audit(db, actor: actor, action: "目標値の見直し", entity: "target", key: "\(revision.indicator) \(revision.year.code)",
                                 before: previous.map(NumberCell.format) ?? "目標なし",
                                 after: "\(revision.value.map(NumberCell.format) ?? "目標なし")（\(revision.decidedOn) \(revision.reason)）")
        }
    }
}

/// Rows to insert within a write transaction, sent as multi-row INSERTs of up to 500 rows per
/// table (a few thousand bound values per statement) instead of one statement per row.
private final class PendingRows: @unchecked Sendable {
    private let sql: any SQLDatabase
    private var rows: [String: (columns: [String], values: [[any SQLExpression]])] = [:]
    private var order: [String] = []

    init(_ sql: any SQLDatabase) { self.sql = sql }

    func insert(_ table: String, _ columns: [String], _ values: [any SQLExpression]) async throws {
        if rows[table] == nil { rows[table] = (columns, []); order.append(table) }
        rows[table]!.values.append(values)
        if rows[table]!.values.count >= 500 { try await flush(table) }
    }

    /// Sends everything pending, tables in the order they were first used.
    func flush() async throws {
        for table in order { try await flush(table) }
    }

    private func flush(_ table: String) async throws {
        guard let pending = rows[table], !pending.values.isEmpty else { return }
        rows[table]!.values = []
        var insert = sql.insert(into: table).columns(pending.columns)
        for values in pending.values { insert = insert.values(values) }
        try await insert.run()
    }
}
