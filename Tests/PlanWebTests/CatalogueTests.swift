import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing
import Vapor

@testable import PlanWeb

/// The site's words come from one catalogue (Sources/PlanWeb/Support/Strings.swift), Japanese with
/// English beside it; the English pages carry no Japanese of the site's own.
@Suite("文言のカタログ")
struct CatalogueTests {
    /// Hiragana, katakana (not the middle dot ・ or the long mark ー alone) and kanji: a word, not punctuation.
    static func isJapaneseLetter(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FD...0x30FF, 0xFF66...0xFF9D: return true
        default: return u.properties.isIdeographic
        }
    }

    static func isKana(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FD...0x30FF, 0xFF66...0xFF9D: return true
        default: return false
        }
    }

    /// The string literals of a line of Swift, comments left out (good enough for our style: no
    /// `"` inside comments' code and no multi-line literals in the views).
    static func literals(_ line: String) -> [String] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasPrefix("//") else { return [] }
        var out: [String] = []
        var current: String? = nil
        var escaped = false
        var previous: Character = " "
        for ch in line {
            if var text = current {
                if escaped {
                    escaped = false
                    text.append(ch)
                } else if ch == "\\" {
                    escaped = true
                    text.append(ch)
                } else if ch == "\"" {
                    out.append(text)
                    current = nil
                    previous = ch
                    continue
                } else {
                    text.append(ch)
                }
                current = text
            } else if ch == "\"" {
                current = ""
            } else if ch == "/" && previous == "/" {
                break
            }
            previous = ch
        }
        return out
    }

    @Test("画面の文言はカタログから取り、ビュー・コントローラーに日本語の文字列を書かない")
    func viewsHaveNoJapaneseLiterals() throws {
        let web = Repo.root.appendingPathComponent("Sources/PlanWeb")
        // The catalogue itself; the API's messages and its OpenAPI text, Japanese only for now
        // (open: to the catalogue with English beside, see the note).
        let exempt: Set<String> = [
            "Support/Strings.swift", "Controllers/APIController.swift", "Controllers/APIDocument.swift", "Controllers/APIParameter.swift",
            "Controllers/APIWrites.swift",
        ]
        let files = try FileManager.default.subpathsOfDirectory(atPath: web.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 15)
        var found: [String] = []
        for file in files.sorted() where !exempt.contains(file) {
            let text = try String(contentsOf: web.appendingPathComponent(file), encoding: .utf8)
            for (n, line) in text.components(separatedBy: "\n").enumerated() {
                for literal in Self.literals(line) where literal.unicodeScalars.contains(where: Self.isJapaneseLetter) {
                    found.append("\(file):\(n + 1) \"\(literal)\"")
                }
            }
        }
        // The check sees Japanese where there is some: the catalogue's own literals.
        let catalogue = try String(contentsOf: web.appendingPathComponent("Support/Strings.swift"), encoding: .utf8)
        #expect(
            catalogue.components(separatedBy: "\n").flatMap(Self.literals).filter { $0.unicodeScalars.contains(where: Self.isJapaneseLetter) }.count
                > 200)
        #expect(found.isEmpty, "カタログにない日本語の文字列: \(found.prefix(20).joined(separator: "\n"))")
    }

    @Test("どの文言にも日本語と英語があり、英語には仮名が混じらない")
    func everyKeyHasBothLanguages() {
        for key in UIKey.allCases {
            #expect(!key.text.ja.isEmpty, "\(key) の日本語がない")
            #expect(!key.text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) の英語がない")
            #expect(!key.text.en.unicodeScalars.contains(where: Self.isKana), "\(key) の英語に仮名: \(key.text.en)")
        }
        let ja = Strings(lang: .ja), en = Strings(lang: .en)
        let year = FiscalYear(westernYear: 2024)
        #expect(ja.resultsOf(year) == "令和6年度（2024年度）の実績")
        #expect(en.resultsOf(year) == "Results for FY2024 (令和6年度)")
        #expect(ja.counted("未報告", 3) == "未報告（3件）")
        #expect(en.counted("Not reported", 3) == "Not reported (3)")
        #expect(ja.list(["目標値", "実績"]) == "目標値・実績")
        #expect(en.list(["Target", "Actual"]) == "Target, Actual")
    }

    /// A small plan written in English (the format's column names stay Japanese), with one
    /// year published: whatever Japanese an English page shows is then the site's own.
    static let englishPlan = """
        政策,施策,KPI,区分,単位,R6,R7,合計,所管課
        1 Lively commerce,1-1 Shopping streets,Events held,活動,times,10,12,22,Commerce Division
        ,1-2 Start-ups,Start-up consultations,成果,cases,100,120,220,Commerce Division
        2 Green town,2-1 Parks,Trees planted,活動,trees,50,60,110,Parks Division
        """

    @Test("英語のページには、計画の文のほかに日本語が出ない（実績を公表した年度も）")
    func englishPagesHaveNoJapaneseOfTheSite() async throws {
        try await withApp(examples: false) { app, s in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("oak.csv")
            try Self.englishPlan.write(to: file, atomically: true, encoding: .utf8)
            let op = Viewer.commandLine("test")
            var read = try PlanImporting.read(.init(path: file.path, planID: "oak", title: "Oak Town Plan", municipality: "Oak Town"))
            // The plan's vocabulary in English, as a plan office gives it (levels.csv 英語名, plan.csv 指標の呼び名（英語）).
            read.plan.levels[0].nameEnglish = "Policy"
            read.plan.levels[1].nameEnglish = "Measure"
            read.plan.indicatorLabelEnglish = "Key indicators"
            try await s.savePlan(read, viewer: op)

            let year = FiscalYear(westernYear: 2024)
            let c = try await s.context(plan: "oak", viewer: op)
            let values: [String: Decimal] = ["Events held": 9, "Start-up consultations": 130]
            let changes = c.plan.indicators.compactMap { i in
                values[i.name].map { ActualChange(actual: Actual(indicator: i.id, year: year, value: $0, note: ""), expectedVersion: nil) }
            }
            #expect(changes.count == 2)
            _ = try await c.saveActuals(changes)
            let department = try await c.addDepartment("Commerce Division")
            for item in c.plan.items { try await s.context(plan: "oak", viewer: op).assign(item: item.id, to: department, lead: true) }
            for action in [WorkflowAction.submit, .approve] {
                _ = try await s.context(plan: "oak", viewer: op).perform(action, department: department, year: year, comment: "")
            }
            _ = try await s.context(plan: "oak", viewer: op).publishYear(year)

            let home = try await app.get("/en/plans/oak").text
            #expect(home.contains("Policy → Measure → Key indicators"))
            #expect(!home.contains("施策") && !home.contains("KPI"))
            #expect(try await app.get("/plans/oak").text.contains("政策 → 施策 → KPI"))

            var queue = ["/en/plans/oak", "/en/plans/oak/dashboard?year=R6", "/en/plans/oak/report?year=R6", "/en/plans/oak/search?q=park"]
            var seen = Set(queue)
            var checked = 0
            var problems: [String] = []
            while let path = queue.first, checked < 60 {
                queue.removeFirst()
                let r = try await app.get(path)
                guard r.status == .ok, r.headers.contentType?.subType == "html" else { continue }
                checked += 1
                var html = r.text
                #expect(html.contains("<html lang=\"en\""), "\(path) が lang=\"en\" でない")
                // Text marked as Japanese (the link to the Japanese page, a file's own headers) is meant to be.
                html = html.replacingOccurrences(of: "<(\\w+)[^>]* lang=\"ja\"[^>]*>.*?</\\1>", with: "", options: .regularExpression)
                // Each run of Japanese, with what is before it, once per page.
                let scalars = Array(html.unicodeScalars)
                var i = 0
                while i < scalars.count {
                    guard Self.isKana(scalars[i]) else {
                        i += 1
                        continue
                    }
                    let start = max(0, i - 40)
                    var end = i
                    while end < scalars.count, scalars[end] != "<" { end += 1 }
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[start..<min(end, i + 80)])
                    problems.append("\(path): …\(String(text))")
                    i = end
                }
                for link in internalLinks(html) where link.hasPrefix("/en/plans/oak") && seen.insert(link).inserted { queue.append(link) }
            }
            #expect(checked >= 10, "英語のページが \(checked) しかたどれない")
            #expect(problems.isEmpty, "英語のページに日本語: \(problems.prefix(10).joined(separator: "\n"))")

        }
    }
}
