import Foundation

/// The plan as an indented tree of lines, for terminals.
public enum PlanTree {
    public static func lines(_ plan: Plan, goal only: GoalCode? = nil) -> [String] {
        var out: [String] = []
        let directions = Dictionary(grouping: plan.directions, by: \.goal)
        let measures = Dictionary(grouping: plan.measures, by: \.direction)
        let placements = Dictionary(grouping: plan.placements, by: \.measure)
        let indicators = Dictionary(grouping: plan.indicators, by: \.placement)
        if only == nil { out.append(plan.title) }
        for policy in plan.policies {
            let visions = plan.visions.filter { $0.policy == policy.number }
            if let only, !visions.contains(where: { $0.number == only.vision }) { continue }
            out.append("【基本の方針\(policy.number)】\(policy.title)")
            for vision in visions {
                if let only, only.vision != vision.number { continue }
                out.append("  目指す姿\(vision.number) \(vision.title.isEmpty ? "（名称なし）" : vision.title)")
                for goal in plan.goals where goal.vision == vision.number {
                    if let only, only != goal.code { continue }
                    out.append("    \(goal.code) \(goal.title)")
                    for d in directions[goal.code] ?? [] {
                        out.append("      取組み: \(d.text.isEmpty ? "（原文に記載なし）" : d.text)")
                        for m in measures[d.id] ?? [] {
                            let number = m.number.map(JapaneseText.circledNumber) ?? "・"
                            for p in placements[m.id] ?? [] {
                                var flags: [String] = []
                                if p.relisted { flags.append("再掲" + (p.original.map { "←\($0)" } ?? "")) }
                                if p.priority { flags.append("重点PJ") }
                                if p.implementationPlan { flags.append("実施計画事業") }
                                let project = p.projectName.isEmpty ? "" : " ／ 事業: \(p.projectName)"
                                out.append("        \(number) \(m.name.isEmpty ? "（施策名なし）" : m.name)\(project)\(flags.isEmpty ? "" : " [\(flags.joined(separator: "・"))]")")
                                for i in indicators[p.id] ?? [] {
                                    let part = i.part.map(JapaneseText.circledNumber) ?? ""
                                    let years = YearTargets.years.map { y in "\(y.code) \(i.targets[y].map(NumberCell.display) ?? "—")" }.joined(separator: "・")
                                    out.append("            指標\(part): \(i.name.isEmpty ? "（名称なし）" : i.name)（\(i.unit.isEmpty ? "単位なし" : i.unit)・\(i.kind.label)） 合計 \(i.total.map(NumberCell.display) ?? "—") ／ \(years)")
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }
}
