import Dispatch
import Foundation
import PlanCore

/// `actionplan bench actuals`: every plan of the database (the national corpus) receives a filled
/// actuals template for one year, imported through the same call as `actionplan actuals import`
/// (read, checked, saved all or nothing with its audit trail, one transaction per plan). The files
/// are made before the clock starts; what is timed is the import (docs/benchmarks.md, compared
/// with `psql \copy` of the same rows by `scripts/bench-postgres-load.sh`).
public enum ActualsBenchmark {
    public struct Result: Sendable {
        public var plans: Int
        public var values: Int
        public var notReported: Int
        public var seconds: Double
    }

    /// A filled template (made from the plan in memory, as the clerk's download is): about one
    /// row in ten left empty (未報告), the others 60–120% of the year's target (rates at most
    /// 100), or a count where the year has no target.
    static func filled(_ c: PlanContext, year: FiscalYear, random: inout SeededRandom) -> Data {
        let rows = ActualsCSV.rows(plan: c.snapshot.revised, index: c.snapshot.revisedIndex, units: c.snapshot.units(year: year), year: year).map {
            row -> [String] in
            var row = row
            guard random.below(10) != 0 else { return row }
            let indicator = c.snapshot.revisedIndex.indicatorsByID[row[0]]
            let target = indicator?.targets[year].map { NSDecimalNumber(decimal: $0).doubleValue } ?? Double(1 + random.below(1000))
            var value = (target * Double(60 + random.below(61)) / 100).rounded()
            if indicator?.isRate == true { value = min(value, 100) }
            row[ActualsCSV.valueColumn] = String(Int(max(0, value)))
            return row
        }
        return CSVTable.write(headers: ActualsCSV.headers, rows: rows)
    }

    /// `year`: the same year for every plan (plans without it are left out); nil: each plan's
    /// first reporting year. `parallel`: how many imports run at once (clerks of different plans
    /// in a reporting season).
    public static func run(
        _ services: PlanServices, year: FiscalYear?, plans limit: Int?, parallel: Int = 1, viewer: Viewer
    ) async throws -> Result {
        let ids = try await services.summaries().map(\.id).prefix(limit ?? .max)
        guard !ids.isEmpty else { throw ServiceError.notFound("計画がありません") }
        var random = SeededRandom(seed: 20_240)
        var files: [(id: String, year: FiscalYear, csv: Data)] = []
        for id in ids {
            let c = try await services.context(plan: id, viewer: viewer)
            guard let y = year ?? c.plan.reportingYears.first, c.plan.reportingYears.contains(y) else { continue }
            files.append((id, y, filled(c, year: y, random: &random)))
        }
        let made = files
        let start = DispatchTime.now().uptimeNanoseconds
        let imported = try await Lanes.map(made.count, parallel: parallel) { i in
            let c = try await services.context(plan: made[i].id, viewer: viewer)
            return try await c.importActuals(csv: made[i].csv, file: "\(made[i].id).csv", year: made[i].year)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(
            plans: files.count, values: imported.reduce(0) { $0 + $1.values }, notReported: imported.reduce(0) { $0 + $1.notReported },
            seconds: seconds)
    }
}
