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

    struct IndicatorLine: Encodable {
        var indicatorId: String
        var placementIndicatorId: String
        var placement: String
        var goal: String
        var indicator: String
        var part: Int?
        var unit: String
        var fiscalYear: String
        var target: Decimal?
        var actual: Decimal?
        var achievementRate: Decimal?
        var grade: String?
        var status: String
        var kind: String

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(indicatorId, forKey: .indicatorId); try c.encode(placementIndicatorId, forKey: .placementIndicatorId)
            try c.encode(placement, forKey: .placement); try c.encode(goal, forKey: .goal); try c.encode(indicator, forKey: .indicator)
            try c.encode(part, forKey: .part); try c.encode(unit, forKey: .unit); try c.encode(fiscalYear, forKey: .fiscalYear)
            try c.encode(target, forKey: .target); try c.encode(actual, forKey: .actual); try c.encode(achievementRate, forKey: .achievementRate)
            try c.encode(grade, forKey: .grade); try c.encode(status, forKey: .status); try c.encode(kind, forKey: .kind)
        }
        enum CodingKeys: String, CodingKey {
            case indicatorId, placementIndicatorId, placement, goal, indicator, part, unit, fiscalYear, target, actual, achievementRate, grade, status, kind
        }
    }

    struct LevelLine: Encodable {
        var level: String
        var code: String?
        var number: Int?
        var grades: [String: Int]
        var notReported: Int
        var noTarget: Int
        var indicators: Int
        var medianAchievementRate: Decimal?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(level, forKey: .level)
            if let code { try c.encode(code, forKey: .code) }
            if let number { try c.encode(number, forKey: .number) }
            try c.encode(grades, forKey: .grades); try c.encode(notReported, forKey: .notReported); try c.encode(noTarget, forKey: .noTarget)
            try c.encode(indicators, forKey: .indicators); try c.encode(medianAchievementRate, forKey: .medianAchievementRate)
        }
        enum CodingKeys: String, CodingKey { case level, code, number, grades, notReported, noTarget, indicators, medianAchievementRate }
    }

    static func render(_ evaluations: [IndicatorEvaluation], _ levels: PlanEvaluator.Levels, scale: GradingScale, format: Format, index: PlanIndex) throws -> [String] {
        let encoder = OpenData.encoder()
        func line<T: Encodable>(_ v: T) throws -> String { String(decoding: try encoder.encode(v), as: UTF8.self) }
        func level(_ name: String, code: String? = nil, number: Int? = nil, _ r: RollUp) -> LevelLine {
            LevelLine(level: name, code: code, number: number, grades: r.grades, notReported: r.notReported, noTarget: r.noTarget,
                      indicators: r.indicators, medianAchievementRate: r.medianAchievementRate)
        }
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
        var out = try evaluations.map { e in
            try line(IndicatorLine(indicatorId: e.reportingID, placementIndicatorId: e.indicator.id, placement: e.placement.id, goal: e.placement.goal.description,
                                   indicator: e.indicator.name, part: e.indicator.part, unit: e.indicator.unit, fiscalYear: e.year.code,
                                   target: e.evaluation.target, actual: e.evaluation.actual, achievementRate: e.evaluation.achievementRate,
                                   grade: e.evaluation.grade, status: e.evaluation.status.rawValue, kind: e.indicator.kind.rawValue))
        }
        out += try levels.goals.map { try line(level("goal", code: $0.0.description, $0.1)) }
        out += try levels.visions.map { try line(level("vision", number: $0.0, $0.1)) }
        out += try levels.policies.map { try line(level("policy", number: $0.0, $0.1)) }
        out.append(try line(level("plan", levels.plan)))
        return out
    }
}
