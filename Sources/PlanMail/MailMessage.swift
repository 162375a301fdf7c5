import Foundation

/// An e-mail address as SMTP takes it: ASCII, one `@`, no spaces or line breaks (so that no
/// header or command can be injected through it), with an optional display name.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    public var address: String
    public var displayName: String?

    /// Reads `clerk@example.lg.jp` or `経済産業部 <noreply@example.lg.jp>`; nil for anything else.
    public init?(parsing text: String) {
        var s = text.trimmingCharacters(in: .whitespaces)
        var name: String? = nil
        if s.hasSuffix(">"), let open = s.lastIndex(of: "<") {
            let n = s[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            name = n.isEmpty ? nil : n
            s = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
        }
        guard Self.isValid(s), !(name ?? "").contains(where: { $0.isNewline }) else { return nil }
        self.address = s
        self.displayName = name
    }

    /// Whether a bare address is one this mailer sends to.
    public static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            s.count <= 254
        else { return false }
        return s.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains($0) }
    }

    /// The header form (`=?UTF-8?B?…?= <noreply@example.lg.jp>` when the name is not ASCII).
    public var description: String {
        guard let displayName else { return address }
        return "\(MailMessage.encodedWords(displayName)) <\(address)>"
    }
}

/// A plain-text message in UTF-8, rendered as RFC 5322 / MIME: the subject and names as RFC 2047
/// encoded words, the body in base64 (so that any Japanese text and line arrives unchanged).
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var subject: String
    public var body: String

    public init(from: MailAddress, to: [MailAddress], subject: String, body: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
    }

    /// The message as sent after DATA (CRLF line ends, no dot-stuffing yet).
    public func rendered(date: Date = Date(), messageID: String = UUID().uuidString) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "localhost"
        let headers = [
            "From: \(from)",
            "To: " + to.map(\.description).joined(separator: ", "),
            "Subject: " + Self.encodedWords(subject),
            "Date: " + f.string(from: date),
            "Message-ID: <\(messageID)@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "Auto-Submitted: auto-generated",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encoded + "\r\n"
    }

    /// Text for a header: as is when it is printable ASCII, else RFC 2047 `=?UTF-8?B?…?=` words
    /// of at most 75 characters each, split between characters, folded onto lines of their own.
    static func encodedWords(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if flat.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 && $0.value < 127 }) && flat.count <= 900 { return flat }
        var words: [String] = []
        var chunk = ""
        // 45 bytes of UTF-8 make 60 characters of base64: with `=?UTF-8?B?` and `?=`, 72.
        for ch in flat {
            if chunk.utf8.count + String(ch).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(ch)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }
}
