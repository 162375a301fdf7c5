import ArgumentParser
import Foundation
import PlanCore
import PlanServices
import PlanWeb

/// `actionplan backup FILE` — a consistent snapshot of the (possibly running) SQLite database.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "SQLite のデータベースの一貫したスナップショットをファイルに書きます（ポータルを止めずに取れます）。",
        discussion: "PostgreSQL では pg_dump を使います（docs/backup.md）。")
    @Argument(help: "書き出すファイル（まだないこと）") var file: String

    func run() async throws {
        do {
            let config = try commandConfiguration()
            try await Backup.backup(config, to: file, logger: logger(config))
        } catch { throw refuse(error) }
        printLine("バックアップを書きました: \(file)")
    }
}

/// `actionplan restore FILE` — replaces the SQLite database with a backup (server stopped).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "バックアップのファイルでデータベースを置き換えます。ポータルを止めてから実行してください。",
        discussion: "置き換える前のデータベースは「ファイル名.before-restore」として残します。PostgreSQL では pg_restore を使います（docs/backup.md）。")
    @Argument(help: "actionplan backup で作ったファイル") var file: String

    func run() async throws {
        let plans: [String]
        do {
            let config = try commandConfiguration()
            plans = try await Backup.restore(config, from: file, logger: logger(config))
        } catch { throw refuse(error) }
        printLine("復元しました: \(file)（計画: \(plans.joined(separator: "、"))）")
    }
}

/// `actionplan report --year R6 --format html|pdf [--output FILE] [--draft]`
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "年度の進捗状況報告書を HTML または PDF で作ります（公表済みの実績。--draft で公表前を含む下書き）。",
        discussion: "PDF はヘッドレスの Chromium（Debian の chromium）で HTML を印刷して作ります。Chromium がないときは、その旨を示して終了ステータス2で終わります。")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, pdf }

    @Option(help: "年度（例: R6）") var year: YearArgument
    @Option(help: "html または pdf") var format: Format = .html
    @Option(help: "書き出すファイル（省略時: HTML は標準出力、PDF は report-R6.pdf）") var output: String?
    @Flag(help: "公表前の実績を含む下書き（各ページに下書きと示します）") var draft = false
    @OptionGroup var options: PlanOptions

    func run() async throws {
        let year = self.year.year, draft = self.draft
        if format == .pdf {
            let target = output ?? "report-\(year.code).pdf"
            do {
                try await withPlan(options) { c in
                    _ = try c.requireYear(year)
                    try ReportRendering.pdf(c, year: year, draft: draft, to: target)
                }
            } catch let e as ServiceError {
                throw refuse(e)
            } catch {
                printError("エラー: \(error)")
                throw ExitStatus.unreadable
            }
            printLine("書き出しました: \(target)")
            return
        }
        let html: String
        do {
            html = try await withPlan(options) { c in
                _ = try c.requireYear(year)
                return ReportRendering.html(c, year: year, draft: draft)
            }
        } catch { throw refuse(error) }
        switch format {
        case .html:
            if let output {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output))
                printError("書き出しました: \(output)")
            } else {
                FileHandle.standardOutput.write(Data(html.utf8))
            }
        case .pdf: break
        }
    }
}

/// `actionplan publish --output DIR [--plan-id ID …] [--base-path /actionplan/] [--pdf] [--site-url URL]`
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish", abstract: "公開のページを静的なファイルに書き出します（nginx や自治体の CMS にそのまま置ける）。",
        discussion: """
            公表済みの実績だけを含む、すべての公開のページ（日本語と英語）・オープンデータのファイルと ZIP・サイトマップを書き出します。
            職員のページとサーバーが要るフォーム（検索・年度の選択）は含みません。書き出し先はリンクで、毎回新しいフォルダに書いてから
            1回の rename で差し替えます。前回から変わっていない計画は描き直さず、前回のファイルをそのまま使います。
            """)

    @Option(help: "書き出し先（ウェブサーバーが配るパス。初回は存在しない場所）") var output: String
    @Option(name: .customLong("plan-id"), help: "この計画だけ（何度でも指定できる。省略時はすべての計画）") var planIDs: [String] = []
    @Option(name: .customLong("base-path"), help: "サイトを置くパス（例: /actionplan/）") var basePath: String = "/"
    @Flag(help: "各年度の報告書の PDF も作る（Chromium が要る）") var pdf = false
    @Option(name: .customLong("site-url"), help: "サイトマップに書く絶対アドレスの頭（例: https://www.city.example.lg.jp）") var siteURL: String?

    func run() async throws {
        let options = StaticSite.Options(
            output: URL(fileURLWithPath: output), planIDs: planIDs.isEmpty ? nil : planIDs, basePath: basePath, pdf: pdf, siteURL: siteURL)
        let start = Date()
        let summary: StaticSite.Summary
        do {
            summary = try await withServices { services in
                try await StaticSite.publish(services, options) { printError($0) }
            }
        } catch let e as StaticSite.PublishError {
            printError("エラー: \(e)")
            throw ExitStatus.problems
        } catch { throw refuse(error) }
        if siteURL == nil {
            printError("注意: --site-url がないので、サイトマップのアドレスはパスだけです。検索エンジンに出すときは --site-url https://… を指定してください")
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        printLine(
            "書き出しました: \(output) → \(summary.release.lastPathComponent)（描いた計画 \(summary.rendered.count)・変わらず再利用 \(summary.reused.count)、ページ \(summary.pages)、ファイル \(summary.files)、\(summary.bytes / 1024) KB、\(seconds) 秒）"
        )
    }
}

/// `actionplan bench render [--plan-id ID] [--iterations N]` — what each kind of public page costs
/// when the page cache misses (docs/benchmarks.md).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "性能を測ります（render: ページのキャッシュがないときの描画の時間、memory: 計画をメモリに置く量と読む時間、activities: 活動記録、actuals: 実績の取り込み、floor: Vapor の床）。",
        subcommands: [Render.self, Memory.self, Activities.self, Actuals.self, Floor.self])

    struct Actuals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actuals",
            abstract: "すべての計画に、記入した実績の様式を1つずつ取り込み（actuals import と同じ処理、計画ごとに1トランザクション）、時間を測ります。",
            discussion: "データベースの計画（全国規模のコーパス）に実績を書きます。試験用のデータベースで、リリースビルドで測ってください（docs/benchmarks.md）。")
        @Option(help: "取り込む年度（省略時は計画ごとに最初の報告年度）") var year: YearArgument?
        @Option(help: "取り込む計画の数（省略時はすべて）") var plans: Int?
        @Option(help: "同時に取り込む計画の数（別々の計画の職員が同時に取り込む報告の時期）") var parallel: Int = 1
        @OptionGroup var options: PlanOptions

        func run() async throws {
            let year = self.year?.year, plans = self.plans, viewer = options.viewer, parallel = self.parallel
            guard parallel > 0 else { throw ValidationError("--parallel は1以上にしてください") }
            let r: ActualsBenchmark.Result
            do {
                r = try await withServices { services in
                    try await ActualsBenchmark.run(services, year: year, plans: plans, parallel: parallel, viewer: viewer)
                }
            } catch { throw refuse(error) }
            printLine(
                "計画 \(r.plans)、実績 \(r.values) 件（未報告 \(r.notReported)）を \(String(format: "%.2f", r.seconds)) s"
                    + "（\(Int(Double(r.values) / max(r.seconds, 1e-9))) 件/秒、同時に \(parallel) 計画）")
        }
    }

    struct Floor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "floor", abstract: "Vapor の床: 決まった答えを返すだけの Vapor のサーバー（/floor、ミドルウェアもデータベースもなし）を動かします。",
            discussion: "scripts/bench-national.sh が動的なサーバーと同じ機械で比べるために使います。")
        @Option(help: "待ち受けるアドレス") var hostname = "127.0.0.1"
        @Option(help: "ポート") var port = 18489

        func run() async throws { try await VaporFloor.serve(hostname: hostname, port: port) }
    }

    struct Activities: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activities",
            abstract: "すべての計画に活動記録の種類・きまりと記録を入れ、1件の追加と計算し直しの時間、全計画の年度の集計の前後の時間を測ります。",
            discussion: "データベースの計画（全国規模のコーパス）を書き換えます。試験用のデータベースで、リリースビルドで測ってください（docs/benchmarks.md）。")
        @Option(help: "入れる記録の数（計画に均等に分けます）") var records: Int = 1_000_000
        @Option(help: "1件の追加を測る回数") var sample: Int = 200
        @OptionGroup var options: PlanOptions

        func run() async throws {
            let records = self.records, sample = self.sample, viewer = options.viewer
            guard records > 0, sample > 0 else { throw ValidationError("--records と --sample は1以上にしてください") }
            let r: ActivityBenchmark.Result
            do {
                r = try await withServices { services in try await ActivityBenchmark.run(services, records: records, sample: sample, viewer: viewer) }
            } catch {
                throw refuse(error)
            }
            func f(_ v: Double) -> String { String(format: "%.2f", v) }
            printLine("計画 \(r.plans)、記録 \(r.records) 件")
            printLine("全計画の年度の評価と集計（読みのモデルから）: 前 \(f(r.rollUpBefore)) s、後 \(f(r.rollUpAfter)) s（\(f(r.rollUpAfter / max(r.rollUpBefore, 1e-9))) 倍）")
            printLine("種類ときまりの設定 \(f(r.define)) s、記録の取り込み \(f(r.importing)) s（\(Int(Double(r.records) / max(r.importing, 1e-9))) 件/秒）")
            printLine(
                "1件の追加と計算し直し（\(r.oneRecord.count) 回）: 中央値 \(f(r.percentile(50))) ms、p95 \(f(r.percentile(95))) ms、最大 \(f(r.percentile(100))) ms")
        }
    }

    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "公開のページを、ページのキャッシュなしで繰り返し描いて時間を測ります（計画の読みのモデルは1度だけ読みます）。",
            discussion: "リリースビルド（swift build -c release）で測ってください。結果はミリ秒です。")
        @Option(name: .customLong("plan-id"), help: "計画ID（省略時は ACTIONPLAN_DEFAULT_PLAN）") var planID: String?
        @Option(help: "各ページを描く回数") var iterations: Int = 200

        func run() async throws {
            let planID = self.planID, iterations = self.iterations
            guard iterations > 0 else { throw ValidationError("--iterations は1以上にしてください") }
            let result: RenderBenchmark.Result
            do {
                result = try await withServices { services in try await RenderBenchmark.run(services, plan: planID, iterations: iterations) }
            } catch { throw refuse(error) }
            func ms(_ v: Double) -> String { String(format: "%.2f", v) }
            printLine("計画 \(result.plan): データベースから読みのモデルを作る \(ms(result.load)) ms")
            printLine("ページ\tパス\t中央値 ms\tp99 ms\t最大 ms\t回数")
            for c in result.cases {
                printLine("\(c.name)\t\(c.path)\t\(ms(c.percentile(50)))\t\(ms(c.percentile(99)))\t\(ms(c.percentile(100)))\t\(c.milliseconds.count)")
            }
        }
    }

    struct Memory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "memory", abstract: "計画の読みのモデルをすべて（または --plans 件）読み、各年度の評価を計算して、常駐メモリの増え方を測ります。",
            discussion: "サーバーが ACTIONPLAN_CACHE_PLANS 件の計画を持つときのメモリの見積もりに使います（docs/benchmarks.md）。")
        @Option(help: "読む計画の数（省略時はすべて）") var plans: Int?
        @Option(help: "同時に読む計画の数") var parallel: Int = 1
        @Flag(help: "サーバーの起動時と同じく、表ごとに多くの計画をまとめて読む") var batched = false

        func run() async throws {
            let plans = self.plans, parallel = self.parallel, batched = self.batched
            guard parallel > 0 else { throw ValidationError("--parallel は1以上にしてください") }
            let r: MemoryBenchmark.Result
            do {
                r = try await withServices { services in
                    try await MemoryBenchmark.run(services, plans: plans, parallel: parallel, batched: batched)
                }
            } catch { throw refuse(error) }
            func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
            let n = max(1, r.plans)
            printLine("計画 \(r.plans)（指標 \(r.indicators)）")
            let how = batched ? "表ごとにまとめて" : "同時に \(parallel) 計画"
            printLine("読みのモデルをデータベースから作る: \(String(format: "%.2f", r.loadSeconds)) s（\(how)）")
            printLine("読む前 \(mb(r.before))、読みのモデル \(mb(r.loaded))（1計画あたり \(mb((r.loaded - r.before) / n))）")
            printLine("評価のあと \(mb(r.evaluated))（1計画あたり \(mb((r.evaluated - r.before) / n))）")
        }
    }
}
