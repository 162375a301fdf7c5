import Foundation

/// One thing a plan officer should look at: which rule, how serious, what to do, and where.
public struct LintFinding: Codable, Equatable, Sendable {
    public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
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
    /// The node the finding is about, where there is one.
    public var node: String?
    /// The code of the section (the nearest node with a page above the items) it falls in.
    public var section: String?
    public var sources: [SourceRef]

    public init(rule: String, severity: Severity, message: String, node: String? = nil, section: String? = nil, sources: [SourceRef]) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.node = node
        self.section = section
        self.sources = sources
    }
}

/// Checks a plan for inconsistencies in its own targets and wording, and turns what the import
/// noticed (corrections, typos, rows set aside) into findings, so that the plan office sees
/// everything the printed plan gets wrong in one list. Every rule works on any plan's shape;
/// messages name the plan's own levels.
public struct PlanLinter {
    /// Every rule with its id, severity, a one-line description in Japanese and its name.
    public static let rules: [(id: String, severity: LintFinding.Severity, name: String, summary: String)] = [
        ("total-per-year", .warning, "単年度の合計", "単年度の指標の合計が、合計の対象の年度の目標値の和と違う"),
        ("total-cumulative", .warning, "累計の合計", "累計の指標の合計が、合計の対象の最終年度の値と違う"),
        ("total-level", .warning, "水準の合計", "水準の指標の合計が、合計の対象の最終年度の値と違う"),
        ("total-rate-summed", .error, "割合の合計", "割合(%)の指標の合計が各年度の和になっている"),
        ("cumulative-decreasing", .warning, "累計の減少", "累計の指標の目標値が年度を追って減っている"),
        ("direction-conflict", .warning, "方向と目標の食い違い", "目標値が基準値より悪い方向にある（高いほど良い指標で目標が基準より低い、またはその逆）"),
        ("no-target", .warning, "目標値なし", "指標に目標値が1つもない"),
        ("relisted-targets-differ", .warning, "再掲の目標値の違い", "同じ項目の同じ指標が、掲載によって違う目標値・単位で印字されている"),
        ("relisted-wording-differs", .info, "再掲の文言の違い", "再掲の文言が元の掲載と違う（表記揺れ・誤字の手がかり）"),
        ("measure-numbering", .warning, "番号の飛び・重複", "上位の項目ごとに振られた番号（①②③・(1)(2)）が飛んでいる・重複している・抜けている"),
        ("row-printed-twice", .warning, "二重の印字", "同じ行が二重に印字されている"),
        ("goal-code", .warning, "コードの形", "N-M の形のコードが飛んでいる・重複している・上位の番号と合わない"),
        ("goal-title-duplicate", .warning, "同じ名称", "同じ階層の別の項目に同じ名称が付いている"),
        ("title-missing", .warning, "名称の欠け", "名称のある項目ばかりの階層で、名称が原文にない項目がある"),
        ("unexpected-script", .warning, "想定外の文字", "日本語の文にハングル・キリル文字・旧字体などの想定外の文字がある"),
        ("missing-unit", .warning, "単位の欠け", "目標値があるのに単位がない"),
        ("missing-indicator-name", .warning, "指標名の欠け", "目標値があるのに指標の名称がない"),
        ("municipality-code", .error, "団体コード", "全国地方公共団体コードが6桁でない・検査数字が合わない"),
        ("import-correction", .info, "取り込みの修正", "原文のままでは読めず、修正ファイルで直した箇所"),
        ("import-typo", .warning, "誤字", "誤字（原文のまま取り込み、報告のみ）"),
        ("import-unresolved", .warning, "決めきれない箇所", "取り込みで決めきれなかった箇所（原文に情報がない）"),
        ("import-skipped", .info, "読み飛ばした行", "抽出テキストの重複・表の下の注記として読み飛ばした行"),
        ("import-inferred", .info, "推定した箇所", "取り込み時に前後から推定した箇所"),
    ]

    public static func rule(_ id: String) -> (id: String, severity: LintFinding.Severity, name: String, summary: String)? {
        rules.first { $0.id == id }
    }

    public var plan: Plan
    public var notes: [ImportNote]
    let index: PlanIndex

    public init(plan: Plan, notes: [ImportNote] = []) {
        self.plan = plan
        self.notes = notes
        self.index = PlanIndex(plan)
    }

    public func run() -> [LintFinding] {
        var findings: [LintFinding] = []
        findings += checkTotals()
        findings += checkDirections()
        findings += checkRelistings()
        findings += checkNumbering()
        findings += checkCodes()
        findings += checkTitles()
        findings += checkScripts()
        findings += checkIndicators()
        findings += checkIdentity()
        findings += importFindings()
        return findings.sorted {
            let a = $0.sources.first?.line ?? 0
            let b = $1.sources.first?.line ?? 0
            return (a, $0.severity, $0.rule) < (b, $1.severity, $1.rule)
        }
    }

    // MARK: Words

    /// The section a node falls in: the nearest node with a page above the items, else the node.
    func section(of id: String?) -> PlanNode? { index.section(of: id, levels: plan.levels) }

    func sectionCode(_ id: String?) -> String? { section(of: id).flatMap { $0.code } }

    /// `3-1` — where an indicator is, by its section's code.
    func place(_ i: Indicator) -> String { sectionCode(i.node) ?? "" }

    func label(_ i: Indicator) -> String {
        let part = i.part.map(JapaneseText.circledNumber) ?? ""
        return "\(place(i)) \(part)「\(i.name.isEmpty ? "（名称なし）" : i.name)」"
    }

    /// `基本目標3` / `政策2` / `3-1`: a node named by its level and code.
    func name(_ n: PlanNode) -> String {
        let level = plan.level(n.level)?.name ?? ""
        if let code = n.code, code.contains(where: { $0 == "-" }) { return level + code }
        return level + (n.code ?? "")
    }

    private func finding(_ rule: String, _ message: String, node: String?, _ sources: [SourceRef?]) -> LintFinding {
        let severity = Self.rule(rule)?.severity ?? .warning
        return LintFinding(
            rule: rule, severity: severity, message: message, node: node, section: sectionCode(node), sources: sources.compactMap { $0 })
    }

    private func fmt(_ v: Decimal?) -> String { v.map { NumberCell.display($0) } ?? "—" }

    /// `R6〜R9`: the years a total covers, for messages.
    var totalText: String {
        guard let first = plan.totalYears.first, let last = plan.totalYears.last else { return "" }
        return "\(first.code)〜\(last.code)"
    }

    // MARK: Totals

    func checkTotals() -> [LintFinding] {
        var out: [LintFinding] = []
        let lastTotalYear = plan.totalYears.last
        for i in plan.indicators {
            let years = plan.totalYears.compactMap { i.targets[$0] }
            if let total = i.total, !years.isEmpty {
                let sum = years.reduce(Decimal(0), +)
                let last = lastTotalYear.flatMap { i.targets[$0] }
                let lastCode = lastTotalYear?.code ?? ""
                switch i.kind {
                case .perYear where total != sum:
                    out.append(
                        finding(
                            "total-per-year", "\(label(i)): 単年度の指標ですが、合計\(fmt(total))が\(totalText)の和\(fmt(sum))と違います。合計か各年度の値、または種別（水準・累計）を確認してください",
                            node: i.node, [i.source]))
                case .cumulative where last != nil && total != last:
                    out.append(
                        finding("total-cumulative", "\(label(i)): 累計の指標ですが、合計\(fmt(total))が\(lastCode)の値\(fmt(last))と違います", node: i.node, [i.source]))
                case .level where last != nil && total != last:
                    let why = total == sum && years.count > 1 ? "合計が各年度の和\(fmt(sum))になっています。水準の指標は年度を足し合わせません" : matchingYear(i, total)
                    out.append(
                        finding(
                            "total-level", "\(label(i)): 水準（ストック）の指標ですが、合計\(fmt(total))が\(lastCode)の値\(fmt(last))と違います（\(why)）", node: i.node,
                            [i.source]))
                case .rate where years.count > 1 && total == sum:
                    out.append(
                        finding("total-rate-summed", "\(label(i)): 割合(%)の指標なのに、合計\(fmt(total))が各年度の和になっています。割合は合計できません", node: i.node, [i.source]))
                default: break
                }
            }
            if i.kind == .cumulative {
                let series = i.targets.values
                for (a, b) in zip(series, series.dropFirst()) where b.value < a.value {
                    out.append(
                        finding(
                            "cumulative-decreasing", "\(label(i)): 累計の目標値が\(a.year.code)の\(fmt(a.value))から\(b.year.code)の\(fmt(b.value))に減っています",
                            node: i.node, [i.source]))
                }
            }
        }
        return out
    }

    private func matchingYear(_ i: Indicator, _ total: Decimal) -> String {
        if let y = i.targets.values.first(where: { $0.value == total }) { return "合計は\(y.year.code)の値と同じです" }
        return "どの年度の値とも一致しません"
    }

    // MARK: Directions

    func checkDirections() -> [LintFinding] {
        var out: [LintFinding] = []
        for i in plan.indicators {
            if let b = i.baseline, let final = i.finalTarget, final.value != b.value {
                let worse = i.lowerIsBetter ? final.value > b.value : final.value < b.value
                if worse {
                    let way = i.lowerIsBetter ? "低いほど良い" : "高いほど良い"
                    out.append(
                        finding(
                            "direction-conflict",
                            "\(label(i)): \(way)指標ですが、\(final.year.code)の目標値\(fmt(final.value))が基準値\(fmt(b.value))より悪い方にあります。方向か目標値を確認してください",
                            node: i.node, [i.source]))
                }
            }
        }
        return out
    }

    // MARK: Re-listings

    func checkRelistings() -> [LintFinding] {
        var out: [LintFinding] = []
        func key(_ s: String) -> String { JapaneseText.removingSpaces(s) }
        func parentTitle(_ n: PlanNode) -> String { n.parent.flatMap { index.nodesByID[$0]?.title } ?? "" }
        let parentLevelName = { (n: PlanNode) in n.parent.flatMap { index.nodesByID[$0] }.flatMap { plan.level($0.level)?.name } ?? "" }
        for p in plan.nodes where p.relisted {
            guard let o = p.original.flatMap({ index.nodesByID[$0] }) else { continue }
            let pSection = sectionCode(p.id) ?? ""
            let oSection = sectionCode(o.id) ?? ""
            var diffs: [String] = []
            let pm = parentTitle(p)
            let om = parentTitle(o)
            if !pm.isEmpty, !om.isEmpty, key(pm) != key(om) { diffs.append("\(parentLevelName(p))名「\(pm)」↔「\(om)」") }
            let levelName = plan.level(p.level)?.name ?? ""
            if !p.title.isEmpty, !o.title.isEmpty, key(p.title) != key(o.title) { diffs.append("\(levelName)「\(p.title)」↔「\(o.title)」") }
            let pi = index.indicatorsByNode[p.id] ?? []
            let oi = index.indicatorsByNode[o.id] ?? []
            for (a, b) in zip(pi, oi) where !a.name.isEmpty && !b.name.isEmpty && key(a.name) != key(b.name) {
                diffs.append("\(plan.indicatorLabel)「\(a.name)」↔「\(b.name)」")
            }
            if !diffs.isEmpty {
                out.append(
                    finding(
                        "relisted-wording-differs", "\(pSection)の再掲（\(oSection)の掲載の再掲）の文言が元と違います: \(diffs.joined(separator: "、"))", node: p.id,
                        [p.source, o.source]))
            }
            for (a, b) in zip(pi, oi) {
                var d: [String] = []
                if a.total != b.total { d.append("合計 \(fmt(a.total))↔\(fmt(b.total))") }
                for y in Set(a.targets.years + b.targets.years).sorted() where a.targets[y] != b.targets[y] {
                    d.append("\(y.code) \(fmt(a.targets[y]))↔\(fmt(b.targets[y]))")
                }
                if a.unit != b.unit { d.append("単位「\(a.unit)」↔「\(b.unit)」") }
                if !d.isEmpty {
                    out.append(
                        finding(
                            "relisted-targets-differ",
                            "\(label(a)): \(pSection)の再掲と\(oSection)の元の掲載で目標値が違います（\(d.joined(separator: "、"))）。どちらが正しいか確認してください", node: p.id,
                            [a.source, b.source]))
                }
            }
            if pi.count != oi.count, !(pi.isEmpty || oi.isEmpty) {
                out.append(
                    finding(
                        "relisted-targets-differ", "\(pSection)の再掲の\(plan.indicatorLabel)の数（\(pi.count)）が元の掲載（\(oSection)、\(oi.count)）と違います",
                        node: p.id, [p.source, o.source]))
            } else if pi.isEmpty != oi.isEmpty {
                out.append(
                    finding(
                        "relisted-targets-differ",
                        "\(pSection)の再掲「\(pm)」は\(pi.isEmpty ? "目標値なし" : "目標値あり")、元の掲載（\(oSection)）は\(oi.isEmpty ? "目標値なし" : "目標値あり")で印字されています",
                        node: p.id, [p.source, o.source]))
            }
        }
        // Printed twice: the same node twice in a row under one section.
        let last = plan.levels.count - 1
        let rows = plan.nodes.filter { $0.level == last }
        for (a, b) in zip(rows, rows.dropFirst()) where sectionCode(a.id) == sectionCode(b.id) {
            let pa = parentTitle(a)
            if key(pa) == key(parentTitle(b)), !pa.isEmpty, key(a.title) == key(b.title), key(a.description) == key(b.description),
                !a.description.isEmpty,
                (index.indicatorsByNode[a.id] ?? []).map(\.targets) == (index.indicatorsByNode[b.id] ?? []).map(\.targets)
            {
                out.append(finding("row-printed-twice", "\(sectionCode(a.id) ?? "")の「\(pa)」の行が続けて2回印字されています", node: a.id, [a.source, b.source]))
            }
        }
        return out
    }

    // MARK: Numbering

    /// The levels whose nodes are numbered afresh under each parent (①②③, (1)(2)), not by
    /// hierarchical codes.
    var restartingLevels: Set<Int> {
        var out: Set<Int> = []
        for level in plan.levels.indices {
            let nodes = plan.nodes.filter { $0.level == level && !$0.relisted }
            let numbered = nodes.filter { $0.number != nil }
            guard numbered.count * 2 >= nodes.count, !numbered.isEmpty else { continue }
            if numbered.contains(where: { $0.code?.contains("-") == true }) { continue }
            let firsts = Dictionary(grouping: numbered, by: { $0.parent ?? "" }).values.compactMap { $0.first?.number }
            if firsts.filter({ $0 == 1 }).count * 2 > firsts.count, Set(numbered.compactMap(\.parent)).count > 1 { out.insert(level) }
        }
        return out
    }

    func checkNumbering() -> [LintFinding] {
        var out: [LintFinding] = []
        let levels = restartingLevels
        guard !levels.isEmpty else { return out }
        for parent in [""] + plan.nodes.map(\.id) {
            let children = index.children(of: parent).filter { levels.contains($0.level) }
            guard !children.isEmpty else { continue }
            let section = sectionCode(children[0].id) ?? ""
            var expected = 1
            for m in children {
                let levelName = plan.level(m.level)?.name ?? ""
                guard let n = m.number else {
                    out.append(
                        finding(
                            "measure-numbering", "\(section)の\(levelName)「\(m.title.isEmpty ? "（名称なし）" : m.title)」に\(levelName)番号がありません", node: m.id,
                            [m.source]))
                    expected += 1
                    continue
                }
                if n != expected {
                    let what =
                        n < expected
                        ? "重複しています（\(JapaneseText.circledNumber(n))が再び出ています）"
                        : "飛んでいます（\(JapaneseText.circledNumber(expected))のはずが\(JapaneseText.circledNumber(n))）"
                    out.append(finding("measure-numbering", "\(section)の\(levelName)番号が\(what): 「\(m.title)」", node: m.id, [m.source]))
                }
                expected = n + 1
            }
        }
        return out
    }

    // MARK: Codes

    /// Codes of the form N-M: M runs 1, 2, 3 … under each N.
    func checkCodes() -> [LintFinding] {
        var out: [LintFinding] = []
        for level in plan.levels.indices {
            let nodes = plan.nodes.filter { $0.level == level && !$0.relisted }
            let coded = nodes.compactMap { n -> (PlanNode, Int, Int)? in
                guard let code = n.code else { return nil }
                let parts = code.split(separator: "-")
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
                return (n, a, b)
            }
            guard !coded.isEmpty, coded.count * 2 >= nodes.count else { continue }
            let levelName = plan.level(level)?.name ?? ""
            let byHead = Dictionary(grouping: coded, by: \.1)
            for (head, list) in byHead.sorted(by: { $0.key < $1.key }) {
                let indices = list.map(\.2).sorted()
                for (a, b) in zip(indices, indices.dropFirst()) where b != a + 1 {
                    out.append(
                        finding(
                            "goal-code", "\(levelName)\(head)-\(a)の次が\(head)-\(b)です（番号が\(b == a ? "重複" : "飛んで")います）", node: nil, list.map(\.0.source))
                    )
                }
                if let first = indices.first, first != 1 {
                    out.append(
                        finding("goal-code", "\(levelName)\(head)の最初のコードが\(head)-\(first)です（\(head)-1がありません）", node: nil, list.map(\.0.source)))
                }
            }
        }
        return out
    }

    // MARK: Titles

    func checkTitles() -> [LintFinding] {
        var out: [LintFinding] = []
        for level in plan.levels.indices {
            let nodes = plan.nodes.filter { $0.level == level && !$0.relisted }
            guard !nodes.isEmpty else { continue }
            let levelName = plan.level(level)?.name ?? ""
            let byTitle = Dictionary(grouping: nodes.filter { !$0.title.isEmpty }, by: { JapaneseText.removingSpaces($0.title) })
            let coded = nodes.allSatisfy { $0.code != nil }
            if coded {
                for (_, same) in byTitle.sorted(by: { (index.position[$0.value[0].id] ?? 0) < (index.position[$1.value[0].id] ?? 0) })
                where same.count > 1 {
                    out.append(
                        finding(
                            "goal-title-duplicate", "\(levelName)\(same.map { $0.code ?? "" }.joined(separator: "と"))に同じ名称「\(same[0].title)」が付いています",
                            node: same[0].id, same.map(\.source)))
                }
            }
            // A missing title is a finding where nearly every node of the level has one.
            let titled = nodes.filter { !$0.title.isEmpty }.count
            if coded, titled * 10 >= nodes.count * 9 {
                for n in nodes where n.title.isEmpty {
                    out.append(finding("title-missing", "\(name(n))の名称が原文にありません", node: n.id, [n.source]))
                }
            }
        }
        // A title that repeats the child's title may be a title the source lost.
        for n in plan.nodes where !n.title.isEmpty {
            for c in index.children(of: n.id)
            where c.code != nil && n.code != nil && !c.title.isEmpty
                && JapaneseText.removingSpaces(c.title) == JapaneseText.removingSpaces(n.title) && c.level == n.level + 1 && n.level == 0
            {
                out.append(
                    finding(
                        "title-missing", "\(name(n))の名称が\(name(c))の名称と同じ「\(c.title)」です（\(plan.level(n.level)?.name ?? "")の名称が印字されていない可能性があります）",
                        node: n.id, [n.source, c.source]))
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

    /// The unexpected characters in a text, as `ハングル「관」` …, each once.
    public static func unexpectedCharacters(_ text: String) -> [String] {
        var hits: [String] = []
        for ch in text {
            for scalar in ch.unicodeScalars {
                switch scalar.value {
                case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: hits.append("ハングル「\(ch)」")
                case 0x0400...0x04FF: hits.append("キリル文字「\(ch)」")
                case 0x0370...0x03FF: hits.append("ギリシャ文字「\(ch)」")
                default: break
                }
            }
            if let modern = oldForms[ch] { hits.append("旧字体「\(ch)」（常用漢字は「\(modern)」）") }
        }
        var seen = Set<String>()
        return hits.filter { seen.insert($0).inserted }
    }

    func checkScripts() -> [LintFinding] {
        var out: [LintFinding] = []
        func scan(_ text: String, _ what: String, node: String?, _ source: SourceRef?) {
            let unique = Self.unexpectedCharacters(text)
            if !unique.isEmpty {
                out.append(finding("unexpected-script", "\(what)に想定外の文字があります: \(unique.joined(separator: "、"))", node: node, [source]))
            }
        }
        let last = plan.levels.count - 1
        for n in plan.nodes {
            let levelName = plan.level(n.level)?.name ?? ""
            let sectionName = sectionCode(n.parent) ?? ""
            if n.level == last {
                let parent = n.parent.flatMap { index.nodesByID[$0] }
                let parentName = parent.flatMap { plan.level($0.level)?.name } ?? ""
                scan((parent?.title ?? "") + n.title, "\(sectionName)の\(parentName)・\(levelName)名", node: n.id, n.source)
                scan(n.description + n.milestones.map(\.text).joined(), "\(sectionName)の\(levelName)内容・ロードマップ", node: n.id, n.source)
            } else if n.level == last - 1, index.children(of: n.id).contains(where: { $0.level == last }) {
                continue  // scanned with its rows
            } else if n.code == nil {
                scan(n.title, "\(sectionName)の\(levelName)", node: n.id, n.source)
            } else {
                scan(n.title + n.description, "\(name(n))の名称", node: n.id, n.source)
            }
        }
        for i in plan.indicators { scan(i.name, "\(plan.indicatorLabel)\(label(i))", node: i.node, i.source) }
        return out
    }

    // MARK: Indicators

    func checkIndicators() -> [LintFinding] {
        var out: [LintFinding] = []
        for i in plan.indicators {
            if !i.targets.isEmpty || i.total != nil {
                if i.unit.isEmpty { out.append(finding("missing-unit", "\(label(i)): 目標値があるのに単位が印字されていません", node: i.node, [i.source])) }
                if i.name.isEmpty {
                    out.append(
                        finding(
                            "missing-indicator-name", "\(place(i))の掲載\(i.node): 目標値（合計\(fmt(i.total))）があるのに\(plan.indicatorLabel)の名称が印字されていません",
                            node: i.node, [i.source]))
                }
            } else if !i.name.isEmpty, i.baseline != nil || plan.targetYears.contains(where: { $0.role != .yearly }) {
                out.append(finding("no-target", "\(label(i)): 目標値が1つもありません", node: i.node, [i.source]))
            }
        }
        return out
    }

    func checkIdentity() -> [LintFinding] {
        guard let code = plan.municipalityCode, let problem = MunicipalityCode.problem(code) else { return [] }
        return [LintFinding(rule: "municipality-code", severity: .error, message: problem, sources: [])]
    }

    // MARK: Import notes

    func importFindings() -> [LintFinding] {
        let byLine = Dictionary(plan.nodes.compactMap { n in n.source.map { ($0, n.id) } }, uniquingKeysWith: { a, _ in a })
        return notes.map { note in
            let rule: String
            switch note.kind {
            case .corrected: rule = "import-correction"
            case .typo: rule = "import-typo"
            case .unresolved: rule = "import-unresolved"
            case .skipped: rule = "import-skipped"
            case .inferred: rule = "import-inferred"
            }
            return finding(rule, note.message, node: byLine[note.source], [note.source])
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
