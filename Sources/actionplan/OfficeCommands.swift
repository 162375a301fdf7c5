import ArgumentParser
import Foundation
import PlanCore
import PlanStore
import PlanWeb

/// `actionplan audit [--since DATE] [--format jsonl]`
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "変更の記録（監査証跡）を表示します。")
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
    @Option(help: "この日以降（例: 2025-04-01）") var since: String?
    @Option(help: "text または jsonl") var format: Format = .text

    func run() async throws {
        var date: Date? = nil
        if let since {
            let f = DateFormatter(); f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone(identifier: "Asia/Tokyo"); f.dateFormat = "yyyy-MM-dd"
            guard let d = f.date(from: since) else {
                FileHandle.standardError.write(Data("エラー: --since は 2025-04-01 の形で指定してください（「\(since)」）\n".utf8))
                throw ExitStatus.unreadable
            }
            date = d
        }
        let entries: [AuditEntry]
        do { entries = try await withCycle { c in try await c.cycle.audit(since: date) } } catch { throw refuse(error) }
        let iso = ISO8601DateFormatter()
        iso.timeZone = TimeZone(identifier: "Asia/Tokyo")
        switch format {
        case .text:
            for e in entries { printLine("\(iso.string(from: e.at))\t\(e.actor)\t\(e.action)\t\(e.key)\t\(e.before) → \(e.after)") }
        case .jsonl:
            struct Line: Encodable { var at: String; var actor: String; var action: String; var entity: String; var key: String; var before: String; var after: String }
            let lines = entries.map { Line(at: iso.string(from: $0.at), actor: $0.actor, action: $0.action, entity: $0.entity, key: $0.key, before: $0.before, after: $0.after) }
            FileHandle.standardOutput.write(Data(try OpenData.jsonLines(lines).utf8))
        }
    }
}

/// `actionplan workflow submit|approve|return|publish|reopen --department 名 --year R6`
struct WorkflowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workflow", abstract: "課の実績の手続き（提出・承認・差し戻し・公表）を計画担当として行います。")
    enum Step: String, ExpressibleByArgument, CaseIterable { case submit, approve, `return`, publish, reopen }
    @Argument(help: "submit・approve・return・publish・reopen") var step: Step
    @Option(help: "課の名前") var department: String
    @Option(help: "年度（例: R6）") var year: FiscalYearArgument
    @Option(help: "コメント（差し戻しのときは必須）") var comment: String = ""
    @OptionGroup var options: CycleOptions

    func run() async throws {
        let state: WorkflowState
        do {
            state = try await withCycle { c in
                let plan = try await requirePlan(c, options.planID)
                guard let d = try await c.cycle.department(plan: plan.plan.id, name: department) else { throw CycleError.notFound("課「\(department)」がありません") }
                return try await c.cycle.perform(WorkflowAction(rawValue: step.rawValue)!, plan: plan.plan.id, department: d, year: year.year,
                                                 role: .office, comment: comment, actor: options.actorName)
            }
        } catch { throw refuse(error) }
        printLine("\(department) \(year.year.label): \(state.label)")
    }
}

/// `actionplan year lock|unlock R6`
struct YearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "year", abstract: "年度をロックし、または再開します（記録が残ります）。")
    enum Step: String, ExpressibleByArgument, CaseIterable { case lock, unlock }
    @Argument(help: "lock または unlock") var step: Step
    @Argument(help: "年度（例: R6）") var year: FiscalYearArgument
    @Option(help: "理由") var reason: String = ""
    @OptionGroup var options: CycleOptions

    func run() async throws {
        do {
            try await withCycle { c in
                let plan = try await requirePlan(c, options.planID)
                try await c.cycle.setLocked(plan: plan.plan.id, year: year.year, locked: step == .lock, actor: options.actorName, reason: reason)
            }
        } catch { throw refuse(error) }
        printLine("\(year.year.label): \(step == .lock ? "ロックしました" : "ロックを解除しました")")
    }
}

/// `actionplan grading show|set "S:110,A:100,B:80,C:50,D:0"`
struct GradingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grading", abstract: "評価の段階（既定 A:100,B:80,C:50,D:0。数値は%）を表示・変更します。")
    @Argument(help: "新しい段階（例: S:110,A:100,B:80,C:50,D:0）。省略すると今の段階を表示") var scale: String?
    @OptionGroup var options: CycleOptions

    func run() async throws {
        let result: String
        do {
            result = try await withCycle { c in
                let plan = try await requirePlan(c, options.planID)
                if let scale {
                    guard let parsed = GradingScale(parsing: scale) else { throw CycleError.invalid("段階「\(scale)」が読めません（例: A:100,B:80,C:50,D:0）") }
                    try await c.cycle.setGradingScale(plan: plan.plan.id, parsed, actor: options.actorName)
                    return "変更しました: \(parsed.description)"
                }
                return try await c.cycle.gradingScale(plan: plan.plan.id).description
            }
        } catch { throw refuse(error) }
        printLine(result)
    }
}
