import Foundation

/// A Japanese fiscal year (年度), 1 April to 31 March, stored as its Western start year.
///
/// 令和N年度 is fiscal year 2018+N: R6 = 2024年度 (April 2024 – March 2025).
public struct FiscalYear: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The calendar year in which the fiscal year starts (2024 for 令和6年度).
    public let westernYear: Int

    public init(westernYear: Int) { self.westernYear = westernYear }

    /// 令和N年度.
    public init(reiwa: Int) { self.westernYear = reiwa + 2018 }

    /// The Reiwa year number (6 for 2024年度); Reiwa began in 2019.
    public var reiwa: Int { westernYear - 2018 }

    /// Short code used in files and URLs: `R6`.
    public var code: String { "R\(reiwa)" }

    /// `令和6年度（2024年度）` — how years are written for people.
    public var label: String { "令和\(reiwa)年度（\(westernYear)年度）" }

    /// `令和6年度`.
    public var wareki: String { "令和\(reiwa)年度" }

    public var description: String { code }

    /// First day (1 April) of the fiscal year, in Japan's calendar.
    public var startDate: Date { Self.date(westernYear, 4, 1) }
    /// Last day (31 March of the following calendar year).
    public var endDate: Date { Self.date(westernYear + 1, 3, 31) }

    /// The fiscal year that contains a date (in Japan Standard Time).
    public init(containing date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 2024
        self.westernYear = (parts.month ?? 4) >= 4 ? year : year - 1
    }

    /// Parses the ways people write a fiscal year: `R6`, `r6`, `Ｒ６`, `令和6年度`, `令和６年度`,
    /// `2024`, `2024年度`, `FY2024`, `令和6年度（2024年度）`. Returns nil for anything else.
    public init?(parsing text: String) {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        if s.isEmpty { return nil }
        if let paren = s.firstIndex(where: { $0 == "(" }) {
            // 令和6年度(2024年度): both halves must agree.
            let head = String(s[..<paren])
            let tail = String(s[s.index(after: paren)...]).replacingOccurrences(of: ")", with: "")
            guard let a = FiscalYear(parsing: head), let b = FiscalYear(parsing: tail), a == b else { return nil }
            self = a
            return
        }
        var body = s
        if body.hasSuffix("年度") { body.removeLast(2) }
        let upper = body.uppercased()
        if upper.hasPrefix("R"), let n = Int(upper.dropFirst()), (1...99).contains(n) {
            self.init(reiwa: n); return
        }
        if body.hasPrefix("令和") {
            let rest = body.dropFirst(2)
            if rest == "元" { self.init(reiwa: 1); return }
            if let n = Int(rest), (1...99).contains(n) { self.init(reiwa: n); return }
            return nil
        }
        if upper.hasPrefix("FY"), let n = Int(upper.dropFirst(2)), (2019...2117).contains(n) {
            self.init(westernYear: n); return
        }
        if let n = Int(body), (2019...2117).contains(n) { self.init(westernYear: n); return }
        return nil
    }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.westernYear < b.westernYear }

    private static func date(_ y: Int, _ m: Int, _ d: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar.date(from: DateComponents(year: y, month: m, day: d))!
    }

    // Codable as the short code ("R6"), so that files stay readable.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let year = FiscalYear(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "年度として読めません: \(text)")
        }
        self = year
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension FiscalYear {
    public static let r6 = FiscalYear(reiwa: 6)
    public static let r7 = FiscalYear(reiwa: 7)
    public static let r8 = FiscalYear(reiwa: 8)
    public static let r9 = FiscalYear(reiwa: 9)
    public static let r13 = FiscalYear(reiwa: 13)
}
