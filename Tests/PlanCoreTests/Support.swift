import Foundation
import PlanData

@testable import PlanCore

/// Paths of the repository, found from this file's location.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let setagaya = root.appendingPathComponent("data/setagaya")
    static let examples = root.appendingPathComponent("data/examples")
    static func baseline(_ name: String) -> URL { root.appendingPathComponent("Tests/Baselines").appendingPathComponent(name) }
    static func data(_ url: URL) throws -> Data { try Data(contentsOf: url) }
}

/// The Setagaya plan imported from its source text once per test run.
enum Setagaya {
    static let imported: PlanImport = try! PlanData.importSource()
    static var plan: Plan { imported.plan }
    static let index = PlanIndex(imported.plan)
}

func year(_ code: String) -> FiscalYear { FiscalYear(parsing: code)! }

func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

/// A small sheet from lines of comma-separated cells (no quoting), for reader tests.
func sheet(_ lines: [String], file: String = "test.csv") -> Sheet {
    Sheet(file: file, rows: lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { Sheet.Cell(text: String($0)) } })
}

/// Reads a plan table with a throwaway identity.
func readTable(_ s: Sheet) throws(ImportFailure) -> PlanTableReader.Result {
    try PlanTableReader.read(s, options: .init(planID: "test", title: "テスト計画", municipality: "テスト市"))
}
