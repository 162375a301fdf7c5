import ArgumentParser
import Foundation
import PlanCore
import PlanStore
import PlanWeb

/// `actionplan target revise|list` — revised targets (中間見直し).
struct TargetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "target", abstract: "目標値の見直し（中間見直し）を記録・表示します。当初の目標値は残ります。",
                                                    subcommands: [Revise.self, List.self])

    struct Revise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "目標値を見直します（日付と理由が必要。記録に残ります）。")
        @Argument(help: "指標ID（例: 2-1.2.1）") var indicator: String
        @Option(help: "年度（例: R8）") var year: FiscalYearArgument
        @Option(help: "見直し後の目標値（「-」で目標なし）") var value: String
        @Option(help: "見直しを決めた日（例: 2026-04-01）") var date: String
        @Option(help: "理由") var reason: String
        @OptionGroup var options: CycleOptions

        func run() async throws {
            let parsed: Decimal?
            switch NumberCell.parse(value, allowPercent: true) {
            case .success(.value(let v)): parsed = v
            case .success(.none): parsed = nil
            case .failure(let e):
                FileHandle.standardError.write(Data("エラー: 目標値「\(value)」: \(e.reason)\n".utf8))
                throw ExitStatus.problems
            }
            let revision = TargetRevision(indicator: indicator, year: year.year, value: parsed, decidedOn: date, reason: reason)
            do {
                try await withCycle { c in
                    let loaded = try await requirePlan(c, options.planID)
                    guard let i = loaded.index.indicatorsByID[indicator] else { throw CycleError.notFound("指標ID「\(indicator)」はこの計画にありません") }
                    let current = loaded.plan.applying(try await c.cycle.targetRevisions(plan: loaded.plan.id)).indicators.first { $0.id == i.id }?.targets[revision.year]
                    try await c.cycle.reviseTarget(plan: loaded.plan.id, revision, previous: current, actor: options.actorName)
                    await c.catalog.invalidate()
                }
            } catch { throw refuse(error) }
            printLine("見直しました: \(indicator) \(year.year.label) → \(parsed.map(NumberCell.display) ?? "目標なし")")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "目標値の見直しの一覧（当初の目標値と並べて）。")
        @OptionGroup var options: CycleOptions
        func run() async throws {
            let lines: [String]
            do {
                lines = try await withCycle { c in
                    let loaded = try await requirePlan(c, options.planID)
                    return try await c.cycle.targetRevisions(plan: loaded.plan.id).map { r in
                        let adopted = loaded.index.indicatorsByID[r.indicator]?.targets[r.year]
                        return "\(r.indicator)\t\(r.year.code)\t当初 \(adopted.map(NumberCell.display) ?? "—")\t見直し後 \(r.value.map(NumberCell.display) ?? "—")\t\(r.decidedOn)\t\(r.reason)"
                    }
                }
            } catch { throw refuse(error) }
            lines.forEach(printLine)
        }
    }
}
