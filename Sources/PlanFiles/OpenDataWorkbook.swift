import Foundation
import PlanCore

/// An open-data CSV as an Excel workbook: the same table on its first sheet — numbers as numeric
/// cells, codes and names as text cells (`1-1` stays `1-1`, not a date), the header row frozen —
/// and the licence, the source and the columns' meanings on a sheet of their own.
public enum OpenDataWorkbook {
    /// The workbook's name for a CSV: `nodes.csv` → `nodes.xlsx`.
    public static func name(for csv: String) -> String { String(csv.dropLast(".csv".count)) + ".xlsx" }

    public static func write(csv data: Data, name: String, plan: Plan) throws -> Data {
        let records = try CSVTable.records(data, name: name).records
        let header = records.first ?? []
        let entry = DataDictionary.file(name)
        let flags = plan.flags.map(\.name)
        let columns = header.map { h in entry?.columns.first { $0.matches(h, flags: flags) } }
        let numeric = Set(columns.indices.filter { i in [.number, .integer, .westernYear].contains(columns[i]?.type) })
        var rows: [[WorkbookCell]] = [header.map { .header($0) }]
        for record in records.dropFirst() {
            rows.append(
                record.enumerated().map { i, value in
                    if value.isEmpty { return .empty }
                    if numeric.contains(i), let n = NumberCell.decimal(value) { return .number(n) }
                    return .text(value)
                })
        }
        var widths: [Int: Double] = [:]
        for i in header.indices {
            let longest = records.prefix(200).map { i < $0.count ? $0[i].count : 0 }.max() ?? 0
            widths[i] = Double(min(60, max(8, longest * 2 + 2)))
        }
        let table = WorkbookSheet(
            name: "データ", rows: rows, frozenRows: 1, columnWidths: widths,
            textColumns: Set(header.indices).subtracting(numeric))

        let licence = plan.licence
        var about: [[WorkbookCell]] = [
            [.header("利用条件"), .text(licence.name)],
            [.empty, .text(licence.statement(municipality: plan.municipality, planTitle: plan.title))],
            [.empty, .text(licence.url)],
            [.header("出典"), .text("\(plan.municipality)『\(plan.title)』")],
            [.header("地方公共団体名"), .text(plan.municipality)],
            [.header("全国地方公共団体コード"), .text(plan.municipalityCode ?? "")],
            [.header("ファイル"), .text(name)],
            [.header("内容"), .text(entry?.meaning ?? "")],
            [],
            [.header("列"), .header("型"), .header("単位"), .header("説明"), .header("説明（英語）")],
        ]
        for (h, col) in zip(header, columns) {
            about.append([
                .text(h), .text(col?.type.rawValue ?? ""), .text(col?.unit ?? ""), .text(col?.meaning ?? ""), .text(col?.meaningEnglish ?? ""),
            ])
        }
        let aboutSheet = WorkbookSheet(
            name: "利用条件と出典", rows: about, frozenRows: 0, columnWidths: [0: 24, 1: 40, 2: 12, 3: 60, 4: 60], textColumns: [0, 1, 2, 3, 4])
        return try WorkbookWriter.write([table, aboutSheet])
    }
}
