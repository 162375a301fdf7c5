import Foundation

/// The project's own plan format: three CSV files (UTF-8 with BOM, CRLF, Japanese headers that
/// mirror the printed table), documented in `docs/plan-format.md`.
///
/// - `plan.csv` — 項目,値: the plan's id, title, municipality and period;
/// - `structure.csv` — 区分,コード,上位,名称,出典: policies, visions and goals;
/// - `table.csv` — one row per indicator (a placement without indicators has one row with the
///   indicator columns empty), in printed order.
///
/// Reading and writing round-trip byte for byte.
public enum PlanCSV {
    public static let planFile = "plan.csv"
    public static let structureFile = "structure.csv"
    public static let tableFile = "table.csv"

    public static let planHeaders = ["項目", "値"]
    public static let structureHeaders = ["区分", "コード", "上位", "名称", "出典"]
    public static let tableHeaders = [
        "指標ID", "掲載ID", "目指す姿", "取組みID", "目指す姿の実現に向けた取組み", "施策ID", "施策番号", "施策名",
        "事業", "再掲", "再掲元", "事業内容", "ロードマップ令和6年度", "ロードマップ令和9年度", "ロードマップ令和13年度",
        "重点PJ", "実施計画事業", "指標番号", "行動指標", "種別", "種別の指定", "向き",
        "合計(R6~R9)", "R6年度", "R7年度", "R8年度", "R9年度", "R13年度", "単位", "出典",
    ]
    static let yearHeaders: [(FiscalYear, String)] = [(.r6, "R6年度"), (.r7, "R7年度"), (.r8, "R8年度"), (.r9, "R9年度"), (.r13, "R13年度")]

    enum Kind: String { case policy = "基本の方針", vision = "目指す姿", goal = "目指す姿(N-M)" }

    /// The three files of a plan, by file name.
    public static func write(_ plan: Plan) -> [String: Data] {
        [planFile: writePlanInfo(plan), structureFile: writeStructure(plan), tableFile: writeTable(plan)]
    }

    static func writePlanInfo(_ plan: Plan) -> Data {
        CSVTable.write(headers: planHeaders, rows: [
            ["計画ID", plan.id], ["計画名", plan.title], ["自治体", plan.municipality],
            ["計画期間の初年度", plan.firstYear.code], ["計画期間の最終年度", plan.lastYear.code],
        ])
    }

    static func writeStructure(_ plan: Plan) -> Data {
        var rows: [[String]] = []
        for p in plan.policies { rows.append([Kind.policy.rawValue, String(p.number), "", p.title, source(p.source)]) }
        for v in plan.visions { rows.append([Kind.vision.rawValue, String(v.number), String(v.policy), v.title, source(v.source)]) }
        for g in plan.goals { rows.append([Kind.goal.rawValue, g.code.description, String(g.vision), g.title, source(g.source)]) }
        return CSVTable.write(headers: structureHeaders, rows: rows)
    }

    static func writeTable(_ plan: Plan) -> Data {
        let directions = Dictionary(plan.directions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let measures = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicatorsByPlacement = Dictionary(grouping: plan.indicators, by: \.placement)
        var rows: [[String]] = []
        for p in plan.placements {
            let d = directions[p.direction]
            let m = measures[p.measure]
            let placementColumns = [
                p.id, p.goal.description, p.direction, d?.text ?? "", p.measure,
                m?.number.map(JapaneseText.circledNumber) ?? "", m?.name ?? "",
                p.projectName, p.relisted ? "○" : "", p.original ?? "", p.content,
                p.roadmap.r6, p.roadmap.r9, p.roadmap.r13, p.priority ? "○" : "", p.implementationPlan ? "●" : "",
            ]
            let indicators = indicatorsByPlacement[p.id] ?? []
            if indicators.isEmpty {
                rows.append([""] + placementColumns + Array(repeating: "", count: 12) + [source(p.source)])
            }
            for i in indicators {
                var row = [i.id] + placementColumns
                row += [i.part.map(JapaneseText.circledNumber) ?? "", i.name, i.kind.label, i.kindOverridden ? "指定" : "推定",
                        i.lowerIsBetter ? "低いほど良い" : ""]
                row.append(i.total.map(NumberCell.format) ?? "")
                row += yearHeaders.map { year, _ in i.targets[year].map(NumberCell.format) ?? "" }
                row += [i.unit, source(i.source ?? p.source)]
                rows.append(row)
            }
        }
        return CSVTable.write(headers: tableHeaders, rows: rows)
    }

    static func source(_ ref: SourceRef?) -> String { ref.map { "\($0.document):\($0.line)" } ?? "" }

    static func parseSource(_ text: String) -> SourceRef? {
        guard let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]) else { return nil }
        return SourceRef(document: String(text[..<colon]), line: line)
    }

    /// Reads a plan from its three files. All errors are collected, each with file, row and column.
    public static func read(files: [String: Data]) throws(ImportFailure) -> Plan {
        var errors: [ImportError] = []
        for name in [planFile, structureFile, tableFile] where files[name] == nil {
            errors.append(ImportError(file: name, message: "ファイルがありません（計画は \(planFile)・\(structureFile)・\(tableFile) の3つで1組です）"))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }

        // plan.csv
        let info: CSVTable
        let structure: CSVTable
        let table: CSVTable
        do {
            info = try CSVTable.read(files[planFile]!, name: planFile, expectedHeaders: planHeaders)
        } catch { errors += error.errors; info = CSVTable(file: planFile, headers: [], rows: [], encoding: .utf8) }
        do {
            structure = try CSVTable.read(files[structureFile]!, name: structureFile, expectedHeaders: structureHeaders)
        } catch { errors += error.errors; structure = CSVTable(file: structureFile, headers: [], rows: [], encoding: .utf8) }
        do {
            table = try CSVTable.read(files[tableFile]!, name: tableFile, expectedHeaders: tableHeaders)
        } catch { errors += error.errors; table = CSVTable(file: tableFile, headers: [], rows: [], encoding: .utf8) }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }

        var values: [String: String] = [:]
        for row in info.rows { values[row["項目"]] = row["値"] }
        func infoValue(_ key: String) -> String? {
            guard let v = values[key], !v.isEmpty else {
                errors.append(ImportError(file: planFile, field: key, message: "「\(key)」の行がないか値が空です"))
                return nil
            }
            return v
        }
        let id = infoValue("計画ID") ?? ""
        let title = infoValue("計画名") ?? ""
        let municipality = infoValue("自治体") ?? ""
        var first = FiscalYear.r6, last = FiscalYear.r9
        if let v = infoValue("計画期間の初年度") {
            if let y = FiscalYear(parsing: v) { first = y } else { errors.append(ImportError(file: planFile, field: "計画期間の初年度", message: "年度「\(v)」が読めません（例: R6、令和6年度、2024）")) }
        }
        if let v = infoValue("計画期間の最終年度") {
            if let y = FiscalYear(parsing: v) { last = y } else { errors.append(ImportError(file: planFile, field: "計画期間の最終年度", message: "年度「\(v)」が読めません（例: R9、令和9年度、2027）")) }
        }
        if !id.isEmpty, id.contains(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")) }) {
            errors.append(ImportError(file: planFile, field: "計画ID", message: "計画IDは半角英数字と - _ で書いてください（URLに使います）"))
        }

        var plan = Plan(id: id, title: title, municipality: municipality, firstYear: first, lastYear: last)
        for row in structure.rows {
            let number = row["コード"]
            switch Kind(rawValue: row["区分"]) {
            case .policy:
                guard let n = Int(JapaneseText.foldWidth(number)) else { errors.append(row.error(column: "コード", "方針の番号「\(number)」が読めません")); continue }
                plan.policies.append(Policy(number: n, title: row["名称"], source: parseSource(row["出典"])))
            case .vision:
                guard let n = Int(JapaneseText.foldWidth(number)) else { errors.append(row.error(column: "コード", "目指す姿の番号「\(number)」が読めません")); continue }
                guard let p = Int(JapaneseText.foldWidth(row["上位"])), plan.policies.contains(where: { $0.number == p }) else {
                    errors.append(row.error(column: "上位", "目指す姿\(n)の上位の方針「\(row["上位"])」がこのファイルの前の行にありません")); continue
                }
                plan.visions.append(Vision(number: n, policy: p, title: row["名称"], source: parseSource(row["出典"])))
            case .goal:
                guard let code = GoalCode(parsing: number) else { errors.append(row.error(column: "コード", "目指す姿のコード「\(number)」が読めません（例: 3-1）")); continue }
                guard plan.visions.contains(where: { $0.number == code.vision }) else {
                    errors.append(row.error(column: "上位", "目指す姿\(code)の上位の目指す姿\(code.vision)がこのファイルの前の行にありません")); continue
                }
                if plan.goals.contains(where: { $0.code == code }) { errors.append(row.error(column: "コード", "目指す姿\(code)が2回あります")); continue }
                plan.goals.append(Goal(code: code, title: row["名称"], source: parseSource(row["出典"])))
            case nil:
                errors.append(row.error(column: "区分", "区分「\(row["区分"])」は使えません（\(Kind.policy.rawValue)・\(Kind.vision.rawValue)・\(Kind.goal.rawValue)）"))
            }
        }

        var seenDirections: [String: Direction] = [:]
        var seenMeasures: [String: Measure] = [:]
        var seenPlacements: [String: Placement] = [:]
        var indicatorIDs: Set<String> = []
        for row in table.rows {
            guard let goal = GoalCode(parsing: row["目指す姿"]) else {
                errors.append(row.error(column: "目指す姿", "目指す姿のコード「\(row["目指す姿"])」が読めません（例: 3-1）")); continue
            }
            guard plan.goals.contains(where: { $0.code == goal }) else {
                errors.append(row.error(column: "目指す姿", "目指す姿\(goal)が \(structureFile) にありません")); continue
            }
            let directionID = row["取組みID"], measureID = row["施策ID"], placementID = row["掲載ID"]
            for (header, value) in [("取組みID", directionID), ("施策ID", measureID), ("掲載ID", placementID)] where value.isEmpty {
                errors.append(row.error(column: header, "\(header)が空です"))
            }
            if directionID.isEmpty || measureID.isEmpty || placementID.isEmpty { continue }
            let direction = Direction(id: directionID, goal: goal, text: row["目指す姿の実現に向けた取組み"])
            if let seen = seenDirections[directionID] {
                if seen.text != direction.text || seen.goal != goal { errors.append(row.error(column: "目指す姿の実現に向けた取組み", "取組み\(directionID)の文が前の行と違います")) }
            } else {
                seenDirections[directionID] = direction
                plan.directions.append(direction)
            }
            var measureNumber: Int? = nil
            let printed = row["施策番号"]
            if !printed.isEmpty {
                if let c = printed.first, printed.count == 1, let n = JapaneseText.circledValue(c) { measureNumber = n }
                else if let n = Int(JapaneseText.foldWidth(printed)) { measureNumber = n }
                else { errors.append(row.error(column: "施策番号", "施策番号「\(printed)」が読めません（①〜⑳ または数字）")) }
            }
            let measure = Measure(id: measureID, direction: directionID, number: measureNumber, name: row["施策名"])
            if let seen = seenMeasures[measureID] {
                if seen.name != measure.name || seen.number != measure.number || seen.direction != directionID {
                    errors.append(row.error(column: "施策名", "施策\(measureID)の番号・名称が前の行と違います"))
                }
            } else {
                seenMeasures[measureID] = measure
                plan.measures.append(measure)
            }
            func flag(_ header: String, _ mark: String) -> Bool {
                let v = row[header].trimmingSpaces
                if v.isEmpty { return false }
                if v == mark || v == "○" || v == "●" || v == "◯" { return true }
                errors.append(row.error(column: header, "「\(v)」は使えません（\(mark) か空欄）"))
                return false
            }
            let placement = Placement(
                id: placementID, goal: goal, direction: directionID, measure: measureID, projectName: row["事業"],
                content: row["事業内容"],
                roadmap: Roadmap(r6: row["ロードマップ令和6年度"], r9: row["ロードマップ令和9年度"], r13: row["ロードマップ令和13年度"]),
                relisted: flag("再掲", "○"), original: row["再掲元"].isEmpty ? nil : row["再掲元"],
                priority: flag("重点PJ", "○"), implementationPlan: flag("実施計画事業", "●"), source: parseSource(row["出典"]))
            if let seen = seenPlacements[placementID] {
                var a = seen, b = placement
                a.source = nil; b.source = nil
                if a != b { errors.append(row.error(column: "掲載ID", "掲載\(placementID)の事業の欄（事業名・事業内容・ロードマップ・印）が前の行と違います")) }
            } else {
                seenPlacements[placementID] = placement
                plan.placements.append(placement)
            }

            let indicatorID = row["指標ID"]
            if indicatorID.isEmpty {
                let indicatorColumns = ["指標番号", "行動指標", "合計(R6~R9)", "R6年度", "R7年度", "R8年度", "R9年度", "R13年度", "単位"]
                if let filled = indicatorColumns.first(where: { !row[$0].isEmpty }) {
                    errors.append(row.error(column: filled, "指標IDが空の行に指標の値があります。指標IDを付けてください"))
                }
                continue
            }
            if !indicatorIDs.insert(indicatorID).inserted { errors.append(row.error(column: "指標ID", "指標ID「\(indicatorID)」が2回あります")); continue }
            var part: Int? = nil
            let partText = row["指標番号"]
            if !partText.isEmpty {
                if let c = partText.first, partText.count == 1, let n = JapaneseText.circledValue(c) { part = n }
                else if let n = Int(JapaneseText.foldWidth(partText)) { part = n }
                else { errors.append(row.error(column: "指標番号", "指標番号「\(partText)」が読めません（①〜⑳ または数字）")) }
            }
            func number(_ header: String) -> Decimal? {
                switch NumberCell.parse(row[header]) {
                case .success(.value(let v)): return v
                case .success(.none): return nil
                case .failure(let e):
                    errors.append(row.error(column: header, "「\(e.text)」: \(e.reason)"))
                    return nil
                }
            }
            var targets = YearTargets()
            for (year, header) in yearHeaders { targets[year] = number(header) }
            let total = number("合計(R6~R9)")
            let unit = row["単位"]
            var kind: IndicatorKind
            let override: Bool
            switch row["種別の指定"] {
            case "指定": override = true
            case "", "推定": override = false
            default:
                errors.append(row.error(column: "種別の指定", "「\(row["種別の指定"])」は使えません（指定・推定・空欄）")); override = false
            }
            if row["種別"].isEmpty {
                kind = IndicatorKind.infer(name: row["行動指標"], unit: unit, total: total, targets: targets)
            } else if let k = IndicatorKind(label: row["種別"]) {
                kind = k
            } else {
                errors.append(row.error(column: "種別", "種別「\(row["種別"])」は使えません（単年度・累計・水準・割合）")); kind = .perYear
            }
            let lower: Bool
            switch row["向き"] {
            case "", "高いほど良い": lower = false
            case "低いほど良い": lower = true
            default: errors.append(row.error(column: "向き", "「\(row["向き"])」は使えません（空欄・高いほど良い・低いほど良い）")); lower = false
            }
            plan.indicators.append(Indicator(id: indicatorID, placement: placementID, part: part, name: row["行動指標"], unit: unit,
                                             kind: kind, kindOverridden: override, lowerIsBetter: lower, total: total, targets: targets,
                                             source: parseSource(row["出典"])))
        }
        for p in plan.placements {
            if let o = p.original, seenPlacements[o] == nil {
                errors.append(ImportError(file: tableFile, field: "再掲元", message: "掲載\(p.id)の再掲元「\(o)」という掲載IDがありません"))
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return plan
    }

    /// Reads the three files from a folder (or the folder of a given `table.csv`).
    public static func read(folder: URL) throws(ImportFailure) -> Plan {
        var files: [String: Data] = [:]
        for name in [planFile, structureFile, tableFile] {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(name)) { files[name] = data }
        }
        return try read(files: files)
    }
}
