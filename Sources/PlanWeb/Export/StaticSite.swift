import Foundation
import PlanCore
import PlanServices
import PlanStore

/// The public site as plain files (`actionplan publish`): every public page of every plan (or
/// of the plans named), in Japanese and English, the open-data files and archive, the style
/// sheet, a page for addresses that do not exist and a sitemap — the published figures only,
/// no staff page and no form that needs the server. Links carry the base path the site is
/// served under (`/actionplan/`).
///
/// Each run writes a new release folder beside the output and then points the output (a
/// symbolic link) at it in one rename, so a web server never serves a half-written site. A
/// plan whose data has not changed since the last release (its version stamp is the same) is
/// not rendered again: its files are linked from the previous release.
public enum StaticSite {
    public struct Options: Sendable {
        /// The path the web server serves (a symbolic link to the current release).
        public var output: URL
        /// Only these plans (nil: every plan).
        public var planIDs: [String]?
        /// The path the site lives under, with slashes at both ends (`/`, `/actionplan/`).
        public var basePath: String
        /// Also print each year's report to PDF with Chromium.
        public var pdf: Bool
        /// `https://example.lg.jp` for the sitemap's absolute addresses (nil: addresses from the base path).
        public var siteURL: String?

        public init(output: URL, planIDs: [String]? = nil, basePath: String = "/", pdf: Bool = false, siteURL: String? = nil) {
            self.output = output
            self.planIDs = planIDs
            self.basePath = Self.normalise(basePath)
            self.pdf = pdf
            self.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        }

        static func normalise(_ path: String) -> String {
            var p = path.trimmingCharacters(in: .whitespaces)
            if !p.hasPrefix("/") { p = "/" + p }
            if !p.hasSuffix("/") { p += "/" }
            return p
        }
    }

    public struct Summary: Sendable {
        public var rendered: [String] = []
        public var reused: [String] = []
        public var pages = 0
        public var files = 0
        public var bytes = 0
        public var release: URL
    }

    public enum PublishError: Error, CustomStringConvertible {
        case notALink(String)
        case unknownPlans([String])

        public var description: String {
            switch self {
            case .notALink(let path):
                return "書き出し先 \(path) が、前回の publish が作ったリンクではないフォルダです。空の場所を指定するか、そのフォルダを移してください"
            case .unknownPlans(let ids):
                return "計画「\(ids.joined(separator: "・"))」は登録されていません"
            }
        }
    }

    /// The record of a release, kept in it: which plan was published at which version.
    struct Manifest: Codable {
        var basePath: String
        /// The plans listed on the default plan's home page (its pages change when they do).
        var plans: [String]
        var stamps: [String: Int64]
        /// Relative paths of each plan's files.
        var files: [String: [String]]
    }

    static let manifestFile = ".publish.json"

    public static func publish(_ services: PlanServices, _ options: Options, progress: (String) -> Void = { _ in }) async throws -> Summary {
        let fm = FileManager.default
        let summaries = try await services.summaries()
        let known = Set(summaries.map(\.id))
        if let wanted = options.planIDs {
            let unknown = wanted.filter { !known.contains($0) }
            if !unknown.isEmpty { throw PublishError.unknownPlans(unknown) }
        }
        let output = options.output.standardizedFileURL
        let releases = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".releases")
        try fm.createDirectory(at: releases, withIntermediateDirectories: true)
        var previous: URL? = nil
        if let destination = try? fm.destinationOfSymbolicLink(atPath: output.path) {
            previous = URL(fileURLWithPath: destination, relativeTo: output.deletingLastPathComponent()).standardizedFileURL
        } else if fm.fileExists(atPath: output.path) {
            throw PublishError.notALink(output.path)
        }
        let old: Manifest? = previous.flatMap {
            try? JSONDecoder().decode(Manifest.self, from: Data(contentsOf: $0.appendingPathComponent(manifestFile)))
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let release = releases.appendingPathComponent("\(stamp)-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: release, withIntermediateDirectories: true)
        var summary = Summary(release: release)
        var manifest = Manifest(
            basePath: options.basePath, plans: summaries.map { "\($0.id)\t\($0.title)\t\($0.municipality)" }, stamps: [:], files: [:])
        var sitemap: [String] = []

        func write(_ relative: String, _ data: Data) throws {
            let url = release.appendingPathComponent(relative)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            summary.files += 1
            summary.bytes += data.count
        }

        do {
            let stamps = try await services.store.plans.stamps()
            let published = options.planIDs.map(Set.init) ?? known
            let defaultPlan = services.configuration.defaultPlan
            let sameBase = old?.basePath == options.basePath
            for s in summaries where published.contains(s.id) {
                let version = stamps[s.id] ?? 0
                manifest.stamps[s.id] = version
                let listChanged = s.id == defaultPlan && old?.plans != manifest.plans
                if sameBase, !listChanged, let old, let previous, old.stamps[s.id] == version, let files = old.files[s.id],
                    files.allSatisfy({ fm.fileExists(atPath: previous.appendingPathComponent($0).path) })
                {
                    // Unchanged since the last release: the same files, linked.
                    for f in files {
                        let target = release.appendingPathComponent(f)
                        try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try fm.linkItem(at: previous.appendingPathComponent(f), to: target)
                        summary.files += 1
                    }
                    manifest.files[s.id] = files
                    sitemap += files.filter { $0.hasSuffix("index.html") }.map { options.basePath + $0.dropLast("index.html".count) }
                    summary.reused.append(s.id)
                    continue
                }
                progress("計画「\(s.id)」を書き出します")
                let c = try await services.context(plan: s.id, viewer: .anonymous)
                let others = s.id == defaultPlan ? summaries.filter { $0.id != s.id } : []
                let pages = try planFiles(c, basePath: options.basePath, defaultPlan: defaultPlan, otherPlans: others)
                for (path, data) in pages { try write(path, data) }
                if options.pdf {
                    for year in c.plan.reportingYears where c.evaluation(year: year).hasFigures {
                        let html = ReportRendering.html(c, year: year, draft: false)
                        let relative = pagePath(
                            Links(base: Links.base(plan: s.id, defaultPlan: defaultPlan), staticBase: options.basePath).href(.report(year)),
                            basePath: options.basePath
                        ).replacingOccurrences(of: "index.html", with: "\(s.id)-report-\(year.code).pdf")
                        let url = release.appendingPathComponent(relative)
                        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try ReportRendering.pdf(html: html, to: url.path)
                        manifest.files[s.id, default: []].append(relative)
                        summary.files += 1
                    }
                }
                manifest.files[s.id, default: []] += pages.keys.sorted()
                summary.pages += pages.keys.filter { $0.hasSuffix(".html") }.count
                sitemap += pages.keys.filter { $0.hasSuffix("index.html") }.sorted().map { options.basePath + $0.dropLast("index.html".count) }
                summary.rendered.append(s.id)
            }
            // The pages of the whole site.
            for lang in [Lang.ja, .en] {
                let links = Links(base: "", lang: lang, staticBase: options.basePath)
                let ctx = PageContext(links: links, planTitle: nil, planID: nil, viewer: nil, current: .plans, isStatic: true)
                let plansPage = PlansPage.render(summaries.filter { published.contains($0.id) }, defaultPlan: defaultPlan, ctx)
                try write(pagePath(links.href(.plans), basePath: options.basePath), Data(plansPage.utf8))
                sitemap.append(links.href(.plans))
                let missing = PageContext(links: links, planTitle: nil, planID: nil, viewer: nil, current: .home, isStatic: true)
                try write(
                    lang == .ja ? "404.html" : "en/404.html",
                    Data(ErrorPage.render(missing, status: 404, message: lang == .ja ? "お探しのページはありません。" : "The page was not found.").utf8))
            }
            try write("styles.css", Data(Stylesheet.css.utf8))
            let base = options.siteURL ?? ""
            let urls = Set(sitemap).sorted().map { "  <url><loc>\(escapeXML(base + $0))</loc></url>" }
            try write(
                "sitemap.xml",
                Data(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + urls.joined(separator: "\n") + "\n</urlset>\n").utf8))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(manifest).write(to: release.appendingPathComponent(manifestFile))

            // Swap: a new link beside the output, renamed over it in one step.
            let link = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString)")
            try fm.createSymbolicLink(atPath: link.path, withDestinationPath: releases.lastPathComponent + "/" + release.lastPathComponent)
            guard rename(link.path, output.path) == 0 else {
                try? fm.removeItem(at: link)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
            }
        } catch {
            try? fm.removeItem(at: release)
            throw error
        }
        // Keep the release before this one (a server may still be reading it); remove older ones.
        let keep = Set([release.lastPathComponent, previous?.lastPathComponent].compactMap { $0 })
        for name in (try? fm.contentsOfDirectory(atPath: releases.path)) ?? [] where !keep.contains(name) {
            try? fm.removeItem(at: releases.appendingPathComponent(name))
        }
        return summary
    }

    /// Every file of one plan's public site, by path relative to the site's root.
    static func planFiles(_ c: PlanContext, basePath: String, defaultPlan: String, otherPlans: [PlanSummary]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let plan = c.plan
        let linkBase = Links.base(plan: plan.id, defaultPlan: defaultPlan)
        for lang in [Lang.ja, .en] {
            let links = Links(base: linkBase, lang: lang, staticBase: basePath)
            func ctx(_ url: SiteURL) -> PageContext {
                var p = PageContext(links: links, planTitle: plan.title, planID: plan.id, viewer: nil, current: url, isStatic: true)
                p.hasVisionChart = c.snapshot.stored.chart != nil
                return p
            }
            func page(_ url: SiteURL, _ html: String) { files[pagePath(links.href(url), basePath: basePath)] = Data(html.utf8) }
            page(.home, HomePage.render(HomePage.model(c, flags: [], otherPlans: otherPlans), ctx(.home)))
            for n in plan.nodes {
                guard let url = NodePage.url(n, plan, c.index) else { continue }
                if n.relisted && files[pagePath(links.href(url), basePath: basePath)] != nil { continue }
                page(url, NodePage.render(try NodePage.model(c, node: n, year: nil), ctx(url)))
            }
            for i in plan.indicators {
                page(.indicator(i.id), IndicatorPage.render(IndicatorPage.model(c, indicator: i), ctx(.indicator(i.id))))
            }
            if let year = c.defaultYear {
                page(.dashboard(nil), DashboardPage.render(DashboardPage.model(c, year: year), ctx(.dashboard(nil))))
                page(.report(nil), ReportPage.render(ReportPage.model(c, year: year, draft: false), ctx(.report(nil))))
            }
            for year in plan.reportingYears {
                page(.dashboard(year), DashboardPage.render(DashboardPage.model(c, year: year), ctx(.dashboard(year))))
                page(.report(year), ReportPage.render(ReportPage.model(c, year: year, draft: false), ctx(.report(year))))
            }
            if c.snapshot.stored.chart != nil {
                page(.vision, VisionChartPage.render(plan: plan, index: c.index, chart: c.snapshot.stored.chart, ctx(.vision)))
            }
            let data = try c.openDataFiles()
            page(.openData, OpenDataPage.render(plan: plan, files: data.keys.sorted(), ctx(.openData)))
            if lang == .ja {
                for (name, bytes) in data { files[pagePath(links.href(.openDataFile(name)), basePath: basePath)] = bytes }
                files[pagePath(links.href(.openDataFile("\(plan.id)-opendata.zip")), basePath: basePath)] = try c.openDataArchive()
            }
        }
        return files
    }

    /// The file a page's address names: `/actionplan/goals/1-1/` → `goals/1-1/index.html`.
    static func pagePath(_ href: String, basePath: String) -> String {
        var p = href.hasPrefix(basePath) ? String(href.dropFirst(basePath.count)) : String(href.drop { $0 == "/" })
        p = p.removingPercentEncoding ?? p
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }

    static func escapeXML(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
