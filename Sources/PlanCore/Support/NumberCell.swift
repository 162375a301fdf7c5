import Foundation

/// Reads the numbers people type into plans and actuals sheets, and writes them back.
///
/// Accepts `2,720`, `１２０`, `２，４１０`, `75`, `75%`, `12.5`, `△5` and `▲5` (negative, as
/// Japanese tables print it); `—`, `-`, `－`, `―` and the empty cell mean "no value" (never 0).
public enum NumberCell {
    /// What a cell said.
    public enum Reading: Equatable, Sendable {
        case value(Decimal)
        case none
    }

    /// The dash-like marks that mean "no target that year".
    public static let dashes: Set<String> = ["-", "—", "－", "―", "‐", "ー", "–", "−", "ｰ", "…", "・", "/", "／", "×"]

    /// Parses a cell, or says what is wrong with it in words a clerk can act on. `unit`, when
    /// given, may follow the number (`24人` with unit 人).
    public static func parse(_ raw: String, allowPercent: Bool = true, unit: String? = nil) -> Result<Reading, CellError> {
        if let plain = plainDecimal(raw) { return .success(.value(plain)) }
        var s = JapaneseText.foldWidth(raw).trimmingSpaces.replacingOccurrences(of: "，", with: ",")
        if s.isEmpty || dashes.contains(s) { return .success(.none) }
        if let unit, !unit.isEmpty, unit != "%", unit != "％" {
            let folded = JapaneseText.foldWidth(unit)
            if s.hasSuffix(folded), s.count > folded.count { s = String(s.dropLast(folded.count)).trimmingSpaces }
        }
        if s.hasSuffix("%") || s.hasSuffix("％") {
            guard allowPercent else { return .failure(CellError(text: raw, reason: "「%」はこの欄では使えません")) }
            s.removeLast()
            s = s.trimmingSpaces
        }
        var negative = false
        if let first = s.first, first == "△" || first == "▲" || first == "-" || first == "−" {
            negative = true
            s = String(s.dropFirst()).trimmingSpaces
        }
        // Thousands separators: 1,750 / 2,720 / 136,500 (only in groups of three).
        if s.contains(",") {
            let groups = s.split(separator: ",", omittingEmptySubsequences: false)
            let valid = groups.enumerated().allSatisfy { index, group in
                let pieces = group.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                guard let digits = pieces.first else { return false }
                if index == 0 { return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) && pieces.count == 1 }
                let last = index == groups.count - 1
                return digits.count == 3 && digits.allSatisfy(\.isASCIIDigit) && (last || pieces.count == 1)
            }
            guard valid else { return .failure(CellError(text: raw, reason: "桁区切りのカンマの位置が正しくありません（例: 1,750）")) }
            s = s.replacingOccurrences(of: ",", with: "")
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard !s.isEmpty, parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts[0].count <= 15, parts.count == 1 || parts[1].count <= 10,
            let value = decimal((negative ? "-" : "") + s)
        else {
            return .failure(CellError(text: raw, reason: "数値として読めません（使える形: 120、１２０、1,750、75%、空欄または「-」「—」は値なし）"))
        }
        return .success(.value(value))
    }

    /// The common case read without Foundation's parser: ASCII digits with at most one `.`
    /// (up to 15 digits), as our own files write numbers. Anything else returns nil.
    static func plainDecimal(_ text: String) -> Decimal? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = -1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if fraction >= 0 { fraction += 1 }
            case UInt8(ascii: ".") where fraction < 0 && digits > 0:
                fraction = 0
            default:
                return nil
            }
            if digits > 15 { return nil }
        }
        guard digits > 0, fraction != 0 else { return nil }
        return Decimal(sign: .plus, exponent: -max(fraction, 0), significand: Decimal(mantissa))
    }

    /// Reads a canonical number (`1750`, `-0.5`, `1.5E3`) as written by `format` or by a
    /// spreadsheet; nil otherwise.
    public static func decimal(_ text: String) -> Decimal? {
        if let plain = plainDecimal(text) { return plain }
        guard !text.isEmpty, text.count <= 40, isScientific(text) else { return nil }
        guard let value = Decimal(string: text, locale: posix), !value.isNaN else { return nil }
        return value
    }
    /// `[+-]digits[.digits][(e|E)[+-]digits]` and nothing else (`Decimal(string:)` would read
    /// a prefix of `1-2` or take `-` for 0).
    static func isScientific(_ text: String) -> Bool {
        var chars = Substring(text)
        if chars.first == "-" || chars.first == "+" { chars = chars.dropFirst() }
        let mantissa = chars.prefix { $0 != "e" && $0 != "E" }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        var exponent = chars.dropFirst(mantissa.count)
        if exponent.isEmpty { return true }
        exponent = exponent.dropFirst()
        if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
        return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit)
    }

    /// Created once: creating a locale per number dominated reading large files.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The canonical way numbers are written in our files: no separators, `.` for decimals,
    /// rounded to 10 decimal places (a spreadsheet's 0.1+0.2 becomes 0.3).
    public static func format(_ value: Decimal) -> String {
        rounded(value, places: 10).description
    }

    /// A value rounded half up to `places` decimal places.
    public static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var v = value
        var r = Decimal()
        NSDecimalRound(&r, &v, places, .plain)
        return r
    }

    /// How numbers are shown to people: `2,720`, `12.5` (up to `maximumFractionDigits`).
    public static func display(_ value: Decimal, maximumFractionDigits: Int = 2) -> String {
        let r = rounded(value, places: maximumFractionDigits)
        let text = r.description
        var integer = Substring(text)
        var fraction = Substring("")
        if let dot = text.firstIndex(of: ".") {
            integer = text[..<dot]
            fraction = text[text.index(after: dot)...]
        }
        var sign = ""
        if integer.hasPrefix("-") {
            sign = "-"
            integer = integer.dropFirst()
        }
        var grouped = ""
        let count = integer.utf8.count  // digits only
        for (i, c) in integer.enumerated() {
            if i > 0, (count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return sign + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A rate shown with exactly one decimal: `96.0%` for 0.96.
    public static func percent(_ fraction: Decimal) -> String {
        let r = rounded(fraction * 100, places: 1)
        var text = display(r, maximumFractionDigits: 1)
        if !text.contains(".") { text += ".0" }
        return text + "%"
    }

    /// The number of decimal places a value is written with (`12.5` → 1).
    public static func decimalPlaces(_ value: Decimal) -> Int { max(0, -value.exponent) }
}

/// A cell that could not be read, with the reason.
public struct CellError: Error, Equatable, Sendable {
    public var text: String
    public var reason: String
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
