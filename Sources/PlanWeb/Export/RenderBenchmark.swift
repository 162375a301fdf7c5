import Foundation
import PlanCore
import PlanServices

/// What a public page costs when the page cache misses (`actionplan bench render`): the plan's
/// read model (its evaluations) is loaded once, as a running server has it, and each page is then
/// drawn again and again the way the public controller draws it — model and HTML — without the
/// page cache. Also the cold start: loading the plan from the database and its first evaluation.
public enum RenderBenchmark {
    public struct Case: Sendable {
        public var name: String
        public var path: String
        /// Each drawing, in milliseconds.
        public var milliseconds: [Double]

        public func percentile(_ p: Double) -> Double {
            let sorted = milliseconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(rank, 0), sorted.count - 1)]
        }
    }

    public struct Result: Sendable {
        public var plan: String
        /// Loading the plan from the database (and what the context computes at once), in milliseconds.
        public var load: Double
        public var cases: [Case]
    }

    public static func run(_ services: PlanServices, plan: String?, iterations: Int) async throws -> Result {
        let started = Date()
        let c = try await services.context(plan: plan, viewer: .anonymous)
        let load = Date().timeIntervalSince(started) * 1000
        let year = c.defaultYear

        let links = Links(base: Links.base(plan: c.plan.id, defaultPlan: services.configuration.defaultPlan))
        func ctx(_ url: SiteURL) -> PageContext {
            var p = PageContext(links: links, planTitle: c.plan.title, planID: c.plan.id, viewer: nil, current: url)
            p.hasVisionChart = c.snapshot.stored.chart != nil
            return p
        }
        var pages: [(String, SiteURL, () throws -> String)] = []
        pages.append(("home", .home, { HomePage.render(HomePage.model(c, flags: [], otherPlans: []), ctx(.home)) }))
        for (level, l) in c.plan.levels.enumerated() where l.hasPages {
            let nodes = c.plan.nodes.filter { $0.level == level && !$0.relisted }
            guard !nodes.isEmpty else { continue }
            let n = nodes[nodes.count / 2]
            guard let url = NodePage.url(n, c.plan, c.index) else { continue }
            pages.append((l.name, url, { NodePage.render(try NodePage.model(c, node: n, year: nil), ctx(url)) }))
        }
        if !c.plan.indicators.isEmpty {
            let i = c.plan.indicators[c.plan.indicators.count / 2]
            pages.append(("indicator", .indicator(i.id), { IndicatorPage.render(IndicatorPage.model(c, indicator: i), ctx(.indicator(i.id))) }))
        }
        if let year {
            pages.append(("dashboard", .dashboard(year), { DashboardPage.render(DashboardPage.model(c, year: year), ctx(.dashboard(year))) }))
            pages.append(("report", .report(year), { ReportPage.render(ReportPage.model(c, year: year, draft: false), ctx(.report(year))) }))
        }

        var cases: [Case] = []
        for (name, url, draw) in pages {
            _ = try draw()
            var times: [Double] = []
            times.reserveCapacity(iterations)
            for _ in 0..<max(1, iterations) {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try draw()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            }
            cases.append(Case(name: name, path: links.href(url), milliseconds: times))
        }
        return Result(plan: c.plan.id, load: load, cases: cases)
    }
}

/// What holding plans in memory costs (`actionplan bench memory`): the resident memory of the
/// process before any plan is loaded, once every plan's read model is loaded, and once each plan's
/// public evaluations of every reporting year are computed (what serving its pages needs).
public enum MemoryBenchmark {
    public struct Result: Sendable {
        public var plans: Int
        public var indicators: Int
        public var before: Int
        public var loaded: Int
        public var evaluated: Int
        /// Seconds to build every plan's read model from the database (cold: none was in memory).
        public var loadSeconds: Double
    }

    /// The resident memory of this process in bytes (Linux; nil elsewhere).
    public static func residentBytes() -> Int? {
        #if os(Linux)
            guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            return nil
        #endif
    }

    /// `parallel`: how many plans are read at once (the server reads the plans its requests ask
    /// for concurrently). `batched`: read as the server fills its memory at start
    /// (`PlanCatalog.preload`, each table once for many plans).
    public static func run(_ services: PlanServices, plans limit: Int?, parallel: Int = 1, batched: Bool = false) async throws -> Result {
        let ids = Array(try await services.summaries().map(\.id).prefix(limit ?? .max))
        let before = residentBytes() ?? 0
        let start = DispatchTime.now().uptimeNanoseconds
        if batched { try await services.catalog.preload(ids) }
        let contexts = try await Lanes.map(ids.count, parallel: parallel) { i in try await services.context(plan: ids[i], viewer: .anonymous) }
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let indicators = contexts.reduce(0) { $0 + $1.plan.indicators.count }
        let loaded = residentBytes() ?? 0
        for c in contexts {
            for year in c.plan.reportingYears { _ = c.evaluation(year: year) }
        }
        let evaluated = residentBytes() ?? 0
        return Result(
            plans: contexts.count, indicators: indicators, before: before, loaded: loaded, evaluated: evaluated, loadSeconds: loadSeconds)
    }
}
