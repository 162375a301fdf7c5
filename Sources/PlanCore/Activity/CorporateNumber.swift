import Foundation

/// 法人番号 — the 13-digit number the National Tax Agency gives each corporation: a check digit
/// followed by a 12-digit base number. The check digit is 9 − (Σ Pₙ × Qₙ mod 9), where Pₙ is the
/// n-th digit of the base counted from the right and Qₙ is 1 for odd n and 2 for even n.
public struct CorporateNumber: Hashable, Codable, Sendable, CustomStringConvertible {
    public let digits: String

    /// Reads a number as people write it (full-width digits, hyphens or spaces between groups);
    /// nil with the reason when it is not a valid 法人番号.
    public static func parse(_ text: String) -> Result<CorporateNumber, CellError> {
        let folded = JapaneseText.foldWidth(text).filter { !($0 == "-" || $0 == " " || $0 == "ー" || $0 == "－") }
        guard folded.count == 13, folded.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(CellError(text: text, reason: "法人番号は13桁の数字です（「\(text)」は\(folded.count)文字）"))
        }
        let values = folded.compactMap { $0.wholeNumberValue }
        let expected = checkDigit(base: Array(values.dropFirst()))
        guard values[0] == expected else {
            return .failure(
                CellError(text: text, reason: "法人番号「\(folded)」の先頭の検査用数字が合いません（この12桁なら先頭は\(expected)）。番号を確かめてください"))
        }
        return .success(CorporateNumber(digits: folded))
    }

    /// The check digit of a 12-digit base number.
    public static func checkDigit(base: [Int]) -> Int {
        var sum = 0
        for (n, p) in base.reversed().enumerated() { sum += p * ((n + 1) % 2 == 1 ? 1 : 2) }
        return 9 - sum % 9
    }

    init(digits: String) { self.digits = digits }

    public var description: String { digits }
}
