import Foundation

/// One source line read as a row of the printed table, before it is placed in the hierarchy.
///
/// Every field keeps the wording as printed; `notes` says what the reader inferred.
struct RowReading: Equatable, Sendable {
    var line: Int
    /// Which part of the line, when a correction split it (1 otherwise).
    var part: Int = 1
    var key: RowKey { RowKey(line: line, part: part) }
    var policy: LabelGroup?
    var visions: [NumberedGroup] = []
    /// A fragment of a vision title printed on its own (the tail of a vertical label).
    var visionContinuation: String?
    var goals: [CodedGroup] = []
    /// CodedGroup codes printed in a malformed way (`1~4`), with the printed form.
    var malformedGoalCodes: [(code: GroupCode, printed: String)] = []
    var directions: [String] = []
    var measureNumber: Int?
    var measureName: String?
    var relisted = false
    var projectName: String?
    var content: String?
    var roadmap: String?
    /// Marks printed on the row (○, ●), the 再掲 column's mark excluded.
    var marks: Set<Character> = []
    var indicatorName: String?
    /// Value cells in printed order: the total (where the format has one), then the years
    /// (each may hold ①②③ parts).
    var values: [[String]] = []
    var units: [String] = []
    /// Texts the reader could not place.
    var leftovers: [String] = []
    var notes: [String] = []

    init(line: Int) { self.line = line }

    /// True when the line holds nothing but target values (and a unit).
    var isValuesOnly: Bool {
        policy == nil && visions.isEmpty && visionContinuation == nil && goals.isEmpty && directions.isEmpty
            && measureNumber == nil && measureName == nil && projectName == nil && content == nil && roadmap == nil
            && indicatorName == nil && !values.isEmpty && leftovers.isEmpty
    }

    /// True when the line holds something that makes a table row (a measure, project, indicator …).
    var hasRowContent: Bool {
        measureNumber != nil || measureName != nil || projectName != nil || content != nil || roadmap != nil
            || indicatorName != nil || !values.isEmpty
    }

    static func == (a: RowReading, b: RowReading) -> Bool {
        a.line == b.line && a.policy == b.policy && a.visions == b.visions && a.goals == b.goals && a.directions == b.directions
            && a.measureNumber == b.measureNumber && a.measureName == b.measureName && a.relisted == b.relisted
            && a.projectName == b.projectName && a.content == b.content && a.roadmap == b.roadmap && a.marks == b.marks
            && a.indicatorName == b.indicatorName && a.values == b.values
            && a.units == b.units
    }
}

extension RowReading {
    static let relistMark = "【再掲】"

    /// Reads one line's cells in order.
    static func read(line: Int, cells: [SourceCell], document: String, format: SourceFormat) -> RowReading {
        var row = RowReading(line: line)
        let source = SourceRef(document: document, line: line)
        let names = format.names
        let contents = cells.map { ($0, CellContent.classify($0.text, format: format)) }.filter { $0.1 != .header }
        var index = 0
        var preMeasureTexts: [(index: Int, text: String)] = []
        var pendingGoalTitle: Int? = nil  // index in row.goals whose title is the next text

        // 1. Labels and texts before the measure.
        preMeasure: while index < contents.count {
            let (cell, content) = contents[index]
            switch content {
            case .policy(let n, let title):
                row.policy = LabelGroup(number: n, title: title, source: source)
            case .vision(let n, let title):
                row.visions.append(NumberedGroup(number: n, policy: 0, title: JapaneseText.removingSpaces(title), source: source))
            case .goal(let code, let printed, let title):
                let (goalTitle, direction) = splitGoalTitle(title)
                row.goals.append(CodedGroup(code: code, title: goalTitle, source: source))
                if printed != code.description { row.malformedGoalCodes.append((code, printed)) }
                if let direction { preMeasureTexts.append((index, direction)) }
                pendingGoalTitle = goalTitle.isEmpty ? row.goals.count - 1 : nil
            case .text(let t) where pendingGoalTitle != nil && !isSentence(t):
                row.goals[pendingGoalTitle!].title = t
                pendingGoalTitle = nil
            case .text(let t):
                pendingGoalTitle = nil
                if cell.column == 1, !isSentence(t), let ending = format.titleEnding, JapaneseText.removingSpaces(t).hasSuffix(ending),
                    row.goals.isEmpty
                {
                    row.visionContinuation = JapaneseText.removingSpaces(t)
                } else {
                    preMeasureTexts.append((index, t))
                }
            default:
                break preMeasure
            }
            index += 1
        }
        let sawMeasure: Bool = {
            if index < contents.count, case .measure = contents[index].1 { return true }
            return false
        }()

        if sawMeasure {
            // Sentences before the measure are directions; anything else cannot be placed.
            for (_, t) in preMeasureTexts {
                if isSentence(t) { addDirection(t, to: &row, sentenceName: names.sentence) } else { row.leftovers.append(t) }
            }
        } else if let firstName = preMeasureTexts.firstIndex(where: { !isSentence($0.text) }) {
            // No circled number on the row: sentences before the first name are directions; the
            // name is a measure (or, right before the values, an indicator); the rest is the row.
            for (_, t) in preMeasureTexts[..<firstName] { addDirection(t, to: &row, sentenceName: names.sentence) }
            let (at, name) = preMeasureTexts[firstName]
            let next = at + 1 < contents.count ? contents[at + 1].1 : nil
            if case .values = next {
                index = at
            } else {
                row.measureName = name
                row.notes.append("\(names.item)番号が印字されていない\(names.item)名を読みました")
                index = at + 1
            }
        } else {
            for (_, t) in preMeasureTexts { addDirection(t, to: &row, sentenceName: names.sentence) }
        }

        // 2. The measure.
        if index < contents.count, case .measure(let n, let name) = contents[index].1 {
            row.measureNumber = n
            index += 1
            var measureName = name
            if measureName.isEmpty, index < contents.count, case .text(let t) = contents[index].1 {
                measureName = t
                index += 1
            } else if isSentence(measureName), index < contents.count, case .text(let t) = contents[index].1, !isSentence(t) {
                // "① …図ります。" followed by a short name: the sentence is a direction.
                addDirection(measureName, to: &row, sentenceName: names.sentence)
                measureName = t
                index += 1
                row.notes.append("\(names.item)番号の付いた文を\(names.sentence)として読み、次のセルを\(names.item)名としました")
            }
            row.measureName = measureName
        }

        // 3. The rest of the row: project, content, roadmap, flags, indicator, values, unit.
        var preContent: [String] = []
        var sawContent = false
        var relistMarkConsumed = false
        var sawIndicatorOrValues = false
        let hasRelistText =
            (row.measureName ?? "").contains(relistMark)
            || contents[index...].contains(where: { if case .text(let t) = $0.1 { return t.contains(relistMark) } else { return false } })
        func takeFlags(_ printed: [Character], beforeContent: Bool) {
            var printed = printed
            // The first relist mark before the content is the 再掲 column's own.
            if beforeContent && hasRelistText && !relistMarkConsumed, let mark = format.relistMark, let i = printed.firstIndex(of: mark) {
                relistMarkConsumed = true
                printed.remove(at: i)
            }
            row.marks.formUnion(printed)
        }
        while index < contents.count {
            let (_, content) = contents[index]
            switch content {
            case .flags(let printed):
                takeFlags(printed, beforeContent: !sawContent && row.roadmap == nil)
            case .flaggedText(let printed, let t):
                takeFlags(printed, beforeContent: !sawContent && row.roadmap == nil)
                if !sawContent && row.roadmap == nil && isSentence(t) {
                    row.content = t
                    sawContent = true
                } else if sawContent || row.roadmap != nil {
                    if row.indicatorName == nil {
                        row.indicatorName = t
                        sawIndicatorOrValues = true
                    } else {
                        row.leftovers.append(t)
                    }
                } else {
                    preContent.append(t)
                }
            case .roadmap(let t):
                if row.roadmap == nil { row.roadmap = t } else { row.leftovers.append(t) }
            case .text(let t):
                if !sawContent && row.roadmap == nil && !sawIndicatorOrValues {
                    if isSentence(t) {
                        row.content = t
                        sawContent = true
                    } else {
                        preContent.append(t)
                    }
                } else if row.indicatorName == nil && row.values.isEmpty {
                    row.indicatorName = t
                    sawIndicatorOrValues = true
                } else {
                    row.leftovers.append(t)
                }
            case .values(let v):
                row.values.append(v)
                sawIndicatorOrValues = true
            case .valuesAndUnit(let v, let u):
                row.values.append(v)
                row.units = [u]
                sawIndicatorOrValues = true
                row.notes.append("目標値と単位が1つのセルに印字されていたので分けました")
            case .unit(let u):
                row.units = u
            case .measure(let n, let name):
                row.leftovers.append(JapaneseText.circledNumber(n) + " " + name)
            case .goal(_, let printed, let title):
                row.leftovers.append(printed + " " + title)
            case .policy(_, let title), .vision(_, let title):
                row.leftovers.append(title)
            case .header:
                break
            }
            index += 1
        }

        // Without 事業内容 or roadmap, the text right before the values is the indicator's name.
        if row.indicatorName == nil, !row.values.isEmpty, !sawContent, row.roadmap == nil, !preContent.isEmpty {
            row.indicatorName = preContent.removeLast()
        }
        // A text printed where the project name goes that repeats the measure name is not a project.
        let measureKey = normalizedName(row.measureName ?? "")
        preContent.removeAll { normalizedName($0) == measureKey && !measureKey.isEmpty }
        if row.measureName == nil && row.measureNumber == nil, let first = preContent.first,
            !row.directions.isEmpty || row.roadmap != nil || sawContent
        {
            row.measureName = first
            preContent.removeFirst()
            row.notes.append("\(names.item)番号が印字されていない\(names.item)名を読みました")
        }
        if let first = preContent.first {
            row.projectName = first
            row.leftovers.append(contentsOf: preContent.dropFirst())
        }
        // A text at the end of a row with no values after a measure-only row is an indicator name (kept).
        row.relisted = hasRelistText
        if let name = row.measureName, name.contains(relistMark) {
            row.measureName = name.replacingOccurrences(of: relistMark, with: "").trimmingSpaces
        }
        if let name = row.projectName, name.contains(relistMark) {
            row.projectName = name.replacingOccurrences(of: relistMark, with: "").trimmingSpaces
        }
        return row
    }

    /// Adds a direction sentence, treating a variant that repeats another's tail as the same one.
    static func addDirection(_ text: String, to row: inout RowReading, sentenceName: String) {
        let key = JapaneseText.removingSpaces(text)
        if let i = row.directions.firstIndex(where: {
            let k = JapaneseText.removingSpaces($0)
            return k == key || k.hasSuffix(key) || key.hasSuffix(k)
        }) {
            if JapaneseText.removingSpaces(row.directions[i]) != key {
                row.notes.append("同じ行に\(sentenceName)の文が2通りに印字されています（「\(row.directions[i].prefix(20))…」「\(text.prefix(20))…」）。長い方を使います")
                if key.count > JapaneseText.removingSpaces(row.directions[i]).count { row.directions[i] = text }
            }
            return
        }
        row.directions.append(text)
    }

    /// A sentence (direction or 事業内容) ends with 。 or is long and contains one.
    static func isSentence(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        return t.hasSuffix("。") || (t.count > 40 && t.contains("。"))
    }

    /// `健康経営の後押し 情報発信や…図ります。` → the title and the direction sentence after it.
    static func splitGoalTitle(_ title: String) -> (String, String?) {
        guard isSentence(title), let space = title.firstIndex(of: " ") else { return (title, nil) }
        let head = String(title[..<space])
        let tail = String(title[title.index(after: space)...]).trimmingSpaces
        return (head, tail.isEmpty ? nil : tail)
    }

    /// Name without 【再掲】, circled numbers or spaces, for matching re-listed rows.
    static func normalizedName(_ text: String) -> String {
        let t = text.replacingOccurrences(of: relistMark, with: "")
        return JapaneseText.removingSpaces(String(t.filter { JapaneseText.circledValue($0) == nil }))
    }
}
