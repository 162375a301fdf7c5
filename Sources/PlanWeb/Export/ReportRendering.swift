import Foundation
import PlanCore
import PlanServices

/// The progress report outside the server: the same page the site serves at `/report`, with its
/// style sheet inlined so the file stands alone, and a PDF printed from it by headless Chromium.
public enum ReportRendering {
    public enum PDFError: Error, CustomStringConvertible {
        case noChromium
        case failed(status: Int32, output: String)

        public var description: String {
            switch self {
            case .noChromium:
                return Strings(lang: .ja).noChromium
            case let .failed(status, output):
                return Strings(lang: .ja).chromiumFailed(status, output)
            }
        }
    }

    /// The report as one self-contained HTML document.
    public static func html(_ c: PlanContext, year: FiscalYear, draft: Bool) -> String {
        let links = Links(base: "", lang: .ja)
        let ctx = PageContext(links: links, planTitle: c.plan.title, planID: c.plan.id, viewer: nil, current: .report(year), isStatic: true)
        return ReportPage.render(ReportPage.model(c, year: year, draft: draft), ctx, inlineStyles: true)
    }

    /// The report as a PDF at `path`: printed once to learn the page each section starts on
    /// (read back with poppler's `pdftotext`), then again with those page numbers in the contents.
    /// Without `pdftotext` the contents has no page numbers (the pages still have theirs).
    public static func pdf(_ c: PlanContext, year: FiscalYear, draft: Bool, to path: String) throws {
        var model = ReportPage.model(c, year: year, draft: draft)
        let links = Links(base: "", lang: .ja)
        let ctx = PageContext(links: links, planTitle: c.plan.title, planID: c.plan.id, viewer: nil, current: .report(year), isStatic: true)
        try pdf(html: ReportPage.render(model, ctx, inlineStyles: true), to: path)
        guard let pages = pageTexts(path) else { return }
        model.pages = ReportPage.pageNumbers(ReportPage.contents(model, ctx.s), pages: pages, contentsHeading: ctx.s(.contents))
        guard !model.pages.isEmpty else { return }
        try pdf(html: ReportPage.render(model, ctx, inlineStyles: true), to: path)
    }

    /// The text of each page of a PDF (`pdftotext`, poppler-utils), or nil without the tool.
    static func pageTexts(_ path: String) -> [String]? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        guard let tool = folders.map({ $0 + "/pdftotext" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return text.components(separatedBy: "\u{0C}")
    }

    /// Prints `html` to a PDF at `path` (A4, no header or footer lines) with headless Chromium.
    public static func pdf(html: String, to path: String) throws {
        guard let chromium = chromiumExecutable() else { throw PDFError.noChromium }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: source)
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
            "--no-pdf-header-footer", "--print-to-pdf=\(target.path)", source.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target.path) else {
            throw PDFError.failed(status: process.terminationStatus, output: String(text.suffix(600)))
        }
    }

    /// `CHROMIUM` when set, else the first of the usual names on `PATH`.
    static func chromiumExecutable() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["CHROMIUM"], !named.isEmpty { return named }
        let folders = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }
}
