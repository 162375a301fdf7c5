import Foundation
import PlanCore

/// The plans shipped inside the binary: Setagaya's action plan, derived reproducibly from the
/// source text in `setagaya/source/` and the reviewed `setagaya/corrections.csv`.
public enum PlanData {
    /// The source documents of the Setagaya plan.
    public static let setagayaSourceDocument = "000_206d5557473b3492.txt"
    public static let setagayaChartDocument = "004_b3455a03aab0cd9e.txt"
    public static let correctionsFile = "corrections.csv"

    /// The folder of the embedded Setagaya data set.
    public static var setagaya: URL {
        Bundle.module.url(forResource: "setagaya", withExtension: nil)!
    }

    /// One file of the Setagaya data set (e.g. `table.csv`, `source/000_206d5557473b3492.txt`).
    public static func setagayaFile(_ relativePath: String) throws -> Data {
        try Data(contentsOf: setagaya.appendingPathComponent(relativePath))
    }

    /// The Setagaya plan as committed in the data set.
    public static func setagayaPlan() throws(ImportFailure) -> Plan {
        try PlanCSV.read(folder: setagaya)
    }

    /// The logic chart as committed in the data set.
    public static func setagayaVisionChart() throws -> VisionChart {
        try VisionChartCSV.read(try setagayaFile(VisionChartCSV.file))
    }

    /// Imports the Setagaya plan from its source text and corrections, with everything the
    /// import noticed (used by lint, and by the test that the data set is reproducible).
    public static func importSetagayaSource() throws -> PlanImport {
        let text = String(decoding: try setagayaFile("source/" + setagayaSourceDocument), as: UTF8.self)
        let corrections = try CorrectionsFile.read(try setagayaFile(correctionsFile), name: correctionsFile)
        return try SourceTableReader(document: setagayaSourceDocument, corrections: corrections).read(text)
    }
}
