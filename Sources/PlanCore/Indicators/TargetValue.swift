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
        var s = JapaneseText.foldWidth(raw).trimmingCharacters(in: .whitespaces)
        if s.isEmpty || dashes.contains(s) { return .success(.none) }
        if s.hasSuffix("%") || s.hasSuffix("％") {
            guard allowPercent else { return .failure(CellError(text: raw, reason: "「%」はこの欄では使えません")) }
            s.removeLast()
            s = s.trimmingCharacters(in: .whitespaces)
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
              let value = Decimal(string: (negative ? "-" : "") + body, locale: Locale(identifier: "en_US_POSIX"))
        else {
            return .failure(CellError(text: raw, reason: "数値として読めません（使える形: 120、１２０、1,750、75%、空欄または「-」「—」は目標なし）"))
        }
        return .success(.value(value))
    }

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
