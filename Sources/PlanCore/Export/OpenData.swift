import Foundation

/// The plan's open-data form: the JSON shapes printed by `actionplan export` and served by the
/// API. Documented field by field in `docs/open-data.md`.
public enum OpenData {
    /// Where a fact was read.
    public struct Source: Codable, Equatable, Sendable {
        public var document: String
        public var line: Int
        public init(document: String, line: Int) { self.document = document; self.line = line }
    }

    /// A goal (目指す姿 N-M) with its vision and policy.
    public struct GoalRecord: Codable, Equatable, Sendable {
        public var code: String
        public var title: String
        public var vision: Int
        public var visionTitle: String
        public var policy: Int
        public var policyTitle: String
        public var source: Source?
    }

    /// One indicator of one placement (a re-listed row gives its own record).
    public struct IndicatorRecord: Codable, Equatable, Sendable {
        public var id: String
        public var placement: String
        public var goal: String
        public var direction: String
        public var measure: String
        public var measureNumber: Int?
        public var project: String?
        public var indicator: String
        public var part: Int?
        public var unit: String
        public var kind: String
        public var kindLabel: String
        public var lowerIsBetter: Bool
        public var total: Decimal?
        public var targets: [String: Decimal?]
        public var relisted: Bool
        public var originalPlacement: String?
        public var priority: Bool
        public var implementationPlan: Bool
        public var source: Source?

        enum CodingKeys: String, CodingKey {
            case id, placement, goal, direction, measure, measureNumber, project, indicator, part, unit, kind, kindLabel
            case lowerIsBetter, total, targets, relisted, originalPlacement, priority, implementationPlan, source
        }

        // Encode nil explicitly (null), so that every record has every key.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(placement, forKey: .placement); try c.encode(goal, forKey: .goal)
            try c.encode(direction, forKey: .direction); try c.encode(measure, forKey: .measure)
            try c.encode(measureNumber, forKey: .measureNumber); try c.encode(project, forKey: .project)
            try c.encode(indicator, forKey: .indicator); try c.encode(part, forKey: .part); try c.encode(unit, forKey: .unit)
            try c.encode(kind, forKey: .kind); try c.encode(kindLabel, forKey: .kindLabel); try c.encode(lowerIsBetter, forKey: .lowerIsBetter)
            try c.encode(total, forKey: .total)
            var t = c.nestedContainer(keyedBy: AnyKey.self, forKey: .targets)
            for key in targets.keys.sorted(by: { (FiscalYear(parsing: $0)?.westernYear ?? 0) < (FiscalYear(parsing: $1)?.westernYear ?? 0) }) {
                try t.encode(targets[key]!, forKey: AnyKey(key))
            }
            try c.encode(relisted, forKey: .relisted); try c.encode(originalPlacement, forKey: .originalPlacement)
            try c.encode(priority, forKey: .priority); try c.encode(implementationPlan, forKey: .implementationPlan)
            try c.encode(source, forKey: .source)
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func source(_ ref: SourceRef?) -> Source? { ref.map { Source(document: $0.document, line: $0.line) } }

    public static func goals(_ plan: Plan) -> [GoalRecord] {
        plan.goals.map { g in
            let v = plan.visions.first { $0.number == g.vision }
            let p = plan.policies.first { $0.number == v?.policy }
            return GoalRecord(code: g.code.description, title: g.title, vision: g.vision, visionTitle: v?.title ?? "",
                              policy: v?.policy ?? 0, policyTitle: p?.title ?? "", source: source(g.source))
        }
    }

    public static func indicators(_ plan: Plan) -> [IndicatorRecord] {
        let placements = Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let measures = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return plan.indicators.compactMap { i in
            guard let p = placements[i.placement] else { return nil }
            let m = measures[p.measure]
            var targets: [String: Decimal?] = [:]
            for y in YearTargets.years { targets[y.code] = .some(i.targets[y]) }
            return IndicatorRecord(
                id: i.id, placement: p.id, goal: p.goal.description, direction: p.direction, measure: m?.name ?? "",
                measureNumber: m?.number, project: p.projectName.isEmpty ? nil : p.projectName, indicator: i.name, part: i.part,
                unit: i.unit, kind: i.kind.rawValue, kindLabel: i.kind.label, lowerIsBetter: i.lowerIsBetter, total: i.total,
                targets: targets, relisted: p.relisted, originalPlacement: p.original, priority: p.priority,
                implementationPlan: p.implementationPlan, source: source(i.source))
        }
    }

    /// A JSON encoder with stable key order.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    /// One JSON object per line.
    public static func jsonLines<T: Encodable>(_ items: [T]) throws -> String {
        let e = encoder()
        return try items.map { String(decoding: try e.encode($0), as: UTF8.self) }.joined(separator: "\n") + (items.isEmpty ? "" : "\n")
    }
}
