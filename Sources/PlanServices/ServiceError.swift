import Foundation
import PlanCore
import PlanStore

/// A refusal by the service, in words the user can act on, with what kind of refusal it is
/// (so that every entry point answers alike: the web with a status, the CLI with an exit code).
public struct ServiceError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// Not allowed for this viewer (403).
        case forbidden
        /// No such thing in this plan (404).
        case notFound
        /// The input is wrong (400 / 422).
        case invalid
        /// Someone else changed it first, or its state does not allow it (409).
        case conflict
        /// The year is locked, or the figures are submitted, approved or published (409).
        case locked
        /// Must sign in first (401 / redirect).
        case unauthenticated
    }
    public var kind: Kind
    public var message: String
    /// Located errors of a refused file, one per problem.
    public var errors: [ImportError]
    /// Current values after a conflict (so that the user can decide again).
    public var current: [StoredActual]
    /// What is still to do, one line each (a submission refused while incomplete).
    public var details: [String] = []

    public init(_ kind: Kind, _ message: String, errors: [ImportError] = [], current: [StoredActual] = []) {
        self.kind = kind
        self.message = message
        self.errors = errors
        self.current = current
    }

    public var description: String {
        ([message] + details.map { "・" + $0 } + errors.map(\.description)).joined(separator: "\n")
    }

    public static func forbidden(_ m: String) -> ServiceError { ServiceError(.forbidden, m) }
    public static func notFound(_ m: String) -> ServiceError { ServiceError(.notFound, m) }
    public static func invalid(_ m: String) -> ServiceError { ServiceError(.invalid, m) }
    public static func conflict(_ m: String) -> ServiceError { ServiceError(.conflict, m) }
    public static func locked(_ m: String) -> ServiceError { ServiceError(.locked, m) }

    /// A file refused with located errors.
    public static func unreadable(_ failure: ImportFailure) -> ServiceError {
        ServiceError(.invalid, "ファイルを読み込めませんでした（何も保存していません）", errors: failure.errors)
    }

    /// The service's words for errors the store raises.
    static func from(_ error: Error) -> Error {
        switch error {
        case let e as ServiceError: return e
        case let e as CycleStoreError:
            switch e {
            case .conflict(let current): return ServiceError(.conflict, e.description, current: current)
            case .duplicate: return ServiceError(.invalid, e.description)
            case .notFound: return ServiceError(.notFound, e.description)
            case .staleSelfEvaluation: return ServiceError(.conflict, e.description)
            }
        case let e as ImportFailure: return ServiceError.unreadable(e)
        default: return error
        }
    }
}
