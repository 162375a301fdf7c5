import Foundation

// The six positions of the printed-table layout the source reader reads (a PDF table turned
// into tab-separated text): a bracketed label (【… 1】), a numbered group (1 …), a coded group
// (1-1 …), sentences, circled items (① …) and table rows with their indicators. What each
// position is called, and the words of the page header, come from the plan's source format
// (`SourceFormat`, a data file), not from here.

/// The bracketed label of the top position (【…1】 title).
struct LabelGroup: Equatable, Sendable {
    var number: Int
    var title: String
    var source: SourceRef?
}

/// A numbered group (`3 title`), under a label.
struct NumberedGroup: Equatable, Sendable {
    var number: Int
    var policy: Int
    var title: String
    var source: SourceRef?
}

/// The `N-M` code of a coded group: the numbered group's number and the position within it.
struct GroupCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    var vision: Int
    var index: Int
    init(vision: Int, index: Int) {
        self.vision = vision
        self.index = index
    }

    /// Reads `3-1`, `３－１`, `1~4`, `1〜4` (a tilde is sometimes printed for the hyphen).
    init?(parsing text: String) {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        let separators: Set<Character> = ["-", "~", "〜", "～", "－", "‐", "−", "ー"]
        guard let sep = s.firstIndex(where: { separators.contains($0) }),
            let v = Int(s[..<sep].trimmingSpaces),
            let i = Int(s[s.index(after: sep)...].trimmingSpaces),
            (1...99).contains(v), (1...99).contains(i)
        else { return nil }
        self.init(vision: v, index: i)
    }

    var description: String { "\(vision)-\(index)" }
    static func < (a: GroupCode, b: GroupCode) -> Bool { (a.vision, a.index) < (b.vision, b.index) }
}

/// A coded group (`3-1 title`).
struct CodedGroup: Equatable, Sendable {
    var code: GroupCode
    var title: String
    var source: SourceRef?
    var vision: Int { code.vision }
}

/// A sentence under a coded group (its text may be lost in the extraction: empty).
struct SentenceGroup: Equatable, Sendable {
    /// `3-1/2`: the coded group and the sentence's position within it.
    var id: String
    var goal: GroupCode
    var text: String
    var source: SourceRef?
}

/// A circled item (`① name`) under a sentence.
struct CircledItem: Equatable, Sendable {
    /// `3-1/2/1`: the sentence id and the item's position.
    var id: String
    var direction: String
    var number: Int?
    var name: String
    var source: SourceRef?
}

/// One printed row of the table under an item; a re-listed row (【再掲】) points to the first.
struct TableRow: Equatable, Sendable {
    /// `3-1.4`: the coded group and the row's position within it.
    var id: String
    var goal: GroupCode
    var direction: String
    var measure: String
    var projectName: String = ""
    var content: String = ""
    var roadmap: [Milestone] = []
    var relisted = false
    var original: String?
    /// The marks printed on the row (○, ●).
    var marks: Set<Character> = []
    var source: SourceRef?
    var project: String { original ?? id }
}

/// One indicator of a row, with its values in the format's value columns (total first).
struct RowIndicator: Equatable, Sendable {
    var id: String
    var placement: String
    var part: Int?
    var name: String
    var unit: String
    var kind: IndicatorKind
    var kindOverridden: Bool
    var total: Decimal?
    /// Targets by year, in the format's year columns; nil where no target is printed.
    var targets: [FiscalYear: Decimal]
    var source: SourceRef?
}
