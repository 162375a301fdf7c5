import Foundation
import PlanCore
import ZIPFoundation

extension YearlyCycle {
    /// The open-data files (published figures only), by name.
    public func openDataFiles(plan loaded: PlanCatalog.LoadedPlan) async throws -> [String: Data] {
        var years: [OpenDataFiles.YearData] = []
        for year in YearTargets.years {
            let visible = try await publishedProjects(plan: loaded, year: year)
            guard !visible.isEmpty else { continue }
            let (_, evaluations) = try await evaluate(plan: loaded, year: year, publishedOnly: true)
            let actuals = evaluations.compactMap { e in e.evaluation.actual.map { Actual(indicator: e.reportingID, year: year, value: $0) } }
            let notes = Dictionary(try await cycle.actuals(plan: loaded.plan.id, year: year).map { ($0.actual.indicator, $0.actual.note) }, uniquingKeysWith: { a, _ in a })
            var unique: [String: Actual] = [:]
            for var a in actuals { a.note = notes[a.indicator] ?? ""; unique[a.indicator] = a }
            let selfEvaluations = try await cycle.selfEvaluations(plan: loaded.plan.id, year: year).filter { visible.contains($0.project) }
            years.append(.init(year: year, actuals: Array(unique.values), evaluations: evaluations, selfEvaluations: selfEvaluations))
        }
        return try OpenDataFiles.files(plan: loaded.plan, years: years)
    }

    /// Every open-data file in one ZIP archive.
    public func openDataArchive(plan loaded: PlanCatalog.LoadedPlan) async throws -> Data {
        let files = try await openDataFiles(plan: loaded)
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in files.keys.sorted() {
            let data = files[name]!
            try archive.addEntry(with: "\(loaded.plan.id)-opendata/\(name)", type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
