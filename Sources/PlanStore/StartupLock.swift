import FluentPostgresDriver
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lets one instance at a time do the start-up work on a database (migrations and the first
/// load of the embedded plan), so that several instances started at once on an empty database
/// do not race to create the same tables. The others wait, then find the work done.
public enum StartupLock {
    /// The PostgreSQL advisory lock's key ("actionplan" in ASCII, shortened to 64 bits).
    static let key: Int64 = 0x6163_7469_6F6E_706C

    /// Holds a session-level advisory lock on a connection of its own (outside the pool, so
    /// that the work itself can use the pool's connections) while `body` runs.
    public static func postgres<T: Sendable>(
        url: String, on eventLoop: any EventLoop, logger: Logger,
        _ body: () async throws -> T
    ) async throws -> T {
        let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        let connection = try await PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 0, logger: logger)
        do {
            _ = try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            let result = try await body()
            try await connection.close()  // ending the session releases the lock
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Holds an exclusive `flock` on `<database>-startup.lock` beside the SQLite file while
    /// `body` runs. (Not on the database file itself: closing another descriptor of that file
    /// would drop SQLite's own locks.)
    public static func sqlite<T: Sendable>(path: String, _ body: () async throws -> T) async throws -> T {
        let fd = open(path + "-startup.lock", O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { return try await body() }  // e.g. a read-only folder: SQLite reports what matters
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0, errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try await body()
    }
}
