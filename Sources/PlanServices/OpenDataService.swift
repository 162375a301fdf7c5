import Foundation
import PlanCore
import PlanFiles

extension PlanContext {
    /// The open-data files (published figures only, whoever asks), by name: each CSV in UTF-8
    /// (with BOM), a CP932 copy (`…-cp932.csv`) for older Excel and a workbook (`….xlsx`).
    public func openDataFiles() throws -> [String: Data] { try openDataFilesWithLosses().files }

    /// The files, and the characters each CSV's CP932 copy could not hold (shown to whoever downloads it).
    public func openDataFilesWithLosses() throws -> (files: [String: Data], lost: [String: [Character]]) {
        try ServiceMetrics.measure(.buildOpenData) { try buildOpenDataFiles() }
    }

    private func buildOpenDataFiles() throws -> (files: [String: Data], lost: [String: [Character]]) {
        var years: [OpenDataFiles.YearData] = []
        for year in snapshot.publishedYears {
            let e = snapshot.evaluation(year: year, audience: .public)
            let visible = e.visibleItems ?? []
            let stored = Dictionary((snapshot.actuals[year] ?? []).map { ($0.actual.indicator, $0) }, uniquingKeysWith: { a, _ in a })
            var unique: [String: Actual] = [:]
            var entered: [String: CalendarDay] = [:]
            for ev in e.evaluations {
                guard let v = ev.evaluation.actual else { continue }
                let entry = stored[ev.reportingID]
                unique[ev.reportingID] = Actual(indicator: ev.reportingID, year: year, value: v, note: entry?.actual.note ?? "")
                entered[ev.reportingID] = entry.map { CalendarDay(inJapan: $0.enteredAt) }
            }
            let selfEvaluations = (snapshot.selfEvaluations[year] ?? []).filter { visible.contains($0.evaluation.project) }
            var publishedOn: [String: CalendarDay] = [:]
            for (item, department) in snapshot.leadByItem {
                guard let s = snapshot.submissions[year]?[department], s.state == .published, let at = s.updatedAt else { continue }
                publishedOn[item] = CalendarDay(inJapan: at)
            }
            years.append(
                .init(
                    year: year, actuals: Array(unique.values), evaluations: e.evaluations, selfEvaluations: selfEvaluations.map(\.evaluation),
                    publishedOn: publishedOn, actualEnteredOn: entered,
                    selfEvaluationEnteredOn: Dictionary(
                        selfEvaluations.map { ($0.evaluation.project, CalendarDay(inJapan: $0.enteredAt)) }, uniquingKeysWith: max)))
        }
        var (files, lost) = OpenDataFiles.withCP932Copies(try OpenDataFiles.files(plan: plan, index: index, years: years))
        // Each table as a workbook too (numbers as numbers, codes as text, licence and source on a sheet of their own).
        for (name, data) in files where name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv") {
            files[OpenDataWorkbook.name(for: name)] = try OpenDataWorkbook.write(csv: data, name: name, plan: plan)
        }
        files = try DataPackage.adding(
            to: files, plan: plan, dates: DataPackage.Dates(plan: CalendarDay(inJapan: snapshot.stored.importedAt), published: years),
            archive: openDataArchiveName)
        return (files, lost)
    }

    /// Every open-data file in one ZIP archive.
    public func openDataArchive() throws -> Data {
        try openDataArchive(of: try openDataFiles())
    }

    /// The archive of files already made by `openDataFiles()`.
    public func openDataArchive(of files: [String: Data]) throws -> Data {
        try ZipArchive.make(files, folder: "\(plan.id)-opendata")
    }

    /// The archive's file name (`setagaya-opendata.zip`).
    public var openDataArchiveName: String { "\(plan.id)-opendata.zip" }
}
