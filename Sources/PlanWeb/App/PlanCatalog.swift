import Foundation
import PlanCore
import PlanStore

/// Plans loaded from the database, kept in memory and re-read when their version changes
/// (every write bumps the version, so a write through any instance is seen at once).
public actor PlanCatalog {
    public nonisolated let repository: PlanRepository
    public nonisolated let defaultPlan: String
    /// How many plans stay in memory (the most recently used); one installation may hold every
    /// municipality's plan, about 1 MB each when loaded.
    public nonisolated let capacity: Int
    private var cache: [String: LoadedPlan] = [:]
    private var lastUse: [String: UInt64] = [:]
    private var clock: UInt64 = 0

    public init(repository: PlanRepository, defaultPlan: String, capacity: Int = 64) {
        self.repository = repository
        self.defaultPlan = defaultPlan
        self.capacity = max(1, capacity)
    }

    /// A stored plan with the indexes pages need.
    public struct LoadedPlan: Sendable {
        public var stored: StoredPlan
        public var index: PlanIndex
        public var plan: Plan { stored.plan }
        public init(stored: StoredPlan, index: PlanIndex) { self.stored = stored; self.index = index }
    }

    /// The plan, or nil when no plan has that id.
    public func plan(_ slug: String? = nil) async throws -> LoadedPlan? {
        let slug = slug ?? defaultPlan
        guard let version = try await repository.version(of: slug) else {
            cache[slug] = nil
            return nil
        }
        clock += 1
        lastUse[slug] = clock
        if let cached = cache[slug], cached.stored.version == version { return cached }
        guard let stored = try await repository.load(slug) else { return nil }
        let loaded = LoadedPlan(stored: stored, index: PlanIndex(stored.plan))
        cache[slug] = loaded
        while cache.count > capacity, let oldest = cache.keys.min(by: { (lastUse[$0] ?? 0) < (lastUse[$1] ?? 0) }) {
            cache[oldest] = nil
            lastUse[oldest] = nil
        }
        return loaded
    }

    /// Forgets cached plans (after a write through this instance).
    public func invalidate() { cache.removeAll(); lastUse.removeAll() }
}
