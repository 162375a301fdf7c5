import Foundation

/// The OpenAPI 3 description of `/api/v1`, served at `/openapi.json`. A test keeps it in sync
/// with the registered routes and with the keys the API really returns.
enum OpenAPIDocument {
    /// The document with every plan-level path also under `/api/v1/plans/{plan}/…`.
    static let scopedJSON: String = {
        guard var doc = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              var paths = doc["paths"] as? [String: Any] else { return json }
        let planParameter: [String: Any] = ["name": "plan", "in": "path", "required": true, "schema": ["type": "string", "example": "setagaya"],
                                            "description": "計画ID（/api/v1/plans の id）"]
        for (path, item) in paths where path != "/api/v1/plans" {
            guard var operations = item as? [String: Any], var get = operations["get"] as? [String: Any] else { continue }
            get["parameters"] = [planParameter] + (get["parameters"] as? [Any] ?? [])
            operations["get"] = get
            paths[path.replacingOccurrences(of: "/api/v1/", with: "/api/v1/plans/{plan}/")] = operations
        }
        doc["paths"] = paths
        guard let data = try? JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else { return json }
        return String(decoding: data, as: UTF8.self)
    }()

    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "actionplan API",
        "version": "1.0.0",
        "description": "自治体のアクションプランの構造・行動指標・目標値を返します。目標なしの年度は null（0ではありません）。すべての応答に ETag が付き、If-None-Match で 304 を返します。エラーは JSON（error, status, message）です。"
      },
      "paths": {
        "/api/v1/plans": {
          "get": { "summary": "計画の一覧", "responses": { "200": { "description": "計画", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Plan" } } } } } } }
        },
        "/api/v1/goals": {
          "get": { "summary": "目指す姿(N-M) の一覧", "responses": { "200": { "description": "目指す姿", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Goal" } } } } } } }
        },
        "/api/v1/goals/{code}": {
          "get": {
            "summary": "目指す姿(N-M) と、その取組み・掲載・行動指標",
            "parameters": [ { "name": "code", "in": "path", "required": true, "schema": { "type": "string", "example": "3-1" } } ],
            "responses": {
              "200": { "description": "目指す姿", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/GoalDetail" } } } },
              "404": { "description": "ない", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/v1/projects": {
          "get": { "summary": "事業の一覧（再掲を含む掲載つき）", "responses": { "200": { "description": "事業", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Project" } } } } } } }
        },
        "/api/v1/projects/{id}": {
          "get": {
            "summary": "事業とそのすべての掲載（どの掲載IDでも引ける）",
            "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "example": "1-1.2" } } ],
            "responses": {
              "200": { "description": "事業", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Project" } } } },
              "404": { "description": "ない", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/v1/indicators": {
          "get": {
            "summary": "行動指標（掲載ごと）と目標値",
            "parameters": [ { "name": "goal", "in": "query", "required": false, "schema": { "type": "string", "example": "3-1" }, "description": "目指す姿(N-M) のコードで絞り込む" } ],
            "responses": {
              "200": { "description": "行動指標", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Indicator" } } } } },
              "400": { "description": "パラメータの誤り", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/v1/indicators/{id}": {
          "get": {
            "summary": "行動指標",
            "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "example": "3-1.1.1" } } ],
            "responses": {
              "200": { "description": "行動指標", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Indicator" } } } },
              "404": { "description": "ない", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/v1/evaluations": {
          "get": {
            "summary": "年度の達成率・評価と集計（一般には公表済みの実績だけ）",
            "parameters": [ { "name": "year", "in": "query", "required": true, "schema": { "type": "string", "example": "R6" } },
                            { "name": "basis", "in": "query", "required": false, "schema": { "type": "string", "enum": ["revised", "adopted"] }, "description": "見直し後（既定）か当初の目標値で評価する" } ],
            "responses": {
              "200": { "description": "評価", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Evaluations" } } } },
              "400": { "description": "year がない・読めない", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        },
        "/api/v1/search": {
          "get": {
            "summary": "計画の文の検索（全角・半角、大文字・小文字を区別しない）",
            "parameters": [ { "name": "q", "in": "query", "required": true, "schema": { "type": "string", "maxLength": 100 } } ],
            "responses": {
              "200": { "description": "検索結果（目指す姿の順）", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResult" } } } },
              "400": { "description": "q がない・長すぎる", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
          }
        }
      },
      "components": {
        "schemas": {
          "Source": { "type": "object", "required": ["document", "line"], "properties": { "document": { "type": "string" }, "line": { "type": "integer" } } },
          "Error": { "type": "object", "required": ["error", "status", "message"], "properties": { "error": { "type": "boolean" }, "status": { "type": "integer" }, "message": { "type": "string" } } },
          "Plan": {
            "type": "object",
            "required": ["id", "title", "municipality", "firstYear", "lastYear", "version", "policies", "visions", "goals", "projects", "indicators"],
            "properties": {
              "id": { "type": "string" }, "title": { "type": "string" }, "municipality": { "type": "string" },
              "firstYear": { "type": "string", "example": "R6" }, "lastYear": { "type": "string", "example": "R9" }, "version": { "type": "integer" },
              "policies": { "type": "integer" }, "visions": { "type": "integer" }, "goals": { "type": "integer" }, "projects": { "type": "integer" }, "indicators": { "type": "integer" }
            }
          },
          "Goal": {
            "type": "object",
            "required": ["code", "title", "vision", "visionTitle", "policy", "policyTitle"],
            "properties": {
              "code": { "type": "string", "example": "3-1" }, "title": { "type": "string" }, "vision": { "type": "integer" }, "visionTitle": { "type": "string" },
              "policy": { "type": "integer" }, "policyTitle": { "type": "string" }, "source": { "$ref": "#/components/schemas/Source" }
            }
          },
          "Indicator": {
            "type": "object",
            "required": ["id", "placement", "goal", "direction", "measure", "measureNumber", "project", "indicator", "part", "unit", "kind", "kindLabel", "lowerIsBetter", "total", "targets", "relisted", "originalPlacement", "priority", "implementationPlan", "source"],
            "properties": {
              "id": { "type": "string" }, "placement": { "type": "string" }, "goal": { "type": "string" }, "direction": { "type": "string" },
              "measure": { "type": "string" }, "measureNumber": { "type": "integer", "nullable": true }, "project": { "type": "string", "nullable": true },
              "indicator": { "type": "string" }, "part": { "type": "integer", "nullable": true }, "unit": { "type": "string" },
              "kind": { "type": "string", "enum": ["perYear", "cumulative", "level", "rate"] }, "kindLabel": { "type": "string" },
              "lowerIsBetter": { "type": "boolean" }, "total": { "type": "number", "nullable": true },
              "targets": { "type": "object", "properties": { "R6": { "type": "number", "nullable": true }, "R7": { "type": "number", "nullable": true }, "R8": { "type": "number", "nullable": true }, "R9": { "type": "number", "nullable": true }, "R13": { "type": "number", "nullable": true } } },
              "relisted": { "type": "boolean" }, "originalPlacement": { "type": "string", "nullable": true }, "priority": { "type": "boolean" },
              "implementationPlan": { "type": "boolean" }, "source": { "$ref": "#/components/schemas/Source" }
            }
          },
          "Placement": {
            "type": "object",
            "required": ["id", "goal", "measure", "content", "roadmap", "relisted", "priority", "implementationPlan", "indicators"],
            "properties": {
              "id": { "type": "string" }, "goal": { "type": "string" }, "measure": { "type": "string" }, "measureNumber": { "type": "integer", "nullable": true },
              "project": { "type": "string", "nullable": true }, "content": { "type": "string" },
              "roadmap": { "type": "object", "additionalProperties": { "type": "string" } },
              "relisted": { "type": "boolean" }, "originalPlacement": { "type": "string", "nullable": true }, "priority": { "type": "boolean" },
              "implementationPlan": { "type": "boolean" }, "indicators": { "type": "array", "items": { "$ref": "#/components/schemas/Indicator" } },
              "source": { "$ref": "#/components/schemas/Source" }
            }
          },
          "Project": {
            "type": "object", "required": ["id", "title", "placements"],
            "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "placements": { "type": "array", "items": { "$ref": "#/components/schemas/Placement" } } }
          },
          "GoalDetail": {
            "type": "object", "required": ["goal", "directions"],
            "properties": {
              "goal": { "$ref": "#/components/schemas/Goal" },
              "directions": { "type": "array", "items": { "type": "object", "required": ["id", "text", "placements"], "properties": { "id": { "type": "string" }, "text": { "type": "string" }, "placements": { "type": "array", "items": { "$ref": "#/components/schemas/Placement" } } } } }
            }
          },
          "Evaluations": {
            "type": "object", "required": ["fiscalYear", "publishedOnly", "grading", "rule", "indicators", "levels"],
            "properties": {
              "fiscalYear": { "type": "string" }, "publishedOnly": { "type": "boolean" }, "grading": { "type": "string", "example": "A:100,B:80,C:50,D:0" },
              "rule": { "type": "string" },
              "indicators": { "type": "array", "items": { "type": "object", "required": ["indicatorId", "placementIndicatorId", "placement", "goal", "indicator", "part", "unit", "kind", "fiscalYear", "target", "actual", "achievementRate", "grade", "status"], "properties": {
                "indicatorId": { "type": "string" }, "placementIndicatorId": { "type": "string" }, "placement": { "type": "string" }, "goal": { "type": "string" }, "indicator": { "type": "string" },
                "part": { "type": "integer", "nullable": true }, "unit": { "type": "string" }, "kind": { "type": "string", "enum": ["perYear", "cumulative", "level", "rate"] },
                "fiscalYear": { "type": "string" }, "target": { "type": "number", "nullable": true }, "actual": { "type": "number", "nullable": true },
                "achievementRate": { "type": "number", "nullable": true }, "grade": { "type": "string", "nullable": true },
                "status": { "type": "string", "enum": ["graded", "notReported", "noTarget", "undefined"] } } } },
              "levels": { "type": "array", "items": { "type": "object", "required": ["level", "grades", "notReported", "noTarget", "indicators"], "properties": {
                "level": { "type": "string", "enum": ["goal", "vision", "policy", "plan"] }, "code": { "type": "string", "description": "目指す姿(N-M) のコード（level=goal）" },
                "number": { "type": "integer", "description": "目指す姿・方針の番号（level=vision・policy）" },
                "grades": { "type": "object", "additionalProperties": { "type": "integer" } }, "notReported": { "type": "integer" },
                "noTarget": { "type": "integer" }, "indicators": { "type": "integer" },
                "medianAchievementRate": { "type": "number", "nullable": true } } } }
            }
          },
          "SearchResult": {
            "type": "object", "required": ["query", "hits"],
            "properties": {
              "query": { "type": "string" },
              "hits": { "type": "array", "items": { "type": "object", "required": ["goal", "field", "text"], "properties": { "goal": { "type": "string" }, "field": { "type": "string" }, "text": { "type": "string" }, "placement": { "type": "string" }, "indicator": { "type": "string" } } } }
            }
          }
        }
      }
    }
    """#
}
