import Foundation

/// The vision's logic chart (ロジックチャート), the layer above the action plan:
/// 背景 (background facts) → 目指す姿 (visions) → 戦略 (strategies) → 戦術／取組 (tactics).
public struct VisionChart: Codable, Equatable, Sendable {
    /// 背景 — a heading such as 「地域経済循環」 and the facts under it.
    public struct Background: Codable, Equatable, Sendable {
        public var title: String
        public var facts: [String]
        public var source: SourceRef
        public init(title: String, facts: [String], source: SourceRef) {
            self.title = title
            self.facts = facts
            self.source = source
        }
    }
    /// 戦略 — `1. 区民生活を支える…基盤強化を図る`.
    public struct Strategy: Codable, Equatable, Sendable {
        public var number: Int
        public var text: String
        public var source: SourceRef
        public init(number: Int, text: String, source: SourceRef) {
            self.number = number
            self.text = text
            self.source = source
        }
    }
    /// 目指す姿 as the chart prints it, linked to the plan's node where they correspond.
    public struct ChartVision: Codable, Equatable, Sendable {
        public var number: Int?
        public var text: String
        /// The plan's node this corresponds to (nil where none is close enough).
        public var planNode: String?
        /// How close the wording is (0–1, character bigrams).
        public var similarity: Double
        public var source: SourceRef
        public init(number: Int?, text: String, planNode: String?, similarity: Double, source: SourceRef) {
            self.number = number
            self.text = text
            self.planNode = planNode
            self.similarity = similarity
            self.source = source
        }
    }
    /// 戦術／取組 — a ● bullet.
    public struct Tactic: Codable, Equatable, Sendable {
        public var text: String
        public var source: SourceRef
        public init(text: String, source: SourceRef) {
            self.text = text
            self.source = source
        }
    }

    public var backgrounds: [Background]
    public var strategies: [Strategy]
    public var visions: [ChartVision]
    public var tactics: [Tactic]

    public init(backgrounds: [Background], strategies: [Strategy], visions: [ChartVision], tactics: [Tactic]) {
        self.backgrounds = backgrounds
        self.strategies = strategies
        self.visions = visions
        self.tactics = tactics
    }
}

/// Reads the logic chart text: paragraphs separated by blank lines, tactics as ● bullets
/// wrapped over several lines, background headings in 「」, a numbered strategy, and the
/// visions, each linked to the plan's node of the level whose titles match them best.
public enum VisionChartReader {
    public static func read(_ text: String, document: String, plan: Plan?) throws(ImportFailure) -> VisionChart {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\t", with: " ").trimmingSpaces }
        // Paragraphs: consecutive non-empty lines.
        var paragraphs: [(line: Int, lines: [String])] = []
        var current: (Int, [String])? = nil
        for (i, line) in lines.enumerated() {
            if line.isEmpty {
                if let c = current {
                    paragraphs.append(c)
                    current = nil
                }
            } else if current == nil {
                current = (i + 1, [line])
            } else {
                current!.1.append(line)
            }
        }
        if let c = current { paragraphs.append(c) }
        guard paragraphs.contains(where: { $0.lines.joined().contains("●") }) else {
            throw ImportFailure(ImportError(file: document, message: "ロジックチャートとして読めません（● で始まる戦術の行がありません）"))
        }
        var chart = VisionChart(backgrounds: [], strategies: [], visions: [], tactics: [])
        let ref = { (line: Int) in SourceRef(document: document, line: line) }

        for (line, body) in paragraphs {
            let joined = body.joined()
            if joined.hasPrefix("No.") { continue }
            if joined.hasPrefix("●") {
                // One paragraph may hold two bullets on one line: "●  起業創業の積極的な促進（後掲） ●　後掲".
                for piece in joined.split(separator: "●").map({ JapaneseText.collapsingSpaces(String($0)) }) where !piece.isEmpty {
                    chart.tactics.append(.init(text: piece, source: ref(line)))
                }
                continue
            }
            if joined.hasPrefix("「"), let close = joined.firstIndex(of: "」") {
                let title = String(joined[joined.index(after: joined.startIndex)..<close])
                let rest = String(joined[joined.index(after: close)...])
                let facts = rest.split(separator: "。").map { $0.trimmingSpaces + "。" }.filter { $0.count > 1 }
                chart.backgrounds.append(.init(title: title, facts: facts, source: ref(line)))
                continue
            }
            if let m = body[0].firstMatch(of: /^([0-9]+)\.\s*(.+)$/), let n = Int(m.1) {
                chart.strategies.append(.init(number: n, text: String(m.2), source: ref(line)))
                // A vision may follow on the next lines of the same paragraph.
                let tail = body.dropFirst().joined()
                if !tail.isEmpty { chart.visions.append(vision(tail, line: line + 1, ref: ref, candidates: [])) }
                continue
            }
            chart.visions.append(vision(joined, line: line, ref: ref, candidates: []))
        }
        if let plan {
            let candidates = linkLevel(plan, texts: chart.visions.map(\.text))
            chart.visions = chart.visions.map { v in
                var raw = v.text
                if let n = v.number { raw = "\(n)" + raw }
                return vision(raw, line: v.source.line, ref: ref, candidates: candidates)
            }
            linkByElimination(&chart, plan: plan, candidates: candidates)
        }
        return chart
    }

    /// The nodes of the plan level whose titles the chart's visions match best: the level with
    /// the most nodes within reach (similarity ≥ 0.5) of a chart vision's text.
    static func linkLevel(_ plan: Plan, texts: [String]) -> [PlanNode] {
        var best: [PlanNode] = []
        var bestMatches = 0
        for level in plan.levels.indices {
            let nodes = plan.nodes.filter { $0.level == level && !$0.relisted }
            let titles = nodes.filter { !$0.title.isEmpty }.map { JapaneseText.removingSpaces($0.title) }
            let matches = texts.filter { t in titles.contains { similarity(t, $0) >= 0.5 } }.count
            if matches > bestMatches {
                best = nodes
                bestMatches = matches
            }
        }
        return best
    }

    /// When exactly one chart vision is unlinked and exactly one candidate node under the same
    /// strategy's number has no title, they are linked (the plan's title was lost in extraction).
    static func linkByElimination(_ chart: inout VisionChart, plan: Plan?, candidates: [PlanNode]) {
        guard let plan, chart.strategies.count == 1, let strategy = chart.strategies.first else { return }
        let index = PlanIndex(plan)
        let unlinked = chart.visions.indices.filter { chart.visions[$0].planNode == nil }
        let linked = Set(chart.visions.compactMap(\.planNode))
        let open = candidates.filter { n in
            !linked.contains(n.id) && n.parent.flatMap { index.nodesByID[$0]?.number } == strategy.number
        }
        if unlinked.count == 1, open.count == 1, open[0].title.isEmpty {
            chart.visions[unlinked[0]].planNode = open[0].id
        }
    }

    static func vision(_ raw: String, line: Int, ref: (Int) -> SourceRef, candidates: [PlanNode]) -> VisionChart.ChartVision {
        var text = JapaneseText.removingSpaces(raw)
        var number: Int? = nil
        if let m = text.firstMatch(of: /^([0-9]{1,2})(\D.*)$/), let n = Int(m.1) {
            number = n
            text = String(m.2)
        }
        var best: (String, Double)? = nil
        for v in candidates where !v.title.isEmpty {
            let s = similarity(text, JapaneseText.removingSpaces(v.title))
            if best == nil || s > best!.1 { best = (v.id, s) }
        }
        let linked = best.flatMap { $0.1 >= 0.5 ? $0.0 : nil }
        return .init(number: number, text: text, planNode: linked, similarity: (best?.1 ?? 0).rounded(toPlaces: 3), source: ref(line))
    }

    /// Dice coefficient over character bigrams.
    static func similarity(_ a: String, _ b: String) -> Double {
        func bigrams(_ s: String) -> [String] {
            let c = Array(s)
            return c.count < 2 ? [s] : (0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) }
        }
        let x = bigrams(a), y = bigrams(b)
        var pool = y
        var common = 0
        for g in x {
            if let i = pool.firstIndex(of: g) {
                common += 1
                pool.remove(at: i)
            }
        }
        return x.isEmpty && y.isEmpty ? 1 : Double(2 * common) / Double(x.count + y.count)
    }
}

extension VisionChart {
    /// A tactic as the chart page shows it: its text without the printed 「（後掲）」, and — for
    /// one that said 「（後掲）」 (listed later) — the plan's node it points to, when one is close
    /// enough in wording.
    public struct ShownTactic: Equatable, Sendable {
        public var text: String
        public var forward: Bool
        public var pointsTo: String?
    }

    /// The tactics to show: a cell that only says 「後掲」 is a pointer, not a tactic, and is left
    /// out; 「…（後掲）」 is resolved to the plan's node whose title is closest (bigrams, ≥ 0.4).
    public func shownTactics(in plan: Plan) -> [ShownTactic] {
        let marker = "（後掲）"
        let candidates = plan.nodes.compactMap { n -> (String, String)? in
            guard !n.title.isEmpty, !n.relisted else { return nil }
            return (n.id, JapaneseText.removingSpaces(n.title).replacingOccurrences(of: "・", with: ""))
        }
        return tactics.compactMap { t -> ShownTactic? in
            let text = t.text.trimmingCharacters(in: .whitespaces)
            if text == "後掲" || text == marker { return nil }
            guard text.hasSuffix(marker) || text.hasSuffix("(後掲)") else { return ShownTactic(text: text, forward: false, pointsTo: nil) }
            let bare = String(text.dropLast(text.hasSuffix(marker) ? marker.count : 4)).trimmingCharacters(in: .whitespaces)
            let key = JapaneseText.removingSpaces(bare).replacingOccurrences(of: "・", with: "")
            let best = candidates.map { ($0.0, VisionChartReader.similarity(key, $0.1)) }.max { $0.1 < $1.1 }
            return ShownTactic(text: bare, forward: true, pointsTo: best.flatMap { $0.1 >= 0.4 ? $0.0 : nil })
        }
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let f = pow(10, Double(places))
        return (self * f).rounded() / f
    }
}
