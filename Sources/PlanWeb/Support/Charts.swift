import Foundation
import PlanCore

/// Server-side SVG charts, readable without JavaScript, each with a title and a description for
/// screen readers (pages show the same numbers as a table beside it). One colour meaning per
/// series on every page and in print: target blue, actual vermilion, baseline grey — a palette
/// readers with colour-vision deficiencies tell apart (Okabe–Ito).
enum Charts {
    struct Series {
        var name: String
        var cssClass: String
        var values: [FiscalYear: Decimal]
    }

    /// Bars per fiscal year, series side by side.
    static func bars(id: String, title: String, description: String, unit: String, years: [FiscalYear], series: [Series], strings: Strings) -> String
    {
        let width = 640.0, height = 300.0, left = 64.0, right = 16.0, top = 24.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxValue = series.flatMap { $0.values.values }.map { NSDecimalNumber(decimal: $0).doubleValue }.max() ?? 0
        let scaleMax = niceCeiling(maxValue / 4) * 4
        let group = plotW / Double(max(years.count, 1))
        let barW = min(36, (group - 12) / Double(max(series.count, 1)))
        var out = svgHead(id: id, width: width, height: height, title: title, description: description)
        out += grid(left: left, right: right, top: top, plotH: plotH, width: width, scaleMax: scaleMax, minValue: 0)
        for (i, year) in years.enumerated() {
            let x0 = left + group * Double(i)
            for (s, one) in series.enumerated() {
                let xx = x0 + (group - barW * Double(series.count)) / 2 + barW * Double(s)
                if let value = one.values[year] {
                    let v = NSDecimalNumber(decimal: value).doubleValue
                    let h = scaleMax > 0 ? plotH * v / scaleMax : 0
                    out +=
                        "<rect class=\"\(one.cssClass)\" x=\(q(xx)) y=\(q(top + plotH - h)) width=\(q(barW - 2)) height=\(q(max(h, 0)))><title>\(escape("\(strings.year(year)) \(one.name) \(Format.number(value))\(unit)"))</title></rect>"
                    out +=
                        "<text class=\"value\" x=\(q(xx + (barW - 2) / 2)) y=\(q(top + plotH - h - 4)) text-anchor=\"middle\">\(escape(Format.number(value)))</text>"
                } else {
                    out += "<text class=\"none\" x=\(q(xx + (barW - 2) / 2)) y=\(q(top + plotH - 4)) text-anchor=\"middle\">—</text>"
                }
            }
            out += yearLabel(year, x: x0 + group / 2, y: height - bottom, strings: strings)
        }
        out += "<line class=\"axis-line\" x1=\(q(left)) y1=\(q(top + plotH)) x2=\(q(width - right)) y2=\(q(top + plotH))/>"
        return out + "</svg>"
    }

    /// Lines over the years: the targets (dashed), the actuals (solid), the baseline (a grey point
    /// at its year), so that a resident sees at a glance how a project did.
    static func trend(
        id: String, title: String, description: String, unit: String, years: [FiscalYear], targets: [FiscalYear: Decimal],
        actuals: [FiscalYear: Decimal], baseline: (year: FiscalYear, value: Decimal)?, strings: Strings
    ) -> String {
        var allYears = Set(years)
        if let b = baseline { allYears.insert(b.year) }
        let xs = allYears.sorted()
        let width = 640.0, height = 300.0, left = 64.0, right = 24.0, top = 24.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let values = Array(targets.values) + Array(actuals.values) + (baseline.map { [$0.value] } ?? [])
        let doubles = values.map { NSDecimalNumber(decimal: $0).doubleValue }
        let maxValue = doubles.max() ?? 0
        let scaleMax = niceCeiling(max(maxValue, 1) / 4) * 4
        let step = xs.count > 1 ? plotW / Double(xs.count - 1) : 0
        func x(_ y: FiscalYear) -> Double { xs.count > 1 ? left + step * Double(xs.firstIndex(of: y) ?? 0) : left + plotW / 2 }
        func yy(_ v: Decimal) -> Double { top + plotH - plotH * NSDecimalNumber(decimal: v).doubleValue / scaleMax }
        var out = svgHead(id: id, width: width, height: height, title: title, description: description)
        out += grid(left: left, right: right, top: top, plotH: plotH, width: width, scaleMax: scaleMax, minValue: 0)
        func line(_ points: [(FiscalYear, Decimal)], cssClass: String) -> String {
            guard points.count >= 2 else { return "" }
            let d = points.map { "\(tenths(x($0.0))),\(tenths(yy($0.1)))" }.joined(separator: " ")
            return "<polyline class=\"\(cssClass)\" points=\"\(d)\"/>"
        }
        var targetPoints = xs.compactMap { y in targets[y].map { (y, $0) } }
        if let b = baseline, !targetPoints.isEmpty { targetPoints.insert((b.year, b.value), at: 0) }
        let actualPoints = xs.compactMap { y in actuals[y].map { (y, $0) } }
        out += line(targetPoints, cssClass: "target-line")
        out += line((baseline.map { [($0.year, $0.value)] } ?? []) + actualPoints, cssClass: "actual-line")
        for (y, v) in xs.compactMap({ y in targets[y].map { (y, $0) } }) {
            out +=
                "<circle class=\"target\" cx=\(q(x(y))) cy=\(q(yy(v))) r=\"4\"><title>\(escape("\(strings.year(y)) \(strings(.chartTarget)) \(Format.number(v))\(unit)"))</title></circle>"
        }
        for (y, v) in actualPoints {
            out +=
                "<circle class=\"actual\" cx=\(q(x(y))) cy=\(q(yy(v))) r=\"5\"><title>\(escape("\(strings.year(y)) \(strings(.chartActual)) \(Format.number(v))\(unit)"))</title></circle>"
            out += "<text class=\"value\" x=\(q(x(y))) y=\(q(yy(v) - 9)) text-anchor=\"middle\">\(escape(Format.number(v)))</text>"
        }
        if let b = baseline {
            out +=
                "<circle class=\"baseline\" cx=\(q(x(b.year))) cy=\(q(yy(b.value))) r=\"5\"><title>\(escape("\(strings.year(b.year)) \(strings(.chartBaseline)) \(Format.number(b.value))\(unit)"))</title></circle>"
        }
        for y in xs { out += yearLabel(y, x: x(y), y: height - bottom, strings: strings) }
        out += "<line class=\"axis-line\" x1=\(q(left)) y1=\(q(top + plotH)) x2=\(q(width - right)) y2=\(q(top + plotH))/>"
        return out + "</svg>"
    }

    /// Horizontal stacked bars: one bar per row, a segment per grade (best first), with the
    /// number not reported in a column of its own so that it does not dwarf the rest.
    static func stacked(
        id: String, title: String, description: String, rows: [(label: String, counts: [Int], notReported: Int)], grades: [String],
        strings: Strings
    ) -> String {
        let width = 640.0, rowH = 28.0, top = 36.0, left = 200.0, right = 90.0
        let height = top + rowH * Double(rows.count) + 16
        let plotW = width - left - right
        let maxTotal = max(1, rows.map { $0.counts.reduce(0, +) }.max() ?? 1)
        var out = svgHead(id: id, width: width, height: height, title: title, description: description)
        // Legend.
        var lx = left
        for (i, g) in grades.enumerated() {
            out +=
                "<rect class=\"graded-\(min(i, 5))\" x=\(q(lx)) y=\"8\" width=\"12\" height=\"12\"/><text class=\"axis\" x=\(q(lx + 16)) y=\"18\">\(escape(g))</text>"
            lx += 40 + Double(g.count) * 6
        }
        out += "<text class=\"axis\" x=\(q(width - right + 8)) y=\"18\">\(escape(strings(.notReported)))</text>"
        for (r, row) in rows.enumerated() {
            let y = top + rowH * Double(r)
            out +=
                "<text class=\"axis\" x=\(q(left - 8)) y=\(q(y + 17)) text-anchor=\"end\">\(escape(row.label.count > 15 ? String(row.label.prefix(14)) + "…" : row.label))</text>"
            var x = left
            for (i, c) in row.counts.enumerated() where c > 0 {
                let w = plotW * Double(c) / Double(maxTotal)
                out +=
                    "<rect class=\"graded-\(min(i, 5))\" x=\(q(x)) y=\(q(y + 4)) width=\(q(w)) height=\(q(rowH - 8))><title>\(escape("\(row.label) \(grades[i]) \(c)"))</title></rect>"
                if w > 18 { out += "<text class=\"value\" x=\(q(x + w / 2)) y=\(q(y + 18)) text-anchor=\"middle\">\(c)</text>" }
                x += w
            }
            out += "<text class=\"value\" x=\(q(width - right + 8)) y=\(q(y + 18))>\(row.notReported)</text>"
        }
        return out + "</svg>"
    }

    /// A box of the logic chart: an optional heading, its text, and a link (a vision to its goal).
    struct Box {
        var heading: String?
        var text: String
        var href: String?
        var linkLabel: String?
    }

    /// The logic chart as connected columns (背景 → 目指す姿 → 戦略 → 戦術): each column a stack
    /// of boxes under its heading, an arrow from each column to the next; a box with a link is a
    /// link (the group is navigable, its texts are read as they stand).
    static func logicChart(id: String, title: String, description: String, columns: [(heading: String, boxes: [Box])]) -> String {
        let colW = 210.0, gap = 44.0, top = 44.0, lineH = 15.0, pad = 7.0, boxGap = 8.0
        let perLine = 13  // full-width characters per line of a box
        let width = Double(columns.count) * colW + Double(max(columns.count - 1, 0)) * gap
        func wrap(_ text: String) -> [String] {
            var lines: [String] = []
            var line = ""
            var units = 0
            for ch in text {
                let u = ch.isASCII ? 1 : 2
                if units + u > perLine * 2 {
                    lines.append(line)
                    line = ""
                    units = 0
                }
                line.append(ch)
                units += u
            }
            if !line.isEmpty { lines.append(line) }
            return lines
        }
        var body = ""
        var heights: [Double] = []
        for (c, column) in columns.enumerated() {
            let x = Double(c) * (colW + gap)
            body += "<text class=\"column-heading\" x=\(q(x + colW / 2)) y=\"24\" text-anchor=\"middle\">\(escape(column.heading))</text>"
            var y = top
            for box in column.boxes {
                let headingLines = box.heading.map(wrap) ?? []
                let lines = wrap(box.text)
                let h = pad * 2 + lineH * Double(headingLines.count + lines.count)
                var part = "<rect class=\"box\(box.href == nil ? "" : " linked")\" x=\(q(x)) y=\(q(y)) width=\(q(colW)) height=\(q(h)) rx=\"4\"/>"
                var ty = y + pad + 11
                for l in headingLines {
                    part += "<text class=\"box-heading\" x=\(q(x + pad)) y=\(q(ty))>\(escape(l))</text>"
                    ty += lineH
                }
                for l in lines {
                    part += "<text class=\"box-text\" x=\(q(x + pad)) y=\(q(ty))>\(escape(l))</text>"
                    ty += lineH
                }
                if let href = box.href {
                    body += "<a href=\"\(escape(href))\" aria-label=\"\(escape(box.linkLabel ?? box.text))\">\(part)</a>"
                } else {
                    body += "<g>\(part)</g>"
                }
                y += h + boxGap
            }
            heights.append(y)
        }
        // Arrows between columns, at the middle of the shorter one's first screen.
        for c in 0..<max(columns.count - 1, 0) {
            let x1 = Double(c) * (colW + gap) + colW + 4, x2 = Double(c + 1) * (colW + gap) - 6
            let y = min(top + 120, (min(heights[c], heights[c + 1]) + top) / 2)
            body += "<path class=\"flow\" d=\"M\(Int(x1)) \(Int(y)) L\(Int(x2)) \(Int(y))\" marker-end=\"url(#\(id)-arrow)\"/>"
            body += "<text class=\"column-heading\" x=\(q(x1 + (x2 - x1) / 2)) y=\"24\" text-anchor=\"middle\" aria-hidden=\"true\">→</text>"
        }
        let height = (heights.max() ?? top) + 4
        let head =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" class=\"chart logic\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
            + "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" class=\"arrow-head\"/></marker></defs>"
        return head + body + "</svg>"
    }

    // MARK: Parts

    static func svgHead(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }

    static func grid(left: Double, right: Double, top: Double, plotH: Double, width: Double, scaleMax: Double, minValue: Double) -> String {
        var out = ""
        for step in 0...4 {
            let v = scaleMax * Double(step) / 4
            let y = top + plotH - plotH * Double(step) / 4
            out += "<line class=\"grid\" x1=\(q(left)) y1=\(q(y)) x2=\(q(width - right)) y2=\(q(y))/>"
            out +=
                "<text class=\"axis\" x=\(q(left - 6)) y=\(q(y + 4)) text-anchor=\"end\">\(escape(Format.number(NumberCell.rounded(Decimal(v), places: 2))))</text>"
        }
        return out
    }

    static func yearLabel(_ year: FiscalYear, x: Double, y: Double, strings: Strings) -> String {
        let (a, b) = strings.yearShort(year)
        return "<text class=\"axis\" x=\(q(x)) y=\(q(y + 18)) text-anchor=\"middle\">\(escape(a))</text>"
            + "<text class=\"axis small\" x=\(q(x)) y=\(q(y + 34)) text-anchor=\"middle\">\(escape(b))</text>"
    }

    static func q(_ v: Double) -> String { "\"" + tenths(v) + "\"" }

    /// `String(format: "%.1f", v)`, the same text, without Foundation's formatter for every
    /// coordinate (it was the largest single cost of drawing an indicator's page). A value whose
    /// tenths lie within rounding error of a tie goes to the formatter, which rounds the exact
    /// binary value.
    static func tenths(_ v: Double) -> String {
        let scaled = v * 10
        guard scaled.isFinite, abs(scaled) < 1e12 else { return String(format: "%.1f", v) }
        let fraction = abs(scaled - scaled.rounded(.towardZero))
        if abs(fraction - 0.5) < 1e-6 { return String(format: "%.1f", v) }
        let n = Int(scaled.rounded())
        let sign = n < 0 || (n == 0 && v.sign == .minus) ? "-" : ""
        return "\(sign)\(n.magnitude / 10).\(n.magnitude % 10)"
    }

    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let exponent = pow(10, floor(log10(v)))
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where m * exponent >= v { return m * exponent }
        return 10 * exponent
    }

    static func escape(_ s: String) -> String { HTMLEscape.escape(s) }
}
