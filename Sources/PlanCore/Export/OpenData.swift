import Foundation

/// The plan's open-data form: the JSON records printed by `actionplan export` and served by
/// the API. Documented field by field in `docs/open-data.md`.
public enum OpenData {
    /// A JSON encoder with stable key order.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }

    /// One JSON object per line.
    public static func jsonLines<T: Encodable>(_ items: [T]) throws -> String {
        let e = encoder()
        return try items.map { String(decoding: try e.encode($0), as: UTF8.self) }.joined(separator: "\n") + (items.isEmpty ? "" : "\n")
    }

    static func source(_ ref: SourceRef?) -> JSONValue {
        guard let ref else { return .null }
        return .object(["document": .string(ref.document), "line": .int(ref.line)])
    }

    /// One record per indicator (a re-listed placement gives its own record).
    ///
    /// Keys for every plan: `id`, `placement`, `indicator`, `part`, `code`, `unit`, `kind`,
    /// `kindLabel`, `lowerIsBetter`, `type`, `department`, `total`, `targets` (by fiscal-year
    /// code, null for no target), `intermediateTargets`, `baseline`, `history`, `path`,
    /// `relisted`, `originalPlacement`, `source`. Then, for each level with a key, that key (its
    /// node's code, id or title, as the level says) and the level's number key; and each flag's
    /// key (true or false).
    public static func indicators(_ plan: Plan, index: PlanIndex? = nil) -> [JSONValue] {
        let index = index ?? PlanIndex(plan)
        let years = plan.targetYears
        return plan.indicators.map { i in
            let node = index.nodesByID[i.node]
            let path = i.node.isEmpty ? [] : index.path(to: i.node)
            var o: [String: JSONValue] = [
                "id": .string(i.id), "placement": .string(i.node), "indicator": .string(i.name), "part": JSONValue(i.part),
                "code": JSONValue(i.code), "unit": .string(i.unit), "kind": .string(i.kind.rawValue), "kindLabel": .string(i.kind.label),
                "lowerIsBetter": .bool(i.lowerIsBetter), "type": JSONValue(i.type?.rawValue),
                "department": JSONValue(i.department ?? path.reversed().compactMap(\.department).first),
                "total": JSONValue(i.total),
                "relisted": .bool(node?.relisted ?? false), "originalPlacement": JSONValue(node?.original),
                "source": source(i.source), "path": .array(path.map { .string($0.title) }),
                "nameEnglish": JSONValue(i.nameEnglish),
            ]
            var targets: [String: JSONValue] = [:]
            var intermediate: [String: JSONValue] = [:]
            for t in years {
                targets[t.year.code] = JSONValue(i.targets[t.year])
                if t.role == .intermediate, let v = i.targets[t.year] { intermediate[t.year.code] = .number(v) }
            }
            for e in i.targets.entries where targets[e.year.code] == nil { targets[e.year.code] = JSONValue(e.value) }
            o["targets"] = .object(targets)
            o["intermediateTargets"] = .object(intermediate)
            o["baseline"] = i.baseline.map { b in .object(["year": JSONValue(b.year?.code), "value": .number(b.value)]) } ?? .null
            o["history"] = .object(Dictionary(i.history.values.map { ($0.year.code, JSONValue.number($0.value)) }, uniquingKeysWith: { a, _ in a }))
            for (l, level) in plan.levels.enumerated() {
                guard let key = level.key else { continue }
                let n = path.first { $0.level == l }
                switch level.exportValue {
                case .code: o[key] = JSONValue(n?.code)
                case .id: o[key] = JSONValue(n?.id)
                case .title: o[key] = n.map { .string($0.title) } ?? .null
                case .titleOrNull: o[key] = JSONValue(n?.title.nonEmpty)
                }
                if let numberKey = level.numberKey { o[numberKey] = JSONValue(n?.number) }
            }
            for flag in plan.flags { o[flag.key] = .bool(node?.flags.contains(flag.key) ?? false) }
            return .object(o)
        }
    }

    /// One record per node: `level` (the plan's own name), `depth` (1 at the top), `code`,
    /// `title`, `parent` (the parent's code, or its title when it has none; null at the top), and
    /// `id`, `parentId`, `relisted`, `originalId`, `department`, `description`, `source`.
    public static func structure(_ plan: Plan, index: PlanIndex? = nil) -> [JSONValue] {
        let index = index ?? PlanIndex(plan)
        return plan.nodes.map { n in
            let parent = n.parent.flatMap { index.nodesByID[$0] }
            return .object([
                "level": .string(plan.level(n.level)?.name ?? ""), "depth": .int(n.level + 1), "code": JSONValue(n.code),
                "title": .string(n.title), "parent": parent.map { JSONValue($0.code ?? $0.title) } ?? .null,
                "parentTitle": JSONValue(parent?.title), "id": .string(n.id), "parentId": JSONValue(n.parent), "number": JSONValue(n.number),
                "relisted": .bool(n.relisted), "originalId": JSONValue(n.original), "department": JSONValue(n.department),
                "description": .string(n.description), "titleEnglish": JSONValue(n.titleEnglish),
                "milestones": .object(Dictionary(n.milestones.map { ($0.year.code, JSONValue.string($0.text)) }, uniquingKeysWith: { a, _ in a })),
                "flags": .array(n.flags.map { .string($0) }), "source": source(n.source),
            ])
        }
    }
}
