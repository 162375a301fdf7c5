import Foundation

/// One thing a plan officer should look at: which rule, how serious, what to do, and where.
public struct LintFinding: Codable, Equatable, Sendable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case error, warning, info
        public var label: String {
            switch self {
            case .error: "誤り"
            case .warning: "要確認"
            case .info: "参考"
            }
        }
        private var rank: Int { self == .error ? 0 : (self == .warning ? 1 : 2) }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The goal the finding is about, where there is one.
    public var goal: String?
    public var sources: [SourceRef]

    public init(rule: String, severity: Severity, message: String, goal: String? = nil, sources: [SourceRef]) {
        self.rule = rule; self.severity = severity; self.message = message; self.goal = goal; self.sources = sources
    }
}

/// Checks a plan for inconsistencies in its own targets and wording, and turns what the import
/// noticed (corrections, typos, rows set aside) into findings, so the plan office sees everything
/// the printed plan gets wrong in one list.
public struct PlanLinter {
    /// Every rule with its id, severity and a one-line description (shown by `lint --rules`).
    public static let rules: [(id: String, severity: LintFinding.Severity, summary: String)] = [
        ("total-per-year", .warning, "単年度の指標の合計(R6~R9)が各年度の目標値の和と違う"),
        ("total-cumulative", .warning, "累計の指標の合計がR9の値と違う"),
        ("total-level", .warning, "水準の指標の合計がR9の値と違う"),
        ("total-rate-summed", .error, "割合(%)の指標の合計が各年度の和になっている"),
        ("cumulative-decreasing", .warning, "累計の指標の目標値が年度を追って減っている"),
        ("relisted-targets-differ", .warning, "同じ事業の同じ指標が、掲載によって違う目標値・単位で印字されている"),
        ("relisted-wording-differs", .info, "再掲の文言が元の掲載と違う（表記揺れ・誤字の手がかり）"),
        ("measure-numbering", .warning, "施策番号（①②③）が飛んでいる・重複している・抜けている"),
        ("row-printed-twice", .warning, "同じ行が二重に印字されている"),
        ("goal-code", .warning, "目指す姿のコードの形が正しくない・番号が飛んでいる・重複している"),
        ("goal-title-duplicate", .warning, "別の目指す姿に同じ名称が付いている"),
        ("title-missing", .warning, "方針・目指す姿の名称が原文にない"),
        ("unexpected-script", .warning, "日本語の文にハングル・キリル文字・旧字体などの想定外の文字がある"),
        ("missing-unit", .warning, "目標値があるのに単位がない"),
        ("missing-indicator-name", .warning, "目標値があるのに行動指標の名称がない"),
        ("import-correction", .info, "原文のままでは読めず、修正ファイルで直した箇所"),
        ("import-typo", .warning, "誤字（原文のまま取り込み、報告のみ）"),
        ("import-unresolved", .warning, "取り込みで決めきれなかった箇所（原文に情報がない）"),
        ("import-skipped", .info, "抽出テキストの重複として読み飛ばした行"),
        ("import-inferred", .info, "取り込み時に前後から推定した箇所"),
    ]

    public var plan: Plan
    public var notes: [ImportNote]

    public init(plan: Plan, notes: [ImportNote] = []) { self.plan = plan; self.notes = notes }

    public func run() -> [LintFinding] {
        var findings: [LintFinding] = []
        findings += checkTotals()
        findings += checkRelistings()
        findings += checkNumbering()
        findings += checkGoals()
        findings += checkScripts()
        findings += checkIndicators()
        findings += importFindings()
        return findings.sorted {
            let a = $0.sources.first?.line ?? 0, b = $1.sources.first?.line ?? 0
            return (a, $0.severity, $0.rule) < (b, $1.severity, $1.rule)
        }
    }

    private var placementByID: [String: Placement] { Dictionary(plan.placements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }

    private func label(_ i: Indicator) -> String {
        let goal = placementByID[i.placement]?.goal.description ?? ""
        let part = i.part.map(JapaneseText.circledNumber) ?? ""
        return "\(goal) \(part)「\(i.name.isEmpty ? "（名称なし）" : i.name)」"
    }

    private func finding(_ rule: String, _ message: String, goal: GoalCode?, _ sources: [SourceRef?]) -> LintFinding {
        let severity = Self.rules.first { $0.id == rule }?.severity ?? .warning
        return LintFinding(rule: rule, severity: severity, message: message, goal: goal?.description, sources: sources.compactMap { $0 })
    }

    private func fmt(_ v: Decimal?) -> String { v.map(NumberCell.display) ?? "—" }

    // MARK: Totals

    func checkTotals() -> [LintFinding] {
        var out: [LintFinding] = []
        for i in plan.indicators {
            let goal = placementByID[i.placement]?.goal
            let years = YearTargets.planPeriod.compactMap { i.targets[$0] }
            guard let total = i.total, !years.isEmpty else { continue }
            let sum = years.reduce(Decimal(0), +)
            switch i.kind {
            case .perYear where total != sum:
                out.append(finding("total-per-year", "\(label(i)): 単年度の指標ですが、合計\(fmt(total))がR6〜R9の和\(fmt(sum))と違います。合計か各年度の値、または種別（水準・累計）を確認してください", goal: goal, [i.source]))
            case .cumulative where i.targets.r9 != nil && total != i.targets.r9:
                out.append(finding("total-cumulative", "\(label(i)): 累計の指標ですが、合計\(fmt(total))がR9の値\(fmt(i.targets.r9))と違います", goal: goal, [i.source]))
            case .level where i.targets.r9 != nil && total != i.targets.r9:
                let why = total == sum && years.count > 1 ? "合計が各年度の和\(fmt(sum))になっています。水準の指標は年度を足し合わせません" : matchingYear(i, total)
                out.append(finding("total-level", "\(label(i)): 水準（ストック）の指標ですが、合計\(fmt(total))がR9の値\(fmt(i.targets.r9))と違います（\(why)）", goal: goal, [i.source]))
            case .rate where years.count > 1 && total == sum:
                out.append(finding("total-rate-summed", "\(label(i)): 割合(%)の指標なのに、合計\(fmt(total))が各年度の和になっています。割合は合計できません", goal: goal, [i.source]))
            default: break
            }
            if i.kind == .cumulative {
                let series = YearTargets.years.compactMap { y in i.targets[y].map { (y, $0) } }
                for (a, b) in zip(series, series.dropFirst()) where b.1 < a.1 {
                    out.append(finding("cumulative-decreasing", "\(label(i)): 累計の目標値が\(a.0.code)の\(fmt(a.1))から\(b.0.code)の\(fmt(b.1))に減っています", goal: goal, [i.source]))
                }
            }
        }
        return out
    }

    private func matchingYear(_ i: Indicator, _ total: Decimal) -> String {
        if let y = YearTargets.years.first(where: { i.targets[$0] == total }) { return "合計は\(y.code)の値と同じです" }
        return "どの年度の値とも一致しません"
    }

    // MARK: Re-listings

    func checkRelistings() -> [LintFinding] {
        var out: [LintFinding] = []
        let byID = placementByID
        let measures = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicators = Dictionary(grouping: plan.indicators, by: \.placement)
        func key(_ s: String) -> String { JapaneseText.removingSpaces(s) }
        for p in plan.placements where p.relisted {
            guard let o = p.original.flatMap({ byID[$0] }) else { continue }
            // Wording.
            var diffs: [String] = []
            let pm = measures[p.measure]?.name ?? "", om = measures[o.measure]?.name ?? ""
            if !pm.isEmpty, !om.isEmpty, key(pm) != key(om) { diffs.append("施策名「\(pm)」↔「\(om)」") }
            if !p.projectName.isEmpty, !o.projectName.isEmpty, key(p.projectName) != key(o.projectName) { diffs.append("事業「\(p.projectName)」↔「\(o.projectName)」") }
            let pi = indicators[p.id] ?? [], oi = indicators[o.id] ?? []
            for (a, b) in zip(pi, oi) where !a.name.isEmpty && !b.name.isEmpty && key(a.name) != key(b.name) {
                diffs.append("行動指標「\(a.name)」↔「\(b.name)」")
            }
            if !diffs.isEmpty {
                out.append(finding("relisted-wording-differs", "\(p.goal)の再掲（\(o.goal)の掲載の再掲）の文言が元と違います: \(diffs.joined(separator: "、"))", goal: p.goal, [p.source, o.source]))
            }
            // Targets.
            for (a, b) in zip(pi, oi) {
                var d: [String] = []
                if a.total != b.total { d.append("合計 \(fmt(a.total))↔\(fmt(b.total))") }
                for y in YearTargets.years where a.targets[y] != b.targets[y] { d.append("\(y.code) \(fmt(a.targets[y]))↔\(fmt(b.targets[y]))") }
                if a.unit != b.unit { d.append("単位「\(a.unit)」↔「\(b.unit)」") }
                if !d.isEmpty {
                    out.append(finding("relisted-targets-differ", "\(label(a)): \(p.goal)の再掲と\(o.goal)の元の掲載で目標値が違います（\(d.joined(separator: "、"))）。どちらが正しいか確認してください", goal: p.goal, [a.source, b.source]))
                }
            }
            if pi.count != oi.count, !(pi.isEmpty || oi.isEmpty) {
                out.append(finding("relisted-targets-differ", "\(p.goal)の再掲の行動指標の数（\(pi.count)）が元の掲載（\(o.goal)、\(oi.count)）と違います", goal: p.goal, [p.source, o.source]))
            } else if pi.isEmpty != oi.isEmpty {
                out.append(finding("relisted-targets-differ", "\(p.goal)の再掲「\(pm)」は\(pi.isEmpty ? "目標値なし" : "目標値あり")、元の掲載（\(o.goal)）は\(oi.isEmpty ? "目標値なし" : "目標値あり")で印字されています", goal: p.goal, [p.source, o.source]))
            }
        }
        // Printed twice: the same placement twice in a row.
        for (a, b) in zip(plan.placements, plan.placements.dropFirst()) where a.goal == b.goal {
            let ma = measures[a.measure], mb = measures[b.measure]
            if key(ma?.name ?? "") == key(mb?.name ?? ""), !(ma?.name ?? "").isEmpty, key(a.projectName) == key(b.projectName),
               key(a.content) == key(b.content), !a.content.isEmpty,
               (indicators[a.id] ?? []).map(\.targets) == (indicators[b.id] ?? []).map(\.targets) {
                out.append(finding("row-printed-twice", "\(a.goal)の「\(ma?.name ?? "")」の行が続けて2回印字されています", goal: a.goal, [a.source, b.source]))
            }
        }
        return out
    }

    // MARK: Numbering

    func checkNumbering() -> [LintFinding] {
        var out: [LintFinding] = []
        let measuresByDirection = Dictionary(grouping: plan.measures, by: \.direction)
        for d in plan.directions {
            let ms = measuresByDirection[d.id] ?? []
            var expected = 1
            for m in ms {
                guard let n = m.number else {
                    out.append(finding("measure-numbering", "\(d.goal)の施策「\(m.name.isEmpty ? "（名称なし）" : m.name)」に施策番号がありません", goal: d.goal, [m.source]))
                    expected += 1
                    continue
                }
                if n != expected {
                    let what = n < expected ? "重複しています（\(JapaneseText.circledNumber(n))が再び出ています）" : "飛んでいます（\(JapaneseText.circledNumber(expected))のはずが\(JapaneseText.circledNumber(n))）"
                    out.append(finding("measure-numbering", "\(d.goal)の施策番号が\(what): 「\(m.name)」", goal: d.goal, [m.source]))
                }
                expected = n + 1
            }
        }
        return out
    }

    // MARK: Goals

    func checkGoals() -> [LintFinding] {
        var out: [LintFinding] = []
        let byVision = Dictionary(grouping: plan.goals, by: \.vision)
        for (vision, goals) in byVision.sorted(by: { $0.key < $1.key }) {
            let indices = goals.map(\.code.index).sorted()
            for (a, b) in zip(indices, indices.dropFirst()) where b != a + 1 {
                out.append(finding("goal-code", "目指す姿\(vision)-\(a)の次が\(vision)-\(b)です（番号が\(b == a ? "重複" : "飛んで")います）", goal: nil, goals.map(\.source)))
            }
            if let first = indices.first, first != 1 {
                out.append(finding("goal-code", "目指す姿\(vision)の最初のコードが\(vision)-\(first)です（\(vision)-1がありません）", goal: nil, goals.map(\.source)))
            }
        }
        let byTitle = Dictionary(grouping: plan.goals.filter { !$0.title.isEmpty }, by: { JapaneseText.removingSpaces($0.title) })
        for (_, goals) in byTitle where goals.count > 1 {
            out.append(finding("goal-title-duplicate", "目指す姿\(goals.map(\.code.description).joined(separator: "と"))に同じ名称「\(goals[0].title)」が付いています", goal: goals[0].code.description == "" ? nil : goals[0].code, goals.map(\.source)))
        }
        for g in plan.goals where g.title.isEmpty {
            out.append(finding("title-missing", "目指す姿\(g.code)の名称が原文にありません", goal: g.code, [g.source]))
        }
        for v in plan.visions where v.title.isEmpty {
            out.append(finding("title-missing", "目指す姿\(v.number)の名称が原文にありません", goal: nil, [v.source]))
        }
        for v in plan.visions {
            if let p = plan.policies.first(where: { $0.number == v.policy }), !p.title.isEmpty,
               JapaneseText.removingSpaces(p.title) == JapaneseText.removingSpaces(v.title) {
                out.append(finding("title-missing", "基本の方針\(p.number)の名称が目指す姿\(v.number)の名称と同じ「\(v.title)」です（方針の名称が印字されていない可能性があります）", goal: nil, [p.source, v.source]))
            }
        }
        return out
    }

    // MARK: Scripts

    /// Kyūjitai (old forms) that do not belong in modern official Japanese, with the modern form.
    static let oldForms: [Character: Character] = [
        "發": "発", "經": "経", "營": "営", "濟": "済", "繼": "継", "壤": "壌", "國": "国", "會": "会", "關": "関",
        "區": "区", "學": "学", "體": "体", "實": "実", "當": "当", "點": "点", "數": "数", "變": "変", "圖": "図",
        "縣": "県", "廣": "広", "應": "応", "傳": "伝", "續": "続", "與": "与", "舊": "旧", "對": "対", "擴": "拡",
    ]

    func checkScripts() -> [LintFinding] {
        var out: [LintFinding] = []
        func scan(_ text: String, _ what: String, goal: GoalCode?, _ source: SourceRef?) {
            var hits: [String] = []
            for ch in text {
                for scalar in ch.unicodeScalars {
                    switch scalar.value {
                    case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F:
                        hits.append("ハングル「\(ch)」")
                    case 0x0400...0x04FF:
                        hits.append("キリル文字「\(ch)」")
                    case 0x0370...0x03FF:
                        hits.append("ギリシャ文字「\(ch)」")
                    default: break
                    }
                }
                if let modern = Self.oldForms[ch] { hits.append("旧字体「\(ch)」（常用漢字は「\(modern)」）") }
            }
            var seen = Set<String>()
            let unique = hits.filter { seen.insert($0).inserted }
            if !unique.isEmpty {
                out.append(finding("unexpected-script", "\(what)に想定外の文字があります: \(unique.joined(separator: "、"))", goal: goal, [source]))
            }
        }
        for p in plan.policies { scan(p.title, "基本の方針\(p.number)の名称", goal: nil, p.source) }
        for v in plan.visions { scan(v.title, "目指す姿\(v.number)の名称", goal: nil, v.source) }
        for g in plan.goals { scan(g.title, "目指す姿\(g.code)の名称", goal: g.code, g.source) }
        for d in plan.directions { scan(d.text, "\(d.goal)の取組み", goal: d.goal, d.source) }
        let measureSources = Dictionary(plan.measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for p in plan.placements {
            let m = measureSources[p.measure]
            scan((m?.name ?? "") + p.projectName, "\(p.goal)の施策・事業名", goal: p.goal, p.source)
            scan(p.content + p.roadmap.r6 + p.roadmap.r9 + p.roadmap.r13, "\(p.goal)の事業内容・ロードマップ", goal: p.goal, p.source)
        }
        for i in plan.indicators { scan(i.name, "行動指標\(label(i))", goal: placementByID[i.placement]?.goal, i.source) }
        return out
    }

    // MARK: Indicators

    func checkIndicators() -> [LintFinding] {
        var out: [LintFinding] = []
        for i in plan.indicators where !i.targets.isEmpty || i.total != nil {
            let goal = placementByID[i.placement]?.goal
            if i.unit.isEmpty { out.append(finding("missing-unit", "\(label(i)): 目標値があるのに単位が印字されていません", goal: goal, [i.source])) }
            if i.name.isEmpty { out.append(finding("missing-indicator-name", "\(goal?.description ?? "")の掲載\(i.placement): 目標値（合計\(fmt(i.total))）があるのに行動指標の名称が印字されていません", goal: goal, [i.source])) }
        }
        return out
    }

    // MARK: Import notes

    func importFindings() -> [LintFinding] {
        notes.map { note in
            let rule: String
            switch note.kind {
            case .corrected: rule = "import-correction"
            case .typo: rule = "import-typo"
            case .unresolved: rule = "import-unresolved"
            case .skipped: rule = "import-skipped"
            case .inferred: rule = "import-inferred"
            }
            let goal = plan.placements.first(where: { $0.source?.line == note.source.line })?.goal
            return finding(rule, note.message, goal: goal, [note.source])
        }
    }
}

extension LintFinding {
    /// `000_….txt:16: 要確認[total-level] …`
    public var textLine: String {
        let place = sources.map(\.description).joined(separator: ", ")
        return "\(place.isEmpty ? "-" : place): \(severity.label)[\(rule)] \(message)"
    }
}
