import Foundation
import Testing
@testable import PlanCore
import PlanData

@Suite("計画のCSV形式")
struct PlanCSVTests {
    static func committedFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in [PlanCSV.planFile, PlanCSV.structureFile, PlanCSV.tableFile] {
            files[name] = try Data(contentsOf: Repo.setagaya.appendingPathComponent(name))
        }
        return files
    }

    @Test("読んで書き戻すとバイト単位で同じになる")
    func roundTrip() throws {
        let files = try Self.committedFiles()
        let plan = try PlanCSV.read(files: files)
        #expect(PlanCSV.write(plan) == files)
        #expect(plan.indicators.count == Setagaya.plan.indicators.count)
    }

    @Test("UTF-8（BOM付き）・CRLF・見出しは印刷された表に合わせた日本語")
    func excelFriendly() throws {
        let data = try Self.committedFiles()[PlanCSV.tableFile]!
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\r\n"))
        #expect(text.hasPrefix("\u{FEFF}指標ID,掲載ID,目指す姿,取組みID,目指す姿の実現に向けた取組み,施策ID,施策番号,施策名,事業,再掲"))
    }

    @Test("Excel が CP932 で保存したファイルも読める")
    func readsShiftJIS() throws {
        var files = try Self.committedFiles()
        let text = String(decoding: files[PlanCSV.tableFile]!.dropFirst(3), as: UTF8.self)
        let sjis = try #require(text.data(using: .shiftJIS, allowLossyConversion: false) ?? lossySJIS(text))
        files[PlanCSV.tableFile] = sjis
        let plan = try PlanCSV.read(files: files)
        #expect(plan.indicators.count == Setagaya.plan.indicators.count)
    }

    private func lossySJIS(_ text: String) -> Data? {
        // The Setagaya text holds Hangul, which CP932 cannot encode: replace it for this test.
        text.replacingOccurrences(of: "관심", with: "関心").data(using: .shiftJIS)
    }

    @Test("列が足りない見出しは、必要な列の一覧を添えて断る")
    func missingColumn() throws {
        var files = try Self.committedFiles()
        var text = String(decoding: files[PlanCSV.tableFile]!, as: UTF8.self)
        text = text.replacingOccurrences(of: ",単位,", with: ",")
        files[PlanCSV.tableFile] = Data(text.utf8)
        let error = #expect(throws: ImportFailure.self) { try PlanCSV.read(files: files) }
        #expect(error?.errors.first?.line == 1)
        #expect(error?.errors.first?.message.contains("単位") == true)
    }

    @Test("目標値の欄の読めない値は、すべて行・列・見出しつきで示し、何も読み込まない")
    func badNumbers() throws {
        var files = try Self.committedFiles()
        var lines = String(decoding: files[PlanCSV.tableFile]!, as: UTF8.self).components(separatedBy: "\r\n")
        // Row 2 is the first data row: せたがやPay, R7 = 75.
        lines[1] = lines[1].replacingOccurrences(of: ",75,75,75,75,,%", with: ",75,abc,75,75,,%")
        lines[2] = lines[2].replacingOccurrences(of: ",320,80,", with: ",３２０,80,")
        files[PlanCSV.tableFile] = Data(lines.joined(separator: "\r\n").utf8)
        let error = #expect(throws: ImportFailure.self) { try PlanCSV.read(files: files) }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.line == 2)
        #expect(error?.errors.first?.field == "R7年度")
        #expect(error?.errors.first?.column == 25)
    }

    @Test("全角数字と桁区切りの目標値は読む")
    func fullWidthAccepted() throws {
        var files = try Self.committedFiles()
        var lines = String(decoding: files[PlanCSV.tableFile]!, as: UTF8.self).components(separatedBy: "\r\n")
        lines[2] = lines[2].replacingOccurrences(of: ",320,80,", with: ",\"３２０\",\"8,0\",")
        files[PlanCSV.tableFile] = Data(lines.joined(separator: "\r\n").utf8)
        #expect(throws: ImportFailure.self) { try PlanCSV.read(files: files) } // 8,0 is not a valid separator
        lines[2] = lines[2].replacingOccurrences(of: ",\"３２０\",\"8,0\",", with: ",\"３２０\",\"1,750\",")
        files[PlanCSV.tableFile] = Data(lines.joined(separator: "\r\n").utf8)
        let plan = try PlanCSV.read(files: files)
        #expect(plan.indicators[1].total == 320)
        #expect(plan.indicators[1].targets.r6 == 1750)
    }

    @Test("途中で切れたファイルは、足りない列の場所を示して断る")
    func truncated() throws {
        var files = try Self.committedFiles()
        let data = files[PlanCSV.tableFile]!
        files[PlanCSV.tableFile] = data.prefix(data.count / 2)
        #expect(throws: ImportFailure.self) { try PlanCSV.read(files: files) }
    }

    @Test("空のファイル・バイナリは、期待する形を添えて断る", arguments: [Data(), Data([0, 1, 2, 255, 254]), Data([0xFF, 0xFE, 0x41, 0x00])])
    func garbage(_ data: Data) throws {
        var files = try Self.committedFiles()
        files[PlanCSV.tableFile] = data
        let error = #expect(throws: ImportFailure.self) { try PlanCSV.read(files: files) }
        #expect(error?.errors.first?.file == PlanCSV.tableFile)
    }

    @Test("UTF-8でもCP932でもないバイト列は、文字コードを示して断る")
    func undecodable() {
        let bytes = Data([0x81, 0x20, 0xFF, 0xFD, 0x0A, 0x41])
        #expect(throws: ImportFailure.self) { try TextDecoding.decode(bytes, file: "x.csv") }
    }
}
