import Foundation
import PlanCore
import SWXMLHash
import ZIPFoundation

/// Reads an Excel workbook (.xlsx, Office Open XML) into sheets of cells: shared and inline
/// strings (phonetic guides left out), numbers as numbers (a percent-formatted cell as the
/// percentage shown, 82.5 for 82.5%), dates as `2024-04-01`, formulas by their cached values,
/// and merged cells. The ZIP container is read with ZIPFoundation and the XML with SWXMLHash.
public enum WorkbookReader {
    /// Limits that keep a hostile file from exhausting memory.
    public static let maximumUncompressedBytes: UInt64 = 64 * 1024 * 1024
    public static let maximumCells = 2_000_000

    public static func read(_ data: Data, file: String) throws(ImportFailure) -> [Sheet] {
        func fail(_ message: String) -> ImportFailure { ImportFailure(ImportError(file: file, message: message)) }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw fail("Excel のブック（.xlsx）として読めません（ZIP 形式ではありません）。古い .xls 形式なら Excel で .xlsx として保存し直してください")
        }
        // The archive is read from a temporary file, not from memory: ZIPFoundation's in-memory
        // reader traps on an entry that points past the end of the data (found by fuzzing,
        // docs/hardening.md); its file reader reports the same input as an error.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-xlsx-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("book.xlsx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw fail("ブックを一時ファイルに置けません（\(error.localizedDescription)）")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let parts = try entries(of: url, file: file)
        func entry(_ path: String) throws(ImportFailure) -> Data? { parts[path] }
        guard let workbookXML = try entry("xl/workbook.xml") else {
            throw fail("Excel のブック（.xlsx）として読めません（xl/workbook.xml がありません）")
        }
        let workbook = try parse(workbookXML, file: file, part: "xl/workbook.xml")
        var targets: [String: String] = [:]
        if let rels = try entry("xl/_rels/workbook.xml.rels") {
            for r in try parse(rels, file: file, part: "xl/_rels/workbook.xml.rels")["Relationships"]["Relationship"].all {
                if let id = r.element?.attribute(by: "Id")?.text, let target = r.element?.attribute(by: "Target")?.text { targets[id] = target }
            }
        }
        let strings = try sharedStrings(try entry("xl/sharedStrings.xml"), file: file)
        let styles = try cellStyles(try entry("xl/styles.xml"), file: file)
        var sheets: [Sheet] = []
        var cells = 0
        for (i, s) in workbook["workbook"]["sheets"]["sheet"].all.enumerated() {
            let name = s.element?.attribute(by: "name")?.text ?? "Sheet\(i + 1)"
            let rid = s.element?.allAttributes.first { $0.key.hasSuffix(":id") || $0.key == "id" }?.value.text
            var path = rid.flatMap { targets[$0] } ?? "worksheets/sheet\(i + 1).xml"
            if path.hasPrefix("/") { path.removeFirst() } else { path = "xl/" + path }
            guard let xml = try entry(path) else { throw fail("シート「\(name)」の中身（\(path)）がありません") }
            let sheet = try readSheet(xml, file: file, name: name, strings: strings, styles: styles, cells: &cells)
            sheets.append(sheet)
        }
        if sheets.isEmpty { throw fail("ブックにシートがありません") }
        return sheets
    }

    /// How long reading a workbook's parts may take: a few times what a real workbook of that size
    /// needs (one second, and two more per MB of the file, at most ten). A small broken file is
    /// refused in about a second instead of holding an import (or the fuzzer) for longer.
    public static func timeLimit(bytes: Int) -> TimeInterval {
        min(10, 1 + 2 * Double(bytes) / 1_048_576)
    }
    static let maximumEntries = 2_000

    /// Every file in the archive, read in one step under a time limit. ZIPFoundation keeps reading
    /// at the end of the file when a deflated entry is cut short there (found by fuzzing,
    /// docs/hardening.md); past the limit the guard makes those reads fail, and the workbook is
    /// refused instead of hanging the import (or the server that received the upload).
    static func entries(of url: URL, file: String) throws(ImportFailure) -> [String: Data] {
        func fail(_ message: String) -> ImportFailure { ImportFailure(ImportError(file: file, message: message)) }
        let watchdog = ReadGuard(path: url.path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let limit = timeLimit(bytes: size)
        let result: Result<[String: Data], ImportFailure> = {
            let archive: Archive
            do { archive = try Archive(url: url, accessMode: .read) } catch {
                return .failure(fail("Excel のブック（.xlsx）として読めません（ZIP を開けません: \(error)）"))
            }
            return withExtendedLifetime(archive) {
                // The guard is disarmed while the archive (and its open file) is still alive.
                defer { watchdog.finish() }
                watchdog.arm(after: limit)
                var parts: [String: Data] = [:]
                var total: UInt64 = 0
                var count = 0
                for e in archive where e.type == .file {
                    count += 1
                    guard count <= maximumEntries else { return .failure(fail("ブックの中のファイルが多すぎます（\(maximumEntries)を超えます）")) }
                    total += e.uncompressedSize
                    guard e.uncompressedSize <= maximumUncompressedBytes, total <= maximumUncompressedBytes * 2 else {
                        return .failure(fail("ブックが大きすぎます（展開すると\(maximumUncompressedBytes / 1024 / 1024)MBを超えます）"))
                    }
                    var out = Data()
                    do {
                        _ = try archive.extract(e, skipCRC32: false) { chunk in
                            out.append(chunk)
                            if out.count > Int(maximumUncompressedBytes) { throw Archive.ArchiveError.invalidEntrySize }
                        }
                    } catch {
                        if watchdog.tripped {
                            return .failure(
                                fail(
                                    "ブックの中の \(e.path) を\(Int(limit.rounded(.up)))秒以内に読めません（ZIP が壊れています。Excel で開いて保存し直してください）"))
                        }
                        return .failure(fail("ブックの中の \(e.path) を読めません（\(error)）"))
                    }
                    parts[e.path] = out
                }
                return .success(parts)
            }
        }()
        return try result.get()
    }

    static func parse(_ data: Data, file: String, part: String) throws(ImportFailure) -> XMLIndexer {
        // Foundation's XMLParser (under SWXMLHash) traps on a name that is not UTF-8 instead of
        // reporting it (found by fuzzing, docs/hardening.md); a workbook's parts are UTF-8, so
        // anything else is refused before it reaches the parser.
        guard String(data: data, encoding: .utf8) != nil else {
            throw ImportFailure(ImportError(file: file, message: "ブックの中の \(part) が UTF-8 の XML ではありません（ブックが壊れています。Excel で開いて保存し直してください）"))
        }
        let xml = XMLHash.config { config in
            config.detectParsingErrors = true
            config.shouldProcessNamespaces = true
        }.parse(data)
        if case .parsingError(let e) = xml {
            throw ImportFailure(ImportError(file: file, message: "ブックの中の \(part) が XML として読めません（\(e)）"))
        }
        return xml
    }

    /// `si` items: the text runs (`t`, `r/t`), leaving out phonetic guides (`rPh`).
    static func sharedStrings(_ data: Data?, file: String) throws(ImportFailure) -> [String] {
        guard let data else { return [] }
        let xml = try parse(data, file: file, part: "xl/sharedStrings.xml")
        return xml["sst"]["si"].all.map { si in text(of: si) }
    }

    static func text(of item: XMLIndexer) -> String {
        var out = ""
        for child in item.children {
            guard let e = child.element else { continue }
            switch e.name {
            case "t": out += e.text
            case "r": out += child["t"].all.map { $0.element?.text ?? "" }.joined()
            default: break
            }
        }
        return out
    }

    /// What a cell style shows a number as.
    enum NumberStyle { case plain, percent, date }

    static func cellStyles(_ data: Data?, file: String) throws(ImportFailure) -> [NumberStyle] {
        guard let data else { return [] }
        let xml = try parse(data, file: file, part: "xl/styles.xml")
        var custom: [Int: String] = [:]
        for f in xml["styleSheet"]["numFmts"]["numFmt"].all {
            if let id = f.element?.attribute(by: "numFmtId")?.text, let n = Int(id), let code = f.element?.attribute(by: "formatCode")?.text {
                custom[n] = code
            }
        }
        return xml["styleSheet"]["cellXfs"]["xf"].all.map { xf in
            let id = Int(xf.element?.attribute(by: "numFmtId")?.text ?? "0") ?? 0
            if id == 9 || id == 10 { return .percent }
            if (14...22).contains(id) || (45...47).contains(id) { return .date }
            if let code = custom[id] {
                let unquoted = code.replacingOccurrences(of: "\"[^\"]*\"", with: "", options: .regularExpression)
                if unquoted.contains("%") { return .percent }
                let lower = unquoted.lowercased().replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
                if lower.contains("yy") || lower.contains("mm/d") || lower.contains("d/m") || lower.contains("m月") || lower.contains("年") {
                    return .date
                }
            }
            return .plain
        }
    }

    static func readSheet(
        _ data: Data, file: String, name: String, strings: [String], styles: [NumberStyle], cells: inout Int
    ) throws(ImportFailure) -> Sheet {
        let xml = try parse(data, file: file, part: "シート「\(name)」")
        var rows: [[Sheet.Cell]] = []
        var nextRow = 0
        for row in xml["worksheet"]["sheetData"]["row"].all {
            let r = (row.element?.attribute(by: "r")?.text).flatMap(Int.init).map { $0 - 1 } ?? nextRow
            guard r >= 0, r < 1_048_576 else { continue }
            nextRow = r + 1
            var cellsOfRow: [Sheet.Cell] = []
            var nextColumn = 0
            for c in row["c"].all {
                guard let e = c.element else { continue }
                var column = nextColumn
                if let ref = e.attribute(by: "r")?.text, let (col, _) = reference(ref) { column = col }
                guard column >= 0, column < 16_384 else { continue }
                nextColumn = column + 1
                cells += 1
                if cells > maximumCells {
                    throw ImportFailure(ImportError(file: file, sheet: name, message: "セルが多すぎます（\(maximumCells)を超えます）"))
                }
                let type = e.attribute(by: "t")?.text ?? "n"
                let v = c["v"].element?.text ?? ""
                let style = (e.attribute(by: "s")?.text).flatMap(Int.init).flatMap { styles.indices.contains($0) ? styles[$0] : nil } ?? .plain
                var cell = Sheet.Cell.empty
                switch type {
                case "s":
                    if let i = Int(v), strings.indices.contains(i) { cell = Sheet.Cell(text: strings[i]) }
                case "inlineStr": cell = Sheet.Cell(text: text(of: c["is"]))
                case "str": cell = Sheet.Cell(text: v)
                case "b": cell = Sheet.Cell(text: v == "1" ? "TRUE" : "FALSE")
                case "e": cell = Sheet.Cell(text: v)
                default:
                    guard !v.isEmpty, let number = NumberCell.decimal(v) else { break }
                    switch style {
                    case .percent:
                        let shown = number * 100
                        cell = Sheet.Cell(text: NumberCell.format(shown) + "%", number: NumberCell.rounded(shown, places: 10))
                    case .date:
                        cell = Sheet.Cell(text: serialDate(number) ?? v)
                    case .plain:
                        cell = Sheet.Cell(text: "", number: NumberCell.rounded(number, places: 10))
                    }
                }
                if cellsOfRow.count < column { cellsOfRow += Array(repeating: .empty, count: column - cellsOfRow.count) }
                if cellsOfRow.count == column { cellsOfRow.append(cell) } else { cellsOfRow[column] = cell }
            }
            if rows.count < r { rows += Array(repeating: [], count: r - rows.count) }
            if rows.count == r { rows.append(cellsOfRow) } else { rows[r] = cellsOfRow }
        }
        var merges: [Sheet.Merge] = []
        for m in xml["worksheet"]["mergeCells"]["mergeCell"].all {
            guard let ref = m.element?.attribute(by: "ref")?.text else { continue }
            let ends = ref.split(separator: ":").map(String.init)
            guard ends.count == 2, let (c1, r1) = reference(ends[0]), let (c2, r2) = reference(ends[1]) else { continue }
            merges.append(Sheet.Merge(firstRow: min(r1, r2), firstColumn: min(c1, c2), lastRow: max(r1, r2), lastColumn: max(c1, c2)))
        }
        return Sheet(file: file, name: name, rows: rows, merges: merges)
    }

    /// `AB12` → (column 27, row 11), 0-based.
    static func reference(_ ref: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for c in ref.uppercased().unicodeScalars {
            if c.value >= 65 && c.value <= 90 {
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int(c.value - 64)
                letters += 1
            } else if c.value >= 48 && c.value <= 57 {
                guard digits < 8 else { return nil }
                row = row * 10 + Int(c.value - 48)
                digits += 1
            } else if c == "$" {
                continue
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (column - 1, row - 1)
    }

    /// An Excel date serial (days since 1899-12-30) as `2024-04-01`.
    static func serialDate(_ serial: Decimal) -> String? {
        let days = NSDecimalNumber(decimal: serial).doubleValue
        guard days > 0, days < 200_000 else { return nil }
        let date = Date(timeIntervalSince1970: (days - 25_569) * 86_400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = p.year, let m = p.month, let d = p.day else { return nil }
        return CalendarDay(year: y, month: m, day: d).description
    }
}

/// Makes the reads of one open file fail once a time limit has passed: the file's descriptor is
/// replaced (`dup2`) by one of a directory, so `read` answers EISDIR, `fread` sets its error and
/// ZIPFoundation throws. Only while armed and not finished, and only descriptors that still name
/// this file (a lock orders this against `finish`, which runs before the file is closed).
final class ReadGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var fired = false
    let path: String

    init(path: String) { self.path = URL(fileURLWithPath: path).resolvingSymlinksInPath().path }

    var tripped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fired
    }

    func arm(after seconds: TimeInterval) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in trip() }
    }

    func finish() {
        lock.lock()
        done = true
        lock.unlock()
    }

    private func trip() {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        #if os(Linux)
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            for name in descriptors {
                guard let fd = Int32(name), let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(name)"),
                    target == path
                else { continue }
                let directory = open("/", O_RDONLY | O_DIRECTORY)
                guard directory >= 0 else { continue }
                if dup2(directory, fd) >= 0 { fired = true }
                close(directory)
            }
        #endif
    }
}
