import Foundation

/// Finds plan text regardless of width (全角・半角), case, kana (hiragana ↔ katakana,
/// half-width katakana) and spacing.
public enum PlanSearch {
    public enum Field: String, Sendable, Codable, CaseIterable {
        case node, description, milestone, indicator
    }

    /// One match: where it is, the text, and where in the text the query matched.
    public struct Hit: Sendable, Equatable {
        /// The node the hit belongs to (for an indicator: the node holding it).
        public var node: String
        public var field: Field
        public var text: String
        public var indicator: String?
        /// The matched part of `text` (for highlighting).
        public var match: Range<String.Index>?
    }

    public static let maximumQueryLength = 100

    public static func search(_ plan: Plan, for query: String) -> [Hit] {
        let key = JapaneseText.searchKey(query)
        guard !key.isEmpty else { return [] }
        var hits: [Hit] = []
        func add(_ node: String, _ field: Field, _ text: String, indicator: String? = nil) {
            guard let range = matchRange(of: key, in: text) else { return }
            hits.append(Hit(node: node, field: field, text: text, indicator: indicator, match: range))
        }
        for n in plan.nodes {
            add(n.id, .node, n.title)
            add(n.id, .description, n.description)
            for m in n.milestones { add(n.id, .milestone, m.text) }
        }
        for i in plan.indicators { add(i.node, .indicator, i.name, indicator: i.id) }
        let order = Dictionary(plan.nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return hits.enumerated().sorted { (order[$0.element.node] ?? -1, $0.offset) < (order[$1.element.node] ?? -1, $1.offset) }.map(\.element)
    }

    /// Where `key` (a search key) matches `text`, as a range of `text`: each character of the
    /// text is folded the way the key was, so the range can be highlighted in the original.
    public static func matchRange(of key: String, in text: String) -> Range<String.Index>? {
        guard !key.isEmpty, !text.isEmpty else { return nil }
        var folded: [Character] = []
        var origins: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            for c in JapaneseText.searchKey(String(text[i..<next])) {
                folded.append(c)
                origins.append(i)
            }
            i = next
        }
        let k = Array(key)
        guard k.count <= folded.count else { return nil }
        for start in 0...(folded.count - k.count) where Array(folded[start..<(start + k.count)]) == k {
            let lower = origins[start]
            let lastOrigin = origins[start + k.count - 1]
            return lower..<text.index(after: lastOrigin)
        }
        return nil
    }
}
