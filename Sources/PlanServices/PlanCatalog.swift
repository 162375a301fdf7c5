import Foundation
import PlanCore
import PlanStore
import Synchronization

/// Plans in memory, each as the snapshot of its current stamp. A request asks for a plan; the
/// catalog reads the plan's stamp (`StampReads`: one read for every request waiting at that
/// moment, begun after each of them arrived) and hands out the snapshot it holds for that stamp,
/// or builds a new one (once, however many requests ask at the same time). A write to a plan
/// raises that plan's stamp only, so every other plan's snapshot stays valid, on every
/// instance. At most `capacity` snapshots are kept; the least recently used goes first.
///
/// A lock, not an actor: a request that finds its snapshot takes the lock for a dictionary look-up
/// and goes on in its own task (an actor would cost a hop to its executor and back).
public final class PlanCatalog: Sendable {
    public let store: PlanStore
    public let capacity: Int
    public let stamps: StampReads
    private let state = Mutex(State())

    struct Entry {
        var snapshot: PlanSnapshot
        var used: UInt64
    }

    struct State {
        var entries: [String: Entry] = [:]
        var loading: [String: (stamp: Int64, task: Task<PlanSnapshot?, Error>)] = [:]
        /// Deleted plans (their stamp rows stay) at the stamp they were found gone: a request for
        /// one answers "no such plan" without reading the plan again (a new import raises the stamp).
        var absent: [String: Int64] = [:]
        var clock: UInt64 = 0
        var hits = 0
        var misses = 0
    }

    public init(store: PlanStore, capacity: Int) {
        self.store = store
        self.capacity = max(1, capacity)
        self.stamps = StampReads(store: store)
    }

    /// The plan's current snapshot, or nil when there is no such plan.
    public func snapshot(_ slug: String) async throws -> PlanSnapshot? {
        guard let stamp = try await stamps.stamp(of: slug) else {
            state.withLock { $0.entries[slug] = nil }
            return nil
        }
        return try await snapshot(slug, stamp: stamp)
    }

    /// The snapshot for a stamp already read.
    public func snapshot(_ slug: String, stamp: Int64) async throws -> PlanSnapshot? {
        let store = self.store
        let (held, task) = state.withLock { s -> (PlanSnapshot?, Task<PlanSnapshot?, Error>?) in
            s.clock += 1
            if var entry = s.entries[slug], entry.snapshot.stamp == stamp {
                entry.used = s.clock
                s.entries[slug] = entry
                s.hits += 1
                return (entry.snapshot, nil)
            }
            if s.absent[slug] == stamp { return (nil, nil) }
            s.misses += 1
            if let pending = s.loading[slug], pending.stamp == stamp { return (nil, pending.task) }
            let task = Task<PlanSnapshot?, Error> {
                guard let stored = try await store.plans.load(slug) else { return nil }
                return try await PlanSnapshot(stamp: stamp, stored: stored, cycle: store.cycle(slug))
            }
            s.loading[slug] = (stamp, task)
            return (nil, task)
        }
        if let held { return held }
        guard let task else { return nil }
        let loaded: PlanSnapshot?
        do {
            loaded = try await task.value
        } catch {
            state.withLock { s in if s.loading[slug]?.stamp == stamp { s.loading[slug] = nil } }
            throw error
        }
        state.withLock { s in
            if s.loading[slug]?.stamp == stamp { s.loading[slug] = nil }
            guard let loaded else {
                s.entries[slug] = nil
                if s.absent.count >= capacity { s.absent.removeAll() }
                s.absent[slug] = stamp
                return
            }
            s.absent[slug] = nil
            keep(loaded, slug, in: &s)
        }
        return loaded
    }

    /// Holds a snapshot built (a newer one may have been stored meanwhile: the newest stays).
    private func keep(_ loaded: PlanSnapshot, _ slug: String, in s: inout State) {
        if let current = s.entries[slug], current.snapshot.stamp >= loaded.stamp { return }
        s.entries[slug] = Entry(snapshot: loaded, used: s.clock)
        if s.entries.count > capacity {
            // Evict the least recently used (one pass, only when over the bound).
            if let oldest = s.entries.min(by: { $0.value.used < $1.value.used })?.key { s.entries[oldest] = nil }
        }
    }

    /// Builds the snapshots of many plans (at most `capacity`), reading each table once for
    /// `plansPerRead` plans at a time (default: the store's `plansPerRead`) instead of once per
    /// plan: the server filling its memory at start, so that the first request for each plan
    /// does not wait for its plan to be read. Plans already held at their current stamp are
    /// skipped. Returns how many were built.
    @discardableResult
    public func preload(_ slugs: [String], plansPerRead: Int? = nil) async throws -> Int {
        let plansPerRead = plansPerRead ?? store.plansPerRead
        let slugs = Array(slugs.prefix(capacity))
        var built = 0
        for start in stride(from: 0, to: slugs.count, by: max(1, plansPerRead)) {
            try Task.checkCancellation()
            let part = Array(slugs[start..<min(start + max(1, plansPerRead), slugs.count)])
            // The stamps first: the rows read after them are at least as new.
            let stamps = try await store.plans.stamps(of: part)
            let wanted = state.withLock { s in
                part.filter { slug in stamps[slug].map { stamp in s.entries[slug]?.snapshot.stamp != stamp } ?? false }
            }
            let batch = store.batch(wanted)
            for slug in wanted {
                guard let stamp = stamps[slug], let stored = try await store.plans(in: batch).load(slug) else { continue }
                let snapshot = try await PlanSnapshot(stamp: stamp, stored: stored, cycle: store.cycle(slug, in: batch))
                state.withLock { s in
                    s.clock += 1
                    keep(snapshot, slug, in: &s)
                }
                built += 1
            }
        }
        return built
    }

    /// How many plans are held.
    public var count: Int { state.withLock { $0.entries.count } }

    /// How often a request found its plan's snapshot, and how often it had to be built.
    public var statistics: (hits: Int, misses: Int) { state.withLock { ($0.hits, $0.misses) } }

    /// Forgets everything (after a restore).
    public func clear() {
        state.withLock { s in
            s.entries.removeAll()
            s.absent.removeAll()
        }
    }
}

/// Plans' stamps for many requests at once. A request's stamp comes from a read begun after the
/// request arrived, so that it sees every write committed before it (on any instance); while
/// one read is under way, the requests arriving meanwhile wait together for the next, which
/// reads all their plans in one statement. Under load that is one small read per round trip
/// instead of one per request; alone, a request waits for its own read only.
public final class StampReads: Sendable {
    typealias Waiter = (slug: String, resume: @Sendable (Result<Int64?, Error>) -> Void)

    struct State {
        var waiting: [Waiter] = []
        var reading = false
    }

    let store: PlanStore
    private let state = Mutex(State())
    static let slugsPerRead = 500

    init(store: PlanStore) { self.store = store }

    /// The plan's stamp as it stands now, or nil when no plan was ever stored under that id.
    public func stamp(of slug: String) async throws -> Int64? {
        try await withCheckedThrowingContinuation { continuation in stamp(of: slug) { continuation.resume(with: $0) } }
    }

    /// The same, answered to a callback (for the web layer's event loops, without a task).
    public func stamp(of slug: String, then resume: @escaping @Sendable (Result<Int64?, Error>) -> Void) {
        let start = state.withLock { s in
            s.waiting.append((slug, resume))
            if s.reading { return false }
            s.reading = true
            return true
        }
        if start { Task { await self.readWhileWaiting() } }
    }

    /// Reads for the waiting requests until none is left.
    private func readWhileWaiting() async {
        while true {
            let batch = state.withLock { s in
                let b = s.waiting
                s.waiting = []
                if b.isEmpty { s.reading = false }
                return b
            }
            if batch.isEmpty { return }
            do {
                // In statements of at most 500 plans (a flood of distinct ids stays within the
                // databases' limits on bound values).
                let slugs = Array(Set(batch.map(\.slug)))
                var read: [String: Int64] = [:]
                for start in stride(from: 0, to: slugs.count, by: Self.slugsPerRead) {
                    let part = try await store.plans.stamps(of: Array(slugs[start..<min(start + Self.slugsPerRead, slugs.count)]))
                    read.merge(part) { a, _ in a }
                }
                for w in batch { w.resume(.success(read[w.slug])) }
            } catch {
                for w in batch { w.resume(.failure(error)) }
            }
        }
    }
}
