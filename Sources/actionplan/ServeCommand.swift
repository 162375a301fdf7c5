import ArgumentParser
import Foundation
import PlanWeb

/// `actionplan serve` — the main job: the public portal and the JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "計画のポータル（ウェブページとJSON API）を起動します。",
        discussion: """
        初めて起動するときは、空のデータベースを準備して同梱の世田谷区の計画を読み込みます。2回目以降は保存済みのデータを使います。
        設定: DATABASE_URL（postgres://… で PostgreSQL）、ACTIONPLAN_SQLITE_PATH（SQLite のファイル。既定 actionplan.sqlite）、
        ACTIONPLAN_HOSTNAME・ACTIONPLAN_PORT（フラグが優先）、LOG_LEVEL、ACTIONPLAN_DEFAULT_PLAN。
        """
    )

    @Option(help: "待ち受けるポート番号（既定 8080）。")
    var port: Int?

    @Option(help: "待ち受けるアドレス（既定 127.0.0.1）。")
    var hostname: String?

    func run() async throws {
        let config: AppConfiguration
        do { config = try AppConfiguration.load(hostname: hostname, port: port) } catch { throw fail(error) }
        try await PlanService.serve(config)
    }
}
