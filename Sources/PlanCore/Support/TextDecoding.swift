import Foundation

/// Turns the bytes of an input file into text, or says exactly what encoding was expected.
///
/// Accepts UTF-8 with or without BOM, and CP932 / Shift_JIS as Excel on Windows saves it.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", shiftJIS = "Shift_JIS (CP932)" }

    public static func decode(_ data: Data, file: String) throws(ImportFailure) -> (text: String, encoding: Encoding) {
        if data.isEmpty {
            throw ImportFailure(ImportError(file: file, message: "ファイルが空です"))
        }
        let bytes = [UInt8](data.prefix(4096))
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].filter { $0 == 0x0A }.count + 1
            throw ImportFailure(
                ImportError(file: file, line: line, message: "テキストファイルではありません（NULバイトを含みます）。UTF-8 または Shift_JIS(CP932) のテキストを指定してください"))
        }
        var body = data
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { body = data.dropFirst(3) }
        if let text = String(data: body, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: .shiftJIS), !text.contains("\u{FFFD}") { return (text, .shiftJIS) }
        throw ImportFailure(
            ImportError(
                file: file, line: firstInvalidUTF8Line(data),
                message: "文字コードを判別できません。UTF-8（BOM付き・なし）または Shift_JIS(CP932) で保存してください"))
    }

    /// The 1-based line of the first byte sequence that is not UTF-8.
    static func firstInvalidUTF8Line(_ data: Data) -> Int? {
        var line = 1
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            if String(data: data[start..<end], encoding: .utf8) == nil { return line }
            line += 1
            start = end < data.endIndex ? data.index(after: end) : end
        }
        return nil
    }
}
