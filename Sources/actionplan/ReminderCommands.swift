import ArgumentParser
import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanWeb

/// `actionplan remind [--year R6] [--today 2025-07-01] [--all-plans]` — reminds the departments
/// that have not submitted by the due date (for a daily timer: at most one reminder per
/// department a day, however often it runs).
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind", abstract: "提出期限を過ぎて未提出の課に督促メールを送ります（1課に1日1回まで）。",
        discussion: "メールサーバーは ACTIONPLAN_SMTP_HOST などで設定します（README）。毎日決まった時刻に実行する使い方ができます（systemd のタイマーや cron）。")
    @Option(help: "年度（例: R6）。省略すると提出期限の過ぎた年度すべて") var year: YearArgument?
    @Option(help: "今日の日付として扱う日（例: 2025-07-01、試しに使うとき）") var today: String?
    @Flag(name: .customLong("all-plans"), help: "データベースのすべての計画について送る") var allPlans = false
    @OptionGroup var options: PlanOptions

    func run() async throws {
        var day = CalendarDay(containing: Date())
        if let today {
            guard let d = CalendarDay(parsing: today) else {
                printError("エラー: 日付は 2025-07-01 の形で書いてください（「\(today)」）")
                throw ExitStatus.problems
            }
            day = d
        }
        let failed: Int
        do {
            failed = try await withServices { services in
                let plans = try await planIDs(services, options, all: allPlans)
                var failed = 0
                for plan in plans {
                    let c = try await services.context(plan: plan, viewer: options.viewer)
                    let years = year.map { [$0.year] } ?? c.plan.reportingYears.filter { y in c.dueDate(year: y).map { day > $0 } ?? false }
                    for y in years {
                        let round = try await c.remind(
                            year: y, today: day, link: Links.absolute(.my(y), plan: plan, configuration: services.configuration))
                        if let note = round.note { printLine("\(plan) \(y.label): \(note)") }
                        for r in round.reminders {
                            let what: String
                            switch r.outcome {
                            case .sent: what = "送信 " + r.recipients.joined(separator: ", ")
                            case .noRecipient: what = "宛先なし（課の利用者にメールアドレスを登録してください）"
                            case .failed: what = "送信できず: " + r.detail
                            case .sending: what = "送信中"
                            }
                            if r.outcome != .sent { failed += 1 }
                            printLine("\(plan) \(y.label) \(r.departmentName): \(what)")
                        }
                        for d in round.alreadyReminded { printLine("\(plan) \(y.label) \(d.name): 本日は督促済み") }
                    }
                }
                return failed
            }
        } catch { throw refuse(error) }
        if failed > 0 { throw ExitStatus.problems }
    }
}
