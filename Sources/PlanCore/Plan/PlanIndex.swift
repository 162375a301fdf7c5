import Foundation

/// Look-ups over a plan, built once per loaded plan: nodes by id, children, ancestors, the
/// placements of each item, indicators by node. The look-ups hold positions in the plan's own
/// arrays (which they share, not copy), so an index costs a few dictionaries of numbers.
public struct PlanIndex: Sendable {
    public let nodesByID: Keyed<PlanNode>
    /// Children in printed order; the top level under the key `""`.
    public let childrenByParent: Grouped<PlanNode>
    /// Every placement of an item (re-listings included), keyed by the item's id.
    public let placementsByItem: Grouped<PlanNode>
    public let indicatorsByID: Keyed<Indicator>
    public let indicatorsByNode: Grouped<Indicator>
    /// Each node's position in printed order.
    public var position: [String: Int] { nodesByID.positions }
    /// The segment naming each node in its page's address: the printed code when it is plain
    /// (`1`, `1-1`, `A2`) and unique within its level, else the node's id.
    public let pageKeys: [String: String]
    let nodesByPageKey: [Int: [String: Int]]

    /// The element of a plan's array with a key (the first, when a key is there twice).
    public struct Keyed<Element: Sendable>: Sendable {
        @usableFromInline let elements: [Element]
        /// Where each key's element is in the plan's array.
        public let positions: [String: Int]

        init(_ elements: [Element], key: (Element) -> String) {
            self.elements = elements
            var positions: [String: Int] = [:]
            positions.reserveCapacity(elements.count)
            for (i, e) in elements.enumerated() where positions[key(e)] == nil { positions[key(e)] = i }
            self.positions = positions
        }

        @inlinable public subscript(_ key: String) -> Element? { positions[key].map { elements[$0] } }
    }

    /// The elements of a plan's array that share a key, in the array's order.
    public struct Grouped<Element: Sendable>: Sendable {
        @usableFromInline let elements: [Element]
        @usableFromInline let positions: [String: [Int32]]

        init(_ elements: [Element], key: (Element) -> String) {
            self.elements = elements
            var positions: [String: [Int32]] = [:]
            for (i, e) in elements.enumerated() { positions[key(e), default: []].append(Int32(i)) }
            self.positions = positions
        }

        @inlinable public subscript(_ key: String) -> [Element]? { positions[key].map { $0.map { elements[Int($0)] } } }

        /// How many elements have the key (0 for none).
        public func count(_ key: String) -> Int { positions[key]?.count ?? 0 }
    }

    public init(_ plan: Plan) {
        nodesByID = Keyed(plan.nodes, key: \.id)
        childrenByParent = Grouped(plan.nodes, key: { $0.parent ?? "" })
        placementsByItem = Grouped(plan.nodes, key: \.item)
        indicatorsByID = Keyed(plan.indicators, key: \.id)
        indicatorsByNode = Grouped(plan.indicators, key: \.node)
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
        var keys: [String: String] = [:]
        var byKey: [Int: [String: Int]] = [:]
        var codes: [Int: [String: Int]] = [:]
        for n in plan.nodes where !n.relisted {
            if let code = n.code { codes[n.level, default: [:]][code, default: 0] += 1 }
        }
        for (i, n) in plan.nodes.enumerated() where !n.relisted {
            var key = n.id
            if let code = n.code, !code.isEmpty, code.allSatisfy(plain.contains), codes[n.level]?[code] == 1 { key = code }
            keys[n.id] = key
            byKey[n.level, default: [:]][key] = i
        }
        pageKeys = keys
        nodesByPageKey = byKey
    }

    /// The node a page address names at `level`: by its page key, or by its id.
    public func node(level: Int, pageKey: String) -> PlanNode? {
        if let i = nodesByPageKey[level]?[pageKey] { return nodesByID.elements[i] }
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
        let holders = ([nodesByID[id]].compactMap { $0 } + below).filter { indicatorsByNode.count($0.id) > 0 }
        c.items = Set(holders.map(\.item)).count
        c.indicators = holders.reduce(0) { $0 + indicatorsByNode.count($1.id) }
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
    /// A node's printed heading (code and title); for a node printed with neither, the title of the
    /// nearest titled node above it (`itemTitle`) — what a reader is shown instead of a blank.
    public func displayHeading(of node: PlanNode) -> String {
        node.heading.isEmpty ? itemTitle(node.id) : node.heading
    }

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
