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
            // The sitemap is an index: the site's own pages, and one sitemap in each plan's folders.
            func text(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
            let index = try text("sitemap.xml")
            #expect(index.contains("<sitemapindex"))
            #expect(index.contains("<loc>/actionplan/sitemap-site.xml</loc>"))
            #expect(
                index.contains("<loc>/actionplan/plans/sakura/sitemap.xml</loc>")
                    && index.contains("<loc>/actionplan/en/plans/sakura/sitemap.xml</loc>"))
            let site = try text("sitemap-site.xml")
            #expect(site.contains("<loc>/actionplan/en/</loc>") && site.contains("<loc>/actionplan/indicators/1-1.1.1/</loc>"))
            #expect(!site.contains("/plans/sakura/"), "既定の計画でない計画のページがサイトのサイトマップにある")
            let sakura = try text("plans/sakura/sitemap.xml")
            #expect(sakura.contains("<loc>/actionplan/plans/sakura/</loc>") && !sakura.contains("/en/"))
            #expect(try text("en/plans/sakura/sitemap.xml").contains("<loc>/actionplan/en/plans/sakura/</loc>"))
            for map in [index, site, sakura] { #expect(!map.contains("//<"), "サイトマップに // で終わるアドレスがある") }

            // Every page, through the plan folders' links too.
            func htmlFiles(_ folder: URL) -> [URL] {
                let fm = FileManager.default
                var found: [URL] = []
                for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
                    let url = folder.appendingPathComponent(name)
                    var isFolder: ObjCBool = false
                    guard fm.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                    if isFolder.boolValue { found += htmlFiles(url) } else if url.pathExtension == "html" { found.append(url) }
                }
                return found
            }
            var pages = 0
            for url in htmlFiles(output) {
                pages += 1
                let html = try String(contentsOf: url, encoding: .utf8)
                #expect(!html.contains("<form"), "\(url.path) にフォームがある")
                #expect(
                    !html.contains("href=\"/actionplan/office") && !html.contains("href=\"/actionplan/login")
                        && !html.contains("href=\"/actionplan/search"),
                    "\(url.path) に職員・検索のページへのリンクがある")
                #expect(!html.contains("href=\"/goals") && !html.contains("href=\"/indicators"), "\(url.path) に基準のパスのないリンクがある")
                #expect(!html.contains("//\""), "\(url.path) に // で終わるリンクがある")
                // What the extraction from the printed plan left behind is for the staff's plan check, not for residents.
                let text = Self.mainText(html)
                for artefact in ["行目", "（名称なし）", "抽出テキスト", "から推定）", "（取組みの文は", "untitled", ".txt"] where text.contains(artefact) {
                    Issue.record("\(url.path) に取り込みの跡「\(artefact)」がある")
                }
            }
            #expect(pages > 1000)

            // A change to one plan: only that plan is drawn again; the site swaps in one step.
            let kaede = try await s.context(plan: "kaede", viewer: op)
            _ = try await kaede.addDepartment("総務課")
            let second = try await StaticSite.publish(s, .init(output: output, basePath: "/actionplan/"))
            #expect(second.rendered == ["kaede"])
            #expect(Set(second.reused) == ["setagaya", "sakura", "momiji"])
            #expect(second.release != first.release)
            // An unchanged plan is the same folder in both releases, not a copy.
            func planFolder(_ release: URL, _ root: String) -> String {
                release.appendingPathComponent(root).resolvingSymlinksInPath().path
            }
            #expect(planFolder(second.release, "plans/sakura") == planFolder(first.release, "plans/sakura"))
            #expect(planFolder(second.release, "plans/kaede") != planFolder(first.release, "plans/kaede"))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("plans/kaede/index.html").path))

            // Nothing changed: nothing is drawn, and the plan folders no release uses are gone.
            let third = try await StaticSite.publish(s, .init(output: output, basePath: "/actionplan/"))
            #expect(third.rendered.isEmpty)
            let store = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("site.plans").path)
            #expect(store.count == 3, "計画のフォルダ: \(store)")
            #expect(try String(contentsOf: output.appendingPathComponent("indicators/1-1.1.1/index.html"), encoding: .utf8) == page)
        }
    }
}
