import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Where and how mail is sent: a submission or relay server (SMTP, RFC 5321), configured by the
/// operator (`ACTIONPLAN_SMTP_*`, README).
public struct SMTPConfiguration: Sendable, Equatable {
    /// How the connection is protected.
    public enum Security: String, Sendable, CaseIterable {
        /// Plain SMTP (a relay on the same machine or inside the administrative network).
        case none
        /// Plain first, then TLS after `STARTTLS` (port 587).
        case starttls
        /// TLS from the start (SMTPS, port 465).
        case tls
    }

    public var host: String
    public var port: Int
    public var from: MailAddress
    public var user: String?
    public var password: String?
    public var security: Security
    /// Certificates to trust besides the system's (a municipality's own CA).
    public var caFile: String?
    /// How long one exchange with the server may take.
    public var timeoutSeconds: Int64

    public init(
        host: String, port: Int, from: MailAddress, user: String? = nil, password: String? = nil, security: Security = .none, caFile: String? = nil,
        timeoutSeconds: Int64 = 30
    ) {
        self.host = host
        self.port = port
        self.from = from
        self.user = user
        self.password = password
        self.security = security
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
    }
}

/// Mail that could not be sent, with the server's reply when there was one.
public struct MailError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Sends messages over SMTP: EHLO, optional STARTTLS and AUTH PLAIN, MAIL / RCPT / DATA, QUIT —
/// one connection per message. Every reply is checked; the first unexpected one ends the
/// exchange with its text.
public struct SMTPMailer: Sendable {
    public let configuration: SMTPConfiguration

    public init(_ configuration: SMTPConfiguration) { self.configuration = configuration }

    /// Sends one message to all its recipients; returns the server's reply to the message (its
    /// queue id, usually).
    @discardableResult
    public func send(_ message: MailMessage) async throws -> String {
        let c = configuration
        guard !message.to.isEmpty else { throw MailError("宛先がありません") }
        let tls: NIOSSLContext? = c.security == .none ? nil : try Self.tlsContext(c)
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(c.timeoutSeconds))
                .connect(host: c.host, port: c.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if c.security == .tls, let tls {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: Self.sniName(c.host)))
                        }
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw MailError("メールサーバー \(c.host):\(c.port) に接続できません（\(error)）")
        }
        // A server that stops answering: the connection is closed, which ends the exchange.
        let timeout = channel.channel.eventLoop.scheduleTask(in: .seconds(c.timeoutSeconds * 4)) { channel.channel.close(promise: nil) }
        defer { timeout.cancel() }
        do {
            return try await exchange(channel, message, tls: tls)
        } catch let e as MailError {
            throw e
        } catch let e as NIOSSLError {
            throw MailError("メールサーバー \(c.host) と TLS で接続できません（証明書を確かめてください。ACTIONPLAN_SMTP_CA_FILE で信頼する CA を指定できます）: \(e)")
        } catch {
            throw MailError("メールサーバー \(c.host) とのやりとりが途中で失敗しました（\(error)）")
        }
    }

    func exchange(_ channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>, _ message: MailMessage, tls: NIOSSLContext?) async throws -> String {
        let c = configuration
        return try await channel.executeThenClose { inbound, outbound in
            var session = Session(replies: inbound.makeAsyncIterator(), outbound: outbound, host: c.host)
            try await session.expect(220, after: nil)
            let helo = "EHLO " + Self.heloName
            var extensions = try await session.expect(250, after: helo)
            if c.security == .starttls, let tls {
                guard extensions.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw MailError("メールサーバー \(c.host) は STARTTLS に対応していません（ACTIONPLAN_SMTP_SECURITY を確かめてください）")
                }
                try await session.expect(220, after: "STARTTLS")
                let host = c.host
                try await channel.channel.eventLoop.submit {
                    try channel.channel.pipeline.syncOperations.addHandler(
                        NIOSSLClientHandler(context: tls, serverHostname: Self.sniName(host)), position: .first)
                }.get()
                extensions = try await session.expect(250, after: helo)
            }
            if let user = c.user, !user.isEmpty {
                guard extensions.contains(where: { $0.uppercased().hasPrefix("AUTH") && $0.uppercased().contains("PLAIN") }) else {
                    throw MailError("メールサーバー \(c.host) は AUTH PLAIN による認証を受け付けていません")
                }
                let token = Data(("\0" + user + "\0" + (c.password ?? "")).utf8).base64EncodedString()
                try await session.expect(235, after: "AUTH PLAIN " + token, shown: "AUTH PLAIN ****")
            }
            try await session.expect(250, after: "MAIL FROM:<\(message.from.address)>")
            for to in message.to { try await session.expect([250, 251], after: "RCPT TO:<\(to.address)>") }
            try await session.expect(354, after: "DATA")
            let reply = try await session.expect(250, after: Self.dotStuffed(message.rendered()) + ".", shown: "（本文）")
            _ = try? await session.expect(221, after: "QUIT")
            return reply.joined(separator: " ")
        }
    }

    static func tlsContext(_ c: SMTPConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ca = c.caFile, !ca.isEmpty {
            do {
                tls.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(ca))]
            } catch {
                throw MailError("証明書ファイル \(ca) が読めません（\(error)）")
            }
        }
        do { return try NIOSSLContext(configuration: tls) } catch { throw MailError("TLS を準備できません（\(error)）") }
    }

    /// SNI is sent for host names, not for addresses.
    static func sniName(_ host: String) -> String? {
        host.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) ? nil : host
    }

    static var heloName: String {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty || name.contains(where: { $0.isWhitespace || !$0.isASCII }) ? "localhost" : name
    }

    /// A line that begins with "." gets another (RFC 5321 4.5.2).
    static func dotStuffed(_ text: String) -> String {
        text.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// One conversation: sends a command, reads the reply (all its lines), checks its code.
    struct Session {
        var replies: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
        let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
        let host: String
        var pending: [UInt8] = []

        @discardableResult
        mutating func expect(_ code: Int, after command: String?, shown: String? = nil) async throws -> [String] {
            try await expect([code], after: command, shown: shown)
        }

        /// The reply's text lines (without codes) when its code is one of `codes`.
        @discardableResult
        mutating func expect(_ codes: [Int], after command: String?, shown: String? = nil) async throws -> [String] {
            if let command { try await outbound.write(ByteBuffer(string: command + "\r\n")) }
            var lines: [String] = []
            while true {
                let line = try await nextLine()
                guard line.count >= 3, let code = Int(line.prefix(3)) else {
                    throw MailError("メールサーバー \(host) の応答が読めません（「\(line)」）")
                }
                lines.append(String(line.dropFirst(4)))
                if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                    guard codes.contains(code) else {
                        let what = shown ?? command ?? "接続"
                        throw MailError("メールサーバー \(host) が「\(what)」を受け付けませんでした: \(code) \(lines.joined(separator: " "))")
                    }
                    return lines
                }
            }
        }

        mutating func nextLine() async throws -> String {
            while true {
                if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    var bytes = Array(pending[..<end])
                    pending.removeSubrange(...end)
                    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                    return String(decoding: bytes, as: UTF8.self)
                }
                guard var buffer = try await replies.next() else { throw MailError("メールサーバー \(host) が接続を閉じました") }
                pending += buffer.readBytes(length: buffer.readableBytes) ?? []
                if pending.count > 1 << 20 { throw MailError("メールサーバー \(host) の応答が長すぎます") }
            }
        }
    }
}
