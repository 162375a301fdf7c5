import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

@Suite("静的なサイト（actionplan publish）")
struct StaticSiteTests {
    static func mainText(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test("公表した実績だけが載り、ページの数値は動的なページと同じで、フォームも職員のページへのリンクもなく、変わった計画だけを描き直す")
    func publishes() async throws {
        try await withApp { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let shogyo = try await c.addDepartment("商業課")
            let kogyo = try await c.addDepartment("工業課")
            try await c.assign(item: "1-1.1", to: shogyo, lead: true)
            try await c.assign(item: "1-1.3", to: kogyo, lead: true)
            let r6 = FiscalYear(westernYear: 2024)
            _ = try await c.saveActuals([
                ActualChange(actual: Actual(indicator: "1-1.1.1", year: r6, value: Decimal(string: "71.3")!), expectedVersion: nil),
                ActualChange(actual: Actual(indicator: "1-1.3.1", year: r6, value: 987), expectedVersion: nil),
            ])
            for action in [WorkflowAction.submit, .approve, .publish] {
                _ = try await s.context(plan: nil, viewer: op).perform(action, department: shogyo, year: r6, comment: "")
            }

            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-site-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let output = folder.appendingPathComponent("site")
            let first = try await StaticSite.publish(s, .init(output: output, basePath: "/actionplan/"))
            #expect(Set(first.rendered) == ["setagaya", "sakura", "kaede", "momiji"])

            let page = try String(contentsOf: output.appendingPathComponent("indicators/1-1.1.1/index.html"), encoding: .utf8)
            #expect(page.contains("71.3"))
            let unpublished = try String(contentsOf: output.appendingPathComponent("indicators/1-1.3.1/index.html"), encoding: .utf8)
            #expect(!unpublished.contains("987"), "公表前の実績が静的なサイトに出た")
            let dynamic = try await app.get("/indicators/1-1.1.1").text
            #expect(Self.mainText(page) == Self.mainText(dynamic))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("plans/sakura/index.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("en/plans/kaede/dashboard/index.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("opendata/setagaya-opendata.zip").path))
            let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
            #expect(sitemap.contains("<loc>/actionplan/en/</loc>") && sitemap.contains("<loc>/actionplan/plans/sakura/</loc>"))
            #expect(!sitemap.contains("//<"), "サイトマップに // で終わるアドレスがある")

            var pages = 0
            let enumerator = FileManager.default.enumerator(at: output.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)!
            for case let url as URL in enumerator where url.pathExtension == "html" {
                pages += 1
                let html = try String(contentsOf: url, encoding: .utf8)
                #expect(!html.contains("<form"), "\(url.path) にフォームがある")
                #expect(
                    !html.contains("href=\"/actionplan/office") && !html.contains("href=\"/actionplan/login")
                        && !html.contains("href=\"/actionplan/search"),
                    "\(url.path) に職員・検索のページへのリンクがある")
                #expect(!html.contains("href=\"/goals") && !html.contains("href=\"/indicators"), "\(url.path) に基準のパスのないリンクがある")
                #expect(!html.contains("//\""), "\(url.path) に // で終わるリンクがある")
            }
            #expect(pages > 1000)

            // A change to one plan: only that plan is drawn again; the site swaps in one step.
            let kaede = try await s.context(plan: "kaede", viewer: op)
            _ = try await kaede.addDepartment("総務課")
            let second = try await StaticSite.publish(s, .init(output: output, basePath: "/actionplan/"))
            #expect(second.rendered == ["kaede"])
            #expect(Set(second.reused) == ["setagaya", "sakura", "momiji"])
            #expect(second.release != first.release)
            #expect(try String(contentsOf: output.appendingPathComponent("indicators/1-1.1.1/index.html"), encoding: .utf8) == page)
        }
    }
}
