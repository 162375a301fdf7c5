import Foundation

/// Who someone is in the yearly cycle.
public enum Role: String, Codable, CaseIterable, Sendable {
    /// 計画担当 — administers everything.
    case office
    /// 所管課 — enters and submits figures for its own projects only.
    case department
    /// 推進会議・区議会 — reads everything, including unpublished figures.
    case reviewer

    public var label: String {
        switch self {
        case .office: "計画担当"
        case .department: "所管課"
        case .reviewer: "閲覧（推進会議・区議会）"
        }
    }
}

/// The state of a department's figures for a fiscal year: draft → submitted → approved (or
/// returned with a comment) → published.
public enum WorkflowState: String, Codable, CaseIterable, Sendable {
    case draft, submitted, approved, returned, published

    public var label: String {
        switch self {
        case .draft: "入力中"
        case .submitted: "提出済み"
        case .approved: "承認済み"
        case .returned: "差し戻し"
        case .published: "公表済み"
        }
    }

    /// Departments may edit their figures only while drafting or after a return.
    public var editableByDepartment: Bool { self == .draft || self == .returned }
}

/// A step of the workflow.
public enum WorkflowAction: String, Codable, CaseIterable, Sendable {
    case submit, approve, `return`, publish, reopen

    public var label: String {
        switch self {
        case .submit: "提出"
        case .approve: "承認"
        case .return: "差し戻し"
        case .publish: "公表"
        case .reopen: "公表の取り消し（入力に戻す）"
        }
    }

    /// The state after this action, or nil with the reason it is not allowed.
    public func apply(to state: WorkflowState, by role: Role) -> Result<WorkflowState, WorkflowError> {
        switch (self, role) {
        case (.submit, .department), (.submit, .office):
            guard state == .draft || state == .returned else { return .failure(.init("「\(state.label)」の実績は提出できません（入力中か差し戻しのときだけ）")) }
            return .success(.submitted)
        case (.approve, .office):
            guard state == .submitted else { return .failure(.init("承認できるのは提出済みの実績だけです（今は「\(state.label)」）")) }
            return .success(.approved)
        case (.return, .office):
            guard state == .submitted || state == .approved else { return .failure(.init("差し戻せるのは提出済み・承認済みの実績だけです（今は「\(state.label)」）")) }
            return .success(.returned)
        case (.publish, .office):
            guard state == .approved else { return .failure(.init("公表できるのは承認済みの実績だけです（今は「\(state.label)」）")) }
            return .success(.published)
        case (.reopen, .office):
            guard state == .published || state == .approved else { return .failure(.init("入力に戻せるのは承認済み・公表済みの実績だけです")) }
            return .success(.draft)
        default:
            return .failure(.init("\(role.label)は「\(label)」を行えません"))
        }
    }
}

public struct WorkflowError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// 今後の方向性.
public enum FutureDirection: String, Codable, CaseIterable, Sendable {
    case expand = "拡充"
    case improve = "改善・継続"
    case maintain = "現状維持"
    case reduce = "縮小"
    case end = "廃止・終了"
}

/// A roadmap milestone's status.
public enum MilestoneStatus: String, Codable, CaseIterable, Sendable {
    case achieved = "達成"
    case partly = "一部達成"
    case notAchieved = "未達成"
    case notStarted = "未着手"
}

/// A project's self-evaluation for a fiscal year.
public struct SelfEvaluation: Codable, Equatable, Sendable {
    public struct MilestoneReport: Codable, Equatable, Sendable {
        public var year: FiscalYear
        public var status: MilestoneStatus?
        public var comment: String
        public init(year: FiscalYear, status: MilestoneStatus?, comment: String) {
            self.year = year
            self.status = status
            self.comment = comment
        }
    }
    /// The item (node id) evaluated.
    public var project: String
    public var year: FiscalYear
    public var text: String
    public var direction: FutureDirection?
    public var milestones: [MilestoneReport]
    public init(project: String, year: FiscalYear, text: String, direction: FutureDirection?, milestones: [MilestoneReport]) {
        self.project = project
        self.year = year
        self.text = text
        self.direction = direction
        self.milestones = milestones
    }
}

/// One line of the audit trail.
public struct AuditEntry: Codable, Equatable, Sendable {
    public var at: Date
    /// The plan the change concerns (empty for installation-wide changes such as accounts of
    /// every plan).
    public var plan: String
    public var actor: String
    public var action: String
    public var entity: String
    public var key: String
    public var before: String
    public var after: String
    public init(at: Date, plan: String, actor: String, action: String, entity: String, key: String, before: String, after: String) {
        self.at = at
        self.plan = plan
        self.actor = actor
        self.action = action
        self.entity = entity
        self.key = key
        self.before = before
        self.after = after
    }
}

/// One field of an audited change, before and after (`name` nil for a change of one value).
public struct AuditField: Equatable, Sendable {
    public var name: String?
    public var before: String
    public var after: String
    public var changed: Bool { before != after }
    public init(name: String?, before: String, after: String) {
        self.name = name
        self.before = before
        self.after = after
    }
}

extension AuditEntry {
    /// How a change of several fields is written to the trail: a line `・名前: 値` per field,
    /// readable as it stands and read back field by field by `fields`.
    public static func fields(_ pairs: [(String, String)]) -> String {
        pairs.map { "・\($0.0): " + $0.1.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    /// The change field by field: the fields of both sides in order, each with its value before
    /// and after (empty where a side lacks it); a change of one value is one unnamed field.
    /// Entries written before the field form had the milestones as JSON: that is shown readable.
    public var fields: [AuditField] {
        let b = Self.parseFields(before)
        let a = Self.parseFields(after)
        guard b != nil || a != nil, b != nil || before.isEmpty, a != nil || after.isEmpty else {
            return [AuditField(name: nil, before: Self.readableLegacy(before), after: Self.readableLegacy(after))]
        }
        let beforeFields = b ?? []
        let afterFields = a ?? []
        var names: [String] = []
        for (n, _) in beforeFields + afterFields where !names.contains(n) { names.append(n) }
        let bv = Dictionary(beforeFields, uniquingKeysWith: { x, _ in x })
        let av = Dictionary(afterFields, uniquingKeysWith: { x, _ in x })
        return names.map { AuditField(name: $0, before: bv[$0] ?? "", after: av[$0] ?? "") }
    }

    static func parseFields(_ text: String) -> [(String, String)]? {
        if let legacy = parseLegacyFields(text) { return legacy }
        guard text.hasPrefix("・") else { return nil }
        var out: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard line.hasPrefix("・"), let colon = line.range(of: ": ") else { return nil }
            out.append((String(line[line.index(after: line.startIndex)..<colon.lowerBound]), String(line[colon.upperBound...])))
        }
        return out
    }

    /// Accounts were recorded as `役割=department 課=… 計画=…` (role ids) before the field form.
    static func parseLegacyFields(_ text: String) -> [(String, String)]? {
        guard text.hasPrefix("役割=") else { return nil }
        var out: [(String, String)] = []
        for token in text.split(separator: " ") {
            let parts = token.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            out.append((parts[0], parts[0] == "役割" ? Role(rawValue: parts[1])?.label ?? parts[1] : parts[1]))
        }
        return out
    }

    /// A self-evaluation recorded before the field form ended with its milestones as JSON.
    static func readableLegacy(_ text: String) -> String {
        guard let start = text.range(of: "[{\""), text.hasSuffix("]") else { return text }
        let json = Data(text[start.lowerBound...].utf8)
        guard let reports = try? JSONDecoder().decode([SelfEvaluation.MilestoneReport].self, from: json) else { return text }
        let head = text[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
        return ([head] + reports.map(\.auditText)).filter { !$0.isEmpty }.joined(separator: " / ")
    }
}

extension SelfEvaluation.MilestoneReport {
    /// `令和6年度（2024年度）: 達成（コメント）`.
    public var auditText: String {
        "\(year.label): \(status?.rawValue ?? "未選択")" + (comment.isEmpty ? "" : "（\(comment)）")
    }
}

extension SelfEvaluation {
    /// The fields the audit trail records: the direction, the text, each milestone's status.
    public var auditFields: [(String, String)] {
        [("今後の方向性", direction?.rawValue ?? "未選択"), ("自己評価", text)]
            + milestones.map { ("マイルストーン \($0.year.label)", ($0.status?.rawValue ?? "未選択") + ($0.comment.isEmpty ? "" : "（\($0.comment)）")) }
    }
}
