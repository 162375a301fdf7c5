import Foundation

/// Reads the numbers people type into plans and actuals sheets.
///
/// Accepts `2,720`, `１２０`, `75`, `75%`, `12.5`; `—`, `-`, `－`, `―` and the empty cell mean
/// "no value" (never 0).
public enum NumberCell {
    /// What a cell said.
    public enum Reading: Equatable, Sendable {
        case value(Decimal)
        case none
    }

    /// The dash-like marks that mean "no target that year".
    public static let dashes: Set<String> = ["-", "—", "－", "―", "‐", "ー", "–", "−", "ｰ"]

    /// Parses a cell, or says what is wrong with it in words a clerk can act on.
    public static func parse(_ raw: String, allowPercent: Bool = true) -> Result<Reading, CellError> {
        if let plain = plainDecimal(raw) { return .success(.value(plain)) }
        var s = JapaneseText.foldWidth(raw).trimmingSpaces
        if s.isEmpty || dashes.contains(s) { return .success(.none) }
        if s.hasSuffix("%") || s.hasSuffix("％") {
            guard allowPercent else { return .failure(CellError(text: raw, reason: "「%」はこの欄では使えません")) }
            s.removeLast()
            s = s.trimmingSpaces
        }
        // Thousands separators: 1,750 / 2,720 / 136,500 (only in groups of three).
        if s.contains(",") {
            let groups = s.split(separator: ",", omittingEmptySubsequences: false)
            let valid = groups.enumerated().allSatisfy { index, group in
                let digits = group.split(separator: ".", maxSplits: 1)[0]
                if index == 0 { return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) }
                let tail = group.split(separator: ".", maxSplits: 1)
                return tail[0].count == 3 && tail[0].allSatisfy(\.isASCIIDigit) && (index == groups.count - 1 || tail.count == 1)
            }
            guard valid else { return .failure(CellError(text: raw, reason: "桁区切りのカンマの位置が正しくありません（例: 1,750）")) }
            s = s.replacingOccurrences(of: ",", with: "")
        }
        var body = Substring(s)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts[0].count <= 15,
              let value = decimal((negative ? "-" : "") + body)
        else {
            return .failure(CellError(text: raw, reason: "数値として読めません（使える形: 120、１２０、1,750、75%、空欄または「-」「—」は目標なし）"))
        }
        return .success(.value(value))
    }

    /// The common case read without Foundation's parser: ASCII digits with at most one `.`
    /// (up to 15 digits), as our own files write numbers. Anything else returns nil.
    static func plainDecimal(_ text: String) -> Decimal? {
        var mantissa: UInt64 = 0
        var digits = 0, fraction = -1
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if fraction >= 0 { fraction += 1 }
            case UInt8(ascii: ".") where fraction < 0 && digits > 0: fraction = 0
            default: return nil
            }
            if digits > 15 { return nil }
        }
        guard digits > 0, fraction != 0 else { return nil }
        return Decimal(sign: .plus, exponent: -max(fraction, 0), significand: Decimal(mantissa))
    }

    /// Reads a canonical number (`1750`, `-0.5`) as written by `format`; nil otherwise.
    public static func decimal(_ text: String) -> Decimal? { plainDecimal(text) ?? Decimal(string: text, locale: posix) }
    /// Created once: creating a locale per number dominated reading large files.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The canonical way numbers are written in our files: no separators, `.` for decimals.
    public static func format(_ value: Decimal) -> String {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 6, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    /// How numbers are shown to people: `2,720`, `12.5`.
    public static func display(_ value: Decimal) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "ja_JP")
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 2
        return formatter.string(from: NSDecimalNumber(decimal: value)) ?? format(value)
    }
}

/// A cell that could not be read, with the reason.
public struct CellError: Error, Equatable, Sendable {
    public var text: String
    public var reason: String
    public init(text: String, reason: String) { self.text = text; self.reason = reason }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
