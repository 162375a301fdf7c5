import Foundation
import PlanCore
import PlanData
import PlanFiles
import PlanStore

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
    case "migrate":
        try await PlanStore.with(.sqlite(path: args[2])) { store in
            let summaries = try await store.plans.summaries()
            print(summaries)
            let loaded = try await store.plans.load(summaries[0].id)!
            print("nodes", loaded.plan.nodes.count, "indicators", loaded.plan.indicators.count, loaded.plan.grading.description)
            let fresh = try PlanData.importSource().plan
            print("same nodes:", loaded.plan.nodes == fresh.nodes, "same indicators:", loaded.plan.indicators == fresh.indicators)
            for (a, b) in zip(loaded.plan.indicators, fresh.indicators) where a != b { print(a); print(b); break }
            for (a, b) in zip(loaded.plan.nodes, fresh.nodes) where a != b { print(a); print(b); break }
            let cycle = store.cycle(summaries[0].id)
            print(try await cycle.actuals().map { "\($0.actual.indicator) \($0.actual.year.code) \($0.actual.value!)" })
            print(try await cycle.audit().count, try await cycle.audit().filter { $0.plan.isEmpty }.count)
            print(try await cycle.selfEvaluations().map(\.evaluation))
            print(try await cycle.targetRevisions())
            print(try await cycle.departments().map(\.name), try await cycle.assignments().count)
            print(try await cycle.accounts().map(\.name))
            print(try await store.plans.stamps())
        }
    default: break
    }
} catch {
    print("error: \(error)")
    exit(1)
}
