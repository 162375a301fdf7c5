import FluentKit
import Foundation
import PlanCore

/// A plan as stored: the plan, what its import noticed, its logic chart, and its version.
public struct StoredPlan: Sendable {
    public var plan: Plan
    public var notes: [ImportNote]
    public var chart: VisionChart?
    /// Changes on every write to the plan.
    public var version: Int
    public var importedAt: Date

    public init(plan: Plan, notes: [ImportNote], chart: VisionChart?, version: Int, importedAt: Date) {
        self.plan = plan; self.notes = notes; self.chart = chart; self.version = version; self.importedAt = importedAt
    }
}

/// A short description of a stored plan, for lists.
public struct PlanSummary: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var municipality: String
    public var version: Int
}

/// Reads and writes whole plans. Writes are all or nothing (one transaction).
public struct PlanRepository: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public func summaries() async throws -> [PlanSummary] {
        try await PlanRecord.query(on: database).sort(\.$slug).all()
            .map { PlanSummary(id: $0.slug, title: $0.title, municipality: $0.municipality, version: $0.version) }
    }

    public func isEmpty() async throws -> Bool {
        try await PlanRecord.query(on: database).count() == 0
    }

    /// The current version of a plan, without loading it (cheap; for cache validation).
    public func version(of slug: String) async throws -> Int? {
        try await PlanRecord.query(on: database).filter(\.$slug == slug).first()?.version
    }

    /// Stores a plan, replacing any plan with the same id, in one transaction.
    public func save(_ plan: Plan, notes: [ImportNote] = [], chart: VisionChart? = nil) async throws {
        try await database.writeTransaction { db in
            let previous = try await PlanRecord.query(on: db).filter(\.$slug == plan.id).first()
            let version = (previous?.version ?? 0) + 1
            if let previous {
                try await Self.deleteChildren(of: previous.requireID(), on: db)
                try await previous.delete(on: db)
            }
            let record = PlanRecord()
            record.id = UUID()
            record.slug = plan.id
            record.title = plan.title
            record.municipality = plan.municipality
            record.firstYear = plan.firstYear.code
            record.lastYear = plan.lastYear.code
            record.version = version
            record.importedAt = Date()
            try await record.create(on: db)
            try await Self.insertChildren(plan, notes: notes, chart: chart, planID: record.requireID(), on: db)
        }
    }

    public func load(_ slug: String) async throws -> StoredPlan? {
        guard let record = try await PlanRecord.query(on: database).filter(\.$slug == slug).first() else { return nil }
        let id = try record.requireID()
        func src(_ doc: String?, _ line: Int?) -> SourceRef? {
            guard let doc, let line else { return nil }
            return SourceRef(document: doc, line: line)
        }
        func decimal(_ s: String?) -> Decimal? { s.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }
        async let policies = PolicyRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let visions = VisionRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let goals = GoalRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let directions = DirectionRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let measures = MeasureRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let placements = PlacementRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let indicators = IndicatorRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let notes = ImportNoteRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()
        async let chart = VisionChartItemRecord.query(on: database).filter(\.$planID == id).sort(\.$position).all()

        var plan = Plan(id: record.slug, title: record.title, municipality: record.municipality,
                        firstYear: FiscalYear(parsing: record.firstYear) ?? .r6, lastYear: FiscalYear(parsing: record.lastYear) ?? .r9)
        plan.policies = try await policies.map { Policy(number: $0.number, title: $0.title, source: src($0.sourceDocument, $0.sourceLine)) }
        plan.visions = try await visions.map { Vision(number: $0.number, policy: $0.policyNumber, title: $0.title, source: src($0.sourceDocument, $0.sourceLine)) }
        plan.goals = try await goals.compactMap { r in
            GoalCode(parsing: r.code).map { Goal(code: $0, title: r.title, source: src(r.sourceDocument, r.sourceLine)) }
        }
        plan.directions = try await directions.compactMap { r in
            GoalCode(parsing: r.goalCode).map { Direction(id: r.key, goal: $0, text: r.text, source: src(r.sourceDocument, r.sourceLine)) }
        }
        plan.measures = try await measures.map { Measure(id: $0.key, direction: $0.directionKey, number: $0.number, name: $0.name, source: src($0.sourceDocument, $0.sourceLine)) }
        plan.placements = try await placements.compactMap { r in
            guard let goal = GoalCode(parsing: r.goalCode) else { return nil }
            return Placement(id: r.key, goal: goal, direction: r.directionKey, measure: r.measureKey, projectName: r.projectName,
                             content: r.content, roadmap: Roadmap(r6: r.roadmapR6, r9: r.roadmapR9, r13: r.roadmapR13),
                             relisted: r.relisted, original: r.originalKey, priority: r.priority,
                             implementationPlan: r.implementationPlan, source: src(r.sourceDocument, r.sourceLine))
        }
        plan.indicators = try await indicators.map { r in
            Indicator(id: r.key, placement: r.placementKey, part: r.part, name: r.name, unit: r.unit,
                      kind: IndicatorKind(rawValue: r.kind) ?? .perYear, kindOverridden: r.kindOverridden, lowerIsBetter: r.lowerIsBetter,
                      total: decimal(r.total),
                      targets: YearTargets(r6: decimal(r.targetR6), r7: decimal(r.targetR7), r8: decimal(r.targetR8),
                                           r9: decimal(r.targetR9), r13: decimal(r.targetR13)),
                      source: src(r.sourceDocument, r.sourceLine))
        }
        let importNotes = try await notes.compactMap { r in
            ImportNote.Kind(rawValue: r.kind).map { ImportNote(kind: $0, source: SourceRef(document: r.sourceDocument, line: r.sourceLine), message: r.message) }
        }
        let chartItems = try await chart
        return StoredPlan(plan: plan, notes: importNotes, chart: chartItems.isEmpty ? nil : Self.chart(from: chartItems),
                          version: record.version, importedAt: record.importedAt)
    }

    // MARK: Conversion

    static func chart(from items: [VisionChartItemRecord]) -> VisionChart {
        var chart = VisionChart(backgrounds: [], strategies: [], visions: [], tactics: [])
        for r in items {
            let source = SourceRef(document: r.sourceDocument ?? "", line: r.sourceLine ?? 0)
            switch r.kind {
            case "背景":
                if let i = chart.backgrounds.firstIndex(where: { $0.title == r.heading }) { chart.backgrounds[i].facts.append(r.text) }
                else { chart.backgrounds.append(.init(title: r.heading, facts: [r.text], source: source)) }
            case "戦略": chart.strategies.append(.init(number: Int(r.heading) ?? 0, text: r.text, source: source))
            case "目指す姿": chart.visions.append(.init(number: Int(r.heading), text: r.text, planVision: r.planVision, similarity: 0, source: source))
            default: chart.tactics.append(.init(text: r.text, source: source))
            }
        }
        return chart
    }

    static func deleteChildren(of planID: UUID, on db: any Database) async throws {
        try await VisionChartItemRecord.query(on: db).filter(\.$planID == planID).delete()
        try await ImportNoteRecord.query(on: db).filter(\.$planID == planID).delete()
        try await IndicatorRecord.query(on: db).filter(\.$planID == planID).delete()
        try await PlacementRecord.query(on: db).filter(\.$planID == planID).delete()
        try await MeasureRecord.query(on: db).filter(\.$planID == planID).delete()
        try await DirectionRecord.query(on: db).filter(\.$planID == planID).delete()
        try await GoalRecord.query(on: db).filter(\.$planID == planID).delete()
        try await VisionRecord.query(on: db).filter(\.$planID == planID).delete()
        try await PolicyRecord.query(on: db).filter(\.$planID == planID).delete()
    }

    static func insertChildren(_ plan: Plan, notes: [ImportNote], chart: VisionChart?, planID: UUID, on db: any Database) async throws {
        func number(_ d: Decimal?) -> String? { d.map(NumberCell.format) }
        try await plan.policies.enumerated().map { i, p in
            let r = PolicyRecord(); r.planID = planID; r.position = i; r.number = p.number; r.title = p.title
            r.sourceDocument = p.source?.document; r.sourceLine = p.source?.line
            return r
        }.create(on: db)
        try await plan.visions.enumerated().map { i, v in
            let r = VisionRecord(); r.planID = planID; r.position = i; r.number = v.number; r.policyNumber = v.policy; r.title = v.title
            r.sourceDocument = v.source?.document; r.sourceLine = v.source?.line
            return r
        }.create(on: db)
        try await plan.goals.enumerated().map { i, g in
            let r = GoalRecord(); r.planID = planID; r.position = i; r.code = g.code.description; r.title = g.title
            r.sourceDocument = g.source?.document; r.sourceLine = g.source?.line
            return r
        }.create(on: db)
        try await plan.directions.enumerated().map { i, d in
            let r = DirectionRecord(); r.planID = planID; r.position = i; r.key = d.id; r.goalCode = d.goal.description; r.text = d.text
            r.sourceDocument = d.source?.document; r.sourceLine = d.source?.line
            return r
        }.create(on: db)
        try await plan.measures.enumerated().map { i, m in
            let r = MeasureRecord(); r.planID = planID; r.position = i; r.key = m.id; r.directionKey = m.direction; r.number = m.number
            r.name = m.name; r.sourceDocument = m.source?.document; r.sourceLine = m.source?.line
            return r
        }.create(on: db)
        try await plan.placements.enumerated().map { i, p in
            let r = PlacementRecord(); r.planID = planID; r.position = i; r.key = p.id; r.goalCode = p.goal.description
            r.directionKey = p.direction; r.measureKey = p.measure; r.projectName = p.projectName; r.content = p.content
            r.roadmapR6 = p.roadmap.r6; r.roadmapR9 = p.roadmap.r9; r.roadmapR13 = p.roadmap.r13; r.relisted = p.relisted
            r.originalKey = p.original; r.priority = p.priority; r.implementationPlan = p.implementationPlan
            r.sourceDocument = p.source?.document; r.sourceLine = p.source?.line
            return r
        }.create(on: db)
        try await plan.indicators.enumerated().map { n, i in
            let r = IndicatorRecord(); r.planID = planID; r.position = n; r.key = i.id; r.placementKey = i.placement; r.part = i.part
            r.name = i.name; r.unit = i.unit; r.kind = i.kind.rawValue; r.kindOverridden = i.kindOverridden; r.lowerIsBetter = i.lowerIsBetter
            r.total = number(i.total); r.targetR6 = number(i.targets.r6); r.targetR7 = number(i.targets.r7); r.targetR8 = number(i.targets.r8)
            r.targetR9 = number(i.targets.r9); r.targetR13 = number(i.targets.r13)
            r.sourceDocument = i.source?.document; r.sourceLine = i.source?.line
            return r
        }.create(on: db)
        if !notes.isEmpty {
            try await notes.enumerated().map { i, note in
                let r = ImportNoteRecord(); r.planID = planID; r.position = i; r.kind = note.kind.rawValue
                r.sourceDocument = note.source.document; r.sourceLine = note.source.line; r.message = note.message
                return r
            }.create(on: db)
        }
        if let chart {
            var items: [VisionChartItemRecord] = []
            func add(_ kind: String, _ heading: String, _ text: String, _ vision: Int?, _ source: SourceRef) {
                let r = VisionChartItemRecord(); r.planID = planID; r.position = items.count; r.kind = kind; r.heading = heading
                r.text = text; r.planVision = vision; r.sourceDocument = source.document; r.sourceLine = source.line
                items.append(r)
            }
            for b in chart.backgrounds { for f in b.facts { add("背景", b.title, f, nil, b.source) } }
            for v in chart.visions { add("目指す姿", v.number.map(String.init) ?? "", v.text, v.planVision, v.source) }
            for s in chart.strategies { add("戦略", String(s.number), s.text, nil, s.source) }
            for t in chart.tactics { add("戦術", "", t.text, nil, t.source) }
            try await items.create(on: db)
        }
    }
}

extension PlanRepository {
    /// Removes every plan (tests and `restore`).
    public func deleteAll() async throws {
        try await database.writeTransaction { db in
            for plan in try await PlanRecord.query(on: db).all() {
                try await Self.deleteChildren(of: plan.requireID(), on: db)
                try await plan.delete(on: db)
            }
        }
    }
}
