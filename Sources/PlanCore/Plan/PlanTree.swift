import Foundation

/// The plan as an indented tree of lines, for terminals.
public enum PlanTree {
    public static func lines(_ plan: Plan, under root: String? = nil) -> [String] {
        let index = PlanIndex(plan)
        var out: [String] = []
        if root == nil { out.append(plan.title) }
        let flagNames = Dictionary(plan.flags.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        func walk(_ node: PlanNode, depth: Int) {
            let indent = String(repeating: "  ", count: depth + 1)
            let level = plan.level(node.level)?.name ?? ""
            var flags = node.flags.compactMap { flagNames[$0] }
            if node.relisted { flags.insert("再掲" + (node.original.map { "←\($0)" } ?? ""), at: 0) }
            let title = node.heading.isEmpty ? "（名称なし）" : node.heading
            out.append("\(indent)\(level) \(title)\(flags.isEmpty ? "" : " [\(flags.joined(separator: "・"))]")")
            for i in index.indicatorsByNode[node.id] ?? [] { out.append(indent + "    " + indicatorLine(i, plan: plan)) }
            for c in index.children(of: node.id) { walk(c, depth: depth + 1) }
        }
        if let root, let node = index.nodesByID[root] {
            walk(node, depth: 0)
        } else {
            for i in index.indicatorsByNode[""] ?? [] { out.append("  " + indicatorLine(i, plan: plan)) }
            for n in index.topNodes { walk(n, depth: 0) }
        }
        return out
    }

    static func indicatorLine(_ i: Indicator, plan: Plan) -> String {
        let part = i.part.map(JapaneseText.circledNumber) ?? ""
        let years = plan.targetYears.map { t in "\(t.year.code) \(i.targets[t.year].map { NumberCell.display($0) } ?? "—")" }.joined(separator: "・")
        let baseline = i.baseline.map { "基準値 \(NumberCell.display($0.value))\($0.year.map { "（\($0.code)）" } ?? "") ／ " } ?? ""
        let total = plan.totalYears.isEmpty ? "" : "合計 \(i.total.map { NumberCell.display($0) } ?? "—") ／ "
        return
            "\(plan.indicatorLabel)\(part): \(i.name.isEmpty ? "（名称なし）" : i.name)（\(i.unit.isEmpty ? "単位なし" : i.unit)・\(i.kind.label)\(i.lowerIsBetter ? "・低いほど良い" : "")） \(baseline)\(total)\(years)"
    }
}
