import ArgumentParser
import Foundation
import PlanCore
import PlanWeb

/// `actionplan import SOURCE` — reads a source-table text or a plan CSV, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "計画の表（PDFから抽出したタブ区切りテキスト）または計画のCSVを読み込みます。",
        discussion: """
        読み込みは全部か無しかです。1か所でも読めないときは、ファイル・行・列と受け付ける形を示して何も書き込みません。
        読み込んだ計画は設定されたデータベースに保存します（同じ計画IDの計画は置き換えます）。
        --output を指定すると、データベースではなく、計画を plan.csv・structure.csv・table.csv（と --vision-chart 指定時は vision-chart.csv）として書き出します。
        """
    )

    @Argument(help: "計画の表のテキスト（.txt）、または計画のCSV（フォルダか table.csv）。")
    var source: String

    @Option(help: "原文の修正ファイル（corrections.csv）。")
    var corrections: String?

    @Option(name: .customLong("vision-chart"), help: "ビジョンのロジックチャートのテキスト（004_….txt）。")
    var visionChart: String?

    @Option(help: "書き出し先のフォルダ。指定するとデータベースには保存しません。")
    var output: String?

    @Flag(name: .customLong("dry-run"), help: "内容を確認して要約だけを表示し、何も保存しません。")
    var dryRun = false

    func run() async throws {
        let result: PlanImport
        var chart: VisionChart? = nil
        do {
            result = try PlanInput.read(path: source, corrections: corrections)
            if let visionChart {
                let data = try Data(contentsOf: URL(fileURLWithPath: visionChart))
                let (text, _) = try TextDecoding.decode(data, file: visionChart)
                chart = try VisionChartReader.read(text, document: URL(fileURLWithPath: visionChart).lastPathComponent, plan: result.plan)
            }
        } catch {
            throw fail(error)
        }
        let plan = result.plan
        printLine("読み込みました: \(plan.title)")
        printLine("  基本の方針 \(plan.policies.count)・目指す姿 \(plan.visions.count)・目指す姿(N-M) \(plan.goals.count)・取組み \(plan.directions.count)・施策 \(plan.measures.count)・掲載 \(plan.placements.count)（再掲 \(plan.placements.filter(\.relisted).count)）・行動指標 \(plan.indicators.count)")
        let corrected = result.notes.filter { $0.kind == .corrected }.count
        if corrected > 0 { printLine("  修正ファイルの修正 \(corrected) 件を適用しました") }
        if let chart { printLine("  ロジックチャート: 背景 \(chart.backgrounds.count)・目指す姿 \(chart.visions.count)・戦略 \(chart.strategies.count)・戦術 \(chart.tactics.count)") }
        if dryRun { return }
        guard let output else {
            do {
                let notes = result.notes
                let savedChart = chart
                try await Database.withCatalog { catalog in
                    try await catalog.repository.save(plan, notes: notes, chart: savedChart)
                    await catalog.invalidate()
                }
            } catch {
                throw fail(error)
            }
            printLine("データベースに保存しました: 計画ID \(plan.id)")
            return
        }
        do {
            var files = PlanCSV.write(plan)
            if let chart { files[VisionChartCSV.file] = VisionChartCSV.write(chart) }
            try writeAtomically(files, to: URL(fileURLWithPath: output))
        } catch {
            throw fail(error)
        }
        printLine("書き出しました: \(output)")
    }

    /// Writes every file to a temporary folder first, then moves them into place, so that a
    /// failure leaves the destination as it was.
    func writeAtomically(_ files: [String: Data], to folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appendingPathComponent(".import-\(UUID().uuidString)")
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: staging) }
        for (name, data) in files { try data.write(to: staging.appendingPathComponent(name)) }
        for name in files.keys.sorted() {
            let target = folder.appendingPathComponent(name)
            _ = try? fm.removeItem(at: target)
            try fm.moveItem(at: staging.appendingPathComponent(name), to: target)
        }
    }
}
