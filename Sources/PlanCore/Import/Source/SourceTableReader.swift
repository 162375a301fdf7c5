import Foundation

/// Reads the action plan from the text extracted from its PDF table (`000_…txt`).
///
/// The extraction is messy: the page header repeats every page, cells shift or merge, a goal's
/// label is printed at the top of a page while the first rows still belong to the previous
/// goal, target rows are printed twice. The reader classifies cells by content, reads each line
/// as a row, places rows in the hierarchy using circled-number continuity, and applies the
/// reviewed corrections for what cannot be inferred. Every fact keeps its source line.
public struct SourceTableReader {
    public var document: String
    public var corrections: [Correction]
    /// How this plan's printed table is laid out (its words and levels).
    public var format: SourceFormat

    public init(document: String, corrections: [Correction] = [], format: SourceFormat) {
        self.document = document
        self.corrections = corrections
        self.format = format
    }

    /// Who the plan is: given on the command line (the table does not say).
    public struct Identity: Sendable {
        public var planID: String
        public var title: String?
        public var municipality: String
        public var municipalityCode: String?
        public init(planID: String, title: String? = nil, municipality: String, municipalityCode: String? = nil) {
            self.planID = planID
            self.title = title
            self.municipality = municipality
            self.municipalityCode = municipalityCode
        }
    }

    /// Splits the text into lines of non-empty cells.
    public static func cells(of text: String) -> [(line: Int, cells: [SourceCell])] {
        var result: [(Int, [SourceCell])] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (i, line) in normalized.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cells: [SourceCell] = []
            for (j, field) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                let t = field.trimmingSpaces
                if !t.isEmpty { cells.append(SourceCell(line: i + 1, column: j + 1, text: t)) }
            }
            result.append((i + 1, cells))
        }
        return result
    }

    /// Reads rows (one per line that holds more than the page header), before corrections.
    func rows(from text: String) -> [RowReading] {
        Self.cells(of: text).compactMap { line, cells in
            guard !cells.isEmpty else { return nil }
            if cells.allSatisfy({ CellContent.classify($0.text, format: format) == .header }) { return nil }
            return RowReading.read(line: line, cells: cells, document: document, format: format)
        }
    }

    /// Reads the plan. Fails with located errors when the text is not a plan table at all or a
    /// correction does not fit the text.
    public func read(_ text: String, identity: Identity) throws(ImportFailure) -> PlanImport {
        let lines = Self.cells(of: text)
        let cellIndex = Dictionary(lines.map { ($0.line, $0.cells) }, uniquingKeysWith: { a, _ in a })
        var rows = self.rows(from: text)
        var notes: [ImportNote] = []
        var errors: [ImportError] = []
        var splitColumns: [Int: [Int]] = [:]

        guard rows.contains(where: { !$0.goals.isEmpty }) else {
            throw ImportFailure(
                ImportError(file: document, message: "\(format.names.coded)のコード（例: 1-1）を含む行が見つかりません。アクションプランの表をテキスト化したファイル（タブ区切り）を指定してください"))
        }

        // Split lines that merge several printed rows, before anything else.
        var errorsBeforeSplit: [ImportError] = []
        for correction in corrections where correction.operation == .split {
            guard let columns = Self.columnList(correction.value) else {
                errorsBeforeSplit.append(
                    ImportError(
                        file: correction.origin?.document ?? "corrections", line: correction.origin?.line,
                        message: "原文\(correction.line)行目の分割: 列の指定「\(correction.value)」が読めません（例: 5-8,10）"))
                continue
            }
            guard let cells = cellIndex[correction.line], let at = rows.firstIndex(where: { $0.line == correction.line && $0.part == 1 }) else {
                errorsBeforeSplit.append(
                    ImportError(
                        file: correction.origin?.document ?? "corrections", line: correction.origin?.line,
                        message: "原文\(correction.line)行目の分割: その行は表の行ではありません"))
                continue
            }
            let taken = Set(columns)
            let usedBefore = Set(splitColumns[correction.line] ?? [])
            guard taken.isDisjoint(with: usedBefore), columns.allSatisfy({ c in cells.contains { $0.column == c } }) else {
                errorsBeforeSplit.append(
                    ImportError(
                        file: correction.origin?.document ?? "corrections", line: correction.origin?.line,
                        message: "原文\(correction.line)行目の分割: 列\(correction.value)に原文のセルがないか、別の分割と重なっています"))
                continue
            }
            splitColumns[correction.line, default: []].append(contentsOf: columns)
            let part = rows.filter { $0.line == correction.line }.count + 1
            var newRow = RowReading.read(line: correction.line, cells: cells.filter { taken.contains($0.column) }, document: document, format: format)
            newRow.part = part
            let rest = cells.filter { !Set(splitColumns[correction.line]!).contains($0.column) }
            var first = RowReading.read(line: correction.line, cells: rest, document: document, format: format)
            first.part = 1
            rows[at] = first
            let insertAt = (rows.lastIndex(where: { $0.line == correction.line }) ?? at) + 1
            rows.insert(newRow, at: insertAt)
            notes.append(
                ImportNote(
                    kind: .corrected, source: SourceRef(document: document, line: correction.line),
                    message:
                        "分割: 列\(correction.value)を別の行（\(RowKey(line: correction.line, part: part))）として読みました — \(correction.problem)（\(correction.reason)）"
                ))
        }
        if !errorsBeforeSplit.isEmpty { throw ImportFailure(errors: errorsBeforeSplit) }

        // Apply corrections to the rows they name.
        var forcedGoal: [RowKey: GroupCode] = [:]
        var forcedDirection: [RowKey: String] = [:]
        var forcedOriginal: [RowKey: RowKey] = [:]
        var forcedKind: [RowKey: [IndicatorKind]] = [:]
        var ignored: Set<RowKey> = []
        let rowIndex = Dictionary(rows.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let sourceKey = JapaneseText.removingSpaces(text)
        for correction in corrections where correction.operation != .split {
            let here = SourceRef(document: document, line: correction.line)
            func fail(_ message: String) {
                errors.append(
                    ImportError(
                        file: correction.origin?.document ?? "corrections", line: correction.origin?.line,
                        message: "原文\(correction.row)行目への修正: \(message)"))
            }
            if correction.operation == .typo {
                guard let cells = cellIndex[correction.line], cells.contains(where: { $0.text.contains(correction.value) }) else {
                    fail("誤記「\(correction.value)」が原文のその行にありません")
                    continue
                }
                notes.append(
                    ImportNote(kind: .typo, source: here, message: "誤記（原文のまま）: 「\(correction.value)」— \(correction.problem)（\(correction.reason)）"))
                continue
            }
            guard let index = rowIndex[correction.row] else {
                fail("その行は表の行ではありません（空行または見出し）")
                continue
            }
            let resolved: String
            switch resolve(correction.value, cells: cellIndex) {
            case .success(let v): resolved = v
            case .failure(let e):
                fail(e.message)
                continue
            }
            // Wording is never invented: a literal text must appear in the source document.
            let textFields: Set<Correction.Field> = [.itemName, .rowName, .rowContent, .indicatorName, .codedTitle, .numberedTitle, .labelTitle]
            let field = format.correctionFields[correction.field]
            if correction.operation == .direction || field.map(textFields.contains) == true, !resolved.isEmpty,
                !sourceKey.contains(JapaneseText.removingSpaces(Self.strippingMarks(resolved)))
            {
                fail("「\(resolved)」という文は原文にありません。原文の文言だけを使ってください（@行:列 で原文のセルを指せます）")
                continue
            }
            switch correction.operation {
            case .ignore: ignored.insert(correction.row)
            case .goal:
                guard let code = GroupCode(parsing: resolved) else {
                    fail("\(format.names.coded)のコード「\(resolved)」が読めません")
                    continue
                }
                forcedGoal[correction.row] = code
            case .direction: forcedDirection[correction.row] = resolved
            case .original:
                guard let key = RowKey(parsing: resolved), rowIndex[key] != nil else {
                    fail("再掲元の行「\(resolved)」が表の行ではありません")
                    continue
                }
                forcedOriginal[correction.row] = key
            case .kind:
                let kinds = resolved.split(separator: "|").map { IndicatorKind(label: String($0)) }
                guard !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) else {
                    fail("種別「\(resolved)」が読めません（単年度・累計・水準・割合）")
                    continue
                }
                forcedKind[correction.row] = kinds.compactMap { $0 }
            case .set:
                if let message = apply(field: correction.field, value: resolved, to: &rows[index]) {
                    fail(message)
                    continue
                }
            case .typo, .split: break
            }
            notes.append(
                ImportNote(
                    kind: .corrected, source: here,
                    message:
                        "\(correction.operation.rawValue)\(correction.field.isEmpty ? "" : "「\(correction.field)」")\(resolved.isEmpty ? "" : ": \(resolved)") — \(correction.problem)（\(correction.reason)）"
                ))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }

        var assembler = Assembler(document: document, format: format)
        assembler.forcedGoal = forcedGoal
        assembler.forcedDirection = forcedDirection
        assembler.forcedOriginal = forcedOriginal
        assembler.forcedKind = forcedKind
        for row in rows where !ignored.contains(row.key) {
            assembler.add(row)
        }
        assembler.finish()
        notes.append(contentsOf: assembler.notes)
        if !assembler.errors.isEmpty { throw ImportFailure(errors: assembler.errors) }
        let plan = SourcePlanBuilder(format: format, identity: identity, document: document).plan(from: assembler)
        notes.sort { ($0.source.line, $0.kind.rawValue) < ($1.source.line, $1.kind.rawValue) }
        return PlanImport(plan: plan, notes: notes)
    }

    /// `5-8,10` → [5, 6, 7, 8, 10].
    static func columnList(_ text: String) -> [Int]? {
        var result: [Int] = []
        for piece in text.split(separator: ",") {
            let bounds = piece.split(separator: "-").map { Int($0.trimmingSpaces) }
            guard (1...2).contains(bounds.count), bounds.allSatisfy({ $0 != nil && $0! > 0 }) else { return nil }
            let lo = bounds[0]!, hi = bounds.last!!
            guard lo <= hi else { return nil }
            result.append(contentsOf: lo...hi)
        }
        return result.isEmpty ? nil : result
    }

    /// Text without a leading circled number or the 【再掲】 mark.
    static func strippingMarks(_ text: String) -> String {
        var t = text.replacingOccurrences(of: RowReading.relistMark, with: "").trimmingSpaces
        if let first = t.first, JapaneseText.circledValue(first) != nil { t = String(t.dropFirst()).trimmingSpaces }
        return t
    }

    /// `@L:C` → the text of source line L, column C; anything else as written.
    func resolve(_ value: String, cells: [Int: [SourceCell]]) -> Result<String, ResolveError> {
        guard value.hasPrefix("@") else { return .success(value) }
        let parts = value.dropFirst().split(separator: ":")
        guard parts.count == 2, let line = Int(parts[0]), let column = Int(parts[1]) else {
            return .failure(ResolveError("セル参照「\(value)」は @行:列 の形で書いてください"))
        }
        guard let cell = cells[line]?.first(where: { $0.column == column }) else {
            return .failure(ResolveError("セル参照「\(value)」の位置に原文のセルがありません"))
        }
        return .success(JapaneseText.collapsingSpaces(cell.text))
    }

    struct ResolveError: Error {
        var message: String
        init(_ m: String) { message = m }
    }

    /// Sets one field of a row from a correction; returns an error message when the value does not fit.
    func apply(field name: String, value: String, to row: inout RowReading) -> String? {
        guard let f = format.correctionFields[name] else { return "項目「\(name)」は修正できません" }
        let names = format.names
        func flag(_ v: String) -> Bool? {
            ["○", "●", "はい", "true", "1"].contains(v) ? true : (["", "いいえ", "false", "0", "-"].contains(v) ? false : nil)
        }
        switch f {
        case .itemNumber:
            if value.isEmpty {
                row.measureNumber = nil
                return nil
            }
            guard let c = value.first, let n = JapaneseText.circledValue(c) ?? Int(JapaneseText.foldWidth(value)) else {
                return "\(names.item)番号「\(value)」が読めません（①や1の形）"
            }
            row.measureNumber = n
        case .itemName:
            row.measureName = value.isEmpty ? nil : Self.strippingMarks(value)
        case .rowName: row.projectName = value.isEmpty ? nil : Self.strippingMarks(value)
        case .rowContent: row.content = value.isEmpty ? nil : value
        case .rowRoadmap: row.roadmap = value.isEmpty ? nil : value
        case .indicatorName: row.indicatorName = value.isEmpty ? nil : value
        case .rowRelisted:
            guard let b = flag(value) else { return "「\(value)」は ○ か空欄で書いてください" }
            row.relisted = b
        case .mark:
            guard let b = flag(value) else { return "「\(value)」は ○ か空欄で書いてください" }
            guard let mark = format.marks.first(where: { $0.flag.name == name })?.mark else { return "印「\(name)」が計画の書式にありません" }
            if b { row.marks.insert(mark) } else { row.marks.remove(mark) }
        case .values:
            if value.isEmpty {
                row.values = []
                return nil
            }
            let cells = value.split(separator: "|", omittingEmptySubsequences: false).map { String($0) }
            var parsed: [[String]] = []
            for cell in cells {
                let t = cell.trimmingSpaces
                if t.isEmpty {
                    parsed.append(["-"])
                    continue
                }
                guard let parts = CellContent.valueList(t) else { return "目標値「\(cell)」が読めません" }
                parsed.append(parts)
            }
            let columns = (format.hasTotal ? ["合計"] : []) + format.years.map(\.year.code)
            guard parsed.count == columns.count else {
                return "目標値は \(columns.joined(separator: "|")) の\(columns.count)つを | で区切って書いてください（\(parsed.count)個あります）"
            }
            row.values = parsed
        case .units:
            let parts = CellContent.splitParts(value)
            guard !parts.isEmpty else { return "単位が空です" }
            row.units = parts
        case .codedTitle:
            guard !row.goals.isEmpty else { return "その行に\(names.coded)のコードがありません" }
            row.goals[0].title = value
        case .numberedTitle:
            guard !row.visions.isEmpty else { return "その行に\(names.numbered)の番号がありません" }
            row.visions[0].title = value
        case .labelTitle:
            guard row.policy != nil else { return "その行に\(names.label)がありません" }
            row.policy?.title = value
        case .ignoreCell:
            // Removes a label or text printed on this row that belongs elsewhere.
            if let i = row.visions.firstIndex(where: { $0.title == value || "\($0.number) \($0.title)" == value }) {
                row.visions.remove(at: i)
                return nil
            }
            if let i = row.goals.firstIndex(where: { $0.code.description == value }) {
                row.goals.remove(at: i)
                return nil
            }
            if let i = row.directions.firstIndex(of: value) {
                row.directions.remove(at: i)
                return nil
            }
            if row.visionContinuation == value {
                row.visionContinuation = nil
                return nil
            }
            if row.indicatorName == value {
                row.indicatorName = nil
                return nil
            }
            if let i = row.leftovers.firstIndex(of: value) {
                row.leftovers.remove(at: i)
                return nil
            }
            return "その行に「\(value)」というラベル・文がありません"
        }
        return nil
    }
}
