import Foundation
import OpenAPIKit
import PlanCore
import PlanServices
import PlanStore

/// `/openapi.json`: the API described from `APIController.Operation` and `APIParameter` with
/// OpenAPIKit's types — every path the server registers, every status it answers, the
/// parameters' schemas as the handlers check them, the records' schemas, ETag and 304, and the
/// links a client (or schemathesis's stateful phase) follows from a list to its items.
enum APIDocument {
    typealias Operation = APIController.Operation

    /// The document for the stored plans; the default plan's routes list its years, items and
    /// indicators.
    static func build(defaultPlan c: PlanContext) -> OpenAPI.Document {
        let values: APIParameter.Values = [
            .year: c.plan.reportingYears.flatMap { [$0.code, String($0.westernYear)] },
            .id: unique(c.plan.indicators.map(\.id)),
            .node: c.plan.nodes.map(\.id),
        ]
        // Values that name something in the default plan, for the routes of every plan.
        let examples: APIParameter.Values = [
            .plan: [c.plan.id], .year: c.plan.reportingYears.prefix(1).map(\.code), .id: Array(values[.id, default: []].prefix(1)),
            .node: Array(values[.node, default: []].prefix(1)), .q: c.plan.nodes.first.map { [String($0.title.prefix(4))] } ?? [],
            .fiscalYear: c.plan.reportingYears.prefix(1).map(\.code), .indicator: Array(values[.id, default: []].prefix(1)),
        ]
        var paths: OpenAPI.PathItem.Map = [:]
        for (_, scoped, operations) in APIController.operationsByPath {
            var item = OpenAPI.PathItem()
            for op in operations {
                let described = operation(op, scoped: scoped, values: scoped ? [:] : values, examples: examples)
                switch op.method {
                case .PUT: item.put = described
                case .POST: item.post = described
                default: item.get = described
                }
            }
            paths[OpenAPI.Path(rawValue: operations[0].documentPath(scoped: scoped))] = .init(item)
        }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_1,
            info: .init(
                title: "actionplan API",
                description: "計画・指標・年度の評価と集計を JSON で返します。公表済みの値だけを返し、未報告は null（0ではありません）です。"
                    + "どの応答にも ETag があり、If-None-Match が同じなら 304 を返します。",
                version: "1"),
            servers: [],
            paths: paths,
            components: components
        )
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    static func operation(_ op: Operation, scoped: Bool, values: APIParameter.Values, examples: APIParameter.Values) -> OpenAPI.Operation {
        var parameters: OpenAPI.Parameter.Array = op.parameters(scoped: scoped).map { .init($0.document(values: values, examples: examples)) }
        parameters.append(.reference(.component(named: "IfNoneMatch")))
        var responses: OpenAPI.Response.Map = [
            200: .init(
                OpenAPI.Response(
                    description: "成功",
                    headers: ["ETag": .reference(.component(named: "ETag"))],
                    content: [.json: .init(OpenAPI.Content(schema: op.responseSchema))],
                    links: links(op, scoped: scoped))),
            304: .reference(.component(named: "NotModified")),
        ]
        // Every operation but the list of plans names a plan (the default one at least).
        if op != .plans { responses[404] = .reference(.component(named: "NotFound")) }
        if op.needsToken {
            responses[401] = .reference(.component(named: "Unauthorized"))
            responses[403] = .reference(.component(named: "Forbidden"))
        }
        if op.method != .GET {
            responses[409] = .reference(.component(named: "Conflict"))
            responses[415] = .reference(.component(named: "UnsupportedMediaType"))
            responses[422] = .reference(.component(named: "Unprocessable"))
        }
        if !op.parameters(scoped: scoped).isEmpty {
            responses[400] = .reference(.component(named: "BadRequest"))
        }
        return OpenAPI.Operation(
            tags: [op.needsToken ? "実績の読み書き（課の API トークン）" : scoped || op == .plans ? "計画ごと" : "既定の計画"],
            summary: op.summary + (scoped || op == .plans ? "" : "（既定の計画）"),
            operationId: op.operationId(scoped: scoped),
            parameters: parameters,
            requestBody: requestBody(op),
            responses: responses,
            security: op.needsToken ? [[.component(named: "apiToken"): []]] : nil)
    }

    /// The JSON a write takes.
    static func requestBody(_ op: Operation) -> OpenAPI.Request? {
        let schema: JSONSchema
        switch op {
        case .saveActual: schema = reference("ActualInput")
        case .saveActuals: schema = reference("ActualsInput")
        case .addActivityRecords: schema = reference("ActivityRecordsInput")
        default: return nil
        }
        return OpenAPI.Request(content: [.json: .init(OpenAPI.Content(schema: schema))], required: true)
    }

    /// From a list to its items: the plans to each plan's description, indicators to one
    /// indicator, a plan's description to its year's evaluations and roll-ups.
    static func links(_ op: Operation, scoped: Bool) -> OpenAPI.Link.Map {
        func expression(_ s: String) -> Either<OpenAPI.RuntimeExpression, AnyCodable> { .a(OpenAPI.RuntimeExpression(rawValue: s)!) }
        let plan: OrderedDictionary<String, Either<OpenAPI.RuntimeExpression, AnyCodable>> = scoped ? ["plan": expression("$request.path.plan")] : [:]
        switch op {
        case .plans:
            return [
                "plan": .init(
                    OpenAPI.Link(operationId: Operation.plan.operationId(scoped: true), parameters: ["plan": expression("$response.body#/0/id")])),
                "structure": .init(
                    OpenAPI.Link(operationId: Operation.structure.operationId(scoped: true), parameters: ["plan": expression("$response.body#/0/id")])
                ),
            ]
        case .plan:
            var map: OpenAPI.Link.Map = [:]
            for target in [Operation.structure, .indicators] {
                map[target.rawValue] = .init(OpenAPI.Link(operationId: target.operationId(scoped: true), parameters: plan))
            }
            for target in [Operation.evaluations, .rollups] {
                var parameters = plan
                parameters["year"] = expression("$response.body#/targetYears/0/year")
                map[target.rawValue] = .init(OpenAPI.Link(operationId: target.operationId(scoped: true), parameters: parameters))
            }
            return map
        case .indicators:
            var parameters = plan
            parameters["id"] = expression("$response.body#/0/id")
            return ["indicator": .init(OpenAPI.Link(operationId: Operation.indicator.operationId(scoped: scoped), parameters: parameters))]
        case .structure:
            var parameters = plan
            parameters["node"] = expression("$response.body#/0/id")
            return ["indicators": .init(OpenAPI.Link(operationId: Operation.indicators.operationId(scoped: scoped), parameters: parameters))]
        case .saveActuals:
            return [
                "actual": .init(
                    OpenAPI.Link(
                        operationId: Operation.actual.operationId(scoped: true),
                        parameters: [
                            "plan": expression("$request.path.plan"), "fiscalYear": expression("$request.path.fiscalYear"),
                            "indicator": expression("$response.body#/actuals/0/indicator"),
                        ]))
            ]
        case .actual:
            return [
                "save": .init(
                    OpenAPI.Link(
                        operationId: Operation.saveActual.operationId(scoped: true),
                        parameters: [
                            "plan": expression("$request.path.plan"), "fiscalYear": expression("$request.path.fiscalYear"),
                            "indicator": expression("$request.path.indicator"), "If-Match": expression("$response.header.ETag"),
                        ]))
            ]
        case .indicator, .evaluations, .rollups, .search, .saveActual, .addActivityRecords:
            return [:]
        }
    }

    static func reference(_ name: String) -> JSONSchema { .reference(.component(named: name)) }
    static func text(nullable: Bool = false) -> JSONSchema { .string(nullable: nullable) }
    static func integer(nullable: Bool = false) -> JSONSchema { .integer(nullable: nullable) }
    static func number(nullable: Bool = false) -> JSONSchema { .number(nullable: nullable) }
    static func map(of values: JSONSchema) -> JSONSchema { .object(additionalProperties: .init(values)) }
    static func record(_ description: String, _ properties: OrderedDictionary<String, JSONSchema>, open: Bool = false) -> JSONSchema {
        .object(description: description, properties: properties, additionalProperties: open ? nil : .init(false))
    }

    static var components: OpenAPI.Components {
        let source = JSONSchema.object(nullable: true, properties: ["document": .string, "line": .integer])
        let schemas: OpenAPI.ComponentDictionary<JSONSchema> = [
            "Error": record(
                "誤りの応答",
                [
                    "error": .boolean, "status": .integer(maximum: (599, exclusive: false), minimum: (400, exclusive: false)),
                    "message": .string(minLength: 1), "errors": .array(required: false, items: .string),
                    "current": .array(required: false, items: reference("Actual")),
                ]),
            "PlanSummary": record("登録されている計画", ["id": .string(minLength: 1), "title": .string, "municipality": .string, "version": .integer]),
            "Plan": record(
                "計画の形: 階層、目標の年度、評価の方法",
                [
                    "id": .string, "title": .string, "municipality": .string,
                    "municipalityCode": .string(nullable: true, pattern: "^[0-9]{6}$"),
                    "firstYear": text(nullable: true), "lastYear": text(nullable: true),
                    "levels": .array(
                        items: record("階層", ["depth": .integer(minimum: (1, exclusive: false)), "name": .string, "key": text(nullable: true)])),
                    "targetYears": .array(
                        items: record(
                            "目標の年度",
                            [
                                "year": .string, "westernYear": .integer,
                                "role": .string(allowedValues: TargetYear.Role.allCases.map { AnyCodable($0.rawValue) }),
                            ])),
                    "grading": .string, "indicatorLabel": .string,
                ]),
            "Node": record(
                "計画の項目（どの階層も）",
                [
                    "id": .string, "level": .string, "depth": .integer(minimum: (1, exclusive: false)), "code": text(nullable: true),
                    "title": .string, "parent": text(nullable: true), "parentTitle": text(nullable: true), "parentId": text(nullable: true),
                    "number": integer(nullable: true), "relisted": .boolean, "originalId": text(nullable: true),
                    "department": text(nullable: true), "description": .string, "titleEnglish": text(nullable: true),
                    "milestones": map(of: .string), "flags": .array(items: .string), "source": source,
                ]),
            "Indicator": record(
                "指標と目標値。計画の階層・印ごとの鍵（その計画の levels と flags）も持つ",
                [
                    "id": .string, "placement": .string, "indicator": .string, "part": integer(nullable: true), "code": text(nullable: true),
                    "unit": .string, "kind": .string(allowedValues: IndicatorKind.allCases.map { AnyCodable($0.rawValue) }),
                    "kindLabel": .string, "lowerIsBetter": .boolean,
                    "type": .string(
                        nullable: true, description: IndicatorType.allCases.map(\.rawValue).joined(separator: "・") + "、または null"),
                    "department": text(nullable: true), "total": number(nullable: true), "relisted": .boolean,
                    "originalPlacement": text(nullable: true), "source": source, "path": .array(items: .string),
                    "nameEnglish": text(nullable: true), "targets": map(of: number(nullable: true)), "intermediateTargets": map(of: .number),
                    "baseline": .object(nullable: true, properties: ["year": text(nullable: true), "value": .number]),
                    "history": map(of: .number),
                ], open: true),
            "Evaluation": record(
                "指標の年度の評価。未報告の実績は null（0ではありません）",
                [
                    "indicatorId": .string, "placementIndicatorId": .string, "placement": .string, "section": text(nullable: true),
                    "indicator": .string, "part": integer(nullable: true), "unit": .string, "kind": .string,
                    "fiscalYear": .string, "westernYear": .integer, "target": number(nullable: true), "expected": number(nullable: true),
                    "actual": number(nullable: true), "achievementRate": number(nullable: true), "grade": text(nullable: true),
                    "status": .string(allowedValues: PlanCore.Evaluation.Status.allCases.map { AnyCodable($0.rawValue) }),
                ]),
            "RollUp": record(
                "項目（または計画全体: level が plan）の評価の分布",
                [
                    "level": .string, "depth": .integer(minimum: (0, exclusive: false)), "node": text(nullable: true), "code": text(nullable: true),
                    "grades": map(of: .integer(minimum: (0, exclusive: false))), "notReported": .integer, "noTarget": .integer,
                    "undefined": .integer, "indicators": .integer, "medianAchievementRate": number(nullable: true),
                ]),
            "Actual": record(
                "実績の1つの値。version は保存のたびに1つ増え（まだ値がなければ0）、ETag と同じ",
                [
                    "indicator": .string, "fiscalYear": .string, "westernYear": .integer, "value": number(nullable: true), "note": .string,
                    "version": .integer(minimum: (0, exclusive: false)), "enteredBy": text(nullable: true),
                    "enteredAt": .string(format: .dateTime, nullable: true),
                ]),
            "ActualInput": record(
                "保存する値。value が null なら未報告（0ではありません）",
                [
                    "value": number(nullable: true),
                    "note": .string(required: false, maxLength: APIWrites.noteLimit),
                ]),
            "ActualsInput": record(
                "まとめて保存する値（全部か無し）",
                [
                    "actuals": .array(
                        minItems: 1, maxItems: APIWrites.batchLimit,
                        items: record(
                            "1つの値。version を付けると、今の版と違うとき 409",
                            [
                                "indicator": .string(minLength: 1, maxLength: 200), "value": number(nullable: true),
                                "note": .string(required: false, maxLength: APIWrites.noteLimit),
                                "version": .integer(required: false, nullable: true, minimum: (0, exclusive: false)),
                            ]))
                ]),
            "ActivityRecordsInput": record(
                "まとめて追加する活動記録（全部か無し。トークンの課の記録として）",
                [
                    "records": .array(
                        minItems: 1, maxItems: APIWrites.recordLimit,
                        items: record(
                            "1件の記録。kind は種類のIDか名前、date は 2024-05-01、values は種類の項目ID → 値",
                            [
                                "kind": .string(minLength: 1, maxLength: APIWrites.textLimit),
                                "date": .string(minLength: 1, maxLength: APIWrites.textLimit),
                                "title": .string(minLength: 1, maxLength: APIWrites.textLimit),
                                "category": .string(required: false, nullable: true, maxLength: APIWrites.textLimit),
                                "values": .object(
                                    required: false,
                                    additionalProperties: .init(.one(of: [.string(maxLength: APIWrites.textLimit), .number]))),
                            ]))
                ]),
            "AddedActivityRecords": record(
                "追加した結果", ["records": .integer(minimum: (1, exclusive: false)), "changed": .integer(minimum: (0, exclusive: false))]),
            "SavedActuals": record(
                "保存した結果", ["changed": .integer(minimum: (0, exclusive: false)), "actuals": .array(items: reference("Actual"))]),
            "SearchHit": record(
                "検索の結果",
                [
                    "node": .string, "field": .string(allowedValues: PlanSearch.Field.allCases.map { AnyCodable($0.rawValue) }),
                    "text": .string, "indicator": text(nullable: true),
                ]),
        ]
        let error: (String) -> OpenAPI.Response = {
            OpenAPI.Response(description: $0, content: [.json: .init(OpenAPI.Content(schema: reference("Error")))])
        }
        return OpenAPI.Components(
            schemas: schemas,
            responses: [
                "NotModified": .init(
                    OpenAPI.Response(description: "If-None-Match の ETag が今の内容と同じ（本文なし）", headers: ["ETag": .reference(.component(named: "ETag"))])),
                "BadRequest": .init(error("パラメータの誤り（何が受け付けられるかを message に）")),
                "NotFound": .init(error("計画・項目・指標・年度がない（この計画の年度を message に）")),
                "Unauthorized": .init(
                    OpenAPI.Response(
                        description: "API トークンがない・違う・失効している",
                        headers: ["WWW-Authenticate": .init(OpenAPI.Header(schema: .string, required: true))],
                        content: [.json: .init(OpenAPI.Content(schema: reference("Error")))])),
                "Forbidden": .init(error("トークンの課の担当でない項目、別の計画のトークン")),
                "Conflict": .init(error("読んだときの版が今の版と違う（current に今の値）、または年度がロック・提出済み・公表済み")),
                "UnsupportedMediaType": .init(error("本文が JSON でない")),
                "Unprocessable": .init(error("値を受け付けない（実績の入力と同じ確かめ。何も保存しない）、または Idempotency-Key を別の内容に使った")),
            ],
            parameters: [
                "IfNoneMatch": .init(
                    OpenAPI.Parameter.header(
                        name: "If-None-Match", required: false, schema: .string, description: "前に受け取った ETag。内容が同じなら 304"))
            ],
            headers: [
                "ETag": .init(
                    OpenAPI.Header(schema: .string(pattern: "^\"([0-9a-f]{32}|[0-9]{1,10})\"$"), description: "本文の強い ETag（実績は版）", required: true))
            ],
            securitySchemes: ["apiToken": .init(OpenAPI.SecurityScheme.http(scheme: "bearer", description: "計画担当が課ごとに発行する API トークン（ap_…）"))]
        )
    }
}
