import Foundation

/// A plan's grading scale: named bands with the lowest achievement rate each needs, best first.
/// The default is A ≥ 100%, B ≥ 80%, C ≥ 50%, D below; the plan office can change the number
/// and names of bands.
public struct GradingScale: Codable, Equatable, Sendable {
    public struct Band: Codable, Equatable, Sendable {
        /// The grade's name (`A`, `S`, `達成` …).
        public var name: String
        /// The lowest achievement rate (a fraction: 0.8 = 80%) that earns this grade.
        public var minimum: Decimal
        public init(name: String, minimum: Decimal) { self.name = name; self.minimum = minimum }
    }

    /// Best first; the last band's minimum is the floor (usually 0).
    public var bands: [Band]

    public init(bands: [Band]) { self.bands = bands }

    public static let standard = GradingScale(bands: [
        Band(name: "A", minimum: 1), Band(name: "B", minimum: Decimal(string: "0.8")!),
        Band(name: "C", minimum: Decimal(string: "0.5")!), Band(name: "D", minimum: 0),
    ])

    /// The grade for an achievement rate: the first band whose minimum the rate reaches.
    public func grade(for rate: Decimal) -> String? {
        (bands.first { rate >= $0.minimum } ?? bands.last)?.name
    }

    /// Problems with a scale, in words the plan office can act on (empty when valid).
    public var problems: [String] {
        var out: [String] = []
        if bands.isEmpty { out.append("段階が1つもありません") }
        if Set(bands.map(\.name)).count != bands.count { out.append("段階の名前が重複しています") }
        if bands.contains(where: { $0.name.trimmingSpaces.isEmpty }) { out.append("名前のない段階があります") }
        for (a, b) in zip(bands, bands.dropFirst()) where !(a.minimum > b.minimum) {
            out.append("「\(a.name)」の下限（\(a.minimum)）は次の「\(b.name)」の下限（\(b.minimum)）より大きくしてください")
        }
        if bands.contains(where: { $0.minimum < 0 }) { out.append("下限は0以上にしてください") }
        return out
    }

    /// `A:100,B:80,C:50,D:0` (percent) — how the scale is written on the command line and forms.
    public init?(parsing text: String) {
        var bands: [Band] = []
        for piece in text.split(separator: ",") {
            let parts = piece.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, case .success(.value(let percent)) = NumberCell.parse(parts[1]) else { return nil }
            bands.append(Band(name: parts[0], minimum: percent / 100))
        }
        guard !bands.isEmpty else { return nil }
        self.bands = bands
    }

    public var description: String {
        bands.map { "\($0.name):\(NumberCell.format($0.minimum * 100))" }.joined(separator: ",")
    }
}

/// How one indicator did in one fiscal year.
public struct Evaluation: Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// There is a target and an actual: rate and grade.
        case graded
        /// There is a target but no actual (未報告).
        case notReported
        /// No target that year (—): no rate, no grade.
        case noTarget
        /// A target of 0 with higher-is-better: the rate cannot be computed.
        case undefined
    }
    public var status: Status
    public var target: Decimal?
    public var actual: Decimal?
    /// A fraction (0.93 = 93%); nil unless graded.
    public var achievementRate: Decimal?
    public var grade: String?
}

/// The achievement rules, by indicator kind.
public enum Achievement {
    /// Evaluates one indicator for one year.
    ///
    /// - per-year count: actual ÷ that year's target;
    /// - cumulative: the cumulative actual (the 累計 reported for the year) ÷ that year's cumulative target;
    /// - level/stock: actual ÷ that year's target;
    /// - rate (%): actual ÷ target;
    /// - lower is better: target ÷ actual (an actual of 0 meets any target);
    /// - no target that year, or no actual: no rate and no grade — never 0.
    public static func evaluate(kind: IndicatorKind, target: Decimal?, actual: Decimal?, lowerIsBetter: Bool = false,
                                scale: GradingScale = .standard) -> Evaluation {
        guard let target else { return Evaluation(status: .noTarget, target: nil, actual: actual, achievementRate: nil, grade: nil) }
        guard let actual else { return Evaluation(status: .notReported, target: target, actual: nil, achievementRate: nil, grade: nil) }
        let rate: Decimal?
        if lowerIsBetter {
            rate = actual <= 0 ? 1 : target / actual
        } else {
            rate = target == 0 ? nil : actual / target
        }
        guard var r = rate else { return Evaluation(status: .undefined, target: target, actual: actual, achievementRate: nil, grade: nil) }
        let grade = scale.grade(for: r)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &r, 4, .plain)
        return Evaluation(status: .graded, target: target, actual: actual, achievementRate: rounded, grade: grade)
    }
}
