import ArgumentParser
import Foundation
import PlanCore

/// `actionplan show [GOAL]` — the hierarchy as an indented tree.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "計画の階層をツリーで表示します。目指す姿のコード（例: 3-1）を指定するとその部分だけを表示します。"
    )

    @Argument(help: "目指す姿のコード（例: 3-1）。省略時は計画全体。")
    var goal: String?

    @OptionGroup var source: PlanSource

    func validate() throws {
        if let goal, GoalCode(parsing: goal) == nil {
            throw ValidationError("目指す姿のコード「\(goal)」が読めません（例: 3-1）")
        }
    }

    func run() async throws {
        let plan: Plan
        do { plan = try await source.load().plan } catch { throw fail(error) }
        let code = goal.flatMap(GoalCode.init(parsing:))
        if let code, !plan.goals.contains(where: { $0.code == code }) {
            FileHandle.standardError.write(Data("エラー: 目指す姿\(code)はこの計画にありません（\(plan.goals.map(\.code.description).joined(separator: " "))）\n".utf8))
            throw ExitStatus.unreadable
        }
        for line in PlanTree.lines(plan, goal: code) { printLine(line) }
    }
}
