import Foundation
import PlanCore

/// Table names of the current schema (the records of earlier tables keep their own).
enum Schema {
    static let nodes = "plan_nodes"
    static let indicators = "plan_indicators"
    static let stamps = "plan_stamps"
    static let loginAttempts = "login_attempts"
    static let sessions = "web_sessions"
    static let dueDates = "due_dates"
    static let reminders = "reminders"
    static let apiTokens = "api_tokens"
    static let idempotency = "api_idempotency"
    static let activityDefinitions = "activity_definitions"
    static let activityRecords = "activity_records"
}

/// A problem with the storage itself (not with the data), in words an operator can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case notSQL
    /// A stored value that cannot be read (a renamed column, a value written by hand …).
    case invalid(String, String)
    case planNotFound(String)

    public var description: String {
        switch self {
        case .notSQL: "このデータベースは使えません（SQLite または PostgreSQL を使ってください）"
        case .invalid(let column, let value): "データベースの \(column) に読めない値「\(value)」があります"
        case .planNotFound(let id): "計画「\(id)」はデータベースにありません"
        }
    }
}

/// The plan's shape (levels, years, flags, grading, identity beyond the `plans` columns) as
/// stored in `plans.shape`: JSON with years as Western years.
enum PlanShapeCoding {
    struct Shape: Codable {
        var titleEnglish: String?
        var municipalityCode: String?
        var levels: [PlanLevel]
        var targetYears: [Year]
        var totalYears: [Int]
        var flags: [PlanFlag]
        var indicatorLabel: String
        var indicatorLabelEnglish: String?
        var grading: String
        var licence: OpenDataLicence?
        var firstYear: Int?
        var lastYear: Int?
        struct Year: Codable {
            var year: Int
            var role: TargetYear.Role
        }
    }

    static func encode(_ plan: Plan) -> String {
        let shape = Shape(
            titleEnglish: plan.titleEnglish, municipalityCode: plan.municipalityCode, levels: plan.levels,
            targetYears: plan.targetYears.map { .init(year: $0.year.westernYear, role: $0.role) }, totalYears: plan.totalYears.map(\.westernYear),
            flags: plan.flags, indicatorLabel: plan.indicatorLabel, indicatorLabelEnglish: plan.indicatorLabelEnglish,
            grading: plan.grading.description, licence: plan.licence == .ccBy40 ? nil : plan.licence,
            firstYear: plan.firstYear?.westernYear, lastYear: plan.lastYear?.westernYear)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(shape)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ text: String, into plan: inout Plan) throws {
        let shape: Shape
        do { shape = try JSONDecoder().decode(Shape.self, from: Data(text.utf8)) } catch {
            throw StoreError.invalid("plans.shape", String(text.prefix(80)))
        }
        guard let grading = GradingScheme(parsing: shape.grading) else { throw StoreError.invalid("plans.shape.grading", shape.grading) }
        plan.titleEnglish = shape.titleEnglish
        plan.municipalityCode = shape.municipalityCode
        plan.levels = shape.levels
        plan.targetYears = shape.targetYears.map { TargetYear(year: FiscalYear(westernYear: $0.year), role: $0.role) }
        plan.totalYears = shape.totalYears.map(FiscalYear.init(westernYear:))
        plan.flags = shape.flags
        plan.indicatorLabel = shape.indicatorLabel
        plan.indicatorLabelEnglish = shape.indicatorLabelEnglish
        plan.licence = shape.licence ?? .ccBy40
        plan.grading = grading
        plan.firstYear = shape.firstYear.map(FiscalYear.init(westernYear:))
        plan.lastYear = shape.lastYear.map(FiscalYear.init(westernYear:))
    }
}

/// Values by year as one text column: `2024=75;2025=;2031=75` (empty: printed as no value).
enum YearValuesCoding {
    static func encode(_ t: Targets) -> String {
        t.entries.map { "\($0.year.westernYear)=\($0.value.map(NumberCell.format) ?? "")" }.joined(separator: ";")
    }

    static func decode(_ text: String, column: String) throws -> Targets {
        if text.isEmpty { return Targets() }
        var entries: [Targets.Entry] = []
        for piece in text.split(separator: ";") {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Int(parts[0]) else { throw StoreError.invalid(column, String(piece)) }
            var value: Decimal? = nil
            if !parts[1].isEmpty {
                guard let v = NumberCell.decimal(String(parts[1])) else { throw StoreError.invalid(column, String(piece)) }
                value = v
            }
            entries.append(Targets.Entry(year: FiscalYear(westernYear: year), value: value))
        }
        return Targets(entries)
    }
}

/// Milestones as one text column: one `2024<TAB>text` per line (tabs and line breaks in the
/// text escaped).
enum MilestonesCoding {
    static func encode(_ m: [Milestone]) -> String {
        m.map {
            "\($0.year.westernYear)\t"
                + $0.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(
                    of: "\t", with: "\\t")
        }
        .joined(separator: "\n")
    }

    static func decode(_ text: String, column: String) throws -> [Milestone] {
        if text.isEmpty { return [] }
        return try text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let y = Int(parts[0]) else { throw StoreError.invalid(column, String(line)) }
            var out = ""
            var escape = false
            for c in parts[1] {
                if escape {
                    out.append(c == "n" ? "\n" : (c == "t" ? "\t" : c))
                    escape = false
                } else if c == "\\" {
                    escape = true
                } else {
                    out.append(c)
                }
            }
            return Milestone(year: FiscalYear(westernYear: y), text: out)
        }
    }
}
