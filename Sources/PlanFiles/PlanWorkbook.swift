import Foundation
import PlanCore

/// A plan as a workbook, both ways: the project's own package as sheets (計画・階層・印・項目・指標,
/// which imports back to the same plan), a plan office's own table (any sheet with an
/// indicator-name header), and the empty template an office pastes its plan into.
public enum PlanWorkbook {
    /// What a plan file held: the plan, how a table was read (for a plan table), and notes.
    public struct Reading: Sendable {
        public var plan: Plan
        public var layout: PlanTableReader.Layout?
        public var notes: [ImportNote]
        public init(plan: Plan, layout: PlanTableReader.Layout?, notes: [ImportNote]) {
            self.plan = plan
            self.layout = layout
            self.notes = notes
        }
    }

    // MARK: The plan package as a workbook

    /// The package's tables as sheets, plus a sheet that explains every column.
    public static func write(_ plan: Plan) throws -> Data {
        let tables = PlanPackage.tables(plan)
        var sheets: [WorkbookSheet] = []
        var help: [[WorkbookCell]] = [[.header("シート"), .header("列"), .header("内容")]]
        for part in PlanPackage.Part.allCases {
            guard let table = tables[part] else { continue }
            sheets.append(sheet(part.sheet, table))
            for (i, h) in table.headers.enumerated() {
                help.append([.text(part.sheet), .text(h), .text(i < table.help.count ? table.help[i] : "")])
            }
        }
        sheets.append(
            WorkbookSheet(
                name: "説明", rows: [[.text("このブックは actionplan import で読み込めます（シートと見出しは変えないでください）。")], []] + help,
                frozenRows: 0, columnWidths: [0: 12, 1: 24, 2: 80]))
        return try WorkbookWriter.write(sheets)
    }

    static func sheet(_ name: String, _ table: PlanPackage.Table) -> WorkbookSheet {
        var rows: [[WorkbookCell]] = [table.headers.map { .header($0) }]
        for r in table.rows {
            rows.append(
                r.enumerated().map { c, text in
                    if text.isEmpty { return .empty }
                    if table.numericColumns.contains(c), let d = NumberCell.decimal(text) { return .number(d) }
                    return .text(text)
                })
        }
        var prompts: [Int: (String, String)] = [:]
        for (i, h) in table.headers.enumerated() where i < table.help.count { prompts[i] = (h, table.help[i]) }
        var widths: [Int: Double] = [:]
        for (i, h) in table.headers.enumerated() {
            let longest = table.rows.prefix(200).map { $0.indices.contains(i) ? $0[i].count : 0 }.max() ?? 0
            widths[i] = min(60, max(8, Double(max(h.count * 2, longest) + 2)))
        }
        let text = Set(table.headers.indices).subtracting(table.numericColumns)
        return WorkbookSheet(name: name, rows: rows, frozenRows: 1, columnWidths: widths, prompts: prompts, textColumns: text)
    }

    // MARK: Reading

    /// Reads a workbook: the package's sheets when it has them, else a plan table from the named
    /// sheet (or the first sheet that has an indicator-name header).
    public static func read(_ data: Data, file: String, sheet name: String?, options: PlanTableReader.Options?) throws(ImportFailure) -> Reading {
        let sheets = try WorkbookReader.read(data, file: file)
        if name == nil, PlanPackage.isPackage(sheetNames: sheets.map { $0.name ?? "" }) {
            var inputs: [PlanPackage.Part: PlanPackage.Input] = [:]
            for part in PlanPackage.Part.allCases {
                guard let s = sheets.first(where: { $0.name == part.sheet }) else { continue }
                inputs[part] = PlanPackage.Input(file: file, sheet: part.sheet, rows: s.rows.map { $0.map(text) })
            }
            var plan = try PlanPackage.read(inputs)
            if let options { apply(options, to: &plan) }
            return Reading(plan: plan, layout: nil, notes: [])
        }
        guard let options else {
            throw ImportFailure(ImportError(file: file, message: "計画の表を読み込むには --plan-id・--title・--municipality を指定してください"))
        }
        let chosen: Sheet
        if let name {
            guard let s = sheets.first(where: { $0.name == name }) else {
                throw ImportFailure(
                    ImportError(file: file, message: "シート「\(name)」がありません（あるシート: \(sheets.compactMap(\.name).joined(separator: "・"))）"))
            }
            chosen = s
        } else if let s = sheets.first(where: PlanTableReader.looksLikePlanTable) {
            chosen = s
        } else {
            throw ImportFailure(
                ImportError(
                    file: file,
                    message:
                        "指標名の見出し（指標名・指標・成果指標・活動指標・行動指標・KPI）のあるシートがありません。シートは --sheet で指定できます（あるシート: \(sheets.compactMap(\.name).joined(separator: "・"))）"
                ))
        }
        let result = try PlanTableReader.read(chosen, options: options)
        return Reading(plan: result.plan, layout: result.layout, notes: result.notes)
    }

    /// A plan table in a CSV file (UTF-8 or CP932).
    public static func readCSV(_ data: Data, file: String, options: PlanTableReader.Options) throws(ImportFailure) -> Reading {
        let result = try PlanTableReader.read(try Sheet.csv(data, file: file), options: options)
        return Reading(plan: result.plan, layout: result.layout, notes: result.notes)
    }

    /// The command line's identity wins over the file's, where given.
    static func apply(_ options: PlanTableReader.Options, to plan: inout Plan) {
        if !options.planID.isEmpty { plan.id = options.planID }
        if !options.title.isEmpty { plan.title = options.title }
        if !options.municipality.isEmpty { plan.municipality = options.municipality }
        if let code = options.municipalityCode { plan.municipalityCode = code }
    }

    static func text(_ cell: Sheet.Cell) -> String {
        if !cell.text.isEmpty { return cell.text }
        return cell.number.map(NumberCell.format) ?? ""
    }

    // MARK: Template

    /// One column of the template's years: a baseline (`R3:基準`) or a target (`R8`, `R12:最終`).
    public struct TemplateYear: Sendable, Equatable {
        public var year: FiscalYear
        public var isBaseline: Bool
        public var role: TargetYear.Role?
        public init(year: FiscalYear, isBaseline: Bool, role: TargetYear.Role?) {
            self.year = year
            self.isBaseline = isBaseline
            self.role = role
        }

        /// Reads `R3:基準,R8,R12` (also `中間`, `最終`, `現状`).
        public static func parse(_ text: String) -> [TemplateYear]? {
            var out: [TemplateYear] = []
            for piece in text.split(separator: ",") {
                let parts = piece.split(separator: ":").map { $0.trimmingSpaces }
                guard let y = FiscalYear(parsing: parts[0]) else { return nil }
                var baseline = false
                var role: TargetYear.Role? = nil
                if parts.count > 1 {
                    switch parts[1] {
                    case "基準", "現状", "基準値", "現状値": baseline = true
                    case "中間": role = .intermediate
                    case "最終": role = .final
                    case "目標", "": break
                    default: return nil
                    }
                }
                out.append(TemplateYear(year: y, isBaseline: baseline, role: role))
            }
            return out.isEmpty ? nil : out
        }
    }

    /// The header of an empty plan table with the given levels and years.
    public static func templateHeaders(levels: [String], years: [TemplateYear]) -> [(header: String, help: String)] {
        var out: [(String, String)] = levels.map { ($0, "\($0)のコードと名称（例: 1 ○○の推進）。上の行と同じなら空欄でよい（結合したセルも可）") }
        out.append(("指標名", "指標の名称（印字どおり）"))
        out.append(("単位", "件・人・% など"))
        let targets = years.filter { !$0.isBaseline }
        for (i, y) in years.enumerated() {
            if y.isBaseline {
                out.append(("現状値（\(y.year.wareki)）", "\(y.year.label)の値（数値）。ないときは空欄"))
            } else {
                let role = y.role ?? (targets.count > 1 && i == years.count - 1 ? .final : (targets.count > 1 ? .intermediate : .final))
                let word = role == .intermediate ? "中間目標値" : "目標値"
                out.append(("\(word)（\(y.year.wareki)）", "\(y.year.label)の目標値（数値）。目標がない年度は - （0 ではありません）"))
            }
        }
        out.append(("方向", "↑（高いほど良い）か ↓（低いほど良い）"))
        out.append(("区分", "成果 か 活動（任意）"))
        out.append(("担当課", "担当する課（任意）"))
        out.append(("備考", "任意"))
        return out
    }

    public static func template(levels: [String], years: [TemplateYear]) throws -> Data {
        let columns = templateHeaders(levels: levels, years: years)
        var prompts: [Int: (String, String)] = [:]
        for (i, c) in columns.enumerated() { prompts[i] = (c.header, c.help) }
        let widths = Dictionary(uniqueKeysWithValues: columns.indices.map { ($0, $0 < levels.count ? 28.0 : ($0 == levels.count ? 36.0 : 14.0)) })
        let textColumns = Set(0..<levels.count).union([levels.count, levels.count + 1]).union((columns.count - 4)..<columns.count)
        let table = WorkbookSheet(
            name: "計画表", rows: [columns.map { .header($0.header) }], frozenRows: 1, columnWidths: widths,
            prompts: prompts, textColumns: textColumns)
        var help: [[WorkbookCell]] = [
            [.text("この表に計画を貼り付け、actionplan import 計画.xlsx --plan-id ID --title 計画名 --municipality 団体名 で読み込みます。")],
            [.text("見出しの行は変えないでください。1行に1つの指標を書きます。階層の列は左から上位の順です。")], [],
            [.header("列"), .header("書き方")],
        ]
        for c in columns { help.append([.text(c.header), .text(c.help)]) }
        let guide = WorkbookSheet(name: "説明", rows: help, frozenRows: 0, columnWidths: [0: 28, 1: 90])
        return try WorkbookWriter.write([table, guide])
    }

    /// The same template as CSV (UTF-8 with BOM): the header row only.
    public static func templateCSV(levels: [String], years: [TemplateYear]) -> Data {
        CSVTable.write(headers: templateHeaders(levels: levels, years: years).map(\.header), rows: [])
    }
}
