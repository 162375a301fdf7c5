import ArgumentParser
import Foundation
import PlanCore
import PlanServices
import PlanStore

/// `actionplan actuals import FILE` — a filled actuals template, under the same rules as the web.
struct ActualsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actuals", abstract: "実績を取り込みます。", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "記入した実績の様式（CSV: UTF-8 または CP932）を取り込みます。全部か無しかです。",
            discussion: """
                提出済み・承認済み・公表済みの実績と、ロックされた年度の実績は変えられません（終了ステータス1）。\
                計画担当が差し戻すか、公表を取り消すか、ロックを解除してください。\
                どうしても上書きするときは --override（変更の記録に残ります）。
                """)
        @Argument(help: "記入した様式のCSV") var file: String
        @Option(help: "この年度の実績だけを受け付ける（例: R6）") var year: YearArgument?
        @Option(help: "この課の項目だけを受け付ける（課の取り込み）") var department: String?
        @Flag(name: .customLong("allow-over-100"), help: "100%を超える割合を受け付ける") var allowOver100 = false
        @Flag(help: "締め切った実績（提出済み・承認済み・公表済み・ロック中）も上書きする（計画担当の判断。変更の記録に残ります）") var override = false
        @Flag(name: .customLong("dry-run"), help: "読み取りと規則の確認だけをして、何も保存しません。") var dryRun = false
        @OptionGroup var options: PlanOptions

        func run() async throws {
            let (data, name) = try readInputFile(file)
            let year = self.year?.year, department = self.department, allow = allowOver100, override = self.override, dryRun = self.dryRun
            let result: ImportedActuals
            do {
                result = try await withServices { services in
                    // Acting for one department: only its items.
                    if department != nil, override { throw ServiceError.forbidden("課として取り込むときは --override を使えません") }
                    let context = try await context(services, options, department: department)
                    return try await context.importActuals(
                        csv: data, file: name, year: year, allowRateOver100: allow, override: override, dryRun: dryRun)
                }
            } catch { throw refuse(error) }
            printLine(
                (dryRun ? "読み取りました（保存していません）:" : "取り込みました:")
                    + " 実績 \(result.values) 件、未報告（空欄）\(result.notReported) 件、変更 \(result.changed) 件（\(result.encoding)）")
        }
    }
}

/// `actionplan department add|list|rename|delete`
struct DepartmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department", abstract: "所管課を管理します。", subcommands: [Add.self, List.self, Rename.self, Delete.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "所管課を追加します。")
        @Argument(help: "課の名前（例: 商業課）") var name: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { _ = try await withPlan(options) { try await $0.addDepartment(name) } } catch { throw refuse(error) }
            printLine("課を追加しました: \(name)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "所管課と担当する項目の数を表示します。")
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let lines: [String]
            do { lines = try await withPlan(options) { c in c.departments.map { "\($0.name)\t項目 \(c.items(of: $0).count)" } } } catch {
                throw refuse(error)
            }
            lines.forEach(printLine)
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "課の名前を変えます。")
        @Argument(help: "今の名前") var name: String
        @Argument(help: "新しい名前") var new: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { try await withPlan(options) { c in try await c.renameDepartment(try c.department(named: name), to: new) } } catch {
                throw refuse(error)
            }
            printLine("課の名前を変えました: \(name) → \(new)")
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "担当の項目も利用者もない課を削除します。")
        @Argument(help: "課の名前") var name: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { try await withPlan(options) { c in try await c.deleteDepartment(try c.department(named: name)) } } catch { throw refuse(error) }
            printLine("課を削除しました: \(name)")
        }
    }
}

/// `actionplan token issue|list|revoke`
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "課の API トークン（ほかの仕組みが実績を書き込むため）を管理します。", subcommands: [Issue.self, List.self, Revoke.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "課の API トークンを発行し、トークンを1回だけ標準出力に書きます（保存されるのはハッシュだけ）。")
        @Option(help: "課の名前") var department: String
        @Option(help: "トークンの名前（使う仕組みの名前。例: 会計システム）") var name: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let secret: String
            do {
                secret = try await withPlan(options) { c in
                    try await c.issueAPIToken(department: try c.department(named: department), name: name).secret
                }
            } catch {
                throw refuse(error)
            }
            printLine(secret)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "API トークンの一覧（ID・名前・課・発行・最後に使った日時・失効）を表示します。")
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let tokens: [APIToken]
            do { tokens = try await withPlan(options) { try await $0.apiTokens() } } catch { throw refuse(error) }
            let f = ISO8601DateFormatter()
            for t in tokens {
                printLine(
                    [
                        t.id.uuidString, t.name, t.department.name, "発行 \(f.string(from: t.createdAt))（\(t.createdBy)）",
                        "最後の利用 \(t.lastUsedAt.map(f.string(from:)) ?? "なし")", t.revokedAt.map { "失効 \(f.string(from: $0))" } ?? "有効",
                    ].joined(separator: "\t"))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "API トークンを失効させます（次の要求から断ります）。")
        @Argument(help: "トークンの ID（token list の最初の列）") var id: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            guard let uuid = UUID(uuidString: id) else { throw refuse(ServiceError.invalid("トークンの ID は token list の最初の列（UUID）です（「\(id)」）")) }
            do { try await withPlan(options) { try await $0.revokeAPIToken(id: uuid) } } catch { throw refuse(error) }
            printLine("トークンを失効させました: \(id)")
        }
    }
}

/// `actionplan user add|list|passwd|deactivate|activate`
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "利用者を管理します。",
        subcommands: [Add.self, List.self, Passwd.self, Email.self, Deactivate.self, Activate.self])

    enum RoleArgument: String, ExpressibleByArgument, CaseIterable { case office, department, reviewer }

    static func readPassword() throws -> String {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        return String(decoding: input, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を追加します。パスワードは標準入力から読みます（画面に出しません）。")
        @Argument(help: "利用者名（ログインに使う）") var name: String
        @Option(help: "役割: office（計画担当）・department（所管課）・reviewer（推進会議・議会）") var role: RoleArgument
        @Option(help: "所管課の利用者の課（department のとき必須）") var department: String?
        @Flag(name: .customLong("password-stdin"), help: "パスワードを標準入力から読む（必須）") var passwordStdin = false
        @Flag(name: .customLong("all-plans"), help: "計画担当・閲覧の利用者をすべての計画に使えるようにする（省略時はこの計画だけ）") var allPlans = false
        @OptionGroup var options: PlanOptions

        func validate() throws {
            guard passwordStdin else { throw ValidationError("パスワードは --password-stdin で標準入力から渡してください（例: echo 'パスワード' | actionplan user add …）") }
            if role == .department && department == nil { throw ValidationError("所管課の利用者には --department 課の名前 を指定してください") }
            if role == .department && allPlans { throw ValidationError("所管課の利用者はその課の計画だけに属します（--all-plans は使えません）") }
        }

        func run() async throws {
            let password = try UserCommand.readPassword()
            let role = Role(rawValue: self.role.rawValue)!
            do {
                try await withServices { services in
                    let c = try await services.context(plan: options.planID, viewer: options.viewer)
                    let d = try department.map { try c.department(named: $0) }
                    try await services.addUser(
                        name: name, password: password, role: role, department: d, plan: allPlans ? nil : c.plan.id, viewer: options.viewer)
                }
            } catch { throw refuse(error) }
            printLine("利用者を追加しました: \(name)（\(role.label)）")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を表示します。")
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let accounts: [Account]
            do { accounts = try await withServices { try await $0.accounts(viewer: options.viewer, plan: options.planID) } } catch {
                throw refuse(error)
            }
            for a in accounts {
                printLine(
                    "\(a.name)\t\(a.role.label)\t\(a.department?.name ?? "-")\t\(a.plan ?? "すべての計画")\t\(a.active ? "有効" : "無効")\t\(a.email ?? "-")")
            }
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "利用者のパスワードを設定し直します（標準入力から読むか、--temporary で仮パスワードを作って表示）。本人は次のログインで変更します。")
        @Argument(help: "利用者名") var name: String
        @Flag(name: .customLong("password-stdin"), help: "パスワードを標準入力から読む") var passwordStdin = false
        @Flag(name: .customLong("temporary"), help: "仮パスワードを作って一度だけ表示する") var temporary = false
        @OptionGroup var options: PlanOptions
        func validate() throws {
            guard passwordStdin != temporary else {
                throw ValidationError("--password-stdin（標準入力から読む）か --temporary（仮パスワードを作る）のどちらか1つを指定してください")
            }
        }
        func run() async throws {
            if temporary {
                let password: String
                do { password = try await withServices { try await $0.issueTemporaryPassword(name: name, viewer: options.viewer) } } catch {
                    throw refuse(error)
                }
                printLine("\(name)の仮パスワード: \(password)（次のログインで本人が変更します）")
                return
            }
            let password = try UserCommand.readPassword()
            do { try await withServices { try await $0.resetPassword(name: name, password: password, viewer: options.viewer) } } catch {
                throw refuse(error)
            }
            printLine("パスワードを設定し直しました: \(name)（次のログインで本人が変更します）")
        }
    }

    struct Email: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "督促メールの宛先にするメールアドレスを設定します（空の文字列で取り消し）。")
        @Argument(help: "利用者名") var name: String
        @Argument(help: "メールアドレス（例: shogyo@example.lg.jp）") var address: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { try await withServices { try await $0.setEmail(name: name, email: address, viewer: options.viewer) } } catch { throw refuse(error) }
            printLine(address.isEmpty ? "メールアドレスを取り消しました: \(name)" : "メールアドレスを設定しました: \(name) \(address)")
        }
    }

    struct Deactivate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を無効にします（ログインできなくなります）。")
        @Argument(help: "利用者名") var name: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { try await withServices { try await $0.setActive(name: name, active: false, viewer: options.viewer) } } catch { throw refuse(error) }
            printLine("無効にしました: \(name)")
        }
    }

    struct Activate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "利用者を有効に戻します。")
        @Argument(help: "利用者名") var name: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            do { try await withServices { try await $0.setActive(name: name, active: true, viewer: options.viewer) } } catch { throw refuse(error) }
            printLine("有効にしました: \(name)")
        }
    }
}

/// `actionplan assign ITEM --department 名 [--co]`
struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "項目を所管課の担当にします（主管。--co で共管）。")
    @Argument(help: "項目のID（例: 1-1.2）") var item: String
    @Option(help: "課の名前") var department: String
    @Flag(help: "共管として加える（主管は変えない）") var co = false
    @OptionGroup var options: PlanOptions
    func run() async throws {
        let title: String
        do {
            title = try await withPlan(options) { c in
                try await c.assign(item: item, to: try c.department(named: department), lead: !co)
                return try c.item(item).heading
            }
        } catch { throw refuse(error) }
        printLine("担当にしました: \(title) → \(department)（\(co ? "共管" : "主管")）")
    }
}

/// `actionplan unassign ITEM --department 名`
struct UnassignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unassign", abstract: "項目を所管課の担当から外します。")
    @Argument(help: "項目のID") var item: String
    @Option(help: "課の名前") var department: String
    @OptionGroup var options: PlanOptions
    func run() async throws {
        do { try await withPlan(options) { c in try await c.unassign(item: item, from: try c.department(named: department)) } } catch {
            throw refuse(error)
        }
        printLine("担当から外しました: \(item) ← \(department)")
    }
}

/// `actionplan workflow submit|approve|return|publish|reopen|publish-year`
struct WorkflowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "workflow", abstract: "課の実績の手続き（提出・承認・差し戻し・公表・公表の取り消し・年度の一括公表）。")
    enum Step: String, ExpressibleByArgument, CaseIterable {
        case submit, approve, `return`, publish, reopen
        case publishYear = "publish-year"
    }
    @Argument(help: "submit・approve・return・publish・reopen・publish-year") var step: Step
    @Option(help: "課の名前（publish-year では不要）") var department: String?
    @Option(help: "年度（例: R6）") var year: YearArgument
    @Option(help: "コメント（差し戻しのときは必須）") var comment: String = ""
    @OptionGroup var options: PlanOptions

    func validate() throws {
        if step != .publishYear && department == nil { throw ValidationError("--department 課の名前 を指定してください") }
    }

    func run() async throws {
        let year = self.year.year
        let line: String
        do {
            line = try await withPlan(options) { c in
                if step == .publishYear {
                    let list = try await c.publishYear(year)
                    return "公表しました（\(year.label)）: " + list.map(\.name).joined(separator: "・")
                }
                let d = try c.department(named: department!)
                let state = try await c.perform(WorkflowAction(rawValue: step.rawValue)!, department: d, year: year, comment: comment)
                return "\(d.name) \(year.label): \(state.label)"
            }
        } catch { throw refuse(error) }
        printLine(line)
    }
}

/// `actionplan year lock|unlock|due YEAR`
struct YearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "年度をロックし、または再開します。提出期限を設定します（記録が残ります）。",
        discussion: "例: actionplan year lock R6 --reason 決算のため / actionplan year due R6 --on 2025-06-30（--on を省くと期限を取り消します）")
    enum Step: String, ExpressibleByArgument, CaseIterable { case lock, unlock, due }
    @Argument(help: "lock・unlock・due") var step: Step
    @Argument(help: "年度（例: R6）") var year: YearArgument
    @Option(help: "理由") var reason: String = ""
    @Option(help: "提出期限（due のとき。例: 2025-06-30）") var on: String?
    @OptionGroup var options: PlanOptions
    func run() async throws {
        let y = year.year
        if step == .due {
            var day: CalendarDay? = nil
            if let on {
                guard let d = CalendarDay(parsing: on) else {
                    printError("エラー: 提出期限は 2025-06-30 の形で書いてください（「\(on)」）")
                    throw ExitStatus.problems
                }
                day = d
            }
            do { try await withPlan(options) { c in try await c.setDueDate(day, year: y) } } catch { throw refuse(error) }
            printLine("\(y.label): " + (day.map { "提出期限を\($0.label)にしました" } ?? "提出期限を取り消しました"))
            return
        }
        do { try await withPlan(options) { c in try await c.setLocked(step == .lock, year: y, reason: reason) } } catch {
            throw refuse(error)
        }
        printLine("\(y.label): \(step == .lock ? "ロックしました" : "ロックを解除しました")")
    }
}

/// `actionplan grading [SCHEME]`
struct GradingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grading", abstract: "評価の方法を表示・変更します。",
        discussion:
            "例: 比率:A:100,B:80,C:50,D:0（達成率の段階。A:100,B:80 の形でも可）、按分:A:100,B:80,C:50,D:0（年数で按分した期待値に対する進み具合）、基準値:S,A,B,C,−:10（基準値と目標値による判定、±10%）。")
    @Argument(help: "新しい評価の方法。省略すると今の方法を表示") var scheme: String?
    @OptionGroup var options: PlanOptions
    func run() async throws {
        let text: String
        do {
            text = try await withPlan(options) { c in
                guard let raw = scheme else { return c.plan.grading.description + "\n" + c.plan.grading.summary }
                guard let s = GradingScheme(parsing: raw) else { throw ServiceError.invalid("評価の方法「\(raw)」が読めません（例: 比率:A:100,B:80,C:50,D:0）") }
                try await c.setGrading(s)
                return "変更しました: \(s.description)"
            }
        } catch { throw refuse(error) }
        printLine(text)
    }
}

/// `actionplan target revise|list`
struct TargetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target", abstract: "目標値の見直し（中間見直し）を記録・表示します。当初の目標値は残ります。",
        subcommands: [Revise.self, List.self])
    struct Revise: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "目標値の見直しを記録します。")
        @Argument(help: "指標ID（例: 2-1.2.1）") var indicator: String
        @Option(help: "年度（例: R8）") var year: YearArgument
        @Option(help: "見直し後の目標値（「-」で目標なし）") var value: String
        @Option(help: "見直しを決めた日（例: 2026-04-01）") var date: String
        @Option(help: "理由") var reason: String
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let parsed: Decimal?
            switch NumberCell.parse(value) {
            case .success(.value(let v)): parsed = v
            case .success(.none): parsed = nil
            case .failure(let e):
                printError("エラー: 「\(value)」: \(e.reason)")
                throw ExitStatus.problems
            }
            guard let day = CalendarDay(parsing: date) else {
                printError("エラー: 見直しの日付は 2026-04-01 の形で書いてください（「\(date)」）")
                throw ExitStatus.problems
            }
            do {
                try await withPlan(options) { c in
                    try await c.reviseTarget(indicator: indicator, year: year.year, value: parsed, decidedOn: day, reason: reason)
                }
            } catch { throw refuse(error) }
            printLine("見直しました: \(indicator) \(year.year.label) → \(parsed.map(NumberCell.format) ?? "目標なし")")
        }
    }
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "目標値の見直しの一覧。")
        @OptionGroup var options: PlanOptions
        func run() async throws {
            let list: [TargetRevision]
            do { list = try await withPlan(options) { $0.snapshot.revisions } } catch { throw refuse(error) }
            for r in list { printLine("\(r.indicator)\t\(r.year.code)\t\(r.value.map(NumberCell.format) ?? "目標なし")\t\(r.decidedOn)\t\(r.reason)") }
        }
    }
}

/// `actionplan audit [--plan-id ID] [--since DATE] [--format text|jsonl]`
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "計画の変更の記録（監査証跡）を表示します。")
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
    @Option(help: "この日以降（例: 2025-04-01）") var since: String?
    @Option(help: "操作した人") var actor: String?
    @Option(help: "課（その課の実績・自己評価・手続き・担当・利用者の変更）") var department: String?
    @Option(help: "年度（例: R6）") var year: YearArgument?
    @Option(help: "text または jsonl") var format: Format = .text
    @OptionGroup var options: PlanOptions
    func run() async throws {
        var filter = AuditFilter(actor: actor, department: department, year: year?.year)
        if let since {
            guard let day = CalendarDay(parsing: since) else {
                printError("エラー: 日付は 2025-04-01 の形で書いてください（「\(since)」）")
                throw ExitStatus.problems
            }
            filter.since = day.start
        }
        let entries: [AuditEntry]
        do { entries = try await withPlan(options) { try await $0.audit(filter) } } catch { throw refuse(error) }
        switch format {
        case .jsonl: FileHandle.standardOutput.write(Data(try OpenData.jsonLines(entries).utf8))
        case .text:
            let f = ISO8601DateFormatter()
            f.timeZone = TimeZone(identifier: "Asia/Tokyo")
            for e in entries {
                let change = e.fields.filter(\.changed).map { ($0.name.map { "\($0): " } ?? "") + "\($0.before) → \($0.after)" }.joined(
                    separator: " / ")
                printLine("\(f.string(from: e.at))\t\(e.actor)\t\(e.action)\t\(e.key)\t\(change)")
            }
        }
    }
}

/// `actionplan evaluate --year R6 [--format jsonl|text] [--published-only] [--basis adopted|revised]`
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluate", abstract: "年度の達成率・評価と集計を表示します（公表前の実績を含む。--published-only で公表済みだけ）。")
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text }
    enum Basis: String, ExpressibleByArgument, CaseIterable { case revised, adopted }
    @Option(help: "年度（例: R6）") var year: YearArgument
    @Option(help: "jsonl または text") var format: Format = .jsonl
    @Flag(name: .customLong("published-only"), help: "公表済みの実績だけで評価する（公開ページと同じ）") var publishedOnly = false
    @Flag(name: .customLong("roll-up"), help: "項目ごとの集計も出す") var rollUp = false
    @Option(help: "目標値: revised（見直し後。既定）または adopted（当初）") var basis: Basis = .revised
    @OptionGroup var options: PlanOptions
    func run() async throws {
        let year = self.year.year
        let out: String
        do {
            out = try await withPlan(options) { c in
                _ = try c.requireYear(year)
                let e = c.snapshot.evaluation(year: year, audience: publishedOnly ? .public : .staff, basis: basis == .revised ? .revised : .adopted)
                switch format {
                case .jsonl:
                    var text = try OpenData.jsonLines(EvaluationRecord.all(e.evaluations, plan: c.plan, index: c.index))
                    if rollUp { text += try OpenData.jsonLines(RollUpRecord.all(e.levels, plan: c.plan)) }
                    return text
                case .text:
                    return e.evaluations.map { ev in
                        let target = ev.evaluation.target.map { NumberCell.display($0) } ?? "—"
                        let actual = ev.evaluation.actual.map { NumberCell.display($0) } ?? "未報告"
                        let rate = ev.evaluation.achievementRate.map(NumberCell.percent) ?? "—"
                        return [ev.reportingID, ev.indicator.name, "目標 \(target)", "実績 \(actual)", rate, ev.evaluation.grade ?? "—"]
                            .joined(separator: "\t")
                    }.joined(separator: "\n") + "\n"
                }
            }
        } catch { throw refuse(error) }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
