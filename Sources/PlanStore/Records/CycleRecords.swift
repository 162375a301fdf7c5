import FluentKit
import Foundation

// Records of the yearly cycle: people, ownership, actuals, workflow, self-evaluation, audit.

/// `departments` — 所管課, per plan.
public final class DepartmentRecord: Model, @unchecked Sendable {
    public static let schema = "departments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "name") public var name: String
    public init() {}
}

/// `users` — accounts. Passwords are stored as Bcrypt hashes only.
public final class UserRecord: Model, @unchecked Sendable {
    public static let schema = "users"
    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "password_hash") public var passwordHash: String
    /// office | department | reviewer
    @Field(key: "role") public var role: String
    @OptionalField(key: "department_id") public var departmentID: UUID?
    @Field(key: "active") public var active: Bool
    @Field(key: "created_at") public var createdAt: Date
    /// The plan this account belongs to; nil: every plan of the installation.
    @OptionalField(key: "plan_slug") public var planSlug: String?
    public init() {}
}

/// `project_assignments` — which department owns a project (lead or co-owner).
public final class AssignmentRecord: Model, @unchecked Sendable {
    public static let schema = "project_assignments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "project_key") public var projectKey: String
    @Field(key: "department_id") public var departmentID: UUID
    @Field(key: "lead") public var lead: Bool
    public init() {}
}

/// `actuals` — the actual (実績) of one reporting unit for one fiscal year.
public final class ActualRecord: Model, @unchecked Sendable {
    public static let schema = "actuals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "indicator_key") public var indicatorKey: String
    @Field(key: "fiscal_year") public var fiscalYear: String
    /// nil: not reported.
    @OptionalField(key: "value") public var value: String?
    @Field(key: "note") public var note: String
    @Field(key: "entered_by") public var enteredBy: String
    @Field(key: "entered_at") public var enteredAt: Date
    /// Increases on every change; a save must name the version it read (no lost update).
    @Field(key: "version") public var version: Int
    public init() {}
}

/// `submissions` — the workflow state of a department's figures for a fiscal year.
public final class SubmissionRecord: Model, @unchecked Sendable {
    public static let schema = "submissions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "department_id") public var departmentID: UUID
    @Field(key: "fiscal_year") public var fiscalYear: String
    /// draft | submitted | approved | returned | published
    @Field(key: "state") public var state: String
    @Field(key: "comment") public var comment: String
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date
    public init() {}
}

/// `year_locks` — a fiscal year locked by the plan office.
public final class YearLockRecord: Model, @unchecked Sendable {
    public static let schema = "year_locks"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "fiscal_year") public var fiscalYear: String
    @Field(key: "locked") public var locked: Bool
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date
    public init() {}
}

/// `self_evaluations` — a project's 自己評価, 今後の方向性 and milestone statuses for a year.
public final class SelfEvaluationRecord: Model, @unchecked Sendable {
    public static let schema = "self_evaluations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "project_key") public var projectKey: String
    @Field(key: "fiscal_year") public var fiscalYear: String
    @Field(key: "text") public var text: String
    @Field(key: "direction") public var direction: String
    /// JSON: [{"year":"R6","status":"達成","comment":"…"}]
    @Field(key: "milestones") public var milestones: String
    @Field(key: "entered_by") public var enteredBy: String
    @Field(key: "entered_at") public var enteredAt: Date
    @Field(key: "version") public var version: Int
    public init() {}
}

/// `grading_scales` — a plan's grading scale (`A:100,B:80,C:50,D:0`).
public final class GradingScaleRecord: Model, @unchecked Sendable {
    public static let schema = "grading_scales"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "bands") public var bands: String
    public init() {}
}

/// `audit_entries` — every change: who, when, what before, what after. Never updated or deleted
/// by the application.
public final class AuditRecord: Model, @unchecked Sendable {
    public static let schema = "audit_entries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @Field(key: "actor") public var actor: String
    @Field(key: "action") public var action: String
    @Field(key: "entity") public var entity: String
    @Field(key: "entity_key") public var entityKey: String
    @Field(key: "before") public var before: String
    @Field(key: "after") public var after: String
    public init() {}
}

/// `target_revisions` — revised targets (中間見直し); every revision is kept, the latest applies.
public final class TargetRevisionRecord: Model, @unchecked Sendable {
    public static let schema = "target_revisions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "plan_slug") public var planSlug: String
    @Field(key: "indicator_key") public var indicatorKey: String
    @Field(key: "fiscal_year") public var fiscalYear: String
    @OptionalField(key: "value") public var value: String?
    @Field(key: "decided_on") public var decidedOn: String
    @Field(key: "reason") public var reason: String
    @Field(key: "entered_by") public var enteredBy: String
    @Field(key: "entered_at") public var enteredAt: Date
    public init() {}
}
