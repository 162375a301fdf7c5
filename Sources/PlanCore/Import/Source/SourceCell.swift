import Foundation

/// One non-empty cell of the PDF-table text: its line, tab column and text.
public struct SourceCell: Equatable, Sendable {
    /// 1-based line in the source document.
    public var line: Int
    /// 1-based column (tab-separated field) in that line.
    public var column: Int
    public var text: String
}

/// What a cell of the PDF-table text holds, judged from its content alone.
///
/// Column positions in the extracted text shift from page to page and row to row, so the
/// reader classifies cells by what they say and reads a row in order.
enum CellContent: Equatable {
    case header
    case policy(number: Int, title: String)
    case vision(number: Int, title: String)
    case goal(code: GroupCode, printedCode: String, title: String)
    case measure(number: Int, name: String)
    case roadmap(String)
    /// Marks printed on their own, in order.
    case flags([Character])
    case values([String])
    case valuesAndUnit(values: [String], unit: String)
    case unit([String])
    case flaggedText([Character], text: String)
    case text(String)

    /// Units printed in the 単位 column of Japanese action plans.
    static let knownUnits: Set<String> = [
        "回", "人", "件", "社", "団体", "事業者", "箇所", "園", "校", "日", "部", "%", "％", "会員数", "台", "事業",
        "か所", "ヶ所", "カ所", "店", "店舗", "名", "組", "冊", "本", "枚", "時間", "円", "千円", "万円", "施設", "区画", "者", "世帯",
    ]

    static func classify(_ raw: String, format: SourceFormat) -> CellContent {
        let text = JapaneseText.collapsingSpaces(raw)
        let compact = JapaneseText.removingSpaces(text)
        if format.pageHeaders.contains(compact) { return .header }
        if let (n, title) = format.label(in: text) { return .policy(number: n, title: title) }
        if Milestones.startsWithYearMark(text) { return .roadmap(text) }
        let marks = format.markCharacters
        if !compact.isEmpty && compact.allSatisfy({ marks.contains($0) }) { return .flags(Array(compact)) }
        if let m = text.firstMatch(of: /^([0-9]{1,2})\s*([-~～〜－])\s*([0-9]{1,2})(?![0-9,])\s*(.*)$/),
            let code = GroupCode(parsing: "\(m.1)-\(m.3)")
        {
            return .goal(code: code, printedCode: "\(m.1)\(m.2)\(m.3)", title: String(m.4))
        }
        if let values = valueList(text) { return .values(values) }
        if let units = unitList(text) { return .unit(units) }
        if let m = text.firstMatch(of: /^([0-9０-９][0-9０-９,，]*)\s+(\S+)$/), knownUnits.contains(String(m.2)) {
            return .valuesAndUnit(values: [String(m.1)], unit: String(m.2))
        }
        if let m = text.firstMatch(of: /^([0-9]{1,2})\s+(\D.*)$/), let n = Int(m.1), n >= 1 {
            return .vision(number: n, title: String(m.2))
        }
        if let first = text.first, let n = JapaneseText.circledValue(first) {
            let rest = String(text.dropFirst()).trimmingSpaces
            if !rest.contains(where: { JapaneseText.circledValue($0) != nil }) {
                return .measure(number: n, name: rest)
            }
        }
        if let first = text.first, marks.contains(first) {
            let printed = text.prefix { marks.contains($0) || $0 == " " }
            let rest = text.dropFirst(printed.count)
            if printed.last == " ", !rest.isEmpty {
                return .flaggedText(Array(printed.filter { $0 != " " }), text: String(rest))
            }
        }
        return .text(text)
    }

    /// `2,720` · `110 ②20 ③835` · `①180 ②120` · `-` · `—`: the parts of a target cell.
    static func valueList(_ text: String) -> [String]? {
        let folded = JapaneseText.foldWidth(text).trimmingSpaces
        if NumberCell.dashes.contains(folded) { return [folded] }
        guard folded.contains(where: \.isASCIIDigit) else { return nil }
        let allowed = Set("0123456789,. %")
        guard folded.allSatisfy({ allowed.contains($0) || JapaneseText.circledValue($0) != nil || NumberCell.dashes.contains(String($0)) }) else {
            return nil
        }
        let parts = splitParts(folded)
        guard parts.allSatisfy({ NumberCell.dashes.contains($0) || $0.contains(where: \.isASCIIDigit) }) else { return nil }
        return parts
    }

    /// `①人 ②人` · `台`: the parts of a unit cell, when every part is a known unit.
    static func unitList(_ text: String) -> [String]? {
        let parts = splitParts(text)
        guard !parts.isEmpty, parts.allSatisfy({ knownUnits.contains($0) }) else { return nil }
        return parts
    }

    /// Splits `①180 ②120` or `110 ②20 ③835` into parts, dropping the circled markers.
    static func splitParts(_ text: String) -> [String] {
        let parts = JapaneseText.splitAtCircledNumbers(text)
        // A cell without circled markers is one value, unless it is "a b" of plain numbers.
        if parts.count == 1, !text.contains(where: { JapaneseText.circledValue($0) != nil }) {
            return [parts[0]]
        }
        return parts
    }
}

/// Roadmap text printed as `【令和6年度】 … 【令和9年度】 …`: a bracketed fiscal year before
/// each milestone.
enum Milestones {
    /// Whether a text starts with a bracketed fiscal year (【令和6年度】).
    static func startsWithYearMark(_ text: String) -> Bool {
        guard text.hasPrefix("【"), let close = text.firstIndex(of: "】") else { return false }
        let inner = String(text[text.index(after: text.startIndex)..<close])
        return inner.hasSuffix("年度") && FiscalYear(parsing: inner) != nil
    }

    /// The milestones of a roadmap text, in printed order (text before the first mark is dropped).
    static func parse(_ text: String) -> [Milestone] {
        var out: [Milestone] = []
        var marks: [(range: Range<String.Index>, year: FiscalYear)] = []
        var search = text.startIndex
        while let open = text[search...].firstIndex(of: "【"), let close = text[open...].firstIndex(of: "】") {
            let inner = String(text[text.index(after: open)..<close])
            if inner.hasSuffix("年度"), let y = FiscalYear(parsing: inner) {
                marks.append((open..<text.index(after: close), y))
            }
            search = text.index(after: close)
        }
        for (i, m) in marks.enumerated() {
            let end = i + 1 < marks.count ? marks[i + 1].range.lowerBound : text.endIndex
            let body = JapaneseText.collapsingSpaces(String(text[m.range.upperBound..<end]))
            out.append(Milestone(year: m.year, text: body))
        }
        return out
    }
}
