import Foundation

/// A grid of cells as a spreadsheet or a CSV file holds it: the common input of the table
/// readers, whatever the file format.
public struct Sheet: Sendable, Equatable {
    /// One cell: its text as shown, and its number where the file stores one (an Excel numeric
    /// cell). A CSV cell is text only.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var number: Decimal?
        public init(text: String, number: Decimal? = nil) {
            self.text = text
            self.number = number
        }
        public static let empty = Cell(text: "")
        public var isEmpty: Bool { number == nil && text.trimmingSpaces.isEmpty }
    }

    /// A block of merged cells (0-based, inclusive).
    public struct Merge: Sendable, Equatable {
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int
        public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
            self.firstRow = firstRow
            self.firstColumn = firstColumn
            self.lastRow = lastRow
            self.lastColumn = lastColumn
        }
    }

    /// The file the sheet came from (for messages).
    public var file: String
    /// The sheet's name in a workbook; nil for a CSV file.
    public var name: String?
    /// Rows of cells (rows may differ in length).
    public var rows: [[Cell]]
    public var merges: [Merge]

    public init(file: String, name: String? = nil, rows: [[Cell]], merges: [Merge] = []) {
        self.file = file
        self.name = name
        self.rows = rows
        self.merges = merges
    }

    public subscript(row: Int, column: Int) -> Cell {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return .empty }
        return rows[row][column]
    }

    public var columnCount: Int { rows.map(\.count).max() ?? 0 }

    /// The merge a cell belongs to, if any.
    public func merge(containing row: Int, _ column: Int) -> Merge? {
        merges.first { row >= $0.firstRow && row <= $0.lastRow && column >= $0.firstColumn && column <= $0.lastColumn }
    }

    /// An error located at a cell (1-based row and column in the message).
    public func error(row: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) -> ImportError {
        ImportError(file: file, sheet: name, line: row.map { $0 + 1 }, column: column.map { $0 + 1 }, field: field, message: message)
    }

    /// Reads a CSV file (UTF-8 with or without BOM, or CP932) as a sheet of text cells.
    public static func csv(_ data: Data, file: String) throws(ImportFailure) -> Sheet {
        let records = try CSVTable.records(data, name: file).records
        return Sheet(file: file, rows: records.map { $0.map { Cell(text: $0) } })
    }

    /// Excel's column letters: 0 → A, 26 → AA.
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}
