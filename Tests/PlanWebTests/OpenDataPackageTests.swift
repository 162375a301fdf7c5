import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import Testing
import Vapor
import VaporTesting

@testable import PlanWeb

/// The open data as a data portal and a researcher's tools meet it: who and when in every file,
/// the Western year beside every era year, and a data package a validator accepts.
@Suite("オープンデータの識別・日付・データパッケージ")
struct OpenDataPackageTests {
    typealias Table = (header: [String], rows: [[String: String]])

    static func table(_ data: Data, _ name: String) throws -> Table {
        let records = try CSVTable.records(data, name: name).records
        let header = records.first ?? []
        return (header, records.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) })
    }

    /// Today in Japan, worked out apart from the code under test.
    static var todayInJapan: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    @Test("どの表も全国地方公共団体コード（131121）と地方公共団体名で始まり、和暦の年度には西暦年度が並び、JSON にも同じ識別がある")
    func everyFileSaysWhoAndWhichYear() async throws {
        try await withApp(examples: false) { _, s in
            try await OpenDataWebTests.publishOneYear(s)
            let files = try await s.context(plan: nil, viewer: .anonymous).openDataFiles()
            var tables = 0
            for (name, data) in files where name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv") {
                let t = try Self.table(data, name)
                #expect(Array(t.header.prefix(2)) == ["全国地方公共団体コード", "地方公共団体名"], "\(name)")
                #expect(!t.rows.isEmpty, "\(name) に行がない")
                for row in t.rows { #expect(row["全国地方公共団体コード"] == "131121" && row["地方公共団体名"] == "世田谷区", "\(name)") }
                if let i = t.header.firstIndex(of: "年度") {
                    #expect(t.header[i + 1] == "西暦年度", "\(name): 年度の隣に西暦年度がない")
                }
                tables += 1
            }
            // plan, levels, flags, nodes, indicators, structure, targets, dictionary, actuals-R6, evaluations-R6, self-evaluations-R6
            #expect(tables == 11)
            for name in ["structure.json", "indicators.json", "evaluations-R6.json"] {
                let records = try #require(try JSONSerialization.jsonObject(with: files[name]!) as? [[String: Any]])
                #expect(records.allSatisfy { $0["municipalityCode"] as? String == "131121" && $0["municipality"] as? String == "世田谷区" }, "\(name)")
            }
            let evaluations = try Self.table(files["evaluations-R6.csv"]!, "evaluations-R6.csv")
            let first = try #require(evaluations.rows.first { $0["掲載の指標ID"] == "1-1.1.1" })
            #expect(first["年度"] == "R6" && first["西暦年度"] == "2024")

            // Targets one per row with both years: 1-1.1.1 prints 75 % for R6 … R13; 1-2.1.1 prints "-" for R13.
            let targets = try Self.table(files["targets.csv"]!, "targets.csv")
            let r6 = try #require(targets.rows.first { $0["指標ID"] == "1-1.1.1" && $0["年度"] == "R6" })
            #expect(r6["西暦年度"] == "2024" && r6["数値"] == "75" && r6["単位"] == "%" && r6["値の種類"] == "目標値（年度別）")
            let r13 = try #require(targets.rows.first { $0["指標ID"] == "1-2.1.1" && $0["年度"] == "R13" })
            #expect(r13["西暦年度"] == "2031" && r13["数値"] == "" && r13["値の種類"] == "目標値（将来）")
            #expect(r13["注記"] == "この年度の目標はありません（計画書に「-」）")
        }
    }

    @Test("公表日と更新日は ISO 8601、印は true・false、空の値には注記が理由を書く（未公表・未報告・印字なし）")
    func datesFlagsAndNotes() async throws {
        try await withApp(examples: false) { _, s in
            try await OpenDataWebTests.publishOneYear(s)
            let files = try await s.context(plan: nil, viewer: .anonymous).openDataFiles()
            let today = Self.todayInJapan
            let evaluations = try Self.table(files["evaluations-R6.csv"]!, "evaluations-R6.csv")
            // Published by 商業課 today: 70 against 75 % is 93 % → B (比率:A:100,B:80,C:50,D:0).
            let published = try #require(evaluations.rows.first { $0["掲載の指標ID"] == "1-1.1.1" })
            #expect(published["実績値"] == "70" && published["評価"] == "B")
            #expect(published["公表日"] == today && published["更新日"] == today && published["注記"] == "")
            // An item nobody has published: no date, and the note says why the actual is empty.
            let unpublished = try #require(evaluations.rows.first { $0["掲載の指標ID"] == "1-1.4.1" })
            #expect(unpublished["実績値"] == "" && unpublished["公表日"] == "")
            #expect(unpublished["注記"] == "所管課が実績を公表していません。指標名は計画書に印字されていません")
            for row in evaluations.rows {
                if let d = row["公表日"], !d.isEmpty { #expect(CalendarDay(parsing: d)?.description == d) }
                if row["実績値"] == "" { #expect(row["注記"] != "", "\(row["掲載の指標ID"] ?? "") の空欄に注記がない") }
            }
            let actuals = try Self.table(files["actuals-R6.csv"]!, "actuals-R6.csv")
            let reported = try #require(actuals.rows.first { $0["指標ID"] == "1-1.1.1" })
            #expect(reported["公表日"] == today && reported["西暦年度"] == "2024" && reported["実績値"] == "70")
            let selfEvaluations = try Self.table(files["self-evaluations-R6.csv"]!, "self-evaluations-R6.csv")
            #expect(selfEvaluations.rows.first { $0["項目ID"] == "1-1.1" }?["公表日"] == today)

            // Marks as true/false in structure.csv (the printed mark stays in nodes.csv).
            let structure = try Self.table(files["structure.csv"]!, "structure.csv")
            for column in ["再掲の有無", "重点PJの有無", "実施計画事業の有無"] {
                #expect(structure.header.contains(column))
                #expect(structure.rows.allSatisfy { ["true", "false"].contains($0[column] ?? "") }, "\(column)")
            }
            #expect(structure.rows.contains { $0["重点PJの有無"] == "true" })
            let nodes = try Self.table(files["nodes.csv"]!, "nodes.csv")
            #expect(nodes.rows.contains { $0["重点PJ"] == "○" || $0["重点PJ"] == "●" })

            // One meaning per column name: a header used in several files has one type everywhere.
            var types: [String: (DataDictionary.ValueType, String)] = [:]
            let flags = try await s.context(plan: nil, viewer: .anonymous).plan.flags.map(\.name)
            for (name, data) in files where name.hasSuffix(".csv") && !name.hasSuffix("-cp932.csv") {
                let entry = try #require(DataDictionary.file(name))
                for h in try Self.table(data, name).header {
                    let column = try #require(entry.columns.first { $0.matches(h, flags: flags) }, "\(name) \(h)")
                    if let (type, file) = types[h] {
                        #expect(type == column.type, "「\(h)」は \(file) では\(type.rawValue)、\(name) では\(column.type.rawValue)")
                    }
                    types[h] = (column.type, name)
                }
            }
        }
    }

    @Test("書き出したオープンデータ（識別の列つき）はそのまま計画として読み戻せ、別の自治体のコードが混じれば場所つきで断る")
    func openDataPackageReimports() async throws {
        try await withApp(examples: false) { _, s in
            let c = try await s.context(plan: nil, viewer: .anonymous)
            let files = try c.openDataFiles()
            let again = try PlanPackage.read(csvFiles: files)
            #expect(again.nodes == c.plan.nodes && again.indicators == c.plan.indicators && again.municipalityCode == "131121")

            var mixed = files
            var nodes = String(decoding: files["nodes.csv"]!, as: UTF8.self)
            nodes = nodes.replacingOccurrences(of: "\r\n131121,世田谷区,vision-1,", with: "\r\n131130,渋谷区,vision-1,")
            mixed["nodes.csv"] = Data(nodes.utf8)
            do {
                _ = try PlanPackage.read(csvFiles: mixed)
                Issue.record("別の自治体の行を読んだ")
            } catch let failure as ImportFailure {
                let messages = failure.errors.map(\.description)
                #expect(
                    messages.contains {
                        $0.contains("nodes.csv") && $0.contains("3行目") && $0.contains("全国地方公共団体コード「131130」が plan.csv の「131121」と違います")
                    }, "\(messages)")
                #expect(messages.contains { $0.contains("地方公共団体名「渋谷区」") })
            }
        }
    }

    @Test("datapackage.json（Frictionless）は表ごとの型・制約・主キー・外部キーを持ち、frictionless validate が通る（壊した表は通らない）")
    func dataPackageValidates() async throws {
        try await withApp(examples: false) { app, s in
            try await OpenDataWebTests.publishOneYear(s)
            let response = try await app.get("/opendata/datapackage.json")
            #expect(response.status == .ok && response.headers.first(name: .contentType)?.hasPrefix("application/json") == true)
            let c = try await s.context(plan: nil, viewer: .anonymous)
            let files = try c.openDataFiles()
            #expect(Data(response.body.readableBytesView) == files["datapackage.json"])
            let descriptor = try #require(try JSONSerialization.jsonObject(with: files["datapackage.json"]!) as? [String: Any])
            #expect((descriptor["licenses"] as? [[String: Any]])?.first?["name"] as? String == "CC-BY-4.0")
            #expect(descriptor["municipalityCode"] as? String == "131121")
            let resources = try #require(descriptor["resources"] as? [[String: Any]])
            let evaluations = try #require(resources.first { $0["path"] as? String == "evaluations-R6.csv" })
            let schema = try #require(evaluations["schema"] as? [String: Any])
            #expect(schema["primaryKey"] as? [String] == ["掲載の指標ID"])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            #expect(fields.first { $0["name"] as? String == "西暦年度" }?["type"] as? String == "year")
            #expect(fields.first { $0["name"] as? String == "公表日" }?["type"] as? String == "date")
            #expect(fields.first { $0["name"] as? String == "達成率" }?["type"] as? String == "number")
            let keys = try #require(schema["foreignKeys"] as? [[String: Any]])
            #expect(keys.contains { ($0["reference"] as? [String: Any])?["resource"] as? String == "indicators" })
            // Every table in each of its forms is described: UTF-8, the CP932 copy and the workbook.
            for name in files.keys where name.hasSuffix(".csv") || name.hasSuffix(".xlsx") {
                #expect(resources.contains { $0["path"] as? String == name }, "\(name) が datapackage.json にない")
            }

            guard try OpenDataWebTests.python("import frictionless", []) != nil else {
                #expect(ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_DATA_TOOLS"] != "1", "frictionless がない（pip install frictionless）")
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("datapackage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
            let validate = """
                import sys, frictionless
                report = frictionless.validate(sys.argv[1])
                for task in report.tasks:
                    for e in task.errors: print(task.name, e.type, e.message)
                print("VALID" if report.valid else "INVALID")
                """
            let descriptorPath = folder.appendingPathComponent("datapackage.json").path
            let out = try #require(try OpenDataWebTests.python(validate, [descriptorPath]))
            #expect(out.hasSuffix("VALID\n") && !out.contains("INVALID"), "\(out)")

            // The validator really reads the tables: an indicator placed under a node that does not exist fails.
            var indicators = String(decoding: files["indicators.csv"]!, as: UTF8.self)
            indicators = indicators.replacingOccurrences(of: ",1-1.1.1,1-1.1,", with: ",1-1.1.1,9-9.9,")
            try Data(indicators.utf8).write(to: folder.appendingPathComponent("indicators.csv"))
            let broken = try #require(try OpenDataWebTests.python(validate, [descriptorPath]))
            #expect(broken.contains("indicators foreign-key") && broken.hasSuffix("INVALID\n"), "\(broken)")
        }
    }

    @Test("catalog.jsonld（DCAT）はデータセットと各ファイルの配布を、公表者・利用条件・日付つきで示し、ページの head から見つかる")
    func dcatCatalogue() async throws {
        try await withApp(examples: false) { app, s in
            try await OpenDataWebTests.publishOneYear(s)
            let response = try await app.get("/opendata/catalog.jsonld")
            #expect(response.status == .ok && response.headers.first(name: .contentType) == "application/ld+json; charset=utf-8")
            let files = try await s.context(plan: nil, viewer: .anonymous).openDataFiles()
            let catalogue = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
            #expect(catalogue["@type"] as? String == "dcat:Catalog")
            let dataset = try #require((catalogue["dcat:dataset"] as? [[String: Any]])?.first)
            #expect((dataset["dct:publisher"] as? [String: Any])?["dct:identifier"] as? String == "131121")
            #expect((dataset["dct:license"] as? [String: Any])?["@id"] as? String == "https://creativecommons.org/licenses/by/4.0/deed.ja")
            #expect((dataset["dct:modified"] as? [String: Any])?["@value"] as? String == Self.todayInJapan)
            let distributions = try #require(dataset["dcat:distribution"] as? [[String: Any]])
            let urls = distributions.compactMap { ($0["dcat:downloadURL"] as? [String: Any])?["@id"] as? String }
            #expect(Set(urls) == Set(files.keys).subtracting(["catalog.jsonld"]).union(["setagaya-opendata.zip"]))
            let csv = try #require(distributions.first { ($0["dct:title"] as? String) == "evaluations-R6.csv" })
            #expect(csv["dcat:mediaType"] as? String == "text/csv" && (csv["dcat:byteSize"] as? Int) == files["evaluations-R6.csv"]?.count)

            // Each address, resolved against the catalogue's own, is a file the site serves.
            for url in urls.prefix(5) { #expect(try await app.get("/opendata/" + url).status == .ok, "\(url)") }
            let page = try await app.get("/opendata").text
            #expect(page.contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"/opendata/catalog.jsonld\"/>"))

            // JSON-LD a harvester can read: rdflib (when installed) turns it into triples.
            guard try OpenDataWebTests.python("import rdflib", []) != nil else {
                #expect(ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_DATA_TOOLS"] != "1", "rdflib がない（pip install rdflib）")
                return
            }
            let triples = try #require(
                try OpenDataWebTests.python(
                    "import sys, rdflib; g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format='json-ld', publicID='https://example.lg.jp/opendata/catalog.jsonld'); "
                        + "print(len(list(g.subjects(rdflib.RDF.type, rdflib.URIRef('http://www.w3.org/ns/dcat#Distribution')))))",
                    [], input: Data(response.body.readableBytesView)))
            #expect(Int(triples.trimmingCharacters(in: .whitespacesAndNewlines)) == distributions.count)
        }
    }
}
