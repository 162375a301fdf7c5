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
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .notALink(let path):
                return Strings(lang: .ja).notALink(path)
            case .unknownPlans(let ids):
                return Strings(lang: .ja).unknownPlans(ids)
            case .cannotWrite(let path, let reason):
                return Strings(lang: .ja).cannotWrite(path, reason)
            }
        }
    }

    /// The record of a release, kept in it: which plan was published at which version, and where.
    struct Manifest: Codable {
        var basePath: String
        /// The plans listed on the default plan's home page (its pages change when they do).
        var plans: [String]
        var stamps: [String: Int64]
        /// Relative paths of the files of the plan served at the site's root, linked one by one.
        var files: [String: [String]]
        /// The folder in the plan store that holds each other plan's files.
        var folders: [String: String]?
        var pdf: Bool?
    }

    static let manifestFile = ".publish.json"

    /// Where a release's parts live, beside the output link: `site.releases/` (one folder per
    /// release) and `site.plans/` (one folder per plan and version, shared by releases).
    struct Layout {
        var output: URL
        var releases: URL { output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".releases") }
        var store: URL { output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".plans") }

        /// The symbolic link that makes `root` (`plans/sakura/`) of a release the same folder of a
        /// stored plan, relative so that the three folders can move together.
        func link(root: String, folder: String) -> (at: String, to: String) {
            let path = root.hasSuffix("/") ? String(root.dropLast()) : root
            let depth = path.split(separator: "/").count
            let up = String(repeating: "../", count: depth - 1 + 2)
            return (path, up + store.lastPathComponent + "/" + folder + "/" + path)
        }
    }

    /// One plan's part of a release, as a worker wrote it.
    struct PlanOutput: Sendable {
        var id: String
        var files: [String]
        var folder: String?
        var pages: Int
        var bytes: Int
        var sitemap: [String]
    }

    public static func publish(_ services: PlanServices, _ options: Options, progress: (String) -> Void = { _ in }) async throws -> Summary {
        try await ServiceMetrics.measure(.publishSite) { try await writeSite(services, options, progress: progress) }
    }

    static func writeSite(_ services: PlanServices, _ options: Options, progress: (String) -> Void) async throws -> Summary {
        let fm = FileManager.default
        let summaries = try await services.summaries()
        let known = Set(summaries.map(\.id))
        if let wanted = options.planIDs {
            let unknown = wanted.filter { !known.contains($0) }
            if !unknown.isEmpty { throw PublishError.unknownPlans(unknown) }
        }
        let output = options.output.standardizedFileURL
        let layout = Layout(output: output)
        try fm.createDirectory(at: layout.releases, withIntermediateDirectories: true)
        try fm.createDirectory(at: layout.store, withIntermediateDirectories: true)
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
        let release = layout.releases.appendingPathComponent("\(stamp)-\(UUID().uuidString.prefix(8))")
        try fm.createDirectory(at: release, withIntermediateDirectories: true)
        var summary = Summary(release: release)
        var manifest = Manifest(
            basePath: options.basePath, plans: summaries.map { "\($0.id)\t\($0.title)\t\($0.municipality)" }, stamps: [:], files: [:],
            folders: [:], pdf: options.pdf)
        var newFolders: [String] = []
        var siteFiles = FileWriter(root: release)
        var sitemap: [String] = []
        var sitemaps: [String] = []

        do {
            let stamps = try await services.store.plans.stamps()
            let published = options.planIDs.map(Set.init) ?? known
            let defaultPlan = services.configuration.defaultPlan
            let sameSite = old?.basePath == options.basePath && (old?.pdf ?? false) == options.pdf
            var work: [PlanSummary] = []
            for s in summaries where published.contains(s.id) {
                let version = stamps[s.id] ?? 0
                manifest.stamps[s.id] = version
                let roots = planRoots(s.id, defaultPlan: defaultPlan, basePath: options.basePath)
                guard sameSite, let old, old.stamps[s.id] == version else {
                    work.append(s)
                    continue
                }
                if let folder = old.folders?[s.id], fm.fileExists(atPath: layout.store.appendingPathComponent(folder).path) {
                    // Unchanged since the last release: the same folder of the plan store.
                    for root in roots { try linkRoot(root, folder: folder, layout: layout, release: release) }
                    manifest.folders?[s.id] = folder
                    sitemaps += roots.map { options.basePath + $0 + "sitemap.xml" }
                    summary.reused.append(s.id)
                } else if s.id == defaultPlan, old.plans == manifest.plans, let previous, let files = old.files[s.id],
                    files.allSatisfy({ fm.fileExists(atPath: previous.appendingPathComponent($0).path) })
                {
                    // The plan at the site's root: the same files, linked one by one.
                    for f in files { try siteFiles.link(f, from: previous.appendingPathComponent(f)) }
                    manifest.files[s.id] = files
                    sitemap += files.filter { $0.hasSuffix("index.html") }.map { options.basePath + $0.dropLast("index.html".count) }
                    summary.reused.append(s.id)
                } else {
                    work.append(s)
                }
            }

            // The plans that changed, drawn by as many workers as the machine has cores.
            let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, work.count))
            let basePath = options.basePath
            let pdf = options.pdf
            let siteURL = options.siteURL
            let others = summaries
            try await withThrowingTaskGroup(of: PlanOutput.self) { group in
                var queue = work.makeIterator()
                func start(_ s: PlanSummary) {
                    let version = manifest.stamps[s.id] ?? 0
                    group.addTask {
                        try await renderPlan(
                            services, s.id, version: version, defaultPlan: defaultPlan, otherPlans: others, basePath: basePath, pdf: pdf,
                            siteURL: siteURL, layout: layout, release: release)
                    }
                }
                for _ in 0..<workers { if let s = queue.next() { start(s) } }
                while let done = try await group.next() {
                    if let folder = done.folder {
                        newFolders.append(folder)
                        let roots = planRoots(done.id, defaultPlan: defaultPlan, basePath: basePath)
                        for root in roots { try linkRoot(root, folder: folder, layout: layout, release: release) }
                        manifest.folders?[done.id] = folder
                        sitemaps += roots.map { basePath + $0 + "sitemap.xml" }
                    } else {
                        manifest.files[done.id] = done.files
                        sitemap += done.sitemap
                    }
                    summary.rendered.append(done.id)
                    summary.pages += done.pages
                    summary.files += done.files.count
                    summary.bytes += done.bytes
                    progress(Strings(lang: .ja).planWritten(done.id, summary.rendered.count, of: work.count))
                    if let s = queue.next() { start(s) }
                }
            }

            // The pages of the whole site.
            for lang in [Lang.ja, .en] {
                let links = Links(base: "", lang: lang, staticBase: options.basePath)
                let ctx = PageContext(links: links, planTitle: nil, planID: nil, viewer: nil, current: .plans, isStatic: true)
                let plansPage = PlansPage.render(summaries.filter { published.contains($0.id) }, defaultPlan: defaultPlan, ctx)
                try siteFiles.write(pagePath(links.href(.plans), basePath: options.basePath), Data(plansPage.utf8))
                sitemap.append(links.href(.plans))
                let missing = PageContext(links: links, planTitle: nil, planID: nil, viewer: nil, current: .home, isStatic: true)
                try siteFiles.write(
                    lang == .ja ? "404.html" : "en/404.html",
                    Data(ErrorPage.render(missing, status: 404, message: missing.s(.notFoundMessage)).utf8))
            }
            try siteFiles.write("styles.css", Data(Stylesheet.css.utf8))
            // The sitemap is an index (a sitemap holds at most 50,000 addresses): the site's own
            // pages, and one sitemap per plan folder, kept with the plan.
            try siteFiles.write("sitemap-site.xml", sitemapXML(sitemap, siteURL: options.siteURL))
            try siteFiles.write(
                "sitemap.xml", sitemapIndexXML([options.basePath + "sitemap-site.xml"] + sitemaps.sorted(), siteURL: options.siteURL))
            summary.files += siteFiles.files
            summary.bytes += siteFiles.bytes
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(manifest).write(to: release.appendingPathComponent(manifestFile))

            // Everything written reaches the disk before the release is swapped in.
            sync()
            // Swap: a new link beside the output, renamed over it in one step.
            let link = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString)")
            try fm.createSymbolicLink(atPath: link.path, withDestinationPath: layout.releases.lastPathComponent + "/" + release.lastPathComponent)
            guard rename(link.path, output.path) == 0 else {
                try? fm.removeItem(at: link)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: output.path])
            }
        } catch {
            try? fm.removeItem(at: release)
            for folder in newFolders { try? fm.removeItem(at: layout.store.appendingPathComponent(folder)) }
            throw error
        }
        // Keep the release before this one (a server may still be reading it) and the plan folders
        // the two use; remove the rest.
        let keep = Set([release.lastPathComponent, previous?.lastPathComponent].compactMap { $0 })
        for name in (try? fm.contentsOfDirectory(atPath: layout.releases.path)) ?? [] where !keep.contains(name) {
            try? fm.removeItem(at: layout.releases.appendingPathComponent(name))
        }
        let used = Set(Array((manifest.folders ?? [:]).values) + Array((old?.folders ?? [:]).values))
        for name in (try? fm.contentsOfDirectory(atPath: layout.store.path)) ?? [] where !used.contains(name) {
            try? fm.removeItem(at: layout.store.appendingPathComponent(name))
        }
        return summary
    }

    /// The folders of the site that hold one plan's pages and nothing else (`plans/sakura/`,
    /// `en/plans/sakura/`); none for the plan served at the site's root.
    static func planRoots(_ plan: String, defaultPlan: String, basePath: String) -> [String] {
        let base = Links.base(plan: plan, defaultPlan: defaultPlan)
        guard !base.isEmpty else { return [] }
        return [Lang.ja, .en].map { lang in
            let home = pagePath(Links(base: base, lang: lang, staticBase: basePath).href(.home), basePath: basePath)
            return String(home.dropLast("index.html".count))
        }
    }

    static func linkRoot(_ root: String, folder: String, layout: Layout, release: URL) throws {
        let (at, to) = layout.link(root: root, folder: folder)
        let url = release.appendingPathComponent(at)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: to)
    }

    /// Draws one plan and writes its files: into a new folder of the plan store when the plan has
    /// folders of its own, else into the release.
    static func renderPlan(
        _ services: PlanServices, _ id: String, version: Int64, defaultPlan: String, otherPlans: [PlanSummary], basePath: String, pdf: Bool,
        siteURL: String?, layout: Layout, release: URL
    ) async throws -> PlanOutput {
        let c = try await services.context(plan: id, viewer: .anonymous)
        let others = id == defaultPlan ? otherPlans.filter { $0.id != id } : []
        var pages = try planFiles(c, basePath: basePath, defaultPlan: defaultPlan, otherPlans: others)
        let roots = planRoots(id, defaultPlan: defaultPlan, basePath: basePath)
        let stored = !roots.isEmpty && pages.keys.allSatisfy { path in roots.contains { path.hasPrefix($0) } }
        let folder = stored ? "\(id)-\(version)-\(UUID().uuidString.prefix(8))" : nil
        let root = folder.map { layout.store.appendingPathComponent($0) } ?? release
        var writer = FileWriter(root: root)
        var sitemap: [String] = []
        for path in pages.keys where path.hasSuffix("index.html") {
            sitemap.append(basePath + path.dropLast("index.html".count))
        }
        if stored {
            for r in roots {
                pages[r + "sitemap.xml"] = sitemapXML(sitemap.filter { $0.hasPrefix(basePath + r) }, siteURL: siteURL)
            }
        }
        for (path, data) in pages { try writer.write(path, data) }
        var files = pages.keys.sorted()
        if pdf {
            for year in c.plan.reportingYears where c.evaluation(year: year).hasFigures {
                let relative = pagePath(
                    Links(base: Links.base(plan: id, defaultPlan: defaultPlan), staticBase: basePath).href(.report(year)), basePath: basePath
                ).replacingOccurrences(of: "index.html", with: "\(id)-report-\(year.code).pdf")
                let url = root.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try ReportRendering.pdf(c, year: year, draft: false, to: url.path)
                files.append(relative)
            }
        }
        return PlanOutput(
            id: id, files: files, folder: folder, pages: pages.keys.filter { $0.hasSuffix(".html") }.count, bytes: writer.bytes,
            sitemap: sitemap.sorted())
    }

    /// Writes files under one folder, making each subfolder once.
    struct FileWriter {
        let root: URL
        var made: Set<String> = []
        var files = 0
        var bytes = 0

        init(root: URL) { self.root = root }

        private mutating func folder(of relative: String) throws -> URL {
            let url = root.appendingPathComponent(relative)
            let parent = url.deletingLastPathComponent()
            if made.insert(parent.path).inserted {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            }
            return url
        }

        /// Writes without a sync per file (`Data.write` syncs each one, which was a seventh of the
        /// time of a national publish); `publish` syncs once before it swaps the release in.
        mutating func write(_ relative: String, _ data: Data) throws {
            let path = try folder(of: relative).path
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw PublishError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < buffer.count {
                    let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { throw PublishError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
                    offset += n
                }
            }
            files += 1
            bytes += data.count
        }

        mutating func link(_ relative: String, from source: URL) throws {
            try FileManager.default.linkItem(at: source, to: try folder(of: relative))
            files += 1
        }
    }

    static func sitemapXML(_ paths: [String], siteURL: String?) -> Data {
        let urls = Set(paths).sorted().map { "  <url><loc>\(HTMLEscape.escape((siteURL ?? "") + $0))</loc></url>" }
        return Data(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + urls.joined(separator: "\n") + "\n</urlset>\n").utf8)
    }

    static func sitemapIndexXML(_ paths: [String], siteURL: String?) -> Data {
        let maps = paths.map { "  <sitemap><loc>\(HTMLEscape.escape((siteURL ?? "") + $0))</loc></sitemap>" }
        return Data(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + maps.joined(separator: "\n") + "\n</sitemapindex>\n").utf8)
    }

    /// Every file of one plan's public site, by path relative to the site's root.
    static func planFiles(_ c: PlanContext, basePath: String, defaultPlan: String, otherPlans: [PlanSummary]) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let plan = c.plan
        let linkBase = Links.base(plan: plan.id, defaultPlan: defaultPlan)
        let (data, lost) = try c.openDataFilesWithLosses()
        let languages = [Lang.ja, .en].map { Links(base: linkBase, lang: $0, staticBase: basePath) }
        // Each page's model once, drawn in each language.
        func pages(_ url: SiteURL, _ draw: (PageContext) -> String) {
            for links in languages {
                var ctx = PageContext(
                    links: links, planTitle: Strings(lang: links.lang).title(plan), planID: plan.id, viewer: nil, current: url, isStatic: true)
                ctx.hasVisionChart = c.snapshot.stored.chart != nil
                files[pagePath(links.href(url), basePath: basePath)] = Data(draw(ctx).utf8)
            }
        }
        let home = HomePage.model(c, flags: [], otherPlans: otherPlans)
        pages(.home) { HomePage.render(home, $0) }
        for n in plan.nodes {
            guard let url = NodePage.url(n, plan, c.index) else { continue }
            if n.relisted && files[pagePath(languages[0].href(url), basePath: basePath)] != nil { continue }
            let model = try NodePage.model(c, node: n, year: nil)
            pages(url) { NodePage.render(model, $0) }
        }
        for i in plan.indicators {
            let model = IndicatorPage.model(c, indicator: i)
            pages(.indicator(i.id)) { IndicatorPage.render(model, $0) }
        }
        // Each year's dashboard and report; the default year's also at the address without a year.
        var years = plan.reportingYears
        if let d = c.defaultYear, !years.contains(d) { years.append(d) }
        for year in years {
            let dashboard = DashboardPage.model(c, year: year)
            let report = ReportPage.model(c, year: year, draft: false)
            var addresses: [FiscalYear?] = plan.reportingYears.contains(year) ? [year] : []
            if year == c.defaultYear { addresses.append(nil) }
            for y in addresses {
                pages(.dashboard(y)) { DashboardPage.render(dashboard, $0) }
                pages(.report(y)) { ReportPage.render(report, $0) }
            }
        }
        if c.snapshot.stored.chart != nil {
            pages(.vision) { VisionChartPage.render(plan: plan, index: c.index, chart: c.snapshot.stored.chart, $0) }
        }
        pages(.openData) { OpenDataPage.render(plan: plan, files: (data, lost), $0) }
        pages(.dataDictionary) { DataDictionaryPage.render(plan: plan, $0) }
        let ja = languages[0]
        for (name, bytes) in data { files[pagePath(ja.href(.openDataFile(name)), basePath: basePath)] = bytes }
        files[pagePath(ja.href(.openDataFile(c.openDataArchiveName)), basePath: basePath)] = try c.openDataArchive(of: data)
        return files
    }

    /// The file a page's address names: `/actionplan/goals/1-1/` → `goals/1-1/index.html`.
    static func pagePath(_ href: String, basePath: String) -> String {
        var p = href.hasPrefix(basePath) ? String(href.dropFirst(basePath.count)) : String(href.drop { $0 == "/" })
        p = p.removingPercentEncoding ?? p
        if p.isEmpty || p.hasSuffix("/") { p += "index.html" }
        return p
    }

}
