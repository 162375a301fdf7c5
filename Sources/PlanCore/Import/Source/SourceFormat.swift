import Foundation

/// How one plan's printed table is laid out, for the source reader: the words of its page
/// header, the label of its top level, its levels and value columns, its marks, and the names
/// its corrections file uses. Kept as data beside the plan (`source-format.csv`), so that the
/// reader holds no plan's vocabulary. Documented in docs/source-import.md.
public struct SourceFormat: Sendable, Equatable {
    /// The plan's title, when the command line does not give one.
    public var title: String?
    /// Texts of the page header repeated on every page (compared without spaces).
    public var pageHeaders: Set<String>
    /// The words of the top level's bracketed label (`【基本目標1】`), with printed variants.
    public var labelWords: [String]
    /// The word every title of the numbered level ends with, so that a wrapped title's tail
    /// printed on a line of its own is recognised (optional).
    public var titleEnding: String?
    /// The value columns after the indicator: whether a total comes first, then the years.
    public var hasTotal: Bool
    public var years: [TargetYear]
    /// The plan period (for the total's years and the plan).
    public var firstYear: FiscalYear
    public var lastYear: FiscalYear
    /// The six levels, top first.
    public var levels: [PlanLevel]
    /// Marks printed on rows: the character and the flag it stands for.
    public var marks: [(mark: Character, flag: PlanFlag)]
    /// The mark printed in the 再掲 column of a re-listed row (it is not a flag of the row).
    public var relistMark: Character?
    public var indicatorLabel: String
    public var indicatorType: IndicatorType?
    /// The names the corrections file uses for the fields it sets.
    public var correctionFields: [String: Correction.Field]

    public static func == (a: SourceFormat, b: SourceFormat) -> Bool {
        a.title == b.title && a.pageHeaders == b.pageHeaders && a.labelWords == b.labelWords && a.titleEnding == b.titleEnding
            && a.hasTotal == b.hasTotal && a.years == b.years && a.firstYear == b.firstYear && a.lastYear == b.lastYear
            && a.levels == b.levels && a.marks.map(\.mark) == b.marks.map(\.mark) && a.marks.map(\.flag) == b.marks.map(\.flag)
            && a.relistMark == b.relistMark && a.indicatorLabel == b.indicatorLabel && a.indicatorType == b.indicatorType
            && a.correctionFields == b.correctionFields
    }

    /// The years of the plan period, in order.
    public var periodYears: [FiscalYear] { FiscalYear.range(firstYear, lastYear) }
    /// The value columns' years that fall in the plan period.
    var periodColumns: [FiscalYear] { years.map(\.year).filter { $0 >= firstYear && $0 <= lastYear } }

    /// The level names, for messages.
    var names: (label: String, numbered: String, coded: String, sentence: String, item: String, row: String) {
        (levels[0].name, levels[1].name, levels[2].name, levels[3].name, levels[4].name, levels[5].name)
    }

    /// `R6〜R9`.
    var periodText: String { "\(firstYear.code)〜\(lastYear.code)" }

    public static let file = "source-format.csv"
    static let headers = ["項目", "値"]

    /// Reads `source-format.csv` (項目,値; some items repeat). Every error is collected.
    public static func read(_ data: Data, name: String) throws(ImportFailure) -> SourceFormat {
        let table = try CSVTable.read(data, name: name, expectedHeaders: headers)
        var errors: [ImportError] = []
        var title: String?
        var pageHeaders: Set<String> = []
        var labelWords: [String] = []
        var ending: String?
        var hasTotal = false
        var years: [TargetYear] = []
        var period: [FiscalYear] = []
        var levels: [PlanLevel] = []
        var marks: [(Character, PlanFlag)] = []
        var relistMark: Character?
        var indicatorLabel = "指標"
        var indicatorType: IndicatorType?
        var fields: [String: Correction.Field] = [:]
        for row in table.rows {
            let value = row["値"].trimmingSpaces
            switch row["項目"].trimmingSpaces {
            case "計画名": title = value
            case "ページの見出し": pageHeaders.insert(JapaneseText.removingSpaces(value))
            case "ラベル": labelWords.append(value)
            case "名称の語尾": ending = value
            case "再掲の印":
                guard value.count == 1 else {
                    errors.append(row.error(column: "値", "再掲の印は1文字で書いてください（例: ○）"))
                    continue
                }
                relistMark = value.first
            case "指標の呼び名": indicatorLabel = value
            case "指標の区分":
                indicatorType = IndicatorType(label: value)
                if indicatorType == nil { errors.append(row.error(column: "値", "指標の区分「\(value)」は 成果・活動 のどちらかです")) }
            case "値の列":
                for token in value.split(separator: " ") {
                    if token == "合計" {
                        hasTotal = true
                        continue
                    }
                    let parts = token.split(separator: "=")
                    guard let y = FiscalYear(parsing: String(parts[0])) else {
                        errors.append(row.error(column: "値", "値の列「\(token)」が読めません（例: 合計 R5 R6 R7 R8 R12=将来）"))
                        continue
                    }
                    let role: TargetYear.Role = parts.count > 1 ? (PlanPackage.roleWords.first { $0.value == parts[1] }?.key ?? .yearly) : .yearly
                    years.append(TargetYear(year: y, role: role))
                }
            case "計画期間":
                period = value.split(separator: " ").compactMap { FiscalYear(parsing: String($0)) }
                if period.count != 2 { errors.append(row.error(column: "値", "計画期間は 初年度 最終年度 の2つを空白で区切って書いてください（例: R6 R9）")) }
            case "印":
                let parts = value.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
                guard parts.count == 3, parts[2].count == 1, let mark = parts[2].first else {
                    errors.append(row.error(column: "値", "印は キー|名前|印 の形で書いてください（例: priority|重点PJ|○）"))
                    continue
                }
                marks.append((mark, PlanFlag(key: parts[0], name: parts[1], mark: parts[2])))
            case "階層":
                let parts = value.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
                guard parts.count >= 5, let export = PlanLevel.ExportValue(rawValue: parts[2].isEmpty ? "title" : parts[2]) else {
                    errors.append(row.error(column: "値", "階層は 名前|キー|書き出す値|ページのパス|あり・なし[|番号のキー] の形で書いてください"))
                    continue
                }
                levels.append(
                    PlanLevel(
                        name: parts[0], key: parts[1].nonEmpty, exportValue: export,
                        numberKey: parts.count > 5 ? parts[5].nonEmpty : nil, slug: parts[3], hasPages: parts[4] != "なし"))
            case "修正の項目":
                let parts = value.split(separator: "=").map { $0.trimmingSpaces }
                guard parts.count == 2, let field = Correction.Field(rawValue: parts[1]) else {
                    errors.append(
                        row.error(column: "値", "修正の項目は 名前=項目 の形で書いてください（項目: \(Correction.Field.allCases.map(\.rawValue).joined(separator: "・"))）"))
                    continue
                }
                fields[parts[0]] = field
            default:
                errors.append(row.error(column: "項目", "項目「\(row["項目"])」は使えません"))
            }
        }
        if levels.count != 6 {
            errors.append(ImportError(file: name, message: "階層は6つ書いてください（ラベル・番号・コード・文・丸数字・行の順。今は\(levels.count)つ）"))
        }
        if labelWords.isEmpty { errors.append(ImportError(file: name, message: "最上位の見出しのラベル（項目「ラベル」）がありません")) }
        if years.isEmpty { errors.append(ImportError(file: name, message: "値の列（例: 合計 R5 R6 R7 R8 R12=将来）がありません")) }
        if period.count != 2 { errors.append(ImportError(file: name, message: "計画期間（例: R5 R8）がありません")) }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return SourceFormat(
            title: title, pageHeaders: pageHeaders, labelWords: labelWords, titleEnding: ending, hasTotal: hasTotal, years: years,
            firstYear: period[0], lastYear: period[1], levels: levels, marks: marks, relistMark: relistMark, indicatorLabel: indicatorLabel,
            indicatorType: indicatorType,
            correctionFields: fields)
    }

    /// Matches the top level's label at the start of a cell: `【基本目標1】 title`.
    func label(in text: String) -> (number: Int, title: String)? {
        guard text.hasPrefix("【") else { return nil }
        for word in labelWords {
            var i = text.index(after: text.startIndex)
            func skipSpaces() { while i < text.endIndex, text[i].isWhitespace { i = text.index(after: i) } }
            var matched = true
            for c in word where !c.isWhitespace {
                skipSpaces()
                guard i < text.endIndex, text[i] == c else {
                    matched = false
                    break
                }
                i = text.index(after: i)
            }
            guard matched else { continue }
            skipSpaces()
            var digits = ""
            while i < text.endIndex, let d = JapaneseText.foldWidth(String(text[i])).first, d.isASCIIDigit {
                digits.append(d)
                i = text.index(after: i)
            }
            skipSpaces()
            guard let n = Int(digits), i < text.endIndex, text[i] == "】" else { continue }
            return (n, String(text[text.index(after: i)...]).trimmingSpaces)
        }
        return nil
    }

    /// The flag a mark stands for.
    func flag(for mark: Character) -> PlanFlag? { marks.first { $0.mark == mark }?.flag }

    /// The characters used as marks.
    var markCharacters: Set<Character> { Set(marks.map(\.mark) + (relistMark.map { [$0] } ?? [])) }
}
