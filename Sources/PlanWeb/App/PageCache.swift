import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered public pages for anonymous readers, per plan and per the plan's stamp: a write to a
/// plan makes only that plan's pages stale. Keys are normalised (only the parameters a page
/// reads, in a fixed order), so no client can fill the cache with variants; the cache is an LRU
/// bounded by bytes and by entries.
final class PageCache: Sendable {
    struct Entry {
        var stamp: Int64
        var body: ByteBuffer
        var contentType: String
        var etag: String
        var used: UInt64
    }

    struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var clock: UInt64 = 0
    }

    let maximumBytes: Int
    let maximumEntries: Int
    private let state = NIOLockedValueBox(State())
    private let counters = ServerMetrics.pageCacheCounters()

    init(maximumBytes: Int = 64 * 1024 * 1024, maximumEntries: Int = 20_000) {
        self.maximumBytes = maximumBytes
        self.maximumEntries = maximumEntries
    }

    func get(_ key: String, stamp: Int64) -> Entry? {
        let entry = lookUp(key, stamp: stamp)
        (entry == nil ? counters.miss : counters.hit).increment()
        return entry
    }

    private func lookUp(_ key: String, stamp: Int64) -> Entry? {
        state.withLockedValue { s in
            s.clock += 1
            guard var e = s.entries[key], e.stamp == stamp else { return nil }
            e.used = s.clock
            s.entries[key] = e
            return e
        }
    }

    func put(_ key: String, stamp: Int64, body: ByteBuffer, contentType: String, etag: String) {
        state.withLockedValue { s in
            s.clock += 1
            if let old = s.entries[key] { s.bytes -= old.body.readableBytes }
            s.entries[key] = Entry(stamp: stamp, body: body, contentType: contentType, etag: etag, used: s.clock)
            s.bytes += body.readableBytes
            if s.bytes > maximumBytes || s.entries.count > maximumEntries {
                // Evict the least recently used tenth.
                let victims = s.entries.sorted { $0.value.used < $1.value.used }.prefix(max(1, s.entries.count / 10))
                for (k, e) in victims {
                    s.entries[k] = nil
                    s.bytes -= e.body.readableBytes
                }
            }
        }
    }

    /// How much the cache holds (its hits and misses are counted in the metrics).
    var statistics: (entries: Int, bytes: Int) {
        state.withLockedValue { ($0.entries.count, $0.bytes) }
    }
}
