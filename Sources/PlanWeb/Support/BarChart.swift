import Foundation
import PlanCore

/// A server-side SVG bar chart of values per fiscal year, readable without JavaScript, with a
/// title and description for screen readers (the page also shows the same numbers as a table).
struct BarChart {
    struct Series {
        var name: String
        var cssClass: String
        var values: [FiscalYear: Decimal]
    }

    var title: String
    var description: String
    var unit: String
    var years: [FiscalYear]
    var series: [Series]

    func svg(id: String) -> String {
        let width = 640.0, height = 300.0, left = 64.0, right = 16.0, top = 24.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxValue = series.flatMap { $0.values.values }.map { NSDecimalNumber(decimal: $0).doubleValue }.max() ?? 0
        let scaleMax = Self.niceCeiling(maxValue / 4) * 4
        let group = plotW / Double(max(years.count, 1))
        let barW = min(36, (group - 12) / Double(max(series.count, 1)))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
        out += "<title id=\"\(id)-title\">\(Self.escape(title))</title><desc id=\"\(id)-desc\">\(Self.escape(description))</desc>"
        // Grid and axis labels.
        for step in 0...4 {
            let v = scaleMax * Double(step) / 4
            let y = top + plotH - plotH * Double(step) / 4
            out += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\"/>"
            out += "<text class=\"axis\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Self.escape(NumberCell.display(Decimal(v))))</text>"
        }
        for (i, year) in years.enumerated() {
            let x0 = left + group * Double(i)
            for (s, series) in series.enumerated() {
                let x = x0 + (group - barW * Double(series.values.isEmpty ? 1 : self.series.count)) / 2 + barW * Double(s)
                if let value = series.values[year] {
                    let v = NSDecimalNumber(decimal: value).doubleValue
                    let h = scaleMax > 0 ? plotH * v / scaleMax : 0
                    out += "<rect class=\"\(series.cssClass)\" x=\"\(f(x))\" y=\"\(f(top + plotH - h))\" width=\"\(f(barW - 2))\" height=\"\(f(h))\"><title>\(Self.escape("\(year.label) \(series.name) \(NumberCell.display(value))\(unit)"))</title></rect>"
                    out += "<text class=\"value\" x=\"\(f(x + (barW - 2) / 2))\" y=\"\(f(top + plotH - h - 4))\" text-anchor=\"middle\">\(Self.escape(NumberCell.display(value)))</text>"
                } else {
                    out += "<text class=\"none\" x=\"\(f(x + (barW - 2) / 2))\" y=\"\(f(top + plotH - 4))\" text-anchor=\"middle\">—</text>"
                }
            }
            out += "<text class=\"axis\" x=\"\(f(x0 + group / 2))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\">\(Self.escape("令和\(year.reiwa)年度"))</text>"
            out += "<text class=\"axis small\" x=\"\(f(x0 + group / 2))\" y=\"\(f(height - bottom + 34))\" text-anchor=\"middle\">\(Self.escape("（\(year.westernYear)年度）"))</text>"
        }
        out += "<line class=\"axis-line\" x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotH))\"/>"
        out += "</svg>"
        return out
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func niceCeiling(_ v: Double) -> Double {
        guard v > 0 else { return 1 }
        let exponent = pow(10, floor(log10(v)))
        for m in [1.0, 2.0, 5.0, 10.0] where m * exponent >= v { return m * exponent }
        return 10 * exponent
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
