import Foundation

/// A real SMTP server on loopback (aiosmtpd from PyPI, driven by `mail-server.py`), storing
/// what it receives in a Maildir, read back as a mail client would. `.ci/run` installs aiosmtpd
/// and sets `ACTIONPLAN_REQUIRE_SMTP=1`, so that the mail tests cannot silently drop out.
public final class TestMailServer: @unchecked Sendable {
    public let port: Int
    public let folder: URL
    let process: Process
    let input: Pipe

    /// How the server expects to be reached.
    public enum Mode: Sendable {
        case plain
        /// STARTTLS required, with a certificate for `localhost`.
        case starttls
        /// TLS from the first byte (SMTPS).
        case smtps
    }

    public struct Received: Decodable, Sendable {
        public var from: String
        public var to: String
        public var subject: String
        public var date: String
        public var contentType: String
        public var charset: String?
        public var body: String
    }

    static let script = Repo.root.appendingPathComponent("Tests/PlanTestSupport/mail-server.py").path

    public static var required: Bool { ProcessInfo.processInfo.environment["ACTIONPLAN_REQUIRE_SMTP"] == "1" }

    /// Whether aiosmtpd can run here.
    public static var available: Bool {
        (try? run(["python3", "-c", "import aiosmtpd"])) != nil
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// A self-signed certificate for `localhost` (PEM), made with openssl: (certificate, key).
    public static func makeCertificate(in folder: URL) throws -> (String, String) {
        let cert = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        _ = try run([
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost",
        ])
        return (cert, key)
    }

    /// Starts a server; `auth` as `user:password` makes it require AUTH.
    public init(mode: Mode = .plain, auth: String? = nil) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ap-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.folder = folder
        var args = ["python3", Self.script, "serve", folder.appendingPathComponent("Maildir").path]
        switch mode {
        case .plain: break
        case .starttls:
            let (cert, key) = try Self.makeCertificate(in: folder)
            args += ["--starttls", cert, key]
        case .smtps:
            let (cert, key) = try Self.makeCertificate(in: folder)
            args += ["--smtps", cert, key]
        }
        if let auth { args += ["--auth", auth] }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let input = Pipe()
        let output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        let log = folder.appendingPathComponent("server.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        p.standardError = try FileHandle(forWritingTo: log)
        try p.run()
        self.process = p
        self.input = input
        // The script prints its port once the server accepts connections.
        let line = String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self)
        guard let port = Int(line.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            p.terminate()
            throw Unavailable(description: "SMTP の試験サーバー（aiosmtpd）が起動しません: \(line)")
        }
        self.port = port
    }

    /// The certificate the server presents (STARTTLS and SMTPS), for the client to trust.
    public var certificate: String { folder.appendingPathComponent("cert.pem").path }

    /// Every message received so far, decoded by Python's email package.
    public func messages() throws -> [Received] {
        let dir = folder.appendingPathComponent("Maildir")
        guard FileManager.default.fileExists(atPath: dir.path) else { return [] }
        let data = try Self.run(["python3", Self.script, "read", dir.path])
        return try JSONDecoder().decode([Received].self, from: data)
    }

    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    static func run(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Unavailable(description: "\(args.joined(separator: " ")) が失敗しました") }
        return data
    }
}

extension FileHandle {
    /// Reads up to the first newline (or the end).
    func availableLine() -> Data {
        var out = Data()
        while true {
            let byte = readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { return out }
            out += byte
        }
    }
}
