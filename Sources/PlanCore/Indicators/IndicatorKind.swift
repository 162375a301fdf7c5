import Foundation

/// How an indicator's yearly values relate to each other, which decides how its 合計 is
/// formed and how achievement is judged.
public enum IndicatorKind: String, Codable, CaseIterable, Sendable {
    /// 単年度の件数・回数 (開催回数, 相談件数): 合計 = R6+R7+R8+R9.
    case perYear
    /// 累計: the value grows year on year; 合計 = the R9 value.
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

    public init?(label: String) {
        let key = label.trimmingSpaces
        if let kind = IndicatorKind.allCases.first(where: { $0.label == key || $0.rawValue == key }) {
            self = kind
        } else {
            return nil
        }
    }

    /// Infers the kind from the indicator's name, unit and printed targets.
    ///
    /// - `(累計)` in the name → cumulative; unit `%` or 率 at the end of the name → rate;
    /// - a name about an increase (…の増加) → per-year count;
    /// - a name about a standing count (会員数, 開園数, 設置台数, 実施園数, 小学校数 …) → level;
    /// - otherwise a per-year count, unless the printed 合計 equals the R9 value while the yearly
    ///   values rise (then cumulative) or equals a single year's value of a flat series (level).
    public static func infer(name: String, unit: String, total: Decimal?, targets: YearTargets) -> IndicatorKind {
        let n = JapaneseText.removingSpaces(name)
        if n.contains("累計") { return .cumulative }
        if unit == "%" || unit == "％" || n.hasSuffix("率") { return .rate }
        if n.contains("増加") { return .perYear }
        let levelWords = ["会員数", "開園数", "設置台数", "実施園数", "小学校数", "設置台", "登録数", "園数"]
        if levelWords.contains(where: { n.contains($0) }) || unit == "会員数" { return .level }
        let years = [targets.r6, targets.r7, targets.r8, targets.r9].compactMap { $0 }
        if let total, years.count >= 2 {
            let sum = years.reduce(Decimal(0), +)
            if total == sum { return .perYear }
            if let r9 = targets.r9, total == r9, let first = years.first, r9 > first { return .cumulative }
        }
        return .perYear
    }
}
