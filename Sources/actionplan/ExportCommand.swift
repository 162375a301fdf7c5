import ArgumentParser
import Foundation
import PlanCore
import PlanStore

/// `actionplan export goals|indicators|plan --format jsonl|csv|json`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "計画を書き出します（オープンデータの形。項目は docs/open-data.md）。"
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case goals, indicators, plan
        case actualsTemplate = "actuals-template"
        case opendata
    }
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv, json
    }

    @Argument(help: "書き出すもの: goals（目指す姿の一覧）、indicators（行動指標の掲載ごと）、plan（計画全体）、actuals-template（実績の記入様式。--year が必要）")
    var what: What

    @Option(help: "actuals-template の年度（例: R6、令和6年度、2024）")
    var year: FiscalYearArgument?

    @Option(help: "actuals-template をこの課の事業だけにする")
    var department: String?

    @Option(help: "形式: jsonl（1行1件のJSON）、csv（UTF-8 BOM付き）、json")
    var format: Format = .jsonl

    @Option(help: "plan を csv で書き出すときのフォルダ、または actuals-template のファイル。省略時は標準出力へ。")
    var output: String?

    @OptionGroup var source: PlanSource

    @Option(help: "opendata の CSV の文字コード: utf-8（既定、BOM付き）または cp932")
    var encoding: String = "utf-8"

    func validate() throws {
        if what == .opendata && output == nil { throw ValidationError("オープンデータは --output フォルダ を指定してください") }
        if !["utf-8", "cp932"].contains(encoding) { throw ValidationError("--encoding は utf-8 か cp932 です") }
        if what == .actualsTemplate && year == nil { throw ValidationError("実績の様式には --year（例: --year R6）を指定してください") }
    }

    func run() async throws {
        if what == .opendata {
            let planID = source.planID, encoding = self.encoding
            let folder = URL(fileURLWithPath: output!)
            let lost: [Character]
            do {
                lost = try await withCycle { c in
                    let loaded = try await requirePlan(c, planID)
                    var files = try await c.openDataFiles(plan: loaded)
                    var lost = Set<Character>()
                    if encoding == "cp932" {
                        for (name, data) in files where name.hasSuffix(".csv") {
                            let converted = OpenDataFiles.cp932(data)
                            files[name] = converted.data
                            lost.formUnion(converted.lost)
                        }
                    }
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
                    try await c.openDataArchive(plan: loaded).write(to: folder.appendingPathComponent("\(loaded.plan.id)-opendata.zip"))
                    return lost.sorted()
                }
            } catch { throw refuse(error) }
            if !lost.isEmpty {
                FileHandle.standardError.write(Data("注意: CP932 にない文字は「?」になりました: \(String(lost))\n".utf8))
            }
            printLine("書き出しました: \(folder.path)")
            return
        }
        if what == .actualsTemplate {
            let planID = source.planID, department = self.department, year = self.year!.year
            let data: Data
            do {
                data = try await withCycle { c in
                    let loaded = try await requirePlan(c, planID)
                    var projects: Set<String>? = nil
                    if let department {
                        guard let d = try await c.cycle.department(plan: loaded.plan.id, name: department) else {
                            throw CycleError.notFound("課「\(department)」がありません")
                        }
                        projects = try await c.cycle.projects(of: d.requireID(), plan: loaded.plan.id)
                    }
                    let existing = try await c.cycle.actuals(plan: loaded.plan.id, year: year).map(\.actual)
                    return ActualsCSV.template(plan: loaded.plan, year: year, projects: projects, existing: existing)
                }
            } catch { throw refuse(error) }
            if let output {
                try data.write(to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data("書き出しました: \(output)\n".utf8))
            } else {
                FileHandle.standardOutput.write(data)
            }
            return
        }
        let plan: Plan
        do { plan = try await source.load().plan } catch { throw fail(error) }
        let out = FileHandle.standardOutput
        switch (what, format) {
        case (.goals, .jsonl):
            out.write(Data(try OpenData.jsonLines(OpenData.goals(plan)).utf8))
        case (.goals, .json):
            out.write(try OpenData.encoder(pretty: true).encode(OpenData.goals(plan))); out.write(Data("\n".utf8))
        case (.goals, .csv):
            let rows = OpenData.goals(plan).map { [$0.code, $0.title, String($0.vision), $0.visionTitle, String($0.policy), $0.policyTitle] }
            out.write(CSVTable.write(headers: ["目指す姿コード", "目指す姿名", "目指す姿番号", "目指す姿", "方針番号", "方針"], rows: rows))
        case (.indicators, .jsonl):
            out.write(Data(try OpenData.jsonLines(OpenData.indicators(plan)).utf8))
        case (.indicators, .json):
            out.write(try OpenData.encoder(pretty: true).encode(OpenData.indicators(plan))); out.write(Data("\n".utf8))
        case (.indicators, .csv), (.plan, .csv):
            if let output, what == .plan {
                let folder = URL(fileURLWithPath: output)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for (name, data) in PlanCSV.write(plan) { try data.write(to: folder.appendingPathComponent(name)) }
                FileHandle.standardError.write(Data("書き出しました: \(output)\n".utf8))
            } else {
                out.write(PlanCSV.write(plan)[PlanCSV.tableFile]!)
            }
        case (.plan, .json):
            out.write(try OpenData.encoder(pretty: true).encode(plan)); out.write(Data("\n".utf8))
        case (.plan, .jsonl):
            out.write(try OpenData.encoder().encode(plan)); out.write(Data("\n".utf8))
        case (.actualsTemplate, _), (.opendata, _):
            break
        }
    }
}
