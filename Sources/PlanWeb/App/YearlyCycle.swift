import Foundation
import PlanCore
import PlanStore
import Vapor

/// The yearly cycle's read side: which actuals a viewer may see, and the evaluation built from them.
public struct YearlyCycle: Sendable {
    public let catalog: PlanCatalog
    public let cycle: CycleRepository

    public init(catalog: PlanCatalog, cycle: CycleRepository) { self.catalog = catalog; self.cycle = cycle }

    /// The evaluation of a plan for a year. With `publishedOnly`, only actuals of departments
    /// whose figures for that year are published count (what the public sees).
    public func evaluate(plan loaded: PlanCatalog.LoadedPlan, year: FiscalYear, publishedOnly: Bool, basis: TargetBasis = .revised) async throws
        -> (evaluator: PlanEvaluator, evaluations: [IndicatorEvaluation]) {
        let slug = loaded.plan.id
        let revisions = basis == .revised ? try await cycle.targetRevisions(plan: slug) : []
        let plan = revisions.isEmpty ? loaded.plan : loaded.plan.applying(revisions)
        var actuals = try await cycle.actuals(plan: slug, year: year).map(\.actual)
        if publishedOnly {
            let visible = try await publishedProjects(plan: loaded, year: year)
            actuals = actuals.filter { a in
                guard let i = loaded.index.indicatorsByID[a.indicator], let p = loaded.index.placementsByID[i.placement] else { return false }
                return visible.contains(p.project)
            }
        }
        let scale = try await cycle.gradingScale(plan: slug)
        // The catalog's index describes the plan as adopted; with revised targets it does not apply.
        let evaluator = PlanEvaluator(plan: plan, index: revisions.isEmpty ? loaded.index : nil, actuals: actuals, scale: scale)
        return (evaluator, evaluator.evaluations(year: year))
    }

    /// Projects whose lead department has published its figures for the year.
    public func publishedProjects(plan loaded: PlanCatalog.LoadedPlan, year: FiscalYear) async throws -> Set<String> {
        let states = try await cycle.states(plan: loaded.plan.id, year: year)
        let published = Set(states.filter { $0.value == .published }.map(\.key))
        let assignments = try await cycle.assignments(plan: loaded.plan.id)
        return Set(assignments.filter { $0.lead && published.contains($0.departmentID) }.map(\.projectKey))
    }

    /// The latest fiscal year with published figures, if any.
    public func latestPublishedYear(plan loaded: PlanCatalog.LoadedPlan) async throws -> FiscalYear? {
        for year in YearTargets.years.reversed() where try await !publishedProjects(plan: loaded, year: year).isEmpty {
            return year
        }
        return nil
    }
}

extension PlanService {
    /// Opens the configured database and runs `body` with the plans and the yearly cycle.
    public static func withCycle<T: Sendable>(_ config: AppConfiguration, _ body: (YearlyCycle) async throws -> T) async throws -> T {
        let app = try await buildApplication(config)
        do {
            let result = try await body(YearlyCycle(catalog: app.catalog, cycle: CycleRepository(database: app.db)))
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// A Bcrypt hash of a password (cost 12).
    public static func hashPassword(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: 12)
    }

    public static func verifyPassword(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}

extension YearlyCycle {
    /// The annual progress report as one HTML document with its styles inlined (for files and PDF).
    public func reportHTML(plan loaded: PlanCatalog.LoadedPlan, year: FiscalYear, publishedOnly: Bool) async throws -> String {
        AnnualReport.render(try await AnnualReport.model(self, loaded: loaded, year: year, publishedOnly: publishedOnly), inlineStyles: true)
    }
}
