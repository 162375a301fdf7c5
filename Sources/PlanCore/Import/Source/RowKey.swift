import Foundation

/// Names one row read from the source: its line, and which part of the line when a
/// correction splits a line that merged several printed rows (`415#2`).
public struct RowKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var part: Int
    public init(line: Int, part: Int = 1) {
        self.line = line
        self.part = part
    }

    /// Reads `415` or `415#2`.
    public init?(parsing text: String) {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        let pieces = s.split(separator: "#", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), let line = Int(pieces[0]), line > 0 else { return nil }
        var part = 1
        if pieces.count == 2 {
            guard let p = Int(pieces[1]), p >= 1 else { return nil }
            part = p
        }
        self.init(line: line, part: part)
    }

    public var description: String { part == 1 ? String(line) : "\(line)#\(part)" }
    public static func < (a: RowKey, b: RowKey) -> Bool { (a.line, a.part) < (b.line, b.part) }
}
