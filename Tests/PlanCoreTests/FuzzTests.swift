import Foundation
@testable import PlanCore
import PlanData
import Testing

/// Property-based fuzzing of the three readers that take files from people: the source-table
/// importer, the plan CSV reader and the actuals CSV reader. Real inputs are mutated at random
/// (deterministically, from a seed); every outcome must be either a plan or a refusal whose
/// every error names the file and the line (or the missing field). A crash or hang fails the run.
///
/// `ACTIONPLAN_FUZZ_ITERATIONS` (default 40 per reader) and `ACTIONPLAN_FUZZ_SEED` widen the
/// search (scripts/fuzz.sh). An input that fails is written to
/// `$TMPDIR/actionplan-fuzz/`; once fixed, add it to `Tests/PlanCoreTests/Fixtures/fuzz/<reader>/`,
/// where every file is checked on every run.
@Suite("壊れた入力に強いこと（ファジング）")
struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["ACTIONPLAN_FUZZ_ITERATIONS"] ?? "") ?? 40
    static let seed = UInt64(ProcessInfo.processInfo.environment["ACTIONPLAN_FUZZ_SEED"] ?? "") ?? 1

    static let sourceText = try! PlanData.setagayaFile("source/" + PlanData.setagayaSourceDocument)
    static let planFiles = PlanCSV.write(Setagaya.plan)
    static let actualsTemplate: Data = {
        var actuals: [Actual] = []
        for (n, i) in Setagaya.plan.indicators.enumerated() where n % 3 != 0 {
            actuals.append(Actual(indicator: i.id, year: .r6, value: Decimal(n * 7 % 500), note: n % 5 == 0 ? "備考, \"引用\"" : ""))
        }
        return ActualsCSV.template(plan: Setagaya.plan, year: .r6, existing: actuals)
    }()

    @Test("原文の表のテキスト: 壊した入力でも落ちず、断るときはファイルと行を示す")
    func sourceTable() throws {
        try fuzz("source-table", original: Self.sourceText) { data in
            let text = try TextDecoding.decode(data, file: "fuzz.txt").text
            _ = try SourceTableReader(document: "fuzz.txt").read(text)
        }
    }

    @Test("計画のCSV: 壊した入力でも落ちず、断るときはファイルと行を示す")
    func planCSV() throws {
        let names = Self.planFiles.keys.sorted()
        var random = SeededRandom(seed: Self.seed ^ 0x5EED)
        try fuzz("plan-csv", original: Self.planFiles[PlanCSV.tableFile]!, pick: {
            // Mutate one of the three files; the other two stay as written.
            let name = names[random.below(names.count)]
            return (name, Self.planFiles[name]!)
        }) { data, name in
            var files = Self.planFiles
            files[name] = data
            _ = try PlanCSV.read(files: files)
        }
    }

    @Test("実績のCSV: 壊した入力でも落ちず、断るときはファイルと行を示す")
    func actualsCSV() throws {
        try fuzz("actuals-csv", original: Self.actualsTemplate) { data in
            _ = try ActualsCSV.read(data, name: "fuzz.csv", plan: Setagaya.plan)
        }
    }

    // MARK: Harness

    func fuzz(_ reader: String, original: Data, _ body: (Data) throws -> Void) throws {
        try fuzz(reader, original: original, pick: { ("", original) }) { data, _ in try body(data) }
    }

    /// Runs the committed failing inputs, then `iterations` fresh mutations.
    func fuzz(_ reader: String, original: Data, pick: () -> (String, Data), _ body: (Data, String) throws -> Void) throws {
        let corpus = Repo.fixture("fuzz/\(reader)")
        let saved = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        for file in saved.sorted(by: { $0.path < $1.path }) where !file.lastPathComponent.hasPrefix(".") {
            // A saved input for the plan CSV is named after the file it replaces: table.csv-3.csv.
            let name = file.lastPathComponent.components(separatedBy: ".csv-").first.map { $0 + ".csv" } ?? ""
            let problem = located(try Data(contentsOf: file)) { data in try body(data, name) }
            #expect(problem == nil, "\(file.lastPathComponent): \(problem ?? "")")
        }
        var random = SeededRandom(seed: Self.seed &+ UInt64(reader.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
        var failures = 0
        for i in 0..<Self.iterations {
            let (name, input) = pick()
            let mutated = Mutator.mutate(input, random: &random)
            let problem = located(mutated) { data in try body(data, name) }
            if let problem {
                failures += 1
                let path = try Self.keep(mutated, reader: reader, name: name, index: i)
                Issue.record("\(reader) 入力 \(i)（\(path)）: \(problem)")
                if failures >= 5 { break }
            }
        }
    }

    /// nil when the input is read or refused with located errors; otherwise what is wrong.
    func located(_ data: Data, _ body: (Data) throws -> Void) -> String? {
        do {
            try body(data)
            return nil
        } catch let error as ImportFailure {
            if error.errors.isEmpty { return "理由のない拒否" }
            // Located: the file, and the line — or, for something missing altogether (a required
            // row of plan.csv), the field that is missing.
            let unlocated = error.errors.filter { $0.file.isEmpty || ($0.line == nil && $0.field == nil && !Self.wholeFile($0)) }
            return unlocated.isEmpty ? nil : "場所のない誤り: " + unlocated.map(\.description).joined(separator: " / ")
        } catch {
            return "読み取りの誤りとして報告されない例外: \(error)"
        }
    }

    /// Errors about the file as a whole, which have no line to point at.
    static func wholeFile(_ e: ImportError) -> Bool {
        e.message.hasPrefix("ファイルが空です") || e.message.contains("ファイルがありません")
            || e.message.contains("を含む行が見つかりません")   // not a plan table at all
    }

    static func keep(_ data: Data, reader: String, name: String, index: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-fuzz/\(reader)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent((name.isEmpty ? "input" : name) + "-\(seed)-\(index).bin")
        try data.write(to: file)
        return file.path
    }
}

/// Byte-level and line-level mutations aimed at what people and PDF extraction do to files.
enum Mutator {
    static let tokens: [[UInt8]] = [
        ",", "\"", "\t", "\n", "\r\n", "\r", "①", "１２３", "—", "-", "%", "％", "\u{FEFF}", "9999999999999999999999",
        "-1", "1e5", "1,2,3", "R99", "令和99年度", "3-", "-3", "99-99", "1-1.999.1", "0.0000001", "NaN", "∞", "　", " ",
        "再掲", "〃", "\"\"", "\",\"", "\\", "=cmd|' /C calc'!A0", "<script>", "\u{0}",
    ].map { Array($0.utf8) } + [[0xFF], [0x82], [0xE3, 0x81], [0x83, 0x41], [0xC0, 0xAF]]

    static func mutate(_ data: Data, random: inout SeededRandom) -> Data {
        var bytes = [UInt8](data)
        for _ in 0...random.below(4) {
            switch random.below(8) {
            case 0 where !bytes.isEmpty:   // delete a range
                let start = random.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(200)))
            case 1:   // insert a token
                bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: random.below(bytes.count + 1))
            case 2 where !bytes.isEmpty:   // truncate
                bytes.removeSubrange(random.below(bytes.count)...)
            case 3, 4:   // duplicate, drop or swap lines
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { break }
                let a = random.below(lines.count), b = random.below(lines.count)
                switch random.below(3) {
                case 0: lines.insert(lines[a], at: b)
                case 1: lines.remove(at: a)
                default: lines.swapAt(a, b)
                }
                bytes = Array(lines.joined(separator: [0x0A]))
            case 5 where !bytes.isEmpty:   // replace a field (between separators) with a token
                let separators: Set<UInt8> = [0x2C, 0x09, 0x0A]
                let at = random.below(bytes.count)
                let start = (bytes[..<at].lastIndex { separators.contains($0) }).map { $0 + 1 } ?? 0
                let end = bytes[at...].firstIndex { separators.contains($0) } ?? bytes.count
                bytes.replaceSubrange(start..<max(start, end), with: tokens[random.below(tokens.count)])
            case 6 where !bytes.isEmpty:   // flip bits of one byte
                bytes[random.below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
            default:   // repeat a chunk (very long lines and files)
                guard !bytes.isEmpty else { break }
                let start = random.below(bytes.count)
                let chunk = Array(bytes[start..<min(bytes.count, start + 1 + random.below(64))])
                bytes.insert(contentsOf: Array(repeating: chunk, count: 1 + random.below(50)).joined(), at: start)
            }
        }
        return Data(bytes)
    }
}
