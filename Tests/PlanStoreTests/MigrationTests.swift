import Foundation
import PlanCore
import PlanData
import PlanStore
import PlanTestSupport
import Testing

/// A database made by the release before the plan-shape change (commit 5b28e3c; how it was made:
/// Fixtures/make-fixture.sh) is migrated to the new shape with nothing lost: on SQLite from the
/// committed file, on PostgreSQL from the committed dump.
@Suite("前の版のデータベースの移行")
struct MigrationTests {
    static let r6 = FiscalYear(westernYear: 2024)

    /// Opens a copy of the release's database, migrated.
    static func withReleaseDatabase(_ kind: TestDatabases.Kind, _ body: (PlanStore) async throws -> Void) async throws {
        try await TestDatabases.withOwnDatabase(kind) { location in
            switch location {
            case .sqlite(let path):
                try FileManager.default.copyItem(atPath: Repo.fixture("release-5b28e3c.sqlite").path, toPath: path)
            case .postgres(let url):
                try await TestDatabases.psql(url, file: Repo.fixture("release-5b28e3c.postgres.sql").path)
            case .sqliteMemory:
                Issue.record("移行の試験はファイルで行う")
            }
            try await PlanStore.with(location, seed: .embeddedPlan, logger: TestDatabases.logger) { store in
                try await body(store)
            }
        }
    }

    static func lines(_ url: URL) throws -> [[String: Any]] {
        try String(decoding: Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test("計画は移行の後も前の版の export indicators と同じ事実を持つ（キーも値も）", arguments: TestDatabases.kinds)
    func planFacts(_ kind: TestDatabases.Kind) async throws {
        try await Self.withReleaseDatabase(kind) { store in
            #expect(try await store.plans.summaries().map(\.id) == ["setagaya"])
            let stored = try #require(try await store.plans.load("setagaya"))
            let plan = stored.plan
            #expect(plan.levels.map(\.name) == ["基本の方針", "目指す姿", "目指す姿", "取組み", "施策", "事業"])
            #expect(plan.targetYears.map(\.year.code) == ["R6", "R7", "R8", "R9", "R13"])
            #expect(!stored.notes.isEmpty)
            let before = try Self.lines(Repo.root.appendingPathComponent("Tests/Baselines/indicators.jsonl"))
            let now = try OpenData.indicators(plan).map {
                try JSONSerialization.jsonObject(with: try OpenData.encoder().encode($0)) as! [String: Any]
            }
            let byID = Dictionary(uniqueKeysWithValues: now.map { ($0["id"] as! String, $0) })
            #expect(now.count == before.count)
            var differences: [String] = []
            for old in before {
                let id = old["id"] as! String
                guard let new = byID[id] else {
                    differences.append("\(id) がない")
                    continue
                }
                for (key, value) in old where NSArray(object: value) != new[key].map({ NSArray(object: $0) }) {
                    differences.append("\(id).\(key)")
                }
            }
            #expect(differences == [])
            // The grading scale chosen on the release is the plan's ratio scheme.
            #expect(plan.grading.description == "比率:S:110,A:100,B:80,C:50,D:0")
        }
    }

    @Test("所管課・担当・実績・手続き・見直し・ロック・自己評価・利用者・監査証跡がすべて残る", arguments: TestDatabases.kinds)
    func cycleFacts(_ kind: TestDatabases.Kind) async throws {
        try await Self.withReleaseDatabase(kind) { store in
            let c = store.cycle("setagaya")
            let departments = try await c.departments()
            #expect(Set(departments.map(\.name)) == ["商業課", "工業・ものづくり・雇用促進課"])
            let shogyo = try #require(departments.first { $0.name == "商業課" })
            let kogyo = try #require(departments.first { $0.name == "工業・ものづくり・雇用促進課" })
            #expect(try await c.items(of: shogyo.id) == ["1-1.1", "1-1.3"])
            #expect(try await c.items(of: kogyo.id) == ["2-1.2"])

            let actuals = try await c.actuals(year: Self.r6)
            let values = Dictionary(uniqueKeysWithValues: actuals.map { ($0.actual.indicator, $0.actual.value) })
            #expect(values == ["1-1.1.1": Decimal(string: "71.3")!, "1-1.3.1": 4, "2-1.2.1": 612])
            #expect(actuals.first { $0.actual.indicator == "1-1.1.1" }?.actual.note == "アプリ調査による")
            // Stored under the fiscal year, which reads back as R6.
            #expect(actuals.allSatisfy { $0.actual.year.code == "R6" })

            let submissions = try await c.submissions(year: Self.r6)
            #expect(submissions[shogyo.id]?.state == .published)
            #expect(submissions[kogyo.id]?.state == .returned)
            #expect(submissions[kogyo.id]?.comment == "相談件数の内訳を備考に書いてください")

            let revisions = try await c.targetRevisions()
            #expect(revisions.count == 1)
            #expect(revisions.first?.indicator == "2-1.2.1")
            #expect(revisions.first?.year.code == "R8")
            #expect(revisions.first?.value == 720)
            #expect(revisions.first?.decidedOn == CalendarDay(year: 2026, month: 4, day: 1))
            #expect(revisions.first?.reason == "中間見直しで上方修正")

            #expect(try await c.isLocked(year: Self.r6) == false)

            let evaluations = try await c.selfEvaluations()
            #expect(evaluations.count == 1)
            let e = try #require(evaluations.first?.evaluation)
            #expect(e.project == "1-1.3")
            #expect(e.year.code == "R7")
            #expect(e.text == "モデル地域で勉強会を4回開催した")
            #expect(e.direction?.rawValue == "改善・継続")
            #expect(e.milestones.first?.year.code == "R6")
            #expect(e.milestones.first?.comment == "予定どおり")

            let accounts = try await store.accounts.all()
            #expect(Set(accounts.map(\.name)) == ["office1", "shogyo1", "giin1"])
            let office = try #require(accounts.first { $0.name == "office1" })
            #expect(office.role == .office)
            #expect(BcryptTestHasher.shared.verify("office-password-1", hash: office.passwordHash))
            #expect(accounts.first { $0.name == "shogyo1" }?.department?.name == "商業課")

            let audit = try await c.audit()
            #expect(audit.count == 21)
            #expect(audit.allSatisfy { $0.plan == "setagaya" })
            #expect(audit.contains { $0.action.contains("ロック解除") })
        }
    }

    @Test("移行は一度だけ: もう一度開いても何も変わらない", arguments: TestDatabases.kinds)
    func idempotent(_ kind: TestDatabases.Kind) async throws {
        try await TestDatabases.withOwnDatabase(kind) { location in
            switch location {
            case .sqlite(let path): try FileManager.default.copyItem(atPath: Repo.fixture("release-5b28e3c.sqlite").path, toPath: path)
            case .postgres(let url): try await TestDatabases.psql(url, file: Repo.fixture("release-5b28e3c.postgres.sql").path)
            case .sqliteMemory: break
            }
            let first = try await PlanStore.with(location, logger: TestDatabases.logger) { s in
                (try await s.plans.stamps(), try await s.cycle("setagaya").audit().count)
            }
            let second = try await PlanStore.with(location, logger: TestDatabases.logger) { s in
                (try await s.plans.stamps(), try await s.cycle("setagaya").audit().count)
            }
            #expect(first.0 == second.0)
            #expect(first.1 == second.1)
        }
    }
}

@Suite("PostgreSQL の試験")
struct PostgresPresenceTests {
    @Test("CI が PostgreSQL を求めるときは、PostgreSQL の試験が実際に走る")
    func postgresRuns() throws {
        print(
            "データベースごとの試験: \(TestDatabases.kinds.map(\.description).joined(separator: "・"))（PostgreSQL: \(TestDatabases.postgresURL == nil ? "なし" : "あり")）"
        )
        if TestDatabases.postgresRequired {
            #expect(TestDatabases.postgresURL != nil, "ACTIONPLAN_REQUIRE_POSTGRES=1 なのに ACTIONPLAN_TEST_POSTGRES_URL がない")
            #expect(TestDatabases.kinds.contains(.postgres))
        } else if TestDatabases.postgresURL == nil {
            print("注意: ACTIONPLAN_TEST_POSTGRES_URL がないので、PostgreSQL の試験は行いません（.ci/run は PostgreSQL を起動して行います）")
        }
    }
}
