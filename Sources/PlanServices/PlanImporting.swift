import Foundation
import PlanCore
import PlanFiles
import PlanStore

/// Reading a plan from the files a plan office has, and saving it.
public enum PlanImporting {
    /// What to read and who the plan is.
    public struct Request: Sendable {
        public var path: String
        public var sheet: String?
        public var planID: String?
        public var title: String?
        public var municipality: String?
        public var municipalityCode: String?
        /// For a source-table text: how the printed table is laid out, and reviewed corrections.
        public var sourceFormat: String?
        public var corrections: String?
        /// The vision's logic chart text to link to the plan (optional).
        public var visionChart: String?

        public init(
            path: String, sheet: String? = nil, planID: String? = nil, title: String? = nil, municipality: String? = nil,
            municipalityCode: String? = nil, sourceFormat: String? = nil, corrections: String? = nil, visionChart: String? = nil
        ) {
            self.path = path
            self.sheet = sheet
            self.planID = planID
            self.title = title
            self.municipality = municipality
            self.municipalityCode = municipalityCode
            self.sourceFormat = sourceFormat
            self.corrections = corrections
            self.visionChart = visionChart
        }
    }

    /// What was read.
    public struct Result: Sendable {
        public var plan: Plan
        public var notes: [ImportNote]
        public var chart: VisionChart?
        /// How a plan table's columns were read (nil for the package and the source text).
        public var layout: PlanTableReader.Layout?
        /// What kind of input it was, in words.
        public var kind: String
    }

    static func load(_ path: String) throws(ImportFailure) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ImportFailure(ImportError(file: path, message: "ファイルを読めません（\(error.localizedDescription)）"))
        }
    }

    /// Reads a plan: a folder of the plan package, a workbook (.xlsx: the package's sheets or a
    /// plan table), a plan table in CSV (UTF-8 or CP932), or a source-table text (.txt) with its
    /// layout. Nothing is saved. Every problem is reported with its place.
    public static func read(_ request: Request) throws(ImportFailure) -> Result {
        let url = URL(fileURLWithPath: request.path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ImportFailure(ImportError(file: request.path, message: "ファイルが見つかりません"))
        }
        let name = url.lastPathComponent
        let ext = url.pathExtension.lowercased()
        var result: Result
        if isDirectory.boolValue {
            result = Result(plan: try PlanPackage.read(folder: url), notes: [], chart: nil, layout: nil, kind: "計画の CSV 一式")
        } else if ext == "xlsx" || ext == "xlsm" {
            let reading = try PlanWorkbook.read(
                try load(request.path), file: name, sheet: request.sheet, options: try tableOptions(request, required: false))
            result = Result(
                plan: reading.plan, notes: reading.notes, chart: nil, layout: reading.layout, kind: reading.layout == nil ? "計画のブック" : "計画の表（Excel）")
        } else if ext == "csv" {
            let folder = url.deletingLastPathComponent()
            if PlanPackage.Part.allCases.map(\.file).contains(name),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(PlanPackage.Part.nodes.file).path)
            {
                result = Result(plan: try PlanPackage.read(folder: folder), notes: [], chart: nil, layout: nil, kind: "計画の CSV 一式")
            } else {
                guard let options = try tableOptions(request, required: true) else { throw missingIdentity(request.path) }
                let reading = try PlanWorkbook.readCSV(try load(request.path), file: name, options: options)
                result = Result(plan: reading.plan, notes: reading.notes, chart: nil, layout: reading.layout, kind: "計画の表（CSV）")
            }
        } else if ext == "xls" {
            throw ImportFailure(ImportError(file: name, message: "古い Excel 形式（.xls）は読めません。Excel で「.xlsx」として保存し直してください"))
        } else {
            result = try readSource(request, name: name)
        }
        applyIdentity(request, to: &result.plan)
        try check(result.plan, file: name)
        if let chartPath = request.visionChart {
            let (text, _) = try TextDecoding.decode(try load(chartPath), file: chartPath)
            result.chart = try VisionChartReader.read(text, document: URL(fileURLWithPath: chartPath).lastPathComponent, plan: result.plan)
        }
        return result
    }

    static func missingIdentity(_ path: String) -> ImportFailure {
        ImportFailure(
            ImportError(
                file: path,
                message: "計画の表を読み込むには --plan-id・--title・--municipality を指定してください（例: --plan-id sakura-city --title 総合計画 --municipality さくら市）"))
    }

    static func tableOptions(_ r: Request, required: Bool) throws(ImportFailure) -> PlanTableReader.Options? {
        guard let id = r.planID, let title = r.title, let municipality = r.municipality else {
            if required { throw missingIdentity(r.path) }
            return nil
        }
        return PlanTableReader.Options(planID: id, title: title, municipality: municipality, municipalityCode: r.municipalityCode)
    }

    static func readSource(_ request: Request, name: String) throws(ImportFailure) -> Result {
        guard let formatPath = request.sourceFormat else {
            throw ImportFailure(
                ImportError(file: name, message: "計画の表のテキストを読むには、表の書式（--source-format source-format.csv）を指定してください（docs/source-import.md）"))
        }
        let format = try SourceFormat.read(try load(formatPath), name: URL(fileURLWithPath: formatPath).lastPathComponent)
        var corrections: [Correction] = []
        if let c = request.corrections {
            corrections = try CorrectionsFile.read(try load(c), name: URL(fileURLWithPath: c).lastPathComponent, format: format)
        }
        guard let id = request.planID, let municipality = request.municipality else { throw missingIdentity(request.path) }
        let (text, _) = try TextDecoding.decode(try load(request.path), file: name)
        let identity = SourceTableReader.Identity(
            planID: id, title: request.title, municipality: municipality, municipalityCode: request.municipalityCode)
        let imported = try SourceTableReader(document: name, corrections: corrections, format: format).read(text, identity: identity)
        return Result(plan: imported.plan, notes: imported.notes, chart: nil, layout: nil, kind: "計画の表のテキスト（PDF から抽出）")
    }

    static func applyIdentity(_ r: Request, to plan: inout Plan) {
        if let id = r.planID { plan.id = id }
        if let title = r.title { plan.title = title }
        if let m = r.municipality { plan.municipality = m }
        if let c = r.municipalityCode { plan.municipalityCode = JapaneseText.foldWidth(c) }
    }

    /// What every plan must satisfy before it is saved.
    static func check(_ plan: Plan, file: String) throws(ImportFailure) {
        var errors: [ImportError] = []
        if let p = PlanIdentity.problem(planID: plan.id) { errors.append(ImportError(file: file, field: "計画ID", message: p)) }
        if plan.title.trimmingSpaces.isEmpty { errors.append(ImportError(file: file, field: "計画名", message: "計画名がありません（--title で指定してください）")) }
        if plan.municipality.trimmingSpaces.isEmpty {
            errors.append(ImportError(file: file, field: "自治体", message: "自治体の名前がありません（--municipality で指定してください）"))
        }
        if let code = plan.municipalityCode, let p = MunicipalityCode.problem(code) {
            errors.append(ImportError(file: file, field: "全国地方公共団体コード", message: p))
        }
        if plan.levels.count > PlanLevel.maximumCount {
            errors.append(ImportError(file: file, message: "階層が\(plan.levels.count)あります（\(PlanLevel.maximumCount)まで）"))
        }
        if plan.indicators.isEmpty { errors.append(ImportError(file: file, message: "指標が1つもありません")) }
        if !errors.isEmpty { throw ImportFailure(errors: errors) }
    }
}

extension PlanServices {
    /// Saves a plan read by `PlanImporting.read`, replacing any plan with the same id (all or
    /// nothing). The plan office (or the operator) only.
    public func savePlan(_ result: PlanImporting.Result, viewer: Viewer) async throws {
        guard viewer.isOperator || viewer.account.map({ $0.role == .office && $0.belongs(to: result.plan.id) }) == true else {
            throw ServiceError.forbidden("計画の取り込みは計画担当の方だけができます")
        }
        try await ServiceMetrics.measure(.importPlan) { try await store.plans.save(result.plan, notes: result.notes, chart: result.chart) }
    }
}
