import Foundation
import PlanCore
import PlanServices
import PlanTestSupport
import Testing
import Vapor
import VaporTesting

@testable import PlanWeb

/// The open-data downloads as a researcher meets them.
@Suite("オープンデータのダウンロード")
struct OpenDataWebTests {
    /// Decodes `data` with Python's codec of that name, strictly (a byte the codec cannot read fails).
    static func pythonStrictDecode(_ data: Data, charset: String) throws -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode(sys.argv[1], 'strict').encode('utf-8'))", charset,
        ]
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: out, as: UTF8.self) : nil
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
}
