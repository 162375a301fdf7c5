import Foundation

/// A located problem in an input file: which file, line, column and field, and what would be
/// accepted instead.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line (for CSV files: the record number, as Excel numbers its rows).
    public var line: Int?
    /// 1-based column.
    public var column: Int?
    /// The column's header, where the file has one.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file; self.line = line; self.column = column; self.field = field; self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = "\(place): "
        if let field { text += "「\(field)」: " }
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
