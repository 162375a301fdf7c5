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
