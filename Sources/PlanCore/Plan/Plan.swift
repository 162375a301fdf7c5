import Foundation

/// Where a fact was read: the source document and its 1-based line (for a workbook: the sheet
/// and row).
public struct SourceRef: Hashable, Codable, Sendable, CustomStringConvertible {
    public var document: String
    public var line: Int
    public init(document: String, line: Int) {
        self.document = document
        self.line = line
    }
    public var description: String { "\(document):\(line)" }
}

/// An adopted plan: its shape (levels, years, flags, grading), its tree of nodes and its
/// indicators.
///
/// Nothing about the shape is fixed: a plan has 1 to 7 levels, each named as the plan names it
/// (基本目標, 政策, 施策, 事務事業 …), targets for any fiscal years, and its own grading scheme.
/// The tree is stored flat in printed order, each node pointing to its parent by id.
public struct Plan: Codable, Sendable, Equatable {
    /// Short stable id used in URLs and files (ASCII letters, digits, `-`, `_`).
    public var id: String
    /// The plan's title as printed.
    public var title: String
    public var titleEnglish: String?
    /// The municipality's name (地方公共団体名).
    public var municipality: String
    /// 全国地方公共団体コード: six digits with the check digit.
    public var municipalityCode: String?
    /// First and last fiscal year of the plan period (計画期間).
    public var firstYear: FiscalYear?
    public var lastYear: FiscalYear?
    /// The levels of the tree, top first.
    public var levels: [PlanLevel]
    /// The fiscal years the plan prints targets for, in column order, with their role.
    public var targetYears: [TargetYear]
    /// The years a printed 合計 covers (empty when the plan prints no totals).
    public var totalYears: [FiscalYear]
    /// Marks printed on rows (重点PJ ○ …).
    public var flags: [PlanFlag]
    /// What the plan calls its indicators (行動指標, 成果指標, KPI …).
    public var indicatorLabel: String
    /// The same in English, where the plan's data gives it (the English pages use it).
    public var indicatorLabelEnglish: String?
    /// How achievement is graded.
    public var grading: GradingScheme
    /// The terms its open data is published under.
    public var licence: OpenDataLicence = .ccBy40
    public var nodes: [PlanNode]
    public var indicators: [Indicator]

    public init(
        id: String, title: String, municipality: String, municipalityCode: String? = nil,
        firstYear: FiscalYear? = nil, lastYear: FiscalYear? = nil, levels: [PlanLevel] = [],
        targetYears: [TargetYear] = [], totalYears: [FiscalYear] = [], flags: [PlanFlag] = [],
        indicatorLabel: String = "指標", grading: GradingScheme = .standard,
        nodes: [PlanNode] = [], indicators: [Indicator] = []
    ) {
        self.id = id
        self.title = title
        self.municipality = municipality
        self.municipalityCode = municipalityCode
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.levels = levels
        self.targetYears = targetYears
        self.totalYears = totalYears
        self.flags = flags
        self.indicatorLabel = indicatorLabel
        self.grading = grading
        self.nodes = nodes
        self.indicators = indicators
    }

    /// The fiscal years of the plan period (empty when it is not known).
    public var periodYears: [FiscalYear] {
        guard let firstYear, let lastYear else { return [] }
        return FiscalYear.range(firstYear, lastYear)
    }

    /// Every fiscal year the plan knows of: the period, the target years and the baselines'
    /// years, in order.
    public var years: [FiscalYear] {
        var set = Set(periodYears)
        set.formUnion(targetYears.map(\.year))
        return set.sorted()
    }

    /// The years whose actuals are collected: the plan period, or else the target years.
    /// The reporting years as a reader is told them when a year is refused: `R6（2024）・R7（2025）…`.
    public var reportingYearsText: String { reportingYears.map { "\($0.code)（\($0.westernYear)）" }.joined(separator: "・") }

    public var reportingYears: [FiscalYear] {
        let period = periodYears
        if !period.isEmpty {
            let later = targetYears.map(\.year).filter { $0 > period.last! }
            return period + later
        }
        return targetYears.map(\.year)
    }

    public func level(_ index: Int) -> PlanLevel? { levels.indices.contains(index) ? levels[index] : nil }

    /// The level whose export key is `key`.
    public func levelIndex(key: String) -> Int? { levels.firstIndex { $0.key == key } }

    /// The level whose page path is `slug`.
    public func levelIndex(slug: String) -> Int? { levels.firstIndex { $0.slug == slug } }
}

/// One level of a plan's tree, named as the plan names it.
public struct PlanLevel: Codable, Sendable, Equatable {
    /// The plan's own word for it (基本目標, 施策, 事務事業 …).
    public var name: String
    public var nameEnglish: String?
    /// An identifier for this level in exports and URLs (`goal`); nil for none.
    public var key: String?
    /// What the export writes under `key`: the node's code, id or title.
    public var exportValue: ExportValue
    /// The export key for the number of the node's code (`measureNumber`), if any.
    public var numberKey: String?
    /// The path of this level's pages (`goals` → `/goals/3-1`).
    public var slug: String
    /// Whether each node of this level has a page of its own (else it is shown on its parent's).
    public var hasPages: Bool

    public enum ExportValue: String, Codable, Sendable, CaseIterable {
        case code, id, title
        /// The title, or null when it is empty.
        case titleOrNull = "title-or-null"
    }

    public init(
        name: String, nameEnglish: String? = nil, key: String? = nil, exportValue: ExportValue = .title,
        numberKey: String? = nil, slug: String, hasPages: Bool = true
    ) {
        self.name = name
        self.nameEnglish = nameEnglish
        self.key = key
        self.exportValue = exportValue
        self.numberKey = numberKey
        self.slug = slug
        self.hasPages = hasPages
    }

    /// The default page path of the level at `index` (0-based): `level1`, `level2` …
    public static func defaultSlug(_ index: Int) -> String { "level\(index + 1)" }

    /// Most plans have at most this many levels.
    public static let maximumCount = 7
}

/// A mark printed on rows (重点PJ ○, 実施計画事業 ●).
public struct PlanFlag: Codable, Sendable, Equatable {
    /// The export key (`priority`).
    public var key: String
    /// The plan's name for it (重点PJ).
    public var name: String
    /// The printed mark (○).
    public var mark: String
    /// The name in English, where the plan's data gives it (the English pages use it).
    public var nameEnglish: String?
    public init(key: String, name: String, mark: String) {
        self.key = key
        self.name = name
        self.mark = mark
    }
}

/// A fiscal year the plan prints targets for, and what kind of target it is.
public struct TargetYear: Codable, Sendable, Equatable, Hashable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// A target for that year (年度別の目標値).
        case yearly
        /// 中間目標値.
        case intermediate
        /// 目標値 of the plan's final year (最終目標値).
        case final
        /// A horizon beyond the plan period (the vision's target year).
        case horizon

        public var label: String {
            switch self {
            case .yearly: "目標値"
            case .intermediate: "中間目標値"
            case .final: "最終目標値"
            case .horizon: "目標値"
            }
        }
    }
    public var year: FiscalYear
    public var role: Role
    public init(year: FiscalYear, role: Role) {
        self.year = year
        self.role = role
    }
}

/// One node of a plan's tree: a 基本目標, a 施策, a 事業 … at one level.
///
/// A re-listed node (再掲) is another placement of the same item: it keeps its own wording and
/// points to the original; roll-ups count it once.
public struct PlanNode: Codable, Sendable, Equatable, Identifiable {
    /// Unique within the plan (`1-1.3`, `2.1`).
    public var id: String
    /// The level (0-based index into `Plan.levels`).
    public var level: Int
    public var parent: String?
    /// The code as printed (`1-1`, `(1)`, `①`, `基本目標1`); nil where none is printed.
    public var code: String?
    /// The number in the code (① = 1, (3) = 3), for checking the numbering.
    public var number: Int?
    /// The title as printed (typos kept); may be empty where the source lost it.
    public var title: String
    public var titleEnglish: String?
    /// What is done (事業内容).
    public var description: String
    /// Milestones (ロードマップ) by fiscal year.
    public var milestones: [Milestone]
    /// The keys of the plan's flags this node carries.
    public var flags: [String]
    /// 再掲: shown again here; `original` names the first placement.
    public var relisted: Bool
    public var original: String?
    /// The responsible department (担当課), where the plan prints one.
    public var department: String?
    public var source: SourceRef?

    public init(
        id: String, level: Int, parent: String?, code: String? = nil, number: Int? = nil, title: String,
        titleEnglish: String? = nil, description: String = "", milestones: [Milestone] = [], flags: [String] = [],
        relisted: Bool = false, original: String? = nil, department: String? = nil, source: SourceRef? = nil
    ) {
        self.id = id
        self.level = level
        self.parent = parent
        self.code = code
        self.number = number
        self.title = title
        self.titleEnglish = titleEnglish
        self.description = description
        self.milestones = milestones
        self.flags = flags
        self.relisted = relisted
        self.original = original
        self.department = department
        self.source = source
    }

    /// The item this node shows: the original placement's id (its own for a first listing).
    public var item: String { original ?? id }

    /// `3-1 円滑な事業承継…` — code and title as printed together.
    public var heading: String {
        guard let code, !code.isEmpty else { return title }
        return title.isEmpty ? code : "\(code) \(title)"
    }

    public func milestone(_ year: FiscalYear) -> String? { milestones.first { $0.year == year }?.text }
}

/// A roadmap milestone: what is to be done by a fiscal year.
public struct Milestone: Codable, Sendable, Equatable, Hashable {
    public var year: FiscalYear
    public var text: String
    public init(year: FiscalYear, text: String) {
        self.year = year
        self.text = text
    }
}
