import Foundation
import PlanCore

/// The rows a plan is stored as: one table at a time, columns in schema order.
///
/// The repository inserts these rows (bound parameters, many rows per statement), and the
/// benchmark writes the very same rows as an SQL script for `sqlite3` and as `COPY` data for
/// `psql`, so that both sides of a comparison load identical data.
public enum PlanRows {
    /// One stored value, typed as the schema types it.
    public enum Value: Sendable, Equatable {
        case text(String)
        case int(Int)
        case bool(Bool)
        case uuid(UUID)
        case date(Date)
        case null
    }

    /// The columns of each plan table after `id`, `plan_id` and `position` (and before the
    /// source columns), shared by writing (`childTables`) and reading (`PlanRepository.load`).
    public enum Columns {
        public static let policies = ["number", "title"]
        public static let visions = ["number", "policy_number", "title"]
        public static let goals = ["code", "title"]
        public static let directions = ["key", "goal_code", "text"]
        public static let measures = ["key", "direction_key", "number", "name"]
        public static let placements = ["key", "goal_code", "direction_key", "measure_key", "project_name", "content",
                                        "roadmap_r6", "roadmap_r9", "roadmap_r13", "relisted", "original_key", "priority", "implementation_plan"]
        public static let indicators = ["key", "placement_key", "part", "name", "unit", "kind", "kind_overridden", "lower_is_better",
                                        "total", "target_r6", "target_r7", "target_r8", "target_r9", "target_r13"]
        /// Import notes keep their source in their own columns (not nullable).
        public static let importNotes = ["kind", "source_document", "source_line", "message"]
        public static let visionChart = ["kind", "heading", "text", "plan_vision"]
        /// Where the row was read in the source document.
        public static let source = ["source_document", "source_line"]
    }

    public struct Table: Sendable {
        public var name: String
        public var columns: [String]
        public var rows: [[Value]]
    }

    /// Row ids for one plan: a random (version 4) id with a counter in its last four bytes.
    /// One random draw per plan instead of per row (drawing dominated saving a large plan).
    public static func idSequence() -> () -> UUID {
        var base = UUID().uuid
        var counter: UInt32 = 0
        return {
            counter &+= 1
            base.12 = UInt8(truncatingIfNeeded: counter >> 24); base.13 = UInt8(truncatingIfNeeded: counter >> 16)
            base.14 = UInt8(truncatingIfNeeded: counter >> 8); base.15 = UInt8(truncatingIfNeeded: counter)
            return UUID(uuid: base)
        }
    }

    /// The `plans` row of a plan.
    public static func planRow(_ plan: Plan, id: UUID, version: Int, importedAt: Date) -> Table {
        Table(name: PlanRecord.schema,
              columns: ["id", "slug", "title", "municipality", "first_year", "last_year", "version", "imported_at"],
              rows: [[.uuid(id), .text(plan.id), .text(plan.title), .text(plan.municipality), .text(plan.firstYear.code),
                      .text(plan.lastYear.code), .int(version), .date(importedAt)]])
    }

    /// Every child table's rows, in insertion order (parents before nothing: children only
    /// reference the plan). `newID` gives each row its primary key.
    public static func childTables(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil, planID: UUID,
                                   newID: () -> UUID = PlanRows.idSequence()) -> [Table] {
        func text(_ s: String?) -> Value { s.map(Value.text) ?? .null }
        func int(_ i: Int?) -> Value { i.map(Value.int) ?? .null }
        func number(_ d: Decimal?) -> Value { d.map { .text(NumberCell.format($0)) } ?? .null }
        func sourceValues(_ s: SourceRef?) -> [Value] { [text(s?.document), int(s?.line)] }
        let head = ["id", "plan_id", "position"]
        let tail = Columns.source
        func table<T>(_ name: String, _ columns: [String], _ items: [T], _ values: (T) -> [Value], source: (T) -> SourceRef?) -> Table {
            Table(name: name, columns: head + columns + tail,
                  rows: items.enumerated().map { i, item in [.uuid(newID()), .uuid(planID), .int(i)] + values(item) + sourceValues(source(item)) })
        }
        var tables = [
            table(PolicyRecord.schema, Columns.policies, plan.policies, { [.int($0.number), .text($0.title)] }, source: \.source),
            table(VisionRecord.schema, Columns.visions, plan.visions,
                  { [.int($0.number), .int($0.policy), .text($0.title)] }, source: \.source),
            table(GoalRecord.schema, Columns.goals, plan.goals, { [.text($0.code.description), .text($0.title)] }, source: \.source),
            table(DirectionRecord.schema, Columns.directions, plan.directions,
                  { [.text($0.id), .text($0.goal.description), .text($0.text)] }, source: \.source),
            table(MeasureRecord.schema, Columns.measures, plan.measures,
                  { [.text($0.id), .text($0.direction), int($0.number), .text($0.name)] }, source: \.source),
            table(PlacementRecord.schema, Columns.placements, plan.placements,
                  { p in [.text(p.id), .text(p.goal.description), .text(p.direction), .text(p.measure), .text(p.projectName), .text(p.content),
                          .text(p.roadmap.r6), .text(p.roadmap.r9), .text(p.roadmap.r13), .bool(p.relisted), text(p.original),
                          .bool(p.priority), .bool(p.implementationPlan)] }, source: \.source),
            table(IndicatorRecord.schema, Columns.indicators, plan.indicators,
                  { i in [.text(i.id), .text(i.placement), int(i.part), .text(i.name), .text(i.unit), .text(i.kind.rawValue),
                          .bool(i.kindOverridden), .bool(i.lowerIsBetter), number(i.total)] + i.targets.values.map(number) }, source: \.source),
            Table(name: ImportNoteRecord.schema, columns: head + Columns.importNotes,
                  rows: notes.enumerated().map { i, n in
                      [.uuid(newID()), .uuid(planID), .int(i), .text(n.kind.rawValue), .text(n.source.document), .int(n.source.line), .text(n.message)]
                  }),
        ]
        if let chart {
            var items: [(kind: String, heading: String, text: String, vision: Int?, source: SourceRef)] = []
            for b in chart.backgrounds { for f in b.facts { items.append(("背景", b.title, f, nil, b.source)) } }
            for v in chart.visions { items.append(("目指す姿", v.number.map(String.init) ?? "", v.text, v.planVision, v.source)) }
            for s in chart.strategies { items.append(("戦略", String(s.number), s.text, nil, s.source)) }
            for t in chart.tactics { items.append(("戦術", "", t.text, nil, t.source)) }
            tables.append(table(VisionChartItemRecord.schema, Columns.visionChart, items,
                                { [.text($0.kind), .text($0.heading), .text($0.text), int($0.vision)] }, source: { $0.source }))
        }
        return tables.filter { !$0.rows.isEmpty }
    }
}

extension PlanRows.Value {
    /// Appends the value as one field of PostgreSQL's `COPY … FROM STDIN` text format
    /// (backslash, tab, newline and carriage return escaped; NULL as `\N`).
    public func appendCopyField(to out: inout String) {
        switch self {
        case .text(let s):
            var plain = true
            for byte in s.utf8 where byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D { plain = false; break }
            if plain { out += s; return }
            for c in s.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "\t": out += "\\t"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(c)
                }
            }
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "t" : "f"
        case .uuid(let u): out += u.uuidString.lowercased()
        case .date(let d):
            let format = ISO8601DateFormatter()
            format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            out += format.string(from: d)
        case .null: out += "\\N"
        }
    }
}

extension PlanRows.Table {
    /// Rows `range` as `COPY … FROM STDIN` text lines.
    public func appendCopyLines(_ range: Range<Int>, to out: inout String) {
        for row in rows[range] {
            for (i, value) in row.enumerated() {
                if i > 0 { out += "\t" }
                value.appendCopyField(to: &out)
            }
            out += "\n"
        }
    }
}
