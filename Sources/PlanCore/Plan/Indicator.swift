import Foundation

/// An indicator (行動指標, 成果指標, KPI …) of one node, with its baseline and targets.
///
/// A multi-part cell (①…②…③) gives one indicator per part.
public struct Indicator: Codable, Sendable, Equatable, Identifiable {
    /// Unique within the plan (`3-1.4.1`).
    public var id: String
    /// The node it belongs to.
    public var node: String
    /// 1, 2, 3 … for a multi-part cell; nil for a single indicator.
    public var part: Int?
    /// The indicator's own number or code as printed (指標番号), if any.
    public var code: String?
    public var name: String
    public var nameEnglish: String?
    public var unit: String
    public var kind: IndicatorKind
    /// True where the kind was set in the data rather than inferred.
    public var kindOverridden: Bool
    /// True when a lower value is better (待機児童数, 交通事故件数).
    public var lowerIsBetter: Bool
    /// 成果 (outcome) or 活動 (output), where the plan says.
    public var type: IndicatorType?
    /// The responsible department (担当課), where the plan prints one for the indicator.
    public var department: String?
    /// 現状値・基準値 and its year.
    public var baseline: Baseline?
    /// Targets by fiscal year; a year present with nil means "no target that year" (printed
    /// `—`), never 0.
    public var targets: Targets
    /// 合計 as printed; nil where none is printed.
    public var total: Decimal?
    /// Actuals printed in the plan for years before it (実績値), by year.
    public var history: Targets
    /// How the indicator is measured (指標の説明・算出方法), as printed.
    public var definition: String
    /// 備考, as printed.
    public var note: String
    public var source: SourceRef?

    public init(
        id: String, node: String, part: Int? = nil, code: String? = nil, name: String, nameEnglish: String? = nil, unit: String,
        kind: IndicatorKind, kindOverridden: Bool = false, lowerIsBetter: Bool = false, type: IndicatorType? = nil,
        department: String? = nil, baseline: Baseline? = nil, targets: Targets = Targets(), total: Decimal? = nil,
        history: Targets = Targets(), definition: String = "", note: String = "", source: SourceRef? = nil
    ) {
        self.id = id
        self.node = node
        self.part = part
        self.code = code
        self.name = name
        self.nameEnglish = nameEnglish
        self.unit = unit
        self.kind = kind
        self.kindOverridden = kindOverridden
        self.lowerIsBetter = lowerIsBetter
        self.type = type
        self.department = department
        self.baseline = baseline
        self.targets = targets
        self.total = total
        self.history = history
        self.definition = definition
        self.note = note
        self.source = source
    }

    /// True for a rate (unit %).
    public var isRate: Bool { kind == .rate || unit == "%" || unit == "％" }

    /// The last year with a target value, and the value.
    public var finalTarget: (year: FiscalYear, value: Decimal)? {
        targets.entries.last { $0.value != nil }.map { ($0.year, $0.value!) }
    }
}

/// 現状値・基準値: a value measured before the plan, and when.
public struct Baseline: Codable, Sendable, Equatable, Hashable {
    /// The year it was measured; nil where the plan does not say.
    public var year: FiscalYear?
    public var value: Decimal
    public init(year: FiscalYear?, value: Decimal) {
        self.year = year
        self.value = value
    }
}

/// Values by fiscal year, in year order. A year may be present with no value (printed `—`).
public struct Targets: Codable, Sendable, Equatable, Hashable {
    public struct Entry: Codable, Sendable, Equatable, Hashable {
        public var year: FiscalYear
        public var value: Decimal?
        public init(year: FiscalYear, value: Decimal?) {
            self.year = year
            self.value = value
        }
    }
    public private(set) var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        var byYear: [FiscalYear: Decimal?] = [:]
        for e in entries { byYear[e.year] = e.value }
        self.entries = byYear.map { Entry(year: $0.key, value: $0.value) }.sorted { $0.year < $1.year }
    }

    /// From (year, value) pairs.
    public init(_ pairs: [(FiscalYear, Decimal?)]) {
        self.init(pairs.map { Entry(year: $0.0, value: $0.1) })
    }

    /// The value for a year (nil when there is none, whether printed `—` or not printed).
    public subscript(year: FiscalYear) -> Decimal? {
        get { entries.first { $0.year == year }?.value ?? nil }
        set {
            if let i = entries.firstIndex(where: { $0.year == year }) {
                entries[i].value = newValue
            } else {
                entries.append(Entry(year: year, value: newValue))
                entries.sort { $0.year < $1.year }
            }
        }
    }

    public func contains(_ year: FiscalYear) -> Bool { entries.contains { $0.year == year } }

    public var years: [FiscalYear] { entries.map(\.year) }

    /// Years with a value, and the values.
    public var values: [(year: FiscalYear, value: Decimal)] { entries.compactMap { e in e.value.map { (e.year, $0) } } }

    public var isEmpty: Bool { entries.allSatisfy { $0.value == nil } }

    public var count: Int { entries.count }
}

/// How an indicator's yearly values relate to each other, which decides how its 合計 is formed
/// and how achievement is judged.
public enum IndicatorKind: String, Codable, CaseIterable, Sendable {
    /// 単年度の件数・回数 (開催回数, 相談件数): 合計 = the sum of the years.
    case perYear
    /// 累計: the value grows year on year; 合計 = the last year's value.
    case cumulative
    /// 水準・ストック (会員数, 開園数, 設置台数): a standing count each year; 合計 is not a sum.
    case level
    /// 割合 (%): never summed.
    case rate

    /// The Japanese label used in files and on pages.
    public var label: String {
        switch self {
        case .perYear: "単年度"
        case .cumulative: "累計"
        case .level: "水準"
        case .rate: "割合"
        }
    }

    public var englishLabel: String {
        switch self {
        case .perYear: "per year"
        case .cumulative: "cumulative"
        case .level: "level"
        case .rate: "rate"
        }
    }

    /// Reads a label (単年度 累計 水準 割合, the raw values, and common synonyms).
    public init?(label: String) {
        let key = JapaneseText.removingSpaces(JapaneseText.foldWidth(label))
        if let kind = IndicatorKind.allCases.first(where: { $0.label == key || $0.rawValue == key }) {
            self = kind
            return
        }
        switch key {
        case "単年", "年度", "各年度", "毎年", "単年度値", "フロー": self = .perYear
        case "累積", "累計値": self = .cumulative
        case "ストック", "水準値", "現在値", "時点": self = .level
        case "率", "比率", "割合(%)": self = .rate
        default: return nil
        }
    }

    /// Infers the kind from the indicator's name, unit and printed targets.
    ///
    /// - `(累計)` in the name → cumulative; unit `%` or 率 at the end of the name → rate;
    /// - a name about an increase (…の増加) → per-year count;
    /// - a name about a standing count (会員数, 開園数, 設置台数 …) → level;
    /// - otherwise a per-year count, unless the printed 合計 equals the last year's value while
    ///   the yearly values rise (then cumulative).
    public static func infer(name: String, unit: String, total: Decimal?, targets: Targets, totalYears: [FiscalYear]) -> IndicatorKind {
        let n = JapaneseText.removingSpaces(name)
        if n.contains("累計") || n.contains("累積") { return .cumulative }
        if unit == "%" || unit == "％" || n.hasSuffix("率") || n.hasSuffix("割合") { return .rate }
        if n.contains("増加") { return .perYear }
        // Counts of what exists at a point in time (stock), not of what happened in the year.
        let levelWords = [
            "会員数", "開園数", "設置台数", "実施園数", "小学校数", "設置台", "登録数", "園数", "待機児童数", "施設数", "箇所数", "か所数",
            "登録者数", "設置数", "人口",
        ]
        if levelWords.contains(where: { n.contains($0) }) || unit == "会員数" { return .level }
        let years = totalYears.compactMap { targets[$0] }
        if let total, years.count >= 2 {
            let sum = years.reduce(Decimal(0), +)
            if total == sum { return .perYear }
            if let lastYear = totalYears.last, let last = targets[lastYear], total == last, let first = years.first, last > first {
                return .cumulative
            }
        }
        return .perYear
    }
}

/// 成果指標 (outcome) or 活動指標 (output).
public enum IndicatorType: String, Codable, CaseIterable, Sendable {
    case outcome, output

    public var label: String { self == .outcome ? "成果（アウトカム）" : "活動（アウトプット）" }
    public var englishLabel: String { self == .outcome ? "outcome" : "output" }

    /// Reads 成果, 成果指標, アウトカム, outcome, 活動, 活動指標, アウトプット, output, 行動指標.
    public init?(label: String) {
        let key = JapaneseText.removingSpaces(JapaneseText.foldWidth(label)).lowercased()
        if key.isEmpty { return nil }
        let outcome = ["成果", "成果指標", "アウトカム", "アウトカム指標", "outcome", "成果目標"]
        let output = ["活動", "活動指標", "アウトプット", "アウトプット指標", "output", "行動指標", "事業量", "活動目標"]
        if outcome.contains(key) { self = .outcome } else if output.contains(key) { self = .output } else { return nil }
    }
}
