import Foundation
import PlanCore
import PlanStore

/// Plans loaded from the database, kept in memory and re-read when their version changes
/// (every write bumps the version, so a write through any instance is seen at once).
public actor PlanCatalog {
    public nonisolated let repository: PlanRepository
    public nonisolated let defaultPlan: String
    private var cache: [String: LoadedPlan] = [:]

    public init(repository: PlanRepository, defaultPlan: String) {
        self.repository = repository
        self.defaultPlan = defaultPlan
    }

    /// A stored plan with the indexes pages need.
    public struct LoadedPlan: Sendable {
        public var stored: StoredPlan
        public var index: PlanIndex
        public var plan: Plan { stored.plan }
    }

    /// The plan, or nil when no plan has that id.
    public func plan(_ slug: String? = nil) async throws -> LoadedPlan? {
        let slug = slug ?? defaultPlan
        guard let version = try await repository.version(of: slug) else {
            cache[slug] = nil
            return nil
        }
        if let cached = cache[slug], cached.stored.version == version { return cached }
        guard let stored = try await repository.load(slug) else { return nil }
        let loaded = LoadedPlan(stored: stored, index: PlanIndex(stored.plan))
        cache[slug] = loaded
        return loaded
    }

    /// Forgets cached plans (after a write through this instance).
    public func invalidate() { cache.removeAll() }
}
