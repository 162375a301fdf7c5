import Foundation

/// Which indicator a department reports on for a fiscal year: a re-listed indicator is reported
/// once, under its first placement, unless its placements carry different targets for that
/// year — then each distinct target is its own reporting unit. The reporting unit's id is the
/// id of the first placement's indicator with that target (the 指標ID of the actuals template).
public struct ReportingUnits: Sendable, Equatable {
    /// indicator (placement) id → reporting id.
    public let reportingID: [String: String]
    /// reporting id → every indicator (placement) id it applies to, in printed order.
    public let members: [String: [String]]
    /// Reporting ids in printed order.
    public let order: [String]

    /// What makes two placements of one indicator the same reporting unit.
    private struct Key: Hashable {
        var item: String
        /// The indicator's place among its node's indicators (the first, the second …).
        var ordinal: Int
        var targets: [Decimal?]
        var total: Decimal?
        var unit: String
    }

    public init(_ plan: Plan, year: FiscalYear? = nil) {
        var itemOf: [String: String] = [:]
        itemOf.reserveCapacity(plan.nodes.count)
        for n in plan.nodes { itemOf[n.id] = n.item }
        var byKey: [Key: String] = [:]
        var reporting: [String: String] = [:]
        var members: [String: [String]] = [:]
        var order: [String] = []
        byKey.reserveCapacity(plan.indicators.count)
        reporting.reserveCapacity(plan.indicators.count)
        var ordinals: [String: Int] = [:]
        for i in plan.indicators {
            let ordinal = ordinals[i.node, default: 0]
            ordinals[i.node] = ordinal + 1
            // Targets compare as numbers (2720 and 2,720.0 are the same target).
            let key = Key(
                item: itemOf[i.node] ?? i.node, ordinal: ordinal,
                targets: year.map { [i.targets[$0]] } ?? i.targets.entries.map(\.value),
                total: year == nil ? i.total : nil, unit: i.unit)
            let id: String
            if let existing = byKey[key] {
                id = existing
            } else {
                id = i.id
                byKey[key] = id
                order.append(id)
            }
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
        self.indicator = indicator
        self.year = year
        self.value = value
        self.note = note
    }
}

/// A revision (中間見直し) of one indicator's target for one fiscal year, with a date and a
/// reason. The adopted target is kept; pages show both where they differ.
public struct TargetRevision: Codable, Equatable, Sendable {
    public var indicator: String
    public var year: FiscalYear
    /// The revised target; nil means "no target" (never 0).
    public var value: Decimal?
    /// When the revision was decided.
    public var decidedOn: CalendarDay
    public var reason: String
    public init(indicator: String, year: FiscalYear, value: Decimal?, decidedOn: CalendarDay, reason: String) {
        self.indicator = indicator
        self.year = year
        self.value = value
        self.decidedOn = decidedOn
        self.reason = reason
    }
}

/// Which targets achievement is read against.
public enum TargetBasis: String, CaseIterable, Codable, Sendable {
    /// The targets as adopted (当初).
    case adopted
    /// The targets after revisions (見直し後), where any.
    case revised

    public var label: String { self == .adopted ? "当初の目標値" : "見直し後の目標値" }
}

extension Plan {
    /// The plan with revised targets applied (the latest revision of each indicator and year
    /// wins, in the order given).
    public func applying(_ revisions: [TargetRevision]) -> Plan {
        guard !revisions.isEmpty else { return self }
        var plan = self
        var latest: [String: [FiscalYear: Decimal?]] = [:]
        for r in revisions { latest[r.indicator, default: [:]][r.year] = .some(r.value) }
        for i in plan.indicators.indices {
            guard let years = latest[plan.indicators[i].id] else { continue }
            for (year, value) in years { plan.indicators[i].targets[year] = value }
        }
        return plan
    }
}
