import Foundation
import PlanCore
import ZIPFoundation

/// One cell to write.
public enum WorkbookCell: Sendable, Equatable {
    case empty
    /// Text, kept as text by Excel (`1-1` stays `1-1`, not a date).
    case text(String)
    case number(Decimal)
    /// A header cell (bold, shaded).
    case header(String)
}

/// One sheet to write: rows of cells, the rows frozen at the top, column widths, and for each
/// column a short note shown when a cell is selected (Excel's input message).
public struct WorkbookSheet: Sendable {
    public var name: String
    public var rows: [[WorkbookCell]]
    public var frozenRows: Int
    public var columnWidths: [Int: Double]
    /// Column → (title, text) shown when a cell of the column below the header is selected.
    public var prompts: [Int: (title: String, text: String)]
    /// Columns formatted as text (`@`), so that what a person types stays as typed.
    public var textColumns: Set<Int>

    public init(
        name: String, rows: [[WorkbookCell]], frozenRows: Int = 1, columnWidths: [Int: Double] = [:],
        prompts: [Int: (title: String, text: String)] = [:], textColumns: Set<Int> = []
    ) {
        self.name = name
        self.rows = rows
        self.frozenRows = frozenRows
        self.columnWidths = columnWidths
        self.prompts = prompts
        self.textColumns = textColumns
    }
}

/// Writes an Excel workbook (.xlsx): inline strings, numeric cells, a text format for code
/// columns, frozen header rows and input messages. The XML is written as text (the format is
/// fixed and small) and zipped with ZIPFoundation.
public enum WorkbookWriter {
    public static func write(_ sheets: [WorkbookSheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let names = uniqueNames(sheets.map(\.name))
        try add("[Content_Types].xml", contentTypes(sheets.count))
        try add("_rels/.rels", rootRels)
        try add("xl/workbook.xml", workbook(names))
        try add("xl/_rels/workbook.xml.rels", workbookRels(sheets.count))
        try add("xl/styles.xml", styles)
        for (i, sheet) in sheets.enumerated() { try add("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet)) }
        return archive.data ?? Data()
    }

    /// A fixed modification time, so that the same workbook gives the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 1_577_836_800)

    /// Sheet names as Excel accepts them: at most 31 characters, none of `[]:*?/\`, unique.
    static func uniqueNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.enumerated().map { i, raw in
            var n = String(raw.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if n.isEmpty { n = "Sheet\(i + 1)" }
            var candidate = n
            var k = 2
            while seen.contains(candidate.lowercased()) {
                candidate = String(n.prefix(28)) + "(\(k))"
                k += 1
            }
            seen.insert(candidate.lowercased())
            return candidate
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // Characters XML 1.0 cannot hold are dropped.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func contentTypes(_ count: Int) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        s += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        s += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        s += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for i in 1...max(count, 1) {
            s +=
                #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return s + "</Types>"
    }

    static let rootRels = [
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
        "</Relationships>",
    ].joined()

    static func workbook(_ names: [String]) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        s +=
            #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (i, n) in names.enumerated() { s += #"<sheet name="\#(escape(n))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"# }
        return s + "</sheets></workbook>"
    }

    static func workbookRels(_ count: Int) -> String {
        var s =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 1...max(count, 1) {
            s +=
                #"<Relationship Id="rId\#(i)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i).xml"/>"#
        }
        s +=
            #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return s + "</Relationships>"
    }

    /// Styles: 0 default, 1 header (bold, shaded, wrapped), 2 text (`@`), 3 number.
    static let styles = [
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font>"#,
        #"<sz val="11"/><name val="Yu Gothic"/><family val="3"/><charset val="128"/></font><font><b/><sz val="11"/>"#,
        #"<name val="Yu Gothic"/><family val="3"/><charset val="128"/></font></fonts><fills count="3"><fill>"#,
        #"<patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill>"#,
        #"<patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>"#,
        #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#,
        #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#,
        #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#,
        #"<xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1" applyAlignment="1">"#,
        #"<alignment wrapText="1" vertical="center"/></xf>"#,
        #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#,
        #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1">"#,
        #"<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#,
    ].joined()

    static func worksheet(_ sheet: WorkbookSheet) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        s +=
            #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if sheet.frozenRows > 0 {
            s +=
                #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.frozenRows)" topLeftCell="A\#(sheet.frozenRows + 1)" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        let columnCount = sheet.rows.map(\.count).max() ?? 0
        if columnCount > 0 {
            s += "<cols>"
            for c in 0..<columnCount {
                let width = sheet.columnWidths[c] ?? 14
                let style = sheet.textColumns.contains(c) ? #" style="2""# : ""
                s += #"<col min="\#(c + 1)" max="\#(c + 1)" width="\#(width)" customWidth="1"\#(style)/>"#
            }
            s += "</cols>"
        }
        s += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            s += #"<row r="\#(r + 1)">"#
            for (c, cell) in row.enumerated() {
                let ref = Sheet.columnLetters(c) + String(r + 1)
                switch cell {
                case .empty:
                    if sheet.textColumns.contains(c) && r >= sheet.frozenRows { s += #"<c r="\#(ref)" s="2"/>"# }
                case .text(let t):
                    let style = sheet.textColumns.contains(c) ? #" s="2""# : ""
                    s += #"<c r="\#(ref)" t="inlineStr"\#(style)><is><t xml:space="preserve">\#(escape(t))</t></is></c>"#
                case .header(let t):
                    s += #"<c r="\#(ref)" t="inlineStr" s="1"><is><t xml:space="preserve">\#(escape(t))</t></is></c>"#
                case .number(let d):
                    s += #"<c r="\#(ref)" s="3"><v>\#(NumberCell.format(d))</v></c>"#
                }
            }
            s += "</row>"
        }
        s += "</sheetData>"
        let prompts = sheet.prompts.sorted { $0.key < $1.key }
        if !prompts.isEmpty {
            s += #"<dataValidations count="\#(prompts.count)">"#
            for (c, p) in prompts {
                let letters = Sheet.columnLetters(c)
                let title = escape(String(p.title.prefix(32)))
                let text = escape(String(p.text.prefix(250)))
                s +=
                    #"<dataValidation allowBlank="1" showInputMessage="1" promptTitle="\#(title)" prompt="\#(text)" sqref="\#(letters)\#(sheet.frozenRows + 1):\#(letters)1048576"/>"#
            }
            s += "</dataValidations>"
        }
        return s + "</worksheet>"
    }
}
