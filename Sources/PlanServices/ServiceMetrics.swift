import Dispatch
import Metrics

/// How long the long jobs of the cycle take, through swift-metrics (exported at `/metrics` by
/// the web server; nothing is recorded where no metrics system is set up, as on the command line).
public enum ServiceMetrics {
    public enum Job: String, Sendable {
        /// A plan read into the database (`actionplan import`, the office's upload).
        case importPlan = "import_plan"
        /// A file of actuals read and saved.
        case importActuals = "import_actuals"
        /// A year published for every approved department.
        case publishYear = "publish_year"
        /// A plan's open-data files built.
        case buildOpenData = "build_opendata"
        /// The public site written as static files.
        case publishSite = "publish_site"
    }

    static func timer(_ job: Job) -> Timer {
        Timer(label: "actionplan_job_duration_seconds", dimensions: [("job", job.rawValue)], preferredDisplayUnit: .seconds)
    }

    /// Runs `body`, recording how long it took (also when it fails).
    public static func measure<T>(_ job: Job, _ body: () async throws -> T) async rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { timer(job).recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        return try await body()
    }

    public static func measure<T>(_ job: Job, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { timer(job).recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - start)) }
        return try body()
    }
}
