import Foundation

/// A located problem in an input file: which file, sheet, row, column and field, and what
/// would be accepted instead.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible, Codable {
    public var file: String
    /// The sheet of a workbook; nil for a text file.
    public var sheet: String?
    /// 1-based line (for CSV files and sheets: the row number, as Excel numbers its rows).
    public var line: Int?
    /// 1-based column.
    public var column: Int?
    /// The column's header, where the file has one.
    public var field: String?
    public var message: String

    public init(file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `plan.xlsx シート「計画」 12行目 C列 「目標値」: …` — the place in the words a spreadsheet
    /// user looks for.
    public var place: String {
        var parts = [file]
        if let sheet { parts.append("シート「\(sheet)」") }
        if let line { parts.append("\(line)行目") }
        if let column { parts.append("\(Sheet.columnLetters(column - 1))列") }
        return parts.joined(separator: " ")
    }

    public var description: String {
        var text = place + ": "
        if let field, !field.isEmpty { text += "「\(field)」: " }
        return text + message
    }
}

/// An import that was refused: every error found, nothing written.
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var errors: [ImportError]
    public init(errors: [ImportError]) { self.errors = errors }
    public init(_ error: ImportError) { self.errors = [error] }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
