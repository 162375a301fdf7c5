import Dispatch
import Foundation
import PlanCore

/// `actionplan bench activities`: activity records across every plan of the database (the
/// national corpus), through the same service calls as the staff pages and the API, and what
/// they cost (docs/benchmarks.md): the year's evaluation and roll-up of every plan before and
/// after, the bulk import, and the write that adds one record and recomputes its plan's figures.
public enum ActivityBenchmark {
    public struct Result: Sendable {
        public var plans: Int
        public var records: Int
        /// Seconds: every plan's read model loaded and its year evaluated and rolled up.
        public var rollUpBefore: Double
        public var rollUpAfter: Double
        /// Seconds to define the kinds and rules of every plan.
        public var define: Double
        /// Seconds to add every record (one write per plan).
        public var importing: Double
        /// Milliseconds of each write that added one record and recomputed its plan's figures.
        public var oneRecord: [Double]

        public func percentile(_ p: Double) -> Double {
            let sorted = oneRecord.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p / 100).rounded()))]
        }
    }

    static let department = "記録課"

    /// The kinds and rules of a benchmark plan: events counted per year on its first reported
    /// indicator, registrations counted cumulatively on its second.
    static func definitions(_ c: PlanContext) -> ActivityDefinitions? {
        guard let year = c.plan.reportingYears.first else { return nil }
        let ids = c.snapshot.units(year: year).order
        guard ids.count >= 2 else { return nil }
        let kinds = [
            ActivityKind(
                id: "event", name: "イベント", categories: ["講座", "相談会"],
                fields: [
                    ActivityField(id: "participants", label: "参加者数", type: .count, unit: "人"),
                    ActivityField(id: "contact", label: "連絡先", type: .text, personal: true),
                ], retentionYears: 5),
            ActivityKind(id: "registration", name: "登録", fields: [ActivityField(id: "member", label: "登録者", type: .text, personal: true)]),
        ]
        return ActivityDefinitions(
            kinds: kinds,
            rules: [
                CountingRule(indicator: ids[0], kind: "event", categories: ["講座"]),
                CountingRule(indicator: ids[1], kind: "registration", span: .cumulative, carriedIn: 100),
            ])
    }

    static func input(_ random: inout SeededRandom, years: [FiscalYear]) -> ActivityInput {
        let year = years[random.below(years.count)]
        let day = CalendarDay(year: year.westernYear + (random.below(12) < 9 ? 0 : 1), month: 1 + random.below(12), day: 1 + random.below(28))
        let fiscal = day.fiscalYear == year ? day : CalendarDay(year: year.westernYear, month: 4 + random.below(9), day: 1 + random.below(28))
        if random.below(3) == 0 {
            return ActivityInput(
                kind: "registration", department: department, date: fiscal.description, title: "会員登録",
                values: ["member": "登録者\(random.below(100_000))"])
        }
        return ActivityInput(
            kind: "event", department: department, date: fiscal.description, title: "講座 \(fiscal)", category: random.below(4) == 0 ? "相談会" : "講座",
            values: ["participants": String(random.below(80)), "contact": "担当 \(random.below(1000))"])
    }

    static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Every plan's year evaluated (and rolled up) from a fresh read model.
    static func rollUp(_ services: PlanServices, ids: [String], viewer: Viewer) async throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for id in ids {
            let c = try await services.context(plan: id, viewer: viewer)
            if let y = c.plan.reportingYears.first { _ = c.evaluation(year: y).levels.plan }
        }
        return seconds(since: start)
    }

    public static func run(_ services: PlanServices, records total: Int, sample: Int, viewer: Viewer) async throws -> Result {
        let ids = try await services.summaries().map(\.id)
        guard !ids.isEmpty else { throw ServiceError.notFound("計画がありません") }
        let before = try await rollUp(services, ids: ids, viewer: viewer)
        var start = DispatchTime.now().uptimeNanoseconds
        var used: [String] = []
        for id in ids {
            var c = try await services.context(plan: id, viewer: viewer)
            guard let d = definitions(c) else { continue }
            if !c.departments.contains(where: { $0.name == department }) {
                _ = try await c.addDepartment(department)
                c = try await services.context(plan: id, viewer: viewer)
            }
            _ = try await c.defineActivities(d)
            used.append(id)
        }
        let define = seconds(since: start)
        var random = SeededRandom(seed: 20_241)
        start = DispatchTime.now().uptimeNanoseconds
        var added = 0
        for (n, id) in used.enumerated() {
            let count = total / used.count + (n < total % used.count ? 1 : 0)
            let c = try await services.context(plan: id, viewer: viewer)
            let years = c.plan.reportingYears
            let inputs = (0..<count).map { _ in input(&random, years: years) }
            added += try await c.addActivityRecords(inputs).records
        }
        let importing = seconds(since: start)
        var times: [Double] = []
        for _ in 0..<sample {
            let id = used[random.below(used.count)]
            let c = try await services.context(plan: id, viewer: viewer)
            let one = input(&random, years: c.plan.reportingYears)
            let t = DispatchTime.now().uptimeNanoseconds
            _ = try await c.addActivityRecords([one])
            times.append(seconds(since: t) * 1000)
            added += 1
        }
        let after = try await rollUp(services, ids: ids, viewer: viewer)
        return Result(
            plans: used.count, records: added, rollUpBefore: before, rollUpAfter: after, define: define, importing: importing, oneRecord: times)
    }
}
