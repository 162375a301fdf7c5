import Foundation

/// Which indicator a department reports on for a fiscal year: a re-listed indicator is reported
/// once, under its original placement, unless its placements carry different targets for that
/// year — then each distinct target is its own reporting unit. The reporting unit's id is the
/// 指標ID of the actuals template (the id of the first placement's indicator with that target).
public struct ReportingUnits: Sendable {
    /// indicator (placement) id → reporting id.
    public let reportingID: [String: String]
    /// reporting id → every indicator (placement) id it applies to, in printed order.
    public let members: [String: [String]]
    /// Reporting ids in printed order.
    public let order: [String]

    /// What makes two placements of one indicator the same reporting unit.
    private struct Key: Hashable {
        var project: String
        var part: Int
        var targets: [Decimal?]
        var total: Decimal?
        var unit: String
    }

    public init(_ plan: Plan, year: FiscalYear? = nil) {
        let placements = Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byKey: [Key: String] = [:]
        var reporting: [String: String] = [:]
        var members: [String: [String]] = [:]
        var order: [String] = []
        byKey.reserveCapacity(plan.indicators.count)
        reporting.reserveCapacity(plan.indicators.count)
        for i in plan.indicators {
            // Targets compare as numbers (2720 and 2,720.0 are the same target).
            let key = Key(project: placements[i.placement]?.project ?? i.placement, part: i.part ?? 0,
                          targets: year.map { [i.targets[$0]] } ?? i.targets.values,
                          total: year == nil ? i.total : nil, unit: i.unit)
            let id: String
            if let existing = byKey[key] { id = existing } else { id = i.id; byKey[key] = id; order.append(id) }
            reporting[i.id] = id
            members[id, default: []].append(i.id)
        }
        self.reportingID = reporting
        self.members = members
        self.order = order
    }
}

/// What was entered for one reporting unit and year.
public struct Actual: Codable, Equatable, Sendable {
    /// The reporting unit (指標ID of the template).
    public var indicator: String
    public var year: FiscalYear
    /// nil means 未報告 (not reported) — never 0.
    public var value: Decimal?
    public var note: String
    public init(indicator: String, year: FiscalYear, value: Decimal?, note: String = "") {
        self.indicator = indicator; self.year = year; self.value = value; self.note = note
    }
}
