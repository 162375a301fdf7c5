import Foundation
import PlanCore
import PlanStore
import PlanWeb
import Testing
import Vapor
import VaporTesting

@Suite("表示の保存（ページのキャッシュ）")
struct PageCacheTests {
    /// Two portal instances on one SQLite file, as two processes would be.
    func withTwoInstances(_ body: (Application, Application) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let a = try await buildApplication(AppConfiguration(database: .sqlite(path: path), logLevel: .warning))
        do {
            let b = try await buildApplication(AppConfiguration(database: .sqlite(path: path), logLevel: .warning))
            do { try await body(a, b) } catch { try? await b.asyncShutdown(); throw error }
            try await b.asyncShutdown()
        } catch { try? await a.asyncShutdown(); throw error }
        try await a.asyncShutdown()
    }

    @Test("公開ページは2回目から保存した応答を返し、別のインスタンスでの書き込みの直後には新しい内容を返す")
    func invalidatedByWritesThroughAnotherInstance() async throws {
        try await withTwoInstances { a, b in
            let first = try await a.get("/indicators/1-1.1.1")
            #expect(first.status == .ok)
            #expect(!first.body.string.contains("中間見直しのキャッシュ確認"))
            let hitsBefore = a.pageCache.hits
            let second = try await a.get("/indicators/1-1.1.1")
            #expect(a.pageCache.hits == hitsBefore + 1)
            #expect(second.body.string == first.body.string)
            #expect(second.headers.first(name: .eTag) == first.headers.first(name: .eTag))

            // A target revision written through instance B (another process, in production).
            let revision = TargetRevision(indicator: "1-1.1.1", year: .r6, value: 90, decidedOn: "2026-04-01", reason: "中間見直しのキャッシュ確認")
            try await CycleRepository(database: b.db).reviseTarget(plan: "setagaya", revision, previous: nil, actor: "test")
            let after = try await a.get("/indicators/1-1.1.1")
            #expect(after.status == .ok)
            #expect(after.body.string.contains("中間見直しのキャッシュ確認"))
            #expect(after.headers.first(name: .eTag) != first.headers.first(name: .eTag))
        }
    }

    @Test("ETag が同じなら保存した応答でも 304 を返す")
    func notModifiedFromCache() async throws {
        try await withPortal { app in
            let first = try await app.get("/goals/1-1")
            let tag = try #require(first.headers.first(name: .eTag))
            _ = try await app.get("/goals/1-1")
            let again = try await app.get("/goals/1-1", headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
        }
    }

    @Test("ログインした人の応答・セッションのある人の応答・ログイン画面は保存しない")
    func personalResponsesAreNotKept() async throws {
        try await withCycle { app in
            let clerk = Browser(app)
            try await clerk.login("commerce", "correct-horse-battery")
            let before = app.pageCache.count
            _ = try await clerk.get("/")
            _ = try await clerk.get("/goals/1-1")
            _ = try await app.get("/login")
            #expect(app.pageCache.count == before)
            let page = try await clerk.get("/")
            #expect(page.body.string.contains("commerce"))
            // The public version of the same page does not show the signed-in name.
            let publicPage = try await app.get("/")
            #expect(!publicPage.body.string.contains("commerce"))
        }
    }

    @Test("同時に来た要求は版の確認を1回にまとめ、要求より前に始まった確認の値は使わない")
    func stampReadsAreCoalesced() async throws {
        let reads = Counter()
        let cache = PageCache { loop in loop.makeFutureWithTask { await reads.next(sleeping: .milliseconds(50)) } }
        let early = Task { try await cache.currentStamp() }
        try await Task.sleep(for: .milliseconds(10))   // the first read is under way
        let late = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<20 { group.addTask { try await cache.currentStamp() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(try await early.value == 1)
        #expect(late == Array(repeating: 2, count: 20))
        #expect(await reads.value == 2)
    }
}

actor Counter {
    var value = 0
    func next(sleeping: Duration) async -> Int64 {
        value += 1
        let v = value
        try? await Task.sleep(for: sleeping)
        return Int64(v)
    }
}
