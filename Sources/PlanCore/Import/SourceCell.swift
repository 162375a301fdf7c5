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
    case goal(code: GoalCode, printedCode: String, title: String)
    case measure(number: Int, name: String)
    case roadmap(String)
    case flags(priorityMarks: Int, implementationMarks: Int)
    case values([String])
    case valuesAndUnit(values: [String], unit: String)
    case unit([String])
    case flaggedText(priorityMarks: Int, implementationMarks: Int, text: String)
    case text(String)

    /// Units printed in the 単位 column of Japanese action plans.
    static let knownUnits: Set<String> = [
        "回", "人", "件", "社", "団体", "事業者", "箇所", "園", "校", "日", "部", "%", "％", "会員数", "台", "事業",
        "か所", "ヶ所", "カ所", "店", "店舗", "名", "組", "冊", "本", "枚", "時間", "円", "千円", "万円", "施設", "区画", "者", "世帯",
    ]

    /// Texts of the repeated page header, compared without spaces.
    static let headerTexts: Set<String> = [
        "世田谷区地域経済発展ビジョンアクションプラン", "地域経済発展ビジョン", "アクションプラン(目指す姿実現に向けた主なアクション)",
        "方針", "目指す姿", "目指す姿の実現に向けた取組み", "施策名", "再掲", "事業内容", "実施に向けた道筋(ロードマップ)",
        "重点PJ", "実施計画事業", "行動指標(アウトプット)", "目標値", "合計(R6~R9)", "合計(R6～R9)", "単位",
        "R6年度", "R7年度", "R8年度", "R9年度", "R13年度",
    ]

    static func classify(_ raw: String) -> CellContent {
        let text = JapaneseText.collapsingSpaces(raw)
        let compact = JapaneseText.removingSpaces(text)
        if headerTexts.contains(compact) { return .header }
        if let m = text.firstMatch(of: /^【\s*基本(?:的)?\s*の方針\s*([0-9０-９]+)\s*】\s*(.*)$/),
           let n = Int(JapaneseText.foldWidth(String(m.1))) {
            return .policy(number: n, title: String(m.2).trimmingSpaces)
        }
        if text.hasPrefix("【令和") { return .roadmap(text) }
        if compact.allSatisfy({ $0 == "○" || $0 == "●" }) && !compact.isEmpty {
            return .flags(priorityMarks: compact.filter { $0 == "○" }.count, implementationMarks: compact.filter { $0 == "●" }.count)
        }
        if let m = text.firstMatch(of: /^([0-9]{1,2})\s*([-~～〜－])\s*([0-9]{1,2})(?![0-9,])\s*(.*)$/),
           let code = GoalCode(parsing: "\(m.1)-\(m.3)") {
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
        if let m = text.firstMatch(of: /^([○●][○●\s]*)\s+(\S.*)$/) {
            let marks = String(m.1)
            return .flaggedText(priorityMarks: marks.filter { $0 == "○" }.count,
                                implementationMarks: marks.filter { $0 == "●" }.count, text: String(m.2))
        }
        return .text(text)
    }

    /// `2,720` · `110 ②20 ③835` · `①180 ②120` · `-` · `—`: the parts of a target cell.
    static func valueList(_ text: String) -> [String]? {
        let folded = JapaneseText.foldWidth(text).trimmingSpaces
        if NumberCell.dashes.contains(folded) { return [folded] }
        guard folded.contains(where: \.isASCIIDigit) else { return nil }
        let allowed = Set("0123456789,. %")
        guard folded.allSatisfy({ allowed.contains($0) || JapaneseText.circledValue($0) != nil || NumberCell.dashes.contains(String($0)) }) else { return nil }
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
        var parts: [String] = []
        var current = ""
        for c in text {
            if JapaneseText.circledValue(c) != nil {
                let t = current.trimmingSpaces
                if !t.isEmpty { parts.append(t) }
                current = ""
            } else {
                current.append(c)
            }
        }
        let t = current.trimmingSpaces
        if !t.isEmpty { parts.append(t) }
        // A cell without circled markers is one value, unless it is "a b" of plain numbers.
        if parts.count == 1, !text.contains(where: { JapaneseText.circledValue($0) != nil }) {
            return [parts[0]]
        }
        return parts
    }
}
