import Foundation
import Logging

/// The id of the request being answered, for every log line written while answering it — by
/// the web layer, the services and the store alike — through a task-local value and a
/// `Logger.MetadataProvider`.
public enum RequestID {
    @TaskLocal public static var current: String?

    /// Adds `request-id` to a log line written inside a request.
    public static let metadataProvider = Logger.MetadataProvider {
        guard let id = current else { return [:] }
        return ["request-id": .string(id)]
    }

    /// The id a client or proxy sent (`X-Request-Id`), when it is a plain token of up to 128
    /// characters; else nil (a new one is made).
    public static func accepted(_ sent: String?) -> String? {
        guard let sent, (1...128).contains(sent.utf8.count),
            sent.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.:".unicodeScalars.contains($0)) })
        else { return nil }
        return sent
    }
}
