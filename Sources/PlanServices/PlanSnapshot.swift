import Foundation
import PlanCore
import PlanStore

/// Everything about one plan at one stamp: the plan, its yearly cycle, and (computed once, on
/// first use) its evaluations and roll-ups per year and audience. Immutable; a write to the plan
/// raises its stamp and the next request builds a new snapshot, while other plans' snapshots
/// stay. The read model every page, the API, the report and the open data are built from.
public final class PlanSnapshot: @unchecked Sendable {
    public let stamp: Int64
    public let stored: StoredPlan
    public var plan: Plan { stored.plan }
    public let index: PlanIndex
    /// The plan with revised targets applied (the latest revision of each target wins).
    public let revised: Plan
    public let revisedIndex: PlanIndex
    public let departments: [Department]
    public let assignments: [Assignment]
    /// The lead department of each item.
    public let leadByItem: [String: UUID]
    public let actuals: [FiscalYear: [StoredActual]]
    public let submissions: [FiscalYear: [UUID: Submission]]
    public let locks: [FiscalYear: Bool]
    /// The day each year's figures are due (where the office set one).
    public let dueDates: [FiscalYear: CalendarDay]
    /// Reminders sent or tried, newest first.
    public let reminders: [Reminder]
    public let selfEvaluations: [FiscalYear: [StoredSelfEvaluation]]
    public let revisions: [TargetRevision]
    /// The kinds of activity record and the counting rules (the records themselves stay in the store).
    public let activities: ActivityDefinitions

    private let lock = NSLock()
    private var memo: [MemoKey: YearEvaluation] = [:]
    /// Each year's reporting units, made on first use (most requests need one year, and most
    /// years share one copy).
    private var unitsMemo: [FiscalYear: ReportingUnits] = [:]
    private var lint: [LintFinding]? = nil

    struct MemoKey: Hashable {
        var year: FiscalYear
        var audience: Audience
        var basis: TargetBasis
    }

    init(stamp: Int64, stored: StoredPlan, cycle: PlanCycle) async throws {
        self.stamp = stamp
        self.stored = stored
        self.index = PlanIndex(stored.plan)
        async let departments = cycle.departments()
        async let assignments = cycle.assignments()
        async let actuals = cycle.actuals()
        async let locks = cycle.locks()
        async let dueDates = cycle.dueDates()
        async let reminders = cycle.reminders()
        async let selfEvaluations = cycle.selfEvaluations()
        async let revisions = cycle.targetRevisions()
        async let activities = cycle.activityDefinitions()
        async let submissionsByYear = cycle.submissionsByYear()
        self.departments = try await departments
        self.assignments = try await assignments
        self.leadByItem = Dictionary(self.assignments.filter(\.lead).map { ($0.item, $0.department) }, uniquingKeysWith: { a, _ in a })
        self.actuals = Dictionary(grouping: try await actuals, by: \.actual.year)
        self.locks = try await locks
        self.dueDates = try await dueDates
        self.reminders = try await reminders
        self.selfEvaluations = Dictionary(grouping: try await selfEvaluations, by: \.evaluation.year)
        self.revisions = try await revisions
        self.activities = try await activities
        let byYear = try await submissionsByYear
        var submissions: [FiscalYear: [UUID: Submission]] = [:]
        for year in stored.plan.reportingYears { submissions[year] = byYear[year] ?? [:] }
        self.submissions = submissions
        self.revised = stored.plan.applying(self.revisions)
        self.revisedIndex = self.revisions.isEmpty ? self.index : PlanIndex(self.revised)
    }

    /// The indicators reported in a year, under the revised targets (made once per snapshot; a
    /// year with the same units as one made before shares its copy).
    public func units(year: FiscalYear) -> ReportingUnits {
        if let held = lock.withLock({ unitsMemo[year] }) { return held }
        var made = ReportingUnits(revised, year: year)
        return lock.withLock {
            if let held = unitsMemo[year] { return held }
            if let same = unitsMemo.values.first(where: { $0 == made }) { made = same }
            unitsMemo[year] = made
            return made
        }
    }

    /// The units of several years (an import that may name any of the plan's years).
    public func units(years: [FiscalYear]) -> [FiscalYear: ReportingUnits] {
        Dictionary(years.map { ($0, units(year: $0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The workflow state of an item's lead department for a year (入力中 when none).
    public func state(ofItem item: String, year: FiscalYear) -> WorkflowState {
        guard let d = leadByItem[item] else { return .draft }
        return submissions[year]?[d]?.state ?? .draft
    }

    public func state(ofDepartment department: UUID, year: FiscalYear) -> Submission {
        submissions[year]?[department] ?? Submission(department: department, year: year, state: .draft, comment: "", updatedBy: "", updatedAt: nil)
    }

    /// Items whose lead department has published its figures for the year.
    public func publishedItems(year: FiscalYear) -> Set<String> {
        let published = Set((submissions[year] ?? [:]).filter { $0.value.state == .published }.map(\.key))
        return Set(assignments.filter { $0.lead && published.contains($0.department) }.map(\.item))
    }

    /// The years with published figures, latest last.
    public var publishedYears: [FiscalYear] {
        plan.reportingYears.filter { !publishedItems(year: $0).isEmpty }
    }

    /// The item (node id) of an indicator.
    public func item(ofIndicator id: String) -> String? {
        index.indicatorsByID[id].flatMap { index.nodesByID[$0.node]?.item }
    }

    /// The plan's lint findings (computed once per snapshot: they depend on the plan only).
    public var findings: [LintFinding] {
        if let cached = lock.withLock({ lint }) { return cached }
        let computed = PlanLinter(plan: plan, notes: stored.notes).run()
        lock.withLock { lint = computed }
        return computed
    }

    /// The year's evaluation for an audience: the public sees published figures only.
    public func evaluation(year: FiscalYear, audience: Audience, basis: TargetBasis = .revised) -> YearEvaluation {
        let key = MemoKey(year: year, audience: audience, basis: basis)
        if let cached = lock.withLock({ memo[key] }) { return cached }
        let computed = compute(year: year, audience: audience, basis: basis)
        lock.withLock { memo[key] = computed }
        return computed
    }

    func compute(year: FiscalYear, audience: Audience, basis: TargetBasis) -> YearEvaluation {
        let (evaluator, visible) = self.evaluator(year: year, audience: audience, basis: basis)
        let evaluations = evaluator.evaluations(year: year)
        return YearEvaluation(
            year: year, audience: audience, evaluations: evaluations, levels: evaluator.rollUps(evaluations), scheme: evaluator.scheme,
            visibleItems: visible, baseYear: evaluator.baseYear)
    }

    /// The evaluator of a year over the figures an audience may see (and, for the public, the
    /// items whose figures are published).
    private func evaluator(year: FiscalYear, audience: Audience, basis: TargetBasis) -> (PlanEvaluator, Set<String>?) {
        let basePlan = basis == .revised ? revised : plan
        let baseIndex = basis == .revised ? revisedIndex : index
        var values = (actuals[year] ?? []).map(\.actual)
        var visible: Set<String>? = nil
        if audience == .public {
            let items = publishedItems(year: year)
            visible = items
            values = values.filter { a in item(ofIndicator: a.indicator).map(items.contains) ?? false }
        }
        return (PlanEvaluator(plan: basePlan, index: baseIndex, units: basis == .revised ? [year: units(year: year)] : [:], actuals: values), visible)
    }

    /// One indicator's evaluation for a year and audience (against the revised targets), and
    /// whether the public may see its figure: from the year's evaluation when that is already
    /// computed, else for this indicator alone. An indicator's page shows every year; evaluating
    /// every year of the plan for it kept all of them in memory for every plan read.
    public func evaluation(ofIndicator id: String, year: FiscalYear, audience: Audience) -> (evaluation: IndicatorEvaluation, published: Bool)? {
        let item = index.indicatorsByID[id].flatMap { index.nodesByID[$0.node]?.item }
        if let e = lock.withLock({ memo[MemoKey(year: year, audience: audience, basis: .revised)] }) {
            guard let found = e.evaluation(of: id, in: index) else { return nil }
            return (found, e.visibleItems.map { v in item.map(v.contains) ?? false } ?? true)
        }
        guard let position = index.indicatorsByID.positions[id] else { return nil }
        let (evaluator, visible) = self.evaluator(year: year, audience: audience, basis: .revised)
        guard let found = evaluator.evaluation(ofIndicatorAt: position, year: year) else { return nil }
        return (found, visible.map { v in item.map(v.contains) ?? false } ?? true)
    }

    /// Whether an audience may see any figure of the year. Without evaluating the year when no
    /// figure it may see is entered (most years of most plans), so that asking which year to show
    /// does not evaluate every year.
    public func hasFigures(year: FiscalYear, audience: Audience) -> Bool {
        let values = actuals[year] ?? []
        let candidate: Bool
        if audience == .public {
            let items = publishedItems(year: year)
            candidate =
                !items.isEmpty
                && values.contains { a in a.actual.value != nil && (item(ofIndicator: a.actual.indicator).map(items.contains) ?? false) }
        } else {
            candidate = values.contains { $0.actual.value != nil }
        }
        return candidate && evaluation(year: year, audience: audience).hasFigures
    }

    /// The actual values of an indicator up to a year (for trends and forecasts), for an audience:
    /// the figure of its reporting unit that year, where the audience may see it (what the
    /// year's evaluation holds, read without evaluating the year).
    public func history(indicator id: String, through year: FiscalYear? = nil, audience: Audience) -> [FiscalYear: Decimal] {
        var out: [FiscalYear: Decimal] = [:]
        for y in plan.reportingYears where year.map({ y <= $0 }) ?? true {
            let reporting = units(year: y).reportingID[id] ?? id
            guard let value = actuals[y]?.last(where: { $0.actual.indicator == reporting })?.actual.value else { continue }
            if audience == .public {
                guard let item = item(ofIndicator: reporting), publishedItems(year: y).contains(item) else { continue }
            }
            out[y] = value
        }
        return out
    }
}

/// Who a view is for: the public (published figures only) or staff (every figure).
public enum Audience: String, Sendable, Hashable {
    case `public`, staff
}

/// A plan's evaluation for one year and audience, with its roll-ups.
public struct YearEvaluation: Sendable {
    public var year: FiscalYear
    public var audience: Audience
    public var evaluations: [IndicatorEvaluation]
    public var levels: PlanEvaluator.Levels
    public var scheme: GradingScheme
    /// For the public: the items whose figures are published; nil for staff (all).
    public var visibleItems: Set<String>?
    public var baseYear: FiscalYear?

    /// The evaluation of an indicator (by id): found by its position in the plan, without a search.
    public func evaluation(of indicator: String, in index: PlanIndex) -> IndicatorEvaluation? {
        guard let p = index.indicatorsByID.positions[indicator] else { return nil }
        if p < evaluations.count, evaluations[p].indicatorPosition == p, evaluations[p].indicator.id == indicator { return evaluations[p] }
        return evaluations.first { $0.indicator.id == indicator }
    }

    /// Whether anything is published (public) or entered (staff) this year.
    public var hasFigures: Bool { evaluations.contains { $0.evaluation.actual != nil } }
}
