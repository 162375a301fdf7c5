import ArgumentParser
import Foundation
import Logging
import PlanCore
import PlanData
import PlanServices
import PlanStore
import PlanWeb

/// `actionplan` — the one executable: serve the portal, import and export plans, run the
/// yearly cycle, publish the static site, measure.
@main
struct ActionPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actionplan",
        abstract: "自治体の計画（アクションプラン）を読み込み、年度の進行を管理し、公表します。",
        discussion: """
            計画は設定されたデータベース（DATABASE_URL があれば PostgreSQL、なければ作業ディレクトリの actionplan.sqlite）から読みます。
            空のデータベースには、初めて使うときに同梱の計画を読み込みます。
            """,
        subcommands: [
            ServeCommand.self, ImportCommand.self, ShowCommand.self, ExportCommand.self, LintCommand.self, EvaluateCommand.self,
            ActualsCommand.self, DepartmentCommand.self, TokenCommand.self, UserCommand.self, AssignCommand.self, UnassignCommand.self,
            WorkflowCommand.self, ActivityCommand.self,
            YearCommand.self, RemindCommand.self, GradingCommand.self, TargetCommand.self, AuditCommand.self, ReportCommand.self, PlanCommand.self,
            PublishCommand.self, BackupCommand.self, RestoreCommand.self, BenchCommand.self,
        ]
    )
}

/// Exit statuses shared by the subcommands.
enum ExitStatus {
    /// The command was refused, or found problems (lint findings).
    static let problems = ExitCode(1)
    /// The input could not be read.
    static let unreadable = ExitCode(2)
}

/// Options every command of one plan takes.
struct PlanOptions: ParsableArguments {
    @Option(name: .customLong("plan-id"), help: "計画ID（省略時は ACTIONPLAN_DEFAULT_PLAN）。")
    var planID: String?

    @Option(name: .customLong("as"), help: "変更の記録に残す操作者の名前（省略時は「コマンドライン（ユーザー名）」）。")
    var actor: String?

    var viewer: Viewer { commandLineViewer(actor) }
}

/// The operator of the command line, named in the audit trail.
func commandLineViewer(_ actor: String? = nil) -> Viewer {
    .commandLine(actor ?? "コマンドライン（\(ProcessInfo.processInfo.environment["USER"] ?? "root")）")
}

/// The configuration from the environment, quiet unless LOG_LEVEL says otherwise.
func commandConfiguration() throws -> AppConfiguration {
    var config = try AppConfiguration.load()
    if ProcessInfo.processInfo.environment[AppConfiguration.Key.logLevel] == nil { config.logLevel = .warning }
    return config
}

func logger(_ config: AppConfiguration) -> Logger {
    var l = Logger(label: "actionplan", metadataProvider: RequestID.metadataProvider)
    l.logLevel = config.logLevel
    return l
}

/// Opens the configured database (no web stack), runs `body`, closes.
func withServices<T: Sendable>(_ body: (PlanServices) async throws -> T) async throws -> T {
    let config = try commandConfiguration()
    return try await PlanServices.with(config, hasher: BcryptHasher(), logger: logger(config), body)
}

/// Runs `body` with the context of one plan for the command line's operator.
/// An input file's bytes and name, or exit status 2 saying which file cannot be read.
func readInputFile(_ path: String) throws -> (data: Data, name: String) {
    let url = URL(fileURLWithPath: path)
    do { return (try Data(contentsOf: url), url.lastPathComponent) } catch {
        printError("エラー: \(path) を読めません")
        throw ExitStatus.unreadable
    }
}

/// The plan's context for the command line, acting as one department's clerk when `department`
/// names one (its items only, under the clerks' rules).
func context(_ services: PlanServices, _ options: PlanOptions, department: String?) async throws -> PlanContext {
    let context = try await services.context(plan: options.planID, viewer: options.viewer)
    guard let department else { return context }
    let d = try context.department(named: department)
    return try await services.context(plan: options.planID, viewer: .commandLine(options.viewer.actor, for: d))
}

/// The plans a command runs for: every plan of the database, or the one `--plan-id` names.
func planIDs(_ services: PlanServices, _ options: PlanOptions, all: Bool) async throws -> [String] {
    all ? try await services.summaries().map(\.id) : [try await services.context(plan: options.planID, viewer: options.viewer).plan.id]
}

func withPlan<T: Sendable>(_ options: PlanOptions, _ body: (PlanContext) async throws -> T) async throws -> T {
    try await withPlan(options.planID, viewer: options.viewer, body)
}

func withPlan<T: Sendable>(_ planID: String?, viewer: Viewer = commandLineViewer(), _ body: (PlanContext) async throws -> T) async throws -> T {
    try await withServices { services in
        try await body(try await services.context(plan: planID, viewer: viewer))
    }
}

/// Prints what went wrong and gives the exit status: 1 for a refusal (the input was read but
/// the rules refuse it), 2 for input that cannot be read or a database that cannot be opened.
func refuse(_ error: Error) -> ExitCode {
    func say(_ s: String) { FileHandle.standardError.write(Data(("エラー: " + s + "\n").utf8)) }
    switch error {
    case let e as ServiceError:
        say(e.message)
        for x in e.errors { say(x.description) }
        return e.errors.isEmpty ? ExitStatus.problems : ExitStatus.unreadable
    case let f as ImportFailure:
        for x in f.errors { say(x.description) }
        return ExitStatus.unreadable
    case let e as AppConfiguration.Invalid:
        say("設定の誤り: " + e.description)
        return ExitStatus.unreadable
    case let e as StoreError:
        say(e.description)
        return ExitStatus.unreadable
    case let e as StoreOpenError:
        say(e.description)
        return ExitStatus.unreadable
    case let e as CustomStringConvertible:
        say(e.description)
        return ExitStatus.unreadable
    default:
        say(error.localizedDescription)
        return ExitStatus.unreadable
    }
}

func printLine(_ s: String) {
    FileHandle.standardOutput.write(Data((s + "\n").utf8))
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

/// A fiscal year on the command line (R6, 令和6年度, 2024 …).
struct YearArgument: ExpressibleByArgument {
    var year: FiscalYear
    init?(argument: String) {
        guard let y = FiscalYear(parsing: argument) else { return nil }
        year = y
    }
    static var defaultCompletionKind: CompletionKind { .default }
}

/// `actionplan serve`
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "ポータルと JSON API を起動します。")

    @Option(help: "待ち受けるアドレス（ACTIONPLAN_HOSTNAME より優先）") var hostname: String?
    @Option(help: "待ち受けるポート（ACTIONPLAN_PORT より優先）") var port: Int?

    func run() async throws {
        let config: AppConfiguration
        do { config = try AppConfiguration.load(hostname: hostname, port: port) } catch { throw refuse(error) }
        // Every log line written while a request is answered carries its id (Vapor's loggers too).
        LoggingSystem.bootstrap(
            { label, provider in StreamLogHandler.standardError(label: label, metadataProvider: provider) },
            metadataProvider: RequestID.metadataProvider)
        let services: PlanServices
        do { services = try await PlanServices.open(config, hasher: BcryptHasher(), logger: logger(config)) } catch { throw refuse(error) }
        do {
            try await PlanWeb.serve(services)
            await services.close()
        } catch {
            await services.close()
            throw error
        }
    }
}
