import Foundation

/// The actuals template a department fills in (Excel-friendly CSV) and reads back.
///
/// Headers, exactly: `指標ID,目指す姿,施策,事業,行動指標,単位,年度,目標値,実績値,備考`. One row per
/// reporting unit: a re-listed indicator appears once (under its original placement) unless its
/// placements carry different targets. Reading is all or nothing: every bad cell is reported by
/// row and column, and nothing is returned unless the whole file is good.
public enum ActualsCSV {
    public static let headers = ["指標ID", "目指す姿", "施策", "事業", "行動指標", "単位", "年度", "目標値", "実績値", "備考"]

    /// Writes the template for a year, optionally only for some projects (a department's),
    /// pre-filled with actuals already entered.
    public static func template(plan: Plan, year: FiscalYear, projects: Set<String>? = nil, existing: [Actual] = []) -> Data {
        let units = ReportingUnits(plan, year: year)
        let index = PlanIndex(plan)
        let entered = Dictionary(existing.filter { $0.year == year }.map { ($0.indicator, $0) }, uniquingKeysWith: { _, b in b })
        var rows: [[String]] = []
        for id in units.order {
            guard let i = index.indicatorsByID[id], let p = index.placementsByID[i.placement] else { continue }
            if let projects, !projects.contains(p.project) { continue }
            let m = index.measure(of: p)
            let measure = [m?.number.map(JapaneseText.circledNumber), m?.name.nonEmpty].compactMap { $0 }.joined(separator: " ")
            let name = (i.part.map(JapaneseText.circledNumber) ?? "") + i.name
            let actual = entered[id]
            rows.append([id, p.goal.description, measure, p.projectName, name, i.unit, year.code,
                         i.targets[year].map(NumberCell.format) ?? "", actual?.value.map(NumberCell.format) ?? "", actual?.note ?? ""])
        }
        return CSVTable.write(headers: headers, rows: rows)
    }

    /// Options for reading a filled template.
    public struct Options: Sendable {
        /// Accept rates (%) over 100.
        public var allowRateOver100 = false
        /// When set, every row must be for this year.
        public var year: FiscalYear?
        /// When set, only these projects may be reported (a department's own).
        public var projects: Set<String>?
        public init(allowRateOver100: Bool = false, year: FiscalYear? = nil, projects: Set<String>? = nil) {
            self.allowRateOver100 = allowRateOver100; self.year = year; self.projects = projects
        }
    }

    /// What a filled template says: the actuals to record (rows with a value) and the rows left
    /// empty (未報告).
    public struct Reading: Sendable {
        public var actuals: [Actual]
        public var notReported: [String]
        public var encoding: TextDecoding.Encoding
    }

    public static func read(_ data: Data, name: String, plan: Plan, options: Options = Options()) throws(ImportFailure) -> Reading {
        let table = try CSVTable.read(data, name: name, expectedHeaders: headers)
        var unitsByYear: [FiscalYear: ReportingUnits] = [:]
        let index = PlanIndex(plan)
        var errors: [ImportError] = []
        var actuals: [Actual] = []
        var empty: [String] = []
        var seen: Set<String> = []
        for row in table.rows {
            let rawID = row["指標ID"].trimmingSpaces
            guard let year = FiscalYear(parsing: row["年度"]) else {
                errors.append(row.error(column: "年度", "年度「\(row["年度"])」が読めません（例: R6、令和6年度、2024）"))
                continue
            }
            let units = unitsByYear[year] ?? ReportingUnits(plan, year: year)
            unitsByYear[year] = units
            guard let reporting = units.reportingID[rawID] else {
                errors.append(row.error(column: "指標ID", "指標ID「\(rawID)」はこの計画にありません。書き出した様式の指標IDを変えずに使ってください"))
                continue
            }
            guard let indicator = index.indicatorsByID[reporting], let placement = index.placementsByID[indicator.placement] else { continue }
            if let projects = options.projects, !projects.contains(placement.project) {
                errors.append(row.error(column: "指標ID", "指標ID「\(rawID)」はあなたの課の事業ではありません"))
                continue
            }
            if let expected = options.year, expected != year {
                errors.append(row.error(column: "年度", "この取り込みは\(expected.label)の実績です（この行は\(year.label)）"))
                continue
            }
            if !seen.insert(reporting + "|" + year.code).inserted {
                errors.append(row.error(column: "指標ID", "指標ID「\(rawID)」の\(year.code)の行が2回あります"))
                continue
            }
            switch validate(row["実績値"], indicator: indicator, allowRateOver100: options.allowRateOver100) {
            case .failure(let message): errors.append(row.error(column: "実績値", message.description))
            case .success(nil): empty.append(reporting)
            case .success(let v?): actuals.append(Actual(indicator: reporting, year: year, value: v, note: row["備考"]))
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return Reading(actuals: actuals, notReported: empty, encoding: table.encoding)
    }
}

extension ActualsCSV {
    /// Checks one typed actual for an indicator: nil for empty (未報告), the value, or a message.
    public static func validate(_ raw: String, indicator: Indicator, allowRateOver100: Bool) -> Result<Decimal?, ValidationMessage> {
        let raw = raw.trimmingSpaces
        if raw.isEmpty || NumberCell.dashes.contains(raw) { return .success(nil) }
        let isRate = indicator.kind == .rate || indicator.unit == "%"
        switch NumberCell.parse(raw, allowPercent: isRate) {
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
            let wholeUnits: Set<String> = ["回", "人", "件", "社", "団体", "事業者", "箇所", "園", "校", "日", "部", "台", "事業", "会員数"]
            if !isRate, v != v.rounded(), wholeUnits.contains(indicator.unit) {
                return .failure(ValidationMessage("「\(raw)」: 単位が「\(indicator.unit)」の実績値は整数で書いてください"))
            }
            return .success(v)
        }
    }
}

/// A message explaining why a value was refused.
public struct ValidationMessage: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Decimal {
    /// Rounded to a whole number.
    func rounded() -> Decimal {
        var v = self, r = Decimal()
        NSDecimalRound(&r, &v, 0, .plain)
        return r
    }
}
