import Foundation

/// Activity records as a table (a CSV file, UTF-8 or CP932, or a workbook's sheet): a header row
/// `種類,課,日付,件名,区分` followed by the labels of the kinds' fields, one record per row.
/// Reading is all or nothing: every bad cell is reported by row and column, and nothing is
/// kept from a file with a problem.
public enum ActivityTable {
    public static let requiredColumns = ["種類", "課", "日付", "件名"]

    /// The header of a template for some kinds: the common columns, then each field once.
    public static func headers(kinds: [ActivityKind]) -> [String] {
        var out = ActivityRecord.commonColumns
        for k in kinds { for f in k.fields where !out.contains(f.label) { out.append(f.label) } }
        return out
    }

    /// Reads the rows of a table (the header first). `sheet`: the sheet's name for a workbook.
    public static func inputs(_ rows: [[String]], file: String, sheet: String? = nil, kinds: [ActivityKind]) throws(ImportFailure) -> [ActivityInput]
    {
        guard let header = rows.first?.map({ $0.trimmingSpaces.precomposedStringWithCanonicalMapping }) else {
            throw ImportFailure(ImportError(file: file, sheet: sheet, line: 1, message: "見出し行がありません"))
        }
        var errors: [ImportError] = []
        let known = Set(headers(kinds: kinds))
        let missing = requiredColumns.filter { !header.contains($0) }
        if !missing.isEmpty {
            errors.append(
                ImportError(
                    file: file, sheet: sheet, line: 1,
                    message: "見出し行に必要な列がありません: \(missing.joined(separator: "、"))（使える列: \(headers(kinds: kinds).joined(separator: ","))）"))
        }
        var columns: [String: Int] = [:]
        for (i, h) in header.enumerated() where !h.isEmpty {
            if !known.contains(h) {
                errors.append(
                    ImportError(
                        file: file, sheet: sheet, line: 1, column: i + 1, field: h,
                        message: "知らない列「\(h)」があります（使える列: \(headers(kinds: kinds).joined(separator: ","))）"))
            } else if columns[h] != nil {
                errors.append(ImportError(file: file, sheet: sheet, line: 1, column: i + 1, field: h, message: "列「\(h)」が2つあります"))
            } else {
                columns[h] = i + 1
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        var out: [ActivityInput] = []
        for (index, fields) in rows.enumerated().dropFirst() {
            if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            func cell(_ h: String) -> String {
                guard let c = columns[h], c - 1 < fields.count else { return "" }
                return fields[c - 1]
            }
            let line = index + 1
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.trimmingSpaces.isEmpty }) {
                errors.append(
                    ImportError(
                        file: file, sheet: sheet, line: line, column: header.count + 1,
                        message: "列が多すぎます（\(header.count)列のところ\(fields.count)列）。値にカンマを含むときは \"…\" で囲んでください"))
                continue
            }
            let kindText = cell("種類").trimmingSpaces
            let kind = kinds.first { $0.id == kindText || $0.name == kindText }
            var values: [String: String] = [:]
            for (h, c) in columns where !ActivityRecord.commonColumns.contains(h) {
                let text = c - 1 < fields.count ? fields[c - 1] : ""
                if let f = kind?.fields.first(where: { $0.label == h }) {
                    values[f.id] = text
                } else if !text.trimmingSpaces.isEmpty, let kind {
                    errors.append(
                        ImportError(
                            file: file, sheet: sheet, line: line, column: c, field: h,
                            message: "種類「\(kind.name)」に「\(h)」の項目はありません（空欄にしてください。この種類の項目: \(kind.fields.map(\.label).joined(separator: "・"))）"))
                }
            }
            out.append(
                ActivityInput(
                    kind: kindText, department: cell("課"), date: excelDate(cell("日付")), title: cell("件名"), category: cell("区分"), values: values,
                    place: .init(file: file, sheet: sheet, line: line, columns: columns)))
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return out
    }

    /// Reads a CSV file of records (UTF-8 with or without BOM, or CP932).
    public static func inputs(csv data: Data, file: String, kinds: [ActivityKind]) throws(ImportFailure) -> [ActivityInput] {
        try inputs(CSVTable.records(data, name: file).records, file: file, kinds: kinds)
    }

    /// Every input checked; all or nothing — either every record, or every problem.
    public static func records(
        _ inputs: [ActivityInput], kinds: [ActivityKind], departments: Set<String>, years: ClosedRange<FiscalYear>?
    ) throws(ImportFailure) -> [ActivityRecord] {
        var errors: [ImportError] = []
        var out: [ActivityRecord] = []
        for input in inputs {
            switch input.record(kinds: kinds, departments: departments, years: years) {
            case .success(let r): out.append(r)
            case .failure(let f): errors += f.errors
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        if out.isEmpty { throw ImportFailure(ImportError(file: inputs.first?.place.file ?? "入力", message: "記録の行がありません")) }
        return out
    }

    /// A spreadsheet's date serial (days since 1899-12-30, as a date cell reads when its format is
    /// lost) as `2024-05-01`; other text as it is.
    static func excelDate(_ text: String) -> String {
        let t = text.trimmingSpaces
        guard let serial = Int(t), (20_000...80_000).contains(serial) else { return t }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let date = origin.addingTimeInterval(Double(serial) * 86_400)
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: c.year!, month: c.month!, day: c.day!).description
    }

    /// Records as a table (staff exports and templates): the common columns and each field;
    /// personal fields only when `personal`.
    public static func rows(_ records: [ActivityRecord], kinds: [ActivityKind], personal: Bool) -> (headers: [String], rows: [[String]]) {
        let shown = kinds.map { k in
            ActivityKind(id: k.id, name: k.name, categories: k.categories, fields: k.fields.filter { personal || !$0.personal })
        }
        let headers = headers(kinds: shown)
        let rows = records.map { r -> [String] in
            let kind = shown.first { $0.id == r.kind }
            var row = [kind?.name ?? r.kind, r.department, r.date.description, r.title, r.category]
            for h in headers.dropFirst(ActivityRecord.commonColumns.count) {
                row.append(kind?.fields.first { $0.label == h }.flatMap { r.values[$0.id] } ?? "")
            }
            return row
        }
        return (headers, rows)
    }
}
