import Foundation
@testable import PlanCore
import PlanData

/// Paths of the repository, found from this file's location.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let setagaya = root.appendingPathComponent("data/setagaya")
    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/PlanCoreTests/Fixtures").appendingPathComponent(name)
    }
}

/// The Setagaya plan imported from its source text once per test run.
enum Setagaya {
    static let imported: PlanImport = try! PlanData.importSetagayaSource()
    static var plan: Plan { imported.plan }

    static func indicators(goal: String, named name: String) -> [Indicator] {
        let placements = Set(plan.placements.filter { $0.goal.description == goal }.map(\.id))
        return plan.indicators.filter { placements.contains($0.placement) && $0.name == name }
    }
}
