import ArgumentParser
import Foundation
import PlanCore
import PlanFiles
import PlanServices
import PlanStore

/// `actionplan export WHAT --format …` — the plan and its data in the open-data forms.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "計画と年度のデータを書き出します（項目は docs/open-data.md）。",
        discussion: """
            indicators・structure: 指標ごと・項目ごとの JSON（jsonl は1行1件）。
            plan: 計画の一式（--format csv はフォルダ、xlsx はブック。どちらも actionplan import で読み戻せる）。
            plan-template: 計画を貼り付ける空の表（例: --levels 基本目標,施策 --years R3:基準,R8,R12）。
            actuals-template: 実績の記入様式（--year が必要。--department で課の項目だけ）。
            opendata: 公表済みのオープンデータ一式（--output フォルダ）。
            """
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case indicators, structure, plan
        case planTemplate = "plan-template"
        case actualsTemplate = "actuals-template"
        case opendata
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv, xlsx }

    @Argument(help: "書き出すもの: indicators・structure・plan・plan-template・actuals-template・opendata") var what: What
    @Option(help: "形式: jsonl・json・csv・xlsx") var format: Format?
    @Option(help: "書き出し先（ファイルかフォルダ）。省略時は標準出力（plan の csv・xlsx と opendata は必須）。") var output: String?
    @Option(help: "plan-template の階層（カンマ区切り。例: 基本目標,施策）") var levels: String?
    @Option(help: "plan-template の年度（例: R3:基準,R8,R12。:中間・:最終 も使える）") var years: String?
    @Option(help: "actuals-template の年度（例: R6）") var year: YearArgument?
    @Option(help: "actuals-template をこの課の項目だけにする") var department: String?
    @Option(help: "opendata の CSV: both（既定。UTF-8（BOM付き）と CP932 の …-cp932.csv を並べる）・utf-8・cp932 のどれか") var encoding: String = "both"
    @OptionGroup var options: PlanOptions

    func validate() throws {
        if what == .opendata && output == nil { throw ValidationError("オープンデータは --output フォルダ を指定してください") }
        if !["both", "utf-8", "cp932"].contains(encoding) { throw ValidationError("--encoding は both・utf-8・cp932 のどれかです") }
        if what == .actualsTemplate && year == nil { throw ValidationError("実績の様式には --year（例: --year R6）を指定してください") }
        if what == .plan && (format == .csv || format == .xlsx) && output == nil {
            throw ValidationError("plan を \(format!.rawValue) で書き出すときは --output を指定してください")
        }
        if what == .planTemplate {
            guard let levels, !levels.isEmpty else { throw ValidationError("plan-template には --levels（例: 基本目標,施策）を指定してください") }
            if levels.split(separator: ",").count > PlanLevel.maximumCount { throw ValidationError("階層は\(PlanLevel.maximumCount)つまでです") }
            guard let years, PlanWorkbook.TemplateYear.parse(years) != nil else {
                throw ValidationError("plan-template には --years（例: R3:基準,R8,R12）を指定してください")
            }
        }
    }

    func emit(_ data: Data, defaultName: String? = nil) throws {
        if let target = output ?? defaultName {
            try data.write(to: URL(fileURLWithPath: target))
            printError("書き出しました: \(target)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    func run() async throws {
        if what == .planTemplate {
            let levelNames = levels!.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let templateYears = PlanWorkbook.TemplateYear.parse(years!)!
            do {
                if format == .csv {
                    try emit(PlanWorkbook.templateCSV(levels: levelNames, years: templateYears))
                } else {
                    try emit(try PlanWorkbook.template(levels: levelNames, years: templateYears), defaultName: "plan-template.xlsx")
                }
            } catch { throw refuse(error) }
            return
        }
        let format = self.format
        let output = self.output
        let encoding = self.encoding
        let year = self.year?.year
        let department = self.department
        let what = self.what
        let data: Data
        do {
            data = try await withPlan(options) { c -> Data in
                switch (what, format ?? .jsonl) {
                case (.indicators, .json):
                    return try OpenData.encoder(pretty: true).encode(OpenData.indicators(c.plan, index: c.index)) + Data("\n".utf8)
                case (.indicators, .csv): return PlanPackage.csvFiles(c.plan)[PlanPackage.Part.indicators.file]!
                case (.indicators, _): return Data(try OpenData.jsonLines(OpenData.indicators(c.plan, index: c.index)).utf8)
                case (.structure, .json):
                    return try OpenData.encoder(pretty: true).encode(OpenData.structure(c.plan, index: c.index)) + Data("\n".utf8)
                case (.structure, .csv): return try OpenDataFiles.files(plan: c.plan, years: [])["structure.csv"]!
                case (.structure, _): return Data(try OpenData.jsonLines(OpenData.structure(c.plan, index: c.index)).utf8)
                case (.plan, .csv):
                    var files = PlanPackage.csvFiles(c.plan)
                    if let chart = c.snapshot.stored.chart { files[VisionChartCSV.file] = VisionChartCSV.write(chart) }
                    try ImportCommand.writeAtomically(files, to: URL(fileURLWithPath: output!))
                    return Data()
                case (.plan, .xlsx): return try PlanWorkbook.write(c.plan)
                case (.plan, .json): return try OpenData.encoder(pretty: true).encode(c.plan) + Data("\n".utf8)
                case (.plan, _): return try OpenData.encoder().encode(c.plan) + Data("\n".utf8)
                case (.actualsTemplate, _):
                    let d = try department.map { try c.department(named: $0) }
                    return try c.actualsTemplate(year: try c.requireYear(year!), department: d)
                case (.opendata, _):
                    var (files, lost) = try c.openDataFilesWithLosses()
                    let copies = Set(files.keys.filter { $0.hasSuffix("-cp932.csv") })
                    switch encoding {
                    case "utf-8": files = files.filter { !copies.contains($0.key) }
                    case "cp932": files = files.filter { !$0.key.hasSuffix(".csv") || copies.contains($0.key) }
                    default: break
                    }
                    let folder = URL(fileURLWithPath: output!)
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
                    try c.openDataArchive().write(to: folder.appendingPathComponent(c.openDataArchiveName))
                    if encoding != "utf-8" {
                        for (name, chars) in lost.sorted(by: { $0.key < $1.key }) {
                            printError(
                                "注意: \(OpenDataFiles.cp932Name(name)) では CP932 にない文字「\(String(chars))」を「\(OpenDataFiles.substitute)」にしました（\(name) は元のまま）"
                            )
                        }
                    }
                    printError("書き出しました: \(folder.path)")
                    return Data()
                case (.planTemplate, _): return Data()
                }
            }
        } catch { throw refuse(error) }
        if what == .opendata || (what == .plan && format == .csv) { return }
        do { try emit(data) } catch { throw refuse(error) }
    }
}
