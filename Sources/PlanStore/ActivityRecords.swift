import FluentKit
import FluentSQL
import Foundation
import PlanCore

// Activity records and their definitions, per plan. A record's fields are one JSON column (the
// kinds are the office's, not the schema's); the audit trail names a record by its id, kind,
// date and title — never by a personal field, which the retention period must be able to erase.

extension PlanCycle {
    /// The plan's kinds of record and counting rules (none defined: empty).
    public func activityDefinitions() async throws -> ActivityDefinitions {
        let rows = try await reader.rows(
            Schema.activityDefinitions, columns: ["definition"], where: [("plan_slug", .text(plan))])
        guard let text = try rows.first?.text("definition") else { return ActivityDefinitions() }
        do { return try JSONDecoder().decode(ActivityDefinitions.self, from: Data(text.utf8)) } catch {
            throw StoreError.invalid("\(Schema.activityDefinitions).definition", String(text.prefix(80)))
        }
    }

    /// The plan's records (of one kind when given), oldest first.
    public func activityRecords(kind: String? = nil) async throws -> [ActivityRecord] {
        var filters: [(String, PlanRows.Value)] = [("plan_slug", .text(plan))]
        if let kind { filters.append(("kind_key", .text(kind))) }
        let rows = try await reader.rows(
            Schema.activityRecords, columns: ["id", "kind_key", "department", "record_date", "title", "category", "fields", "erased_on"],
            where: filters)
        return try rows.map(Self.activityRecord).sorted { ($0.date, $0.title, $0.id.uuidString) < ($1.date, $1.title, $1.id.uuidString) }
    }

    static func activityRecord(_ r: RowReader.Row) throws -> ActivityRecord {
        let dateText = try r.text("record_date")
        guard let date = CalendarDay(parsing: dateText) else { throw StoreError.invalid("\(Schema.activityRecords).record_date", dateText) }
        let fieldsText = try r.text("fields")
        guard let values = try? JSONDecoder().decode([String: String].self, from: Data(fieldsText.utf8)) else {
            throw StoreError.invalid("\(Schema.activityRecords).fields", String(fieldsText.prefix(80)))
        }
        return ActivityRecord(
            id: try r.uuid("id"), kind: try r.text("kind_key"), department: try r.text("department"), date: date, title: try r.text("title"),
            category: try r.text("category"), values: values, erasedOn: try r.optionalText("erased_on").flatMap(CalendarDay.init(parsing:)))
    }
}

extension PlanCycleWriter {
    public func setActivityDefinitions(_ definitions: ActivityDefinitions, actor: String) async throws {
        let before = try await read.activityDefinitions()
        let text = Self.json(definitions)
        let exists =
            try await sql.select().column("id").from(Schema.activityDefinitions).where("plan_slug", .equal, SQLBind(plan)).first() != nil
        if exists {
            try await sql.update(Schema.activityDefinitions).set("definition", to: SQLBind(text)).set("updated_by", to: SQLBind(actor))
                .set("updated_at", to: SQLBind(now)).where("plan_slug", .equal, SQLBind(plan)).run()
        } else {
            try await sql.insert(into: Schema.activityDefinitions).columns("id", "plan_slug", "definition", "updated_by", "updated_at")
                .values(SQLBind(UUID()), SQLBind(plan), SQLBind(text), SQLBind(actor), SQLBind(now)).run()
        }
        try await audit(
            actor: actor, action: "活動記録の種類と計算のきまりの設定", entity: "activity_definitions",
            key: "種類\(definitions.kinds.count) きまり\(definitions.rules.count)",
            before: before.isEmpty ? "" : Self.json(before), after: text)
    }

    public func addActivityRecords(_ records: [ActivityRecord], actor: String) async throws {
        for (i, r) in records.enumerated() {
            try await sql.insert(into: Schema.activityRecords)
                .columns(
                    "id", "plan_slug", "kind_key", "department", "record_date", "fiscal_year", "title", "category", "fields", "entered_by",
                    "entered_at"
                )
                .values(
                    SQLBind(r.id), SQLBind(plan), SQLBind(r.kind), SQLBind(r.department), SQLBind(r.date.description),
                    SQLBind(String(r.fiscalYear.westernYear)), SQLBind(r.title), SQLBind(r.category), SQLBind(Self.json(r.values)), SQLBind(actor),
                    SQLBind(now)
                )
                .run()
            try await audit(
                actor: actor, action: "活動記録の追加", entity: "activity_record", key: "\(r.id.uuidString) \(r.fiscalYear.code)", before: "",
                after: "\(r.kind) \(r.date) \(r.title)（\(r.department)）", offset: i)
        }
    }

    public func deleteActivityRecord(_ r: ActivityRecord, actor: String) async throws {
        try await sql.delete(from: Schema.activityRecords).where("plan_slug", .equal, SQLBind(plan)).where("id", .equal, SQLBind(r.id)).run()
        try await audit(
            actor: actor, action: "活動記録の削除", entity: "activity_record", key: "\(r.id.uuidString) \(r.fiscalYear.code)",
            before: "\(r.kind) \(r.date) \(r.title)（\(r.department)）", after: "")
    }

    /// Erases the personal fields of records (their values become these, without the personal
    /// ones) and marks the day.
    public func erasePersonalFields(_ records: [ActivityRecord], on day: CalendarDay, fields: [String: [String]], actor: String) async throws {
        for r in records {
            try await sql.update(Schema.activityRecords).set("fields", to: SQLBind(Self.json(r.values))).set(
                "erased_on", to: SQLBind(day.description)
            )
            .where("plan_slug", .equal, SQLBind(plan)).where("id", .equal, SQLBind(r.id)).run()
        }
        if !records.isEmpty {
            try await audit(
                actor: actor, action: "保存年限を過ぎた個人に関する項目の消去", entity: "activity_record", key: "\(records.count)件 \(day)",
                before: fields.map { "\($0.key): \($0.value.joined(separator: "・"))" }.sorted().joined(separator: "、"), after: "消去")
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}
