import Foundation
import Logging
import PlanCore
import PlanStore

/// Hashes and checks passwords (Bcrypt, provided by the executable).
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, hash: String) -> Bool
}

/// Who is acting: an account, or the public; and the name written to the audit trail.
public struct Viewer: Sendable, Equatable {
    public var account: Account?
    /// The name the audit trail records (the account's, or the command line's).
    public var actor: String
    /// A command-line operator of the installation (the plan office's own machine).
    public var isOperator: Bool

    public static let anonymous = Viewer(account: nil, actor: "", isOperator: false)

    public static func signedIn(_ account: Account) -> Viewer { Viewer(account: account, actor: account.name, isOperator: false) }

    /// The command line: acts as the plan office, with its own name in the trail.
    public static func commandLine(_ name: String) -> Viewer { Viewer(account: nil, actor: name, isOperator: true) }

    /// The command line acting for one department: the department's rules and its items only.
    public static func commandLine(_ name: String, for department: Department) -> Viewer {
        let clerk = Account(id: UUID(), name: name, role: .department, department: department, passwordHash: "", active: false, plan: department.plan)
        return Viewer(account: clerk, actor: name, isOperator: false)
    }

    public var role: Role? { isOperator ? .office : account?.role }
    public var isOffice: Bool { role == .office }
    /// Office and reviewers see figures that are not yet published.
    public var seesUnpublished: Bool { role == .office || role == .reviewer }
    public var audience: Audience { seesUnpublished ? .staff : .public }
}

/// The service layer: the one place where the rules of the yearly cycle live. The web
/// controllers, the API and the command line all call it; none re-implements a rule.
public final class PlanServices: Sendable {
    public let configuration: AppConfiguration
    public let store: PlanStore
    public let catalog: PlanCatalog
    public let hasher: any PasswordHashing
    public let logger: Logger

    public init(configuration: AppConfiguration, store: PlanStore, hasher: any PasswordHashing, logger: Logger) {
        self.configuration = configuration
        self.store = store
        self.catalog = PlanCatalog(store: store, capacity: configuration.cacheCapacity)
        self.hasher = hasher
        self.logger = logger
    }

    /// Opens the configured database (migrated; seeded when empty) with the configured eras.
    public static func open(_ configuration: AppConfiguration, hasher: any PasswordHashing, logger: Logger) async throws -> PlanServices {
        EraTable.use(configuration.eras)
        let store = try await PlanStore.open(
            configuration.database, seed: configuration.seedEmbeddedPlan ? .embeddedPlan : .nothing, logger: logger,
            poolTimeout: configuration.databasePoolTimeout, connections: configuration.databaseConnections)
        return PlanServices(configuration: configuration, store: store, hasher: hasher, logger: logger)
    }

    /// Opens, runs `body`, closes (for commands).
    public static func with<T: Sendable>(
        _ configuration: AppConfiguration, hasher: any PasswordHashing, logger: Logger,
        _ body: (PlanServices) async throws -> T
    ) async throws -> T {
        let services = try await open(configuration, hasher: hasher, logger: logger)
        do {
            let result = try await body(services)
            await services.close()
            return result
        } catch {
            await services.close()
            throw error
        }
    }

    public func close() async { await store.close() }

    /// The context of one plan for one viewer: the object every read and write of that plan goes
    /// through. Throws not found for a plan that does not exist, and refuses an account of
    /// another plan (which sees the plan as the public does).
    public func context(plan slug: String?, viewer: Viewer) async throws -> PlanContext {
        let id = slug ?? configuration.defaultPlan
        guard let snapshot = try await catalog.snapshot(id) else {
            // The operator is told which plans there are; a web request for a plan that is not
            // there (any client can ask for any id) does not read the list of every plan.
            guard viewer.isOperator else { throw ServiceError.notFound("計画「\(id)」は登録されていません") }
            let known = try await store.plans.summaries().map(\.id)
            // A national installation holds hundreds of plans: name a few, count the rest.
            let listed = known.prefix(10).joined(separator: "・") + (known.count > 10 ? " ほか\(known.count - 10)件" : "")
            throw ServiceError.notFound(
                "計画「\(id)」は登録されていません" + (known.isEmpty ? "。actionplan import で計画を読み込んでください" : "（登録済み: \(listed)）"))
        }
        var viewer = viewer
        if let account = viewer.account, !account.belongs(to: id) { viewer = .anonymous }
        return PlanContext(services: self, snapshot: snapshot, viewer: viewer)
    }

    public func summaries() async throws -> [PlanSummary] { try await store.plans.summaries() }

    /// Reads the registered plans into memory (as many as the catalog holds): the server does
    /// this in the background at start, so that the first request for each plan does not wait
    /// for its plan to be read. Returns how many were read and how many plans are registered.
    public func preloadPlans() async throws -> (read: Int, registered: Int) {
        let ids = try await summaries().map(\.id)
        return (try await catalog.preload(ids), ids.count)
    }
}
