import Foundation
import PlanData
import PlanFiles
import Testing

@testable import PlanCore

/// Every input the fuzzer kept (scripts/fuzz.sh: seeds, and the inputs that once crashed a
/// reader, named `crash-…`) is read again on every run: each gives a plan or a refusal whose
/// every error names the file and says what is wrong — never a crash.
@Suite("ファジングで見つけた入力の再生")
struct FuzzReplayTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static func inputs(_ reader: String) -> [URL] {
        let dir = folder.appendingPathComponent(reader)
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []).sorted { $0.path < $1.path }
    }

    static let options = PlanTableReader.Options(planID: "fuzz", title: "ファジング", municipality: "試験市")

    static func located(_ failure: ImportFailure, file: String, _ input: URL) {
        #expect(!failure.errors.isEmpty, "\(input.lastPathComponent): 理由のない拒否")
        for e in failure.errors {
            #expect(e.file == file && !e.message.isEmpty, "\(input.lastPathComponent): \(e)")
        }
    }

    @Test("4つの読み取りそれぞれに再生する入力がある（シードと、かつて落ちた入力）")
    func corpusPresent() {
        for r in ["source", "plan-csv", "plan-xlsx", "actuals-csv"] { #expect(!Self.inputs(r).isEmpty, "\(r) の入力がない") }
        #expect(Self.inputs("plan-xlsx").contains { $0.lastPathComponent.hasPrefix("crash-") })
    }

    @Test("計画の表のテキスト")
    func source() throws {
        let format = try PlanData.sourceFormat()
        for input in Self.inputs("source") {
            do {
                let text = try TextDecoding.decode(try Data(contentsOf: input), file: "fuzz.txt").text
                _ = try SourceTableReader(document: "fuzz.txt", format: format).read(
                    text, identity: .init(planID: "fuzz", title: "ファジング", municipality: "試験市", municipalityCode: nil))
            } catch let f as ImportFailure { Self.located(f, file: "fuzz.txt", input) }
        }
    }

    @Test("計画の表（CSV）")
    func planCSV() throws {
        for input in Self.inputs("plan-csv") {
            do { _ = try PlanWorkbook.readCSV(try Data(contentsOf: input), file: "fuzz.csv", options: Self.options) } catch let f as ImportFailure {
                Self.located(f, file: "fuzz.csv", input)
            }
        }
    }

    @Test("計画のブック（.xlsx）— ZIP の中の位置が末尾を越えるもの、名前が UTF-8 でない XML、末尾で切れた deflate を含む")
    func planXLSX() throws {
        // The cut-off deflate entry made ZIPFoundation read at the end of the file for ever: it is
        // refused (at the latest once the time limit has passed) with a located error.
        let hang = try #require(Self.inputs("plan-xlsx").first { $0.lastPathComponent.hasPrefix("timeout-") })
        do {
            _ = try PlanWorkbook.read(try Data(contentsOf: hang), file: "fuzz.xlsx", sheet: nil, options: Self.options)
            Issue.record("末尾で切れた deflate のブックを読めてしまった")
        } catch let f as ImportFailure {
            Self.located(f, file: "fuzz.xlsx", hang)
        }
        for input in Self.inputs("plan-xlsx") where !input.lastPathComponent.hasPrefix("timeout-") {
            do { _ = try PlanWorkbook.read(try Data(contentsOf: input), file: "fuzz.xlsx", sheet: nil, options: Self.options) } catch let f
                as ImportFailure
            { Self.located(f, file: "fuzz.xlsx", input) }
        }
    }

    @Test("実績のCSV")
    func actualsCSV() throws {
        let plan = try PlanData.committedPlan()
        for input in Self.inputs("actuals-csv") {
            do { _ = try ActualsCSV.read(try Data(contentsOf: input), name: "fuzz.csv", plan: plan) } catch let f as ImportFailure {
                Self.located(f, file: "fuzz.csv", input)
            }
        }
    }
}
