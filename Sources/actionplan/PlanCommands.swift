import ArgumentParser
import Foundation
import PlanCore
import PlanData
import PlanFiles
import PlanServices
import PlanStore

/// Options naming what a plan file is and who the plan is.
struct PlanFileOptions: ParsableArguments {
    @Option(help: "ブックのシート（省略時: 指標名の見出しのある最初のシート）。") var sheet: String?
    @Option(name: .customLong("plan-id"), help: "計画ID（半角英数字と - _。URLに使う）。") var planID: String?
    @Option(help: "計画名。") var title: String?
    @Option(help: "自治体の名前（地方公共団体名）。") var municipality: String?
    @Option(name: .customLong("municipality-code"), help: "全国地方公共団体コード（6桁、検査数字つき）。") var municipalityCode: String?
    @Option(name: .customLong("source-format"), help: "計画の表のテキスト（PDFから抽出）の書式（source-format.csv）。") var sourceFormat: String?
    @Option(help: "計画の表のテキストの修正ファイル（corrections.csv）。") var corrections: String?
    @Option(name: .customLong("vision-chart"), help: "ビジョンのロジックチャートのテキスト。") var visionChart: String?

    func request(_ path: String) -> PlanImporting.Request {
        PlanImporting.Request(
            path: path, sheet: sheet, planID: planID, title: title, municipality: municipality, municipalityCode: municipalityCode,
            sourceFormat: sourceFormat, corrections: corrections, visionChart: visionChart)
    }
}

extension PlanImporting.Request {
    /// For reading a file without saving it (`--dry-run`, `lint FILE`): the identity a saved
    /// plan needs is not asked for.
    mutating func fillPlaceholders() {
        planID = planID ?? "check"
        title = title ?? "（点検）"
        municipality = municipality ?? "（点検）"
    }
}

/// `actionplan import FILE` — reads a plan as the plan office has it, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "計画を読み込みます: 計画の表（Excel の .xlsx、CSV: UTF-8 または CP932）、計画のCSV一式（フォルダ）、計画の表のテキスト（PDFから抽出）。",
        discussion: """
            計画の表は、見出しの行（1行または2行）を見て各列の役割を決めます（docs/plan-format.md）。指標名の列より左の列が階層です。
            読み込みは全部か無しかです。1か所でも読めないときは、ファイル・シート・行・列と受け付ける形を示して何も保存しません。
            同じ計画IDの計画は置き換えます。--dry-run は読み取った表の形を示すだけで何も保存しません。
            例: actionplan import 計画.xlsx --plan-id sakura-city --title 総合計画 --municipality さくら市
            """
    )

    @Argument(help: "読み込むファイル（.xlsx・.csv・.txt）またはフォルダ。") var path: String
    @OptionGroup var file: PlanFileOptions
    @Option(name: .customLong("as"), help: "変更の記録に残す操作者の名前。") var actor: String?
    @Flag(name: .customLong("dry-run"), help: "読み取った表の形（階層・各列の役割と年度・指標の数）を示し、何も保存しません。") var dryRun = false
    @Option(help: "データベースではなく、このフォルダに計画のCSV一式を書き出します。") var output: String?

    func run() async throws {
        let result: PlanImporting.Result
        var request = file.request(path)
        if dryRun { request.fillPlaceholders() }
        do { result = try PlanImporting.read(request) } catch { throw refuse(error) }
        let plan = result.plan
        printLine("読み込みました（\(result.kind)）: \(plan.title)")
        for line in result.layout?.lines ?? [] { printLine("  " + line) }
        var counts: [String] = []
        for (i, level) in plan.levels.enumerated() { counts.append("\(level.name) \(plan.nodes.filter { $0.level == i }.count)") }
        printLine("  " + (counts + ["\(plan.indicatorLabel) \(plan.indicators.count)"]).joined(separator: "・"))
        if result.layout == nil, !plan.targetYears.isEmpty { printLine("  目標の年度: " + plan.targetYears.map(\.year.label).joined(separator: "、")) }
        let unresolved = result.notes.filter { $0.kind == .unresolved }
        for n in unresolved { printError("注意: \(n.source): \(n.message)") }
        if dryRun { return }
        if let output {
            do {
                try Self.writeAtomically(
                    PlanPackage.csvFiles(plan).merging(result.chart.map { [VisionChartCSV.file: VisionChartCSV.write($0)] } ?? [:]) { a, _ in a },
                    to: URL(fileURLWithPath: output))
            } catch { throw refuse(error) }
            printLine("書き出しました: \(output)")
            return
        }
        do {
            try await withServices { services in
                try await services.savePlan(result, viewer: .commandLine(actor ?? "コマンドライン"))
            }
        } catch { throw refuse(error) }
        printLine("データベースに保存しました: 計画ID \(plan.id)")
    }

    /// Writes every file to a temporary folder first, then moves them into place.
    static func writeAtomically(_ files: [String: Data], to folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let staging = folder.appendingPathComponent(".import-\(UUID().uuidString)")
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: staging) }
        for (name, data) in files { try data.write(to: staging.appendingPathComponent(name)) }
        for name in files.keys.sorted() {
            let target = folder.appendingPathComponent(name)
            _ = try? fm.removeItem(at: target)
            try fm.moveItem(at: staging.appendingPathComponent(name), to: target)
        }
    }
}

/// `actionplan show` — the plan as an indented tree.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "計画を階層の木として表示します。")
    @OptionGroup var options: PlanOptions
    @Option(help: "この項目（ID）から下だけを表示します。") var node: String?

    func run() async throws {
        let lines: [String]
        do {
            lines = try await withPlan(options) { c in
                if let node, c.index.nodesByID[node] == nil { throw ServiceError.notFound("項目「\(node)」はこの計画にありません") }
                return PlanTree.lines(c.plan, under: node)
            }
        } catch { throw refuse(error) }
        lines.forEach(printLine)
    }
}

/// `actionplan lint [FILE]` — the plan's inconsistencies; exit 0 clean, 1 problems, 2 unreadable.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "計画の目標値と文言の食い違いを点検します。",
        discussion: "FILE を省略するとデータベースの計画を点検し、取り込みで補った箇所と原文のまま残した誤字もあわせて報告します。終了ステータス: 0 問題なし、1 問題あり、2 入力を読めない。")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "点検するファイル（import と同じもの）。省略時はデータベースの計画。") var path: String?
    @OptionGroup var file: PlanFileOptions
    @Option(help: "text または jsonl") var format: Format = .text
    @Flag(help: "規則の一覧を表示します。") var rules = false

    func run() async throws {
        if rules {
            for r in PlanLinter.rules { printLine("\(r.id)\t\(r.severity.label)\t\(r.name)\t\(r.summary)") }
            return
        }
        let (plan, notes): (Plan, [ImportNote])
        do {
            if let path {
                var request = file.request(path)
                request.fillPlaceholders()
                let r = try PlanImporting.read(request)
                (plan, notes) = (r.plan, r.notes)
            } else {
                (plan, notes) = try await withPlan(file.planID) { c in (c.plan, c.snapshot.stored.notes) }
            }
        } catch { throw refuse(error) }
        let findings = PlanLinter(plan: plan, notes: notes).run()
        switch format {
        case .text:
            for f in findings { printLine(f.textLine) }
            let counts = LintFinding.Severity.allCases.map { s in "\(s.label) \(findings.filter { $0.severity == s }.count)" }
            printError("\(findings.count) 件（\(counts.joined(separator: "・"))）")
        case .jsonl:
            FileHandle.standardOutput.write(Data(try OpenData.jsonLines(findings).utf8))
        }
        if findings.contains(where: { $0.severity != .info }) { throw ExitStatus.problems }
    }
}

extension PlanOptions {
    init(planID: String?) {
        self.init()
        self.planID = planID
    }
}

/// `actionplan plan list|delete`
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan", abstract: "データベースの計画を一覧・削除します。", subcommands: [List.self, Delete.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "計画の一覧。")
        func run() async throws {
            let list: [PlanSummary]
            do { list = try await withServices { try await $0.summaries() } } catch { throw refuse(error) }
            for p in list { printLine("\(p.id)\t\(p.municipality)\t\(p.title)\t版\(p.version)") }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "計画を削除します（年度の記録も消えます。変更の記録は残ります）。")
        @Argument(help: "計画ID") var id: String
        func run() async throws {
            let deleted: Bool
            do { deleted = try await withServices { try await $0.store.plans.delete(id) } } catch { throw refuse(error) }
            guard deleted else {
                printError("エラー: 計画「\(id)」はありません")
                throw ExitStatus.problems
            }
            printLine("削除しました: \(id)")
        }
    }
}
