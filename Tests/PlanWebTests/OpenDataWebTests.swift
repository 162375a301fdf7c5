import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import Testing
import Vapor
import VaporTesting

@testable import PlanWeb

/// The open-data downloads as a researcher meets them.
@Suite("オープンデータのダウンロード")
struct OpenDataWebTests {
    /// Runs a Python script with `args` and `input` on its standard input: its standard output, or nil when it fails.
    static func python(_ script: String, _ args: [String], input: Data = Data()) throws -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let stdin = Pipe(), output = Pipe()
        p.standardInput = stdin
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: out, as: UTF8.self) : nil
    }

    /// R6 published for one item: 商業課 leads 1-1.1, reports 70 for its first indicator, writes
    /// a self-evaluation, and submits, approves and publishes. Every other item stays unpublished.
    static func publishOneYear(_ s: PlanServices) async throws {
        let op = Viewer.commandLine("試験")
        let d = try await s.context(plan: nil, viewer: op).addDepartment("商業課")
        try await s.context(plan: nil, viewer: op).assign(item: "1-1.1", to: d, lead: true)
        let c = try await s.context(plan: nil, viewer: op)
        let year = FiscalYear(westernYear: 2024)
        let indicator = try #require(c.plan.indicators.first { $0.node == "1-1.1" })
        _ = try await c.saveActuals([ActualChange(actual: Actual(indicator: indicator.id, year: year, value: 70, note: ""), expectedVersion: nil)])
        try await s.context(plan: nil, viewer: op).saveSelfEvaluation(
            SelfEvaluation(project: "1-1.1", year: year, text: "順調", direction: .maintain, milestones: []), expectedVersion: nil)
        for action in [WorkflowAction.submit, .approve, .publish] {
            _ = try await s.context(plan: nil, viewer: op).perform(action, department: d, year: year, comment: "")
        }
    }

    /// Decodes `data` with Python's codec of that name, strictly (a byte the codec cannot read fails).
    static func pythonStrictDecode(_ data: Data, charset: String) throws -> String? {
        try python(
            "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode(sys.argv[1], 'strict').encode('utf-8'))", [charset], input: data)
    }

    @Test("CSV には CP932 の写し（…-cp932.csv）があり、厳密に読める文字コード名で届き、CP932 にない文字（관심）は〓にして一覧に示す")
    func cp932CopiesAreHonest() async throws {
        try await withApp(examples: false) { app, _ in
            let utf8 = try await app.get("/opendata/nodes.csv")
            #expect(utf8.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            var original = utf8.text
            if original.hasPrefix("\u{FEFF}") { original.removeFirst() }
            #expect(original.contains("관심"))

            let copy = try await app.get("/opendata/nodes-cp932.csv")
            #expect(copy.status == .ok)
            let type = try #require(copy.headers.first(name: .contentType))
            #expect(type == "text/csv; charset=ms932")
            #expect(copy.headers.first(name: .contentDisposition)?.contains("nodes-cp932.csv") == true)
            let charset = String(type.split(separator: "=").last ?? "")
            let bytes = Data(copy.body.readableBytesView)
            // The label the server gives is one Python decodes strictly; the stricter Shift_JIS refuses CP932's own characters.
            let decoded = try #require(try Self.pythonStrictDecode(bytes, charset: charset))
            #expect(decoded == original.replacingOccurrences(of: "관", with: "〓").replacingOccurrences(of: "심", with: "〓"))
            #expect(!decoded.contains("?관") && decoded.contains("〓〓"))

            // The older `?encoding=cp932` is the same copy under its own name.
            let old = try await app.get("/opendata/nodes.csv?encoding=cp932")
            #expect(Data(old.body.readableBytesView) == bytes)
            #expect(old.headers.first(name: .contentDisposition)?.contains("nodes-cp932.csv") == true)
            #expect(try await app.get("/opendata/nodes.csv?encoding=latin1").status == .badRequest)

            // The page lists each copy and what it could not hold.
            let page = try await app.get("/opendata").text
            #expect(page.contains("href=\"/opendata/nodes-cp932.csv\""))
            #expect(page.contains("CP932 にない文字（「〓」にしました）: 관・심"))
        }
    }

    @Test("どのファイルのどの列にも説明（データの項目の説明）があり、ページと dictionary.csv で読める")
    func everyColumnIsInTheDictionary() async throws {
        try await withApp(examples: false) { app, s in
            try await Self.publishOneYear(s)
            let c = try await s.context(plan: nil, viewer: .anonymous)
            let files = try await s.context(plan: nil, viewer: .anonymous).openDataFiles()
            for name in ["actuals-R6.csv", "evaluations-R6.csv", "self-evaluations-R6.csv", "dictionary.csv", "LICENSE"] {
                #expect(files[name] != nil, "\(name) がない")
            }
            let flags = c.plan.flags.map(\.name)
            var checked = 0
            for (name, data) in files where !name.hasSuffix(".zip") {
                let entry = DataDictionary.file(name)
                #expect(entry != nil, "\(name) の説明がない")
                guard let entry, name.hasSuffix(".csv") else { continue }
                let headers = try #require(try CSVTable.records(data, name: name).records.first)
                for h in headers {
                    checked += 1
                    #expect(entry.columns.contains { $0.matches(h, flags: flags) }, "\(name) の列「\(h)」の説明がない")
                }
            }
            #expect(checked > 100)

            let page = try await app.get("/opendata/dictionary")
            #expect(page.status == .ok)
            #expect(page.text.contains("evaluations-{年度}.csv") && page.text.contains("年度の西暦（令和6年度 = 2024）"))
            let english = try await app.get("/en/opendata/dictionary").text
            #expect(english.contains("The fiscal year in the Western calendar (R6 = 2024)"))
        }
    }

    @Test("オープンデータには利用条件（既定は CC BY 4.0、計画ごとに公共データ利用規約も選べる）をページとファイルに示す")
    func licenceIsStated() async throws {
        #expect(OpenDataLicence(parsing: "") == .ccBy40)
        #expect(OpenDataLicence(parsing: "ＣＣ　ＢＹ　４．０") == .ccBy40)
        #expect(OpenDataLicence(parsing: "CC-BY-4.0") == .ccBy40)
        #expect(OpenDataLicence(parsing: "公共データ利用規約（第1.0版）") == .publicData10)
        #expect(OpenDataLicence(parsing: "PDL1.0") == .publicData10)
        #expect(OpenDataLicence(parsing: "MIT") == nil)
        try await withApp(examples: false) { app, s in
            let page = try await app.get("/opendata").text
            #expect(page.contains("クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）で提供します"))
            #expect(page.contains("rel=\"license\""))
            #expect(page.contains("出典の記載例: 「世田谷区『世田谷区地域経済発展ビジョンアクションプラン』オープンデータ」"))
            #expect(page.contains("href=\"/opendata/dictionary\""))
            let licenceFile = try await app.get("/opendata/LICENSE")
            #expect(licenceFile.headers.first(name: .contentType) == "text/plain; charset=utf-8")
            let licence = licenceFile.text
            #expect(licence.contains("CC BY 4.0") && licence.contains("Creative Commons Attribution 4.0 International"))
            let plan = try await app.get("/opendata/plan.csv").text
            #expect(plan.contains("利用条件,CC BY 4.0"))

            // A plan office that chooses the Digital Agency's terms.
            let op = Viewer.commandLine("試験")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("licence-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            for (name, data) in PlanPackage.csvFiles(try await s.context(plan: nil, viewer: op).plan) {
                var text = String(decoding: data, as: UTF8.self)
                if name == "plan.csv" { text = text.replacingOccurrences(of: "利用条件,CC BY 4.0", with: "利用条件,公共データ利用規約") }
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            }
            try await s.savePlan(try PlanImporting.read(.init(path: folder.path)), viewer: op)
            #expect(try await app.get("/opendata").text.contains("公共データ利用規約（第1.0版）（PDL1.0）で提供します"))
            #expect(try await app.get("/opendata/plan.csv").text.contains("利用条件,公共データ利用規約（第1.0版）"))
        }
    }

    @Test("表ごとの Excel（.xlsx）: 数値は数値のセル、コードは文字列のセル（1-1 が日付にならない）、見出しの行を固定、利用条件と出典のシート（openpyxl で読む）")
    func workbooksAreTyped() async throws {
        let openpyxl = try Self.python("import openpyxl", []) != nil
        if !openpyxl {
            #expect(ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_OPENPYXL"] != "1", "openpyxl がない（pip install openpyxl）")
            return
        }
        try await withApp(examples: false) { app, _ in
            let r = try await app.get("/opendata/indicators.xlsx")
            #expect(r.status == .ok)
            #expect(r.headers.first(name: .contentType) == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-\(UUID().uuidString).xlsx")
            try Data(r.body.readableBytesView).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let script = """
                import json, sys, openpyxl
                wb = openpyxl.load_workbook(sys.argv[1])
                ws = wb.worksheets[0]
                head = [c.value for c in ws[1]]
                row = {h: c.value for h, c in zip(head, ws[2])}
                about = wb.worksheets[1]
                print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "id": row["指標ID"], "idType": type(row["指標ID"]).__name__,
                  "node": row["項目ID"], "target": row["目標値(R6)"], "targetType": type(row["目標値(R6)"]).__name__,
                  "about": [[c.value for c in r][:2] for r in about.iter_rows(max_row=6)]}, ensure_ascii=False))
                """
            let out = try #require(try Self.python(script, [file.path]))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            #expect(json["sheets"] as? [String] == ["データ", "利用条件と出典"])
            #expect(json["freeze"] as? String == "A2")
            // Setagaya's first indicator (data/setagaya/indicators.csv): 1-1.1.1 of 1-1.1, 75 (%) in R6.
            #expect(json["id"] as? String == "1-1.1.1" && json["idType"] as? String == "str")
            #expect(json["node"] as? String == "1-1.1")
            #expect((json["target"] as? NSNumber)?.intValue == 75 && json["targetType"] as? String == "int")
            let about = try #require(json["about"] as? [[Any]])
            #expect(about.first?.last as? String == "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）")
            #expect(about.contains { ($0.first as? String) == "全国地方公共団体コード" && ($0.last as? String) == "131121" })
            #expect(try await app.get("/opendata").text.contains("href=\"/opendata/indicators.xlsx\""))
        }
    }
}
