import Foundation

/// One reviewed correction to the PDF-table text: which source line, what was wrong, and why.
///
/// Corrections are how facts that cannot be inferred reliably from the extracted text are fixed;
/// the imported data is never edited by hand. Each correction is also a finding about the source
/// document, reported by `actionplan lint`.
public struct Correction: Equatable, Sendable {
    public enum Operation: String, CaseIterable, Sendable {
        /// 無視 — the line is an extraction artefact (a target row printed again, a fragment).
        case ignore = "無視"
        /// 所属 — the row belongs to the goal given (a goal label printed on the wrong row).
        case goal = "所属"
        /// 取組み — the row starts a new direction; the value is its text (or a cell reference).
        case direction = "取組み"
        /// 修正 — sets one field of the row.
        case set = "修正"
        /// 再掲元 — the row re-lists the project first shown on the line given.
        case original = "再掲元"
        /// 種別 — sets the kind of the row's indicator(s) (単年度, 累計, 水準, 割合).
        case kind = "種別"
        /// 誤記 — a typo kept as printed; reported, nothing changed.
        case typo = "誤記"
        /// 分割 — the line merges several printed rows; the columns given (`5-8,10`) form a new row.
        case split = "分割"
    }

    /// Fields a 修正 can set. The corrections file names them as the plan's own table does
    /// (施策名, 事業 …); the plan's source format maps those names to these fields.
    public enum Field: String, CaseIterable, Sendable {
        case itemNumber = "item-number"
        case itemName = "item-name"
        case rowName = "row-name"
        case rowContent = "row-content"
        case rowRoadmap = "row-roadmap"
        case rowRelisted = "row-relisted"
        /// A mark of the row; which one is the flag whose name the correction uses.
        case mark
        case indicatorName = "indicator-name"
        case values
        case units
        case codedTitle = "coded-title"
        case numberedTitle = "numbered-title"
        case labelTitle = "label-title"
        case ignoreCell = "ignore-cell"
    }

    /// The row: 1-based line of the source document, and the part of a split line.
    public var row: RowKey
    public var line: Int { row.line }
    public var operation: Operation
    /// The field for 修正 / 誤記; empty otherwise.
    public var field: String
    /// The new value; `@L:C` names the text of line L, column C of the source.
    public var value: String
    /// What the source document gets wrong here.
    public var problem: String
    /// Why this correction is right.
    public var reason: String
    /// Where the correction itself is written (its file and row).
    public var origin: SourceRef?

    public init(row: RowKey, operation: Operation, field: String = "", value: String = "", problem: String, reason: String, origin: SourceRef? = nil)
    {
        self.row = row
        self.operation = operation
        self.field = field
        self.value = value
        self.problem = problem
        self.reason = reason
        self.origin = origin
    }
}

/// Reads and writes the corrections file (`corrections.csv`, UTF-8 with BOM).
public enum CorrectionsFile {
    public static let headers = ["行", "操作", "項目", "値", "原文の問題", "理由"]

    public static func read(_ data: Data, name: String, format: SourceFormat) throws(ImportFailure) -> [Correction] {
        let table = try CSVTable.read(data, name: name, expectedHeaders: headers)
        var corrections: [Correction] = []
        var errors: [ImportError] = []
        for row in table.rows {
            let lineText = row["行"]
            guard let key = RowKey(parsing: lineText) else {
                errors.append(row.error(column: "行", "行は原文の行番号（1以上の整数、分割した行は 415#2 の形）で書いてください（「\(lineText)」）"))
                continue
            }
            guard let op = Correction.Operation(rawValue: row["操作"]) else {
                let allowed = Correction.Operation.allCases.map(\.rawValue).joined(separator: "、")
                errors.append(row.error(column: "操作", "操作「\(row["操作"])」は使えません（使えるもの: \(allowed)）"))
                continue
            }
            if op == .set, format.correctionFields[row["項目"]] == nil {
                let allowed = format.correctionFields.keys.sorted().joined(separator: "、")
                errors.append(row.error(column: "項目", "項目「\(row["項目"])」は修正できません（使えるもの: \(allowed)）"))
                continue
            }
            if row["原文の問題"].isEmpty || row["理由"].isEmpty {
                errors.append(row.error(column: row["原文の問題"].isEmpty ? "原文の問題" : "理由", "修正には原文の問題と理由の両方を書いてください"))
                continue
            }
            corrections.append(
                Correction(
                    row: key, operation: op, field: row["項目"], value: row["値"],
                    problem: row["原文の問題"], reason: row["理由"],
                    origin: SourceRef(document: name, line: row.line)))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return corrections
    }

    public static func write(_ corrections: [Correction]) -> Data {
        CSVTable.write(
            headers: headers,
            rows: corrections.map {
                [$0.row.description, $0.operation.rawValue, $0.field, $0.value, $0.problem, $0.reason]
            })
    }
}
