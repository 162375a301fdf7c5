import Crypto
import Foundation
import PlanCore
import PlanServices
import PlanStore
import Vapor

/// An actual as the API reads and writes it (also in a 409's `current`).
struct APIActual: Content {
    var indicator: String
    var fiscalYear: String
    var westernYear: Int
    var value: Decimal?
    var note: String
    var version: Int
    var enteredBy: String?
    var enteredAt: Date?

    init(indicator: String, year: FiscalYear, stored: StoredActual?) {
        self.indicator = indicator
        fiscalYear = year.code
        westernYear = year.westernYear
        value = stored?.actual.value
        note = stored?.actual.note ?? ""
        version = stored?.version ?? 0
        enteredBy = stored?.enteredBy
        enteredAt = stored?.enteredAt
    }

    init(_ stored: StoredActual) { self.init(indicator: stored.actual.indicator, year: stored.actual.year, stored: stored) }

    // Every key is present; nil is written as null.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(westernYear, forKey: .westernYear)
        try c.encode(value, forKey: .value)
        try c.encode(note, forKey: .note)
        try c.encode(version, forKey: .version)
        try c.encode(enteredBy, forKey: .enteredBy)
        try c.encode(enteredAt, forKey: .enteredAt)
    }
}

/// What a batch saved: how many values changed, and each value as it now stands.
struct SavedActuals: Content {
    var changed: Int
    var actuals: [APIActual]
}

/// Reading and writing actuals with a department's API token: the same service as the web form
/// (`PlanContext.parse` and `saveActuals`), so the same rules, versions, locks and audit trail.
enum APIWrites {
    typealias Operation = APIController.Operation

    static let noteLimit = 500
    static let batchLimit = 1000

    static func handle(_ op: Operation, _ req: Request, plan: String) async throws -> Response {
        let (c, token) = try await authorized(req, plan: plan)
        if op == .addActivityRecords {
            return try await idempotent(req, token: token) { data in try await addRecords(c, req, data: data) }
        }
        let year = try APIParameter.year(req, c, from: .fiscalYear)
        switch op {
        case .actual:
            let id = try reportingID(req, c, year: year)
            return try answer(APIActual(indicator: id, year: year, stored: stored(c, id, year)))
        case .saveActual:
            let id = try reportingID(req, c, year: year)
            let tag = try APIParameter.ifMatch.value(in: req) ?? ""
            let version = Int(tag.dropFirst().dropLast()) ?? -1
            let fields = try object(try body(req), keys: ["value", "note"], at: "本文")
            let input = try actualInput(fields, indicator: id, version: version, at: "本文")
            try await save(c, [input], year: year)
            let after = try await req.services.context(plan: plan, viewer: c.viewer)
            return try answer(APIActual(indicator: id, year: year, stored: stored(after, id, year)))
        case .saveActuals:
            return try await idempotent(req, token: token) { data in try await saveBatch(c, req, data: data, year: year, plan: plan) }
        default:
            throw Abort(.methodNotAllowed)
        }
    }

    /// Answers a request once per `Idempotency-Key` (of this token): a retry with the same key and
    /// body gets the first answer again; the same key with another body is refused.
    static func idempotent(_ req: Request, token: APIToken, _ body: (Data) async throws -> Response) async throws -> Response {
        let data = req.body.data.map { Data($0.readableBytesView) } ?? Data()
        let key = try APIParameter.idempotencyKey.value(in: req)
        let requestHash = Hex.string(SHA256.hash(data: Data(req.url.path.utf8) + data))
        if let key, let kept = try await req.services.store.apiTokens.answer(token: token.id, key: key) {
            guard kept.requestHash == requestHash else {
                throw Abort(.unprocessableEntity, reason: "この Idempotency-Key は別の内容の要求に使われています。要求ごとに新しい鍵を使ってください")
            }
            return replay(kept)
        }
        let response = try await body(data)
        if let key, let text = response.body.string {
            let kept = IdempotentAnswer(requestHash: requestHash, status: Int(response.status.code), body: text)
            // A request sent at the same time with the same key got there first: answer as it was answered.
            if try await !req.services.store.apiTokens.keep(kept, token: token.id, key: key),
                let first = try await req.services.store.apiTokens.answer(token: token.id, key: key)
            {
                return replay(first)
            }
        }
        return response
    }

    /// The plan's context for the token's department; 401 (with `WWW-Authenticate`) without a
    /// valid token, 403 for a token of another plan.
    static func authorized(_ req: Request, plan: String) async throws -> (PlanContext, APIToken) {
        let challenge: HTTPHeaders = ["WWW-Authenticate": "Bearer realm=\"actionplan\""]
        guard let secret = req.headers.bearerAuthorization?.token else {
            throw Abort(.unauthorized, headers: challenge, reason: "課の API トークンを Authorization: Bearer で送ってください（計画担当が発行します）")
        }
        do {
            let (viewer, token) = try await req.services.viewer(apiToken: secret, plan: plan)
            req.logger[metadataKey: "api-token"] = .string(token.name)
            return (try await req.services.context(plan: plan, viewer: viewer), token)
        } catch let e as ServiceError where e.kind == .unauthenticated {
            throw Abort(.unauthorized, headers: challenge, reason: e.message)
        }
    }

    /// The 指標ID of the template for the path's indicator (a re-listed placement's own id is read
    /// as the one it reports under); 404 when the plan does not report it that year.
    static func reportingID(_ req: Request, _ c: PlanContext, year: FiscalYear) throws -> String {
        let raw = try APIParameter.indicator.value(in: req) ?? ""
        guard let id = c.snapshot.units(year: year).reportingID[raw] else {
            throw Abort(.notFound, reason: "指標「\(raw)」は\(year.label)にこの計画で報告する指標ではありません")
        }
        return id
    }

    static func stored(_ c: PlanContext, _ id: String, _ year: FiscalYear) -> StoredActual? {
        (c.snapshot.actuals[year] ?? []).first { $0.actual.indicator == id }
    }

    static func answer(_ actual: APIActual) throws -> Response {
        let response = try APIController.json(actual)
        // The version is the ETag: sent back as If-Match, it guards against overwriting.
        response.headers.replaceOrAdd(name: .eTag, value: "\"\(actual.version)\"")
        return response
    }

    static func replay(_ kept: IdempotentAnswer) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
        return Response(status: HTTPResponseStatus(statusCode: kept.status), headers: headers, body: .init(string: kept.body))
    }

    // MARK: Bodies

    static func isWhole(_ d: Decimal) -> Bool {
        var value = d, whole = Decimal()
        NSDecimalRound(&whole, &value, 0, .plain)
        return whole == d
    }

    static func body(_ req: Request) throws -> JSONValue {
        guard req.headers.contentType?.type == "application", req.headers.contentType?.subType == "json" else {
            throw Abort(.unsupportedMediaType, reason: "本文は JSON（Content-Type: application/json）で送ってください")
        }
        guard let buffer = req.body.data, buffer.readableBytes > 0 else { throw Abort(.badRequest, reason: "本文（JSON）がありません") }
        let data = Data(buffer.readableBytesView)
        do { return try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            // Valid JSON with a number no figure can be (4.5e-162, 1e200): the value is refused, not the form.
            if (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil {
                throw Abort(.unprocessableEntity, reason: "本文に扱えない大きさの数があります（小さすぎるか大きすぎます。実績の値として読める数にしてください）")
            }
            throw Abort(.badRequest, reason: "本文を JSON として読めません")
        }
    }

    /// An object with only the keys named (400 for any other, saying where).
    static func object(_ value: JSONValue, keys: Set<String>, required: Set<String> = [], at place: String) throws -> [String: JSONValue] {
        guard case .object(let fields) = value else { throw Abort(.badRequest, reason: "\(place)は JSON のオブジェクトにしてください") }
        if let unknown = fields.keys.sorted().first(where: { !keys.contains($0) }) {
            throw Abort(.badRequest, reason: "\(place)の「\(unknown)」は使えません（使えるもの: \(keys.sorted().joined(separator: "・"))）")
        }
        if let missing = required.sorted().first(where: { fields[$0] == nil }) {
            throw Abort(.badRequest, reason: "\(place)に「\(missing)」がありません")
        }
        return fields
    }

    /// One value as the web form takes it: a number, or null for 未報告 (not reported, never 0).
    static func actualInput(_ fields: [String: JSONValue], indicator: String, version: Int?, at place: String) throws -> PlanContext.ActualInput {
        let raw: String
        switch fields["value"] ?? .null {
        case .null: raw = ""
        case .int(let n): raw = String(n)
        case .number(let d): raw = NumberCell.format(d)
        default: throw Abort(.badRequest, reason: "\(place)の value は数か null（未報告）にしてください")
        }
        var note = ""
        switch fields["note"] ?? .string("") {
        case .string(let s) where s.count <= noteLimit: note = s
        default: throw Abort(.badRequest, reason: "\(place)の note は\(noteLimit)文字までの文字列にしてください")
        }
        return PlanContext.ActualInput(indicator: indicator, raw: raw, note: note, expectedVersion: version)
    }

    /// Checks the values as the web form does (422 with every problem) and saves them all or none.
    static func save(_ c: PlanContext, _ inputs: [PlanContext.ActualInput], year: FiscalYear) async throws -> Int {
        switch c.parse(inputs, year: year) {
        case .failure(let problems):
            throw Abort(
                .unprocessableEntity,
                reason: "値を受け付けませんでした（何も保存していません）: " + problems.problems.map { "\($0.indicator): \($0.message)" }.joined(separator: "／"))
        case .success(let changes):
            return changes.isEmpty ? 0 : try await c.saveActuals(changes).changed
        }
    }

    static func saveBatch(_ c: PlanContext, _ req: Request, data: Data, year: FiscalYear, plan: String) async throws -> Response {
        let fields = try object(try body(req), keys: ["actuals"], required: ["actuals"], at: "本文")
        guard case .array(let items) = fields["actuals"]!, (1...batchLimit).contains(items.count) else {
            throw Abort(.badRequest, reason: "actuals は1〜\(batchLimit)件の配列にしてください")
        }
        var inputs: [PlanContext.ActualInput] = []
        let units = c.snapshot.units(year: year)
        for (n, item) in items.enumerated() {
            let place = "actuals[\(n)]"
            let f = try object(item, keys: ["indicator", "value", "note", "version"], required: ["indicator"], at: place)
            guard case .string(let raw) = f["indicator"]!, !raw.isEmpty, raw.count <= 200 else {
                throw Abort(.badRequest, reason: "\(place)の indicator は指標ID（1〜200文字）にしてください")
            }
            var version: Int?
            switch f["version"] ?? .null {
            case .null: version = nil
            case .int(let v) where v >= 0: version = v
            // JSON has one kind of number: 3.0 is the integer 3.
            case .number(let d) where d >= 0 && d <= Decimal(Int32.max) && isWhole(d): version = NSDecimalNumber(decimal: d).intValue
            default: throw Abort(.badRequest, reason: "\(place)の version は0以上の整数（読んだときの版）にしてください")
            }
            guard let id = units.reportingID[raw] else {
                throw Abort(.unprocessableEntity, reason: "\(place): 指標「\(raw)」は\(year.label)にこの計画で報告する指標ではありません（何も保存していません）")
            }
            inputs.append(try actualInput(f, indicator: id, version: version, at: place))
        }
        let changed = try await save(c, inputs, year: year)
        let after = try await req.services.context(plan: plan, viewer: c.viewer)
        return try APIController.json(
            SavedActuals(
                changed: changed, actuals: inputs.map { APIActual(indicator: $0.indicator, year: year, stored: stored(after, $0.indicator, year)) }))
    }

    // MARK: Activity records

    static let recordLimit = 1000
    static let textLimit = 500

    /// `POST /api/v1/plans/{plan}/activities`: records of the token's department, all or none,
    /// checked and counted by the same service as the staff pages (422 with every located problem).
    static func addRecords(_ c: PlanContext, _ req: Request, data: Data) async throws -> Response {
        let fields = try object(try body(req), keys: ["records"], required: ["records"], at: "本文")
        guard case .array(let items) = fields["records"]!, (1...recordLimit).contains(items.count) else {
            throw Abort(.badRequest, reason: "records は1〜\(recordLimit)件の配列にしてください")
        }
        func text(_ value: JSONValue?, _ place: String, required: Bool) throws -> String {
            switch value {
            case nil, .null?:
                if required { throw Abort(.badRequest, reason: "\(place)がありません") }
                return ""
            case .string(let s)? where s.count <= textLimit && (!required || !s.isEmpty): return s
            default: throw Abort(.badRequest, reason: "\(place)は\(required ? "1〜" : "")\(textLimit)文字の文字列にしてください")
            }
        }
        let department = c.viewerDepartment?.name ?? ""
        var inputs: [ActivityInput] = []
        for (n, item) in items.enumerated() {
            let place = "records[\(n)]"
            let f = try object(item, keys: ["kind", "date", "title", "category", "values"], required: ["kind", "date", "title"], at: place)
            var values: [String: String] = [:]
            switch f["values"] ?? .object([:]) {
            case .object(let map):
                for (k, v) in map {
                    switch v {
                    case .string(let s) where s.count <= textLimit: values[k] = s
                    case .int(let i): values[k] = String(i)
                    case .number(let d): values[k] = NumberCell.format(d)
                    case .null: values[k] = ""
                    default: throw Abort(.badRequest, reason: "\(place).values.\(k) は\(textLimit)文字までの文字列か数にしてください")
                    }
                }
            default: throw Abort(.badRequest, reason: "\(place).values は項目ID → 値のオブジェクトにしてください")
            }
            inputs.append(
                ActivityInput(
                    kind: try text(f["kind"], "\(place).kind", required: true), department: department,
                    date: try text(f["date"], "\(place).date", required: true), title: try text(f["title"], "\(place).title", required: true),
                    category: try text(f["category"], "\(place).category", required: false), values: values,
                    place: .init(file: place)))
        }
        do {
            let result = try await c.addActivityRecords(inputs)
            return try APIController.json(AddedRecords(records: result.records, changed: result.changed))
        } catch let e as ServiceError where e.kind == .invalid {
            // The body had the documented form; what it says was refused.
            throw ServiceError(.invalid, e.message, errors: e.errors.isEmpty ? [ImportError(file: "本文", message: e.message)] : e.errors)
        }
    }
}

/// What an activity-record batch did.
struct AddedRecords: Content {
    var records: Int
    var changed: Int
}
