import Foundation

/// Reads a plan table as a plan office keeps it (an Excel sheet or a CSV file): title rows,
/// then a one- or two-row header, then one row per indicator, with the hierarchy in the columns
/// left of the indicator's name. Documented with examples in docs/plan-format.md.
///
/// Nothing is guessed silently: every column's role is recognised from its header, or the
/// import is refused with the sheet, row and column and what would be accepted.
public enum PlanTableReader {
    /// What the caller says about the plan (the table itself rarely does).
    public struct Options: Sendable {
        public var planID: String
        public var title: String
        public var municipality: String
        public var municipalityCode: String?
        public init(planID: String, title: String, municipality: String, municipalityCode: String? = nil) {
            self.planID = planID
            self.title = title
            self.municipality = municipality
            self.municipalityCode = municipalityCode
        }
    }

    /// How the table was read: for the dry run and for checking by people.
    public struct Layout: Sendable, Equatable {
        public struct Column: Sendable, Equatable {
            /// 0-based column.
            public var index: Int
            public var header: String
            public var role: ColumnRole
        }
        /// 0-based rows of the header (one or two).
        public var headerRows: [Int]
        public var columns: [Column]
        public var levels: [String]
        public var targetYears: [TargetYear]
        public var indicatorCount: Int
        public var nodeCount: Int

        /// The layout in lines for a terminal.
        public var lines: [String] {
            var out: [String] = []
            out.append("見出しの行: " + headerRows.map { "\($0 + 1)行目" }.joined(separator: "・"))
            out.append("階層（\(levels.count)）: " + (levels.isEmpty ? "なし" : levels.joined(separator: " → ")))
            out.append("列:")
            for c in columns { out.append("  \(Sheet.columnLetters(c.index))列「\(c.header)」→ \(c.role.label)") }
            if !targetYears.isEmpty {
                out.append("目標の年度: " + targetYears.map { "\($0.year.label)\($0.role == .yearly ? "" : "（\($0.role.label)）")" }.joined(separator: "、"))
            }
            return out
        }
    }

    public struct Result: Sendable {
        public var plan: Plan
        public var layout: Layout
        public var notes: [ImportNote]
    }

    /// Rows searched for the header.
    static let headerSearchRows = 40

    public static func read(_ sheet: Sheet, options: Options) throws(ImportFailure) -> Result {
        var reader = Reading(sheet: sheet, options: options)
        return try reader.run()
    }

    /// Whether a sheet looks like a plan table (has an indicator-name header near the top).
    public static func looksLikePlanTable(_ sheet: Sheet) -> Bool {
        Reading.findHeaderRow(sheet) != nil
    }
}

extension PlanTableReader {
    /// One column with its header text and role.
    struct ColumnInfo {
        var index: Int
        var header: String
        var role: ColumnRole
    }

    struct Reading {
        let sheet: Sheet
        let options: Options
        var errors: [ImportError] = []
        var notes: [ImportNote] = []

        init(sheet: Sheet, options: Options) {
            self.sheet = sheet
            self.options = options
        }

        static func cellText(_ cell: Sheet.Cell) -> String {
            if !cell.text.isEmpty { return cell.text }
            return cell.number.map(NumberCell.format) ?? ""
        }

        static func findHeaderRow(_ sheet: Sheet) -> Int? {
            for r in 0..<min(sheet.rows.count, PlanTableReader.headerSearchRows) {
                for cell in sheet.rows[r] {
                    if case .indicatorName = HeaderRecognizer.role(cellText(cell), indicatorSeen: false) { return r }
                }
            }
            return nil
        }

        var document: String { sheet.name.map { "\(sheet.file)#\($0)" } ?? sheet.file }

        // MARK: Header

        /// A header row below (or above) the indicator-name row holding years or roles only.
        /// `nameColumn` is the indicator-name column of the row above: a data row always has a
        /// name there, a lower header row does not (the name's header is merged over both rows).
        func isSubHeader(_ r: Int, nameColumn: Int? = nil) -> Bool {
            guard sheet.rows.indices.contains(r) else { return false }
            if let nameColumn {
                let below = Self.cellText(sheet[r, nameColumn]).trimmingSpaces
                if !below.isEmpty, below != Self.cellText(sheet[r - 1, nameColumn]).trimmingSpaces { return false }
            }
            let cells = sheet.rows[r].filter { !$0.isEmpty }
            guard !cells.isEmpty else { return false }
            var yearCells = 0
            for c in cells {
                if c.number != nil, !(c.number.map { FiscalYear.plausibleYears.contains(NSDecimalNumber(decimal: $0).intValue) } ?? false) {
                    return false
                }
                let text = Self.cellText(c)
                // A number that is not a year is a value: this is a data row.
                if case .success(.value(let v)) = NumberCell.parse(text), !FiscalYear.plausibleYears.contains(NSDecimalNumber(decimal: v).intValue) {
                    return false
                }
                let (years, rest) = YearMention.extract(HeaderRecognizer.normalize(text))
                if !years.isEmpty {
                    yearCells += 1
                    continue
                }
                let role = HeaderRecognizer.role(text, indicatorSeen: true)
                if role == nil, HeaderRecognizer.normalize(rest).count > 12 { return false }
            }
            return yearCells > 0
        }

        /// The header rows and, per column, the header text its role is read from.
        func headerTexts(_ r: Int) -> (rows: [Int], texts: [String]) {
            let count = sheet.columnCount
            func row(_ i: Int) -> [String] {
                var out = (0..<count).map { Self.cellText(sheet[i, $0]).trimmingSpaces }
                // A merged cell's text covers every cell of the merge.
                for m in sheet.merges where m.firstRow <= i && i <= m.lastRow {
                    let text = Self.cellText(sheet[m.firstRow, m.firstColumn]).trimmingSpaces
                    for c in m.firstColumn...min(m.lastColumn, count - 1) where out[c].isEmpty { out[c] = text }
                }
                return out
            }
            var upperRow: Int? = nil
            var lowerRow = r
            let nameColumn = sheet.rows[r].indices.first { c in
                if case .indicatorName = HeaderRecognizer.role(Self.cellText(sheet[r, c]), indicatorSeen: false) { return true }
                return false
            }
            if isSubHeader(r + 1, nameColumn: nameColumn) {
                upperRow = r
                lowerRow = r + 1
            } else if r > 0, isSubHeader(r) {
                // The indicator-name row holds the years: the roles are in the row above.
                let above = row(r - 1)
                if above.contains(where: { !$0.isEmpty && HeaderRecognizer.role($0, indicatorSeen: true) != nil }) {
                    upperRow = r - 1
                }
            }
            guard let upperRow else { return ([r], row(r)) }
            var upper = row(upperRow)
            let lower = row(lowerRow)
            // In a CSV file a merged cell is empty to the right of its text: a role over year
            // columns carries on while the lower row names years.
            var carried: String? = nil
            for c in 0..<count {
                if !upper[c].isEmpty {
                    let isRoleOverYears = !YearMention.extract(HeaderRecognizer.normalize(lower[c])).years.isEmpty
                    carried = isRoleOverYears ? upper[c] : nil
                } else if let carry = carried, !lower[c].isEmpty, !YearMention.extract(HeaderRecognizer.normalize(lower[c])).years.isEmpty {
                    upper[c] = carry
                } else {
                    carried = nil
                }
            }
            var texts: [String] = []
            for c in 0..<count {
                texts.append(Self.combine(upper: upper[c], lower: lower[c]))
            }
            return ([upperRow, lowerRow], texts)
        }

        /// The header of a column under a two-row header.
        static func combine(upper: String, lower: String) -> String {
            if upper.isEmpty || upper == lower { return lower }
            if lower.isEmpty { return upper }
            let lowerNormalized = HeaderRecognizer.normalize(lower)
            let (lowerYears, lowerRest) = YearMention.extract(lowerNormalized)
            let restWord = lowerRest.trimmingCharacters(in: CharacterSet(charactersIn: "()年度"))
            if !lowerYears.isEmpty, restWord.isEmpty { return "\(upper)(\(lower))" }
            let (upperYears, upperRest) = YearMention.extract(HeaderRecognizer.normalize(upper))
            if !upperYears.isEmpty, upperRest.trimmingCharacters(in: CharacterSet(charactersIn: "()")).isEmpty { return "\(lower)(\(upper))" }
            if !lowerYears.isEmpty {
                // 目標値 over 中間(R8): keep the upper role with the lower words.
                if HeaderRecognizer.role(lower, indicatorSeen: true) == nil || restWord.count <= 2 { return upper + lower }
                return lower
            }
            if ["年度", "年", "時点", "年次"].contains(lowerNormalized) {
                // 基準値 over 数値 | 年度: the year of the value beside it.
                switch HeaderRecognizer.role(upper, indicatorSeen: true) {
                case .baseline?: return "基準年度"
                case .target?: return "目標年度"
                default: break
                }
            }
            if let r = HeaderRecognizer.role(lower, indicatorSeen: true), !isLevelRole(r) { return lower }
            let joined = upper + lower
            if let r = HeaderRecognizer.role(joined, indicatorSeen: true), !isLevelRole(r) { return joined }
            if let r = HeaderRecognizer.role(upper, indicatorSeen: true), !isLevelRole(r), ["値", "数値", "年度", "年"].contains(lowerNormalized) {
                return joined
            }
            return lower
        }

        static func isLevelRole(_ r: ColumnRole) -> Bool {
            if case .level = r { return true }
            return false
        }

        // MARK: Run

        mutating func run() throws(ImportFailure) -> Result {
            guard let headerRow = Self.findHeaderRow(sheet) else {
                throw ImportFailure(
                    sheet.error(
                        "指標名の見出し（指標名・指標・成果指標・活動指標・行動指標・KPI のどれか）が、はじめの\(PlanTableReader.headerSearchRows)行にありません。表の見出しの行に指標名の列を置いてください"))
            }
            let (headerRows, texts) = headerTexts(headerRow)
            let dataStart = (headerRows.max() ?? headerRow) + 1
            var columns: [ColumnInfo] = []
            var indicatorSeen = false
            for (c, text) in texts.enumerated() {
                guard !text.isEmpty else {
                    let hasData = (dataStart..<sheet.rows.count).contains { !sheet[$0, c].isEmpty }
                    if hasData {
                        errors.append(
                            sheet.error(
                                row: headerRows.last, column: c,
                                "見出しのない列にデータがあります。見出しを書くか、列を消してください"))
                    }
                    continue
                }
                if indicatorSeen, ["年度", "年", "時点"].contains(HeaderRecognizer.normalize(text)), let previous = columns.last {
                    // A bare 年度 column after a value column without a year: that value's year.
                    switch previous.role {
                    case .baseline(nil):
                        columns.append(ColumnInfo(index: c, header: text, role: .baselineYear))
                        continue
                    case .target(nil, _):
                        columns.append(ColumnInfo(index: c, header: text, role: .targetYear))
                        continue
                    default: break
                    }
                }
                guard var role = HeaderRecognizer.role(text, indicatorSeen: indicatorSeen) else {
                    errors.append(
                        sheet.error(
                            row: headerRows.last, column: c, field: text,
                            "見出し「\(text)」が何の列か分かりません。使える見出し: \(HeaderRecognizer.acceptedSummary)"))
                    continue
                }
                if !indicatorSeen, case .flag = role {
                    // 重点施策 left of the indicator: a mark column when it holds marks, else a level.
                    let values = (dataStart..<sheet.rows.count).map { Self.cellText(sheet[$0, c]).trimmingSpaces }.filter { !$0.isEmpty }
                    if !values.allSatisfy(Self.isMark) { role = .level(name: LeadingCode.stripNameSuffix(text)) }
                }
                if !indicatorSeen {
                    switch role {
                    case .indicatorName, .rowNumber, .indicatorCode, .levelCode, .level, .description, .department, .relisted, .flag, .note, .english:
                        break
                    default:
                        role = .level(name: LeadingCode.stripNameSuffix(text))
                    }
                }
                if case .indicatorName = role {
                    if indicatorSeen {
                        let first = columns.first { column in
                            if case .indicatorName = column.role { return true }
                            return false
                        }
                        errors.append(
                            sheet.error(
                                row: headerRows.last, column: c, field: text,
                                "指標名の列が2つあります（最初の列は\(Sheet.columnLetters(first?.index ?? c))列）。1つの表には指標名の列を1つにしてください"))
                        continue
                    }
                    indicatorSeen = true
                }
                columns.append(ColumnInfo(index: c, header: text, role: role))
            }
            if !errors.isEmpty { throw ImportFailure(errors: errors) }
            let plan = try readRows(columns: columns, headerRows: headerRows, dataStart: dataStart)
            let layout = Layout(
                headerRows: headerRows, columns: columns.map { .init(index: $0.index, header: $0.header, role: $0.role) },
                levels: plan.levels.map(\.name), targetYears: plan.targetYears, indicatorCount: plan.indicators.count, nodeCount: plan.nodes.count)
            return Result(plan: plan, layout: layout, notes: notes)
        }

        // MARK: Rows

        struct LevelColumns {
            var name: String
            var title: Int?
            var code: Int?
            var english: Int?
        }

        mutating func readRows(columns: [ColumnInfo], headerRows: [Int], dataStart: Int) throws(ImportFailure) -> Plan {
            // Levels, in column order; a code column joins the level it names (or the next one).
            var levels: [LevelColumns] = []
            var pendingCode: (name: String, column: Int)? = nil
            for c in columns {
                switch c.role {
                case .levelCode(let name):
                    if let p = pendingCode { levels.append(LevelColumns(name: p.name, title: nil, code: p.column)) }
                    pendingCode = (name, c.index)
                case .level(let name):
                    if let p = pendingCode {
                        if p.name == name || name.hasPrefix(p.name) || p.name.hasPrefix(name) {
                            levels.append(LevelColumns(name: name, title: c.index, code: p.column))
                        } else {
                            levels.append(LevelColumns(name: p.name, title: nil, code: p.column))
                            levels.append(LevelColumns(name: name, title: c.index, code: nil))
                        }
                        pendingCode = nil
                    } else {
                        levels.append(LevelColumns(name: name, title: c.index, code: nil))
                    }
                case .english(let of):
                    if let i = levels.lastIndex(where: { $0.name == of || of.hasPrefix($0.name) }) { levels[i].english = c.index }
                default:
                    if let p = pendingCode {
                        levels.append(LevelColumns(name: p.name, title: nil, code: p.column))
                        pendingCode = nil
                    }
                }
            }
            if levels.count > PlanLevel.maximumCount {
                throw ImportFailure(
                    sheet.error(
                        row: headerRows.last,
                        "階層の列が\(levels.count)つあります（\(levels.map(\.name).joined(separator: "・"))）。階層は\(PlanLevel.maximumCount)つまでです。指標名より左の列は階層として読みます"
                    ))
            }
            // Unique level names.
            var seenNames: [String: Int] = [:]
            for i in levels.indices {
                let n = levels[i].name
                seenNames[n, default: 0] += 1
                if seenNames[n]! > 1 { levels[i].name = "\(n)(\(seenNames[n]!))" }
            }

            func column(_ match: (ColumnRole) -> Bool) -> Int? { columns.first { match($0.role) }?.index }
            guard
                let nameColumn = column({
                    if case .indicatorName = $0 { return true }
                    return false
                })
            else {
                throw ImportFailure(
                    sheet.error(
                        row: headerRows.last,
                        "見出しの行に指標名の列（指標名・指標・成果指標・活動指標・行動指標・KPI のどれか）がありません。2行の見出しなら、指標名の見出しは上の行に書いてください"))
            }
            var indicatorType: IndicatorType? = nil
            if case .indicatorName(let t)? = columns.first(where: { $0.index == nameColumn })?.role { indicatorType = t }
            let unitColumn = column { $0 == .unit }
            let departmentColumn = columns.last { $0.role == .department }?.index
            let departmentIsLeft = departmentColumn.map { $0 < nameColumn } ?? false
            let directionColumn = column { $0 == .direction }
            let typeOrKindColumn = column { $0 == .typeOrKind }
            let kindColumn = column { $0 == .kind }
            let descriptionColumn = column { $0 == .description }
            let definitionColumns = columns.filter { $0.role == .definition }.map(\.index)
            let noteColumns = columns.filter { $0.role == .note }.map(\.index)
            let relistedColumn = column { $0 == .relisted }
            let baselineYearColumn = column { $0 == .baselineYear }
            let targetYearColumn = column { $0 == .targetYear }
            let indicatorCodeColumn = column { $0 == .indicatorCode }
            let englishNameColumn = columns.first {
                if case .english(let of) = $0.role { return of.contains("指標") }
                return false
            }?.index
            var flagColumns: [(column: Int, flag: PlanFlag)] = []
            for c in columns {
                if case .flag(let name) = c.role {
                    flagColumns.append((c.index, PlanFlag(key: "flag\(flagColumns.count + 1)", name: name, mark: "○")))
                }
            }
            var baselineColumns: [(column: Int, year: FiscalYear?)] = []
            var targetColumns: [(column: Int, year: FiscalYear?, role: TargetYear.Role?)] = []
            var totalColumn: (column: Int, years: [FiscalYear])? = nil
            var historyColumns: [(column: Int, year: FiscalYear)] = []
            var milestoneColumns: [(column: Int, year: FiscalYear)] = []
            for c in columns {
                switch c.role {
                case .baseline(let y): baselineColumns.append((c.index, y))
                case .target(let y, let r): targetColumns.append((c.index, y, r))
                case .total(let ys): totalColumn = (c.index, ys)
                case .history(let y): historyColumns.append((c.index, y))
                case .milestone(let y): milestoneColumns.append((c.index, y))
                default: break
                }
            }
            // Years: from the headers, else from the title rows (計画期間・目標年度).
            let titleYears = titleRowYears(before: headerRows.min() ?? 0)
            var seenTargetYears: [FiscalYear: Int] = [:]
            for t in targetColumns {
                guard let y = t.year else {
                    if targetYearColumn == nil && titleYears.targetYear == nil {
                        errors.append(
                            sheet.error(
                                row: headerRows.last, column: t.column, field: columns.first { $0.index == t.column }?.header,
                                "目標値の年度が分かりません。見出しに 目標値（令和12年度） のように年度を書くか、目標年度 の列を加えてください"))
                    }
                    continue
                }
                if let other = seenTargetYears[y] {
                    errors.append(
                        sheet.error(
                            row: headerRows.last, column: t.column,
                            "\(y.label)の目標値の列が2つあります（\(Sheet.columnLetters(other))列と\(Sheet.columnLetters(t.column))列）"))
                }
                seenTargetYears[y] = t.column
            }
            if !errors.isEmpty { throw ImportFailure(errors: errors) }

            // Rows.
            var nodes: [PlanNode] = []
            var indicators: [Indicator] = []
            var current: [PlanNode?] = Array(repeating: nil, count: levels.count)
            var currentKey: [String?] = Array(repeating: nil, count: levels.count)
            var childCount: [String: Int] = [:]
            var nodeIndex: [String: Int] = [:]
            var indicatorCount: [String: Int] = [:]
            var rowYearsBaseline: Set<FiscalYear> = []
            var rowYearsTarget: Set<FiscalYear> = []
            for r in dataStart..<sheet.rows.count {
                let rowCells = sheet.rows[r]
                if rowCells.allSatisfy(\.isEmpty) { continue }
                if isFootnote(r, valueColumns: [nameColumn] + targetColumns.map(\.column) + baselineColumns.map(\.column)) {
                    notes.append(
                        ImportNote(
                            kind: .skipped, source: SourceRef(document: document, line: r + 1),
                            message: "表の下の注記として読み飛ばしました: 「\(Self.cellText(rowCells.first { !$0.isEmpty }!).prefix(40))」"))
                    continue
                }
                let source = SourceRef(document: document, line: r + 1)
                // The hierarchy: a blank cell repeats the node above while the levels above it do.
                var changed = false
                for (l, lc) in levels.enumerated() {
                    let titleText = lc.title.map { Self.cellText(sheet[r, $0]) } ?? ""
                    let codeText = lc.code.map { Self.cellText(sheet[r, $0]).trimmingSpaces } ?? ""
                    let text = JapaneseText.collapsingSpaces(titleText)
                    if text.isEmpty && codeText.isEmpty {
                        if changed || current[l] == nil {
                            current[l] = nil
                            currentKey[l] = nil
                        }
                        continue
                    }
                    var split = lc.code == nil ? LeadingCode.split(text, levelName: lc.name) : LeadingCode.Split(code: nil, number: nil, title: text)
                    split.title = JapaneseText.joinWrappedText(split.title)
                    if !codeText.isEmpty {
                        split.code = JapaneseText.foldWidth(codeText)
                        split.number = LeadingCode.lastNumber(split.code!) ?? Int(JapaneseText.foldWidth(codeText))
                    }
                    var relisted = false
                    for mark in ["【再掲】", "(再掲)", "（再掲）", "［再掲］", "[再掲]"] where split.title.contains(mark) {
                        split.title = split.title.replacingOccurrences(of: mark, with: "").trimmingSpaces
                        relisted = true
                    }
                    let key = "\(split.code ?? "")|\(JapaneseText.nameKey(split.title))"
                    if !changed, let existing = currentKey[l], existing == key, current[l] != nil { continue }
                    // A new node.
                    let parent = (0..<l).reversed().compactMap { current[$0] }.first
                    let parentKey = parent?.id ?? ""
                    let n = (childCount[parentKey] ?? 0) + 1
                    childCount[parentKey] = n
                    let id = parent.map { "\($0.id).\(n)" } ?? "\(n)"
                    var node = PlanNode(
                        id: id, level: l, parent: parent?.id, code: split.code, number: split.number, title: split.title,
                        relisted: relisted, source: source)
                    if let e = lc.english { node.titleEnglish = Self.cellText(sheet[r, e]).trimmingSpaces.nonEmpty }
                    nodeIndex[id] = nodes.count
                    nodes.append(node)
                    current[l] = node
                    currentKey[l] = key
                    changed = true
                    for deeper in (l + 1)..<max(l + 1, levels.count) {
                        current[deeper] = nil
                        currentKey[deeper] = nil
                    }
                }
                let holder = current.compactMap { $0 }.last
                func updateHolder(_ change: (inout PlanNode) -> Void) {
                    guard let holder, let i = nodeIndex[holder.id] else { return }
                    change(&nodes[i])
                    current[holder.level] = nodes[i]
                }
                // Row-level facts about the deepest node.
                if let d = descriptionColumn {
                    let text = JapaneseText.joinWrappedText(Self.cellText(sheet[r, d]))
                    if !text.isEmpty { updateHolder { if $0.description.isEmpty { $0.description = text } } }
                }
                if let rc = relistedColumn, Self.isMark(Self.cellText(sheet[r, rc])) { updateHolder { $0.relisted = true } }
                for (c, flag) in flagColumns {
                    let text = Self.cellText(sheet[r, c]).trimmingSpaces
                    guard !text.isEmpty else { continue }
                    if Self.isMark(text) {
                        updateHolder { if !$0.flags.contains(flag.key) { $0.flags.append(flag.key) } }
                        if let fi = flagColumns.firstIndex(where: { $0.column == c }), flagColumns[fi].flag.mark == "○", text != "○" {
                            flagColumns[fi].flag.mark = JapaneseText.foldWidth(text).count == 1 ? text : "○"
                        }
                    } else {
                        errors.append(sheet.error(row: r, column: c, field: flag.name, "「\(text)」は印として読めません（○・●・◎・✓・1・はい、または空欄）"))
                    }
                }
                for (c, year) in milestoneColumns {
                    let text = JapaneseText.joinWrappedText(Self.cellText(sheet[r, c]))
                    if !text.isEmpty { updateHolder { if $0.milestone(year) == nil { $0.milestones.append(Milestone(year: year, text: text)) } } }
                }
                if departmentIsLeft, let dc = departmentColumn {
                    let text = Self.cellText(sheet[r, dc]).trimmingSpaces
                    if !text.isEmpty { updateHolder { $0.department = text } }
                }

                // The indicator.
                let nameText = JapaneseText.joinWrappedText(Self.cellText(sheet[r, nameColumn]).replacingOccurrences(of: "\r\n", with: "\n"))
                let valueColumns =
                    targetColumns.map(\.column) + baselineColumns.map(\.column) + (totalColumn.map { [$0.column] } ?? [])
                    + historyColumns.map(\.column)
                if nameText.isEmpty || NumberCell.dashes.contains(nameText) {
                    if let filled = valueColumns.first(where: {
                        !sheet[r, $0].isEmpty && !NumberCell.dashes.contains(Self.cellText(sheet[r, $0]).trimmingSpaces)
                    }) {
                        errors.append(
                            sheet.error(
                                row: r, column: filled, field: columns.first { $0.index == filled }?.header,
                                "指標名が空の行に値があります。指標名の列（\(Sheet.columnLetters(nameColumn))列）に指標名を書いてください"))
                    }
                    continue
                }
                let parts = Self.splitParts(nameText)
                let holderID = holder?.id ?? ""
                for (p, partName) in parts.enumerated() {
                    func cell(_ c: Int) -> (text: String, number: Decimal?) {
                        let raw = sheet[r, c]
                        if parts.count > 1, raw.number == nil {
                            let pieces = Self.splitParts(Self.cellText(raw))
                            if pieces.count == parts.count { return (pieces[p], nil) }
                        }
                        return (Self.cellText(raw), raw.number)
                    }
                    var unit = unitColumn.map { cell($0).text.trimmingSpaces } ?? ""
                    unit = JapaneseText.foldWidth(unit) == "%" ? "%" : unit
                    var inferredUnit: String? = nil
                    func number(_ c: Int, header: String?) -> (Decimal?, FiscalYear?) {
                        let (text, stored) = cell(c)
                        if let stored { return (stored, nil) }
                        var t = text.trimmingSpaces
                        if t.isEmpty { return (nil, nil) }
                        // 24（令和3年度）: a value with its year.
                        var year: FiscalYear? = nil
                        let (years, rest) = YearMention.extract(JapaneseText.foldWidth(t).replacingOccurrences(of: " ", with: ""))
                        if years.count == 1, rest.contains(where: \.isASCIIDigit) {
                            year = years[0]
                            t = rest.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "[]", with: "").replacingOccurrences(
                                of: "【】", with: ""
                            )
                            .replacingOccurrences(of: ":", with: "")
                        }
                        switch NumberCell.parse(t, unit: unit.isEmpty ? nil : unit) {
                        case .success(.value(let v)): return (v, year)
                        case .success(.none): return (nil, year)
                        case .failure(let e):
                            // 24人 without a unit column: the unit is what follows the number.
                            if unit.isEmpty, let (v, u) = Self.numberWithUnit(t) {
                                inferredUnit = inferredUnit ?? u
                                return (v, year)
                            }
                            errors.append(sheet.error(row: r, column: c, field: header, "「\(e.text)」: \(e.reason)"))
                            return (nil, nil)
                        }
                    }
                    func header(_ c: Int) -> String? { columns.first { $0.index == c }?.header }
                    var targets = Targets()
                    for t in targetColumns {
                        let (value, _) = number(t.column, header: header(t.column))
                        var year = t.year
                        if year == nil, let yc = targetYearColumn {
                            let text = cell(yc).text
                            year = FiscalYear(parsing: text)
                            if year == nil, !text.trimmingSpaces.isEmpty {
                                errors.append(sheet.error(row: r, column: yc, field: header(yc), "年度「\(text)」が読めません（例: 令和12年度、R12、2030年度）"))
                            }
                        }
                        if year == nil { year = titleYears.targetYear }
                        guard let year else {
                            if value != nil {
                                errors.append(sheet.error(row: r, column: targetYearColumn ?? t.column, "目標値の年度がありません"))
                            }
                            continue
                        }
                        if t.year == nil { rowYearsTarget.insert(year) }
                        targets[year] = value
                    }
                    var baseline: Baseline? = nil
                    for b in baselineColumns {
                        let (value, cellYear) = number(b.column, header: header(b.column))
                        guard let value else { continue }
                        var year = b.year ?? cellYear
                        if year == nil, let yc = baselineYearColumn {
                            let text = cell(yc).text
                            year = FiscalYear(parsing: text)
                            if year == nil, !text.trimmingSpaces.isEmpty {
                                errors.append(sheet.error(row: r, column: yc, field: header(yc), "年度「\(text)」が読めません（例: 令和3年度、R3、2021年度）"))
                            }
                        }
                        if let y = year, b.year == nil { rowYearsBaseline.insert(y) }
                        if baseline == nil { baseline = Baseline(year: year, value: value) }
                    }
                    var history = Targets()
                    for h in historyColumns {
                        let (value, _) = number(h.column, header: header(h.column))
                        if value != nil { history[h.year] = value }
                    }
                    // No 現状値 column, and one 実績 column before every target year: that is the
                    // baseline the targets start from (現状値（R4実績）).
                    if baselineColumns.isEmpty, historyColumns.count == 1, let h = historyColumns.first, let value = history[h.year],
                        let firstTarget = targetColumns.compactMap(\.year).min(), h.year < firstTarget
                    {
                        baseline = Baseline(year: h.year, value: value)
                    }
                    let total = totalColumn.flatMap { number($0.column, header: header($0.column)).0 }
                    if unit.isEmpty, let inferredUnit { unit = inferredUnit }
                    // Kind, type and direction.
                    let name = partName
                    var kind: IndicatorKind? = nil
                    var type = indicatorType
                    if let kc = kindColumn {
                        let text = cell(kc).text.trimmingSpaces
                        if !text.isEmpty {
                            if let k = IndicatorKind(label: text) {
                                kind = k
                            } else {
                                errors.append(sheet.error(row: r, column: kc, field: header(kc), "種別「\(text)」は使えません（単年度・累計・水準・割合）"))
                            }
                        }
                    }
                    if let tc = typeOrKindColumn {
                        let text = cell(tc).text.trimmingSpaces
                        if !text.isEmpty {
                            if let t = IndicatorType(label: text) {
                                type = t
                            } else if let k = IndicatorKind(label: text) {
                                kind = k
                            } else {
                                errors.append(
                                    sheet.error(
                                        row: r, column: tc, field: header(tc),
                                        "「\(text)」は使えません（成果・活動・アウトカム・アウトプット、または 単年度・累計・水準・割合）"))
                            }
                        }
                    }
                    let totalYears = totalColumn.map { $0.years.isEmpty ? targets.years : $0.years } ?? []
                    let inferred = IndicatorKind.infer(name: name, unit: unit, total: total, targets: targets, totalYears: totalYears)
                    var lower: Bool? = nil
                    if let dc = directionColumn {
                        let text = cell(dc).text.trimmingSpaces
                        if !text.isEmpty, !NumberCell.dashes.contains(text) {
                            if let d = Self.direction(text) {
                                lower = d
                            } else {
                                errors.append(sheet.error(row: r, column: dc, field: header(dc), "方向「\(text)」が読めません（↑・↓・増加・減少・高・低・上げる・下げる）"))
                            }
                        }
                    }
                    if lower == nil, let b = baseline, let final = targets.values.last?.value, final != b.value { lower = final < b.value }
                    if lower == nil {
                        let key = JapaneseText.removingSpaces(name)
                        if ["減少", "削減", "縮減", "抑制", "低減"].contains(where: { key.hasSuffix($0) || key.contains($0 + "率") }) { lower = true }
                    }
                    if lower == nil, (kind ?? inferred) != .cumulative {
                        // Targets that only fall, year after year, say that lower is better.
                        let values = targets.values.compactMap(\.value)
                        if values.count >= 2, zip(values, values.dropFirst()).allSatisfy({ $0 >= $1 }), values.first! > values.last! {
                            lower = true
                            notes.append(
                                ImportNote(
                                    kind: .inferred, source: source,
                                    message: "「\(name)」は目標値が年々下がるため、低いほど良い指標として読みました（違うときは「方向」の列に ↑ と書いてください）"))
                        }
                    }
                    let count = (indicatorCount[holderID] ?? 0) + 1
                    indicatorCount[holderID] = count
                    let id = holderID.isEmpty ? "i\(count)" : "\(holderID)-\(count)"
                    var department: String? = nil
                    if let dc = departmentColumn, !departmentIsLeft { department = cell(dc).text.trimmingSpaces.nonEmpty }
                    if departmentIsLeft { department = holder.flatMap { nodes[nodeIndex[$0.id]!].department } }
                    let definition = definitionColumns.map { JapaneseText.joinWrappedText(cell($0).text) }.filter { !$0.isEmpty }.joined(
                        separator: "\n")
                    let note = noteColumns.map { JapaneseText.joinWrappedText(cell($0).text) }.filter { !$0.isEmpty }.joined(separator: "\n")
                    var indicator = Indicator(
                        id: id, node: holderID, part: parts.count > 1 ? p + 1 : nil, name: name, unit: unit, kind: kind ?? inferred,
                        kindOverridden: kind != nil, lowerIsBetter: lower ?? false, type: type, department: department, baseline: baseline,
                        targets: targets, total: total, history: history, definition: definition, note: note, source: source)
                    if let ec = englishNameColumn { indicator.nameEnglish = cell(ec).text.trimmingSpaces.nonEmpty }
                    if let ic = indicatorCodeColumn { indicator.code = JapaneseText.foldWidth(cell(ic).text.trimmingSpaces).nonEmpty }
                    indicators.append(indicator)
                }
            }
            if !errors.isEmpty { throw ImportFailure(errors: errors) }
            if indicators.isEmpty {
                throw ImportFailure(sheet.error(row: dataStart, "見出しの下に指標の行がありません"))
            }
            // Department of a node: the one all its indicators name.
            let byNode = Dictionary(grouping: indicators, by: \.node)
            for i in nodes.indices where nodes[i].department == nil {
                let names = Set((byNode[nodes[i].id] ?? []).compactMap(\.department))
                if names.count == 1 { nodes[i].department = names.first }
            }
            linkRelistings(&nodes)

            // Target years and their roles.
            var explicitRoles: [FiscalYear: TargetYear.Role] = [:]
            var years = Set<FiscalYear>(rowYearsTarget)
            for t in targetColumns {
                guard let y = t.year else { continue }
                years.insert(y)
                if let role = t.role { explicitRoles[y] = role }
            }
            if let ty = titleYears.targetYear, targetColumns.contains(where: { $0.year == nil }) { years.insert(ty) }
            let targetYears = Self.roles(Array(years), explicit: explicitRoles)
            // Every indicator has every target year (nil where its cell is empty).
            for i in indicators.indices {
                for ty in targetYears where !indicators[i].targets.contains(ty.year) && targetColumns.contains(where: { $0.year == ty.year }) {
                    indicators[i].targets[ty.year] = nil
                }
            }
            let yearly = targetYears.filter { $0.role == .yearly }.map(\.year)
            // A target year before the yearly ones (目標値 R4, R6, R7) is inside the period: its
            // actuals are collected and graded like the others.
            var first = titleYears.period?.first ?? yearly.first.map { y in targetYears.first.map { min($0.year, y) } ?? y }
            let last = titleYears.period?.last ?? (targetYears.last { $0.role == .final }?.year ?? yearly.last ?? targetYears.last?.year)
            if first == nil {
                let baselineYears = indicators.compactMap { $0.baseline?.year }
                if let latest = baselineYears.max() { first = latest.advanced(by: 1) } else { first = targetYears.first?.year }
            }
            let totalYears: [FiscalYear] = totalColumn.map { $0.years.isEmpty ? (yearly.isEmpty ? targetYears.map(\.year) : yearly) : $0.years } ?? []
            // Kinds inferred again now that the plan's total years are known.
            for i in indicators.indices where !indicators[i].kindOverridden {
                indicators[i].kind = IndicatorKind.infer(
                    name: indicators[i].name, unit: indicators[i].unit, total: indicators[i].total,
                    targets: indicators[i].targets, totalYears: totalYears)
            }
            let planLevels = levels.enumerated().map { i, l in PlanLevel(name: l.name, slug: PlanLevel.defaultSlug(i)) }
            var indicatorLabel = "指標"
            if case .indicatorName = columns.first(where: { $0.index == nameColumn })!.role {
                indicatorLabel = LeadingCode.stripNameSuffix(HeaderRecognizer.normalize(columns.first { $0.index == nameColumn }!.header))
                    .replacingOccurrences(of: "(アウトカム)", with: "").replacingOccurrences(of: "(アウトプット)", with: "")
                if indicatorLabel.isEmpty { indicatorLabel = "指標" }
            }
            return Plan(
                id: options.planID, title: options.title, municipality: options.municipality, municipalityCode: options.municipalityCode,
                firstYear: first, lastYear: last.flatMap { l in first.map { max($0, l) } ?? l }, levels: planLevels, targetYears: targetYears,
                totalYears: totalYears, flags: flagColumns.map(\.flag), indicatorLabel: indicatorLabel, grading: .standard,
                nodes: nodes, indicators: indicators)
        }

        /// Roles of target years: explicit words win; else the longest run of consecutive years
        /// is yearly, years after it are horizons; isolated years are intermediate, the last final.
        static func roles(_ years: [FiscalYear], explicit: [FiscalYear: TargetYear.Role]) -> [TargetYear] {
            let sorted = Array(Set(years)).sorted()
            let unlabeled = sorted.filter { explicit[$0] == nil }
            var run: [FiscalYear] = []
            var best: [FiscalYear] = []
            for y in unlabeled {
                if let last = run.last, y.westernYear == last.westernYear + 1 { run.append(y) } else { run = [y] }
                if run.count > best.count { best = run }
            }
            var roles: [FiscalYear: TargetYear.Role] = explicit
            if best.count >= 2 {
                for y in best { roles[y] = .yearly }
                for y in unlabeled where roles[y] == nil { roles[y] = y > best.last! ? .horizon : .intermediate }
            } else {
                for (i, y) in unlabeled.enumerated() {
                    roles[y] = i == unlabeled.count - 1 && !explicit.values.contains(.final) ? .final : .intermediate
                }
            }
            return sorted.map { TargetYear(year: $0, role: roles[$0] ?? .yearly) }
        }

        /// A note below the table (※…, 注…, 出典…) with nothing in the value columns.
        func isFootnote(_ r: Int, valueColumns: [Int]) -> Bool {
            guard let first = sheet.rows[r].first(where: { !$0.isEmpty }) else { return false }
            let text = JapaneseText.foldWidth(Self.cellText(first)).trimmingSpaces
            let marks = ["※", "注", "(注", "＊", "*", "出典", "資料:", "資料：", "備考:", "備考："]
            guard marks.contains(where: { text.hasPrefix($0) }) else { return false }
            return valueColumns.allSatisfy { sheet[r, $0].isEmpty || sheet.rows[r].firstIndex(where: { !$0.isEmpty }) == $0 }
        }

        /// Years the title rows state: a plan period (計画期間 令和5年度～令和9年度) and a
        /// target year (目標年度 令和12年度).
        func titleRowYears(before header: Int) -> (period: [FiscalYear]?, targetYear: FiscalYear?) {
            var period: [FiscalYear]? = nil
            var target: FiscalYear? = nil
            for r in 0..<header {
                for cell in sheet.rows[r] where !cell.isEmpty {
                    let text = HeaderRecognizer.normalize(Self.cellText(cell))
                    let (years, _) = YearMention.extract(text)
                    let isRange = text.contains("~") && years.count == 2
                    if text.contains("計画期間") || text.contains("期間") || isRange, years.count >= 2, years[0] < years[1] {
                        period = FiscalYear.range(years[0], years[1])
                    }
                    if text.contains("目標年度"), let y = years.last { target = y }
                }
            }
            return (period, target)
        }

        /// Links each re-listed node to the first earlier node of the same level with the same
        /// title (and code, when both have one).
        mutating func linkRelistings(_ nodes: inout [PlanNode]) {
            for i in nodes.indices where nodes[i].relisted {
                let n = nodes[i]
                let key = JapaneseText.nameKey(n.title)
                if let original = nodes[..<i].first(where: {
                    !$0.relisted && $0.level == n.level && JapaneseText.nameKey($0.title) == key && !key.isEmpty
                }) {
                    nodes[i].original = original.id
                } else {
                    notes.append(
                        ImportNote(
                            kind: .unresolved, source: n.source ?? SourceRef(document: document, line: 0),
                            message: "再掲「\(n.title)」の元の掲載が見つかりません"))
                }
            }
        }

        static func isMark(_ text: String) -> Bool {
            let t = JapaneseText.foldWidth(text).trimmingSpaces
            return ["○", "●", "◎", "◯", "〇", "✓", "✔", "☑", "★", "☆", "◆", "■", "1", "はい", "有", "あり", "該当", "*", "重点", "再掲", "Y", "y", "yes", "true"]
                .contains(t)
        }

        /// ↑ 増加 高 → false (higher is better); ↓ 減少 低 → true; nil when not a direction.
        static func direction(_ text: String) -> Bool? {
            let t = JapaneseText.removingSpaces(JapaneseText.foldWidth(text))
            let higher = [
                "↑", "↗", "⇧", "増加", "増", "上昇", "向上", "拡大", "高", "高い", "多", "多い", "大", "+", "上げる", "増やす", "高いほど良い",
                "大きいほど良い", "多いほど良い", "プラス", "アップ", "維持", "→", "維持・向上", "現状維持", "増加傾向",
            ]
            let lower = [
                "↓", "↘", "⇩", "減少", "減", "低下", "縮小", "低", "低い", "少", "少ない", "小", "下げる", "減らす", "低いほど良い",
                "小さいほど良い", "少ないほど良い", "マイナス", "ダウン", "削減", "抑制", "減少傾向",
            ]
            if higher.contains(t) { return false }
            if lower.contains(t) { return true }
            return nil
        }

        /// `①A ②B` → [A, B]; text without circled numbers → [text].
        static func splitParts(_ text: String) -> [String] {
            let count = text.filter { JapaneseText.circledValue($0) != nil }.count
            guard count >= 2 else { return [text.trimmingSpaces] }
            return JapaneseText.splitAtCircledNumbers(text)
        }

        /// `24人`, `３．５％` → the number and what follows it.
        static func numberWithUnit(_ text: String) -> (Decimal, String)? {
            let f = JapaneseText.foldWidth(text).trimmingSpaces
            guard let end = f.firstIndex(where: { !($0.isASCIIDigit || $0 == "," || $0 == ".") }), end > f.startIndex else { return nil }
            let unit = String(f[end...]).trimmingSpaces
            guard !unit.isEmpty, unit.count <= 6, !unit.contains(where: \.isASCIIDigit),
                case .success(.value(let v)) = NumberCell.parse(String(f[..<end]))
            else { return nil }
            return (v, unit)
        }
    }
}
