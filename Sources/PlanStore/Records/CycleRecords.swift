import FluentKit
import Foundation

// Records of the yearly cycle: people, ownership, actuals, workflow, self-evaluation, audit.

/// `departments` — 所管課, per plan.
final class DepartmentRecord: Model, @unchecked Sendable {
    static let schema = "departments"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "name") var name: String
    init() {}
}

/// `users` — accounts. Passwords are stored as Bcrypt hashes only.
final class UserRecord: Model, @unchecked Sendable {
    static let schema = "users"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    /// office | department | reviewer
    @Field(key: "role") var role: String
    @OptionalField(key: "department_id") var departmentID: UUID?
    @Field(key: "active") var active: Bool
    @Field(key: "created_at") var createdAt: Date
    /// The plan this account belongs to; nil: every plan of the installation.
    @OptionalField(key: "plan_slug") var planSlug: String?
    init() {}
}

/// `project_assignments` — which department owns a project (lead or co-owner).
final class AssignmentRecord: Model, @unchecked Sendable {
    static let schema = "project_assignments"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "project_key") var projectKey: String
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "lead") var lead: Bool
    init() {}
}

/// `actuals` — the actual (実績) of one reporting unit for one fiscal year.
final class ActualRecord: Model, @unchecked Sendable {
    static let schema = "actuals"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "indicator_key") var indicatorKey: String
    @Field(key: "fiscal_year") var fiscalYear: String
    /// nil: not reported.
    @OptionalField(key: "value") var value: String?
    @Field(key: "note") var note: String
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date
    /// Increases on every change; a save must name the version it read (no lost update).
    @Field(key: "version") var version: Int
    init() {}
}

/// `submissions` — the workflow state of a department's figures for a fiscal year.
final class SubmissionRecord: Model, @unchecked Sendable {
    static let schema = "submissions"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "fiscal_year") var fiscalYear: String
    /// draft | submitted | approved | returned | published
    @Field(key: "state") var state: String
    @Field(key: "comment") var comment: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date
    init() {}
}

/// `year_locks` — a fiscal year locked by the plan office.
final class YearLockRecord: Model, @unchecked Sendable {
    static let schema = "year_locks"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "fiscal_year") var fiscalYear: String
    @Field(key: "locked") var locked: Bool
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date
    init() {}
}

/// `self_evaluations` — a project's 自己評価, 今後の方向性 and milestone statuses for a year.
final class SelfEvaluationRecord: Model, @unchecked Sendable {
    static let schema = "self_evaluations"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "project_key") var projectKey: String
    @Field(key: "fiscal_year") var fiscalYear: String
    @Field(key: "text") var text: String
    @Field(key: "direction") var direction: String
    /// JSON: [{"year":"R6","status":"達成","comment":"…"}]
    @Field(key: "milestones") var milestones: String
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date
    @Field(key: "version") var version: Int
    init() {}
}

/// `grading_scales` — a plan's grading scale (`A:100,B:80,C:50,D:0`).
final class GradingScaleRecord: Model, @unchecked Sendable {
    static let schema = "grading_scales"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "bands") var bands: String
    init() {}
}

/// `audit_entries` — every change: who, when, what before, what after. Never updated or deleted
/// by the application.
final class AuditRecord: Model, @unchecked Sendable {
    static let schema = "audit_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor") var actor: String
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_key") var entityKey: String
    @Field(key: "before") var before: String
    @Field(key: "after") var after: String
    /// The plan the change concerns (nil: the installation, e.g. an account of every plan).
    @OptionalField(key: "plan_slug") var planSlug: String?
    init() {}
}

/// `target_revisions` — revised targets (中間見直し); every revision is kept, the latest applies.
final class TargetRevisionRecord: Model, @unchecked Sendable {
    static let schema = "target_revisions"
    @ID(key: .id) var id: UUID?
    @Field(key: "plan_slug") var planSlug: String
    @Field(key: "indicator_key") var indicatorKey: String
    @Field(key: "fiscal_year") var fiscalYear: String
    @OptionalField(key: "value") var value: String?
    @Field(key: "decided_on") var decidedOn: String
    @Field(key: "reason") var reason: String
    @Field(key: "entered_by") var enteredBy: String
    @Field(key: "entered_at") var enteredAt: Date
    init() {}
}
