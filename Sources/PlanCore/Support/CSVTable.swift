import CSV
import Foundation

/// A CSV file read with its header, each record knowing its row number, so that every error
/// can say where it is. Written as UTF-8 with BOM and CRLF, quoting only where needed, so
/// that reading and writing round-trip byte for byte and Excel opens it directly.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        public var file: String
        /// 1-based record number (the header is row 1), as Excel numbers rows.
        public var line: Int
        public var headers: [String]
        public var fields: [String]

        public subscript(header: String) -> String {
            guard let i = position(of: header), i < fields.count else { return "" }
            return fields[i]
        }

        public func column(of header: String) -> Int? { position(of: header).map { $0 + 1 } }

        /// Compares bytes (headers are normalized to NFC when read): `String ==` compares by
        /// canonical equivalence, which is many times slower and dominated reading large plans.
        private func position(of header: String) -> Int? {
            let count = header.utf8.count
            return headers.firstIndex { $0.utf8.count == count && $0.utf8.elementsEqual(header.utf8) }
        }

        public func error(column header: String, _ message: String) -> ImportError {
            ImportError(file: file, line: line, column: column(of: header), field: header, message: message)
        }
    }

    public var file: String
    public var headers: [String]
    public var rows: [Row]
    public var encoding: TextDecoding.Encoding

    /// Reads a CSV file whose first row must hold exactly `expectedHeaders` (in any order when
    /// `anyOrder`); extra columns are refused so that typos in headers are not silently ignored.
    /// Every record of a CSV file (UTF-8 with or without BOM, or CP932), with the encoding.
    public static func records(_ data: Data, name: String) throws(ImportFailure) -> (records: [[String]], encoding: TextDecoding.Encoding) {
        let (text, encoding) = try TextDecoding.decode(data, file: name)
        var records: [[String]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false)
            while let row = reader.next() { records.append(row) }
            if let error = reader.error { throw error }
        } catch {
            // The record being read when the tokenizer gave up (an unclosed quote, usually).
            throw ImportFailure(
                ImportError(
                    file: name, line: records.count + 1,
                    message: "CSVとして読めません（\(error)）。値の中の \" は \"\" と2つ重ね、値全体を \"…\" で囲んでください"))
        }
        return (records, encoding)
    }

    /// Reads a CSV file whose first row must hold exactly `expectedHeaders` (in any order), plus
    /// any of `optionalHeaders` and any header `allowHeader` accepts; other columns are refused so
    /// that typos in headers are not silently ignored.
    public static func read(
        _ data: Data, name: String, expectedHeaders: [String], optionalHeaders: [String] = [],
        allowHeader: (String) -> Bool = { _ in false }
    ) throws(ImportFailure) -> CSVTable {
        let (records, encoding) = try records(data, name: name)
        guard let header = records.first?.map({ $0.trimmingSpaces.precomposedStringWithCanonicalMapping }) else {
            throw ImportFailure(ImportError(file: name, line: 1, message: "見出し行がありません"))
        }
        var errors: [ImportError] = []
        let missing = expectedHeaders.filter { !header.contains($0) }
        if !missing.isEmpty {
            errors.append(
                ImportError(
                    file: name, line: 1,
                    message: "見出し行に必要な列がありません: \(missing.joined(separator: "、"))（必要な列: \(expectedHeaders.joined(separator: ","))）"))
        }
        let allowed = Set(expectedHeaders + optionalHeaders)
        for (i, h) in header.enumerated() where !allowed.contains(h) && !allowHeader(h) && !(h.isEmpty && i == header.count - 1) {
            errors.append(
                ImportError(
                    file: name, line: 1, column: i + 1, field: h,
                    message: "知らない列「\(h)」があります（使える列: \((expectedHeaders + optionalHeaders).joined(separator: ","))）"))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        var rows: [Row] = []
        for (index, fields) in records.enumerated().dropFirst() {
            if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let line = index + 1
            if fields.count < header.count {
                errors.append(
                    ImportError(
                        file: name, line: line, column: fields.count + 1, field: header[fields.count],
                        message: "列が足りません（\(header.count)列必要なところ\(fields.count)列）。ファイルが途中で切れていないか確認してください"))
                continue
            }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.isEmpty }) {
                errors.append(
                    ImportError(
                        file: name, line: line, column: header.count + 1,
                        message: "列が多すぎます（\(header.count)列のところ\(fields.count)列）。値にカンマを含むときは \"…\" で囲んでください"))
                continue
            }
            rows.append(Row(file: name, line: line, headers: header, fields: Array(fields.prefix(header.count))))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return CSVTable(file: name, headers: header, rows: rows, encoding: encoding)
    }

    /// Writes rows under a header: UTF-8 with BOM, CRLF line ends, fields quoted only when they
    /// hold a comma, quote or line break.
    public static func write(headers: [String], rows: [[String]], byteOrderMark: Bool = true) -> Data {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for record in [headers] + rows {
            out += record.map(quote).joined(separator: ",")
            out += "\r\n"
        }
        return Data(out.utf8)
    }

    static func quote(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }
}
