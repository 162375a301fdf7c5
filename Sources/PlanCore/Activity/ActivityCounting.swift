import Foundation

/// An indicator's actual for a year as its counting rule computes it from activity records.
public struct ComputedFigure: Equatable, Sendable {
    public var indicator: String
    public var year: FiscalYear
    /// nil: 未報告 — no record of the rule's kind is dated in this year yet. Zero is a figure only
    /// when the kind is being recorded that year and none of its records match.
    public var value: Decimal?
    /// The records that make the figure (for a cumulative rule, those of every year up to this one).
    public var records: [UUID]
    /// What the figure is, in words: the note stored with the actual.
    public var note: String
}

/// Counting rules applied to records. Pure: the same records give the same figures.
public enum ActivityCounting {
    /// The figures of one rule for the plan's reporting years from the rule's first year.
    /// `records` may hold records of any kind; those of other kinds are ignored.
    public static func figures(rule: CountingRule, kind: ActivityKind, records: [ActivityRecord], plan: Plan) -> [ComputedFigure] {
        let years = plan.reportingYears
        guard let first = years.first else { return [] }
        let from = rule.fromYear ?? first
        let ofKind = records.filter { $0.kind == rule.kind }
        let recordedYears = Set(ofKind.map(\.fiscalYear))
        let matching = ofKind.filter { r in
            (rule.categories.isEmpty || rule.categories.contains(r.category)) && (rule.department.map { $0 == r.department } ?? true)
        }
        .sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        let byYear = Dictionary(grouping: matching, by: \.fiscalYear)
        var out: [ComputedFigure] = []
        for year in years where year >= from {
            guard recordedYears.contains(year) else {
                out.append(
                    ComputedFigure(
                        indicator: rule.indicator, year: year, value: nil, records: [],
                        note: "活動記録から計算: \(year.label)の「\(kind.name)」の記録がまだありません"))
                continue
            }
            let selected: [ActivityRecord] =
                rule.span == .perYear ? byYear[year] ?? [] : matching.filter { $0.fiscalYear >= first && $0.fiscalYear <= year }
            var value = measure(rule.measure, selected)
            if rule.span == .cumulative, let carried = rule.carriedIn { value += carried }
            out.append(
                ComputedFigure(
                    indicator: rule.indicator, year: year, value: value, records: selected.map(\.id),
                    note: note(rule: rule, kind: kind, count: selected.count)))
        }
        return out
    }

    static func measure(_ m: CountingMeasure, _ records: [ActivityRecord]) -> Decimal {
        switch m {
        case .count: return Decimal(records.count)
        case .sum(let f): return records.reduce(Decimal(0)) { $0 + ($1.number(f) ?? 0) }
        case .distinctBusinesses(let f): return Decimal(Set(records.compactMap { $0.values[f] }).count)
        }
    }

    static func note(rule: CountingRule, kind: ActivityKind, count: Int) -> String {
        var text = "活動記録から計算: \(rule.summary(kindName: kind.name))（記録\(count)件）"
        if let f = rule.measure.field, let field = kind.field(f) { text = text.replacingOccurrences(of: "「\(f)」", with: "「\(field.label)」") }
        return text
    }

    /// Every rule's figures.
    public static func figures(definitions: ActivityDefinitions, records: [ActivityRecord], plan: Plan) -> [ComputedFigure] {
        definitions.rules.flatMap { rule in
            definitions.kind(rule.kind).map { figures(rule: rule, kind: $0, records: records, plan: plan) } ?? []
        }
    }
}

extension CountingMeasure {
    /// The field a measure reads, if any.
    public var field: String? {
        switch self {
        case .count: nil
        case .sum(let f), .distinctBusinesses(let f): f
        }
    }
}
