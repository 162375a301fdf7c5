import FluentKit
import FluentSQL
import Foundation
import PlanCore

/// Moves the plans stored by the release before plans had shapes of their own (one fixed shape:
/// 基本の方針 → 目指す姿 → 目指す姿(N-M) → 取組み → 施策 → 事業, targets R6–R9 and R13, a total over
/// R6–R9) into `plan_nodes` and `plan_indicators`, with that shape written down as data, and each
/// plan's grading scale into its shape. The old tables are left as they were. Node and indicator
/// ids stay the same, so actuals, assignments and revisions keep pointing at them. Added after
/// `AddWebSessions`; never edited.
struct MoveLegacyPlans: AsyncMigration {
    /// The one shape every plan had then.
    static let levels = [
        PlanLevel(name: "基本の方針", key: "policy", exportValue: .code, slug: "policies"),
        PlanLevel(name: "目指す姿", key: "vision", exportValue: .code, slug: "visions"),
        PlanLevel(name: "目指す姿", key: "goal", exportValue: .code, slug: "goals"),
        PlanLevel(name: "取組み", key: "direction", exportValue: .id, slug: "directions", hasPages: false),
        PlanLevel(name: "施策", key: "measure", exportValue: .title, numberKey: "measureNumber", slug: "measures", hasPages: false),
        PlanLevel(name: "事業", key: "project", exportValue: .titleOrNull, slug: "projects"),
    ]
    static let years: [(column: String, year: FiscalYear, role: TargetYear.Role)] = [
        ("target_r6", FiscalYear(westernYear: 2024), .yearly), ("target_r7", FiscalYear(westernYear: 2025), .yearly),
        ("target_r8", FiscalYear(westernYear: 2026), .yearly), ("target_r9", FiscalYear(westernYear: 2027), .yearly),
        ("target_r13", FiscalYear(westernYear: 2031), .horizon),
    ]
    static let flags = [PlanFlag(key: "priority", name: "重点PJ", mark: "○"), PlanFlag(key: "implementationPlan", name: "実施計画事業", mark: "●")]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        let plans = try await sql.select().columns("id", "slug", "title", "municipality", "first_year", "last_year").from(PlanRecord.schema).all()
        for p in plans {
            let id = try p.decode(column: "id", as: UUID.self)
            let slug = try p.decode(column: "slug", as: String.self)
            let grading = try await sql.select().column("bands").from("grading_scales").where("plan_slug", .equal, SQLBind(slug)).first()
                .flatMap { try? $0.decode(column: "bands", as: String.self) }
            var plan = Plan(
                id: slug, title: try p.decode(column: "title", as: String.self),
                municipality: try p.decode(column: "municipality", as: String.self),
                firstYear: FiscalYear(parsing: try p.decode(column: "first_year", as: String.self)),
                lastYear: FiscalYear(parsing: try p.decode(column: "last_year", as: String.self)),
                levels: Self.levels, targetYears: Self.years.map { TargetYear(year: $0.year, role: $0.role) },
                totalYears: Self.years.filter { $0.role == .yearly }.map(\.year), flags: Self.flags, indicatorLabel: "行動指標",
                grading: grading.flatMap(GradingBands.init(parsing:)).map(GradingScheme.ratio) ?? .standard)
            try await Self.readNodes(sql, planID: id, into: &plan)
            try await Self.readIndicators(sql, planID: id, into: &plan)
            let rows = PlanRows.structureTables(plan, planID: id)
            for table in rows { try await PlanRows.insert(table, on: sql) }
            try await sql.update(PlanRecord.schema).set("shape", to: SQLBind(PlanShapeCoding.encode(plan))).where("id", .equal, SQLBind(id)).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await sql.delete(from: Schema.indicators).run()
        try await sql.delete(from: Schema.nodes).run()
    }

    static func source(_ r: any SQLRow) -> SourceRef? {
        guard let d = try? r.decode(column: "source_document", as: String?.self), let l = try? r.decode(column: "source_line", as: Int?.self) else {
            return nil
        }
        return SourceRef(document: d, line: l)
    }

    static func rows(_ sql: any SQLDatabase, _ table: String, _ planID: UUID) async throws -> [any SQLRow] {
        try await sql.select().column("*").from(table).where("plan_id", .equal, SQLBind(planID)).orderBy("position").all()
    }

    static func readNodes(_ sql: any SQLDatabase, planID: UUID, into plan: inout Plan) async throws {
        let policies = try await rows(sql, "policies", planID)
        let visions = try await rows(sql, "visions", planID)
        let goals = try await rows(sql, "goals", planID)
        let directions = try await rows(sql, "directions", planID)
        let measures = try await rows(sql, "measures", planID)
        let placements = try await rows(sql, "placements", planID)
        func text(_ r: any SQLRow, _ c: String) throws -> String { try r.decode(column: c, as: String.self) }
        func optional(_ r: any SQLRow, _ c: String) -> String? { (try? r.decode(column: c, as: String?.self)) ?? nil }
        func int(_ r: any SQLRow, _ c: String) -> Int? { (try? r.decode(column: c, as: Int?.self)) ?? nil }
        func bool(_ r: any SQLRow, _ c: String) -> Bool { (try? r.decode(column: c, as: Bool.self)) ?? false }
        let goalVision: (String) -> Int? = { code in Int(code.split(separator: "-").first ?? "") }
        for p in policies {
            let n = int(p, "number") ?? 0
            plan.nodes.append(
                PlanNode(id: "policy-\(n)", level: 0, parent: nil, code: String(n), number: n, title: try text(p, "title"), source: source(p)))
            for v in visions where int(v, "policy_number") == n {
                let vn = int(v, "number") ?? 0
                plan.nodes.append(
                    PlanNode(
                        id: "vision-\(vn)", level: 1, parent: "policy-\(n)", code: String(vn), number: vn, title: try text(v, "title"),
                        source: source(v)))
                for g in goals where goalVision(try text(g, "code")) == vn {
                    let code = try text(g, "code")
                    plan.nodes.append(
                        PlanNode(
                            id: code, level: 2, parent: "vision-\(vn)", code: code, number: Int(code.split(separator: "-").last ?? ""),
                            title: try text(g, "title"), source: source(g)))
                    for d in directions where try text(d, "goal_code") == code {
                        let dk = try text(d, "key")
                        plan.nodes.append(PlanNode(id: dk, level: 3, parent: code, title: try text(d, "text"), source: source(d)))
                        for m in measures where try text(m, "direction_key") == dk {
                            let mk = try text(m, "key")
                            let number = int(m, "number")
                            plan.nodes.append(
                                PlanNode(
                                    id: mk, level: 4, parent: dk, code: number.map(JapaneseText.circledNumber), number: number,
                                    title: try text(m, "name"), source: source(m)))
                            for r in placements where try text(r, "measure_key") == mk {
                                var milestones: [Milestone] = []
                                for (column, year) in [("roadmap_r6", 2024), ("roadmap_r9", 2027), ("roadmap_r13", 2031)] {
                                    let t = try text(r, column)
                                    if !t.isEmpty { milestones.append(Milestone(year: FiscalYear(westernYear: year), text: t)) }
                                }
                                var flags: [String] = []
                                if bool(r, "priority") { flags.append("priority") }
                                if bool(r, "implementation_plan") { flags.append("implementationPlan") }
                                plan.nodes.append(
                                    PlanNode(
                                        id: try text(r, "key"), level: 5, parent: mk, title: try text(r, "project_name"),
                                        description: try text(r, "content"),
                                        milestones: milestones, flags: flags, relisted: bool(r, "relisted"), original: optional(r, "original_key"),
                                        source: source(r)))
                            }
                        }
                    }
                }
            }
        }
    }

    static func readIndicators(_ sql: any SQLDatabase, planID: UUID, into plan: inout Plan) async throws {
        for r in try await rows(sql, "indicators", planID) {
            func text(_ c: String) throws -> String { try r.decode(column: c, as: String.self) }
            func number(_ c: String) -> Decimal? { ((try? r.decode(column: c, as: String?.self)) ?? nil).flatMap(NumberCell.decimal) }
            guard let kind = IndicatorKind(rawValue: try text("kind")) else { throw StoreError.invalid("indicators.kind", try text("kind")) }
            let targets = Targets(years.map { ($0.year, number($0.column)) })
            plan.indicators.append(
                Indicator(
                    id: try text("key"), node: try text("placement_key"), part: (try? r.decode(column: "part", as: Int?.self)) ?? nil,
                    name: try text("name"),
                    unit: try text("unit"), kind: kind, kindOverridden: (try? r.decode(column: "kind_overridden", as: Bool.self)) ?? false,
                    lowerIsBetter: (try? r.decode(column: "lower_is_better", as: Bool.self)) ?? false, type: .output, targets: targets,
                    total: number("total"), source: source(r)))
        }
    }
}

/// Stores fiscal years as Western years (`2024`) instead of the codes of an earlier release
/// (`R6`), so that a year's key does not depend on how eras are written. Added after
/// `MoveLegacyPlans`; never edited.
struct StoreWesternYears: AsyncMigration {
    static let tables = ["actuals", "submissions", "year_locks", "self_evaluations", "target_revisions"]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        for table in Self.tables {
            let values = try await sql.select().distinct().column("fiscal_year").from(table).all().map {
                try $0.decode(column: "fiscal_year", as: String.self)
            }
            for value in values {
                guard let year = FiscalYear(parsing: value) else { throw StoreError.invalid("\(table).fiscal_year", value) }
                let western = String(year.westernYear)
                if western != value {
                    try await sql.update(table).set("fiscal_year", to: SQLBind(western)).where("fiscal_year", .equal, SQLBind(value)).run()
                }
            }
        }
    }

    func revert(on database: any Database) async throws {}
}

/// Gives every audit entry the plan it concerns, so that a plan's office reads its own plan's
/// trail only. Existing entries are assigned by what they name: a department, user, project,
/// indicator or year of a plan; the plan a grading change names; else the only plan there is.
/// Added after `StoreWesternYears`; never edited.
struct AddPlanToAudit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        try await database.schema(AuditRecord.schema).field("plan_slug", .string).update()
        try await sql.create(index: "idx_audit_entries_plan").on(AuditRecord.schema).column("plan_slug").column("at").run()
        let plans = try await sql.select().column("slug").from(PlanRecord.schema).all().map { try $0.decode(column: "slug", as: String.self) }
        let departments = try await sql.select().columns("name", "plan_slug").from("departments").all()
            .map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "plan_slug", as: String.self)) }
        let users = try await sql.select().columns("name", "plan_slug").from("users").all()
            .map { (try $0.decode(column: "name", as: String.self), (try? $0.decode(column: "plan_slug", as: String?.self)) ?? nil) }
        var keysByPlan: [String: Set<String>] = [:]
        for slug in plans {
            let ids = try await sql.select().column("key").from(Schema.indicators).join(
                PlanRecord.schema, on: "\(PlanRecord.schema).id = \(Schema.indicators).plan_id"
            )
            .where(SQLColumn("slug", table: PlanRecord.schema), .equal, SQLBind(slug)).all()
            .map { try $0.decode(column: "key", as: String.self) }
            let nodes = try await sql.select().column("key").from(Schema.nodes).join(
                PlanRecord.schema, on: "\(PlanRecord.schema).id = \(Schema.nodes).plan_id"
            )
            .where(SQLColumn("slug", table: PlanRecord.schema), .equal, SQLBind(slug)).all()
            .map { try $0.decode(column: "key", as: String.self) }
            keysByPlan[slug] = Set(ids + nodes)
        }
        let entries = try await sql.select().columns("id", "entity", "entity_key", "after").from(AuditRecord.schema).all()
        for e in entries {
            let id = try e.decode(column: "id", as: UUID.self)
            let entity = try e.decode(column: "entity", as: String.self)
            let key = try e.decode(column: "entity_key", as: String.self)
            let after = try e.decode(column: "after", as: String.self)
            let first = String(key.split(separator: " ").first ?? "")
            var plan: String?
            switch entity {
            case "department": plan = departments.first { $0.0 == key }?.1
            case "user":
                plan = users.first { $0.0 == key }?.1
                if plan == nil, let range = after.range(of: "計画=") {
                    plan = String(after[range.upperBound...]).split(separator: " ").first.map(String.init)
                }
                if plan == "すべて" { plan = nil }
            case "submission": plan = departments.first { key.hasPrefix($0.0 + " ") }?.1
            case "grading": plan = plans.contains(key) ? key : nil
            case "actual", "target", "assignment", "self_evaluation": plan = keysByPlan.first { $0.value.contains(first) }?.key
            default: plan = nil
            }
            if plan == nil, plans.count == 1 { plan = plans[0] }
            if let plan {
                try await sql.update(AuditRecord.schema).set("plan_slug", to: SQLBind(plan)).where("id", .equal, SQLBind(id)).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditRecord.schema).deleteField("plan_slug").update()
    }
}
