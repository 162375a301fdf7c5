import Foundation
import NIOCore
import Vapor

/// Vapor's own floor for the benchmarks (`actionplan bench floor`): a Vapor application with one
/// route answering a constant, no middleware, no database, on the same number of event loops as
/// `serve`. What the dynamic app costs above the framework is read against it.
public enum VaporFloor {
    public static let body = "{\"status\":\"ok\"}"

    public static func serve(hostname: String, port: Int) async throws {
        var environment = Environment(name: "production", arguments: ["actionplan"])
        environment.arguments = ["actionplan", "serve", "--hostname", hostname, "--port", String(port)]
        let app = try await Application.make(environment, .singleton)
        app.logger.logLevel = .error
        app.http.server.configuration.hostname = hostname
        app.http.server.configuration.port = port
        app.middleware = Middlewares()
        let constant = ByteBuffer(string: body)
        app.get("floor") { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: constant))
        }
        try await runUntilStopped(app)
    }
}
