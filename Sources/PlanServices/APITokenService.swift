import Crypto
import Foundation
import PlanCore
import PlanStore

extension PlanContext {
    /// The plan's API tokens (the office only): name, department, who issued it, last use.
    public func apiTokens() async throws -> [APIToken] {
        try requireOffice("APIトークンの一覧")
        return try await store.cycle(plan.id).apiTokens()
    }

    /// Issues a token for a department; the token itself is returned once and never stored.
    public func issueAPIToken(department: Department, name raw: String) async throws -> (token: APIToken, secret: String) {
        try requireOffice("APIトークンの発行")
        let name = raw.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 64 else { throw ServiceError.invalid("トークンの名前（使う仕組みの名前など）を1〜64文字で入れてください") }
        guard department.plan == plan.id else { throw ServiceError.notFound("課「\(department.name)」はこの計画の課ではありません") }
        let secret = APITokens.newSecret()
        let actor = viewer.actor
        do {
            let token = try await store.write(plan: plan.id) { w in
                try await w.addAPIToken(department: department, name: name, hash: APITokens.hash(secret), actor: actor)
            }
            return (token, secret)
        } catch {
            throw ServiceError.from(error)
        }
    }

    /// Revokes a token: from the next request on it is refused, on every instance.
    public func revokeAPIToken(id: UUID) async throws {
        try requireOffice("APIトークンの失効")
        guard let token = try await store.cycle(plan.id).apiTokens().first(where: { $0.id == id && $0.isActive }) else {
            throw ServiceError.notFound("このトークンはないか、すでに失効しています")
        }
        let actor = viewer.actor
        do { try await store.write(plan: plan.id) { w in try await w.revokeAPIToken(token, actor: actor) } } catch {
            throw ServiceError.from(error)
        }
    }
}

/// Tokens: `ap_` and 43 characters (32 random bytes, base64url); stored as SHA-256 (a token is
/// random enough that a slow hash adds nothing, and every API request checks one).
public enum APITokens {
    public static let prefix = "ap_"

    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        return prefix + text.replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ secret: String) -> String { Hex.string(SHA256.hash(data: Data(secret.utf8))) }
}

extension PlanServices {
    /// The viewer a token acts as in a plan: a clerk of the token's department, named in the
    /// audit trail by the token (`API「会計システム」（商業課）`). Refused (401) when the token is
    /// unknown or revoked, 403 when it belongs to another plan.
    public func viewer(apiToken secret: String, plan: String) async throws -> (viewer: Viewer, token: APIToken) {
        guard secret.hasPrefix(APITokens.prefix), let token = try await store.apiTokens.active(hash: APITokens.hash(secret)) else {
            throw ServiceError(.unauthenticated, "APIトークンが違うか、失効しています（計画担当が「APIトークン」で発行します）")
        }
        guard token.plan == plan else { throw ServiceError.forbidden("このAPIトークンは計画「\(token.plan)」のものです") }
        try await store.apiTokens.recordUse(token)
        let viewer = Viewer.commandLine("API「\(token.name)」（\(token.department.name)）", for: token.department)
        return (viewer, token)
    }
}
