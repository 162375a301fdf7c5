import ArgumentParser
import Foundation
import PlanCore
import PlanStore
import PlanWeb

/// Shared options for commands of the yearly cycle.
struct CycleOptions: ParsableArguments {
    @Option(name: .customLong("plan-id"), help: "計画ID（省略時は ACTIONPLAN_DEFAULT_PLAN、既定は setagaya）。")
    var planID: String?

    @Option(name: .customLong("as"), help: "記録に残す操作者の名前（省略時は「コマンドライン（ユーザー名）」）。")
    var actor: String?

    var actorName: String { actor ?? "コマンドライン（\(ProcessInfo.processInfo.environment["USER"] ?? "root")）" }
}

/// Runs with the configured database's plans and yearly cycle.
func withCycle<T: Sendable>(_ body: (YearlyCycle) async throws -> T) async throws -> T {
    var config = try AppConfiguration.load()
    if ProcessInfo.processInfo.environment[AppConfiguration.Key.logLevel] == nil { config.logLevel = .warning }
    return try await PlanService.withCycle(config, body)
}

func requirePlan(_ cycle: YearlyCycle, _ id: String?) async throws -> PlanCatalog.LoadedPlan {
    guard let loaded = try await cycle.catalog.plan(id) else {
        throw CycleError.notFound("計画「\(id ?? cycle.catalog.defaultPlan)」がデータベースにありません")
    }
    return loaded
}

/// Prints a refusal and exits 1 (the input was read but refused) or 2 (unreadable).
func refuse(_ error: Error) -> ExitCode {
    if let e = error as? CycleError {
        FileHandle.standardError.write(Data("エラー: \(e.description)\n".utf8))
        return ExitStatus.problems
    }
    if let failure = error as? ImportFailure {
        for e in failure.errors { FileHandle.standardError.write(Data(("エラー: " + e.description + "\n").utf8)) }
        return ExitStatus.problems
    }
    return fail(error)
}

struct FiscalYearArgument: ExpressibleByArgument {
    var year: FiscalYear
    init(year: FiscalYear) { self.year = year }
    init?(argument: String) {
        guard let y = FiscalYear(parsing: argument) else { return nil }
        year = y
    }
    static var defaultCompletionKind: CompletionKind { .list(["R6", "R7", "R8", "R9", "R13"]) }
}

/// `actionplan department add 名`
struct DepartmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "department", abstract: "所管課を管理します。",
                                                    subcommands: [Add.self, List.self])
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "所管課を追加します。")
        @Argument(help: "課の名前（例: 商業課）") var name: String
        @OptionGroup var options: CycleOptions
        func run() async throws {
            do {
                try await withCycle { c in
                    let plan = try await requirePlan(c, options.planID)
                    try await c.cycle.addDepartment(plan: plan.plan.id, name: name, actor: options.actorName)
                }
            } catch { throw refuse(error) }
            printLine("課を追加しました: \(name)")
        }
    }
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "所管課と担当する事業の数を表示します。")
        @OptionGroup var options: CycleOptions
        func run() async throws {
            let lines: [String]
            do {
                lines = try await withCycle { c in
                    let plan = try await requirePlan(c, options.planID)
                    let assignments = try await c.cycle.assignments(plan: plan.plan.id)
                    return try await c.cycle.departments(plan: plan.plan.id).map { d in
                        "\(d.name)\t事業 \(assignments.filter { $0.departmentID == d.id }.count)"
                    }
                }
            } catch { throw refuse(error) }
            lines.forEach(printLine)
        }
    }
}

/// `actionplan user add NAME --role office|department|reviewer [--department 名] --password-stdin`
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "利用者を管理します。", subcommands: [Add.self, List.self])

    enum RoleArgument: String, ExpressibleByArgument, CaseIterable { case office, department, reviewer }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を追加します。パスワードは標準入力から読みます（画面に出しません）。")
        @Argument(help: "利用者名（ログインに使う）") var name: String
        @Option(help: "役割: office（計画担当）・department（所管課）・reviewer（推進会議・区議会）") var role: RoleArgument
        @Option(help: "所管課の利用者の課（department のとき必須）") var department: String?
        @Flag(name: .customLong("password-stdin"), help: "パスワードを標準入力から読む（必須）") var passwordStdin = false
        @Flag(name: .customLong("all-plans"), help: "計画担当・閲覧の利用者をすべての計画に使えるようにする（省略時はこの計画だけ）") var allPlans = false
        @OptionGroup var options: CycleOptions

        func validate() throws {
            guard passwordStdin else { throw ValidationError("パスワードは --password-stdin で標準入力から渡してください（例: echo 'パスワード' | actionplan user add …）") }
            if role == .department && department == nil { throw ValidationError("所管課の利用者には --department 課の名前 を指定してください") }
        }

        func run() async throws {
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let password = String(decoding: input, as: UTF8.self).trimmingCharacters(in: .newlines)
            guard password.count >= 10 else {
                FileHandle.standardError.write(Data("エラー: パスワードは10文字以上にしてください\n".utf8))
                throw ExitStatus.problems
            }
            do {
                let hash = try PlanService.hashPassword(password)
                try await withCycle { c in
                    let plan = try await requirePlan(c, options.planID)
                    var dept: DepartmentRecord? = nil
                    if let department {
                        guard let d = try await c.cycle.department(plan: plan.plan.id, name: department) else {
                            throw CycleError.notFound("課「\(department)」がありません（actionplan department add \(department) で追加できます）")
                        }
                        dept = d
                    }
                    try await c.cycle.addUser(name: name, passwordHash: hash, role: Role(rawValue: role.rawValue)!, department: dept,
                                              plan: allPlans ? nil : plan.plan.id, actor: options.actorName)
                }
            } catch { throw refuse(error) }
            printLine("利用者を追加しました: \(name)（\(Role(rawValue: role.rawValue)!.label)）")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を表示します。")
        @OptionGroup var options: CycleOptions
        func run() async throws {
            let accounts: [Account]
            do { accounts = try await withCycle { c in try await c.cycle.accounts() } } catch { throw refuse(error) }
            for a in accounts { printLine("\(a.name)\t\(a.role.label)\t\(a.departmentName ?? "-")\t\(a.active ? "有効" : "無効")") }
        }
    }
}

/// `actionplan assign PROJECT --department 名 [--co]`
struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "事業を所管課に割り当てます（主管。--co で共管）。",
                                                    discussion: "PROJECT は事業の掲載ID（例: 1-1.2。再掲の掲載IDでも元の事業になります）。")
    @Argument(help: "事業の掲載ID（例: 1-1.2）") var project: String
    @Option(help: "課の名前") var department: String
    @Flag(help: "共管として加える（主管は変えない）") var co = false
    @OptionGroup var options: CycleOptions

    func run() async throws {
        let title: String
        do {
            title = try await withCycle { c in
                let plan = try await requirePlan(c, options.planID)
                guard let placement = plan.index.placementsByID[project] else {
                    throw CycleError.notFound("事業「\(project)」はこの計画にありません（掲載IDは actionplan export indicators や事業のページのURLで分かります）")
                }
                guard let d = try await c.cycle.department(plan: plan.plan.id, name: department) else {
                    throw CycleError.notFound("課「\(department)」がありません（actionplan department add \(department) で追加できます）")
                }
                try await c.cycle.assign(plan: plan.plan.id, project: placement.project, department: d, lead: !co, actor: options.actorName)
                return plan.index.projectTitle(placement.project)
            }
        } catch { throw refuse(error) }
        printLine("割り当てました: \(title) → \(department)（\(co ? "共管" : "主管")）")
    }
}

/// `actionplan actuals import FILE.csv`
struct ActualsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actuals", abstract: "実績を取り込みます。", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "記入した実績の様式（CSV）を取り込みます。全部か無しかです。",
            discussion: "UTF-8（BOM付き・なし）と Excel の CP932 を読みます。1行でも誤りがあれば、すべての誤りを行と列で示し、何も変えずに終了ステータス1で終わります。空欄の実績値は未報告として扱い、登録済みの値は変えません。")
        @Argument(help: "記入した様式のCSV") var file: String
        @Option(help: "この年度の実績だけを受け付ける（例: R6）") var year: FiscalYearArgument?
        @Option(help: "この課の事業だけを受け付ける（所管課の取り込み）") var department: String?
        @Flag(name: .customLong("allow-over-100"), help: "100%を超える割合を受け付ける") var allowOver100 = false
        @OptionGroup var options: CycleOptions

        func run() async throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                FileHandle.standardError.write(Data("エラー: \(file): ファイルを読めません\n".utf8))
                throw ExitStatus.unreadable
            }
            let summary: String
            do {
                summary = try await withCycle { c in
                    let plan = try await requirePlan(c, options.planID)
                    var projects: Set<String>? = nil
                    if let department {
                        guard let d = try await c.cycle.department(plan: plan.plan.id, name: department) else { throw CycleError.notFound("課「\(department)」がありません") }
                        projects = try await c.cycle.projects(of: d.requireID(), plan: plan.plan.id)
                    }
                    let reading = try ActualsCSV.read(data, name: URL(fileURLWithPath: file).lastPathComponent, plan: plan.plan,
                                                      options: .init(allowRateOver100: allowOver100, year: year?.year, projects: projects))
                    try await c.cycle.saveActuals(plan: plan.plan.id, reading.actuals.map { ActualChange(actual: $0, expectedVersion: nil) }, actor: options.actorName)
                    return "取り込みました: 実績 \(reading.actuals.count) 件、未報告（空欄）\(reading.notReported.count) 件（\(reading.encoding.rawValue)）"
                }
            } catch { throw refuse(error) }
            printLine(summary)
        }
    }
}
