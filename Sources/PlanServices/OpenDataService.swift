import Foundation
import PlanCore
import PlanFiles

extension PlanContext {
    /// The open-data files (published figures only, whoever asks), by name: each CSV in UTF-8
    /// (with BOM) and a CP932 copy (`…-cp932.csv`) for older Excel.
    public func openDataFiles() throws -> [String: Data] { try openDataFilesWithLosses().files }

    /// The files, and the characters each CSV's CP932 copy could not hold (shown to whoever downloads it).
    public func openDataFilesWithLosses() throws -> (files: [String: Data], lost: [String: [Character]]) {
        var years: [OpenDataFiles.YearData] = []
        for year in snapshot.publishedYears {
            let e = snapshot.evaluation(year: year, audience: .public)
            let visible = e.visibleItems ?? []
            let notes = Dictionary((snapshot.actuals[year] ?? []).map { ($0.actual.indicator, $0.actual.note) }, uniquingKeysWith: { a, _ in a })
            var unique: [String: Actual] = [:]
            for ev in e.evaluations {
                guard let v = ev.evaluation.actual else { continue }
                unique[ev.reportingID] = Actual(indicator: ev.reportingID, year: year, value: v, note: notes[ev.reportingID] ?? "")
            }
            let selfEvaluations = (snapshot.selfEvaluations[year] ?? []).map(\.evaluation).filter { visible.contains($0.project) }
            years.append(.init(year: year, actuals: Array(unique.values), evaluations: e.evaluations, selfEvaluations: selfEvaluations))
        }
        return OpenDataFiles.withCP932Copies(try OpenDataFiles.files(plan: plan, index: index, years: years))
    }

    /// Every open-data file in one ZIP archive.
    public func openDataArchive() throws -> Data {
        try openDataArchive(of: try openDataFiles())
    }

    /// The archive of files already made by `openDataFiles()`.
    public func openDataArchive(of files: [String: Data]) throws -> Data {
        try ZipArchive.make(files, folder: "\(plan.id)-opendata")
    }
}
