import ArgumentParser
import Foundation
import PlanCore
import PlanWeb

/// `actionplan report --year R6 --format html|pdf [--output FILE]`
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "年度の進捗状況報告書を HTML または PDF で作ります。",
        discussion: "PDF はヘッドレスの Chromium（Debian の chromium）で HTML を印刷して作ります。Chromium がないときは、その旨を示して終了ステータス2で終わります。")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, pdf }

    @Option(help: "年度（例: R6）") var year: FiscalYearArgument
    @Option(help: "html または pdf") var format: Format = .html
    @Option(help: "書き出すファイル（省略時: HTML は標準出力、PDF は report-R6.pdf）") var output: String?
    @Flag(name: .customLong("published-only"), help: "公表済みの実績だけで作る（省略時は公表前の実績を含む内部資料）") var publishedOnly = false
    @OptionGroup var options: CycleOptions

    func run() async throws {
        let year = self.year.year, publishedOnly = self.publishedOnly, planID = options.planID
        let html: String
        do {
            html = try await withCycle { c in
                try await c.reportHTML(plan: try await requirePlan(c, planID), year: year, publishedOnly: publishedOnly)
            }
        } catch { throw refuse(error) }
        switch format {
        case .html:
            if let output { try Data(html.utf8).write(to: URL(fileURLWithPath: output)); FileHandle.standardError.write(Data("書き出しました: \(output)\n".utf8)) }
            else { FileHandle.standardOutput.write(Data(html.utf8)) }
        case .pdf:
            guard let browser = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.which).first else {
                FileHandle.standardError.write(Data("エラー: PDF を作るには Chromium が必要です（Debian: apt-get install -y chromium fonts-ipafont-gothic）。HTML は --format html で作れます\n".utf8))
                throw ExitStatus.unreadable
            }
            let target = URL(fileURLWithPath: output ?? "report-\(year.code).pdf")
            let temp = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-report-\(UUID().uuidString).html")
            try Data(html.utf8).write(to: temp)
            defer { try? FileManager.default.removeItem(at: temp) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(target.path)", temp.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target.path) else {
                FileHandle.standardError.write(Data("エラー: Chromium で PDF を作れませんでした（終了ステータス \(process.terminationStatus)）\n".utf8))
                throw ExitStatus.unreadable
            }
            printLine("書き出しました: \(target.path)")
        }
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
