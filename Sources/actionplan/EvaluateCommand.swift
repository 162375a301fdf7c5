import ArgumentParser
import Foundation
import PlanCore
import PlanStore
import PlanWeb

/// `actionplan evaluate --year R6 --format jsonl`
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "年度の達成率・評価と、目指す姿・目指す姿(大)・方針・計画への集計を出します。",
        discussion: "まず行動指標の掲載ごとに1件（indicatorId は実績の様式の指標ID）、続いて目指す姿(N-M)・目指す姿・方針・計画ごとに1件です。\(RollUp.rule)")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text }

    @Option(help: "年度（例: R6）") var year: FiscalYearArgument
    @Option(help: "jsonl または text") var format: Format = .jsonl
    @Flag(name: .customLong("published-only"), help: "公表済みの実績だけで評価する（公開ページと同じ）") var publishedOnly = false
    enum Basis: String, ExpressibleByArgument, CaseIterable { case adopted, revised }
    @Option(help: "目標値: revised（見直し後。既定）または adopted（当初）") var basis: Basis = .revised
    @OptionGroup var options: CycleOptions

    func run() async throws {
        let year = self.year.year
        let publishedOnly = self.publishedOnly
        let planID = options.planID
        let basis = TargetBasis(rawValue: self.basis.rawValue)!
        let lines: [String]
        do {
            lines = try await withCycle { c in
                let loaded = try await requirePlan(c, planID)
                let (evaluator, evaluations) = try await c.evaluate(plan: loaded, year: year, publishedOnly: publishedOnly, basis: basis)
                let levels = evaluator.rollUps(evaluations)
                return try Self.render(evaluations, levels, scale: evaluator.scale, format: format, index: loaded.index)
            }
        } catch { throw refuse(error) }
        lines.forEach(printLine)
    }

    static func render(_ evaluations: [IndicatorEvaluation], _ levels: PlanEvaluator.Levels, scale: GradingScale, format: Format, index: PlanIndex) throws -> [String] {
        let encoder = OpenData.encoder()
        func line<T: Encodable>(_ v: T) throws -> String { String(decoding: try encoder.encode(v), as: UTF8.self) }
        if format == .text {
            var out = evaluations.map { e in
                let rate = e.evaluation.achievementRate.map { NumberCell.display($0 * 100) + "%" } ?? (e.evaluation.status == .notReported ? "未報告" : "—")
                return "\(e.reportingID)\t\(e.placement.goal)\t\(e.indicator.name)\t目標 \(e.evaluation.target.map(NumberCell.display) ?? "—")\t実績 \(e.evaluation.actual.map(NumberCell.display) ?? "未報告")\t\(rate)\t\(e.evaluation.grade ?? "—")"
            }
            for (code, r) in levels.goals {
                let dist = scale.bands.map { "\($0.name)\(r.grades[$0.name] ?? 0)" }.joined(separator: " ")
                out.append("目指す姿 \(code)\t\(dist)\t未報告 \(r.notReported)\t中央値 \(r.medianAchievementRate.map { NumberCell.display($0 * 100) + "%" } ?? "—")")
            }
            return out
        }
        return try evaluations.map { try line(EvaluationRecord($0)) } + RollUpRecord.all(levels).map { try line($0) }
    }
}
