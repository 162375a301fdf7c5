import Foundation
import Testing

/// Runs the built `actionplan` binary as a user would, from a scratch working directory.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for dir in candidates {
            let url = dir.appendingPathComponent("actionplan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("actionplan")
    }()

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        process.currentDirectoryURL = scratch
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }
}

@Suite("actionplan コマンド")
struct CLITests {
    @Test("export goals は目指す姿ごとに code・title・vision・policy を1行ずつ出す")
    func exportGoals() throws {
        let r = try CLI.run(["export", "goals", "--format", "jsonl"])
        #expect(r.status == 0)
        let goals = try CLI.jsonLines(r.stdout)
        #expect(goals.count == 38)
        let g = try #require(goals.first { $0["code"] as? String == "3-1" })
        #expect(g["title"] as? String == "円滑な事業承継に向けた顔の見える環境の構築")
        #expect(g["vision"] as? Int == 3)
        #expect(g["policy"] as? Int == 1)
    }

    @Test("export indicators は掲載ごとに1件、目標値は年度ごと（目標なしは null）")
    func exportIndicators() throws {
        let r = try CLI.run(["export", "indicators", "--format", "jsonl"])
        #expect(r.status == 0)
        let rows = try CLI.jsonLines(r.stdout)
        #expect(rows.count == 156)
        let keys: Set<String> = ["goal", "measure", "measureNumber", "project", "indicator", "part", "unit", "kind", "total", "targets",
                                 "relisted", "priority", "implementationPlan", "source"]
        #expect(rows.allSatisfy { keys.isSubset(of: Set($0.keys)) })
        let eco = try #require(rows.first { $0["indicator"] as? String == "エコ住宅補助事業に基づく工事の実施件数" })
        let targets = try #require(eco["targets"] as? [String: Any])
        #expect(targets["R6"] as? Int == 1669)
        #expect(targets["R13"] is NSNull)
        let aed = rows.filter { ($0["indicator"] as? String)?.hasSuffix("設置台数") == true }
        #expect(aed.compactMap { $0["part"] as? Int } == [1, 2, 3])
        let source = try #require(eco["source"] as? [String: Any])
        #expect(source["line"] as? Int == 67)
        #expect(rows.filter { $0["relisted"] as? Bool == true }.count > 50)
    }

    @Test("export は JSON と CSV でも書き出せる")
    func exportFormats() throws {
        let json = try CLI.run(["export", "goals", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])?.count == 38)
        let csv = try CLI.run(["export", "indicators", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}指標ID,掲載ID,目指す姿"))
    }

    @Test("show は目指す姿をツリーで表示し、知らないコードには一覧を添えて終了ステータス2")
    func show() throws {
        let r = try CLI.run(["show", "3-1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("3-1 円滑な事業承継に向けた顔の見える環境の構築"))
        #expect(r.stdout.contains("事業承継プラットフォームの構築"))
        let bad = try CLI.run(["show", "99-9"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("3-1"))
        let malformed = try CLI.run(["show", "abc"])
        #expect(malformed.status != 0)
    }

    @Test("lint は既定の計画の問題を報告して終了ステータス1、修正と誤字も含める")
    func lintDefault() throws {
        let r = try CLI.run(["lint", "--format", "jsonl"])
        #expect(r.status == 1)
        let findings = try CLI.jsonLines(r.stdout)
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        for rule in ["total-per-year", "total-level", "relisted-targets-differ", "goal-title-duplicate", "unexpected-script",
                     "import-correction", "import-typo", "measure-numbering", "missing-unit", "relisted-wording-differs"] {
            #expect(rules.contains(rule), "\(rule) がありません")
        }
        #expect(findings.allSatisfy { ($0["sources"] as? [Any]) != nil && $0["severity"] != nil && $0["message"] != nil })
        let text = try CLI.run(["lint"])
        #expect(text.stdout.contains("관심"))
    }

    @Test("lint は読めない入力に終了ステータス2と場所つきのエラーを返す")
    func lintUnreadable() throws {
        let missing = try CLI.run(["lint", "/nonexistent/plan.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("見つかりません"))
    }

    @Test("lint は問題のない計画で終了ステータス0")
    func lintClean() throws {
        let r = try CLI.run(["lint", CLI.root.appendingPathComponent("Tests/ActionPlanCLITests/Fixtures/clean-plan").path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    }

    @Test("import は原文と修正ファイルから計画を書き出し、読めない入力では何も書かない")
    func importCommand() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ap-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let source = CLI.root.appendingPathComponent("data/setagaya/source/000_206d5557473b3492.txt").path
        let corrections = CLI.root.appendingPathComponent("data/setagaya/corrections.csv").path
        let ok = try CLI.run(["import", source, "--corrections", corrections, "--output", out.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("table.csv")) == Data(contentsOf: CLI.root.appendingPathComponent("data/setagaya/table.csv")))

        let garbage = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID().uuidString).txt")
        try Data([0x00, 0xFF, 0x13, 0x37, 0x00]).write(to: garbage)
        defer { try? FileManager.default.removeItem(at: garbage) }
        let empty = out.appendingPathComponent("empty-target")
        let bad = try CLI.run(["import", garbage.path, "--output", empty.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("NUL") || bad.stderr.contains("テキスト"))
        #expect(!FileManager.default.fileExists(atPath: empty.path))
    }

    @Test("import は計画のCSVの誤りを行と列つきで全部示す")
    func importBadCSV() throws {
        let r = try CLI.run(["import", CLI.root.appendingPathComponent("Tests/ActionPlanCLITests/Fixtures/bad-plan/table.csv").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("table.csv:2:25"))
        #expect(r.stderr.contains("abc"))
    }
}
