import Foundation

/// Places rows read from the PDF-table text into the plan's hierarchy, in printed order.
///
/// Coded-group labels are vertically centred in merged cells, so a label can be printed on a row that
/// still belongs to the previous goal. The assembler keeps such a row in the previous goal when
/// its circled number continues the previous numbering (④ → ⑤), and starts the new goal at the
/// next row whose numbering restarts.
struct Assembler {
    let document: String
    let format: SourceFormat
    var forcedGoal: [RowKey: GroupCode] = [:]
    var forcedDirection: [RowKey: String] = [:]
    var forcedOriginal: [RowKey: RowKey] = [:]
    var forcedKind: [RowKey: [IndicatorKind]] = [:]

    private(set) var policies: [LabelGroup] = []
    private(set) var visions: [NumberedGroup] = []
    private(set) var goals: [CodedGroup] = []
    private(set) var directions: [SentenceGroup] = []
    private(set) var measures: [CircledItem] = []
    private(set) var placements: [TableRow] = []
    private(set) var indicators: [RowIndicator] = []
    private(set) var notes: [ImportNote] = []
    private(set) var errors: [ImportError] = []

    private var currentPolicy: Int?
    private var currentGoal: GroupCode?
    private var pendingGoals: [GroupCode] = []
    private var pendingDirections: [String] = []
    private var currentDirection: String?
    private var lastMeasureNumber: Int?
    private var lastVisionLabelled: Int?
    private var placementRows: [RowKey: String] = [:]  // source row → placement id
    private var placementKeys: [String: RowKey] = [:]
    private var placementCount: [GroupCode: Int] = [:]
    private var directionCount: [GroupCode: Int] = [:]
    private var measureCount: [String: Int] = [:]

    init(document: String, format: SourceFormat) {
        self.document = document
        self.format = format
    }

    private var names: (label: String, numbered: String, coded: String, sentence: String, item: String, row: String) { format.names }

    private func ref(_ line: Int) -> SourceRef { SourceRef(document: document, line: line) }

    private mutating func note(_ kind: ImportNote.Kind, _ line: Int, _ message: String) {
        notes.append(ImportNote(kind: kind, source: ref(line), message: message))
    }

    mutating func add(_ row: RowReading) {
        for n in row.notes { note(.inferred, row.line, n) }
        for (code, printed) in row.malformedGoalCodes {
            note(.inferred, row.line, "\(names.coded)のコードが「\(printed)」と印字されています。\(code) と読みました")
        }
        registerLabels(row)
        let continuing = chooseGoal(for: row)
        guard let goal = currentGoal else {
            if row.hasRowContent { note(.unresolved, row.line, "\(names.coded)が決まる前の行です。修正ファイルで「所属」を指定してください") }
            return
        }
        placeDirections(row, goal: goal, continuing: continuing)
        guard row.hasRowContent else {
            for t in row.leftovers { note(.inferred, row.line, "置き場所のない文を読み飛ばしました: 「\(t)」") }
            return
        }
        if row.isValuesOnly {
            attachValuesOnly(row)
            return
        }
        place(row, goal: goal)
    }

    mutating func finish() {
        // Visions that no label named (the source may lose a vertical label).
        for goal in goals where !visions.contains(where: { $0.number == goal.vision }) {
            visions.append(NumberedGroup(number: goal.vision, policy: currentPolicy ?? 1, title: ""))
        }
        visions.sort { $0.number < $1.number }
        for i in visions.indices where visions[i].source == nil {
            visions[i].source = goals.first { $0.vision == visions[i].number }?.source
        }
        linkRelistings()
    }

    // MARK: Labels

    private mutating func registerLabels(_ row: RowReading) {
        if let p = row.policy {
            var p = p
            p.title = Self.joinWrappedText(p.title)
            if let existing = policies.firstIndex(where: { $0.number == p.number }) {
                if policies[existing].title != p.title { note(.inferred, row.line, "\(names.label)\(p.number)の名称が別の形でも印字されています: 「\(p.title)」") }
            } else {
                policies.append(p)
            }
            currentPolicy = p.number
        }
        for v in row.visions {
            if let existing = visions.firstIndex(where: { $0.number == v.number }) {
                if visions[existing].title != v.title {
                    note(.inferred, row.line, "\(names.numbered)\(v.number)の名称が別の形でも印字されています: 「\(v.title)」（最初の「\(visions[existing].title)」を使います）")
                }
            } else {
                var vision = v
                vision.policy = currentPolicy ?? 1
                visions.append(vision)
            }
            lastVisionLabelled = v.number
        }
        if let tail = row.visionContinuation, let n = lastVisionLabelled, let i = visions.firstIndex(where: { $0.number == n }) {
            if let ending = format.titleEnding, !visions[i].title.hasSuffix(ending) {
                visions[i].title += tail
                note(.inferred, row.line, "\(names.numbered)\(n)の名称の続き「\(tail)」をつなげました")
            }
        }
        for g in row.goals {
            if let existing = goals.firstIndex(where: { $0.code == g.code }) {
                if goals[existing].title.isEmpty {
                    goals[existing].title = g.title
                } else if !g.title.isEmpty && JapaneseText.removingSpaces(goals[existing].title) != JapaneseText.removingSpaces(g.title) {
                    note(.inferred, row.line, "\(names.coded)\(g.code)の名称が別の形でも印字されています: 「\(g.title)」")
                }
            } else {
                var goal = g
                goal.title = Self.joinWrappedText(g.title)
                goals.append(goal)
                if !visions.contains(where: { $0.number == g.vision }), row.visions.contains(where: { $0.number == g.vision }) == false {
                    // The vision's own label may come later; remember the policy now.
                    visions.append(NumberedGroup(number: g.vision, policy: currentPolicy ?? 1, title: ""))
                }
            }
        }
        // A vision registered without a title earlier gets the title when its label appears.
        for v in row.visions {
            if let i = visions.firstIndex(where: { $0.number == v.number }), visions[i].title.isEmpty {
                visions[i].title = v.title
                visions[i].source = v.source
            }
        }
    }

    /// Chooses the goal the row belongs to. Returns true when the row keeps the previous goal
    /// although a new goal's label is printed on it.
    private mutating func chooseGoal(for row: RowReading) -> Bool {
        if let forced = forcedGoal[row.key] {
            switchGoal(to: forced, line: row.line)
            pendingGoals = []
            return false
        }
        let labels = row.goals.map(\.code).filter { $0 != currentGoal }
        if !labels.isEmpty {
            if let n = row.measureNumber, let last = lastMeasureNumber, currentGoal != nil, n == last + 1, n > 1 {
                pendingGoals = labels
                note(
                    .inferred, row.line,
                    "この行の\(names.coded)\(labels.map(\.description).joined(separator: "・"))のラベルはページ上部の表示で、\(names.item)番号\(JapaneseText.circledNumber(n))が前の番号に続くため、行は\(currentGoal!)に属すると読みました"
                )
                return true
            }
            switchGoal(to: labels[0], line: row.line)
            pendingGoals = Array(labels.dropFirst())
            return false
        }
        if !pendingGoals.isEmpty, let n = row.measureNumber, n == 1 || n <= (lastMeasureNumber ?? 0) {
            let next = pendingGoals.removeFirst()
            switchGoal(to: next, line: row.line)
            note(.inferred, row.line, "\(names.item)番号が振り直されているので、ここから\(names.coded)\(next)と読みました")
        }
        return false
    }

    private mutating func switchGoal(to code: GroupCode, line: Int) {
        guard code != currentGoal else { return }
        if !goals.contains(where: { $0.code == code }) {
            goals.append(CodedGroup(code: code, title: "", source: ref(line)))
            if !visions.contains(where: { $0.number == code.vision }) {
                visions.append(NumberedGroup(number: code.vision, policy: currentPolicy ?? 1, title: ""))
            }
        }
        currentGoal = code
        currentDirection = nil
        lastMeasureNumber = nil
    }

    // MARK: Directions

    private mutating func placeDirections(_ row: RowReading, goal: GroupCode, continuing: Bool) {
        if let forced = forcedDirection[row.key] {
            startDirection(text: forced, goal: goal, line: row.line)
            return
        }
        let texts = row.directions.filter { $0 != row.content }
        if continuing {
            pendingDirections.append(contentsOf: texts)
            return
        }
        let restarts = row.measureNumber.map { n in n == 1 || n <= (lastMeasureNumber ?? 0) } ?? false
        if !texts.isEmpty { pendingDirections.removeAll() }
        if texts.isEmpty {
            if currentDirection == nil || restarts {
                let text = pendingDirections.isEmpty ? "" : pendingDirections.removeFirst()
                if currentDirection == nil || restarts { startDirection(text: text, goal: goal, line: row.line) }
            }
            return
        }
        for (i, text) in texts.enumerated() {
            if i == 0, let id = currentDirection, let d = directions.firstIndex(where: { $0.id == id }), directions[d].text.isEmpty, !restarts {
                directions[d].text = text
                directions[d].source = ref(row.line)
            } else if i == 0 {
                startDirection(text: text, goal: goal, line: row.line)
            } else {
                // A second sentence on the same row: a later direction of the same goal.
                pendingDirections.append(text)
            }
        }
    }

    private mutating func startDirection(text: String, goal: GroupCode, line: Int) {
        let n = (directionCount[goal] ?? 0) + 1
        directionCount[goal] = n
        let id = "\(goal)/\(n)"
        directions.append(SentenceGroup(id: id, goal: goal, text: text, source: text.isEmpty ? nil : ref(line)))
        currentDirection = id
        lastMeasureNumber = nil
    }

    // MARK: Rows

    /// A line of nothing but target values: the targets of the row above when that row names an
    /// indicator without values; otherwise the same values printed again.
    private mutating func attachValuesOnly(_ row: RowReading) {
        if let last = placements.last, let lastLine = last.source?.line,
            let lastIndicators = Optional(indicators.filter { $0.placement == last.id }),
            !lastIndicators.isEmpty, lastIndicators.allSatisfy({ $0.targets.isEmpty && $0.total == nil })
        {
            indicators.removeAll { $0.placement == last.id }
            var merged = RowReading(line: lastLine)
            merged.indicatorName = lastIndicators.count == 1 ? lastIndicators[0].name : nil
            merged.values = row.values
            merged.units = row.units
            let names = lastIndicators.map(\.name)
            addIndicators(names: names, row: merged, placement: last.id, key: placementKeys[last.id] ?? RowKey(line: lastLine), valuesLine: row.line)
            note(.inferred, row.line, "目標値だけの行を、目標値の欄に見出しが印字されていた\(lastLine)行目の\(format.indicatorLabel)の目標値と読みました")
            return
        }
        note(.skipped, row.line, "目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました")
    }

    private mutating func place(_ row: RowReading, goal: GroupCode) {
        // The measure: a new one when the row prints a number or a name; else the row continues.
        if currentDirection == nil { startDirection(text: "", goal: goal, line: row.line) }
        let directionID = currentDirection!
        var number = row.measureNumber
        if number == nil, let last = lastMeasureNumber, row.measureName != nil {
            number = last + 1
            note(.inferred, row.line, "\(names.item)番号が印字されていないため、前の番号から\(JapaneseText.circledNumber(last + 1))と推定しました")
        }
        let m = (measureCount[directionID] ?? 0) + 1
        measureCount[directionID] = m
        let measureID = "\(directionID)/\(m)"
        measures.append(
            CircledItem(
                id: measureID, direction: directionID, number: number,
                name: Self.joinWrappedText(row.measureName ?? ""), source: ref(row.line)))
        lastMeasureNumber = number
        if row.measureName == nil && row.measureNumber == nil {
            note(.unresolved, row.line, "\(names.item)名も\(names.item)番号も印字されていない行です（\(names.row)・指標・ロードマップのみ）")
        }

        let k = (placementCount[goal] ?? 0) + 1
        placementCount[goal] = k
        let id = "\(goal).\(k)"
        let placement = TableRow(
            id: id, goal: goal, direction: directionID, measure: measureID,
            projectName: Self.joinWrappedText(row.projectName ?? ""),
            content: JapaneseText.collapsingSpaces(row.content ?? ""),
            roadmap: Milestones.parse(row.roadmap ?? ""),
            relisted: row.relisted, original: nil, marks: row.marks,
            source: ref(row.line))
        placements.append(placement)
        placementRows[row.key] = id
        placementKeys[id] = row.key
        for t in row.leftovers { note(.inferred, row.line, "置き場所のない文を読み飛ばしました: 「\(t)」") }

        let names = Self.indicatorNames(row.indicatorName)
        if !names.isEmpty || !row.values.isEmpty {
            addIndicators(names: names, row: row, placement: id, key: row.key, valuesLine: row.line)
        }
    }

    /// `①AEDの設置台数 ②スタンドパイプの設置台 数 ③…` → one name per part.
    static func indicatorNames(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        let parts = CellContent.splitParts(text).map(joinWrappedText)
        return parts.isEmpty ? [joinWrappedText(text)] : parts
    }

    private mutating func addIndicators(names rawNames: [String], row: RowReading, placement: String, key: RowKey, valuesLine: Int) {
        let line = key.line
        let yearColumns = format.years.map(\.year)
        let columnCount = (format.hasTotal ? 1 : 0) + yearColumns.count
        let periodCount = format.periodColumns.count
        let later = yearColumns.filter { $0 > format.lastYear }.map(\.code).joined(separator: "・")
        var cells = row.values
        if cells.count == columnCount + 1, cells[columnCount - 1] == cells[columnCount] {
            cells.removeLast()
            note(.inferred, valuesLine, "目標値が\(columnCount + 1)つ印字されています。最後の2つが同じなので重ねて印字されたものと読みました")
        }
        var total: [String]? = nil
        var years: [[String]?] = Array(repeating: nil, count: yearColumns.count)
        let offset = format.hasTotal ? 1 : 0
        let isRate =
            row.units.contains { $0 == "%" || $0 == "％" }
            || Self.indicatorNames(row.indicatorName).contains { JapaneseText.removingSpaces($0).hasSuffix("率") }
        switch cells.count {
        case 0: break
        case columnCount:
            if format.hasTotal { total = cells[0] }
            for i in yearColumns.indices { years[i] = cells[i + offset] }
        case columnCount - 1 where format.hasTotal && isRate:
            // A rate is never summed: its printed values are the years, without a total.
            for i in yearColumns.indices { years[i] = cells[i] }
            note(.inferred, valuesLine, "割合の指標に値が\(cells.count)つ印字されています。割合は合計しないので、合計はなく\(yearColumns.map(\.code).joined(separator: "・"))の値と読みました")
        case columnCount - 1 where format.hasTotal:
            total = cells[0]
            if let restored = Self.restoreDroppedRepeat(cells, periodCount: periodCount) {
                for i in yearColumns.indices { years[i] = restored[i + 1] }
                note(.inferred, valuesLine, "目標値が\(cells.count)つしか印字されていませんが、合計が\(format.periodText)の和になるのは同じ値が続く所で1つ抜けた場合だけなので、その値を補いました")
            } else {
                for i in 0..<min(periodCount, cells.count - 1) { years[i] = cells[i + 1] }
                note(.inferred, valuesLine, "目標値が\(cells.count)つ印字されています。合計と\(format.periodText)と読み、\(later)は目標なしとしました")
            }
        default:
            note(.unresolved, valuesLine, "目標値が\(cells.count)つ印字されていて、どの年度のものか決められません。修正ファイルで「目標値」を指定してください")
        }
        let partCount = max(rawNames.count, cells.map(\.count).max() ?? 1, 1)
        var names = rawNames
        if names.isEmpty {
            names = [""]
        }
        if names.count != partCount {
            note(.unresolved, line, "\(format.indicatorLabel)の数（\(names.count)）と目標値の数（\(partCount)）が合いません")
        }
        let units = row.units
        for part in 0..<max(names.count, partCount) {
            func value(_ cell: [String]?) -> Decimal? {
                guard let cell else { return nil }
                let raw = cell.count == partCount ? cell[part] : (cell.count == 1 ? cell[0] : (part < cell.count ? cell[part] : "-"))
                switch NumberCell.parse(raw) {
                case .success(.value(let v)): return v
                case .success(.none): return nil
                case .failure(let e):
                    errors.append(ImportError(file: document, line: valuesLine, field: "目標値", message: "「\(raw)」: \(e.reason)"))
                    return nil
                }
            }
            var targets: [FiscalYear: Decimal] = [:]
            for (i, y) in yearColumns.enumerated() { targets[y] = value(years[i]) }
            let unit = units.count == partCount ? units[part] : (units.first ?? "")
            let name = part < names.count ? names[part] : ""
            let totalValue = value(total)
            var kind = IndicatorKind.infer(
                name: name, unit: unit, total: totalValue, targets: Targets(yearColumns.map { ($0, targets[$0]) }),
                totalYears: format.periodColumns)
            var overridden = false
            if let forced = forcedKind[key] {
                kind = forced.count > part ? forced[part] : forced[0]
                overridden = true
            }
            let multi = max(names.count, partCount) > 1
            indicators.append(
                RowIndicator(
                    id: "\(placement).\(part + 1)", placement: placement, part: multi ? part + 1 : nil,
                    name: name, unit: unit, kind: kind, kindOverridden: overridden,
                    total: totalValue, targets: targets, source: ref(line)))
        }
    }

    /// Values one short whose total is not the sum of the period's years, but is once one value
    /// that repeats its neighbour is restored: the extraction dropped that repeat.
    static func restoreDroppedRepeat(_ cells: [[String]], periodCount: Int) -> [[String]]? {
        func number(_ c: [String]) -> Decimal? {
            guard c.count == 1, case .success(.value(let v)) = NumberCell.parse(c[0]) else { return nil }
            return v
        }
        let values = cells.map(number)
        guard values.allSatisfy({ $0 != nil }), let total = values[0] else { return nil }
        let years = values.dropFirst().map { $0! }
        if years.prefix(periodCount).reduce(0, +) == total { return nil }
        var solutions: [[[String]]] = []
        for i in 1..<cells.count {
            var candidate = cells
            candidate.insert(cells[i], at: i)
            let sum = candidate[1...periodCount].compactMap(number).reduce(0, +)
            if sum == total, !solutions.contains(candidate) { solutions.append(candidate) }
        }
        return solutions.count == 1 ? solutions[0] : nil
    }

    // MARK: Re-listings

    /// Links each re-listed placement to the project's original placement: the first earlier
    /// placement with the same project name, or else the same measure name.
    private mutating func linkRelistings() {
        let measureByID = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func key(_ s: String) -> String { RowReading.normalizedName(s) }
        for i in placements.indices where placements[i].relisted {
            let p = placements[i]
            if let key = placementKeys[p.id], let forced = forcedOriginal[key], let id = placementRows[forced] {
                placements[i].original = id
                continue
            }
            let project = key(p.projectName)
            let measure = key(measureByID[p.measure]?.name ?? "")
            let content = JapaneseText.removingSpaces(p.content)
            let candidates = placements[..<i].filter { !$0.relisted }
            func measureKey(_ q: TableRow) -> String { key(measureByID[q.measure]?.name ?? "") }
            func unique(_ found: [TableRow]) -> TableRow? { found.count >= 1 && Set(found.map(\.project)).count == 1 ? found[0] : nil }
            let match =
                candidates.first(where: { !project.isEmpty && key($0.projectName) == project })
                ?? candidates.first(where: { content.count > 20 && JapaneseText.removingSpaces($0.content) == content })
                ?? unique(candidates.filter { !measure.isEmpty && measureKey($0) == measure && (project.isEmpty || $0.projectName.isEmpty) })
                ?? unique(candidates.filter { !measure.isEmpty && measureKey($0) == measure })
                ?? candidates.first(where: {
                    !p.roadmap.isEmpty && Self.roadmapKey($0.roadmap) == Self.roadmapKey(p.roadmap) && (project.isEmpty || $0.projectName.isEmpty)
                })
                ?? unique(
                    candidates.filter {
                        let m = measureKey($0)
                        return measure.count >= 8 && m.count >= 8 && m != measure && (m.hasPrefix(measure) || measure.hasPrefix(m))
                    })
            if let match {
                placements[i].original = match.id
            } else {
                note(
                    .unresolved, p.source?.line ?? 0,
                    "【再掲】の元になる掲載が見つかりません（\(names.row)「\(p.projectName)」、\(names.item)「\(measureByID[p.measure]?.name ?? "")」）")
            }
        }
    }

    static func roadmapKey(_ r: [Milestone]) -> String {
        JapaneseText.removingSpaces(r.map(\.text).joined(separator: "|"))
    }

    // MARK: Text

    /// Removes the spaces PDF extraction inserts where a line wrapped inside Japanese text
    /// (`設置台 数` → `設置台数`), keeping spaces next to Latin letters (`ABC PORT`).
    static func joinWrappedText(_ text: String) -> String { JapaneseText.joinWrappedText(text) }
}
