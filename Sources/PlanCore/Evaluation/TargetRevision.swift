import Foundation

/// A revision (中間見直し) of one indicator's target for one fiscal year, with a date and a
/// reason. The adopted target is kept; pages show both where they differ.
public struct TargetRevision: Codable, Equatable, Sendable {
    public var indicator: String
    public var year: FiscalYear
    /// The revised target; nil means "no target" (never 0).
    public var value: Decimal?
    /// When the revision was decided (yyyy-MM-dd).
    public var decidedOn: String
    public var reason: String
    public init(indicator: String, year: FiscalYear, value: Decimal?, decidedOn: String, reason: String) {
        self.indicator = indicator; self.year = year; self.value = value; self.decidedOn = decidedOn; self.reason = reason
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
    /// The plan with revised targets applied (the latest revision of each indicator and year wins).
    public func applying(_ revisions: [TargetRevision]) -> Plan {
        guard !revisions.isEmpty else { return self }
        var plan = self
        var latest: [String: TargetRevision] = [:]
        for r in revisions { latest[r.indicator + "|" + r.year.code] = r }
        for i in plan.indicators.indices {
            for y in YearTargets.years {
                if let r = latest[plan.indicators[i].id + "|" + y.code] { plan.indicators[i].targets[y] = r.value }
            }
        }
        return plan
    }
}
