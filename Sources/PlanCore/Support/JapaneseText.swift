import Foundation

/// Text helpers for Japanese input: width folding, circled numbers, normalisation for search.
public enum JapaneseText {
    /// Folds full-width ASCII (`１２０`, `Ｒ６`, `（`) and the ideographic space to their
    /// half-width forms. Katakana and kanji are left alone.
    public static func foldWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A key for matching text regardless of width, case, kana (hiragana ↔ katakana, half-width
    /// katakana) and spacing: NFKC, hiragana as katakana, lower-cased, white space removed.
    public static func searchKey(_ text: String) -> String {
        let folded = foldKana(text).lowercased()
        return String(folded.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// Circled numbers ①…⑳ and their values.
    public static let circled: [Character] = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// 1 for ①, nil for anything that is not a circled number.
    /// The pieces between circled numbers (`①180 ②120` → [180, 120]), trimmed, empty ones dropped.
    static func splitAtCircledNumbers(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for c in text {
            if circledValue(c) != nil {
                let t = current.trimmingSpaces
                if !t.isEmpty { parts.append(t) }
                current = ""
            } else {
                current.append(c)
            }
        }
        let t = current.trimmingSpaces
        if !t.isEmpty { parts.append(t) }
        return parts
    }

    public static func circledValue(_ c: Character) -> Int? {
        circled.firstIndex(of: c).map { $0 + 1 }
    }

    /// ① for 1.
    public static func circledNumber(_ n: Int) -> String {
        (1...circled.count).contains(n) ? String(circled[n - 1]) : "(\(n))"
    }

    /// Removes white space of every kind, as PDF extraction inserts it inside words.
    public static func removingSpaces(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    /// Collapses runs of white space to one ASCII space and trims.
    public static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, without the Foundation round trip when there is
    /// nothing to trim (most cells of a large file).
    public var trimmingSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !whitespaceScalars.contains(first) && !whitespaceScalars.contains(last) { return String(self) }
        return trimmingCharacters(in: .whitespaces)
    }
}

private let whitespaceScalars = CharacterSet.whitespaces

extension JapaneseText {
    /// Joins text wrapped over lines (in a PDF extract or an Excel cell): a break or space
    /// between two Japanese characters is removed (`設置台 数` → `設置台数`), one next to Latin
    /// letters or digits becomes a space (`ABC PORT`).
    public static func joinWrappedText(_ text: String) -> String {
        let collapsed = collapsingSpaces(text)
        var out = ""
        let chars = Array(collapsed)
        for (i, c) in chars.enumerated() {
            if c == " ", i > 0, i + 1 < chars.count, !chars[i - 1].isASCII, !chars[i + 1].isASCII { continue }
            out.append(c)
        }
        return out
    }

    /// A key for matching names of the same thing printed twice: no spaces, widths folded.
    public static func nameKey(_ text: String) -> String {
        removingSpaces(foldWidth(text))
    }

    /// Hiragana folded to katakana, and half-width katakana to full-width (via NFKC), for
    /// kana-insensitive search.
    public static func foldKana(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if (0x3041...0x3096).contains(s.value), let k = Unicode.Scalar(s.value + 0x60) {
                scalars.append(k)
            } else {
                scalars.append(s)
            }
        }
        return String(scalars)
    }
}
