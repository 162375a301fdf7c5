import Foundation

/// One indicator placement's evaluation for a year.
///
/// The indicator and its node are positions in the plan's own arrays, which every evaluation of
/// the plan shares: an evaluation held in memory costs its figures, not a copy of the plan.
public struct IndicatorEvaluation: Sendable, Equatable {
    @usableFromInline let indicators: [Indicator]
    @usableFromInline let nodes: [PlanNode]
    @usableFromInline let position: Int32
    @usableFromInline let nodePosition: Int32
    /// The reporting unit (指標ID of the actuals template).
    public var reportingID: String
    public var year: FiscalYear
    public var evaluation: Evaluation

    @inlinable public var indicator: Indicator { indicators[Int(position)] }
    /// The node holding the indicator.
    @inlinable public var node: PlanNode { nodes[Int(nodePosition)] }
    /// The indicator's position in the plan's indicators.
    @inlinable public var indicatorPosition: Int { Int(position) }

    public init(indicator: Indicator, node: PlanNode, reportingID: String, year: FiscalYear, evaluation: Evaluation) {
        self.init(indicators: [indicator], at: 0, nodes: [node], at: 0, reportingID: reportingID, year: year, evaluation: evaluation)
    }

    /// The evaluation of `indicators[indicator]`, held by `nodes[node]`.
    public init(
        indicators: [Indicator], at indicator: Int, nodes: [PlanNode], at node: Int, reportingID: String, year: FiscalYear, evaluation: Evaluation
    ) {
        self.indicators = indicators
        self.nodes = nodes
        self.position = Int32(indicator)
        self.nodePosition = Int32(node)
        self.reportingID = reportingID
        self.year = year
        self.evaluation = evaluation
    }

    public static func == (a: IndicatorEvaluation, b: IndicatorEvaluation) -> Bool {
        a.indicator == b.indicator && a.node == b.node && a.reportingID == b.reportingID && a.year == b.year && a.evaluation == b.evaluation
    }
}

/// The roll-up of a set of indicator evaluations: grade distribution, the count not reported,
/// and the median achievement rate.
///
/// A re-listed item counts once at every level where its placements would otherwise meet:
/// evaluations are first reduced to one per reporting unit (same item, same indicator, same
/// targets). "Not reported" is never counted as 0: it is counted apart and left out of the median.
public struct RollUp: Sendable, Equatable {
    /// The scheme's grade names (shared with it) and the count of each, in that order; no counts
    /// when every count is 0 (most nodes of a year with little reported).
    private var names: [String]
    private var counts: [Int32]
    public var notReported: Int
    public var noTarget: Int
    /// Evaluations that could not be judged (算出不可).
    public var undefined: Int
    /// Reporting units considered (after counting re-listings once).
    public var indicators: Int
    public var medianAchievementRate: Decimal?

    /// How many were graded `grade`.
    public func count(of grade: String) -> Int {
        guard !counts.isEmpty, let i = names.firstIndex(of: grade) else { return 0 }
        return Int(counts[i])
    }

    /// The count of every grade of the scheme.
    public var grades: [String: Int] {
        Dictionary(names.map { ($0, count(of: $0)) }, uniquingKeysWith: +)
    }

    public init(_ evaluations: [IndicatorEvaluation], scheme: GradingScheme) {
        let units = Self.unitNumbers(evaluations)
        self.init(evaluations, indices: evaluations.indices, units: units.numbers, unitCount: units.count, scheme: scheme)
    }

    /// The evaluations' reporting units numbered 0, 1, 2 … in order of first appearance.
    static func unitNumbers(_ evaluations: [IndicatorEvaluation]) -> (numbers: [Int], count: Int) {
        var byID: [String: Int] = [:]
        let numbers = evaluations.map { e in
            if let n = byID[e.reportingID] { return n }
            byID[e.reportingID] = byID.count
            return byID.count - 1
        }
        return (numbers, byID.count)
    }

    /// The roll-up of `evaluations[indices]`, each reporting unit (`units`, numbered below
    /// `unitCount`) counted once.
    init(
        _ evaluations: [IndicatorEvaluation], indices: some Sequence<Int>, units: [Int], unitCount: Int, scheme: GradingScheme, names: [String]? = nil
    ) {
        let names = names ?? scheme.gradeNames
        var seen = [Bool](repeating: false, count: unitCount)
        var counts = [Int](repeating: 0, count: names.count)
        var rates: [(key: Int64?, rate: Decimal)] = []
        var notReported = 0
        var noTarget = 0
        var undefined = 0
        var considered = 0
        for i in indices {
            guard !seen[units[i]] else { continue }
            seen[units[i]] = true
            considered += 1
            let e = evaluations[i].evaluation
            if let g = e.grade, let band = names.firstIndex(of: g) { counts[band] += 1 }
            switch e.status {
            case .graded:
                if let r = e.achievementRate { rates.append((e.rateKey, r)) }
            case .notReported: notReported += 1
            case .noTarget: noTarget += 1
            case .undefined: undefined += 1
            }
        }
        self.names = names
        self.counts = counts.contains { $0 != 0 } ? counts.map(Int32.init) : []
        self.notReported = notReported
        self.noTarget = noTarget
        self.undefined = undefined
        self.indicators = considered
        // Rates are ordered by their integer keys when every one has one (comparing Decimals
        // dominated rolling up many plans).
        if rates.allSatisfy({ $0.key != nil }) {
            self.medianAchievementRate = Self.middle(rates.sorted { $0.key! < $1.key! }.map(\.rate))
        } else {
            self.medianAchievementRate = Self.middle(rates.map(\.rate).sorted())
        }
    }

    /// The number of evaluations that have a grade.
    public var graded: Int { grades.values.reduce(0, +) }

    public static func median(_ values: [Decimal]) -> Decimal? { middle(values.sorted()) }

    /// The median of values already in order.
    static func middle(_ s: [Decimal]) -> Decimal? {
        guard !s.isEmpty else { return nil }
        if s.count % 2 == 1 { return s[s.count / 2] }
        return NumberCell.rounded((s[s.count / 2 - 1] + s[s.count / 2]) / 2, places: 4)
    }
}

/// Evaluates a plan for a fiscal year and rolls the results up the plan's own levels.
public struct PlanEvaluator: Sendable {
    public let plan: Plan
    public let index: PlanIndex
    public let scheme: GradingScheme
    /// Actuals by reporting id and year.
    public let actuals: [ActualKey: Actual]
    /// The year a baseline without a year of its own refers to.
    public let baseYear: FiscalYear?
    private let units: [FiscalYear: ReportingUnits]

    /// An actual's place: reporting id and year.
    public struct ActualKey: Hashable, Sendable {
        public var indicator: String
        public var year: FiscalYear
        public init(indicator: String, year: FiscalYear) {
            self.indicator = indicator
            self.year = year
        }
    }

    /// `index` and `units`, if given, must have been built from `plan` itself (not from the
    /// plan before its targets were revised).
    public init(plan: Plan, index: PlanIndex? = nil, units: [FiscalYear: ReportingUnits] = [:], actuals: [Actual], scheme: GradingScheme? = nil) {
        self.plan = plan
        self.index = index ?? PlanIndex(plan)
        self.units = units
        self.scheme = scheme ?? plan.grading
        self.baseYear = plan.firstYear?.advanced(by: -1)
        self.actuals = Dictionary(actuals.map { (ActualKey(indicator: $0.indicator, year: $0.year), $0) }, uniquingKeysWith: { _, b in b })
    }

    /// Every indicator placement's evaluation for the year, in printed order.
    public func evaluations(year: FiscalYear) -> [IndicatorEvaluation] {
        let units = units[year] ?? ReportingUnits(plan, year: year)
        return plan.indicators.indices.compactMap { evaluation(ofIndicatorAt: $0, year: year, units: units) }
    }

    /// One indicator's evaluation for the year (the one `evaluations(year:)` holds for it), without
    /// evaluating the others; nil when its node is not in the plan.
    public func evaluation(ofIndicatorAt position: Int, year: FiscalYear) -> IndicatorEvaluation? {
        evaluation(ofIndicatorAt: position, year: year, units: units[year] ?? ReportingUnits(plan, year: year))
    }

    private func evaluation(ofIndicatorAt position: Int, year: FiscalYear, units: ReportingUnits) -> IndicatorEvaluation? {
        let i = plan.indicators[position]
        guard let node = index.position[i.node] else { return nil }
        let reporting = units.reportingID[i.id] ?? i.id
        let actual = actuals[ActualKey(indicator: reporting, year: year)]?.value
        let e = Achievement.evaluate(i, year: year, actual: actual, scheme: scheme, baseYear: baseYear)
        return IndicatorEvaluation(
            indicators: plan.indicators, at: position, nodes: plan.nodes, at: node, reportingID: reporting, year: year, evaluation: e)
    }

    /// Roll-ups for every node (over the indicators at and below it) and for the whole plan.
    public struct Levels: Sendable {
        /// By node id.
        public var nodes: NodeRollUps
        public var plan: RollUp
    }

    /// One roll-up per node of the plan, in the plan's order, found by node id.
    public struct NodeRollUps: Sendable {
        @usableFromInline let positions: [String: Int]
        @usableFromInline let rollUps: [RollUp]

        @inlinable public subscript(_ id: String) -> RollUp? { positions[id].map { rollUps[$0] } }
        public var count: Int { rollUps.count }
    }

    public func rollUps(_ evaluations: [IndicatorEvaluation]) -> Levels {
        let units = RollUp.unitNumbers(evaluations)
        var byNode: [String: [Int]] = [:]
        var ancestorCache: [String: [String]] = [:]
        for (i, e) in evaluations.enumerated() {
            let chain: [String]
            if let cached = ancestorCache[e.node.id] {
                chain = cached
            } else {
                chain = index.path(to: e.node.id).map(\.id)
                ancestorCache[e.node.id] = chain
            }
            for id in chain { byNode[id, default: []].append(i) }
        }
        let names = scheme.gradeNames
        let nodes = plan.nodes.map { n in
            RollUp(evaluations, indices: byNode[n.id] ?? [], units: units.numbers, unitCount: units.count, scheme: scheme, names: names)
        }
        let all = RollUp(evaluations, indices: evaluations.indices, units: units.numbers, unitCount: units.count, scheme: scheme)
        return Levels(nodes: NodeRollUps(positions: index.position, rollUps: nodes), plan: all)
    }

    /// Roll-up of the evaluations whose node passes a filter.
    public func rollUp(_ evaluations: [IndicatorEvaluation], where include: (PlanNode) -> Bool) -> RollUp {
        RollUp(evaluations.filter { include($0.node) }, scheme: scheme)
    }
}
