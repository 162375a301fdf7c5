import Foundation
import PlanCore

// Domain values of the yearly cycle as the store hands them out (never the table records).

/// 所管課 — a department of one plan.
public struct Department: Sendable, Equatable, Hashable, Codable {
    public var id: UUID
    public var plan: String
    public var name: String
}

/// A user account. An account belongs to one plan, or (office and reviewers only) to every plan.
public struct Account: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var role: Role
    public var department: Department?
    public var passwordHash: String
    public var active: Bool
    /// The plan the account belongs to; nil: every plan.
    public var plan: String?
    /// Where reminders are sent (nil: none given).
    public var email: String?
    /// The password was set by the office (temporary): the account must choose its own first.
    public var mustChangePassword: Bool = false

    public init(
        id: UUID, name: String, role: Role, department: Department?, passwordHash: String, active: Bool, plan: String?, email: String? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.department = department
        self.passwordHash = passwordHash
        self.active = active
        self.plan = plan
        self.email = email
    }

    /// Whether this account may act in a plan.
    public func belongs(to plan: String) -> Bool { self.plan == nil || self.plan == plan }
}

/// Which department owns an item (a node holding indicators): the lead, or a co-owner.
public struct Assignment: Sendable, Equatable, Hashable {
    public var item: String
    public var department: UUID
    public var lead: Bool
}

/// An actual as stored: the value, who entered it and when, and its version.
public struct StoredActual: Sendable, Equatable, Codable {
    public var actual: Actual
    public var enteredBy: String
    public var enteredAt: Date
    public var version: Int
}

/// One change to an actual: the new value and the version it was based on (nil: not checked).
public struct ActualChange: Sendable, Equatable {
    public var actual: Actual
    public var expectedVersion: Int?
    public init(actual: Actual, expectedVersion: Int?) {
        self.actual = actual
        self.expectedVersion = expectedVersion
    }
}

/// A department's workflow state for a fiscal year.
public struct Submission: Sendable, Equatable {
    public var department: UUID
    public var year: FiscalYear
    public var state: WorkflowState
    public var comment: String
    public var updatedBy: String
    public var updatedAt: Date?
    public init(department: UUID, year: FiscalYear, state: WorkflowState, comment: String, updatedBy: String, updatedAt: Date?) {
        self.department = department
        self.year = year
        self.state = state
        self.comment = comment
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}

/// A stored self-evaluation with who entered it and its version.
public struct StoredSelfEvaluation: Sendable, Equatable {
    public var evaluation: SelfEvaluation
    public var enteredBy: String
    public var enteredAt: Date
    public var version: Int
}

/// A refusal by the store, in words the user can act on.
public enum CycleStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicate(String)
    case notFound(String)
    /// Someone saved a newer value first; the current values are returned so that the user can
    /// decide again (no lost update).
    case conflict([StoredActual])
    case staleSelfEvaluation(StoredSelfEvaluation)

    public var description: String {
        switch self {
        case .duplicate(let s), .notFound(let s): s
        case .conflict(let current):
            "他の人が先に保存したため保存しませんでした。最新の値: "
                + current.map {
                    "\($0.actual.indicator) \($0.actual.year.code) = \($0.actual.value.map { NumberCell.display($0) } ?? "未報告")（\($0.enteredBy)、版\($0.version)）"
                }
                .joined(separator: "、")
        case .staleSelfEvaluation(let current):
            "他の人が先に自己評価を保存したため保存しませんでした（\(current.enteredBy)、版\(current.version)）。開き直して確かめてください"
        }
    }
}

/// Which audit entries to read.
public struct AuditFilter: Sendable, Equatable {
    public var actor: String?
    public var entity: String?
    /// A text the entry's key contains (a department's name, a year's code …).
    public var key: String?
    public var since: Date?
    public var until: Date?
    public var limit: Int?
    /// The department concerned (by name; the service works out each entry's department).
    public var department: String?
    /// The fiscal year concerned.
    public var year: FiscalYear?
    public init(
        actor: String? = nil, entity: String? = nil, key: String? = nil, since: Date? = nil, until: Date? = nil, limit: Int? = nil,
        department: String? = nil, year: FiscalYear? = nil
    ) {
        self.department = department
        self.year = year
        self.actor = actor
        self.entity = entity
        self.key = key
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// A reminder sent (or tried) to a department that had not submitted a year's figures by the
/// due date: one per department and day.
public struct Reminder: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        /// Claimed, being sent now (or the sender stopped before it finished).
        case sending
        case sent
        /// No active clerk of the department has an e-mail address.
        case noRecipient = "no-recipient"
        case failed
    }
    public var id: UUID
    public var year: FiscalYear
    public var department: UUID
    public var departmentName: String
    public var day: CalendarDay
    public var sentAt: Date
    public var recipients: [String]
    public var outcome: Outcome
    /// The mail server's answer or the reason it failed.
    public var detail: String
    public var actor: String

    public init(
        id: UUID, year: FiscalYear, department: UUID, departmentName: String, day: CalendarDay, sentAt: Date, recipients: [String], outcome: Outcome,
        detail: String, actor: String
    ) {
        self.id = id
        self.year = year
        self.department = department
        self.departmentName = departmentName
        self.day = day
        self.sentAt = sentAt
        self.recipients = recipients
        self.outcome = outcome
        self.detail = detail
        self.actor = actor
    }

    /// Whether another attempt the same day may send it again (it was not delivered).
    public var mayRetry: Bool { outcome == .failed || outcome == .noRecipient }
}
