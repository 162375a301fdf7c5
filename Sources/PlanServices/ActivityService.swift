import Foundation
import PlanCore
import PlanFiles
import PlanStore

/// Activity records and the actuals computed from them. Records are staff data: a clerk sees and
/// enters their own department's, the office every department's, a reviewer every record
/// without its personal fields, and the public nothing but the computed figures, which take
/// part in the yearly cycle as actuals (stored with the note saying what they count). A figure
/// changes only under the rules of a typed one: not in a locked year, nor while its lead
/// department's figures are submitted, approved or published.
extension PlanContext {
    /// The plan's kinds of record and counting rules.
    public var activities: ActivityDefinitions { snapshot.activities }

    /// The rule that computes an indicator's actual for a year (nil: the actual is typed).
    public func countingRule(indicator: String, year: FiscalYear) -> CountingRule? {
        snapshot.activities.rule(indicator: indicator, year: year, plan: plan)
    }

    /// What a change of records or rules did to the computed actuals.
    public struct Recomputed: Sendable, Equatable {
        /// Records added (or removed).
        public var records: Int
        /// Computed actuals whose value or note changed.
        public var changed: Int
    }

    // MARK: Definitions

    /// Replaces the plan's kinds and counting rules (office only). A rule added switches its
    /// indicator from typed to computed from its first year — the typed values are replaced by
    /// computed ones, each change in the audit trail; a rule removed switches it back to typed,
    /// keeping the last computed values as they are. Both switches are audited by name.
    public func defineActivities(_ definitions: ActivityDefinitions) async throws -> Recomputed {
        try requireOffice("活動記録の種類と計算のきまりの設定")
        let ids = Set(plan.reportingYears.flatMap { snapshot.units(year: $0).order })
        let problems = definitions.problems(plan: plan, reportingIDs: ids, departments: Set(departments.map(\.name)))
        if !problems.isEmpty {
            var e = ServiceError.invalid("活動記録の定義に問題があります（何も変えていません）")
            e.details = problems
            throw e
        }
        let before = snapshot.activities
        let actor = viewer.actor
        do {
            return try await store.write(plan: plan.id) { w in
                try await w.setActivityDefinitions(definitions, actor: actor)
                for r in definitions.rules where before.rules.first(where: { $0.indicator == r.indicator }) != r {
                    let kind = definitions.kind(r.kind)?.name ?? r.kind
                    try await w.audit(
                        actor: actor, action: "指標の実績を活動記録からの計算に切り替え", entity: "counting_rule", key: r.indicator,
                        before: before.rules.first { $0.indicator == r.indicator }.map { $0.summary(kindName: kind) } ?? "入力",
                        after: r.summary(kindName: kind))
                }
                for r in before.rules where !definitions.rules.contains(where: { $0.indicator == r.indicator }) {
                    try await w.audit(
                        actor: actor, action: "指標の実績を入力に切り替え（計算した値はそのまま残します）", entity: "counting_rule", key: r.indicator,
                        before: r.summary(kindName: before.kind(r.kind)?.name ?? r.kind), after: "入力")
                }
                let changed = try await self.recompute(w, definitions: definitions, kinds: nil, actor: actor)
                return Recomputed(records: 0, changed: changed)
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// Reads a definitions file (JSON, see docs/activity-records.md) and applies it.
    public func defineActivities(json data: Data, file: String) async throws -> Recomputed {
        let definitions: ActivityDefinitions
        do { definitions = try ActivityDefinitions.read(data, file: file) } catch { throw ServiceError.unreadable(error) }
        return try await defineActivities(definitions)
    }

    // MARK: Records

    /// Checks inputs against the kinds, the departments and who may enter them; all or nothing.
    func checkedRecords(_ inputs: [ActivityInput]) throws -> [ActivityRecord] {
        guard let role = viewer.role else { throw ServiceError(.unauthenticated, "活動記録の入力にはログインが必要です") }
        if role == .reviewer { throw ServiceError.forbidden("閲覧の方は活動記録を入力できません") }
        if activities.kinds.isEmpty { throw ServiceError.conflict("この計画には活動記録の種類がまだありません（計画担当が定義します）") }
        let years = plan.reportingYears
        let records: [ActivityRecord]
        do {
            records = try ActivityTable.records(
                inputs, kinds: activities.kinds, departments: Set(departments.map(\.name)), years: years.isEmpty ? nil : years.first!...years.last!)
        } catch {
            throw ServiceError.unreadable(error)
        }
        if role == .department {
            let own = viewerDepartment?.name
            let others = zip(inputs, records).filter { $0.1.department != own }
            if !others.isEmpty {
                throw ServiceError(
                    .forbidden, "ほかの課の活動記録は入力できません（あなたの課: \(own ?? "未設定")）",
                    errors: others.map { i, r in
                        ImportError(
                            file: i.place.file, sheet: i.place.sheet, line: i.place.line, column: i.place.columns["課"], field: "課",
                            message: "「\(r.department)」はあなたの課ではありません")
                    })
            }
        }
        return records
    }

    /// Adds records, all or nothing, and recomputes the figures their kinds count.
    public func addActivityRecords(_ inputs: [ActivityInput], dryRun: Bool = false) async throws -> Recomputed {
        let records = try checkedRecords(inputs)
        if dryRun { return Recomputed(records: records.count, changed: 0) }
        let actor = viewer.actor
        do {
            return try await store.write(plan: plan.id) { w in
                let definitions = try await w.read.activityDefinitions()
                try await w.addActivityRecords(records, actor: actor)
                let changed = try await self.recompute(w, definitions: definitions, kinds: Set(records.map(\.kind)), actor: actor)
                return Recomputed(records: records.count, changed: changed)
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// Imports records from a CSV file (UTF-8 or CP932) or an .xlsx workbook (its first sheet, or
    /// the one named), all or nothing, every problem located by row and column.
    public func importActivityRecords(_ data: Data, file: String, sheet: String? = nil, dryRun: Bool = false) async throws -> Recomputed {
        let inputs: [ActivityInput]
        do throws(ImportFailure) {
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                let sheets = try WorkbookReader.read(data, file: file)
                guard let chosen = sheet.map({ name in sheets.first { $0.name == name } }) ?? sheets.first else {
                    throw ImportFailure(
                        ImportError(file: file, message: "シート「\(sheet ?? "")」がありません（あるシート: \(sheets.compactMap(\.name).joined(separator: "・"))）"))
                }
                inputs = try ActivityTable.inputs(
                    chosen.rows.map { $0.map { $0.text.isEmpty ? ($0.number.map(NumberCell.format) ?? "") : $0.text } }, file: file,
                    sheet: chosen.name, kinds: activities.kinds)
            } else {
                inputs = try ActivityTable.inputs(csv: data, file: file, kinds: activities.kinds)
            }
        } catch {
            throw ServiceError.unreadable(error)
        }
        return try await addActivityRecords(inputs, dryRun: dryRun)
    }

    /// Removes a record (its department's clerk or the office) and recomputes.
    public func deleteActivityRecord(id: UUID) async throws -> Recomputed {
        guard let role = viewer.role, role != .reviewer else { throw ServiceError.forbidden("活動記録を削除できるのは所管課と計画担当です") }
        let actor = viewer.actor
        let own = viewerDepartment?.name
        do {
            return try await store.write(plan: plan.id) { w in
                guard let r = try await w.read.activityRecords().first(where: { $0.id == id }) else {
                    throw ServiceError.notFound("活動記録「\(id.uuidString)」はこの計画にありません")
                }
                if role == .department, r.department != own { throw ServiceError.forbidden("ほかの課（\(r.department)）の活動記録は削除できません") }
                let definitions = try await w.read.activityDefinitions()
                try await w.deleteActivityRecord(r, actor: actor)
                let changed = try await self.recompute(w, definitions: definitions, kinds: [r.kind], actor: actor)
                return Recomputed(records: 1, changed: changed)
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// The records this viewer may see (a clerk: their department's; a reviewer: without personal
    /// fields), of a kind and a year when given.
    public func activityRecords(kind: String? = nil, year: FiscalYear? = nil) async throws -> [ActivityRecord] {
        try requireStaff()
        var records = try await store.cycle(plan.id).activityRecords(kind: kind)
        if let year { records = records.filter { $0.fiscalYear == year } }
        return visible(records)
    }

    func visible(_ records: [ActivityRecord]) -> [ActivityRecord] {
        switch viewer.role {
        case .office: return records
        case .department:
            let own = viewerDepartment?.name
            return records.filter { $0.department == own }
        default:
            return records.map { r in activities.kind(r.kind).map { r.withoutPersonalFields(of: $0) } ?? r }
        }
    }

    /// What a computed figure is made of (staff only): the rule, the figure and the records it
    /// counts — a clerk sees the records of their own department, and how many others there are.
    public struct DrillDown: Sendable {
        public var rule: CountingRule
        public var kind: ActivityKind
        public var figure: ComputedFigure
        public var records: [ActivityRecord]
        /// Records counted that this viewer may not see (other departments').
        public var hidden: Int
    }

    public func drillDown(indicator: String, year: FiscalYear) async throws -> DrillDown {
        try requireStaff()
        _ = try requireYear(year)
        guard let rule = countingRule(indicator: indicator, year: year), let kind = activities.kind(rule.kind) else {
            throw ServiceError.notFound("指標「\(indicator)」の\(year.label)の実績は活動記録から計算していません")
        }
        let all = try await store.cycle(plan.id).activityRecords(kind: rule.kind)
        guard let figure = ActivityCounting.figures(rule: rule, kind: kind, records: all, plan: snapshot.revised).first(where: { $0.year == year })
        else { throw ServiceError.notFound("指標「\(indicator)」の\(year.label)の計算がありません") }
        let counted = Set(figure.records)
        let shown = visible(all.filter { counted.contains($0.id) })
        return DrillDown(rule: rule, kind: kind, figure: figure, records: shown, hidden: counted.count - shown.count)
    }

    /// Erases the personal fields of every record past its kind's retention period (years after
    /// the end of its fiscal year) as of `today`; the records and the figures stay.
    public func eraseExpiredPersonalFields(today: CalendarDay) async throws -> Int {
        try requireOffice("保存年限を過ぎた個人に関する項目の消去")
        let actor = viewer.actor
        let definitions = activities
        do {
            return try await store.write(plan: plan.id) { w in
                var erased: [ActivityRecord] = []
                var fields: [String: [String]] = [:]
                for kind in definitions.kinds {
                    guard let years = kind.retentionYears, !kind.personalFields.isEmpty else { continue }
                    for r in try await w.read.activityRecords(kind: kind.id) {
                        let end = CalendarDay(year: r.fiscalYear.westernYear + 1 + years, month: 3, day: 31)
                        guard today > end, kind.personalFields.contains(where: { r.values[$0.id] != nil }) else { continue }
                        erased.append(r.withoutPersonalFields(of: kind))
                        fields[kind.name] = kind.personalFields.map(\.label)
                    }
                }
                try await w.erasePersonalFields(erased, on: today, fields: fields, actor: actor)
                return erased.count
            }
        } catch {
            throw ServiceError.from(error)
        }
    }

    // MARK: Recomputation

    /// Recomputes the figures of the rules counting `kinds` (nil: every rule) inside a write and
    /// saves those that changed, under the rules of the cycle; returns how many changed.
    func recompute(_ w: PlanCycleWriter, definitions: ActivityDefinitions, kinds: Set<String>?, actor: String) async throws -> Int {
        let rules = definitions.rules.filter { kinds?.contains($0.kind) ?? true }
        if rules.isEmpty { return 0 }
        var records: [ActivityRecord] = []
        for kind in Set(rules.map(\.kind)).sorted() { records += try await w.read.activityRecords(kind: kind) }
        var figures: [Actual] = []
        for rule in rules {
            guard let kind = definitions.kind(rule.kind) else { continue }
            figures += ActivityCounting.figures(rule: rule, kind: kind, records: records, plan: snapshot.revised).map {
                Actual(indicator: $0.indicator, year: $0.year, value: $0.value, note: $0.note)
            }
        }
        let stored = try await Self.storedActuals(w)
        let changes = figures.filter { stored[ActualKey($0)]?.value != $0.value || stored[ActualKey($0)]?.note != $0.note }
        if changes.isEmpty { return 0 }
        let open = try await OpenFigures.read(w, years: Set(changes.map(\.year)), snapshot: snapshot, current: w.follows(snapshot.stamp))
        var saved: [ActualChange] = []
        for a in changes {
            guard let item = snapshot.item(ofIndicator: a.indicator) else { continue }
            if var refusal = open.refusal(item: item, year: a.year) {
                // Only the words change (a year still without records): a closed year keeps its own.
                if stored[ActualKey(a)]?.value == a.value { continue }
                refusal.message =
                    "この変更で活動記録から計算する「\(snapshot.revisedIndex.indicatorsByID[a.indicator]?.name ?? a.indicator)」の実績が変わりますが、" + refusal.message
                throw refusal
            }
            saved.append(ActualChange(actual: a, expectedVersion: nil))
        }
        return try await w.saveActuals(
            saved,
            actor: "\(actor)（活動記録から計算）")
    }
}
