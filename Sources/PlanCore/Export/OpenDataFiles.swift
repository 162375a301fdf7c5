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
        public init(year: FiscalYear, actuals: [Actual], evaluations: [IndicatorEvaluation], selfEvaluations: [SelfEvaluation]) {
            self.year = year
            self.actuals = actuals
            self.evaluations = evaluations
            self.selfEvaluations = selfEvaluations
        }
    }

    public static let evaluationHeaders = ["指標ID", "掲載の指標ID", "所属", "指標", "単位", "種別", "年度", "西暦年度", "目標値", "期待値", "実績値", "達成率", "評価", "状態"]
    public static let selfEvaluationHeaders = ["項目ID", "項目", "年度", "西暦年度", "自己評価", "今後の方向性", "マイルストーン"]
    public static let structureHeaders = ["ID", "階層", "階層名", "コード", "名称", "上位ID", "上位", "再掲", "再掲元", "担当課"]

    /// Every file by name.
    public static func files(plan: Plan, index: PlanIndex? = nil, years: [YearData]) throws -> [String: Data] {
        let index = index ?? PlanIndex(plan)
        var files = PlanPackage.csvFiles(plan)
        let structure = plan.nodes.map { n -> [String] in
            let parent = n.parent.flatMap { index.nodesByID[$0] }
            return [
                n.id, String(n.level + 1), plan.level(n.level)?.name ?? "", n.code ?? "", n.title, n.parent ?? "", parent?.heading ?? "",
                n.relisted ? "true" : "false", n.original ?? "", n.department ?? "",
            ]
        }
        files["structure.csv"] = CSVTable.write(headers: structureHeaders, rows: structure)
        files["dictionary.csv"] = DataDictionary.csv()
        let licence = plan.licence
        files["LICENSE"] = Data(
            (licence.statement(municipality: plan.municipality, planTitle: plan.title) + "\r\n\r\n"
                + licence.statementEnglish(municipality: plan.municipality, planTitle: plan.titleEnglish ?? plan.title) + "\r\n").utf8)
        files["structure.json"] = try OpenData.encoder(pretty: true).encode(OpenData.structure(plan, index: index))
        files["indicators.json"] = try OpenData.encoder(pretty: true).encode(OpenData.indicators(plan, index: index))
        for y in years {
            files["actuals-\(y.year.code).csv"] = ActualsCSV.template(plan: plan, index: index, year: y.year, existing: y.actuals)
            let rows = y.evaluations.map { e in
                [
                    e.reportingID, e.indicator.id, index.section(of: e.node.id, levels: plan.levels)?.code ?? "", e.indicator.name, e.indicator.unit,
                    e.indicator.kind.label, y.year.code, String(y.year.westernYear),
                    e.evaluation.target.map(NumberCell.format) ?? "", e.evaluation.expected.map(NumberCell.format) ?? "",
                    e.evaluation.actual.map(NumberCell.format) ?? "", e.evaluation.achievementRate.map(NumberCell.format) ?? "",
                    e.evaluation.grade ?? "", e.evaluation.status.label,
                ]
            }
            files["evaluations-\(y.year.code).csv"] = CSVTable.write(headers: evaluationHeaders, rows: rows)
            files["evaluations-\(y.year.code).json"] = try OpenData.encoder(pretty: true).encode(
                EvaluationRecord.all(y.evaluations, plan: plan, index: index))
            files["self-evaluations-\(y.year.code).csv"] = CSVTable.write(
                headers: selfEvaluationHeaders,
                rows: y.selfEvaluations.map { s in
                    [
                        s.project, index.itemTitle(s.project), s.year.code, String(s.year.westernYear), s.text, s.direction?.rawValue ?? "",
                        s.milestones.map { "\($0.year.code):\($0.status?.rawValue ?? "未評価")\($0.comment.isEmpty ? "" : "（\($0.comment)）")" }.joined(
                            separator: " "),
                    ]
                })
        }
        return files
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
