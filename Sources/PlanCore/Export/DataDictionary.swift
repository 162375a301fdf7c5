import Foundation

/// What every open-data file and column means: its type, unit and meaning, in Japanese and
/// English. Served as a page (`/opendata/dictionary`) and as `dictionary.csv` in the files and
/// the archive; a test holds every column of every file to having an entry here.
public enum DataDictionary {
    public enum ValueType: String, Sendable {
        case text = "文字列"
        case integer = "整数"
        case number = "数値"
        case boolean = "真偽（true・false）"
        case fiscalYear = "年度（R6 の形）"
        case westernYear = "西暦年度（整数）"
        case mark = "印（○・● など。なければ空）"
        case date = "日付（ISO 8601、2025-06-30 の形）"
        case municipalityCode = "全国地方公共団体コード（検査数字つき6桁の文字列）"

        public var english: String {
            switch self {
            case .text: "text"
            case .integer: "integer"
            case .number: "number"
            case .boolean: "boolean (true, false)"
            case .fiscalYear: "fiscal year (as R6)"
            case .westernYear: "Western fiscal year (integer)"
            case .mark: "mark (○, ● …; empty when none)"
            case .date: "date (ISO 8601, as 2025-06-30)"
            case .municipalityCode: "local government code (six digits with the check digit, as text)"
            }
        }
    }

    public struct Column: Sendable {
        /// The header; `目標値(年度)` stands for `目標値(R6)`, `目標値(R7)` …; `（印の名前）` for each mark's column.
        public var name: String
        public var type: ValueType
        public var unit: String
        public var meaning: String
        public var meaningEnglish: String
        /// Never empty (a key, or a value every row has).
        public var required = false
        public var unitEnglish: String { unit == DataDictionary.unitColumn ? "as in the column 単位" : unit }

        public func matches(_ header: String, flags: [String]) -> Bool {
            if name == header { return true }
            if name == Self.flagColumn { return flags.contains(header) }
            if name == Self.flagPresenceColumn { return flags.contains { header == Self.presence(of: $0) } }
            return year(in: header) != nil
        }

        /// The year a header of a per-year column names (`目標値(R6)` of `目標値(年度)` → R6); nil for other columns.
        public func year(in header: String) -> FiscalYear? {
            guard name.hasSuffix("(年度)") else { return nil }
            let prefix = String(name.dropLast("年度)".count))
            guard header.hasPrefix(prefix), header.hasSuffix(")") else { return nil }
            return FiscalYear(parsing: String(header.dropFirst(prefix.count).dropLast()))
        }

        static let flagColumn = "（印の名前）"
        static let flagPresenceColumn = "（印の名前）の有無"
        /// The header of a mark's true/false column: `重点PJ` → `重点PJの有無`.
        public static func presence(of flag: String) -> String { flag + "の有無" }
    }

    /// A column of one file whose values name rows of another (or the same) file.
    public struct ForeignKey: Sendable {
        public var columns: [String]
        /// The file referred to (`nodes.csv`); nil for the file itself.
        public var file: String?
        public var reference: [String]
    }

    public struct File: Sendable {
        /// `actuals-{年度}.csv` for `actuals-R6.csv` …
        public var name: String
        public var meaning: String
        public var meaningEnglish: String
        public var columns: [Column]
        /// The columns that identify a row (none when rows have no single key).
        public var primaryKey: [String] = []
        public var foreignKeys: [ForeignKey] = []
        /// A table of the plan's CSV set (read back by `actionplan import`).
        public var isPlanPackage = false

        public func matches(_ file: String) -> Bool {
            let base = OpenDataFiles.referenceCSV(of: file)
            guard let brace = name.range(of: "{年度}") else { return name == base }
            let before = String(name[..<brace.lowerBound]), after = String(name[brace.upperBound...])
            guard base.hasPrefix(before), base.hasSuffix(after), base.count > before.count + after.count else { return false }
            return FiscalYear(parsing: String(base.dropFirst(before.count).dropLast(after.count))) != nil
        }
    }

    /// The unit of a value that has its unit in the row's 単位 column.
    public static let unitColumn = "単位の列"

    static func c(_ name: String, _ type: ValueType, _ meaning: String, _ english: String, unit: String = "", required: Bool = false) -> Column {
        Column(name: name, type: type, unit: unit, meaning: meaning, meaningEnglish: english, required: required)
    }

    /// The columns every open-data table begins with: who the data is about.
    public static let identityColumns: [Column] = [
        c(
            "全国地方公共団体コード", .municipalityCode, "計画を持つ地方公共団体の全国地方公共団体コード（総務省。検査数字つき6桁。計画に設定がなければ空）",
            "The local government's code (the national local government code of the Ministry of Internal Affairs and Communications, six digits with the check digit; empty when the plan has none)"
        ),
        c("地方公共団体名", .text, "計画を持つ地方公共団体の名前", "The local government's name", required: true),
    ]

    /// The columns the tables of a year end with: when it was published and why a value is absent.
    static let publicationColumns: [Column] = [
        c(
            "公表日", .date, "所管課がこの行の値を公表した日（日本時間。未公表なら空で、注記に書く）",
            "The day the department published this row (Japan time; empty, with a note, when not published)"),
        c(
            "更新日", .date, "この行の値が最後に入力・変更された日（日本時間。値がなければ空）",
            "The day this row's value was last entered or changed (Japan time; empty when there is none)"),
        noteColumn,
    ]

    /// Why a value of the row is absent (empty when nothing is).
    static let noteColumn = c(
        "注記", .text, "空欄の値があるとき、その理由（未報告・目標なし・計画書に印字なし など。0 ではありません）",
        "Why a value of the row is empty (not reported, no target, not printed …; empty is never zero)")

    static func table(
        _ name: String, _ meaning: String, _ english: String, columns: [Column], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [],
        package: Bool = false
    ) -> File {
        File(
            name: name, meaning: meaning, meaningEnglish: english, columns: identityColumns + columns, primaryKey: primaryKey,
            foreignKeys: foreignKeys,
            isPlanPackage: package)
    }

    static func fk(_ column: String, _ file: String?, _ reference: String) -> ForeignKey {
        ForeignKey(columns: [column], file: file, reference: [reference])
    }

    public static let files: [File] = [
        table(
            "plan.csv", "計画そのもの（計画名・自治体・全国地方公共団体コード・期間・目標の年度・評価の方法・利用条件）。計画のCSV一式の1つ",
            "The plan itself (title, municipality and its code, period, target years, grading, licence); part of the plan's CSV set",
            columns: [
                c(
                    "項目", .text, "計画の設定の名前（計画ID・計画名・自治体・全国地方公共団体コード・計画期間の初年度 …）",
                    "The name of the plan's setting (plan id, title, municipality, municipality code, first year …)", required: true),
                c(
                    "値", .text, "その値（年度は R6 の形、全国地方公共団体コードは検査数字つき6桁）",
                    "Its value (years as R6, the municipality code as six digits with the check digit)"),
            ], primaryKey: ["項目"], package: true),
        table(
            "levels.csv", "計画の階層（上から順に）", "The plan's levels, top first",
            columns: [
                c("階層", .integer, "階層の番号（1 が最上位）", "Level number (1 is the top)", required: true),
                c("名称", .text, "計画書での階層の名前", "The level's name in the plan"),
                c("英語名", .text, "英語のページでの名前（空欄なら名称のまま）", "Its name on the English pages (empty: as printed)"),
                c("キー", .text, "書き出しでのキー（半角英字）", "Key used in exports (ASCII)"),
                c("書き出す値", .text, "書き出しで項目を表す値（code・id・title・title-or-null）", "What identifies a node in exports (code, id, title, title-or-null)"),
                c("番号のキー", .text, "番号を書き出すときのキー（なければ空）", "Key for the node's number in exports (empty when none)"),
                c("ページのパス", .text, "ウェブのページのURLの名前", "The name in the web pages' addresses"),
                c("ページ", .text, "項目ごとのページがあるか（あり・なし）", "Whether each node has a page (yes or no, written in Japanese)"),
            ], primaryKey: ["階層"], package: true),
        table(
            "flags.csv", "項目に付く印（重点PJ など）", "The marks nodes carry (priority projects …)",
            columns: [
                c("キー", .text, "書き出しでのキー（半角英字）", "Key used in exports (ASCII)", required: true),
                c("名称", .text, "計画での印の名前", "The mark's name in the plan"),
                c("英語名", .text, "英語のページでの名前（空欄なら名称のまま）", "Its name on the English pages (empty: as printed)"),
                c("印", .text, "計画書に印字される印（○・● など）", "The printed mark (○, ● …)"),
            ], primaryKey: ["キー"], package: true),
        table(
            "nodes.csv", "計画の項目（すべての階層、印字の順。印は計画書の印字のまま。真偽は structure.csv）",
            "The plan's nodes (every level, in printed order; marks as printed, true/false in structure.csv)",
            columns: [
                c("ID", .text, "項目ID（計画の中で一意）", "Node id (unique in the plan)", required: true),
                c("階層", .integer, "階層の番号（levels.csv の階層）", "Level number (levels.csv)", required: true),
                c("上位", .text, "上位の項目の項目ID（最上位は空）", "The parent node's id (empty at the top)"),
                c("コード", .text, "計画書のコード（1-1 など。日付ではありません）", "The plan's code (1-1 …; not a date)"),
                c("番号", .integer, "同じ上位の中での番号", "Number among the parent's children"),
                c("名称", .text, "計画書の名称（誤字も印字のまま）", "Title as printed (typos kept)"),
                c("英語名", .text, "英語のページでの名称（なければ空）", "Title on the English pages (empty when none)"),
                c("内容", .text, "事業の内容などの文", "Description"),
                c("再掲", .mark, "ほかの場所の再掲であることの印", "Mark of a node listed again from elsewhere"),
                c("再掲元", .text, "再掲のときの元の項目ID", "The original node's id when listed again"),
                c("担当課", .text, "計画書に印字された担当課（なければ空）", "Department as printed (empty when none)"),
                c(Column.flagColumn, .mark, "その印（flags.csv）が付いていれば印の文字", "The mark's character when the node carries it (flags.csv)"),
                c("ロードマップ(年度)", .text, "その年度のロードマップ（実施に向けた道筋）", "The roadmap milestone for that year"),
                c("出典", .text, "原文の場所（文書:行）", "Place in the source (document:line)"),
            ], primaryKey: ["ID"], foreignKeys: [fk("上位", nil, "ID"), fk("再掲元", nil, "ID"), fk("階層", "levels.csv", "階層")], package: true),
        table(
            "indicators.csv", "指標と目標値（掲載ごと。年度ごとの値と西暦年度は targets.csv）",
            "Indicators and targets (per placement; each year's value with its Western year in targets.csv)",
            columns: [
                c("指標ID", .text, "指標ID（計画の中で一意）", "Indicator id (unique in the plan)", required: true),
                c("項目ID", .text, "指標の付く項目の項目ID", "The node it belongs to", required: true),
                c("部分", .text, "1つの欄に複数の指標があるときの番号（①②）", "Part number when one cell prints several (①②)"),
                c("指標番号", .text, "計画書の指標番号（なければ空）", "The plan's indicator number (empty when none)"),
                c("名称", .text, "指標名（印字のまま。印字されていなければ空）", "Indicator name as printed (empty when not printed)"),
                c("英語名", .text, "英語のページでの名称（なければ空）", "Name on the English pages (empty when none)"),
                c("単位", .text, "単位（件・回・% など）", "Unit (件, 回, % …)"),
                c("種別", .text, "単年度・累計・水準・割合", "Kind: per year (単年度), cumulative (累計), level (水準), rate (割合)"),
                c("種別の指定", .text, "種別を推定したか指定したか（推定・指定）", "Whether the kind was inferred (推定) or set (指定)"),
                c("向き", .text, "高いほど良い・低いほど良い", "Whether higher or lower is better (written in Japanese)"),
                c("区分", .text, "成果（アウトカム）・活動（アウトプット）", "Outcome (成果) or output (活動)"),
                c("担当課", .text, "指標の担当課（なければ空）", "Department (empty when none)"),
                c("基準値", .number, "基準値（なければ空）", "Baseline (empty when none)", unit: unitColumn),
                c("基準値の年度", .fiscalYear, "基準値の年度（西暦は targets.csv）", "Year of the baseline (Western year in targets.csv)"),
                c("合計", .number, "計画書の合計（なければ空）", "Total as printed (empty when none)", unit: unitColumn),
                c("目標値(年度)", .number, "その年度の目標値（- は目標なし、空欄は記載なし）", "Target for that year (- no target, empty not printed)", unit: unitColumn),
                c("実績値(年度)", .number, "計画前の実績（計画書にあるとき）", "Actual before the plan (where the plan prints one)", unit: unitColumn),
                c("説明", .text, "指標の説明", "Definition"),
                c("備考", .text, "備考", "Note"),
                c("出典", .text, "原文の場所（文書:行）", "Place in the source (document:line)"),
            ], primaryKey: ["指標ID"], foreignKeys: [fk("項目ID", "nodes.csv", "ID")], package: true),
        table(
            "targets.csv", "指標の年度ごとの値（基準値・目標値・計画前の実績）を1行ずつ、年度と西暦年度つきで",
            "Each indicator's values by year (baseline, targets, actuals before the plan), one per row, with the fiscal and Western years",
            columns: [
                c("指標ID", .text, "指標ID（indicators.csv）", "Indicator id (indicators.csv)", required: true),
                c(
                    "値の種類", .text, "基準値・目標値（年度別・中間・最終・将来）・計画前の実績",
                    "Baseline, target (yearly, intermediate, final, horizon) or actual before the plan", required: true),
                c("年度", .fiscalYear, "年度（基準値の年度が印字されていなければ空）", "Fiscal year (empty when the baseline's year is not printed)"),
                c("西暦年度", .westernYear, "年度の西暦（令和6年度 = 2024）", "The fiscal year in the Western calendar (R6 = 2024)"),
                c("数値", .number, "その値（空欄の理由は注記）", "The value (the note says why when empty)", unit: unitColumn),
                c("単位", .text, "単位", "Unit"),
                noteColumn,
            ], foreignKeys: [fk("指標ID", "indicators.csv", "指標ID")]),
        table(
            "structure.csv", "項目の一覧（上位の見出しつき。印は真偽）", "The nodes with their parents' headings (marks as true/false)",
            columns: [
                c("ID", .text, "項目ID", "Node id", required: true),
                c("階層", .integer, "階層の番号", "Level number", required: true),
                c("階層名", .text, "階層の名前", "Level name"),
                c("コード", .text, "計画書のコード（日付ではありません）", "The plan's code (not a date)"),
                c("名称", .text, "名称（印字のまま）", "Title as printed"),
                c("上位ID", .text, "上位の項目ID", "Parent's id"),
                c("上位の見出し", .text, "上位の項目の見出し（コードと名称）", "Parent's heading (code and title)"),
                c("再掲の有無", .boolean, "ほかの場所の再掲であるか", "Whether it is listed again from elsewhere", required: true),
                c("再掲元", .text, "再掲の元の項目ID", "The original's id"),
                c("担当課", .text, "担当課", "Department"),
                c(Column.flagPresenceColumn, .boolean, "その印（flags.csv）が付いているか", "Whether the node carries the mark (flags.csv)", required: true),
                noteColumn,
            ], primaryKey: ["ID"], foreignKeys: [fk("上位ID", nil, "ID"), fk("再掲元", nil, "ID")]),
        table(
            "actuals-{年度}.csv", "その年度の公表済みの実績（実績の記入様式の列に公表日などを加えたもの。actionplan actuals import で読める）",
            "Published actuals of the year (the actuals template's columns and the publication dates; actionplan actuals import reads it)",
            columns: [
                c("指標ID", .text, "報告する指標ID（同じ目標値の再掲は同じID）", "Indicator id reported (a relisting with the same targets shares it)", required: true),
                c("所属の見出し", .text, "指標の属する節の見出し（コードと名称）", "Heading of the section it belongs to (code and title)"),
                c("項目名", .text, "指標の付く項目の名称", "Title of the node it belongs to"),
                c("指標", .text, "指標名", "Indicator name"),
                c("単位", .text, "単位", "Unit"),
                c("年度", .fiscalYear, "年度", "Fiscal year", required: true),
                c("西暦年度", .westernYear, "年度の西暦（令和6年度 = 2024）", "The fiscal year in the Western calendar (R6 = 2024)", required: true),
                c("目標値", .number, "その年度の目標値（見直し後）", "The year's target (as revised)", unit: unitColumn),
                c("実績値", .number, "実績（空欄は未報告。0ではありません）", "Actual (empty is not reported, not zero)", unit: unitColumn),
                c("備考", .text, "所管課の備考（未報告の理由など）", "The department's note (why not reported …)"),
            ] + publicationColumns, primaryKey: ["指標ID"], foreignKeys: [fk("指標ID", "indicators.csv", "指標ID")]),
        table(
            "evaluations-{年度}.csv", "その年度の達成率と評価（掲載ごと）", "Achievement and grades of the year (per placement)",
            columns: [
                c("指標ID", .text, "報告する指標ID", "Indicator id reported", required: true),
                c("掲載の指標ID", .text, "掲載ごとの指標ID", "Indicator id of the placement", required: true),
                c("所属", .text, "指標の属する節のコード", "Code of the section"),
                c("指標", .text, "指標名", "Indicator name"),
                c("単位", .text, "単位", "Unit"),
                c("種別", .text, "単年度・累計・水準・割合", "Kind"),
                c("年度", .fiscalYear, "年度", "Fiscal year", required: true),
                c("西暦年度", .westernYear, "年度の西暦（令和6年度 = 2024）", "The fiscal year in the Western calendar (R6 = 2024)", required: true),
                c("目標値", .number, "目標値（目標なしは空）", "Target (empty: none)", unit: unitColumn),
                c("期待値", .number, "その年度に期待される値（按分の評価）", "Value expected by the year (pro rata grading)", unit: unitColumn),
                c("実績値", .number, "実績（空欄は未報告。0ではありません）", "Actual (empty is not reported, not zero)", unit: unitColumn),
                c("達成率", .number, "達成率（0.96 = 96%。評価できないときは空）", "Achievement as a fraction (0.96 = 96%; empty when none)"),
                c("評価", .text, "評価の名前（A・B・C・D など）", "Grade (A, B, C, D …)"),
                c("状態", .text, "評価済み・未報告・目標なし・算出不可", "Graded, not reported, no target, cannot be computed", required: true),
            ] + publicationColumns, primaryKey: ["掲載の指標ID"],
            foreignKeys: [fk("指標ID", "indicators.csv", "指標ID"), fk("掲載の指標ID", "indicators.csv", "指標ID")]),
        table(
            "self-evaluations-{年度}.csv", "その年度の事業ごとの自己評価", "Self-evaluations of the year, per project",
            columns: [
                c("項目ID", .text, "事業の項目ID", "Project's node id", required: true),
                c("項目名", .text, "事業の名称", "Project title"),
                c("年度", .fiscalYear, "年度", "Fiscal year", required: true),
                c("西暦年度", .westernYear, "年度の西暦", "The fiscal year in the Western calendar", required: true),
                c("自己評価", .text, "所管課の自己評価", "The department's self-evaluation"),
                c("今後の方向性", .text, "拡充・継続・改善・縮小・廃止 など", "Next steps (拡充 expand, 継続 continue, 改善 improve …)"),
                c("マイルストーン", .text, "ロードマップの年度ごとの進み具合（年度:状況（コメント））", "Roadmap progress per year (year:status (comment))"),
            ] + publicationColumns, primaryKey: ["項目ID"], foreignKeys: [fk("項目ID", "nodes.csv", "ID")]),
        table(
            "dictionary.csv", "このデータの項目の説明（この表）", "This data dictionary",
            columns: [
                c("ファイル", .text, "ファイル名（{年度} は R6 など）", "File name ({年度} stands for R6 …)", required: true),
                c("列", .text, "列の見出し（空はファイルそのもの）", "Column header (empty: the file itself)"),
                c("型", .text, "値の型", "Type of the values"),
                c("単位", .text, "単位", "Unit"),
                c("説明", .text, "意味", "Meaning"),
                c("説明（英語）", .text, "意味（英語）", "Meaning in English"),
            ]),
        File(name: "structure.json", meaning: "項目の木（JSON）", meaningEnglish: "The node tree (JSON)", columns: []),
        File(name: "indicators.json", meaning: "指標と目標値（JSON、指標ごと）", meaningEnglish: "Indicators and targets (JSON, per indicator)", columns: []),
        File(
            name: "evaluations-{年度}.json", meaning: "その年度の達成率と評価（JSON。キーは evaluations の CSV の列に対応）",
            meaningEnglish: "Achievement and grades of the year (JSON; keys as the CSV's columns)", columns: []),
        File(
            name: "datapackage.json", meaning: "データパッケージ（Frictionless Data）: ファイルごとの表の定義（型・単位・制約・主キー・外部キー）と利用条件",
            meaningEnglish: "Data package (Frictionless Data): each file's Table Schema (types, units, constraints, keys) and the licence",
            columns: []),
        File(
            name: "catalog.jsonld", meaning: "カタログ情報（DCAT、JSON-LD）: データカタログサイト（CKAN など）が収集するための説明",
            meaningEnglish: "Catalogue metadata (DCAT, JSON-LD) for harvesting by data portals (CKAN …)", columns: []),
        File(name: "LICENSE", meaning: "利用条件", meaningEnglish: "Licence", columns: []),
    ]

    /// The entry for a file name (`actuals-R6.csv`, `nodes-cp932.csv` …).
    public static func file(_ name: String) -> File? { files.first { $0.matches(name) } }

    /// The dictionary itself as a table (`dictionary.csv`).
    public static func table() -> PlanPackage.Table {
        var rows: [[String]] = []
        for f in files {
            rows.append([f.name, "", "", "", f.meaning, f.meaningEnglish])
            for col in f.columns { rows.append([f.name, col.name, col.type.rawValue, col.unit, col.meaning, col.meaningEnglish]) }
        }
        return PlanPackage.Table(headers: ["ファイル", "列", "型", "単位", "説明", "説明（英語）"], rows: rows)
    }
}
