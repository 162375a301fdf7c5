import Foundation

/// A Japanese fiscal year (年度), 1 April to 31 March, stored as its Western start year.
///
/// How it is written comes from the era table in use (`EraTable.current`): code `R6`, `H30`,
/// `R1`; label `令和6年度（2024年度）`, `令和元年度（2019年度）`.
public struct FiscalYear: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The calendar year in which the fiscal year starts (2024 for 令和6年度).
    public let westernYear: Int

    public init(westernYear: Int) { self.westernYear = westernYear }

    /// The Western years people plausibly mean (a four-digit number outside is not a year).
    public static let plausibleYears = 1868...2200

    /// The era naming this year and the year's number in it (nil before the first era).
    public var era: (era: Era, number: Int)? { era(in: .current) }

    public func era(in table: EraTable) -> (era: Era, number: Int)? {
        guard let era = table.era(naming: westernYear) else { return nil }
        return (era, westernYear - era.start.year + 1)
    }

    /// Short code used in files and URLs: `R6`, `H30`, `R1` (`FY1850` before the first era).
    public var code: String { code(in: .current) }

    public func code(in table: EraTable) -> String {
        guard let (era, n) = era(in: table) else { return "FY\(westernYear)" }
        return era.abbreviation + String(n)
    }

    /// `令和6年度`, `令和元年度`.
    public var wareki: String { wareki(in: .current) }

    public func wareki(in table: EraTable) -> String {
        guard let (era, n) = era(in: table) else { return "\(westernYear)年度" }
        return era.name + (n == 1 ? "元" : String(n)) + "年度"
    }

    /// `令和6年度（2024年度）` — how years are written for people.
    public var label: String { label(in: .current) }

    public func label(in table: EraTable) -> String { "\(wareki(in: table))（\(westernYear)年度）" }

    /// `FY2024 (令和6年度)` — the English label.
    public var englishLabel: String { "FY\(westernYear) (\(wareki))" }

    public var description: String { code }

    public func advanced(by years: Int) -> FiscalYear { FiscalYear(westernYear: westernYear + years) }

    /// First day (1 April) of the fiscal year, in Japan's calendar.
    public var startDate: Date { Self.date(westernYear, 4, 1) }
    /// Last day (31 March of the following calendar year).
    public var endDate: Date { Self.date(westernYear + 1, 3, 31) }

    /// The fiscal year that contains a date (in Japan Standard Time).
    public init(containing date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 2000
        self.westernYear = (parts.month ?? 4) >= 4 ? year : year - 1
    }

    /// Parses the ways people write a fiscal year: `R6`, `r6`, `Ｒ６`, `H30`, `令和6年度`,
    /// `令和６年度`, `令和元年度`, `平成31年度`, `2024`, `2024年度`, `FY2024`, `西暦2030年`,
    /// `令和6年度（2024年度）`, `平成31年度（令和元年度）` (both halves must agree). Returns nil for
    /// anything else.
    public init?(parsing text: String) {
        self.init(parsing: text, eras: .current)
    }

    /// Parses with a given era table (the one in use unless a caller has its own).
    public init?(parsing text: String, eras table: EraTable) {
        guard let year = Self.parse(text, table: table) else { return nil }
        self = year
    }

    static func parse(_ text: String, table: EraTable) -> FiscalYear? {
        var s = JapaneseText.foldWidth(text).trimmingSpaces
        s = s.replacingOccurrences(of: " ", with: "")
        if s.isEmpty || s.count > 40 { return nil }
        // Brackets around the whole: （令和3年度）, [R3].
        while let first = s.first, let last = s.last, "([【［〔".contains(first), ")]】］〕".contains(last) {
            s = String(s.dropFirst().dropLast())
        }
        if let open = s.firstIndex(where: { $0 == "(" || $0 == "【" || $0 == "[" }) {
            // 令和6年度(2024年度): both halves must name the same year.
            let head = String(s[..<open])
            let tail = String(s[s.index(after: open)...]).filter { !")】]".contains($0) }
            guard let a = parse(head, table: table), let b = parse(tail, table: table), a == b else { return nil }
            return a
        }
        var body = Substring(s)
        if body.hasPrefix("西暦") { body = body.dropFirst(2) }
        for suffix in ["年度", "年"] where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            break
        }
        if body.isEmpty { return nil }
        let upper = body.uppercased()
        if upper.hasPrefix("FY"), let n = Int(upper.dropFirst(2)), plausibleYears.contains(n) {
            return FiscalYear(westernYear: n)
        }
        if body.allSatisfy(\.isASCIIDigit), body.count == 4, let n = Int(body), plausibleYears.contains(n) {
            return FiscalYear(westernYear: n)
        }
        // R6 / H30: one letter of an era, then its year.
        if let letter = body.first, letter.isASCII, letter.isLetter, let era = table.era(abbreviation: letter) {
            let rest = body.dropFirst()
            let number = rest == "元" ? 1 : Int(rest)
            guard let number, (1...99).contains(number), rest.allSatisfy({ $0.isASCIIDigit || $0 == "元" }) else { return nil }
            return FiscalYear(westernYear: table.westernYear(era: era, number: number))
        }
        // 令和6 / 令和元.
        for era in table.eras.reversed() where body.hasPrefix(era.name) {
            let rest = body.dropFirst(era.name.count)
            let number = rest == "元" ? 1 : (rest.allSatisfy(\.isASCIIDigit) ? Int(rest) : nil)
            guard let number, (1...99).contains(number) else { return nil }
            return FiscalYear(westernYear: table.westernYear(era: era, number: number))
        }
        return nil
    }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.westernYear < b.westernYear }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar
    }()

    private static func date(_ y: Int, _ m: Int, _ d: Int) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d))!
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
    /// Every fiscal year from `first` to `last`, inclusive (empty when `last` comes first).
    public static func range(_ first: FiscalYear, _ last: FiscalYear) -> [FiscalYear] {
        guard first <= last else { return [] }
        return (first.westernYear...last.westernYear).map(FiscalYear.init(westernYear:))
    }

    /// Reads `R6~R9`, `R6〜R9`, `R6-R9` (or one year) as the years it spans.
    public static func parseRange(_ text: String) -> [FiscalYear]? {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        let separators: Set<Character> = ["~", "〜", "～", "-", "－", "–", "—", "・"]
        if let sep = s.firstIndex(where: { separators.contains($0) }) {
            guard let a = FiscalYear(parsing: String(s[..<sep])) else { return nil }
            var tail = String(s[s.index(after: sep)...])
            // R6~9: the era of the first year carries over.
            if tail.allSatisfy(\.isASCIIDigit), let (era, _) = a.era {
                tail = era.abbreviation + tail
            }
            guard let b = FiscalYear(parsing: tail), a <= b else { return nil }
            return range(a, b)
        }
        return FiscalYear(parsing: s).map { [$0] }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
