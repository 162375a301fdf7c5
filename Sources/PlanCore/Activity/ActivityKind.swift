import Foundation

/// What kind of thing a field of an activity record holds.
public enum ActivityFieldType: String, Codable, CaseIterable, Sendable {
    /// Free text (a place, a name, a contact).
    case text
    /// A whole number of things or people (参加者数); never negative.
    case count
    /// An amount of money in yen (交付額); a whole number, never negative.
    case amount
    /// A business's 法人番号 (13 digits, check digit validated).
    case corporateNumber
    /// A calendar day.
    case date
    /// Longer free notes.
    case note

    public var label: String {
        switch self {
        case .text: "文字"
        case .count: "数（0以上の整数）"
        case .amount: "金額（円、0以上の整数）"
        case .corporateNumber: "法人番号（13桁）"
        case .date: "日付（2024-05-01）"
        case .note: "メモ"
        }
    }

    /// Whether a counting rule may sum this field.
    public var summable: Bool { self == .count || self == .amount }
}

/// A field of a kind of record, as the plan office defines it.
public struct ActivityField: Codable, Equatable, Sendable {
    /// The field's id, used in counting rules and files (`participants`).
    public var id: String
    /// Its name as people read it and as a column of an import file (`参加者数`).
    public var label: String
    public var type: ActivityFieldType
    /// 円, 人 …
    public var unit: String?
    /// Personal data (a consulted person's name, a contact): never published, shown only to the
    /// department and the office, erased after the kind's retention period.
    public var personal: Bool
    public var required: Bool

    public init(id: String, label: String, type: ActivityFieldType, unit: String? = nil, personal: Bool = false, required: Bool = false) {
        self.id = id
        self.label = label
        self.type = type
        self.unit = unit
        self.personal = personal
        self.required = required
    }

    enum CodingKeys: String, CodingKey { case id, label, type, unit, personal, required }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(String.self, forKey: .label)
        type = try c.decode(ActivityFieldType.self, forKey: .type)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        personal = try c.decodeIfPresent(Bool.self, forKey: .personal) ?? false
        required = try c.decodeIfPresent(Bool.self, forKey: .required) ?? false
    }
}

/// A kind of activity record (イベント, 相談, 補助・助成, 登録 …): what is recorded one by one.
/// Every record has a date, a title, a department and (when the kind lists categories) a
/// category; the kind adds its own typed fields.
public struct ActivityKind: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var categories: [String]
    public var fields: [ActivityField]
    /// Years after the end of the fiscal year of its date that a record keeps its personal
    /// fields; nil: kept until the office erases them.
    public var retentionYears: Int?

    public init(id: String, name: String, categories: [String] = [], fields: [ActivityField], retentionYears: Int? = nil) {
        self.id = id
        self.name = name
        self.categories = categories
        self.fields = fields
        self.retentionYears = retentionYears
    }

    enum CodingKeys: String, CodingKey { case id, name, categories, fields, retentionYears }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        categories = try c.decodeIfPresent([String].self, forKey: .categories) ?? []
        fields = try c.decodeIfPresent([ActivityField].self, forKey: .fields) ?? []
        retentionYears = try c.decodeIfPresent(Int.self, forKey: .retentionYears)
    }

    public func field(_ id: String) -> ActivityField? { fields.first { $0.id == id } }
    public var personalFields: [ActivityField] { fields.filter(\.personal) }
}

/// How a counting rule measures the records it selects.
public enum CountingMeasure: Equatable, Sendable {
    /// The number of records.
    case count
    /// The sum of a count or amount field.
    case sum(field: String)
    /// The number of distinct businesses (法人番号) in a field.
    case distinctBusinesses(field: String)

    public var label: String {
        switch self {
        case .count: "件数"
        case .sum(let f): "「\(f)」の合計"
        case .distinctBusinesses(let f): "「\(f)」の事業者の数（重複を除く）"
        }
    }
}

/// Per fiscal year, or cumulative from the plan's first year.
public enum CountingSpan: String, Codable, Sendable {
    case perYear, cumulative
    public var label: String { self == .perYear ? "年度ごと" : "累計（計画の初年度から）" }
}

/// A counting rule: an indicator's actual is computed from activity records.
public struct CountingRule: Codable, Equatable, Sendable {
    /// The indicator (its reporting id) whose actual this computes.
    public var indicator: String
    public var kind: String
    public var measure: CountingMeasure
    public var span: CountingSpan
    /// Only records of these categories (empty: every category).
    public var categories: [String]
    /// Only records of this department, by name (nil: every department).
    public var department: String?
    /// The first fiscal year computed (nil: the plan's first reporting year); earlier years stay typed.
    public var fromYear: FiscalYear?
    /// For a cumulative rule, what was counted before the records start (前計画からの累計).
    public var carriedIn: Decimal?

    public init(
        indicator: String, kind: String, measure: CountingMeasure = .count, span: CountingSpan = .perYear, categories: [String] = [],
        department: String? = nil, fromYear: FiscalYear? = nil, carriedIn: Decimal? = nil
    ) {
        self.indicator = indicator
        self.kind = kind
        self.measure = measure
        self.span = span
        self.categories = categories
        self.department = department
        self.fromYear = fromYear
        self.carriedIn = carriedIn
    }

    /// The rule in one line, as the audit trail and the staff pages show it.
    public func summary(kindName: String) -> String {
        var parts = ["「\(kindName)」の\(measure.label)", span.label]
        if !categories.isEmpty { parts.append("区分「\(categories.joined(separator: "・"))」") }
        if let department { parts.append("課「\(department)」") }
        if let fromYear { parts.append("\(fromYear.code)から") }
        if let carriedIn { parts.append("前からの累計 \(NumberCell.format(carriedIn))") }
        return parts.joined(separator: "、")
    }

    enum CodingKeys: String, CodingKey { case indicator, kind, measure, field, span, categories, department, fromYear, carriedIn }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try c.decode(String.self, forKey: .indicator)
        kind = try c.decode(String.self, forKey: .kind)
        let measureName = try c.decodeIfPresent(String.self, forKey: .measure) ?? "count"
        let field = try c.decodeIfPresent(String.self, forKey: .field)
        switch (measureName, field) {
        case ("count", _): measure = .count
        case ("sum", let f?): measure = .sum(field: f)
        case ("distinctBusinesses", let f?): measure = .distinctBusinesses(field: f)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .measure, in: c, debugDescription: "measure は count・sum・distinctBusinesses のどれかです（sum と distinctBusinesses には field が要ります）")
        }
        span = try c.decodeIfPresent(CountingSpan.self, forKey: .span) ?? .perYear
        categories = try c.decodeIfPresent([String].self, forKey: .categories) ?? []
        department = try c.decodeIfPresent(String.self, forKey: .department)
        if let text = try c.decodeIfPresent(String.self, forKey: .fromYear) {
            guard let y = FiscalYear(parsing: text) else {
                throw DecodingError.dataCorruptedError(forKey: .fromYear, in: c, debugDescription: "fromYear「\(text)」は年度として読めません（2024、R6 など）")
            }
            fromYear = y
        } else {
            fromYear = nil
        }
        carriedIn = try c.decodeIfPresent(String.self, forKey: .carriedIn).flatMap(NumberCell.decimal)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(kind, forKey: .kind)
        switch measure {
        case .count: try c.encode("count", forKey: .measure)
        case .sum(let f):
            try c.encode("sum", forKey: .measure)
            try c.encode(f, forKey: .field)
        case .distinctBusinesses(let f):
            try c.encode("distinctBusinesses", forKey: .measure)
            try c.encode(f, forKey: .field)
        }
        try c.encode(span, forKey: .span)
        if !categories.isEmpty { try c.encode(categories, forKey: .categories) }
        try c.encodeIfPresent(department, forKey: .department)
        try c.encodeIfPresent(fromYear.map { String($0.westernYear) }, forKey: .fromYear)
        try c.encodeIfPresent(carriedIn.map(NumberCell.format), forKey: .carriedIn)
    }
}

/// A plan's kinds of record and counting rules, as the office defines them (a JSON file, see
/// docs/activity-records.md).
public struct ActivityDefinitions: Codable, Equatable, Sendable {
    public var kinds: [ActivityKind]
    public var rules: [CountingRule]

    public init(kinds: [ActivityKind] = [], rules: [CountingRule] = []) {
        self.kinds = kinds
        self.rules = rules
    }

    public var isEmpty: Bool { kinds.isEmpty && rules.isEmpty }

    public func kind(_ id: String) -> ActivityKind? { kinds.first { $0.id == id } }

    /// The rule computing an indicator's actual for a year, if any.
    public func rule(indicator: String, year: FiscalYear, plan: Plan) -> CountingRule? {
        guard let rule = rules.first(where: { $0.indicator == indicator }) else { return nil }
        let from = rule.fromYear ?? plan.reportingYears.first ?? year
        return year >= from ? rule : nil
    }

    /// Reads a definitions file; every problem is reported with where it is.
    public static func read(_ data: Data, file: String) throws(ImportFailure) -> ActivityDefinitions {
        do {
            return try JSONDecoder().decode(ActivityDefinitions.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw ImportFailure(ImportError(file: file, field: Self.path(context.codingPath), message: context.debugDescription))
        } catch let DecodingError.keyNotFound(key, context) {
            throw ImportFailure(
                ImportError(file: file, field: Self.path(context.codingPath), message: "「\(key.stringValue)」がありません"))
        } catch let DecodingError.typeMismatch(_, context) {
            throw ImportFailure(ImportError(file: file, field: Self.path(context.codingPath), message: "値の型が違います（\(context.debugDescription)）"))
        } catch let DecodingError.valueNotFound(_, context) {
            throw ImportFailure(ImportError(file: file, field: Self.path(context.codingPath), message: "値がありません"))
        } catch {
            throw ImportFailure(ImportError(file: file, message: "JSONとして読めません（\(error.localizedDescription)）"))
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// What is wrong with these definitions for a plan (empty: none): duplicate ids, a rule on an
    /// indicator the plan does not report, on an unknown kind, category or department, summing
    /// a field that is not a number, counting businesses in a field that is not a 法人番号, two
    /// rules for one indicator.
    public func problems(plan: Plan, reportingIDs: Set<String>, departments: Set<String>) -> [String] {
        var out: [String] = []
        var kindIDs = Set<String>()
        for k in kinds {
            if !kindIDs.insert(k.id).inserted { out.append("種類のID「\(k.id)」が2回あります") }
            if k.id.isEmpty || k.name.isEmpty { out.append("種類にはIDと名前が要ります（「\(k.id)」）") }
            var fieldIDs = Set<String>(), labels = Set(ActivityRecord.commonColumns)
            for f in k.fields {
                if !fieldIDs.insert(f.id).inserted { out.append("種類「\(k.name)」の項目ID「\(f.id)」が2回あります") }
                if !labels.insert(f.label).inserted { out.append("種類「\(k.name)」の項目名「\(f.label)」が2回あるか、共通の列と同じです") }
            }
            if let r = k.retentionYears, r < 0 { out.append("種類「\(k.name)」の保存年限は0以上にしてください") }
        }
        var ruled = Set<String>()
        for r in rules {
            if !ruled.insert(r.indicator).inserted { out.append("指標「\(r.indicator)」の計算のきまりが2つあります（1つの指標に1つ）") }
            if !reportingIDs.contains(r.indicator) { out.append("指標ID「\(r.indicator)」はこの計画の報告する指標ではありません") }
            guard let k = kind(r.kind) else {
                out.append("指標「\(r.indicator)」のきまりの種類「\(r.kind)」は定義されていません")
                continue
            }
            for c in r.categories where !k.categories.contains(c) {
                out.append("指標「\(r.indicator)」のきまりの区分「\(c)」は種類「\(k.name)」にありません（\(k.categories.joined(separator: "・"))）")
            }
            if let d = r.department, !departments.contains(d) { out.append("指標「\(r.indicator)」のきまりの課「\(d)」はこの計画にありません") }
            if let y = r.fromYear, !plan.reportingYears.contains(y) {
                out.append("指標「\(r.indicator)」のきまりの開始年度\(y.label)はこの計画の年度ではありません（\(plan.reportingYearsText)）")
            }
            if r.carriedIn != nil, r.span != .cumulative { out.append("指標「\(r.indicator)」: 前からの累計（carriedIn）は累計のきまりにだけ書けます") }
            switch r.measure {
            case .count: break
            case .sum(let f):
                if k.field(f)?.type.summable != true { out.append("指標「\(r.indicator)」: 合計できるのは数か金額の項目です（「\(f)」）") }
            case .distinctBusinesses(let f):
                if k.field(f)?.type != .corporateNumber { out.append("指標「\(r.indicator)」: 事業者を数えるのは法人番号の項目です（「\(f)」）") }
            }
        }
        return out
    }
}
