import Foundation
import PlanCore
import PlanServices
import PlanStore

/// Setting up a department's figures so that its clerk can submit them (a self-evaluation for
/// each item it leads, a note on each indicator left 未報告), for tests whose subject is what
/// comes after the submission.
public enum Submission {
    public static func complete(_ services: PlanServices, clerk: Account, year: FiscalYear, plan: String? = nil) async throws {
        let c = try await services.context(plan: plan, viewer: .signedIn(clerk))
        guard let d = c.viewerDepartment else { return }
        for item in c.plan.items where c.snapshot.leadByItem[item.id] == d.id {
            let done = (c.snapshot.selfEvaluations[year] ?? []).contains { $0.evaluation.project == item.id && !$0.evaluation.text.isEmpty }
            if !done {
                try await c.saveSelfEvaluation(
                    SelfEvaluation(project: item.id, year: year, text: "試験の自己評価", direction: .improve, milestones: []), expectedVersion: nil)
            }
        }
        let again = try await services.context(plan: plan, viewer: .signedIn(clerk))
        let led = Set(again.plan.items.filter { again.snapshot.leadByItem[$0.id] == d.id }.map(\.id))
        let stored = Set((again.snapshot.actuals[year] ?? []).filter { $0.actual.value != nil || !$0.actual.note.isEmpty }.map(\.actual.indicator))
        var seen = Set<String>()
        let notes = again.snapshot.evaluation(year: year, audience: .staff).evaluations.filter {
            led.contains($0.node.item) && $0.evaluation.status != .noTarget && !stored.contains($0.reportingID)
                && seen.insert($0.reportingID).inserted
        }
        .map { ActualChange(actual: Actual(indicator: $0.reportingID, year: year, value: nil, note: "試験: 集計中"), expectedVersion: nil) }
        if !notes.isEmpty { _ = try await again.saveActuals(notes) }
    }
}
