import Foundation

/// Named bands with the lowest achievement rate each needs, best first (A ≥ 100%, B ≥ 80% …).
public struct GradingBands: Codable, Equatable, Sendable, Hashable {
    public struct Band: Codable, Equatable, Sendable, Hashable {
        /// The grade's name (`A`, `S`, `達成` …).
        public var name: String
        /// The lowest achievement rate (a fraction: 0.8 = 80%) that earns this grade.
        public var minimum: Decimal
        public init(name: String, minimum: Decimal) {
            self.name = name
            self.minimum = minimum
        }
    }

    /// Best first; the last band also takes every rate below its minimum.
    public var bands: [Band]

    public init(bands: [Band]) { self.bands = bands }

    /// A ≥ 100%, B ≥ 80%, C ≥ 50%, D below.
    public static let standard = GradingBands(bands: [
        Band(name: "A", minimum: 1), Band(name: "B", minimum: Decimal(string: "0.8")!),
        Band(name: "C", minimum: Decimal(string: "0.5")!), Band(name: "D", minimum: 0),
    ])

    /// The grade for an achievement rate: the first band whose minimum the rate reaches.
    public func grade(for rate: Decimal) -> String? {
        (bands.first { rate >= $0.minimum } ?? bands.last)?.name
    }

    /// Problems with the bands, in words the plan office can act on (empty when valid).
    public var problems: [String] {
        var out: [String] = []
        if bands.isEmpty { out.append("段階が1つもありません") }
        if Set(bands.map(\.name)).count != bands.count { out.append("段階の名前が重複しています") }
        if bands.contains(where: { $0.name.trimmingSpaces.isEmpty }) { out.append("名前のない段階があります") }
        for (a, b) in zip(bands, bands.dropFirst()) where !(a.minimum > b.minimum) {
            out.append("「\(a.name)」の下限（\(NumberCell.format(a.minimum * 100))%）は次の「\(b.name)」の下限（\(NumberCell.format(b.minimum * 100))%）より大きくしてください")
        }
        return out
    }

    /// `A:100,B:80,C:50,D:0` (percent).
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

/// How a plan grades achievement. The scheme belongs to the plan, not to the code.
public enum GradingScheme: Codable, Equatable, Sendable, Hashable {
    /// 達成率の段階: the actual against that year's target (lower is better: target ÷ actual),
    /// graded by bands.
    case ratio(GradingBands)
    /// 基準値と目標値による判定 (長与町): the target reached → `reached`; else against the
    /// baseline: better by more than the band → `better`; within ±band → `same`; worse → `worse`;
    /// no baseline to compare with → `unmeasurable`.
    case baselineRelative(BaselineRelativeGrades)
    /// 按分による判定 (多摩市): year k of an n-year target is judged against k/n of the way from the
    /// baseline to the target (the progress made ÷ the progress expected), graded by bands.
    case proRata(GradingBands)

    public static let standard = GradingScheme.ratio(.standard)

    /// The grade names best first, for distributions.
    public var gradeNames: [String] {
        switch self {
        case .ratio(let b), .proRata(let b): b.bands.map(\.name)
        case .baselineRelative(let g): [g.reached, g.better, g.same, g.worse, g.unmeasurable]
        }
    }

    public var problems: [String] {
        switch self {
        case .ratio(let b), .proRata(let b): return b.problems
        case .baselineRelative(let g):
            var out: [String] = []
            if Set(gradeNames).count != gradeNames.count { out.append("段階の名前が重複しています") }
            if gradeNames.contains(where: { $0.trimmingSpaces.isEmpty }) { out.append("名前のない段階があります") }
            if g.band < 0 || g.band >= 1 { out.append("基準値の幅は0%以上100%未満にしてください") }
            return out
        }
    }

    /// Japanese description for pages and reports.
    public var summary: String {
        switch self {
        case .ratio(let b):
            return "達成率（実績 ÷ その年度の目標値。低いほど良い指標は目標値 ÷ 実績）で判定: "
                + b.bands.map { "\($0.name) \(NumberCell.format($0.minimum * 100))%以上" }.joined(separator: "、")
        case .proRata(let b):
            return "按分による判定（基準値から目標値までを年数で按分した、その年度に期待される進み具合に対する実際の進み具合）: "
                + b.bands.map { "\($0.name) \(NumberCell.format($0.minimum * 100))%以上" }.joined(separator: "、")
        case .baselineRelative(let g):
            let band = NumberCell.format(g.band * 100)
            return "基準値と目標値による判定: \(g.reached) 目標値を達成、\(g.better) 基準値より改善、\(g.same) 基準値から±\(band)%以内、\(g.worse) 基準値より悪化、\(g.unmeasurable) 判定できない"
        }
    }

    /// How the scheme is written on the command line and in plan files:
    /// `比率:A:100,B:80,C:50,D:0`, `按分:A:100,B:80,C:50,D:0`, `基準値:S,A,B,C,−:10`.
    public var description: String {
        switch self {
        case .ratio(let b): "比率:" + b.description
        case .proRata(let b): "按分:" + b.description
        case .baselineRelative(let g):
            "基準値:" + [g.reached, g.better, g.same, g.worse, g.unmeasurable].joined(separator: ",") + ":" + NumberCell.format(g.band * 100)
        }
    }

    /// Reads the forms of `description`; a bare band list (`A:100,B:80`) is a ratio scheme.
    /// English prefixes (`ratio:`, `pro-rata:`, `baseline:`) are accepted too.
    public init?(parsing raw: String) {
        let text = JapaneseText.foldWidth(raw).trimmingSpaces
        func rest(after prefixes: [String]) -> String? {
            for p in prefixes where text.hasPrefix(p + ":") { return String(text.dropFirst(p.count + 1)) }
            return nil
        }
        if let r = rest(after: ["比率", "達成率", "ratio"]) {
            guard let b = GradingBands(parsing: r) else { return nil }
            self = .ratio(b)
        } else if let r = rest(after: ["按分", "pro-rata", "prorata"]) {
            guard let b = GradingBands(parsing: r) else { return nil }
            self = .proRata(b)
        } else if let r = rest(after: ["基準値", "基準値比較", "baseline"]) {
            if r.isEmpty {
                self = .baselineRelative(.standard)
                return
            }
            let parts = r.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            var grades = BaselineRelativeGrades.standard
            if let names = parts.first, !names.isEmpty, !names.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "±" }) {
                let list = names.split(separator: ",").map { $0.trimmingSpaces }
                guard list.count == 5 else { return nil }
                grades = BaselineRelativeGrades(
                    reached: list[0], better: list[1], same: list[2], worse: list[3], unmeasurable: list[4], band: grades.band)
            }
            if let bandText = parts.last, parts.count >= 1, bandText.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "±" || $0 == "%" }) {
                let cleaned = bandText.replacingOccurrences(of: "±", with: "").replacingOccurrences(of: "%", with: "")
                guard let percent = NumberCell.decimal(cleaned) else { return nil }
                grades.band = percent / 100
            }
            self = .baselineRelative(grades)
        } else if let b = GradingBands(parsing: text) {
            self = .ratio(b)
        } else {
            return nil
        }
    }
}

/// The grade names and band of the baseline-relative scheme (長与町: S/A/B/C/− with ±10%).
public struct BaselineRelativeGrades: Codable, Equatable, Sendable, Hashable {
    public var reached: String
    public var better: String
    public var same: String
    public var worse: String
    public var unmeasurable: String
    /// How close to the baseline counts as unchanged (0.1 = ±10%).
    public var band: Decimal

    public init(reached: String, better: String, same: String, worse: String, unmeasurable: String, band: Decimal) {
        self.reached = reached
        self.better = better
        self.same = same
        self.worse = worse
        self.unmeasurable = unmeasurable
        self.band = band
    }

    public static let standard = BaselineRelativeGrades(
        reached: "S", better: "A", same: "B", worse: "C", unmeasurable: "−", band: Decimal(string: "0.1")!)
}
