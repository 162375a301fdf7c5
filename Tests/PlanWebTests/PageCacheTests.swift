import Foundation
import PlanServices
import Testing
import Vapor

@testable import PlanWeb

@Suite("描いたページの保存")
struct PageCacheTests {
    static func page(_ n: Int, bytes: Int) -> ByteBuffer { ByteBuffer(repeating: UInt8(ascii: "a") + UInt8(n % 20), count: bytes) }

    @Test("上限の量を超えると、最近使われていないページから捨て、最近読まれたページは残る")
    func leastRecentlyUsedGoesFirst() {
        // 10 pages of 100 KB under a bound of 1 MB: the 11th evicts the least recently used tenth (one page).
        let cache = PageCache(maximumBytes: 1_000_000, maximumEntries: 1_000)
        for n in 0..<10 { cache.put("p\(n)", stamp: 1, body: Self.page(n, bytes: 100_000), contentType: "text/html", etag: "\"\(n)\"") }
        #expect(cache.statistics.entries == 10)
        // p0 is read again: p1 is now the least recently used.
        #expect(cache.get("p0", stamp: 1) != nil)
        cache.put("p10", stamp: 1, body: Self.page(10, bytes: 100_000), contentType: "text/html", etag: "\"10\"")
        #expect(cache.get("p1", stamp: 1) == nil, "最近使われていないページが残った")
        #expect(cache.get("p0", stamp: 1) != nil, "最近読まれたページが捨てられた")
        #expect(cache.get("p10", stamp: 1) != nil)
        #expect(cache.statistics.bytes <= 1_000_000)
    }

    @Test("計画の版が変わったページは返さない")
    func staleStampMisses() {
        let cache = PageCache(maximumBytes: 1_000_000)
        cache.put("p", stamp: 1, body: Self.page(0, bytes: 10), contentType: "text/html", etag: "\"0\"")
        #expect(cache.get("p", stamp: 2) == nil)
        #expect(cache.get("p", stamp: 1) != nil)
    }

    @Test("ACTIONPLAN_PAGE_CACHE_MB: 既定は 64 MB、0 から 65536 の整数を受け付け、ほかは受け付けるものを示して断る")
    func configuration() throws {
        #expect(try AppConfiguration.load(environment: [:]).pageCacheMegabytes == 64)
        #expect(try AppConfiguration.load(environment: ["ACTIONPLAN_PAGE_CACHE_MB": "16"]).pageCacheMegabytes == 16)
        #expect(try AppConfiguration.load(environment: ["ACTIONPLAN_PAGE_CACHE_MB": "0"]).pageCacheMegabytes == 0)
        for bad in ["abc", "-1", "70000", "1.5"] {
            do {
                _ = try AppConfiguration.load(environment: ["ACTIONPLAN_PAGE_CACHE_MB": bad])
                Issue.record("「\(bad)」を受け付けた")
            } catch {
                #expect("\(error)".contains("0〜65536"), "誤りの説明に受け付ける値がない: \(error)")
            }
        }
    }
}
