import Foundation

/// The open-data files of a plan: structure, targets, published actuals, evaluations and
/// self-evaluations, as CSV (UTF-8 with BOM) and JSON. Documented in `docs/open-data.md`.
/// The plan CSVs re-import with `actionplan import`, the actuals CSVs with `actionplan actuals import`.
public enum OpenDataFiles {
    public struct YearData: Sendable {
        public var year: FiscalYear
        public var actuals: [Actual]
        public var evaluations: [IndicatorEvaluation]
        public var selfEvaluations: [SelfEvaluation]
        public init(year: FiscalYear, actuals: [Actual], evaluations: [IndicatorEvaluation], selfEvaluations: [SelfEvaluation]) {
            self.year = year; self.actuals = actuals; self.evaluations = evaluations; self.selfEvaluations = selfEvaluations
        }
    }

    public static let evaluationHeaders = ["指標ID", "掲載の指標ID", "目指す姿", "行動指標", "単位", "種別", "年度", "目標値", "実績値", "達成率", "評価", "状態"]
    public static let selfEvaluationHeaders = ["事業ID", "事業", "年度", "自己評価", "今後の方向性", "マイルストーン"]

    /// Every file by name.
    public static func files(plan: Plan, years: [YearData]) throws -> [String: Data] {
        var files = PlanCSV.write(plan)
        let goals = OpenData.goals(plan)
        files["goals.csv"] = CSVTable.write(headers: ["目指す姿コード", "目指す姿名", "目指す姿番号", "目指す姿", "方針番号", "方針"],
                                            rows: goals.map { [$0.code, $0.title, String($0.vision), $0.visionTitle, String($0.policy), $0.policyTitle] })
        files["goals.json"] = try OpenData.encoder(pretty: true).encode(goals)
        files["indicators.json"] = try OpenData.encoder(pretty: true).encode(OpenData.indicators(plan))
        let index = PlanIndex(plan)
        for y in years {
            files["actuals-\(y.year.code).csv"] = ActualsCSV.template(plan: plan, year: y.year, existing: y.actuals)
            let rows = y.evaluations.map { e in
                [e.reportingID, e.indicator.id, e.placement.goal.description, e.indicator.name, e.indicator.unit, e.indicator.kind.label, y.year.code,
                 e.evaluation.target.map(NumberCell.format) ?? "", e.evaluation.actual.map(NumberCell.format) ?? "",
                 e.evaluation.achievementRate.map(NumberCell.format) ?? "", e.evaluation.grade ?? "", statusLabel(e.evaluation.status)]
            }
            files["evaluations-\(y.year.code).csv"] = CSVTable.write(headers: evaluationHeaders, rows: rows)
            files["evaluations-\(y.year.code).json"] = try OpenData.encoder(pretty: true).encode(y.evaluations.map(EvaluationRecord.init))
            files["self-evaluations-\(y.year.code).csv"] = CSVTable.write(headers: selfEvaluationHeaders, rows: y.selfEvaluations.map { s in
                [s.project, index.projectTitle(s.project), s.year.code, s.text, s.direction?.rawValue ?? "",
                 s.milestones.map { "\($0.year.code):\($0.status?.rawValue ?? "未評価")\($0.comment.isEmpty ? "" : "（\($0.comment)）")" }.joined(separator: " ")]
            })
        }
        return files
    }

    static func statusLabel(_ s: Evaluation.Status) -> String {
        switch s {
        case .graded: "評価済み"
        case .notReported: "未報告"
        case .noTarget: "目標なし"
        case .undefined: "算出不可"
        }
    }

    /// A CSV re-encoded for older Excel (CP932). Characters CP932 cannot hold become `?`;
    /// they are listed so that the caller can say so.
    public static func cp932(_ utf8: Data) -> (data: Data, lost: [Character]) {
        var text = String(decoding: utf8, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lost: [Character] = []
        for c in Set(text) where String(c).data(using: .shiftJIS) == nil { lost.append(c) }
        return (text.data(using: .shiftJIS, allowLossyConversion: true) ?? Data(), lost.sorted())
    }
}
