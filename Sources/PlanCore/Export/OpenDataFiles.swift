import Foundation

/// The open-data files of a plan: its package (re-importable), its structure, targets,
/// published actuals, evaluations and self-evaluations, as CSV (UTF-8 with BOM) and JSON.
/// Documented in `docs/open-data.md`.
public enum OpenDataFiles {
    public struct YearData: Sendable {
        public var year: FiscalYear
        public var actuals: [Actual]
        public var evaluations: [IndicatorEvaluation]
        public var selfEvaluations: [SelfEvaluation]
        /// The day each item's figures were published by its lead department (items not published are absent).
        public var publishedOn: [String: CalendarDay]
        /// The day each reported value (by 指標ID of the template) was last entered or changed.
        public var actualEnteredOn: [String: CalendarDay]
        /// The day each project's self-evaluation was last entered or changed.
        public var selfEvaluationEnteredOn: [String: CalendarDay]
        public init(
            year: FiscalYear, actuals: [Actual], evaluations: [IndicatorEvaluation], selfEvaluations: [SelfEvaluation],
            publishedOn: [String: CalendarDay] = [:], actualEnteredOn: [String: CalendarDay] = [:],
            selfEvaluationEnteredOn: [String: CalendarDay] = [:]
        ) {
            self.year = year
            self.actuals = actuals
            self.evaluations = evaluations
            self.selfEvaluations = selfEvaluations
            self.publishedOn = publishedOn
            self.actualEnteredOn = actualEnteredOn
            self.selfEvaluationEnteredOn = selfEvaluationEnteredOn
        }

        func isPublished(_ item: String?) -> Bool { item.flatMap { publishedOn[$0] } != nil }

        /// The first and the latest day a department published the year's figures (nil: none yet).
        public var publicationDays: ClosedRange<CalendarDay>? {
            guard let first = publishedOn.values.min(), let last = publishedOn.values.max() else { return nil }
            return first...last
        }
    }

    static let publicationHeaders = ["公表日", "更新日", "注記"]
    public static let evaluationHeaders =
        ["指標ID", "掲載の指標ID", "所属", "指標", "単位", "種別", "年度", "西暦年度", "目標値", "期待値", "実績値", "達成率", "評価", "状態"] + publicationHeaders
    public static let selfEvaluationHeaders = ["項目ID", "項目名", "年度", "西暦年度", "自己評価", "今後の方向性", "マイルストーン"] + publicationHeaders
    public static let targetHeaders = ["指標ID", "値の種類", "年度", "西暦年度", "数値", "単位", "注記"]
    static let structureFixedHeaders = ["ID", "階層", "階層名", "コード", "名称", "上位ID", "上位の見出し", "再掲の有無", "再掲元", "担当課"]
    public static func structureHeaders(_ plan: Plan) -> [String] {
        structureFixedHeaders + plan.flags.map { DataDictionary.Column.presence(of: $0.name) } + ["注記"]
    }

    /// Why values are absent, in the words of the note column (empty when nothing is).
    static func note(_ reasons: [String]) -> String { reasons.joined(separator: "。") }

    static func notPrinted(_ what: String) -> String { "\(what)は計画書に印字されていません" }
    static let notPublished = "所管課が実績を公表していません"
    static let notReported = "実績値は未報告です（0ではありません）"

    static func indicatorGaps(_ i: Indicator) -> [String] {
        (i.name.isEmpty ? [notPrinted("指標名")] : []) + (i.unit.isEmpty ? [notPrinted("単位")] : [])
    }

    typealias Table = PlanPackage.Table

    /// Every file by name. Every CSV begins with the 全国地方公共団体コード and 地方公共団体名.
    public static func files(plan: Plan, index: PlanIndex? = nil, years: [YearData]) throws -> [String: Data] {
        let index = index ?? PlanIndex(plan)
        var tables: [String: Table] = [:]
        for (part, table) in PlanPackage.tables(plan) { tables[part.file] = table }
        tables["structure.csv"] = structure(plan, index: index)
        tables["targets.csv"] = targets(plan)
        tables["dictionary.csv"] = DataDictionary.table()
        for y in years {
            tables["actuals-\(y.year.code).csv"] = actuals(plan, index: index, year: y)
            tables["evaluations-\(y.year.code).csv"] = evaluations(plan, index: index, year: y)
            tables["self-evaluations-\(y.year.code).csv"] = selfEvaluations(plan, index: index, year: y)
        }
        let identity = [plan.municipalityCode ?? "", plan.municipality]
        var files: [String: Data] = [:]
        for (name, t) in tables {
            files[name] = CSVTable.write(headers: DataDictionary.identityColumns.map(\.name) + t.headers, rows: t.rows.map { identity + $0 })
        }
        let licence = plan.licence
        files["LICENSE"] = Data(
            (licence.statement(municipality: plan.municipality, planTitle: plan.title) + "\r\n\r\n"
                + licence.statementEnglish(municipality: plan.municipality, planTitle: plan.titleEnglish ?? plan.title) + "\r\n").utf8)
        func identified<T: Encodable>(_ records: [T]) -> [Identified<T>] {
            records.map { Identified(record: $0, municipalityCode: plan.municipalityCode, municipality: plan.municipality) }
        }
        files["structure.json"] = try OpenData.encoder(pretty: true).encode(identified(OpenData.structure(plan, index: index)))
        files["indicators.json"] = try OpenData.encoder(pretty: true).encode(identified(OpenData.indicators(plan, index: index)))
        for y in years {
            files["evaluations-\(y.year.code).json"] = try OpenData.encoder(pretty: true).encode(
                identified(EvaluationRecord.all(y.evaluations, plan: plan, index: index)))
        }
        return files
    }

    static func structure(_ plan: Plan, index: PlanIndex) -> Table {
        let rows = plan.nodes.map { n -> [String] in
            let parent = n.parent.flatMap { index.nodesByID[$0] }
            let gaps = (n.code?.isEmpty ?? true ? [notPrinted("コード")] : []) + (n.title.isEmpty ? [notPrinted("名称")] : [])
            return [
                n.id, String(n.level + 1), plan.level(n.level)?.name ?? "", n.code ?? "", n.title, n.parent ?? "", parent?.heading ?? "",
                n.relisted ? "true" : "false", n.original ?? "", n.department ?? "",
            ] + plan.flags.map { n.flags.contains($0.key) ? "true" : "false" } + [note(gaps)]
        }
        return Table(headers: structureHeaders(plan), rows: rows)
    }

    /// Every year-bearing value of the indicators, one per row: the baseline, each target year
    /// (its role as the plan sets it) and the actuals printed from before the plan.
    static func targets(_ plan: Plan) -> Table {
        let roles = Dictionary(plan.targetYears.map { ($0.year, $0.role) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        func row(_ i: Indicator, _ kind: String, _ year: FiscalYear?, _ value: Decimal?, _ gap: String) -> [String] {
            [
                i.id, kind, year?.code ?? "", year.map { String($0.westernYear) } ?? "", value.map(NumberCell.format) ?? "", i.unit,
                value == nil ? gap : "",
            ]
        }
        for i in plan.indicators {
            if let b = i.baseline {
                var r = row(i, "基準値", b.year, b.value, "")
                if b.year == nil { r[r.count - 1] = notPrinted("基準値の年度") }
                rows.append(r)
            }
            for t in plan.targetYears {
                let printed = i.targets.contains(t.year)
                rows.append(
                    row(
                        i, "目標値（\(PlanPackage.roleWords[roles[t.year] ?? .yearly] ?? "")）", t.year, i.targets[t.year],
                        printed ? "この年度の目標はありません（計画書に「-」）" : notPrinted("この年度の目標値")))
            }
            for h in i.history.values { rows.append(row(i, "計画前の実績", h.year, h.value, "")) }
        }
        return Table(headers: targetHeaders, rows: rows)
    }

    static func publication(_ y: YearData, item: String?, entered: CalendarDay?, gaps: [String]) -> [String] {
        let published = item.flatMap { y.publishedOn[$0] }
        let reasons = (published == nil ? [notPublished] : []) + gaps
        return [published?.description ?? "", entered?.description ?? "", note(reasons)]
    }

    static func actuals(_ plan: Plan, index: PlanIndex, year y: YearData) -> Table {
        let rows = ActualsCSV.rows(plan: plan, index: index, year: y.year, existing: y.actuals).map { r -> [String] in
            let id = r[0]
            let indicator = index.indicatorsByID[id]
            let item = indicator.flatMap { index.nodesByID[$0.node]?.item }
            var gaps = indicator.map(indicatorGaps) ?? []
            if r[ActualsCSV.targetColumn].isEmpty { gaps.append("この年度の目標値はありません") }
            if y.isPublished(item) && r[ActualsCSV.valueColumn].isEmpty { gaps.append(notReported) }
            return r + publication(y, item: item, entered: y.actualEnteredOn[id], gaps: gaps)
        }
        return Table(headers: ActualsCSV.headers + publicationHeaders, rows: rows)
    }

    static func evaluations(_ plan: Plan, index: PlanIndex, year y: YearData) -> Table {
        let rows = y.evaluations.map { e -> [String] in
            let item = e.node.item
            var gaps = indicatorGaps(e.indicator)
            switch e.evaluation.status {
            case .graded: break
            case .notReported: if y.isPublished(item) { gaps.append(notReported) }
            case .noTarget: gaps.append("この年度の目標がないため評価しません")
            case .undefined: gaps.append("達成率を算出できません（目標値が0、または比べる基準値がありません）")
            }
            return [
                e.reportingID, e.indicator.id, index.section(of: e.node.id, levels: plan.levels)?.code ?? "", e.indicator.name, e.indicator.unit,
                e.indicator.kind.label, y.year.code, String(y.year.westernYear),
                e.evaluation.target.map(NumberCell.format) ?? "", e.evaluation.expected.map(NumberCell.format) ?? "",
                e.evaluation.actual.map(NumberCell.format) ?? "", e.evaluation.achievementRate.map(NumberCell.format) ?? "",
                e.evaluation.grade ?? "", e.evaluation.status.label,
            ] + publication(y, item: item, entered: e.evaluation.actual == nil ? nil : y.actualEnteredOn[e.reportingID], gaps: gaps)
        }
        return Table(headers: evaluationHeaders, rows: rows)
    }

    static func selfEvaluations(_ plan: Plan, index: PlanIndex, year y: YearData) -> Table {
        let rows = y.selfEvaluations.map { s -> [String] in
            let gaps = (s.text.isEmpty ? ["自己評価は記入されていません"] : []) + (s.direction == nil ? ["今後の方向性は記入されていません"] : [])
            return [
                s.project, index.itemTitle(s.project), s.year.code, String(s.year.westernYear), s.text, s.direction?.rawValue ?? "",
                s.milestones.map { "\($0.year.code):\($0.status?.rawValue ?? "未評価")\($0.comment.isEmpty ? "" : "（\($0.comment)）")" }.joined(
                    separator: " "),
            ] + publication(y, item: s.project, entered: y.selfEvaluationEnteredOn[s.project], gaps: gaps)
        }
        return Table(headers: selfEvaluationHeaders, rows: rows)
    }

    /// The character put where CP932 has none: 〓 (geta), the mark Japanese printing uses for a
    /// missing glyph — never a silent `?`.
    public static let substitute: Character = "〓"

    /// A CSV re-encoded for Excel's CP932 (Windows-31J, the IANA/WHATWG/Java name; Python's
    /// `cp932`/`ms932`). A character CP932 cannot hold (관심 …) becomes 〓 and is listed.
    public static func cp932(_ utf8: Data) -> (data: Data, lost: [Character]) {
        var text = String(decoding: utf8, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lost = Set(text).filter { String($0).data(using: .shiftJIS) == nil }
        if !lost.isEmpty { text = String(text.map { lost.contains($0) ? substitute : $0 }) }
        return (text.data(using: .shiftJIS) ?? Data(), lost.sorted())
    }

    /// The UTF-8 CSV a copy was made from: `nodes-cp932.csv` and `nodes.xlsx` → `nodes.csv`; any other name as it is.
    public static func referenceCSV(of name: String) -> String {
        if name.hasSuffix("-cp932.csv") { return String(name.dropLast("-cp932.csv".count)) + ".csv" }
        if name.hasSuffix(".xlsx") { return String(name.dropLast(".xlsx".count)) + ".csv" }
        return name
    }

    /// How a file is served and catalogued: its media type (with a charset for text), the DCAT
    /// format name, and the Frictionless format. The CP932 copy's charset is `ms932`, a label
    /// browsers (WHATWG), Python (codecs) and Java all decode as CP932; `shift_jis` is strict JIS
    /// X 0208 in Python and Java and refuses CP932's own characters.
    public static func mediaType(of name: String) -> (type: String, charset: String?, format: String) {
        if name.hasSuffix("-cp932.csv") { return ("text/csv", "ms932", "CSV") }
        if name.hasSuffix(".csv") { return ("text/csv", "utf-8", "CSV") }
        if name.hasSuffix(".jsonld") { return ("application/ld+json", "utf-8", "JSON-LD") }
        if name.hasSuffix(".json") { return ("application/json", "utf-8", "JSON") }
        if name.hasSuffix(".xlsx") { return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", nil, "XLSX") }
        if name.hasSuffix(".zip") { return ("application/zip", nil, "ZIP") }
        return ("text/plain", "utf-8", "TXT")
    }

    /// The name of a CSV's CP932 copy: `actuals-R6.csv` → `actuals-R6-cp932.csv`.
    public static func cp932Name(_ name: String) -> String { String(name.dropLast(".csv".count)) + "-cp932.csv" }

    /// A CP932 copy beside every CSV (UTF-8 stays the reference), and what each copy could not hold.
    public static func withCP932Copies(_ files: [String: Data]) -> (files: [String: Data], lost: [String: [Character]]) {
        var out = files
        var lost: [String: [Character]] = [:]
        for (name, data) in files where name.hasSuffix(".csv") {
            let converted = cp932(data)
            out[cp932Name(name)] = converted.data
            if !converted.lost.isEmpty { lost[name] = converted.lost }
        }
        return (out, lost)
    }
}

/// A JSON record with the local government it is about: `municipalityCode` (全国地方公共団体コード,
/// null when the plan has none) and `municipality` beside the record's own keys.
struct Identified<Record: Encodable>: Encodable {
    var record: Record
    var municipalityCode: String?
    var municipality: String

    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var c = encoder.container(keyedBy: JSONValue.Key.self)
        try c.encode(municipalityCode, forKey: JSONValue.Key("municipalityCode"))
        try c.encode(municipality, forKey: JSONValue.Key("municipality"))
    }
}
