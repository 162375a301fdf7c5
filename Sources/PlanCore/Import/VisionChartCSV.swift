import Foundation

/// `vision-chart.csv`: the logic chart, one row per background fact, strategy, vision and tactic.
public enum VisionChartCSV {
    public static let file = "vision-chart.csv"
    public static let headers = ["区分", "見出し", "本文", "対応する項目", "出典"]

    public static func write(_ chart: VisionChart) -> Data {
        var rows: [[String]] = []
        for b in chart.backgrounds { for f in b.facts { rows.append(["背景", b.title, f, "", PlanPackage.source(b.source)]) } }
        for v in chart.visions { rows.append(["目指す姿", v.number.map(String.init) ?? "", v.text, v.planNode ?? "", PlanPackage.source(v.source)]) }
        for s in chart.strategies { rows.append(["戦略", String(s.number), s.text, "", PlanPackage.source(s.source)]) }
        for t in chart.tactics { rows.append(["戦術", "", t.text, "", PlanPackage.source(t.source)]) }
        return CSVTable.write(headers: headers, rows: rows)
    }

    public static func read(_ data: Data) throws(ImportFailure) -> VisionChart {
        let table = try CSVTable.read(data, name: file, expectedHeaders: headers)
        var chart = VisionChart(backgrounds: [], strategies: [], visions: [], tactics: [])
        var errors: [ImportError] = []
        for row in table.rows {
            let source = PlanPackage.parseSource(row["出典"]) ?? SourceRef(document: file, line: row.line)
            switch row["区分"] {
            case "背景":
                if let i = chart.backgrounds.firstIndex(where: { $0.title == row["見出し"] }) {
                    chart.backgrounds[i].facts.append(row["本文"])
                } else {
                    chart.backgrounds.append(.init(title: row["見出し"], facts: [row["本文"]], source: source))
                }
            case "目指す姿":
                chart.visions.append(
                    .init(
                        number: Int(row["見出し"]), text: row["本文"], planNode: row["対応する項目"].nonEmpty,
                        similarity: 0, source: source))
            case "戦略":
                guard let n = Int(row["見出し"]) else {
                    errors.append(row.error(column: "見出し", "戦略の番号が読めません"))
                    continue
                }
                chart.strategies.append(.init(number: n, text: row["本文"], source: source))
            case "戦術":
                chart.tactics.append(.init(text: row["本文"], source: source))
            default:
                errors.append(row.error(column: "区分", "区分「\(row["区分"])」は使えません（背景・目指す姿・戦略・戦術）"))
            }
        }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
        return chart
    }
}
