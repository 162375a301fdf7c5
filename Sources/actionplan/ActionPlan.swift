import ArgumentParser
import Foundation
import PlanCore
import PlanData

/// `actionplan` — the one executable: import, show, export and lint the plan.
@main
struct ActionPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actionplan",
        abstract: "自治体のアクションプランを読み込み、表示・書き出し・点検します。",
        discussion: "計画を指定しないときは、同梱の世田谷区地域経済発展ビジョンアクションプランを使います。",
        subcommands: [ImportCommand.self, ShowCommand.self, ExportCommand.self, LintCommand.self]
    )
}

/// Exit statuses shared by the subcommands.
enum ExitStatus {
    /// The command found problems (lint findings).
    static let problems = ExitCode(1)
    /// The input could not be read.
    static let unreadable = ExitCode(2)
}

/// Where a command takes its plan from: a plan folder, a plan's `table.csv`, a source-table text,
/// or (by default) the embedded Setagaya plan.
struct PlanSource: ParsableArguments {
    @Option(name: .customLong("plan"), help: "計画のフォルダ（plan.csv・structure.csv・table.csv）。省略時は同梱の世田谷区の計画。")
    var plan: String?

    func load() throws -> Plan {
        guard let plan else { return try PlanData.setagayaPlan() }
        return try PlanInput.read(path: plan, corrections: nil).plan
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
