import Foundation

/// A day in the Gregorian calendar, without a time or a time zone (`2019-05-01`).
public struct CalendarDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2019-05-01` (also `2019/5/1`, full-width digits); nil for anything else or an
    /// impossible date.
    public init?(parsing text: String) {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...9999).contains(y), (1...12).contains(m), (1...CalendarDay.days(inMonth: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let day = CalendarDay(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "日付として読めません: \(text)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A Japanese era (元号): its name, the one-letter abbreviation used in codes (`R6`, `H30`),
/// and the day it began.
public struct Era: Hashable, Codable, Sendable {
    public var name: String
    public var abbreviation: String
    public var start: CalendarDay

    public init(name: String, abbreviation: String, start: CalendarDay) {
        self.name = name
        self.abbreviation = abbreviation
        self.start = start
    }
}

/// The eras a fiscal year can be written in, oldest first.
///
/// How a fiscal year (1 April – 31 March) is named: by the era in effect on its first day, or,
/// when a new era begins in the first half of the fiscal year (by 30 September), by the new era.
/// So 2019年度 is 令和元年度 (令和 began on 1 May 2019) and 2018年度 is 平成30年度; 1988年度 stays
/// 昭和63年度 (平成 began on 8 January 1989, in that fiscal year's second half) and 1926年度 stays
/// 大正15年度. An era that begins in a fiscal year's second half names the fiscal years from the
/// next one on, which is then that era's second year (there is no 元年度). Readers accept any
/// era's own numbering of a year as well: 平成31年度 is read as 2019年度.
public struct EraTable: Sendable, Equatable {
    public private(set) var eras: [Era]

    public init(eras: [Era]) {
        self.eras = eras.sorted { $0.start < $1.start }
    }

    /// 明治, 大正, 昭和, 平成 and 令和.
    public static let standard = EraTable(eras: [
        Era(name: "明治", abbreviation: "M", start: CalendarDay(year: 1868, month: 10, day: 23)),
        Era(name: "大正", abbreviation: "T", start: CalendarDay(year: 1912, month: 7, day: 30)),
        Era(name: "昭和", abbreviation: "S", start: CalendarDay(year: 1926, month: 12, day: 25)),
        Era(name: "平成", abbreviation: "H", start: CalendarDay(year: 1989, month: 1, day: 8)),
        Era(name: "令和", abbreviation: "R", start: CalendarDay(year: 2019, month: 5, day: 1)),
    ])

    /// The table with more eras (a new era added by configuration). Refuses an era whose name,
    /// abbreviation or start is already taken, or that begins before the last known era.
    public func adding(_ era: Era) throws(EraTableError) -> EraTable {
        if eras.contains(where: { $0.name == era.name }) { throw EraTableError("元号「\(era.name)」はすでにあります") }
        if eras.contains(where: { $0.abbreviation.uppercased() == era.abbreviation.uppercased() }) {
            throw EraTableError("略号「\(era.abbreviation)」はすでに使われています")
        }
        if era.abbreviation.count != 1 || !era.abbreviation.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw EraTableError("略号は半角英字1文字にしてください（「\(era.abbreviation)」）")
        }
        if era.name.isEmpty || era.name.contains(where: { $0.isNumber || $0.isWhitespace }) {
            throw EraTableError("元号の名前に数字や空白は使えません（「\(era.name)」）")
        }
        if let last = eras.last, era.start <= last.start {
            throw EraTableError("新しい元号は\(last.name)の始まり（\(last.start)）より後に始まる必要があります")
        }
        return EraTable(eras: eras + [era])
    }

    /// Reads the configuration form `名前:略号:開始日`, several separated by `;`
    /// (`新元号:N:2045-05-01`).
    public func adding(configuration text: String) throws(EraTableError) -> EraTable {
        var table = self
        for piece in text.split(separator: ";").map({ $0.trimmingSpaces }) where !piece.isEmpty {
            let parts = piece.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard parts.count == 3, let start = CalendarDay(parsing: parts[2]) else {
                throw EraTableError("元号の設定「\(piece)」は 名前:略号:開始日（例: 新元号:N:2045-05-01）の形で書いてください")
            }
            table = try table.adding(Era(name: parts[0], abbreviation: parts[1], start: start))
        }
        return table
    }

    /// The era that names a fiscal year (see the type's description), or nil before the first era.
    public func era(naming fiscalYear: Int) -> Era? {
        let firstHalfEnd = CalendarDay(year: fiscalYear, month: 9, day: 30)
        return eras.last { $0.start <= firstHalfEnd }
    }

    /// The Western fiscal year of year `number` of an era, counted in that era's own numbering
    /// (year 1 is the calendar year the era began).
    public func westernYear(era: Era, number: Int) -> Int { era.start.year + number - 1 }

    public func era(named name: String) -> Era? { eras.first { $0.name == name } }

    public func era(abbreviation: Character) -> Era? {
        eras.first { $0.abbreviation.uppercased() == String(abbreviation).uppercased() }
    }

    // MARK: The table in use

    private static let lock = NSLock()
    nonisolated(unsafe) private static var configured = EraTable.standard

    /// The table used to read and write fiscal years in this process: the standard eras, plus
    /// any added at start-up by configuration (`ACTIONPLAN_ERAS`).
    public static var current: EraTable {
        lock.lock()
        defer { lock.unlock() }
        return configured
    }

    /// Sets the table for this process (once, at start-up; tests restore the standard table).
    public static func use(_ table: EraTable) {
        lock.lock()
        configured = table
        lock.unlock()
    }
}

/// A problem with an era definition, in words the operator can act on.
public struct EraTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension CalendarDay {
    /// `令和7年6月30日（2025年6月30日）` — a day as people read it (the era in effect on that
    /// day; the Western date alone before the first era).
    public var label: String { label(in: .current) }

    public func label(in table: EraTable) -> String {
        let western = "\(year)年\(month)月\(day)日"
        guard let era = table.eras.last(where: { $0.start <= self }) else { return western }
        let n = year - era.start.year + 1
        return "\(era.name)\(n == 1 ? "元" : String(n))年\(month)月\(day)日（\(western)）"
    }

    /// `30 June 2025` — the English label.
    public var englishLabel: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }

    /// The day a moment falls on in Japan Standard Time (the plan's calendar).
    public init(containing date: Date) {
        let parts = Self.japan.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day a moment falls on in Japan.
    public init(inJapan date: Date) {
        let c = Self.japan.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// The moment the day begins in Japan Standard Time (00:00 JST).
    public var start: Date {
        Self.japan.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The moment the next day begins (the end of this one, exclusive).
    public var end: Date { start.addingTimeInterval(86_400) }

    static let japan: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        return calendar
    }()
}
