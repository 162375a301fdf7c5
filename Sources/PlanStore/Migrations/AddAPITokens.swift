import FluentKit
import FluentSQL

/// API tokens of departments (only the SHA-256 of each token is kept) and the answers kept for
/// `Idempotency-Key`s, one per token and key. Added after `AddPasswordChangeRequired`; never edited.
struct AddAPITokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Schema.apiTokens).id()
            .field("plan_slug", .string, .required).field("department_id", .uuid, .required).field("name", .string, .required)
            .field("token_hash", .string, .required).field("created_by", .string, .required).field("created_at", .datetime, .required)
            .field("last_used_at", .datetime).field("revoked_at", .datetime).field("revoked_by", .string)
            .unique(on: "token_hash")
            .create()
        try await database.schema(Schema.idempotency).id()
            .field("token_id", .uuid, .required).field("key", .string, .required).field("request_hash", .string, .required)
            .field("status", .int, .required).field("body", .string, .required).field("created_at", .datetime, .required)
            .unique(on: "token_id", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Schema.idempotency).delete()
        try await database.schema(Schema.apiTokens).delete()
    }
}
