import Foundation
import PlanBench
import PlanCore
import PlanData
import PlanStore
import PlanWeb
import SQLKit
import Testing

@Suite("全国規模の合成コーパス（性能測定用）")
struct SyntheticCorpusTests {
    let template: Plan
    init() throws { template = try PlanData.setagayaPlan() }

    @Test("同じ種と番号からは毎回同じ計画ができる")
    func deterministic() {
        let a = SyntheticCorpus(template: template, count: 3), b = SyntheticCorpus(template: template, count: 3)
        #expect(a.plan(2) == b.plan(2))
        #expect(a.plan(2) != a.plan(3))
        #expect(PlanCSV.write(a.plan(1)) == PlanCSV.write(b.plan(1)))
    }

    @Test("合成の計画は世田谷区の計画と同じ種別・単位・再掲の形で、行動指標は150〜252件")
    func shapedLikeTheTemplate() throws {
        let corpus = SyntheticCorpus(template: template, count: 40)
        let kinds = Set(template.indicators.map(\.kind)), units = Set(template.indicators.map(\.unit))
        var sizes: [Int] = []
        for n in 1...40 {
            let plan = corpus.plan(n)
            sizes.append(plan.indicators.count)
            #expect((150...252).contains(plan.indicators.count))
            #expect(Set(plan.indicators.map(\.kind)).isSubset(of: kinds))
            #expect(Set(plan.indicators.map(\.unit)).isSubset(of: units))
            #expect(plan.placements.contains { $0.relisted })
            let placements = Set(plan.placements.map(\.id))
            #expect(plan.indicators.allSatisfy { placements.contains($0.placement) })
            #expect(plan.placements.compactMap(\.original).allSatisfy { placements.contains($0) })
            // The CSV files the benchmark imports read back as the same plan.
            #expect(try PlanCSV.read(files: PlanCSV.write(plan)) == plan)
        }
        let mean = Double(sizes.reduce(0, +)) / Double(sizes.count)
        #expect((180...222).contains(mean))
    }

    @Test("実績は約9割の報告単位にあり、未報告の単位は行を作らない")
    func actualsLeaveSomeUnreported() {
        let corpus = SyntheticCorpus(template: template, count: 1)
        let plan = corpus.plan(1)
        let actuals = corpus.actuals(for: plan, year: .r6)
        let units = ReportingUnits(plan, year: .r6).order.count
        #expect(actuals.count < units)
        #expect(Double(actuals.count) > Double(units) * 0.75)
        #expect(actuals.allSatisfy { $0.value != nil })
    }

    @Test("sqlite3 に読ませるSQLの行は、読み込み（bench import）が保存する行と同じ計画になる")
    func sqlScriptHoldsTheSameRows() async throws {
        let corpus = SyntheticCorpus(template: template, count: 2)
        var config = AppConfiguration(database: .sqliteMemory, logLevel: .warning)
        config.seedEmbeddedPlan = false
        try await PlanService.withCatalog(config) { catalog in
            let dump = CorpusDump(rowsPerInsert: 37)
            let plan = corpus.plan(2)
            let sql = try #require(catalog.repository.database as? any SQLDatabase)
            for statement in dump.sqliteStatements(dump.tables(plan, number: 2)) { try await sql.raw(SQLQueryString(statement)).run() }
            let loaded = try #require(try await catalog.repository.load(plan.id))
            #expect(loaded.plan == plan)
            #expect(loaded.version == 1)
            // And the repository's own save of the same plan stores the same plan.
            try await catalog.repository.save(plan)
            #expect(try await catalog.repository.load(plan.id)?.plan == plan)
        }
    }
}
