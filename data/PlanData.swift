import Foundation
import PlanCore

/// The plans shipped inside the binary: Setagaya's action plan, derived reproducibly from the
/// source text in `setagaya/source/`, the layout in `setagaya/source-format.csv` and the
/// reviewed `setagaya/corrections.csv`; and example plans of other shapes in `examples/`, as
/// plan offices keep them.
public enum PlanData {
    /// The plan served at `/` and used by commands when none is named.
    public static let defaultPlanID = "setagaya"

    /// The source documents of the embedded plan.
    public static let sourceDocument = "000_206d5557473b3492.txt"
    public static let chartDocument = "004_b3455a03aab0cd9e.txt"
    public static let correctionsFile = "corrections.csv"

    /// The folder of the embedded plan's data set.
    public static var folder: URL {
        Bundle.module.url(forResource: "setagaya", withExtension: nil)!
    }

    /// The example plans of other shapes (an xlsx, a CP932 CSV, a five-level CSV …).
    public static var examples: URL {
        Bundle.module.url(forResource: "examples", withExtension: nil)!
    }

    /// One file of the data set (e.g. `nodes.csv`, `source/000_….txt`).
    public static func file(_ relativePath: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(relativePath))
    }

    /// The plan as committed in the data set.
    public static func committedPlan() throws(ImportFailure) -> Plan {
        try PlanPackage.read(folder: folder)
    }

    /// How the source table is laid out.
    public static func sourceFormat() throws -> SourceFormat {
        try SourceFormat.read(try file(SourceFormat.file), name: SourceFormat.file)
    }

    /// The logic chart as committed in the data set.
    public static func visionChart() throws -> VisionChart {
        try VisionChartCSV.read(try file(VisionChartCSV.file))
    }

    /// Imports the plan from its source text, layout and corrections, with everything the
    /// import noticed (used by lint, by the first start of an empty database, and by the test
    /// that the data set is reproducible). Its identity is the committed `plan.csv`'s.
    public static func importSource() throws -> PlanImport {
        let committed = try PlanPackage.identity(try file(PlanPackage.Part.plan.file), file: PlanPackage.Part.plan.file)
        let format = try sourceFormat()
        let text = String(decoding: try file("source/" + sourceDocument), as: UTF8.self)
        let corrections = try CorrectionsFile.read(try file(correctionsFile), name: correctionsFile, format: format)
        let identity = SourceTableReader.Identity(planID: committed.id, title: committed.title, municipality: committed.municipality,
                                                  municipalityCode: committed.code)
        return try SourceTableReader(document: sourceDocument, corrections: corrections, format: format).read(text, identity: identity)
    }

    /// The logic chart read from its source text, linked to the imported plan.
    public static func importVisionChart(plan: Plan) throws -> VisionChart {
        let text = String(decoding: try file("source/" + chartDocument), as: UTF8.self)
        return try VisionChartReader.read(text, document: chartDocument, plan: plan)
    }
}
