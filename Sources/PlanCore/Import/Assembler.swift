import Foundation

/// Places rows read from the PDF-table text into the plan's hierarchy, in printed order.
///
/// Goal labels are vertically centred in merged cells, so a label can be printed on a row that
/// still belongs to the previous goal. The assembler keeps such a row in the previous goal when
/// its circled number continues the previous numbering (④ → ⑤), and starts the new goal at the
/// next row whose numbering restarts.
struct Assembler {
    let document: String
    var forcedGoal: [RowKey: GoalCode] = [:]
    var forcedDirection: [RowKey: String] = [:]
    var forcedOriginal: [RowKey: RowKey] = [:]
    var forcedKind: [RowKey: [IndicatorKind]] = [:]

    private(set) var policies: [Policy] = []
    private(set) var visions: [Vision] = []
    private(set) var goals: [Goal] = []
    private(set) var directions: [Direction] = []
    private(set) var measures: [Measure] = []
    private(set) var placements: [Placement] = []
    private(set) var indicators: [Indicator] = []
    private(set) var notes: [ImportNote] = []
    private(set) var errors: [ImportError] = []

    private var currentPolicy: Int?
    private var currentGoal: GoalCode?
    private var pendingGoals: [GoalCode] = []
    private var pendingDirections: [String] = []
    private var currentDirection: String?
    private var lastMeasureNumber: Int?
    private var lastVisionLabelled: Int?
    private var placementRows: [RowKey: String] = [:]   // source row → placement id
    private var placementKeys: [String: RowKey] = [:]
    private var placementCount: [GoalCode: Int] = [:]
    private var directionCount: [GoalCode: Int] = [:]
    private var measureCount: [String: Int] = [:]

    init(document: String) { self.document = document }

    private func ref(_ line: Int) -> SourceRef { SourceRef(document: document, line: line) }

    private mutating func note(_ kind: ImportNote.Kind, _ line: Int, _ message: String) {
        notes.append(ImportNote(kind: kind, source: ref(line), message: message))
    }

    mutating func add(_ row: RowReading) {
        for n in row.notes { note(.inferred, row.line, n) }
        for (code, printed) in row.malformedGoalCodes {
            note(.inferred, row.line, "目指す姿のコードが「\(printed)」と印字されています。\(code) と読みました")
        }
        registerLabels(row)
        let continuing = chooseGoal(for: row)
        guard let goal = currentGoal else {
            if row.hasRowContent { note(.unresolved, row.line, "目指す姿が決まる前の行です。修正ファイルで「所属」を指定してください") }
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
            visions.append(Vision(number: goal.vision, policy: currentPolicy ?? 1, title: ""))
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
                if policies[existing].title != p.title { note(.inferred, row.line, "基本の方針\(p.number)の名称が別の形でも印字されています: 「\(p.title)」") }
            } else {
                policies.append(p)
            }
            currentPolicy = p.number
        }
        for v in row.visions {
            if let existing = visions.firstIndex(where: { $0.number == v.number }) {
                if visions[existing].title != v.title {
                    note(.inferred, row.line, "目指す姿\(v.number)の名称が別の形でも印字されています: 「\(v.title)」（最初の「\(visions[existing].title)」を使います）")
                }
            } else {
                var vision = v
                vision.policy = currentPolicy ?? 1
                visions.append(vision)
            }
            lastVisionLabelled = v.number
        }
        if let tail = row.visionContinuation, let n = lastVisionLabelled, let i = visions.firstIndex(where: { $0.number == n }) {
            if !visions[i].title.hasSuffix("世田谷区") {
                visions[i].title += tail
                note(.inferred, row.line, "目指す姿\(n)の名称の続き「\(tail)」をつなげました")
            }
        }
        for g in row.goals {
            if let existing = goals.firstIndex(where: { $0.code == g.code }) {
                if goals[existing].title.isEmpty { goals[existing].title = g.title }
                else if !g.title.isEmpty && JapaneseText.removingSpaces(goals[existing].title) != JapaneseText.removingSpaces(g.title) {
                    note(.inferred, row.line, "目指す姿\(g.code)の名称が別の形でも印字されています: 「\(g.title)」")
                }
            } else {
                var goal = g
                goal.title = Self.joinWrappedText(g.title)
                goals.append(goal)
                if !visions.contains(where: { $0.number == g.vision }), row.visions.contains(where: { $0.number == g.vision }) == false {
                    // The vision's own label may come later; remember the policy now.
                    visions.append(Vision(number: g.vision, policy: currentPolicy ?? 1, title: ""))
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
                note(.inferred, row.line, "この行の目指す姿\(labels.map(\.description).joined(separator: "・"))のラベルはページ上部の表示で、施策番号\(JapaneseText.circledNumber(n))が前の番号に続くため、行は\(currentGoal!)に属すると読みました")
                return true
            }
            switchGoal(to: labels[0], line: row.line)
            pendingGoals = Array(labels.dropFirst())
            return false
        }
        if !pendingGoals.isEmpty, let n = row.measureNumber, n == 1 || n <= (lastMeasureNumber ?? 0) {
            let next = pendingGoals.removeFirst()
            switchGoal(to: next, line: row.line)
            note(.inferred, row.line, "施策番号が振り直されているので、ここから目指す姿\(next)と読みました")
        }
        return false
    }

    private mutating func switchGoal(to code: GoalCode, line: Int) {
        guard code != currentGoal else { return }
        if !goals.contains(where: { $0.code == code }) {
            goals.append(Goal(code: code, title: "", source: ref(line)))
            if !visions.contains(where: { $0.number == code.vision }) {
                visions.append(Vision(number: code.vision, policy: currentPolicy ?? 1, title: ""))
            }
        }
        currentGoal = code
        currentDirection = nil
        lastMeasureNumber = nil
    }

    // MARK: Directions

    private mutating func placeDirections(_ row: RowReading, goal: GoalCode, continuing: Bool) {
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

    private mutating func startDirection(text: String, goal: GoalCode, line: Int) {
        let n = (directionCount[goal] ?? 0) + 1
        directionCount[goal] = n
        let id = "\(goal)/\(n)"
        directions.append(Direction(id: id, goal: goal, text: text, source: text.isEmpty ? nil : ref(line)))
        currentDirection = id
        lastMeasureNumber = nil
    }

    // MARK: Rows

    /// A line of nothing but target values: the targets of the row above when that row names an
    /// indicator without values; otherwise the same values printed again.
    private mutating func attachValuesOnly(_ row: RowReading) {
        if let last = placements.last, let lastLine = last.source?.line,
           let lastIndicators = Optional(indicators.filter { $0.placement == last.id }),
           !lastIndicators.isEmpty, lastIndicators.allSatisfy({ $0.targets.isEmpty && $0.total == nil }) {
            indicators.removeAll { $0.placement == last.id }
            var merged = RowReading(line: lastLine)
            merged.indicatorName = lastIndicators.count == 1 ? lastIndicators[0].name : nil
            merged.values = row.values
            merged.units = row.units
            let names = lastIndicators.map(\.name)
            addIndicators(names: names, row: merged, placement: last.id, key: placementKeys[last.id] ?? RowKey(line: lastLine), valuesLine: row.line)
            note(.inferred, row.line, "目標値だけの行を、目標値の欄に見出しが印字されていた\(lastLine)行目の行動指標の目標値と読みました")
            return
        }
        note(.skipped, row.line, "目標値だけの行は、前後の行の目標値が重ねて印字されたものとして読み飛ばしました")
    }

    private mutating func place(_ row: RowReading, goal: GoalCode) {
        // The measure: a new one when the row prints a number or a name; else the row continues.
        if currentDirection == nil { startDirection(text: "", goal: goal, line: row.line) }
        let directionID = currentDirection!
        var number = row.measureNumber
        if number == nil, let last = lastMeasureNumber, row.measureName != nil {
            number = last + 1
            note(.inferred, row.line, "施策番号が印字されていないため、前の番号から\(JapaneseText.circledNumber(last + 1))と推定しました")
        }
        let m = (measureCount[directionID] ?? 0) + 1
        measureCount[directionID] = m
        let measureID = "\(directionID)/\(m)"
        measures.append(Measure(id: measureID, direction: directionID, number: number,
                                name: Self.joinWrappedText(row.measureName ?? ""), source: ref(row.line)))
        lastMeasureNumber = number
        if row.measureName == nil && row.measureNumber == nil {
            note(.unresolved, row.line, "施策名も施策番号も印字されていない行です（事業・指標・ロードマップのみ）")
        }

        let k = (placementCount[goal] ?? 0) + 1
        placementCount[goal] = k
        let id = "\(goal).\(k)"
        let placement = Placement(
            id: id, goal: goal, direction: directionID, measure: measureID,
            projectName: Self.joinWrappedText(row.projectName ?? ""),
            content: JapaneseText.collapsingSpaces(row.content ?? ""),
            roadmap: Self.roadmap(row.roadmap ?? ""),
            relisted: row.relisted, original: nil, priority: row.priority, implementationPlan: row.implementationPlan,
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
        var cells = row.values
        if cells.count == 7, cells[5] == cells[6] {
            cells.removeLast()
            note(.inferred, valuesLine, "目標値が7つ印字されています。最後の2つが同じなので重ねて印字されたものと読みました")
        }
        var total: [String]? = nil
        var years: [[String]?] = [nil, nil, nil, nil, nil]
        switch cells.count {
        case 0: break
        case 6:
            total = cells[0]
            for i in 0..<5 { years[i] = cells[i + 1] }
        case 5:
            total = cells[0]
            if let restored = Self.restoreDroppedRepeat(cells) {
                for i in 0..<5 { years[i] = restored[i + 1] }
                note(.inferred, valuesLine, "目標値が5つしか印字されていませんが、合計がR6〜R9の和になるのは同じ値が続く所で1つ抜けた場合だけなので、その値を補いました")
            } else {
                for i in 0..<4 { years[i] = cells[i + 1] }
                note(.inferred, valuesLine, "目標値が5つ印字されています。合計とR6〜R9と読み、R13は目標なしとしました")
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
            note(.unresolved, line, "行動指標の数（\(names.count)）と目標値の数（\(partCount)）が合いません")
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
            let targets = YearTargets(r6: value(years[0]), r7: value(years[1]), r8: value(years[2]), r9: value(years[3]), r13: value(years[4]))
            let unit = units.count == partCount ? units[part] : (units.first ?? "")
            let name = part < names.count ? names[part] : ""
            let totalValue = value(total)
            var kind = IndicatorKind.infer(name: name, unit: unit, total: totalValue, targets: targets)
            var overridden = false
            if let forced = forcedKind[key] {
                kind = forced.count > part ? forced[part] : forced[0]
                overridden = true
            }
            let multi = max(names.count, partCount) > 1
            indicators.append(Indicator(
                id: "\(placement).\(part + 1)", placement: placement, part: multi ? part + 1 : nil,
                name: name, unit: unit, kind: kind, kindOverridden: overridden,
                total: totalValue, targets: targets, source: ref(line)))
        }
    }

    /// Five printed values whose total is not the sum of the first four, but is once one value
    /// that repeats its neighbour is restored: the extraction dropped that repeat.
    static func restoreDroppedRepeat(_ cells: [[String]]) -> [[String]]? {
        func number(_ c: [String]) -> Decimal? {
            guard c.count == 1, case .success(.value(let v)) = NumberCell.parse(c[0]) else { return nil }
            return v
        }
        let values = cells.map(number)
        guard values.allSatisfy({ $0 != nil }), let total = values[0] else { return nil }
        let years = values.dropFirst().map { $0! }
        if years.prefix(4).reduce(0, +) == total { return nil }
        var solutions: [[[String]]] = []
        for i in 1..<cells.count {
            var candidate = cells
            candidate.insert(cells[i], at: i)
            let sum = candidate[1...4].compactMap(number).reduce(0, +)
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
            func measureKey(_ q: Placement) -> String { key(measureByID[q.measure]?.name ?? "") }
            func unique(_ found: [Placement]) -> Placement? { found.count >= 1 && Set(found.map(\.project)).count == 1 ? found[0] : nil }
            let match = candidates.first(where: { !project.isEmpty && key($0.projectName) == project })
                ?? candidates.first(where: { content.count > 20 && JapaneseText.removingSpaces($0.content) == content })
                ?? unique(candidates.filter { !measure.isEmpty && measureKey($0) == measure && (project.isEmpty || $0.projectName.isEmpty) })
                ?? unique(candidates.filter { !measure.isEmpty && measureKey($0) == measure })
                ?? candidates.first(where: { !p.roadmap.isEmpty && Self.roadmapKey($0.roadmap) == Self.roadmapKey(p.roadmap) && (project.isEmpty || $0.projectName.isEmpty) })
                ?? unique(candidates.filter {
                    let m = measureKey($0)
                    return measure.count >= 8 && m.count >= 8 && m != measure && (m.hasPrefix(measure) || measure.hasPrefix(m))
                })
            if let match {
                placements[i].original = match.id
            } else {
                note(.unresolved, p.source?.line ?? 0, "【再掲】の元になる掲載が見つかりません（事業「\(p.projectName)」、施策「\(measureByID[p.measure]?.name ?? "")」）")
            }
        }
    }

    static func roadmapKey(_ r: Roadmap) -> String {
        JapaneseText.removingSpaces(r.r6 + "|" + r.r9 + "|" + r.r13)
    }

    // MARK: Text

    /// Removes the spaces PDF extraction inserts where a line wrapped inside Japanese text
    /// (`設置台 数` → `設置台数`), keeping spaces next to Latin letters (`SETAGAYA PORT`).
    static func joinWrappedText(_ text: String) -> String {
        let collapsed = JapaneseText.collapsingSpaces(text)
        var out = ""
        let chars = Array(collapsed)
        for (i, c) in chars.enumerated() {
            if c == " ", i > 0, i + 1 < chars.count, !chars[i - 1].isASCII, !chars[i + 1].isASCII { continue }
            out.append(c)
        }
        return out
    }

    /// `【令和6年度】 … 【令和9年度】 … 【令和13年度】 …` → the three milestones.
    static func roadmap(_ text: String) -> Roadmap {
        var roadmap = Roadmap()
        let pattern = /【令和\s*(\d+)\s*年度】/
        let matches = text.matches(of: pattern)
        for (i, m) in matches.enumerated() {
            let end = i + 1 < matches.count ? matches[i + 1].range.lowerBound : text.endIndex
            let body = JapaneseText.collapsingSpaces(String(text[m.range.upperBound..<end]))
            switch Int(m.1) {
            case 6: roadmap.r6 = body
            case 9: roadmap.r9 = body
            case 13: roadmap.r13 = body
            default: break
            }
        }
        return roadmap
    }
}
