import Foundation

/// Where a fact was read: the source document and its 1-based line.
public struct SourceRef: Hashable, Codable, Sendable, CustomStringConvertible {
    public var document: String
    public var line: Int
    public init(document: String, line: Int) { self.document = document; self.line = line }
    public var description: String { "\(document):\(line)" }
}

/// An adopted action plan (アクションプラン): its hierarchy from policies down to indicators.
///
/// The tree is stored flat, each level pointing to its parent by id, in printed order.
public struct Plan: Codable, Sendable, Equatable {
    /// Short stable id used in URLs and files (`setagaya`).
    public var id: String
    /// The plan's title as printed.
    public var title: String
    /// The municipality (世田谷区).
    public var municipality: String
    /// First and last fiscal year of the plan period (R6–R9).
    public var firstYear: FiscalYear
    public var lastYear: FiscalYear
    public var policies: [Policy]
    public var visions: [Vision]
    public var goals: [Goal]
    public var directions: [Direction]
    public var measures: [Measure]
    public var placements: [Placement]
    public var indicators: [Indicator]

    public init(id: String, title: String, municipality: String, firstYear: FiscalYear = .r6, lastYear: FiscalYear = .r9,
                policies: [Policy] = [], visions: [Vision] = [], goals: [Goal] = [], directions: [Direction] = [],
                measures: [Measure] = [], placements: [Placement] = [], indicators: [Indicator] = []) {
        self.id = id; self.title = title; self.municipality = municipality
        self.firstYear = firstYear; self.lastYear = lastYear
        self.policies = policies; self.visions = visions; self.goals = goals; self.directions = directions
        self.measures = measures; self.placements = placements; self.indicators = indicators
    }
}

/// 基本の方針 — a basic policy (1–4 in Setagaya's plan).
public struct Policy: Codable, Sendable, Equatable, Identifiable {
    public var number: Int
    public var title: String
    public var source: SourceRef?
    public var id: Int { number }
    public init(number: Int, title: String, source: SourceRef? = nil) { self.number = number; self.title = title; self.source = source }
}

/// 目指す姿 — a vision (1–11), under one policy.
public struct Vision: Codable, Sendable, Equatable, Identifiable {
    public var number: Int
    public var policy: Int
    public var title: String
    public var source: SourceRef?
    public var id: Int { number }
    public init(number: Int, policy: Int, title: String, source: SourceRef? = nil) {
        self.number = number; self.policy = policy; self.title = title; self.source = source
    }
}

/// The `N-M` code of a goal: vision number and goal number within it.
public struct GoalCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var vision: Int
    public var index: Int
    public init(vision: Int, index: Int) { self.vision = vision; self.index = index }

    /// Reads `3-1`, `３－１`, `1~4`, `1〜4` (the source prints some codes with a tilde).
    public init?(parsing text: String) {
        let s = JapaneseText.foldWidth(text).trimmingSpaces
        let separators: Set<Character> = ["-", "~", "〜", "～", "－", "‐", "−", "ー"]
        guard let sep = s.firstIndex(where: { separators.contains($0) }),
              let v = Int(s[..<sep].trimmingSpaces),
              let i = Int(s[s.index(after: sep)...].trimmingSpaces),
              (1...99).contains(v), (1...99).contains(i) else { return nil }
        self.init(vision: v, index: i)
    }

    public var description: String { "\(vision)-\(index)" }
    public static func < (a: GoalCode, b: GoalCode) -> Bool { (a.vision, a.index) < (b.vision, b.index) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let code = GoalCode(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "目指す姿のコードとして読めません: \(text)")
        }
        self = code
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// 目指す姿 (sub-level, `N-M`) — a goal with its code and title.
public struct Goal: Codable, Sendable, Equatable, Identifiable {
    public var code: GoalCode
    public var title: String
    public var source: SourceRef?
    public var id: GoalCode { code }
    public var vision: Int { code.vision }
    public init(code: GoalCode, title: String, source: SourceRef? = nil) { self.code = code; self.title = title; self.source = source }
}

/// 目指す姿の実現に向けた取組み — a direction sentence under a goal. Its text may be missing
/// where the source document lost it (then empty).
public struct Direction: Codable, Sendable, Equatable, Identifiable {
    /// `3-1/2`: goal code and position within the goal.
    public var id: String
    public var goal: GoalCode
    public var text: String
    public var source: SourceRef?
    public init(id: String, goal: GoalCode, text: String, source: SourceRef? = nil) {
        self.id = id; self.goal = goal; self.text = text; self.source = source
    }
}

/// 施策 — a measure with its circled number (① = 1) within a direction.
public struct Measure: Codable, Sendable, Equatable, Identifiable {
    /// `3-1/2/1`: direction id and the measure's position.
    public var id: String
    public var direction: String
    /// The circled number as printed (① = 1); nil where the source lost it.
    public var number: Int?
    public var name: String
    public var source: SourceRef?
    public init(id: String, direction: String, number: Int?, name: String, source: SourceRef? = nil) {
        self.id = id; self.direction = direction; self.number = number; self.name = name; self.source = source
    }
}

/// ロードマップ — milestones for 令和6年度, 令和9年度 and 令和13年度.
public struct Roadmap: Codable, Sendable, Equatable, Hashable {
    public var r6: String
    public var r9: String
    public var r13: String
    public init(r6: String = "", r9: String = "", r13: String = "") { self.r6 = r6; self.r9 = r9; self.r13 = r13 }
    public var isEmpty: Bool { r6.isEmpty && r9.isEmpty && r13.isEmpty }
    /// (fiscal year, milestone) pairs in order, skipping empty ones.
    public var milestones: [(year: FiscalYear, text: String)] {
        [(FiscalYear.r6, r6), (.r9, r9), (.r13, r13)].filter { !$0.1.isEmpty }.map { (year: $0.0, text: $0.1) }
    }
}

/// One printed row of the table: a project (事業) shown under a measure.
///
/// A re-listed row (再掲) is another placement of the same project: it keeps its own wording
/// and targets, and points to the project's original placement. Roll-ups count a project once.
public struct Placement: Codable, Sendable, Equatable, Identifiable {
    /// `3-1.4`: goal code and the row's position within the goal.
    public var id: String
    public var goal: GoalCode
    public var direction: String
    public var measure: String
    /// 事業 name as printed in this placement; empty where the row names none.
    public var projectName: String
    /// 事業内容 as printed in this placement.
    public var content: String
    public var roadmap: Roadmap
    /// 再掲 — shown again under another goal; `original` names the first placement.
    public var relisted: Bool
    public var original: String?
    /// 重点PJ.
    public var priority: Bool
    /// 実施計画事業.
    public var implementationPlan: Bool
    public var source: SourceRef?

    public init(id: String, goal: GoalCode, direction: String, measure: String, projectName: String = "", content: String = "",
                roadmap: Roadmap = Roadmap(), relisted: Bool = false, original: String? = nil, priority: Bool = false,
                implementationPlan: Bool = false, source: SourceRef? = nil) {
        self.id = id; self.goal = goal; self.direction = direction; self.measure = measure
        self.projectName = projectName; self.content = content; self.roadmap = roadmap
        self.relisted = relisted; self.original = original; self.priority = priority
        self.implementationPlan = implementationPlan; self.source = source
    }

    /// The id of the project this placement shows: the original placement's id.
    public var project: String { original ?? id }
}

/// 行動指標 — one indicator of one placement, with its targets.
///
/// A multi-part cell (①…②…③) gives one indicator per part.
public struct Indicator: Codable, Sendable, Equatable, Identifiable {
    /// `3-1.4.1`: placement id and part (1 for a single indicator).
    public var id: String
    public var placement: String
    /// 1, 2, 3 … for a multi-part cell; nil for a single indicator.
    public var part: Int?
    public var name: String
    public var unit: String
    public var kind: IndicatorKind
    /// True where the kind was set in the data rather than inferred.
    public var kindOverridden: Bool
    /// 達成の向き: true when a lower value is better.
    public var lowerIsBetter: Bool
    /// 合計 (R6~R9) as printed; nil where none is printed.
    public var total: Decimal?
    public var targets: YearTargets
    public var source: SourceRef?

    public init(id: String, placement: String, part: Int?, name: String, unit: String, kind: IndicatorKind,
                kindOverridden: Bool = false, lowerIsBetter: Bool = false, total: Decimal?, targets: YearTargets, source: SourceRef? = nil) {
        self.id = id; self.placement = placement; self.part = part; self.name = name; self.unit = unit
        self.kind = kind; self.kindOverridden = kindOverridden; self.lowerIsBetter = lowerIsBetter
        self.total = total; self.targets = targets; self.source = source
    }
}
