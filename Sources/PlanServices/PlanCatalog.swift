import Foundation
import PlanCore
import PlanStore

/// Plans in memory, each as the snapshot of its current stamp. A request asks for a plan; the
/// catalog reads the plan's stamp (one row by its key) and hands out the snapshot it holds for
/// that stamp, or builds a new one (once, however many requests ask at the same time). A write
/// to a plan raises that plan's stamp only, so every other plan's snapshot stays valid, on every
/// instance. At most `capacity` snapshots are kept; the least recently used goes first.
public actor PlanCatalog {
    public nonisolated let store: PlanStore
    public nonisolated let capacity: Int
    private var entries: [String: Entry] = [:]
    private var loading: [String: (stamp: Int64, task: Task<PlanSnapshot?, Error>)] = [:]
    private var clock: UInt64 = 0
    public private(set) var hits = 0
    public private(set) var misses = 0

    struct Entry {
        var snapshot: PlanSnapshot
        var used: UInt64
    }

    public init(store: PlanStore, capacity: Int) {
        self.store = store
        self.capacity = max(1, capacity)
    }

    /// The plan's current snapshot, or nil when there is no such plan.
    public func snapshot(_ slug: String) async throws -> PlanSnapshot? {
        guard let stamp = try await store.plans.stamp(of: slug) else {
            entries[slug] = nil
            return nil
        }
        return try await snapshot(slug, stamp: stamp)
    }

    /// The snapshot for a stamp already read.
    public func snapshot(_ slug: String, stamp: Int64) async throws -> PlanSnapshot? {
        clock += 1
        if var entry = entries[slug], entry.snapshot.stamp == stamp {
            entry.used = clock
            entries[slug] = entry
            hits += 1
            return entry.snapshot
        }
        misses += 1
        if let pending = loading[slug], pending.stamp == stamp { return try await pending.task.value }
        let store = self.store
        let task = Task<PlanSnapshot?, Error> {
            guard let stored = try await store.plans.load(slug) else { return nil }
            return try await PlanSnapshot(stamp: stamp, stored: stored, cycle: store.cycle(slug))
        }
        loading[slug] = (stamp, task)
        defer { if loading[slug]?.stamp == stamp { loading[slug] = nil } }
        guard let snapshot = try await task.value else {
            entries[slug] = nil
            return nil
        }
        // A newer stamp may have been stored meanwhile; keep the newest.
        if let current = entries[slug], current.snapshot.stamp > stamp { return snapshot }
        entries[slug] = Entry(snapshot: snapshot, used: clock)
        while entries.count > capacity, let oldest = entries.min(by: { $0.value.used < $1.value.used })?.key {
            entries[oldest] = nil
        }
        return snapshot
    }

    /// How many plans are held.
    public var count: Int { entries.count }

    /// Forgets everything (after a restore).
    public func clear() { entries.removeAll() }
}
