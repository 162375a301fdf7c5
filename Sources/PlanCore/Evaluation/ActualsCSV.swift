import Foundation

/// The actuals template a department fills in (Excel-friendly CSV) and reads back.
///
/// Columns: `指標ID,所属の見出し,項目名,指標,単位,年度,西暦年度,目標値,実績値,備考`. Only 指標ID, 年度,
/// 実績値 and 備考 are read back; the others say what each row is (a template of an earlier
/// release, whose informational columns were named differently, reads too, and so does the
/// open-data copy with its identity and publication columns). One row per reporting unit: a
/// re-listed indicator appears once unless its placements carry different targets. Reading is
/// all or nothing: every bad cell is reported by row and column.
public enum ActualsCSV {
    public static let headers = ["指標ID", "所属の見出し", "項目名", "指標", "単位", "年度", "西暦年度", "目標値", "実績値", "備考"]
    static let targetColumn = 7
    public static let valueColumn = 8
    static let required = ["指標ID", "年度", "実績値"]

    /// The rows of the template for a year, optionally only for some items (a department's),
    /// pre-filled with actuals already entered. `units`: the year's reporting units where the
    /// caller has them (built from `plan` otherwise).
    public static func rows(
        plan: Plan, index: PlanIndex, units: ReportingUnits? = nil, year: FiscalYear, items: Set<String>? = nil, existing: [Actual] = []
    ) -> [[String]] {
        let units = units ?? ReportingUnits(plan, year: year)
        let entered = Dictionary(existing.filter { $0.year == year }.map { ($0.indicator, $0) }, uniquingKeysWith: { _, b in b })
        var rows: [[String]] = []
        for id in units.order {
            guard let i = index.indicatorsByID[id] else { continue }
            let node = index.nodesByID[i.node]
            if let items, !items.contains(node?.item ?? "") { continue }
            let section = index.section(of: node?.parent ?? i.node, levels: plan.levels).map(\.heading) ?? ""
            let name = (i.part.map(JapaneseText.circledNumber) ?? "") + i.name
            let actual = entered[id]
            rows.append([
                id, section, node.map { index.itemTitle($0.id) } ?? "", name, i.unit, year.code, String(year.westernYear),
                i.targets[year].map(NumberCell.format) ?? "", actual?.value.map(NumberCell.format) ?? "", actual?.note ?? "",
            ])
        }
        return rows
    }

    public static func template(
        plan: Plan, index: PlanIndex? = nil, units: ReportingUnits? = nil, year: FiscalYear, items: Set<String>? = nil, existing: [Actual] = []
    ) -> Data {
        CSVTable.write(
            headers: headers, rows: rows(plan: plan, index: index ?? PlanIndex(plan), units: units, year: year, items: items, existing: existing))
    }

    /// Options for reading a filled template.
    public struct Options: Sendable {
        /// Accept rates (%) over 100.
        public var allowRateOver100 = false
        /// When set, every row must be for this year.
        public var year: FiscalYear?
        /// When set, only these items may be reported (a department's own).
        public var items: Set<String>?
        public init(allowRateOver100: Bool = false, year: FiscalYear? = nil, items: Set<String>? = nil) {
            self.allowRateOver100 = allowRateOver100
            self.year = year
            self.items = items
        }
    }

    /// What a filled template says: the actuals to record (rows with a value) and the rows left
    /// empty (未報告).
    public struct Reading: Sendable {
        public var actuals: [Actual]
        public var notReported: [String]
        public var encoding: TextDecoding.Encoding?
    }

    /// `index` and `units`: the plan's index and reporting units where the caller has them
    /// already (built from `plan` otherwise).
    public static func read(
        _ data: Data, name: String, plan: Plan, index: PlanIndex? = nil, units: [FiscalYear: ReportingUnits] = [:], options: Options = Options()
    ) throws(ImportFailure) -> Reading {
        let table = try CSVTable.read(data, name: name, expectedHeaders: required, optionalHeaders: ["備考"], allowHeader: { _ in true })
        var rows: [(line: Int, id: String, year: String, value: String, note: String, column: (String) -> Int?)] = []
        for row in table.rows {
            rows.append((row.line, row["指標ID"], row["年度"], row["実績値"], row["備考"], { row.column(of: $0) }))
        }
        var reading = try read(rows: rows, file: name, sheet: nil, plan: plan, index: index, units: units, options: options)
        reading.encoding = table.encoding
        return reading
    }

    /// Reads rows from any table (CSV or a workbook's sheet).
    public static func read(
        rows: [(line: Int, id: String, year: String, value: String, note: String, column: (String) -> Int?)],
        file: String, sheet: String?, plan: Plan, index: PlanIndex? = nil, units: [FiscalYear: ReportingUnits] = [:], options: Options
    ) throws(ImportFailure) -> Reading {
        var unitsByYear = units
        let index = index ?? PlanIndex(plan)
        var errors: [ImportError] = []
        var actuals: [Actual] = []
        var empty: [String] = []
        var seen: Set<String> = []
        let years = Set(plan.reportingYears)
        var parsedYears: [String: FiscalYear?] = [:]  // a template's rows name one or two years
        for row in rows {
            func error(_ column: String, _ message: String) -> ImportError {
                ImportError(file: file, sheet: sheet, line: row.line, column: row.column(column), field: column, message: message)
            }
            let rawID = row.id.trimmingSpaces
            let parsed = parsedYears[row.year] ?? FiscalYear(parsing: row.year)
            parsedYears[row.year] = parsed
            guard let year = parsed else {
                errors.append(error("年度", "年度「\(row.year)」が読めません（例: R6、令和6年度、2024）"))
                continue
            }
            guard years.contains(year) else {
                errors.append(error("年度", "\(year.label)はこの計画の年度ではありません（\(plan.reportingYearsText)）"))
                continue
            }
            let units = unitsByYear[year] ?? ReportingUnits(plan, year: year)
            unitsByYear[year] = units
            guard let reporting = units.reportingID[rawID] else {
                errors.append(error("指標ID", "指標ID「\(rawID)」はこの計画にありません。書き出した様式の指標IDを変えずに使ってください"))
                continue
            }
            guard let indicator = index.indicatorsByID[reporting] else { continue }
            let item = index.nodesByID[indicator.node]?.item ?? indicator.node
            if let items = options.items, !items.contains(item) {
                errors.append(error("指標ID", "指標ID「\(rawID)」はあなたの課の担当ではありません"))
                continue
            }
            if let expected = options.year, expected != year {
                errors.append(error("年度", "この取り込みは\(expected.label)の実績です（この行は\(year.label)）"))
                continue
            }
            if !seen.insert(reporting + "|" + year.code).inserted {
                errors.append(error("指標ID", "指標ID「\(rawID)」の\(year.code)の行が2回あります"))
                continue
            }
            switch validate(row.value, indicator: indicator, allowRateOver100: options.allowRateOver100) {
            case .failure(let message): errors.append(error("実績値", message.description))
            case .success(nil): empty.append(reporting)
            case .success(let v?): actuals.append(Actual(indicator: reporting, year: year, value: v, note: row.note))
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return Reading(actuals: actuals, notReported: empty, encoding: nil)
    }
}

extension ActualsCSV {
    /// Checks one typed actual for an indicator: nil for empty (未報告), the value, or a message
    /// worded for the person typing it.
    public static func validate(_ raw: String, indicator: Indicator, allowRateOver100: Bool) -> Result<Decimal?, ValidationMessage> {
        let raw = raw.trimmingSpaces
        if raw.isEmpty || NumberCell.dashes.contains(raw) { return .success(nil) }
        let isRate = indicator.isRate
        switch NumberCell.parse(raw, allowPercent: isRate, unit: indicator.unit) {
        case .failure(let e):
            let reason = raw.contains("%") || raw.contains("％") ? "この指標は割合（%）ではありません（単位: \(indicator.unit)）。数値だけを書いてください" : e.reason
            return .failure(ValidationMessage("「\(raw)」: \(reason)"))
        case .success(.none):
            return .success(nil)
        case .success(.value(let v)):
            if v < 0 { return .failure(ValidationMessage("「\(raw)」: 実績値に負の数は使えません")) }
            if isRate && v > 100 && !allowRateOver100 {
                return .failure(ValidationMessage("「\(raw)」: 割合が100%を超えています（100%を超える値を認めるときは取り込みの設定で許可してください）"))
            }
            if !isRate, v != NumberCell.rounded(v, places: 0), wholeUnits.contains(indicator.unit) {
                return .failure(ValidationMessage("「\(raw)」: 単位が「\(indicator.unit)」の実績値は整数で書いてください"))
            }
            return .success(v)
        }
    }

    /// Units counted in whole numbers.
    public static let wholeUnits: Set<String> = [
        "回", "人", "件", "社", "団体", "事業者", "箇所", "か所", "ヶ所", "カ所", "園", "校", "日", "部", "台", "事業", "会員数", "店", "店舗",
        "名", "組", "冊", "本", "枚", "施設", "区画", "世帯", "戸", "棟", "人日", "者",
    ]
}

/// A message explaining why a value was refused.
public struct ValidationMessage: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
