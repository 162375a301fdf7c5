import FluentKit
import Foundation
import PlanCore
import PlanServices
import PlanStore
import PlanTestSupport
import SQLKit
import Testing

extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

@Suite("同時の保存と同時の起動")
struct ConcurrencyTests {
    enum Outcome: Sendable, Equatable { case accepted, conflict, other(String) }

    @Test("2つのインスタンスから200件を同時に保存: 同じ実績は1件だけが通り、残りは最新の値を示して断られ、変更の記録は通った件数と同じ", arguments: TestDatabases.kinds)
    func concurrentSaves(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withTwoInstances(
            db,
            configure: { config in
                // The rule under test is the versions, not the speed: the whole suite runs beside
                // this test on two cores, and 200 saves queue for SQLite's one writer far longer than
                // they do alone (3.6 s alone, 90–140 s in CI).
                config.databasePoolTimeout = 300
            }
        ) { a, b in
            try await Self.race(a, b)
        }
    }

    static func race(_ a: PlanServices, _ b: PlanServices) async throws {
        do {
            let r6 = FiscalYear(westernYear: 2024)
            let op = Viewer.commandLine("準備")
            let first = try await a.context(plan: nil, viewer: op)
            let units = ReportingUnits(first.snapshot.revised, year: r6).order
            #expect(units.count >= 52)
            let shared = units[0], created = units[1], own = Array(units[2..<52])
            _ = try await first.saveActuals([ActualChange(actual: Actual(indicator: shared, year: r6, value: 1), expectedVersion: 0)])
            let auditBefore = try await first.audit().count

            // 100 clients overwrite the same value (all read version 1), 50 race to create one new
            // value, 50 write values of their own; half through each instance.
            let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
                for i in 0..<200 {
                    group.addTask {
                        let change: ActualChange
                        switch i {
                        case 0..<100: change = ActualChange(actual: Actual(indicator: shared, year: r6, value: Decimal(100 + i)), expectedVersion: 1)
                        case 100..<150: change = ActualChange(actual: Actual(indicator: created, year: r6, value: Decimal(i)), expectedVersion: 0)
                        default: change = ActualChange(actual: Actual(indicator: own[i - 150], year: r6, value: Decimal(i)), expectedVersion: 0)
                        }
                        do {
                            let c = try await (i % 2 == 0 ? a : b).context(plan: nil, viewer: .commandLine("利用者\(i)"))
                            _ = try await c.saveActuals([change])
                            return (i, .accepted)
                        } catch let e as ServiceError where e.kind == .conflict && e.message.contains("最新の値") {
                            return (i, .conflict)
                        } catch {
                            return (i, .other(String(describing: error)))
                        }
                    }
                }
                var all: [Int: Outcome] = [:]
                for await (i, o) in group { all[i] = o }
                return all
            }
            func count(_ range: Range<Int>, _ o: Outcome) -> Int { range.filter { outcomes[$0] == o }.count }
            let others = outcomes.values.compactMap { if case .other(let s) = $0 { s } else { nil } }
            #expect(others.isEmpty, "理由の分からない失敗: \(others.prefix(3))")
            #expect(count(0..<100, .accepted) == 1)
            #expect(count(0..<100, .conflict) == 99)
            #expect(count(100..<150, .accepted) == 1)
            #expect(count(100..<150, .conflict) == 49)
            #expect(count(150..<200, .accepted) == 50)

            let after = try await a.context(plan: nil, viewer: op)
            let stored = after.snapshot.actuals[r6] ?? []
            #expect(stored.first { $0.actual.indicator == shared }?.version == 2)
            #expect(stored.count == 52)
            #expect(try await after.audit().count - auditBefore == 52)
        }
    }

    @Test(
        "多くの読み手が同時に計画を読む間に別のインスタンスが1つの計画に書いても、書いたあとの読みにはすぐに見え、ほかの計画は読み直さない",
        arguments: TestDatabases.kinds)
    func readsDuringAWriteOfAnotherInstance(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withTwoInstances(db) { a, b in
            let op = Viewer.commandLine("試験")
            let kaede = try PlanImporting.read(
                .init(path: Repo.example("kaede-reform-cp932.csv"), planID: "kaede", title: "かえで町行政改革推進計画", municipality: "かえで町"))
            try await a.savePlan(kaede, viewer: op)
            let setagayaBefore = try await b.context(plan: "setagaya", viewer: .anonymous).snapshot
            let kaedeBefore = try await b.context(plan: "kaede", viewer: .anonymous).snapshot
            #expect(kaedeBefore.departments.isEmpty)

            // 400 reads of both plans on instance b while instance a adds a department to kaede.
            let seen = try await withThrowingTaskGroup(of: (String, Bool).self) { group in
                for i in 0..<400 {
                    group.addTask {
                        let plan = i % 2 == 0 ? "setagaya" : "kaede"
                        let c = try await b.context(plan: plan, viewer: .anonymous)
                        return (plan, c.departments.contains { $0.name == "総務課" })
                    }
                }
                group.addTask {
                    _ = try await a.context(plan: "kaede", viewer: op).addDepartment("総務課")
                    return ("write", true)
                }
                var out: [(String, Bool)] = []
                for try await r in group { out.append(r) }
                return out
            }
            #expect(seen.count == 401)
            #expect(!seen.contains { $0.0 == "setagaya" && $0.1 }, "世田谷区の計画に別の計画の課が見えた")

            // After the write has returned, every read of kaede on b sees it, at once.
            for _ in 0..<20 {
                let c = try await b.context(plan: "kaede", viewer: .anonymous)
                #expect(c.departments.map(\.name) == ["総務課"], "書いたあとの読みに書き込みが見えない")
            }
            let setagayaAfter = try await b.context(plan: "setagaya", viewer: .anonymous).snapshot
            #expect(setagayaAfter === setagayaBefore, "別の計画への書き込みで世田谷区の計画を読み直した")
            #expect(try await b.context(plan: "kaede", viewer: .anonymous).snapshot !== kaedeBefore)
            // A plan that does not exist is still named as missing.
            await #expect(throws: ServiceError.self) { try await b.context(plan: "nonexistent", viewer: .anonymous) }
        }
    }

    @Test("SQLite: ほかのインスタンスが読みのトランザクションを開いたままでも、保存は待たずに確定し、その読みが終われば見える（先書きログ）")
    func saveWhileAnotherInstanceReads() async throws {
        try await TestDatabases.withTwoInstances(.sqlite) { a, b in
            let (reading, readStarted) = AsyncStream.makeStream(of: Void.self)
            let (released, release) = AsyncStream.makeStream(of: Void.self)
            let reader = Task {
                try await b.store.database().transaction { db in
                    // The read transaction holds its view of the file until it ends.
                    _ = try await (db as! any SQLDatabase).raw("SELECT count(*) AS n FROM plans").all()
                    readStarted.yield()
                    for await _ in released { break }
                }
            }
            for await _ in reading { break }
            // The reader stays open until the save has returned: with the rollback journal this
            // commit would wait for it and give up after the 30 s busy timeout ("database is locked").
            _ = try await a.context(plan: nil, viewer: .commandLine("試験")).addDepartment("先書きの課")
            release.yield()
            try await reader.value
            #expect(try await b.context(plan: nil, viewer: .commandLine("試験")).snapshot.departments.contains { $0.name == "先書きの課" })
        }
    }

    @Test("ACTIONPLAN_DB_CONNECTIONS: 既定は 4、1〜64 の整数を受け付け、ほかは受け付けるものを示して断る")
    func connectionsSetting() throws {
        #expect(try AppConfiguration.load(environment: [:]).databaseConnections == 4)
        #expect(try AppConfiguration.load(environment: ["ACTIONPLAN_DB_CONNECTIONS": "1"]).databaseConnections == 1)
        #expect(try AppConfiguration.load(environment: ["ACTIONPLAN_DB_CONNECTIONS": "64"]).databaseConnections == 64)
        for bad in ["0", "65", "abc", "2.5", "-1"] {
            do {
                _ = try AppConfiguration.load(environment: ["ACTIONPLAN_DB_CONNECTIONS": bad])
                Issue.record("「\(bad)」を受け付けた")
            } catch {
                #expect("\(error)".contains("1〜64"), "誤りの説明に受け付ける値がない: \(error)")
            }
        }
    }

    @Test("保存のトランザクションが接続を持っているあいだも、ほかの要求の読みは接続を待たずに答える（同じイベントループの読みも）", arguments: TestDatabases.kinds)
    func readsBesideAnOpenSave(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withOwnDatabase(db) { location in
            var config = TestDatabases.configuration(location)
            // A read that had to wait for the save's connection would fail after this long.
            config.databasePoolTimeout = 3
            config.databaseConnections = PlanStore.defaultConnectionsPerEventLoop
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let (inside, entered) = AsyncStream.makeStream(of: Void.self)
                let (released, release) = AsyncStream.makeStream(of: Void.self)
                let save = Task {
                    try await s.store.write(plan: "setagaya") { _ in
                        entered.yield()
                        for await _ in released { break }
                    }
                }
                for await _ in inside { break }
                // Reads from outside the event loops go to each loop in turn, so some of them ask
                // the loop whose connection the save holds.
                let answered = await withTaskGroup(of: String?.self) { group in
                    for _ in 0..<8 {
                        group.addTask {
                            do {
                                return try await s.store.plans.stamps()["setagaya"] == nil ? "版がない" : nil
                            } catch {
                                return "\(error)"
                            }
                        }
                    }
                    var failures: [String] = []
                    for await f in group { if let f { failures.append(f) } }
                    return failures
                }
                release.yield()
                try await save.value
                #expect(answered.isEmpty, "保存が終わるまで読みが待たされた: \(answered.first ?? "")")
            }
        }
    }

    @Test("7万の違う計画IDを同時に問い合わせても（データベースの束縛変数の上限を超える数）、版の読みは失敗せず、ある計画には版、ない計画には「ない」を返す", arguments: TestDatabases.kinds)
    func floodOfPlanIDs(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withServices(db) { s in
            let stamps = s.catalog.stamps
            let answers = try await withThrowingTaskGroup(of: (String, Int64?).self) { group in
                for i in 0..<70_000 {
                    let slug = i == 35_000 ? "setagaya" : "no-such-plan-\(i)"
                    group.addTask { (slug, try await stamps.stamp(of: slug)) }
                }
                var out: [String: Int64?] = [:]
                for try await (slug, stamp) in group { out[slug] = stamp }
                return out
            }
            #expect(answers.count == 70_000)
            #expect((answers["setagaya"] ?? nil) != nil, "ある計画の版が返らない")
            #expect(answers.filter { $0.key != "setagaya" && $0.value != nil }.isEmpty, "ない計画に版が返った")
        }
    }

    @Test("空のデータベースに2つのインスタンスを同時に起動しても、両方とも起動し、同梱の計画は1回だけ読み込まれる", arguments: TestDatabases.kinds)
    func concurrentStart(_ db: TestDatabases.Kind) async throws {
        try await TestDatabases.withOwnDatabase(db) { location in
            let config = TestDatabases.configuration(location)
            async let first = Result(catching: { try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) })
            async let second = Result(catching: { try await PlanServices.open(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) }
            )
            let opened = await [first, second]
            for o in opened { if case .failure(let e) = o { Issue.record("起動できなかった: \(String(reflecting: e))") } }
            for o in opened { if case .success(let s) = o { await s.close() } }
            try await PlanServices.with(config, hasher: BcryptTestHasher.shared, logger: TestDatabases.logger) { s in
                let plans = try await s.summaries()
                #expect(plans.map(\.id) == ["setagaya"])
                #expect(plans.map(\.version) == [1], "計画が2回読み込まれた")
            }
        }
    }
}
