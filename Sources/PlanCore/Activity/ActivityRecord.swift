import Foundation

/// One activity record: a dated event, consultation, grant, registration … of one department.
/// `values` holds the kind's fields as normalised text (numbers without separators, 法人番号 as
/// 13 digits, dates as `2024-05-01`); a personal field erased after the retention period is
/// absent and `erasedOn` says when.
public struct ActivityRecord: Codable, Equatable, Sendable, Identifiable {
    public var id: UUID
    public var kind: String
    /// The department's name.
    public var department: String
    public var date: CalendarDay
    public var title: String
    public var category: String
    public var values: [String: String]
    public var erasedOn: CalendarDay?

    public init(
        id: UUID = UUID(), kind: String, department: String, date: CalendarDay, title: String, category: String = "",
        values: [String: String] = [:], erasedOn: CalendarDay? = nil
    ) {
        self.id = id
        self.kind = kind
        self.department = department
        self.date = date
        self.title = title
        self.category = category
        self.values = values
        self.erasedOn = erasedOn
    }

    /// The fiscal year the record's date falls in (April to March).
    public var fiscalYear: FiscalYear { date.fiscalYear }

    /// The columns every record has, before the kind's own fields.
    public static let commonColumns = ["種類", "課", "日付", "件名", "区分"]

    /// The record without its personal fields (for reviewers, and for anything that leaves the
    /// staff pages).
    public func withoutPersonalFields(of kind: ActivityKind) -> ActivityRecord {
        var copy = self
        for f in kind.personalFields { copy.values[f.id] = nil }
        return copy
    }

    /// A number field's value (nil when empty).
    public func number(_ field: String) -> Decimal? { values[field].flatMap(NumberCell.decimal) }

    /// Reads and checks one field's text against its type; nil for an empty cell. The error says
    /// what would be accepted.
    public static func normalise(_ raw: String, field: ActivityField) -> Result<String?, CellError> {
        let text = raw.trimmingSpaces
        if text.isEmpty {
            return field.required ? .failure(CellError(text: raw, reason: "「\(field.label)」は必ず入れてください")) : .success(nil)
        }
        switch field.type {
        case .text, .note: return .success(text)
        case .count, .amount:
            let folded = JapaneseText.foldWidth(text).replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "円", with: "")
                .replacingOccurrences(of: "人", with: "").replacingOccurrences(of: "件", with: "").trimmingSpaces
            guard let value = NumberCell.decimal(folded), value >= 0, value == NumberCell.rounded(value, places: 0) else {
                return .failure(
                    CellError(text: raw, reason: "「\(field.label)」は0以上の整数で入れてください（例: 25、2,720）。「\(raw)」は読めません"))
            }
            return .success(NumberCell.format(value))
        case .corporateNumber:
            return CorporateNumber.parse(text).map { $0.digits }
        case .date:
            guard let day = CalendarDay(parsing: text) else {
                return .failure(CellError(text: raw, reason: "「\(field.label)」は日付で入れてください（例: 2024-05-01、2024/5/1）"))
            }
            return .success(day.description)
        }
    }
}

extension CalendarDay {
    /// The fiscal year (April to March) this day falls in.
    public var fiscalYear: FiscalYear { FiscalYear(westernYear: month >= 4 ? year : year - 1) }
}

/// A record as a person or a file gives it, before it is checked.
public struct ActivityInput: Sendable, Equatable {
    public var kind: String
    public var department: String
    public var date: String
    public var title: String
    public var category: String
    /// Field id → text as typed.
    public var values: [String: String]
    /// Where it came from, for errors: the file (or form), sheet and row, and each column's
    /// number by its header.
    public var place: Place

    public struct Place: Sendable, Equatable {
        public var file: String
        public var sheet: String?
        public var line: Int?
        public var columns: [String: Int]
        public init(file: String, sheet: String? = nil, line: Int? = nil, columns: [String: Int] = [:]) {
            self.file = file
            self.sheet = sheet
            self.line = line
            self.columns = columns
        }
    }

    public init(
        kind: String, department: String, date: String, title: String, category: String = "", values: [String: String] = [:],
        place: Place = Place(file: "入力")
    ) {
        self.kind = kind
        self.department = department
        self.date = date
        self.title = title
        self.category = category
        self.values = values
        self.place = place
    }

    /// Checks the input against its kind and the plan's departments; every problem is located.
    public func record(kinds: [ActivityKind], departments: Set<String>, years: ClosedRange<FiscalYear>?) -> Result<ActivityRecord, ImportFailure> {
        var errors: [ImportError] = []
        func fail(_ column: String, _ message: String) {
            errors.append(
                ImportError(file: place.file, sheet: place.sheet, line: place.line, column: place.columns[column], field: column, message: message))
        }
        guard let kind = kinds.first(where: { $0.id == kind || $0.name == kind }) else {
            fail("種類", "種類「\(self.kind)」は定義されていません（\(kinds.map(\.name).joined(separator: "・"))）")
            return .failure(ImportFailure(errors: errors))
        }
        let dept = department.trimmingSpaces
        if !departments.contains(dept) { fail("課", "課「\(department)」はこの計画にありません（\(departments.sorted().joined(separator: "・"))）") }
        let day = CalendarDay(parsing: date)
        if day == nil { fail("日付", "日付「\(date)」は読めません（例: 2024-05-01、2024/5/1）") }
        if let day, let years, !years.contains(day.fiscalYear) {
            fail("日付", "日付 \(day) は\(day.fiscalYear.label)で、この計画の年度（\(years.lowerBound.label)〜\(years.upperBound.label)）の外です")
        }
        let title = self.title.trimmingSpaces
        if title.isEmpty { fail("件名", "件名を入れてください") }
        let category = self.category.trimmingSpaces
        if !kind.categories.isEmpty, !kind.categories.contains(category) {
            fail("区分", "区分「\(category)」は種類「\(kind.name)」にありません（\(kind.categories.joined(separator: "・"))）")
        } else if kind.categories.isEmpty, !category.isEmpty {
            fail("区分", "種類「\(kind.name)」には区分がありません（空欄にしてください）")
        }
        var values: [String: String] = [:]
        for f in kind.fields {
            switch ActivityRecord.normalise(self.values[f.id] ?? "", field: f) {
            case .success(let v): values[f.id] = v
            case .failure(let e): fail(f.label, e.reason)
            }
        }
        for id in self.values.keys where kind.field(id) == nil && !(self.values[id] ?? "").trimmingSpaces.isEmpty {
            fail(id, "種類「\(kind.name)」に項目「\(id)」はありません")
        }
        guard errors.isEmpty, let day else { return .failure(ImportFailure(errors: errors)) }
        return .success(ActivityRecord(kind: kind.id, department: dept, date: day, title: title, category: category, values: values))
    }
}
