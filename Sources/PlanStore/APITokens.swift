import FluentKit
import FluentSQL
import Foundation

/// A department's API token as the office sees it (the token itself is shown once, when it is
/// issued, and only its SHA-256 is stored).
public struct APIToken: Sendable, Equatable {
    public var id: UUID
    public var plan: String
    public var department: Department
    public var name: String
    public var createdBy: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public var isActive: Bool { revokedAt == nil }
}

/// An answer kept for an `Idempotency-Key`: sent again, the same request gets the same answer.
public struct IdempotentAnswer: Sendable, Equatable {
    public var requestHash: String
    public var status: Int
    public var body: String

    public init(requestHash: String, status: Int, body: String) {
        self.requestHash = requestHash
        self.status = status
        self.body = body
    }
}

extension PlanCycle {
    /// The plan's API tokens, newest first, revoked ones included.
    public func apiTokens() async throws -> [APIToken] {
        let departments = Dictionary(uniqueKeysWithValues: try await departments().map { ($0.id, $0) })
        let rows = try await RowReader(database: database).rows(
            Schema.apiTokens, columns: APITokenStore.columns, where: [("plan_slug", .text(plan))], orderBy: ["created_at"])
        return try rows.compactMap { try APITokenStore.token($0, departments: departments) }.reversed()
    }
}

extension PlanCycleWriter {
    /// Stores a new token (its hash) for a department of the plan.
    public func addAPIToken(department: Department, name: String, hash: String, actor: String) async throws -> APIToken {
        let id = UUID()
        try await sql.insert(into: Schema.apiTokens)
            .columns("id", "plan_slug", "department_id", "name", "token_hash", "created_by", "created_at")
            .values(SQLBind(id), SQLBind(plan), SQLBind(department.id), SQLBind(name), SQLBind(hash), SQLBind(actor), SQLBind(now))
            .run()
        try await audit(actor: actor, action: "APIトークンの発行", entity: "api_token", key: name, before: "", after: department.name)
        return APIToken(id: id, plan: plan, department: department, name: name, createdBy: actor, createdAt: now)
    }

    /// Revokes a token of the plan (at once, on every instance: each request looks its token up).
    public func revokeAPIToken(_ token: APIToken, actor: String) async throws {
        try await sql.update(Schema.apiTokens).set("revoked_at", to: SQLBind(now)).set("revoked_by", to: SQLBind(actor))
            .where("id", .equal, SQLBind(token.id)).where("plan_slug", .equal, SQLBind(plan)).run()
        try await audit(actor: actor, action: "APIトークンの失効", entity: "api_token", key: token.name, before: token.department.name, after: "失効")
    }
}

/// Looks tokens up by their hash (a request names its plan, the token must belong to it) and
/// keeps the answers of idempotent requests. Neither raises a plan's stamp: using a token
/// changes no page.
public struct APITokenStore: Sendable {
    let database: any Database

    static let columns = ["id", "plan_slug", "department_id", "name", "created_by", "created_at", "last_used_at", "revoked_at"]

    static func token(_ r: RowReader.Row, departments: [UUID: Department]) throws -> APIToken? {
        guard let department = departments[try r.uuid("department_id")] else { return nil }
        return APIToken(
            id: try r.uuid("id"), plan: try r.text("plan_slug"), department: department, name: try r.text("name"),
            createdBy: try r.text("created_by"), createdAt: try r.date("created_at"), lastUsedAt: try r.optionalDate("last_used_at"),
            revokedAt: try r.optionalDate("revoked_at"))
    }

    var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
            return sql
        }
    }

    /// The active token with this hash, and when it was last used; nil when none (or revoked).
    public func active(hash: String) async throws -> APIToken? {
        let reader = RowReader(database: database)
        guard let row = try await reader.rows(Schema.apiTokens, columns: Self.columns, where: [("token_hash", .text(hash))]).first else {
            return nil
        }
        let plan = try row.text("plan_slug")
        let departments = Dictionary(uniqueKeysWithValues: try await PlanCycle(plan: plan, database: database).departments().map { ($0.id, $0) })
        guard let token = try Self.token(row, departments: departments), token.isActive else { return nil }
        return token
    }

    /// Records a use (at most once a minute per token, so that a busy client does not write on every request).
    public func recordUse(_ token: APIToken, at now: Date = Date()) async throws {
        if let last = token.lastUsedAt, now.timeIntervalSince(last) < 60 { return }
        try await sql.update(Schema.apiTokens).set("last_used_at", to: SQLBind(now)).where("id", .equal, SQLBind(token.id)).run()
    }

    public func answer(token: UUID, key: String) async throws -> IdempotentAnswer? {
        guard
            let r = try await sql.select().columns("request_hash", "status", "body").from(Schema.idempotency)
                .where("token_id", .equal, SQLBind(token)).where("key", .equal, SQLBind(key)).first()
        else { return nil }
        return IdempotentAnswer(
            requestHash: try r.decode(column: "request_hash", as: String.self), status: try r.decode(column: "status", as: Int.self),
            body: try r.decode(column: "body", as: String.self))
    }

    /// How long an answer is kept for its key.
    public static let answerLifetime: TimeInterval = 24 * 60 * 60

    /// Keeps an answer; false when the key was kept meanwhile by a request sent at the same time.
    public func keep(_ answer: IdempotentAnswer, token: UUID, key: String, at now: Date = Date()) async throws -> Bool {
        try await sql.delete(from: Schema.idempotency).where("created_at", .lessThan, SQLBind(now.addingTimeInterval(-Self.answerLifetime))).run()
        do {
            try await sql.insert(into: Schema.idempotency).columns("id", "token_id", "key", "request_hash", "status", "body", "created_at")
                .values(
                    SQLBind(UUID()), SQLBind(token), SQLBind(key), SQLBind(answer.requestHash), SQLBind(answer.status), SQLBind(answer.body),
                    SQLBind(now)
                )
                .run()
            return true
        } catch {
            if try await self.answer(token: token, key: key) != nil { return false }
            throw error
        }
    }
}
