import Foundation
import Testing

/// Runs the binary in one working directory (one SQLite database) for a whole scenario.
struct Workspace {
    let dir: URL
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("ap-cycle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], input: String? = nil) throws -> CLI.Result {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        env["ACTIONPLAN_SQLITE_PATH"] = dir.appendingPathComponent("actionplan.sqlite").path
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out; process.standardError = err; process.standardInput = inp
        try process.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func file(_ name: String) -> URL { dir.appendingPathComponent(name) }
}

@Suite("年度の進行のコマンド", .serialized)
struct CycleCLITests {
    /// Sets up a department with two projects.
    static func setUp() throws -> Workspace {
        let w = try Workspace()
        #expect(try w.run(["department", "add", "商業課"]).status == 0)
        #expect(try w.run(["user", "add", "商業太郎", "--role", "department", "--department", "商業課", "--password-stdin"], input: "long-password-1\n").status == 0)
        #expect(try w.run(["assign", "1-1.1", "--department", "商業課"]).status == 0)
        #expect(try w.run(["assign", "2-1.2", "--department", "商業課"]).status == 0)
        return w
    }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        var lines = template.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        for i in lines.indices.dropFirst() {
            var cells = lines[i].components(separatedBy: ",")
            if let v = values[cells[0]] { cells[8] = v }
            lines[i] = cells.joined(separator: ",")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test("様式を書き出し、記入して UTF-8 と CP932 で取り込み、手で計算した評価と一致する")
    func roundTrip() throws {
        let w = try Self.setUp()
        let template = try w.run(["export", "actuals-template", "--year", "R6", "--department", "商業課"])
        #expect(template.status == 0)
        #expect(template.stdout.hasPrefix("\u{FEFF}指標ID,目指す姿,施策,事業,行動指標,単位,年度,目標値,実績値,備考\r\n"))
        #expect(template.stdout.contains("1-1.1.1,1-1,"))
        // UTF-8 without BOM: せたがやPay 60% of 75 → 0.8 (B); 経営相談件数 325 of 650 → 0.5 (C).
        try Data(Self.fill(template.stdout, ["1-1.1.1": "60%"]).utf8).write(to: w.file("utf8.csv"))
        #expect(try w.run(["actuals", "import", w.file("utf8.csv").path, "--year", "R6"]).status == 0)
        // CP932, as Excel saves it.
        let sjis = try #require(Self.fill(template.stdout, ["2-1.2.1": "３２５"]).data(using: .shiftJIS))
        try sjis.write(to: w.file("sjis.csv"))
        let imported = try w.run(["actuals", "import", w.file("sjis.csv").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("CP932"))
        let evaluation = try w.run(["evaluate", "--year", "R6", "--format", "jsonl"])
        let lines = try CLI.jsonLines(evaluation.stdout)
        let pay = try #require(lines.first { $0["indicatorId"] as? String == "1-1.1.1" })
        #expect(pay["achievementRate"] as? Double == 0.8)
        #expect(pay["grade"] as? String == "B")
        #expect(pay["fiscalYear"] as? String == "R6")
        let consult = try #require(lines.first { $0["indicatorId"] as? String == "2-1.2.1" })
        #expect(consult["grade"] as? String == "C")
        let notReported = try #require(lines.first { $0["indicatorId"] as? String == "1-1.2.1" })
        #expect(notReported["achievementRate"] is NSNull && notReported["grade"] is NSNull)
        let plan = try #require(lines.first { $0["level"] as? String == "plan" })
        #expect((plan["grades"] as? [String: Int])?["B"] == 1)
        #expect(plan["medianAchievementRate"] as? Double == 0.65)
        #expect(lines.contains { $0["level"] as? String == "goal" && $0["code"] as? String == "3-1" })
        #expect(lines.contains { $0["level"] as? String == "vision" && $0["number"] as? Int == 11 })
        #expect(lines.contains { $0["level"] as? String == "policy" && $0["number"] as? Int == 4 })
    }

    @Test("誤りのある様式は行と列をすべて示して終了ステータス1、何も変えない")
    func badFile() throws {
        let w = try Self.setUp()
        let template = try w.run(["export", "actuals-template", "--year", "R6"]).stdout
        try Data(Self.fill(template, ["1-1.1.1": "abc", "2-1.2.1": "-5", "1-1.2.1": "80"]).utf8).write(to: w.file("bad.csv"))
        let r = try w.run(["actuals", "import", w.file("bad.csv").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv:2:9"))
        #expect(r.stderr.contains("abc"))
        #expect(r.stderr.contains("負の数"))
        let evaluation = try CLI.jsonLines(try w.run(["evaluate", "--year", "R6"]).stdout)
        #expect(evaluation.allSatisfy { $0["actual"] == nil || $0["actual"] is NSNull })
    }

    @Test("手続き・年度のロック・変更の記録")
    func workflowAndAudit() throws {
        let w = try Self.setUp()
        #expect(try w.run(["workflow", "approve", "--department", "商業課", "--year", "R6"]).status == 1) // not submitted yet
        #expect(try w.run(["workflow", "submit", "--department", "商業課", "--year", "R6"]).status == 0)
        #expect(try w.run(["workflow", "return", "--department", "商業課", "--year", "R6"]).status == 1) // a comment is required
        #expect(try w.run(["workflow", "return", "--department", "商業課", "--year", "R6", "--comment", "数値を確認してください"]).status == 0)
        #expect(try w.run(["year", "lock", "R6", "--reason", "確定"]).status == 0)
        let template = try w.run(["export", "actuals-template", "--year", "R6"]).stdout
        try Data(Self.fill(template, ["1-1.1.1": "70"]).utf8).write(to: w.file("f.csv"))
        let locked = try w.run(["actuals", "import", w.file("f.csv").path])
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("ロック"))
        let audit = try CLI.jsonLines(try w.run(["audit", "--format", "jsonl"]).stdout)
        #expect(audit.contains { ($0["action"] as? String)?.contains("差し戻し") == true })
        #expect(audit.contains { $0["action"] as? String == "年度のロック" })
        #expect(audit.allSatisfy { $0["at"] != nil && $0["actor"] != nil })
        #expect(try w.run(["grading", "S:110,A:100,B:80,C:50,D:0"]).status == 0)
        #expect(try w.run(["grading"]).stdout.contains("S:110"))
        #expect(try w.run(["grading", "A:50,B:80"]).status == 1)
    }

    @Test("パスワードは標準入力からだけ受け付け、短いものは断る")
    func users() throws {
        let w = try Workspace()
        #expect(try w.run(["user", "add", "someone", "--role", "office"]).status != 0)
        #expect(try w.run(["user", "add", "someone", "--role", "office", "--password-stdin"], input: "short\n").status == 1)
        #expect(try w.run(["user", "add", "someone", "--role", "office", "--password-stdin"], input: "long-enough-password\n").status == 0)
        #expect(try w.run(["user", "add", "someone", "--role", "office", "--password-stdin"], input: "long-enough-password\n").status == 1)
        let list = try w.run(["user", "list"])
        #expect(list.stdout.contains("someone"))
        #expect(!list.stdout.contains("long-enough-password"))
    }
}

@Suite("複数の計画のコマンド")
struct MultiplePlanCLITests {
    @Test("計画のCSVを読み込むと別の計画として保存され、--plan-id で選べる。先の計画は変わらない")
    func importSecondPlan() throws {
        let w = try Workspace()
        let fixture = CLI.root.appendingPathComponent("Tests/ActionPlanCLITests/Fixtures/clean-plan/table.csv").path
        let imported = try w.run(["import", fixture])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("sample-town"))
        let goals = try CLI.jsonLines(try w.run(["export", "goals", "--plan-id", "sample-town"]).stdout)
        #expect(goals.map { $0["title"] as? String } == ["商店街のにぎわい"])
        #expect(try CLI.jsonLines(try w.run(["export", "goals"]).stdout).count == 38)
        let missing = try w.run(["export", "goals", "--plan-id", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("sample-town"))
    }
}
