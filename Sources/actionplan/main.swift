import Foundation
import PlanCore
import PlanData
import PlanFiles

// Temporary driver while the CLI is rebuilt.
let args = CommandLine.arguments
do {
    switch args[1] {
    case "rebuild":
        let imported = try PlanData.importSource()
        let files = PlanPackage.csvFiles(imported.plan)
        let out = URL(fileURLWithPath: args[2])
        for (name, data) in files { try data.write(to: out.appendingPathComponent(name)) }
        let chart = try PlanData.importVisionChart(plan: imported.plan)
        try VisionChartCSV.write(chart).write(to: out.appendingPathComponent(VisionChartCSV.file))
        print("nodes \(imported.plan.nodes.count) indicators \(imported.plan.indicators.count) notes \(imported.notes.count)")
    case "indicators":
        let imported = try PlanData.importSource()
        print(try OpenData.jsonLines(OpenData.indicators(imported.plan)), terminator: "")
    case "lint":
        let imported = try PlanData.importSource()
        print(try OpenData.jsonLines(PlanLinter(plan: imported.plan, notes: imported.notes).run()), terminator: "")
    case "table":
        let url = URL(fileURLWithPath: args[2])
        let data = try Data(contentsOf: url)
        let options = PlanTableReader.Options(planID: "x", title: "t", municipality: "m")
        let r = url.pathExtension == "xlsx" ? try PlanWorkbook.read(data, file: url.lastPathComponent, sheet: nil, options: options)
            : try PlanWorkbook.readCSV(data, file: url.lastPathComponent, options: options)
        for l in r.layout?.lines ?? [] { print(l) }
        print(try OpenData.jsonLines(OpenData.structure(r.plan)), terminator: "")
        print(try OpenData.jsonLines(OpenData.indicators(r.plan)), terminator: "")
    default: break
    }
} catch {
    print("error: \(error)")
    exit(1)
}
