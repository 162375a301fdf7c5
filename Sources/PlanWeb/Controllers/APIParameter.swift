import Foundation
import OpenAPIKit
import PlanCore
import PlanServices
import Vapor

/// One parameter of the JSON API: its place, its schema in `/openapi.json` and the check the
/// handlers make, side by side, so that the document and the server cannot disagree. A value
/// the schema refuses is answered 400; a well-formed value that names nothing in the plan
/// (a year outside it, an unknown indicator) is answered 404.
enum APIParameter: String, CaseIterable {
    case plan, id, year, basis, node, q
    // The writes': the year and indicator of an actual, the version read, a client's request key.
    case fiscalYear, indicator, ifMatch, idempotencyKey

    enum Place { case path, query, header }

    var place: Place {
        switch self {
        case .plan, .id, .fiscalYear, .indicator: .path
        case .year, .basis, .node, .q: .query
        case .ifMatch, .idempotencyKey: .header
        }
    }

    var name: String {
        switch self {
        case .ifMatch: "If-Match"
        case .idempotencyKey: "Idempotency-Key"
        default: rawValue
        }
    }

    var isRequired: Bool { ![.basis, .node, .idempotencyKey].contains(self) }

    var description: String {
        switch self {
        case .plan: "計画ID（/api/v1/plans の id）"
        case .id: "指標ID（/indicators の id）"
        case .year: "年度: 元号の1文字と年（R6）か西暦の年度（2024）。計画の年度でなければ 404"
        case .basis: "adopted（当初の目標値）または revised（見直し後。既定）"
        case .node: "この項目（/structure の id）の下の指標だけ"
        case .q: "検索する言葉（\(PlanSearch.maximumQueryLength)文字以内）"
        case .fiscalYear: "実績の年度: R6 か 2024。計画の年度でなければ 404"
        case .indicator: "指標ID（実績の様式の指標ID）"
        case .ifMatch: "読んだときの版（GET の ETag。まだ値がなければ \"0\"）。今の版と違えば 409 と今の値"
        case .idempotencyKey: "送り直しても1回だけ保存するための、要求ごとの鍵（24時間、同じ鍵には同じ答え）"
        }
    }

    /// The longest value accepted, in Unicode scalars (as JSON Schema counts `maxLength`).
    var maximumLength: Int {
        switch self {
        case .plan: 64
        case .id, .node, .indicator, .idempotencyKey: 200
        case .year, .fiscalYear: 4
        case .ifMatch: 12
        case .basis: 7
        case .q: PlanSearch.maximumQueryLength
        }
    }

    /// The values the parameter takes, where the document lists them (for the default plan's
    /// routes: its years, indicators and items).
    typealias Values = [APIParameter: [String]]

    /// The schema; `values` lists every value (an enum), `examples` a few that name something.
    func schema(values: Values, examples: Values) -> JSONSchema {
        let listed = values[self].map { $0.map { AnyCodable($0) } }
        let examples = (examples[self] ?? []).map { AnyCodable($0) }
        switch self {
        case .plan:
            return .string(minLength: 1, maxLength: maximumLength, pattern: "^[A-Za-z0-9_-]+$", allowedValues: listed, examples: examples)
        case .year, .fiscalYear:
            return .string(
                minLength: 1, maxLength: maximumLength, pattern: "^([A-Z][0-9]{1,2}|[0-9]{4})$", allowedValues: listed, examples: examples)
        case .ifMatch:
            return .string(minLength: 3, maxLength: maximumLength, pattern: "^\"[0-9]{1,10}\"$", examples: ["\"0\""])
        case .idempotencyKey:
            return .string(minLength: 1, maxLength: maximumLength, pattern: "^[!-~]+$")
        case .basis:
            return .string(
                allowedValues: TargetBasis.allCases.map { AnyCodable($0.rawValue) }, defaultValue: AnyCodable(TargetBasis.revised.rawValue))
        case .id, .node, .q, .indicator:
            return .string(minLength: 1, maxLength: maximumLength, allowedValues: listed, examples: examples)
        }
    }

    func document(values: Values, examples: Values) -> OpenAPI.Parameter {
        let schema = schema(values: values, examples: examples)
        return switch place {
        case .path: .path(name: name, schema: schema, description: description)
        case .query: .query(name: name, required: isRequired, schema: schema, description: description)
        case .header: .header(name: name, required: isRequired, schema: schema, description: description)
        }
    }

    /// The raw value of the request, checked against the schema: nil when an optional
    /// parameter is absent; 400 when it is empty, too long or not of the form.
    func value(in req: Request) throws -> String? {
        let raw: String?
        switch place {
        case .path: raw = req.parameters.get(name)
        case .query: raw = req.query[String.self, at: name]
        case .header: raw = req.headers.first(name: name)
        }
        guard let raw else {
            // A path parameter is absent only on the default plan's route.
            if isRequired && place != .path { throw Abort(.badRequest, reason: "パラメータ「\(name)」を指定してください（\(description)）") }
            return nil
        }
        guard !raw.isEmpty, raw.unicodeScalars.count <= maximumLength, isWellFormed(raw) else {
            throw Abort(.badRequest, reason: "パラメータ「\(name)」の値「\(raw.prefix(40))」は受け付けられません（\(description)）")
        }
        return raw
    }

    /// The form the pattern of the schema describes, checked character by character.
    func isWellFormed(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        switch self {
        case .plan:
            return scalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || isDigit($0) || $0 == "_" || $0 == "-" }
        case .year, .fiscalYear:
            if scalars.count == 4 { return scalars.allSatisfy(isDigit) }
            return (2...3).contains(scalars.count) && ("A"..."Z").contains(scalars[0]) && scalars.dropFirst().allSatisfy(isDigit)
        case .basis:
            return TargetBasis(rawValue: s) != nil
        case .ifMatch:
            return scalars.count >= 3 && scalars.first == "\"" && scalars.last == "\"" && scalars.dropFirst().dropLast().allSatisfy(isDigit)
        case .idempotencyKey:
            return scalars.allSatisfy { ("!"..."~").contains($0) }
        case .id, .node, .q, .indicator:
            return true
        }
    }
}

extension APIParameter {
    /// `year`: one of the plan's years, else 404 saying which years it has (the service's rule).
    static func year(_ req: Request, _ c: PlanContext, from parameter: APIParameter = .year) throws -> FiscalYear {
        let raw = try parameter.value(in: req) ?? ""
        guard let year = FiscalYear(parsing: raw) else {
            throw Abort(.notFound, reason: "「\(raw)」はこの計画の年度ではありません（\(c.plan.reportingYearsText)）")
        }
        return try c.requireYear(year)
    }

    /// `basis`: 見直し後 unless `adopted` is asked for.
    static func basis(_ req: Request) throws -> TargetBasis {
        try APIParameter.basis.value(in: req).flatMap(TargetBasis.init(rawValue:)) ?? .revised
    }
}
