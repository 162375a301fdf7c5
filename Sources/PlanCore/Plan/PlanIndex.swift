import Foundation

/// Look-ups over a plan, built once per loaded plan: nodes by id, children, ancestors, the
/// placements of each item, indicators by node.
public struct PlanIndex: Sendable {
    public let nodesByID: [String: PlanNode]
    /// Children in printed order; the top level under the key `""`.
    public let childrenByParent: [String: [PlanNode]]
    /// Every placement of an item (re-listings included), keyed by the item's id.
    public let placementsByItem: [String: [PlanNode]]
    public let indicatorsByID: [String: Indicator]
    public let indicatorsByNode: [String: [Indicator]]
    /// Each node's position in printed order.
    public let position: [String: Int]
    /// The segment naming each node in its page's address: the printed code when it is plain
    /// (`1`, `1-1`, `A2`) and unique within its level, else the node's id.
    public let pageKeys: [String: String]
    let nodesByPageKey: [Int: [String: PlanNode]]

    public init(_ plan: Plan) {
        nodesByID = Dictionary(plan.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        childrenByParent = Dictionary(grouping: plan.nodes, by: { $0.parent ?? "" })
        placementsByItem = Dictionary(grouping: plan.nodes, by: \.item)
        indicatorsByID = Dictionary(plan.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorsByNode = Dictionary(grouping: plan.indicators, by: \.node)
        position = Dictionary(plan.nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        var keys: [String: String] = [:]
        var byKey: [Int: [String: PlanNode]] = [:]
        for (level, nodes) in Dictionary(grouping: plan.nodes.filter { !$0.relisted }, by: \.level) {
            let codes = Dictionary(grouping: nodes.compactMap(\.code), by: { $0 })
            for n in nodes {
                var key = n.id
                if let code = n.code, !code.isEmpty, code.allSatisfy(plain.contains), codes[code]?.count == 1 { key = code }
                keys[n.id] = key
                byKey[level, default: [:]][key] = n
            }
        }
        pageKeys = keys
        nodesByPageKey = byKey
    }

    /// The node a page address names at `level`: by its page key, or by its id.
    public func node(level: Int, pageKey: String) -> PlanNode? {
        if let n = nodesByPageKey[level]?[pageKey] { return n }
        if let n = nodesByID[pageKey], n.level == level { return n }
        return nil
    }

    public func pageKey(of id: String) -> String { pageKeys[id] ?? id }

    public var topNodes: [PlanNode] { childrenByParent[""] ?? [] }

    public func children(of id: String) -> [PlanNode] { childrenByParent[id] ?? [] }

    /// The node's ancestors, top first (the node itself not included).
    public func ancestors(of id: String) -> [PlanNode] {
        var out: [PlanNode] = []
        var current = nodesByID[id]?.parent
        var guardCount = 0
        while let p = current, let node = nodesByID[p], guardCount < 64 {
            out.append(node)
            current = node.parent
            guardCount += 1
        }
        return out.reversed()
    }

    /// The node and its ancestors, top first.
    public func path(to id: String) -> [PlanNode] {
        ancestors(of: id) + (nodesByID[id].map { [$0] } ?? [])
    }

    /// The ancestor of a node at a level (the node itself when it is at that level).
    public func ancestor(of id: String, atLevel level: Int) -> PlanNode? {
        path(to: id).first { $0.level == level }
    }

    /// Every node below a node, in printed order.
    public func descendants(of id: String) -> [PlanNode] {
        var out: [PlanNode] = []
        var stack = Array(children(of: id).reversed())
        while let n = stack.popLast() {
            out.append(n)
            stack.append(contentsOf: children(of: n.id).reversed())
        }
        return out
    }

    /// The indicators of a node and of every node below it, in printed order.
    public func indicators(under id: String) -> [Indicator] {
        ([id] + descendants(of: id).map(\.id)).flatMap { indicatorsByNode[$0] ?? [] }
    }

    /// Counts shown for a node: nodes per level below it, items (a re-listed item counts once)
    /// and indicators.
    public struct Counts: Sendable, Equatable {
        public var nodesByLevel: [Int: Int] = [:]
        public var items: Int = 0
        public var indicators: Int = 0
        public init() {}
    }

    public func counts(under id: String, where include: (PlanNode) -> Bool = { _ in true }) -> Counts {
        var c = Counts()
        let below = descendants(of: id).filter(include)
        for n in below { c.nodesByLevel[n.level, default: 0] += 1 }
        let holders = ([nodesByID[id]].compactMap { $0 } + below).filter { indicatorsByNode[$0.id] != nil }
        c.items = Set(holders.map(\.item)).count
        c.indicators = holders.reduce(0) { $0 + (indicatorsByNode[$1.id]?.count ?? 0) }
        return c
    }

    /// The section a node falls in: the nearest node (itself or above) that has a code and a
    /// page of its own above the last level; else the nearest node with a code.
    public func section(of id: String?, levels: [PlanLevel]) -> PlanNode? {
        guard let id else { return nil }
        let last = levels.count - 1
        let path = path(to: id)
        return path.last { $0.level < last && (levels.indices.contains($0.level) ? levels[$0.level].hasPages : true) && $0.code != nil }
            ?? path.last { $0.code != nil }
    }

    /// A readable name for an item: its title, or else the nearest ancestor's title.
    public func itemTitle(_ id: String) -> String {
        guard let node = nodesByID[id] else { return id }
        if !node.title.isEmpty { return node.title }
        for a in ancestors(of: id).reversed() where !a.title.isEmpty { return a.title }
        return node.code ?? id
    }
}

extension String {
    /// nil for an empty string.
    public var nonEmpty: String? { isEmpty ? nil : self }
}

extension Plan {
    /// The items a department reports on: the nodes that hold indicators, and the nodes of the
    /// last level, each first listing once (a re-listing is the same item).
    public var items: [PlanNode] {
        let holders = Set(indicators.map(\.node))
        let last = levels.count - 1
        var seen = Set<String>()
        var out: [PlanNode] = []
        let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for n in nodes where (holders.contains(n.id) || n.level == last) {
            let item = byID[n.item] ?? n
            if seen.insert(item.id).inserted { out.append(item) }
        }
        return out
    }
}
