import ArgumentParser
import Foundation
import PlanCore
import PlanServices

/// `actionplan activity define|import|list|figure|erase-expired` — activity records and the
/// actuals computed from them, under the same rules as the web.
struct ActivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity", abstract: "活動記録（イベント・相談・補助・登録など）と、そこから計算する実績を扱います。",
        subcommands: [Define.self, Import.self, List.self, Figure.self, EraseExpired.self])

    struct Define: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "記録の種類と計算のきまり（JSON、docs/activity-records.md）を設定します（計画担当）。",
            discussion: "きまりを足した指標はその年度から活動記録で計算し、外した指標は入力に戻ります（計算した値は残ります）。どちらも変更の記録に残ります。")
        @Argument(help: "定義のJSONファイル") var file: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let (data, name) = try readInputFile(file)
            let result: PlanContext.Recomputed
            do { result = try await withPlan(options) { try await $0.defineActivities(json: data, file: name) } } catch { throw refuse(error) }
            printLine("設定しました。計算した実績の変更 \(result.changed) 件")
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "活動記録（CSV: UTF-8 または CP932、または .xlsx）を取り込みます。全部か無しかです。",
            discussion: "列: 種類,課,日付,件名,区分 と種類ごとの項目。計算した実績が提出済み・承認済み・公表済み・ロック中の年度で変わるときは、何も保存しません。")
        @Argument(help: "記録のファイル") var file: String
        @Option(help: "ブックのシート（省略時は最初のシート）") var sheet: String?
        @Option(help: "この課として取り込む（課の職員と同じ規則）") var department: String?
        @Flag(name: .customLong("dry-run"), help: "読み取りと確認だけをして、何も保存しません。") var dryRun = false
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let (data, name) = try readInputFile(file)
            let sheet = self.sheet, department = self.department, dryRun = self.dryRun
            let result: PlanContext.Recomputed
            do {
                result = try await withServices { services in
                    try await context(services, options, department: department).importActivityRecords(data, file: name, sheet: sheet, dryRun: dryRun)
                }
            } catch { throw refuse(error) }
            printLine((dryRun ? "読み取りました（保存していません）:" : "取り込みました:") + " 記録 \(result.records) 件、計算した実績の変更 \(result.changed) 件")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "活動記録を CSV で書き出します（職員用。個人に関する項目を含みます）。")
        @Option(help: "種類のID") var kind: String?
        @Option(help: "年度（例: R6）") var year: YearArgument?
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let kind = self.kind, year = self.year?.year
            let data: Data
            do {
                data = try await withPlan(options) { c in
                    let table = ActivityTable.rows(try await c.activityRecords(kind: kind, year: year), kinds: c.activities.kinds, personal: true)
                    return CSVTable.write(headers: table.headers, rows: table.rows)
                }
            } catch { throw refuse(error) }
            FileHandle.standardOutput.write(data)
        }
    }

    struct Figure: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "計算した実績の内訳（数えた記録）を表示します。")
        @Argument(help: "指標ID") var indicator: String
        @Option(help: "年度（例: R6）") var year: YearArgument
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let indicator = self.indicator, year = self.year.year
            let lines: [String]
            do {
                lines = try await withPlan(options) { c in
                    let d = try await c.drillDown(indicator: indicator, year: year)
                    return ["\(year.label) \(indicator): \(d.figure.value.map(NumberCell.format) ?? "未報告") — \(d.figure.note)"]
                        + d.records.map { "\($0.date)\t\($0.department)\t\($0.category)\t\($0.title)" }
                        + (d.hidden > 0 ? ["（ほかの課の記録 \(d.hidden) 件）"] : [])
                }
            } catch { throw refuse(error) }
            lines.forEach(printLine)
        }
    }

    struct EraseExpired: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "erase-expired", abstract: "保存年限を過ぎた記録の個人に関する項目を消します（記録と計算した実績は残ります）。毎日の定期実行を想定しています。")
        @Option(help: "今日として扱う日（試験用。省略時は今日）") var today: String?
        @Flag(name: .customLong("all-plans"), help: "データベースのすべての計画について消す（毎日のタイマー）") var allPlans = false
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let day: CalendarDay
            if let today {
                guard let d = CalendarDay(parsing: today) else {
                    printError("エラー: 日付「\(today)」が読めません（例: 2030-04-01）")
                    throw ExitStatus.unreadable
                }
                day = d
            } else {
                day = CalendarDay(containing: Date())
            }
            let allPlans = self.allPlans
            let lines: [String]
            do {
                lines = try await withServices { services in
                    var lines: [String] = []
                    for plan in try await planIDs(services, options, all: allPlans) {
                        let n = try await services.context(plan: plan, viewer: options.viewer).eraseExpiredPersonalFields(today: day)
                        if n > 0 || !allPlans { lines.append("\(plan): 個人に関する項目を消した記録 \(n) 件") }
                    }
                    return lines
                }
            } catch { throw refuse(error) }
            lines.forEach(printLine)
        }
    }
}
