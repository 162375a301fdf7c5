import ArgumentParser
import Foundation
import PlanBench
import PlanCore
import PlanData
import PlanStore
import PlanWeb

/// `actionplan bench …` — benchmark tools: the synthetic national corpus, its import, and the
/// roll-up of every plan. Figures go to standard output; docs/benchmarks.md says how they are run.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "性能測定の道具（全国規模の合成コーパスの生成・読み込み・全計画の集計）。",
        discussion: "測り方と結果は docs/benchmarks.md にあります。リリースビルド（swift build -c release）で測ってください。",
        subcommands: [BenchCorpusCommand.self, BenchSchemaCommand.self, BenchImportCommand.self, BenchRollUpCommand.self, BenchSampleCommand.self]
    )
}

/// Seconds since `start`, from the monotonic clock.
func elapsed(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

func figure(_ seconds: Double) -> String { String(format: "%.3f s", seconds) }

/// The configured database without the embedded plan (the corpus brings its own plans).
func benchConfiguration() throws -> AppConfiguration {
    var config = try Database.configuration()
    config.seedEmbeddedPlan = false
    return config
}

struct BenchCorpusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "世田谷区の計画を型にした合成計画のコーパスを書き出します（同じ引数なら毎回同じ内容）。",
        discussion: """
        出力: plans/m0001/（plan.csv・structure.csv・table.csv）…、actuals/m0001-R6.csv …（実績の様式）、
        sqlite/corpus.sql（sqlite3 で読み込む同じ行、計画ごとに1トランザクション）、
        postgres/<表>.tsv と postgres/load.psql（psql の \\copy で読み込む同じ行）、summary.txt。
        """
    )
    @Option(help: "書き出し先のフォルダ（空か、まだないこと）") var output: String
    @Option(help: "計画の数") var plans = 1741
    @Option(help: "乱数の種") var seed: UInt64 = 20240401
    @Option(name: .customLong("rows-per-insert"), help: "SQL の INSERT 1文あたりの行数（1 は sqlite3 の .dump と同じ形）") var rowsPerInsert = 500
    @Option(help: "実績を作る年度") var year: FiscalYearArgument = FiscalYearArgument(year: .r6)

    func run() async throws {
        let start = ContinuousClock.now
        let root = URL(fileURLWithPath: output)
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            throw ValidationError("書き出し先 \(output) が空ではありません。空のフォルダかまだないフォルダを指定してください。")
        }
        for sub in ["plans", "actuals", "sqlite", "postgres"] {
            try fm.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let corpus = SyntheticCorpus(template: try PlanData.setagayaPlan(), count: plans, seed: seed)
        let dump = CorpusDump(rowsPerInsert: rowsPerInsert)
        let sql = try FileOutput(root.appendingPathComponent("sqlite/corpus.sql"))
        var copyFiles: [String: FileOutput] = [:]
        var copyOrder: [(name: String, columns: [String])] = []
        var counts: [String: Int] = [:]
        var indicators = 0, targets = 0, actualCount = 0
        for n in 1...max(1, plans) {
            let plan = corpus.plan(n)
            let folder = root.appendingPathComponent("plans/\(plan.id)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, data) in PlanCSV.write(plan) { try data.write(to: folder.appendingPathComponent(name)) }
            let actuals = corpus.actuals(for: plan, year: year.year)
            try ActualsCSV.template(plan: plan, year: year.year, existing: actuals)
                .write(to: root.appendingPathComponent("actuals/\(plan.id)-\(year.year.code).csv"))
            let tables = dump.tables(plan, number: n)
            try sql.write(dump.sqliteScript(tables))
            for table in tables {
                if copyFiles[table.name] == nil {
                    copyFiles[table.name] = try FileOutput(root.appendingPathComponent("postgres/\(table.name).tsv"))
                    copyOrder.append((table.name, table.columns))
                }
                try copyFiles[table.name]!.write(CorpusDump.copyLines(table))
                counts[table.name, default: 0] += table.rows.count
            }
            indicators += plan.indicators.count
            targets += plan.indicators.reduce(0) { $0 + $1.targets.values.compactMap { $0 }.count }
            actualCount += actuals.count
        }
        try sql.close()
        for file in copyFiles.values { try file.close() }
        try Data(CorpusDump.psqlScript(order: copyOrder).utf8).write(to: root.appendingPathComponent("postgres/load.psql"))
        var summary = [
            "計画 \(plans)・行動指標 \(indicators)・年度の値 \(targets + actualCount)（目標値 \(targets)・\(year.year.code) の実績 \(actualCount)）",
            "種 \(seed)・INSERT 1文あたり \(rowsPerInsert) 行",
        ]
        summary += counts.keys.sorted().map { "  \($0) \(counts[$0]!) 行" }
        try Data((summary.joined(separator: "\n") + "\n").utf8).write(to: root.appendingPathComponent("summary.txt"))
        summary.forEach(printLine)
        printLine("書き出しました: \(output)（\(figure(elapsed(since: start)))）")
    }
}

/// Appends text to a file through a buffer.
final class FileOutput {
    private let handle: FileHandle
    private var buffer = Data()
    init(_ url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }
    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 4 << 20 { try flush() }
    }
    func flush() throws { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
    func close() throws { try flush(); try handle.close() }
}

struct BenchSchemaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "設定されたデータベースに表だけを作ります（同梱の計画は読み込みません）。sqlite3・psql での読み込みの比較用です。"
    )
    func run() async throws {
        try await PlanService.withCatalog(try benchConfiguration()) { _ in }
        printLine("表を作りました: \(try benchConfiguration().databaseDescription)")
    }
}

struct BenchImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "コーパスの全計画を、通常の読み込みと同じ処理（CSVの読み取り・検査・計画ごとに1トランザクションの保存）で読み込み、時間を表示します。",
        discussion: "--actuals を付けると、計画ではなく実績の様式を、通常の実績の保存（版の確認と監査記録付き）で読み込みます（計画は読み込み済みであること）。"
    )
    @Argument(help: "bench corpus の書き出し先") var corpus: String
    @Flag(help: "計画ではなく実績を読み込む") var actuals = false
    @Option(help: "1トランザクションで保存する計画の数（1なら通常の読み込みと同じく計画ごと。大きくすると、その数の計画が全部か無しかで入る）")
    var batch = 1
    @Option(help: "実績の年度") var year: FiscalYearArgument = FiscalYearArgument(year: .r6)

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch は1以上の整数にしてください（「\(batch)」）") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: corpus)
        let folders = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("plans").path).sorted()
        let year = self.year.year
        let withActuals = actuals, batch = self.batch
        let lines = try await PlanService.withCycle(try benchConfiguration()) { cycle in
            var lines: [String] = []
            if withActuals { return try await Self.importActuals(cycle, root: root, folders: folders, year: year) }
            var read = 0.0, indicators = 0
            let start = ContinuousClock.now
            // The next batch's CSVs are read, checked and encoded for the database while the
            // current batch is being saved.
            let repository = cycle.catalog.repository
            @Sendable func parse(_ names: ArraySlice<String>) throws -> ([PreparedPlan], Double) {
                let t = ContinuousClock.now
                let plans = try names.map { try repository.prepare(PlanCSV.read(folder: root.appendingPathComponent("plans/\($0)"))) }
                return (plans, elapsed(since: t))
            }
            let batches = stride(from: 0, to: folders.count, by: batch).map { folders[$0..<min($0 + batch, folders.count)] }
            var next = batches.first.map { names in Task.detached { try parse(names) } }
            for i in batches.indices {
                guard let current = next else { break }
                let (plans, seconds) = try await current.value
                next = i + 1 < batches.count ? Task.detached { [names = batches[i + 1]] in try parse(names) } : nil
                read += seconds
                try await repository.save(plans)
                indicators += plans.reduce(0) { $0 + $1.plan.indicators.count }
            }
            let total = elapsed(since: start)
            let unit = batch == 1 ? "計画ごとに1トランザクション" : "\(batch) 計画ごとに1トランザクション"
            lines.append("計画の読み込み（\(unit)）: \(folders.count) 計画・行動指標 \(indicators) を \(figure(total))（CSVの読み取り・検査・保存する形への変換 \(figure(read)) は保存と並行）")
            lines.append(String(format: "  %.0f 行動指標/秒", Double(indicators) / max(total, 1e-9)))
            return lines
        }
        lines.forEach(printLine)
    }

    static func importActuals(_ cycle: YearlyCycle, root: URL, folders: [String], year: FiscalYear) async throws -> [String] {
        let start = ContinuousClock.now
        var count = 0
        for name in folders {
            guard let loaded = try await cycle.catalog.plan(name) else { continue }
            let file = root.appendingPathComponent("actuals/\(name)-\(year.code).csv")
            let reading = try ActualsCSV.read(try Data(contentsOf: file), name: file.lastPathComponent, plan: loaded.plan,
                                              options: .init(year: year))
            try await cycle.cycle.saveActuals(plan: name, reading.actuals.map { ActualChange(actual: $0, expectedVersion: nil) },
                                              actor: "bench")
            count += reading.actuals.count
        }
        return ["実績の読み込み: \(folders.count) 計画の \(count) 件を \(figure(elapsed(since: start)))（計画ごとに1トランザクション、1件ごとに版の確認と監査記録）"]
    }
}

struct BenchRollUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollup",
        abstract: "データベースの全計画を1年度分評価し、目指す姿・方針・計画へ集計する時間を測ります。",
        discussion: """
        3通り測ります: (1) 計画と実績をデータベースから読むところから（起動直後）、
        (2) 計画はメモリ上（ポータルが版で確かめて保持している状態）で、全計画の版と実績をそれぞれ1回の問い合わせで読む、
        (3) 評価と集計の計算だけ。
        """
    )
    @Option(help: "年度") var year: FiscalYearArgument = FiscalYearArgument(year: .r6)
    @Option(help: "計画ID（省略時は全計画）") var plan: String?
    @Option(name: .customLong("repeat"), help: "繰り返し回数（最速の回を表示）") var rounds: Int = 3

    func run() async throws {
        let year = self.year.year
        let only = plan
        let rounds = max(1, self.rounds)
        let lines = try await PlanService.withCycle(try benchConfiguration()) { cycle in
            var slugs = try await cycle.catalog.repository.summaries().map(\.id)
            if let only { slugs = [only] }
            var cold = Double.infinity, warm = Double.infinity, compute = Double.infinity
            var warmParts = (versions: 0.0, actuals: 0.0)
            var checksum = ""
            for _ in 0..<rounds {
                await cycle.catalog.invalidate()
                var t = ContinuousClock.now
                var loaded: [(PlanCatalog.LoadedPlan, [Actual])] = []
                for slug in slugs {
                    guard let stored = try await cycle.catalog.repository.load(slug) else { continue }
                    let p = PlanCatalog.LoadedPlan(stored: stored, index: PlanIndex(stored.plan))
                    loaded.append((p, try await cycle.cycle.actuals(plan: slug, year: year).map(\.actual)))
                }
                _ = await Self.rollUp(loaded, year: year)
                cold = min(cold, elapsed(since: t))

                // The plans held in memory (as the portal's catalog holds them): check every plan's
                // version and read the year's actuals of every plan, one query each.
                t = ContinuousClock.now
                let versions = Dictionary(try await cycle.catalog.repository.summaries().map { ($0.id, $0.version) }, uniquingKeysWith: { a, _ in a })
                let versionsRead = elapsed(since: t)
                let actuals = try await cycle.cycle.actualValuesOfEveryPlan(year: year)
                let actualsRead = elapsed(since: t) - versionsRead
                var warmLoaded: [(PlanCatalog.LoadedPlan, [Actual])] = []
                for (p, _) in loaded where versions[p.plan.id] == p.stored.version {
                    warmLoaded.append((p, actuals[p.plan.id] ?? []))
                }
                _ = await Self.rollUp(warmLoaded, year: year)
                if elapsed(since: t) < warm { warm = elapsed(since: t); warmParts = (versionsRead, actualsRead) }

                t = ContinuousClock.now
                checksum = await Self.rollUp(warmLoaded, year: year)
                compute = min(compute, elapsed(since: t))
            }
            var indicators = 0
            for slug in slugs { indicators += try await cycle.catalog.repository.load(slug)?.plan.indicators.count ?? 0 }
            return [
                "集計: \(slugs.count) 計画・行動指標 \(indicators)・\(year.label)（\(rounds) 回の最速）",
                "  (1) 計画と実績をデータベースから: \(figure(cold))",
                "  (2) 計画はメモリ上（全計画の版を確かめる）、実績をデータベースから: \(figure(warm))（うち版の確認 \(figure(warmParts.versions))・実績の読み取り \(figure(warmParts.actuals))）",
                "  (3) 評価と集計の計算だけ: \(figure(compute))",
                "  確認: \(checksum)",
            ]
        }
        lines.forEach(printLine)
    }

    /// Evaluates and rolls up every plan, the plans shared out over the processor's cores;
    /// returns a short summary (so the work cannot be skipped).
    static func rollUp(_ plans: [(PlanCatalog.LoadedPlan, [Actual])], year: FiscalYear) async -> String {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (plans.count + cores - 1) / cores)
        let totals = await withTaskGroup(of: (Int, Int, Int).self) { group in
            for start in stride(from: 0, to: plans.count, by: chunk) {
                let part = Array(plans[start..<min(plans.count, start + chunk)])
                group.addTask {
                    var graded = 0, notReported = 0, goals = 0
                    for (loaded, actuals) in part {
                        let evaluator = PlanEvaluator(plan: loaded.plan, index: loaded.index, actuals: actuals)
                        let levels = evaluator.rollUps(evaluator.evaluations(year: year))
                        graded += levels.plan.grades.values.reduce(0, +)
                        notReported += levels.plan.notReported
                        goals += levels.goals.count
                    }
                    return (graded, notReported, goals)
                }
            }
            return await group.reduce(into: (0, 0, 0)) { $0 = ($0.0 + $1.0, $0.1 + $1.1, $0.2 + $1.2) }
        }
        return "評価あり \(totals.0)・未報告 \(totals.1)・目指す姿(N-M) \(totals.2)"
    }
}

struct BenchSampleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "ページの測定用に、計画の全事業を主管する課を作り、合成の実績を入力して公表します（測定用のデータベースだけで使ってください）。"
    )
    @Option(help: "年度") var year: FiscalYearArgument = FiscalYearArgument(year: .r6)
    @Option(name: .customLong("plan-id"), help: "計画ID（省略時は既定の計画）") var planID: String?
    @Option(help: "課の名前") var department = "測定課"

    func run() async throws {
        let year = self.year.year
        let (planID, department) = (self.planID, self.department)
        let line = try await PlanService.withCycle(try Database.configuration()) { cycle in
            guard let loaded = try await cycle.catalog.plan(planID) else {
                let known = try await cycle.catalog.repository.summaries().map(\.id).joined(separator: "、")
                throw ValidationError("計画「\(planID ?? cycle.catalog.defaultPlan)」がデータベースにありません（登録済み: \(known)）。--plan-id で指定してください。")
            }
            let slug = loaded.plan.id
            let actor = "bench"
            let dept: DepartmentRecord
            if let existing = try await cycle.cycle.department(plan: slug, name: department) {
                dept = existing
            } else {
                dept = try await cycle.cycle.addDepartment(plan: slug, name: department, actor: actor)
            }
            for project in Set(loaded.plan.placements.map(\.project)).sorted() {
                try await cycle.cycle.assign(plan: slug, project: project, department: dept, lead: true, actor: actor)
            }
            let actuals = SyntheticCorpus(template: loaded.plan, count: 1).actuals(for: loaded.plan, year: year)
            try await cycle.cycle.saveActuals(plan: slug, actuals.map { ActualChange(actual: $0, expectedVersion: nil) }, actor: actor)
            for step in [WorkflowAction.submit, .approve, .publish] {
                _ = try await cycle.cycle.perform(step, plan: slug, department: dept, year: year, role: step == .submit ? .department : .office,
                                                  comment: "", actor: actor)
            }
            return "\(slug): 課「\(department)」・実績 \(actuals.count) 件を \(year.label) に公表しました"
        }
        printLine(line)
    }
}
