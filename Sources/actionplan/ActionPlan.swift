import ArgumentParser
import Foundation
import PlanCore
import PlanData
import PlanStore
import PlanWeb

/// `actionplan` — the one executable: import, show, export and lint the plan.
@main
struct ActionPlan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actionplan",
        abstract: "自治体のアクションプランを読み込み、表示・書き出し・点検します。",
        discussion: """
        計画は設定されたデータベース（DATABASE_URL があれば PostgreSQL、なければ作業ディレクトリの actionplan.sqlite）から読みます。
        空のデータベースには、初めて使うときに同梱の世田谷区地域経済発展ビジョンアクションプランを読み込みます。
        """,
        subcommands: [ServeCommand.self, ImportCommand.self, ShowCommand.self, ExportCommand.self, LintCommand.self,
                      EvaluateCommand.self, ActualsCommand.self, DepartmentCommand.self, UserCommand.self, AssignCommand.self,
                      WorkflowCommand.self, YearCommand.self, GradingCommand.self, AuditCommand.self, ReportCommand.self, TargetCommand.self,
                      BackupCommand.self, RestoreCommand.self, BenchCommand.self]
    )
}

/// Exit statuses shared by the subcommands.
enum ExitStatus {
    /// The command found problems (lint findings).
    static let problems = ExitCode(1)
    /// The input could not be read.
    static let unreadable = ExitCode(2)
}

/// Where a command takes its plan from: a plan folder (`--plan DIR`), or else the configured
/// database (the default SQLite file, created and loaded with the embedded plan on first use).
struct PlanSource: ParsableArguments {
    @Option(name: .customLong("plan"), help: "計画のCSVのフォルダ（plan.csv・structure.csv・table.csv）。省略時は設定されたデータベースの計画。")
    var plan: String?

    @Option(name: .customLong("plan-id"), help: "データベースの計画ID（省略時は ACTIONPLAN_DEFAULT_PLAN、既定は setagaya）。")
    var planID: String?

    func load() async throws -> StoredPlan {
        if let plan {
            let imported = try PlanInput.read(path: plan, corrections: nil)
            return StoredPlan(plan: imported.plan, notes: imported.notes, chart: nil, version: 0, importedAt: Date())
        }
        return try await Self.fromDatabase(planID: planID)
    }

    /// The plan stored in the configured database.
    static func fromDatabase(planID: String?) async throws -> StoredPlan {
        try await Database.withCatalog { catalog in
            guard let loaded = try await catalog.plan(planID) else {
                throw ImportFailure(ImportError(file: "データベース",
                                                message: "計画「\(planID ?? catalog.defaultPlan)」がデータベースにありません（登録済み: \(try await catalog.repository.summaries().map(\.id).joined(separator: "、"))）"))
            }
            return loaded.stored
        }
    }
}

/// Opens the configured database through the composition root, for commands that do not serve.
enum Database {
    static func withCatalog<T: Sendable>(_ body: (PlanCatalog) async throws -> T) async throws -> T {
        try await PlanService.withCatalog(try configuration(), body)
    }

    /// The configuration from the environment, quiet unless LOG_LEVEL says otherwise.
    static func configuration() throws -> AppConfiguration {
        var config = try AppConfiguration.load()
        if ProcessInfo.processInfo.environment[AppConfiguration.Key.logLevel] == nil { config.logLevel = .warning }
        return config
    }
}

/// Reads any plan input by what it is.
enum PlanInput {
    /// A folder or `table.csv` in the project's format, or a source-table text (with corrections).
    static func read(path: String, corrections: String?) throws -> PlanImport {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportFailure(ImportError(file: path, message: "ファイルが見つかりません"))
        }
        if isDirectory.boolValue { return PlanImport(plan: try PlanCSV.read(folder: url), notes: []) }
        if url.pathExtension.lowercased() == "csv" {
            let folder = url.deletingLastPathComponent()
            let name = url.lastPathComponent
            guard [PlanCSV.tableFile, PlanCSV.structureFile, PlanCSV.planFile].contains(name) else {
                throw ImportFailure(ImportError(file: path, message: "計画のCSVは \(PlanCSV.planFile)・\(PlanCSV.structureFile)・\(PlanCSV.tableFile) の3つを同じフォルダに置き、フォルダか \(PlanCSV.tableFile) を指定してください"))
            }
            return PlanImport(plan: try PlanCSV.read(folder: folder), notes: [])
        }
        let data = try Data(contentsOf: url)
        let (text, _) = try TextDecoding.decode(data, file: url.lastPathComponent)
        var list: [Correction] = []
        if let corrections {
            let cdata: Data
            do { cdata = try Data(contentsOf: URL(fileURLWithPath: corrections)) } catch {
                throw ImportFailure(ImportError(file: corrections, message: "修正ファイルを読めません"))
            }
            list = try CorrectionsFile.read(cdata, name: URL(fileURLWithPath: corrections).lastPathComponent)
        }
        return try SourceTableReader(document: url.lastPathComponent, corrections: list).read(text)
    }
}

/// Prints located errors to standard error and exits with status 2.
func fail(_ error: Error) -> ExitCode {
    if let failure = error as? ImportFailure {
        for e in failure.errors { FileHandle.standardError.write(Data(("エラー: " + e.description + "\n").utf8)) }
    } else if let invalid = error as? AppConfiguration.Invalid {
        FileHandle.standardError.write(Data(("設定の誤り: " + invalid.description + "\n").utf8))
    } else if let failure = error as? ImportError {
        FileHandle.standardError.write(Data(("エラー: " + failure.description + "\n").utf8))
    } else {
        FileHandle.standardError.write(Data("エラー: \(error.localizedDescription)\n".utf8))
    }
    return ExitStatus.unreadable
}

func printLine(_ s: String) {
    FileHandle.standardOutput.write(Data((s + "\n").utf8))
}
