import Foundation

/// The project's own plan format: five tables that hold a plan of any shape exactly, as CSV
/// files in a folder (UTF-8 with BOM, CRLF) or as the sheets of one workbook. Documented in
/// `docs/plan-format.md`. Reading and writing round-trip byte for byte.
///
/// - `plan` — 項目,値: id, title, municipality, period, target years, grading …;
/// - `levels` — one row per level, top first;
/// - `flags` — the marks rows carry (重点PJ ○ …);
/// - `nodes` — one row per node, in printed order, each naming its parent;
/// - `indicators` — one row per indicator, with a column per target year.
public enum PlanPackage {
    public enum Part: String, CaseIterable, Sendable {
        case plan, levels, flags, nodes, indicators

        /// The CSV file name.
        public var file: String { rawValue + ".csv" }
        /// The workbook's sheet name.
        public var sheet: String {
            switch self {
            case .plan: "計画"
            case .levels: "階層"
            case .flags: "印"
            case .nodes: "項目"
            case .indicators: "指標"
            }
        }
    }

    /// A table of text: a header row and records.
    public struct Table: Sendable, Equatable {
        public var headers: [String]
        public var rows: [[String]]
        /// Which columns hold numbers (written as numeric cells in a workbook).
        public var numericColumns: Set<Int> = []
        /// Which columns hold codes that a spreadsheet must keep as text (`1-1`).
        public var textColumns: Set<Int> = []
        /// What each column expects, for people filling it in.
        public var help: [String] = []
        public init(headers: [String], rows: [[String]], numericColumns: Set<Int> = [], textColumns: Set<Int> = [], help: [String] = []) {
            self.headers = headers
            self.rows = rows
            self.numericColumns = numericColumns
            self.textColumns = textColumns
            self.help = help
        }
    }

    static let planHeaders = ["項目", "値"]
    /// The columns the open-data copy of every table begins with (read, and checked against plan.csv).
    static let identityHeaders = ["全国地方公共団体コード", "地方公共団体名"]
    static let levelHeaders = ["階層", "名称", "英語名", "キー", "書き出す値", "番号のキー", "ページのパス", "ページ"]
    static let flagHeaders = ["キー", "名称", "印"]
    static let nodeHeaders = ["ID", "階層", "上位", "コード", "番号", "名称", "英語名", "内容", "再掲", "再掲元", "担当課"]
    static let nodeTail = ["出典"]
    static let indicatorHeaders = [
        "指標ID", "項目ID", "部分", "指標番号", "名称", "英語名", "単位", "種別", "種別の指定", "向き", "区分", "担当課",
        "基準値", "基準値の年度", "合計",
    ]
    static let indicatorTail = ["説明", "備考", "出典"]

    enum Key: String, CaseIterable {
        case id = "計画ID", title = "計画名", titleEnglish = "計画名（英語）", municipality = "自治体", municipalityCode = "全国地方公共団体コード"
        case firstYear = "計画期間の初年度", lastYear = "計画期間の最終年度", targetYears = "目標の年度", totalYears = "合計の年度"
        case indicatorLabel = "指標の呼び名", indicatorLabelEnglish = "指標の呼び名（英語）", grading = "評価方法", licence = "利用条件"
    }

    static let roleWords: [TargetYear.Role: String] = [.yearly: "年度別", .intermediate: "中間", .final: "最終", .horizon: "将来"]

    static func targetHeader(_ year: FiscalYear) -> String { "目標値(\(year.code))" }
    static func historyHeader(_ year: FiscalYear) -> String { "実績値(\(year.code))" }
    static func milestoneHeader(_ year: FiscalYear) -> String { "ロードマップ(\(year.code))" }

    // MARK: Writing

    /// Every part of a plan as a table.
    public static func tables(_ plan: Plan) -> [Part: Table] {
        [.plan: planTable(plan), .levels: levelTable(plan), .flags: flagTable(plan), .nodes: nodeTable(plan), .indicators: indicatorTable(plan)]
    }

    /// The CSV files of a plan, by file name.
    public static func csvFiles(_ plan: Plan) -> [String: Data] {
        var out: [String: Data] = [:]
        for (part, table) in tables(plan) { out[part.file] = CSVTable.write(headers: table.headers, rows: table.rows) }
        return out
    }

    static func planTable(_ plan: Plan) -> Table {
        let years = plan.targetYears.map { $0.role == .yearly ? $0.year.code : "\($0.year.code)=\(roleWords[$0.role]!)" }.joined(separator: " ")
        let rows: [[String]] = [
            [Key.id.rawValue, plan.id], [Key.title.rawValue, plan.title], [Key.titleEnglish.rawValue, plan.titleEnglish ?? ""],
            [Key.municipality.rawValue, plan.municipality], [Key.municipalityCode.rawValue, plan.municipalityCode ?? ""],
            [Key.firstYear.rawValue, plan.firstYear?.code ?? ""], [Key.lastYear.rawValue, plan.lastYear?.code ?? ""],
            [Key.targetYears.rawValue, years], [Key.totalYears.rawValue, plan.totalYears.map(\.code).joined(separator: " ")],
            [Key.indicatorLabel.rawValue, plan.indicatorLabel], [Key.indicatorLabelEnglish.rawValue, plan.indicatorLabelEnglish ?? ""],
            [Key.grading.rawValue, plan.grading.description], [Key.licence.rawValue, plan.licence.rawValue],
        ]
        return Table(
            headers: planHeaders, rows: rows, textColumns: [1],
            help: [
                "項目の名前（変えないでください）", "値。年度は R6・令和6年度・2024 のどれでも。目標の年度は空白で区切り、役割を =中間・=最終・=将来 で添える（例: R3 R8=中間 R12=最終）",
            ])
    }

    static func levelTable(_ plan: Plan) -> Table {
        let rows = plan.levels.enumerated().map { i, l in
            [String(i + 1), l.name, l.nameEnglish ?? "", l.key ?? "", l.exportValue.rawValue, l.numberKey ?? "", l.slug, l.hasPages ? "あり" : "なし"]
        }
        return Table(
            headers: levelHeaders, rows: rows, numericColumns: [0],
            help: [
                "1が最上位", "計画での呼び名（基本目標・施策 …）", "英語の呼び名（任意）", "書き出しのキー（任意、半角英字）",
                "キーに書き出す値: code・id・title・title-or-null", "コードの番号を書き出すキー（任意）", "ページのURLの名前（半角英数字）", "あり・なし",
            ])
    }

    static func flagTable(_ plan: Plan) -> Table {
        Table(
            headers: ["キー", "名称", "英語名", "印"], rows: plan.flags.map { [$0.key, $0.name, $0.nameEnglish ?? "", $0.mark] },
            help: ["書き出しのキー（半角英字）", "計画での名前（重点PJ …）", "英語のページでの名前（空欄なら名称のまま）", "印（○・● …）"])
    }

    static func milestoneYears(_ plan: Plan) -> [FiscalYear] {
        Set(plan.nodes.flatMap { $0.milestones.map(\.year) }).sorted()
    }

    static func historyYears(_ plan: Plan) -> [FiscalYear] {
        Set(plan.indicators.flatMap { $0.history.years }).sorted()
    }

    static func nodeTable(_ plan: Plan) -> Table {
        let milestoneYears = milestoneYears(plan)
        let headers = nodeHeaders + plan.flags.map(\.name) + milestoneYears.map(milestoneHeader) + nodeTail
        let rows = plan.nodes.map { n -> [String] in
            var row = [
                n.id, String(n.level + 1), n.parent ?? "", n.code ?? "", n.number.map(String.init) ?? "", n.title, n.titleEnglish ?? "",
                n.description, n.relisted ? "○" : "", n.original ?? "", n.department ?? "",
            ]
            row += plan.flags.map { n.flags.contains($0.key) ? $0.mark : "" }
            row += milestoneYears.map { n.milestone($0) ?? "" }
            row.append(source(n.source))
            return row
        }
        let help =
            [
                "項目のID（計画の中で一意）", "階層の番号（1が最上位）", "上位の項目のID（最上位は空）", "印字されたコード（1-1・①・(1) …）",
                "コードの番号", "名称（印字どおり）", "英語の名称（任意）", "内容（事業内容など）", "再掲なら ○", "再掲の元の項目のID", "担当課（任意）",
            ]
            + plan.flags.map { "\($0.name)なら \($0.mark)" } + milestoneYears.map { "\($0.label)のロードマップ" } + ["出典（文書:行）"]
        return Table(headers: headers, rows: rows, numericColumns: [1, 4], textColumns: [0, 2, 3, 9], help: help)
    }

    static func indicatorTable(_ plan: Plan) -> Table {
        let years = plan.targetYears.map(\.year)
        let history = historyYears(plan)
        let headers = indicatorHeaders + years.map(targetHeader) + history.map(historyHeader) + indicatorTail
        let rows = plan.indicators.map { i -> [String] in
            var row = [
                i.id, i.node, i.part.map(JapaneseText.circledNumber) ?? "", i.code ?? "", i.name, i.nameEnglish ?? "", i.unit, i.kind.label,
                i.kindOverridden ? "指定" : "推定", i.lowerIsBetter ? "低いほど良い" : "高いほど良い", i.type.map { $0 == .outcome ? "成果" : "活動" } ?? "",
                i.department ?? "", i.baseline.map { NumberCell.format($0.value) } ?? "", i.baseline?.year?.code ?? "",
                i.total.map(NumberCell.format) ?? "",
            ]
            row += years.map { y in i.targets.contains(y) ? (i.targets[y].map(NumberCell.format) ?? "-") : "" }
            row += history.map { i.history[$0].map(NumberCell.format) ?? "" }
            row += [i.definition, i.note, source(i.source)]
            return row
        }
        let fixed = indicatorHeaders.count
        let numeric = Set([12, 14] + (fixed..<(fixed + years.count + history.count)).map { $0 })
        let help =
            [
                "指標のID（計画の中で一意）", "指標の属する項目のID", "複数指標の部分（①②…）", "指標の番号（任意）", "指標名（印字どおり）", "英語の名称（任意）",
                "単位（件・人・% …）", "単年度・累計・水準・割合", "推定・指定（指定は種別を推定しない）", "高いほど良い・低いほど良い", "成果・活動（任意）",
                "担当課（任意）", "基準値（数値）", "基準値の年度", "印字された合計（数値）",
            ]
            + years.map { "\($0.label)の目標値（数値。- は目標なし、空欄は記載なし）" } + history.map { "\($0.label)の実績値" }
            + ["指標の説明・算出方法", "備考", "出典（文書:行）"]
        return Table(headers: headers, rows: rows, numericColumns: numeric, textColumns: [0, 1, 3], help: help)
    }

    static func source(_ ref: SourceRef?) -> String { ref.map { "\($0.document):\($0.line)" } ?? "" }

    static func parseSource(_ text: String) -> SourceRef? {
        guard let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]) else { return nil }
        return SourceRef(document: String(text[..<colon]), line: line)
    }

    // MARK: Reading

    /// One part as read: its header, rows (1-based row numbers kept) and where it came from.
    public struct Input: Sendable {
        public var file: String
        public var sheet: String?
        public var rows: [[String]]
        public init(file: String, sheet: String? = nil, rows: [[String]]) {
            self.file = file
            self.sheet = sheet
            self.rows = rows
        }
    }

    /// Reads the CSV files of a folder (`plan.csv` …).
    public static func read(folder: URL) throws(ImportFailure) -> Plan {
        var inputs: [Part: Input] = [:]
        var errors: [ImportError] = []
        for part in Part.allCases {
            let url = folder.appendingPathComponent(part.file)
            guard let data = try? Data(contentsOf: url) else {
                if part == .flags { continue }
                errors.append(
                    ImportError(file: part.file, message: "ファイルがありません（計画は \(Part.allCases.map(\.file).joined(separator: "・")) の組です。flags.csv は省略可）"))
                continue
            }
            do { inputs[part] = Input(file: part.file, rows: try CSVTable.records(data, name: part.file).records) } catch { errors += error.errors }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return try read(inputs)
    }

    /// Reads the CSV files given by name.
    public static func read(csvFiles: [String: Data]) throws(ImportFailure) -> Plan {
        var inputs: [Part: Input] = [:]
        var errors: [ImportError] = []
        for part in Part.allCases {
            guard let data = csvFiles[part.file] else {
                if part != .flags { errors.append(ImportError(file: part.file, message: "ファイルがありません")) }
                continue
            }
            do { inputs[part] = Input(file: part.file, rows: try CSVTable.records(data, name: part.file).records) } catch { errors += error.errors }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return try read(inputs)
    }

    /// The identity rows of a `plan.csv` (計画ID, 計画名, 自治体, 全国地方公共団体コード), read
    /// without the rest of the package.
    public static func identity(_ data: Data, file: String) throws(ImportFailure) -> (id: String, title: String, municipality: String, code: String?)
    {
        let table = try CSVTable.read(data, name: file, expectedHeaders: planHeaders, optionalHeaders: identityHeaders)
        var values: [String: String] = [:]
        for row in table.rows { values[row["項目"].trimmingSpaces] = row["値"].trimmingSpaces }
        return (
            values[Key.id.rawValue] ?? "", values[Key.title.rawValue] ?? "", values[Key.municipality.rawValue] ?? "",
            values[Key.municipalityCode.rawValue]?.nonEmpty
        )
    }

    /// Whether a workbook's sheets are this format.
    public static func isPackage(sheetNames: [String]) -> Bool {
        [Part.plan, .nodes, .indicators].allSatisfy { sheetNames.contains($0.sheet) }
    }

    /// Reads the parts. Every error is collected, each with file, row and column.
    public static func read(_ inputs: [Part: Input]) throws(ImportFailure) -> Plan {
        var reader = Reader(inputs: inputs)
        return try reader.read()
    }

    struct Reader {
        let inputs: [Part: Input]
        var errors: [ImportError] = []
        /// Rows that name their local government (the open-data copy of the files), checked against plan.csv.
        var identified: [Row] = []

        init(inputs: [Part: Input]) { self.inputs = inputs }

        struct Row {
            var input: Input
            var line: Int
            var headers: [String]
            var fields: [String]
            subscript(_ header: String) -> String {
                guard let i = headers.firstIndex(of: header), i < fields.count else { return "" }
                return fields[i].trimmingSpaces
            }
            func raw(_ header: String) -> String {
                guard let i = headers.firstIndex(of: header), i < fields.count else { return "" }
                return fields[i]
            }
            func error(_ header: String, _ message: String) -> ImportError {
                ImportError(
                    file: input.file, sheet: input.sheet, line: line, column: headers.firstIndex(of: header).map { $0 + 1 }, field: header,
                    message: message)
            }
            /// The row's identifier in `header`, when it is there and not already in `seen`.
            func newID(_ header: String, seen: inout Set<String>, errors: inout [ImportError]) -> String? {
                let id = self[header]
                guard !id.isEmpty else {
                    errors.append(error(header, "\(header)が空です"))
                    return nil
                }
                guard seen.insert(id).inserted else {
                    errors.append(error(header, "\(header)「\(id)」が2回あります"))
                    return nil
                }
                return id
            }
        }

        mutating func rows(_ part: Part, required: [String], allow: (String) -> Bool = { _ in false }) -> [Row] {
            guard let input = inputs[part] else { return [] }
            guard let header = input.rows.first?.map({ $0.trimmingSpaces.precomposedStringWithCanonicalMapping }) else {
                errors.append(ImportError(file: input.file, sheet: input.sheet, line: 1, message: "見出し行がありません"))
                return []
            }
            let missing = required.filter { !header.contains($0) }
            if !missing.isEmpty {
                errors.append(
                    ImportError(file: input.file, sheet: input.sheet, line: 1, message: "見出し行に必要な列がありません: \(missing.joined(separator: "、"))"))
                return []
            }
            for (i, h) in header.enumerated() where !required.contains(h) && !allow(h) && !identityHeaders.contains(h) && !h.isEmpty {
                errors.append(
                    ImportError(
                        file: input.file, sheet: input.sheet, line: 1, column: i + 1, field: h,
                        message: "知らない列「\(h)」があります（使える列: \(required.joined(separator: ","))）"))
            }
            let rows = input.rows.enumerated().dropFirst().compactMap { i, fields in
                fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) ? nil : Row(input: input, line: i + 1, headers: header, fields: fields)
            }
            if identityHeaders.contains(where: header.contains) { identified += rows }
            return rows
        }

        /// The identity columns of the open-data copy say the same as plan.csv, or the file is another plan's.
        mutating func checkIdentity(code: String, municipality: String) {
            let expected = [identityHeaders[0]: code, identityHeaders[1]: municipality]
            for row in identified {
                for (header, value) in expected where row.headers.contains(header) && row[header] != value {
                    errors.append(
                        row.error(header, "\(header)「\(row[header])」が plan.csv の「\(value)」と違います（別の計画のファイルが混じっていないか確かめてください）"))
                }
            }
        }

        mutating func read() throws(ImportFailure) -> Plan {
            // plan
            var values: [String: String] = [:]
            for row in rows(.plan, required: planHeaders) {
                let key = row["項目"]
                guard Key(rawValue: key) != nil else {
                    errors.append(row.error("項目", "項目「\(key)」は使えません（\(Key.allCases.map(\.rawValue).joined(separator: "・"))）"))
                    continue
                }
                values[key] = row.raw("値").trimmingSpaces
            }
            let planFile = inputs[.plan]
            func planError(_ key: Key, _ message: String) {
                errors.append(ImportError(file: planFile?.file ?? Part.plan.file, sheet: planFile?.sheet, field: key.rawValue, message: message))
            }
            func value(_ key: Key) -> String { values[key.rawValue] ?? "" }
            func year(_ key: Key) -> FiscalYear? {
                let v = value(key)
                if v.isEmpty { return nil }
                guard let y = FiscalYear(parsing: v) else {
                    planError(key, "年度「\(v)」が読めません（例: R6、令和6年度、2024）")
                    return nil
                }
                return y
            }
            let id = value(.id)
            if id.isEmpty { planError(.id, "計画IDがありません") }
            if let problem = PlanIdentity.problem(planID: id), !id.isEmpty { planError(.id, problem) }
            if value(.title).isEmpty { planError(.title, "計画名がありません") }
            if value(.municipality).isEmpty { planError(.municipality, "自治体の名前がありません") }
            let code = value(.municipalityCode)
            if !code.isEmpty, let problem = MunicipalityCode.problem(code) { planError(.municipalityCode, problem) }
            var targetYears: [TargetYear] = []
            for token in value(.targetYears).split(whereSeparator: { $0 == " " || $0 == "," }) {
                let parts = token.split(separator: "=")
                guard let y = FiscalYear(parsing: String(parts[0])) else {
                    planError(.targetYears, "目標の年度「\(token)」が読めません（例: R6 R7 R8=中間 R12=最終）")
                    continue
                }
                var role = TargetYear.Role.yearly
                if parts.count == 2 {
                    guard let r = roleWords.first(where: { $0.value == parts[1] })?.key else {
                        planError(.targetYears, "役割「\(parts[1])」は使えません（年度別・中間・最終・将来）")
                        continue
                    }
                    role = r
                }
                targetYears.append(TargetYear(year: y, role: role))
            }
            let totalYears = value(.totalYears).split(separator: " ").compactMap { FiscalYear(parsing: String($0)) }
            var grading = GradingScheme.standard
            if !value(.grading).isEmpty {
                if let g = GradingScheme(parsing: value(.grading)), g.problems.isEmpty {
                    grading = g
                } else {
                    planError(.grading, "評価方法「\(value(.grading))」が読めません（例: 比率:A:100,B:80,C:50,D:0、按分:A:100,B:80,C:50,D:0、基準値:S,A,B,C,−:10）")
                }
            }
            var plan = Plan(
                id: id, title: value(.title), municipality: value(.municipality), municipalityCode: code.nonEmpty,
                firstYear: year(.firstYear), lastYear: year(.lastYear), targetYears: targetYears, totalYears: totalYears,
                indicatorLabel: value(.indicatorLabel).nonEmpty ?? "指標", grading: grading)
            plan.titleEnglish = value(.titleEnglish).nonEmpty
            plan.indicatorLabelEnglish = value(.indicatorLabelEnglish).nonEmpty
            if let licence = OpenDataLicence(parsing: value(.licence)) {
                plan.licence = licence
            } else {
                planError(
                    .licence, "利用条件「\(value(.licence))」は使えません（\(OpenDataLicence.allCases.map(\.rawValue).joined(separator: "・"))。空欄は CC BY 4.0）")
            }

            // levels
            for row in rows(.levels, required: levelHeaders) {
                guard let n = Int(row["階層"]), n == plan.levels.count + 1 else {
                    errors.append(row.error("階層", "階層の番号は1から順に書いてください（\(plan.levels.count + 1)のはずが「\(row["階層"])」）"))
                    continue
                }
                guard let export = PlanLevel.ExportValue(rawValue: row["書き出す値"].isEmpty ? "title" : row["書き出す値"]) else {
                    errors.append(row.error("書き出す値", "「\(row["書き出す値"])」は使えません（code・id・title・title-or-null）"))
                    continue
                }
                let slug = row["ページのパス"].isEmpty ? PlanLevel.defaultSlug(n - 1) : row["ページのパス"]
                if !slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    errors.append(row.error("ページのパス", "ページのパスは半角英数字と - _ で書いてください"))
                }
                plan.levels.append(
                    PlanLevel(
                        name: row["名称"], nameEnglish: row["英語名"].nonEmpty, key: row["キー"].nonEmpty, exportValue: export,
                        numberKey: row["番号のキー"].nonEmpty, slug: slug, hasPages: row["ページ"] != "なし"))
            }
            if Set(plan.levels.map(\.slug)).count != plan.levels.count {
                errors.append(ImportError(file: inputs[.levels]?.file ?? Part.levels.file, field: "ページのパス", message: "ページのパスが重複しています"))
            }
            // flags
            // 英語名 may be left out (files written before it).
            for row in rows(.flags, required: flagHeaders, allow: { $0 == "英語名" }) {
                var flag = PlanFlag(key: row["キー"], name: row["名称"], mark: row["印"])
                flag.nameEnglish = row["英語名"].nonEmpty
                plan.flags.append(flag)
            }
            let flagNames = Set(plan.flags.map(\.name))

            // nodes
            var ids = Set<String>()
            func isDynamicNodeHeader(_ h: String) -> Bool {
                flagNames.contains(h) || (h.hasPrefix("ロードマップ(") && h.hasSuffix(")")) || nodeTail.contains(h)
            }
            for row in rows(.nodes, required: nodeHeaders, allow: isDynamicNodeHeader) {
                guard let id = row.newID("ID", seen: &ids, errors: &errors) else { continue }
                guard let level = Int(row["階層"]), (1...max(1, plan.levels.count)).contains(level) else {
                    errors.append(row.error("階層", "階層「\(row["階層"])」は 1〜\(plan.levels.count) で書いてください"))
                    continue
                }
                let parent = row["上位"].nonEmpty
                if let parent, !ids.contains(parent) {
                    errors.append(row.error("上位", "上位の項目「\(parent)」がこれより前の行にありません"))
                    continue
                }
                var milestones: [Milestone] = []
                for (i, h) in row.headers.enumerated() where h.hasPrefix("ロードマップ(") && i < row.fields.count && !row.fields[i].isEmpty {
                    guard let y = FiscalYear(parsing: String(h.dropFirst("ロードマップ(".count).dropLast())) else {
                        errors.append(row.error(h, "見出しの年度が読めません"))
                        continue
                    }
                    milestones.append(Milestone(year: y, text: row.fields[i]))
                }
                var flags: [String] = []
                for f in plan.flags where !row[f.name].isEmpty {
                    if row[f.name] == f.mark || LeadingCodeMarks.isMark(row[f.name]) {
                        flags.append(f.key)
                    } else {
                        errors.append(row.error(f.name, "「\(row[f.name])」は使えません（\(f.mark) か空欄）"))
                    }
                }
                let relisted: Bool
                switch row["再掲"] {
                case "": relisted = false
                case "○", "◯", "〇": relisted = true
                default:
                    errors.append(row.error("再掲", "「\(row["再掲"])」は使えません（○ か空欄）"))
                    relisted = false
                }
                plan.nodes.append(
                    PlanNode(
                        id: id, level: level - 1, parent: parent, code: row["コード"].nonEmpty, number: Int(row["番号"]), title: row.raw("名称"),
                        titleEnglish: row["英語名"].nonEmpty, description: row.raw("内容"), milestones: milestones, flags: flags,
                        relisted: relisted, original: row["再掲元"].nonEmpty, department: row["担当課"].nonEmpty, source: parseSource(row["出典"])))
            }
            for n in plan.nodes {
                if let o = n.original, !ids.contains(o) {
                    errors.append(
                        ImportError(
                            file: inputs[.nodes]?.file ?? "", sheet: inputs[.nodes]?.sheet, field: "再掲元", message: "項目\(n.id)の再掲元「\(o)」という項目がありません"))
                }
            }

            // indicators
            var indicatorIDs = Set<String>()
            let years = plan.targetYears.map(\.year)
            let yearHeaders = Set(years.map(targetHeader))
            func isDynamicIndicatorHeader(_ h: String) -> Bool {
                yearHeaders.contains(h) || (h.hasPrefix("実績値(") && h.hasSuffix(")")) || indicatorTail.contains(h)
            }
            for row in rows(.indicators, required: indicatorHeaders, allow: isDynamicIndicatorHeader) {
                guard let id = row.newID("指標ID", seen: &indicatorIDs, errors: &errors) else { continue }
                let node = row["項目ID"]
                if !node.isEmpty, !ids.contains(node) {
                    errors.append(row.error("項目ID", "項目「\(node)」が \(Part.nodes.file) にありません"))
                    continue
                }
                func number(_ header: String) -> Decimal? {
                    switch NumberCell.parse(row[header]) {
                    case .success(.value(let v)): return v
                    case .success(.none): return nil
                    case .failure(let e):
                        errors.append(row.error(header, "「\(e.text)」: \(e.reason)"))
                        return nil
                    }
                }
                var targets = Targets()
                for y in years {
                    let h = targetHeader(y)
                    let text = row[h]
                    if text.isEmpty { continue }
                    targets[y] = number(h)
                }
                var history = Targets()
                for (i, h) in row.headers.enumerated() where h.hasPrefix("実績値(") && i < row.fields.count && !row.fields[i].isEmpty {
                    guard let y = FiscalYear(parsing: String(h.dropFirst("実績値(".count).dropLast())) else { continue }
                    history[y] = number(h)
                }
                var part: Int? = nil
                let partText = row["部分"]
                if !partText.isEmpty {
                    if let c = partText.first, partText.count == 1, let n = JapaneseText.circledValue(c) {
                        part = n
                    } else if let n = Int(partText) {
                        part = n
                    } else {
                        errors.append(row.error("部分", "「\(partText)」が読めません（①〜⑳ または数字）"))
                    }
                }
                let kind: IndicatorKind
                if let k = IndicatorKind(label: row["種別"]) {
                    kind = k
                } else {
                    errors.append(row.error("種別", "種別「\(row["種別"])」は使えません（単年度・累計・水準・割合）"))
                    kind = .perYear
                }
                let lower: Bool
                switch row["向き"] {
                case "", "高いほど良い": lower = false
                case "低いほど良い": lower = true
                default:
                    errors.append(row.error("向き", "「\(row["向き"])」は使えません（高いほど良い・低いほど良い）"))
                    lower = false
                }
                var type: IndicatorType? = nil
                if !row["区分"].isEmpty {
                    type = IndicatorType(label: row["区分"])
                    if type == nil { errors.append(row.error("区分", "「\(row["区分"])」は使えません（成果・活動、または空欄）")) }
                }
                var baseline: Baseline? = nil
                if let b = number("基準値") {
                    let yearText = row["基準値の年度"]
                    let y = FiscalYear(parsing: yearText)
                    if y == nil, !yearText.isEmpty { errors.append(row.error("基準値の年度", "年度「\(yearText)」が読めません")) }
                    baseline = Baseline(year: y, value: b)
                }
                let overridden: Bool
                switch row["種別の指定"] {
                case "指定": overridden = true
                case "", "推定": overridden = false
                default:
                    errors.append(row.error("種別の指定", "「\(row["種別の指定"])」は使えません（指定・推定・空欄）"))
                    overridden = false
                }
                plan.indicators.append(
                    Indicator(
                        id: id, node: node, part: part, code: row["指標番号"].nonEmpty, name: row.raw("名称"), nameEnglish: row["英語名"].nonEmpty,
                        unit: row["単位"], kind: kind, kindOverridden: overridden, lowerIsBetter: lower, type: type, department: row["担当課"].nonEmpty,
                        baseline: baseline, targets: targets, total: number("合計"), history: history, definition: row.raw("説明"), note: row.raw("備考"),
                        source: parseSource(row["出典"])))
            }
            checkIdentity(code: code, municipality: value(.municipality))
            if !errors.isEmpty { throw ImportFailure(errors: errors) }
            return plan
        }
    }
}

/// Marks that mean "yes" in a flag column.
enum LeadingCodeMarks {
    static func isMark(_ text: String) -> Bool { PlanTableReader.Reading.isMark(text) }
}

/// Checks of a plan's identity.
public enum PlanIdentity {
    /// Why a plan id cannot be used, or nil when it can (ASCII letters, digits, `-`, `_`; 1–64).
    public static func problem(planID: String) -> String? {
        if planID.isEmpty || planID.count > 64 { return "計画IDは1〜64文字にしてください" }
        if !planID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            return "計画IDは半角英数字と - _ で書いてください（URLに使います）: 「\(planID)」"
        }
        return nil
    }
}

/// 全国地方公共団体コード: five digits and a check digit (JIS X 0402 / 総務省).
public enum MunicipalityCode {
    /// The check digit of the first five digits: the last digit of 11 − (Σ digit × weight
    /// (6, 5, 4, 3, 2) mod 11) — so a remainder of 0 gives 1 and a remainder of 1 gives 0.
    public static func checkDigit(_ five: String) -> Int? {
        let digits = five.compactMap { $0.wholeNumberValue }
        guard digits.count == 5, five.allSatisfy(\.isASCIIDigit) else { return nil }
        let sum = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10
    }

    /// Why a code is not a valid six-digit code with its check digit, or nil when it is.
    public static func problem(_ code: String) -> String? {
        let c = JapaneseText.foldWidth(code).trimmingSpaces
        guard c.count == 6, c.allSatisfy(\.isASCIIDigit) else { return "全国地方公共団体コードは6桁の数字（5桁のコードと検査数字）で書いてください: 「\(code)」" }
        guard let check = checkDigit(String(c.prefix(5))), c.last?.wholeNumberValue == check else {
            return "全国地方公共団体コード「\(code)」の検査数字（6桁目）が合いません（前の5桁からは \(checkDigit(String(c.prefix(5))).map(String.init) ?? "?") になります）"
        }
        return nil
    }
}
