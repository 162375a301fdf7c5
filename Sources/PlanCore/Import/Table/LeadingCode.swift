import Foundation

/// Splits a hierarchy cell into the code printed at its start and the title after it:
/// `基本目標1 安心して暮らせるまち` → `基本目標1` + `安心して暮らせるまち`; `1-1 商店街の活性化`,
/// `(1) 地域福祉の推進`, `柱1 行政運営`, `① 事業承継の推進`, `【重点1】…`, `第2章 …`, `Ⅲ …`.
///
/// The code keeps its printed form with full-width digits and letters folded (`（１）` → `(1)`)
/// and brackets 【】 dropped; the title keeps its printed form. A number followed directly by
/// words (`3世代同居の推進`, `2030年の…`) is part of the title, not a code.
public enum LeadingCode {
    public struct Split: Equatable, Sendable {
        public var code: String?
        /// The number the code ends with (`1-2` → 2, `①` → 1, `(3)` → 3), for numbering checks.
        public var number: Int?
        public var title: String
    }

    /// Words that commonly precede a number in a code (`柱1`, `基本目標2`, `施策3`).
    static let codeWords: [String] = [
        "基本目標", "基本方針", "基本施策", "基本政策", "基本事業", "政策", "施策", "事業", "目標", "方針", "柱",
        "重点", "重点施策", "重点項目", "重点事業", "重点目標", "戦略", "分野", "テーマ", "視点", "項目", "取組", "取組み", "取り組み",
        "プロジェクト", "PJ", "事務事業", "主要事業", "施策の方向", "方向", "推進項目", "改革項目", "個別目標", "章", "節",
    ]

    /// Splits `text`; `levelName` (the column's header) is also accepted as a code word.
    public static func split(_ text: String, levelName: String? = nil) -> Split {
        let original = Array(text.trimmingSpaces)
        let f = original.map { Character(JapaneseText.foldWidth(String($0))) }
        guard !f.isEmpty else { return Split(code: nil, number: nil, title: "") }
        func result(_ length: Int, code: String, number: Int?) -> Split {
            var rest = length
            while rest < f.count, " ：:．.、,・-－‐）)」]".contains(f[rest]) || f[rest].isWhitespace { rest += 1 }
            let title = String(original[rest...]).trimmingSpaces
            return Split(code: code, number: number, title: title)
        }
        // 【…】 ［…］ [ … ] at the start: the code is what they enclose.
        if let close = matchingClose(f[0]), let end = f.firstIndex(of: close), end > 1, end <= 16 {
            let inner = String(f[1..<end]).trimmingSpaces
            if inner.contains(where: \.isASCIIDigit)
                || inner.contains(where: { JapaneseText.circledValue($0) != nil || romanValue(String($0)) != nil })
            {
                return result(end + 1, code: inner, number: lastNumber(inner))
            }
        }
        // ① ② …
        if let n = JapaneseText.circledValue(f[0]) {
            return result(1, code: String(f[0]), number: n)
        }
        // (1) （１） (一) (a)
        if f[0] == "(", let close = f.firstIndex(of: ")"), close > 1, close <= 6 {
            let inner = String(f[1..<close])
            if let n = Int(inner) ?? kanjiValue(inner) ?? (inner.count == 1 ? kanaValue(inner.first!) : nil)
                ?? (inner.count == 1 && inner.first!.isLetter ? 0 : nil)
            {
                return result(close + 1, code: "(" + inner + ")", number: n == 0 ? nil : n)
            }
        }
        // 第2章 第3節 第1
        if f[0] == "第" {
            var i = 1
            while i < f.count, f[i].isASCIIDigit || kanjiValue(String(f[i])) != nil { i += 1 }
            if i > 1 {
                var end = i
                if end < f.count, "章節部編条項款".contains(f[end]) { end += 1 }
                if end == f.count || isSeparator(f[end]) || end > i {
                    let digits = String(f[1..<i])
                    return result(end, code: String(f[0..<end]), number: Int(digits) ?? kanjiValue(digits))
                }
            }
        }
        // Ⅰ Ⅱ … and I. II.
        if romanValue(String(f[0])) != nil {
            var i = 0
            while i < f.count, romanValue(String(f[i])) != nil { i += 1 }
            let code = String(f[0..<i])
            if let n = romanValue(code), i == f.count || isSeparator(f[i]) || !f[i].isASCII {
                return result(i, code: code, number: n)
            }
        }
        if f[0].isASCII, f[0].isUppercase, "IVX".contains(f[0]) {
            var i = 0
            while i < f.count, "IVX".contains(f[i]) { i += 1 }
            if i < f.count, ".．)".contains(f[i]) || f[i] == " ", let n = romanValue(String(f[0..<i])) {
                return result(i, code: String(f[0..<i]), number: n)
            }
        }
        // Numbers: 1-1, 1.2.3, 1, 1), 1.
        if f[0].isASCIIDigit {
            var i = 0
            var groups = 1
            var lastSeparator: Character? = nil
            while i < f.count {
                if f[i].isASCIIDigit {
                    i += 1
                } else if "-.－‐‑–".contains(f[i]), i + 1 < f.count, f[i + 1].isASCIIDigit, f[i - 1].isASCIIDigit {
                    lastSeparator = f[i]
                    groups += 1
                    i += 1
                } else {
                    break
                }
            }
            let code = String(f[0..<i]).replacingOccurrences(of: "－", with: "-").replacingOccurrences(of: "‐", with: "-")
            let next: Character? = i < f.count ? f[i] : nil
            let endsCleanly = next == nil || isSeparator(next!)
            // 1.5倍 is a number in a title; 1-1商店街 is a code (a hyphen is never a decimal point).
            let hierarchical = groups > 1 && (lastSeparator != "." || endsCleanly)
            if groups == 1, let next, next == ")" || next == "）" {
                return result(i + 1, code: code + ")", number: Int(code))
            }
            if hierarchical || (groups == 1 && endsCleanly && code.count <= 3) {
                return result(i, code: code, number: lastNumber(code))
            }
            return Split(code: nil, number: nil, title: String(original).trimmingSpaces)
        }
        // A word then a number: 基本目標1, 柱2, 施策1-3.
        let words = ([levelName.map(stripNameSuffix)].compactMap { $0 } + codeWords).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        let folded = String(f)
        for word in words where folded.hasPrefix(word) {
            var i = word.count
            while i < f.count, f[i] == " " { i += 1 }
            let start = i
            while i < f.count, f[i].isASCIIDigit || ("-.－‐".contains(f[i]) && i + 1 < f.count && f[i + 1].isASCIIDigit && i > start) { i += 1 }
            if i > start, i == f.count || isSeparator(f[i]) || !f[i].isASCIIDigit {
                let number = String(f[start..<i])
                return result(i, code: word + number, number: lastNumber(number))
            }
        }
        // A capital letter code: A-1 B2.
        if f[0].isASCII, f[0].isUppercase, f.count > 1 {
            var i = 1
            while i < f.count, f[i].isASCIIDigit || (f[i] == "-" && i + 1 < f.count && f[i + 1].isASCIIDigit) { i += 1 }
            if i > 1, i == f.count || isSeparator(f[i]) {
                let code = String(f[0..<i])
                return result(i, code: code, number: lastNumber(code))
            }
        }
        // 一、 二、
        if let n = kanjiValue(String(f[0])), f.count > 1, "、.．".contains(f[1]) {
            return result(1, code: String(f[0]), number: n)
        }
        // ア イ ウ (or あ い う) then a space or a mark: the order of the kana is the number.
        if let n = kanaValue(f[0]), f.count > 1, f[1].isWhitespace || "、.．)）".contains(f[1]) {
            return result(f[1] == ")" || f[1] == "）" ? 2 : 1, code: String(f[0]) + (f[1] == ")" || f[1] == "）" ? ")" : ""), number: n)
        }
        return Split(code: nil, number: nil, title: String(original).trimmingSpaces)
    }

    static func isSeparator(_ c: Character) -> Bool {
        c.isWhitespace || " ：:．.、,・）)」]".contains(c)
    }

    static func matchingClose(_ c: Character) -> Character? {
        switch c {
        case "【": "】"
        case "[": "]"
        case "［": "］"
        case "〔": "〕"
        case "《": "》"
        case "<": ">"
        case "＜": "＞"
        default: nil
        }
    }

    /// The last run of digits in a code (or the value of a circled or Roman number in it).
    static func lastNumber(_ code: String) -> Int? {
        if let c = code.last, let n = JapaneseText.circledValue(c) { return n }
        var digits = ""
        for c in code.reversed() {
            if c.isASCIIDigit { digits.insert(c, at: digits.startIndex) } else if !digits.isEmpty { break }
        }
        if let n = Int(digits) { return n }
        return romanValue(code) ?? kanjiValue(code)
    }

    static let kanaOrder: [Character] = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン")
    static let hiraganaOrder: [Character] = Array("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん")

    /// 1 for ア or あ, 2 for イ or い … (the order plans number items with kana).
    static func kanaValue(_ c: Character) -> Int? {
        if let i = kanaOrder.firstIndex(of: c) { return i + 1 }
        if let i = hiraganaOrder.firstIndex(of: c) { return i + 1 }
        return nil
    }

    static func romanValue(_ text: String) -> Int? {
        let single: [Character: Int] = ["Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10, "Ⅺ": 11, "Ⅻ": 12]
        if text.count == 1, let c = text.first, let v = single[c] { return v }
        let letters: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        guard !text.isEmpty, text.allSatisfy({ letters[$0] != nil }), text.count <= 5 else { return nil }
        let values = text.map { letters[$0]! }
        var total = 0
        for (i, v) in values.enumerated() { total += i + 1 < values.count && values[i + 1] > v ? -v : v }
        return total > 0 ? total : nil
    }

    static func kanjiValue(_ text: String) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        guard !text.isEmpty, text.count <= 3 else { return nil }
        if text == "十" { return 10 }
        var total = 0
        var current = 0
        for c in text {
            if let d = digits[c] {
                current = d
            } else if c == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// `施策名` → `施策`: a header naming a level's title column.
    public static func stripNameSuffix(_ header: String) -> String {
        for suffix in ["の名称", "名称", "名"] where header.hasSuffix(suffix) && header.count - suffix.count >= 2 {
            return String(header.dropLast(suffix.count))
        }
        return header
    }
}
