import Foundation

/// Turns what the source reader assembled (the six positions of the printed layout) into a plan
/// of the format's six levels.
///
/// Node ids: the label and numbered positions are `key-N` (the level's key from the format, or
/// `levelK`), a coded group is its code (`3-1`), a sentence `3-1/2`, an item `3-1/2/1`, a row
/// `3-1.4`; an indicator is its row's id and part (`3-1.4.1`).
struct SourcePlanBuilder {
    let format: SourceFormat
    let identity: SourceTableReader.Identity
    let document: String

    func prefix(_ level: Int) -> String { format.levels[level].key ?? "level\(level + 1)" }

    func plan(from a: Assembler) -> Plan {
        var nodes: [PlanNode] = []
        let labelID = { (n: Int) in "\(prefix(0))-\(n)" }
        let numberedID = { (n: Int) in "\(prefix(1))-\(n)" }
        let directionsByGoal = Dictionary(grouping: a.directions, by: \.goal)
        let measuresByDirection = Dictionary(grouping: a.measures, by: \.direction)
        let placementsByMeasure = Dictionary(grouping: a.placements, by: \.measure)
        for p in a.policies {
            nodes.append(
                PlanNode(id: labelID(p.number), level: 0, parent: nil, code: String(p.number), number: p.number, title: p.title, source: p.source))
            for v in a.visions where v.policy == p.number {
                nodes.append(
                    PlanNode(
                        id: numberedID(v.number), level: 1, parent: labelID(p.number), code: String(v.number), number: v.number,
                        title: v.title, source: v.source))
                for g in a.goals where g.vision == v.number {
                    nodes.append(
                        PlanNode(
                            id: g.code.description, level: 2, parent: numberedID(v.number), code: g.code.description,
                            number: g.code.index, title: g.title, source: g.source))
                    for d in directionsByGoal[g.code] ?? [] {
                        nodes.append(PlanNode(id: d.id, level: 3, parent: g.code.description, title: d.text, source: d.source))
                        for m in measuresByDirection[d.id] ?? [] {
                            nodes.append(
                                PlanNode(
                                    id: m.id, level: 4, parent: d.id, code: m.number.map(JapaneseText.circledNumber), number: m.number,
                                    title: m.name, source: m.source))
                            for r in placementsByMeasure[m.id] ?? [] {
                                let flags = format.marks.filter { r.marks.contains($0.mark) }.map(\.flag.key)
                                nodes.append(
                                    PlanNode(
                                        id: r.id, level: 5, parent: m.id, title: r.projectName, description: r.content,
                                        milestones: r.roadmap, flags: flags, relisted: r.relisted, original: r.original, source: r.source))
                            }
                        }
                    }
                }
            }
        }
        let years = format.years.map(\.year)
        let indicators = a.indicators.map { i in
            Indicator(
                id: i.id, node: i.placement, part: i.part, name: i.name, unit: i.unit, kind: i.kind, kindOverridden: i.kindOverridden,
                lowerIsBetter: false, type: format.indicatorType, targets: Targets(years.map { ($0, i.targets[$0]) }), total: i.total,
                source: i.source)
        }
        return Plan(
            id: identity.planID, title: identity.title ?? format.title ?? "", municipality: identity.municipality,
            municipalityCode: identity.municipalityCode, firstYear: format.firstYear, lastYear: format.lastYear, levels: format.levels,
            targetYears: format.years, totalYears: format.hasTotal ? format.periodColumns : [], flags: format.marks.map(\.flag),
            indicatorLabel: format.indicatorLabel, grading: .standard, nodes: nodes, indicators: indicators)
    }
}
