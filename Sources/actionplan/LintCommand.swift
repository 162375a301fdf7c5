import ArgumentParser
import Foundation
import PlanCore
import PlanData

/// `actionplan lint [FILE]` — reports the plan's inconsistencies; exit 0 clean, 1 problems, 2 unreadable.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "計画の目標値と文言の矛盾を点検します。",
        discussion: """
        FILE を省略するとデータベースの計画（初期状態では同梱の世田谷区の計画）を点検し、取り込みに必要だった修正と原文のまま残した誤字もあわせて報告します。
        終了ステータス: 0 問題なし、1 問題あり（要確認・誤りがある）、2 入力を読めない。
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "点検する計画（計画の表のテキスト、計画のCSVのフォルダか table.csv）。省略時は同梱の計画。")
    var file: String?

    @Option(help: "FILE が計画の表のテキストのときの修正ファイル。")
    var corrections: String?

    @Option(help: "出力形式: text または jsonl")
    var format: Format = .text

    @Flag(help: "点検の規則の一覧を表示します。")
    var rules = false

    @Option(name: .customLong("plan-id"), help: "データベースの計画ID（FILE を省略したとき）。")
    var planID: String?

    func run() async throws {
        if rules {
            for r in PlanLinter.rules { printLine("\(r.id)\t\(r.severity.label)\t\(r.summary)") }
            return
        }
        let input: PlanImport
        do {
            if let file { input = try PlanInput.read(path: file, corrections: corrections) }
            else {
                let stored = try await PlanSource.fromDatabase(planID: planID)
                input = PlanImport(plan: stored.plan, notes: stored.notes)
            }
        } catch {
            throw fail(error)
        }
        let findings = PlanLinter(plan: input.plan, notes: input.notes).run()
        switch format {
        case .text:
            for f in findings { printLine(f.textLine) }
            let counts = [LintFinding.Severity.error, .warning, .info].map { s in "\(s.label) \(findings.filter { $0.severity == s }.count)" }
            FileHandle.standardError.write(Data("\(findings.count) 件（\(counts.joined(separator: "・"))）\n".utf8))
        case .jsonl:
            FileHandle.standardOutput.write(Data(try OpenData.jsonLines(findings).utf8))
        }
        if findings.contains(where: { $0.severity != .info }) { throw ExitStatus.problems }
    }
}
