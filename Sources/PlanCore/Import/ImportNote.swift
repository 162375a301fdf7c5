import Foundation

/// Something the importer noticed about the source document: an inference it made, a
/// correction it applied, or a row it set aside. Lint reports these as findings.
public struct ImportNote: Equatable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable {
        /// The reader inferred something the text does not say plainly.
        case inferred
        /// A reviewed correction from the corrections file was applied.
        case corrected
        /// A typo kept as printed.
        case typo
        /// A line was set aside as an extraction artefact (printed twice, a fragment).
        case skipped
        /// Something could not be placed; a correction is needed.
        case unresolved
    }
    public var kind: Kind
    public var source: SourceRef
    public var message: String
    public init(kind: Kind, source: SourceRef, message: String) {
        self.kind = kind
        self.source = source
        self.message = message
    }
}

/// What an import read, plus what it noticed. Callers decide whether to commit.
public struct PlanImport: Sendable {
    public var plan: Plan
    public var notes: [ImportNote]
    public init(plan: Plan, notes: [ImportNote]) {
        self.plan = plan
        self.notes = notes
    }
}
