import Foundation
import PlanCore
import PlanData
import PlanServices
import PlanTestSupport
import PlanWeb
import Testing
import Vapor
import VaporTesting

extension Browser {
    /// Sends a file as a browser's file form does (multipart/form-data).
    mutating func upload(_ path: String, file name: String, data: Data, tokenFrom page: String) async throws -> TestingHTTPResponse {
        let token = try await formToken(from: page)
        let boundary = "----actionplan-test-boundary"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n".utf8))
        body.append(
            Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let r = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        keepCookie(r)
        return r
    }
}

@Suite("活動記録の画面")
struct ActivityWebTests {
    @Test("課の職員が記録をフォームで足し、ファイルを取り込み（壊れたファイルは行と列を示して断られ）、計算した実績と内訳を見る。公開のページには数だけが出る")
    func clerkRecordsAndSeesTheFigure() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("経営支援課")
            try await c.assign(item: "2-1.2", to: d, lead: true)
            try await s.addUser(name: "keiei1", password: "keiei-password-1", role: .department, department: d, plan: nil, viewer: op)
            _ = try await s.context(plan: nil, viewer: op).defineActivities(json: try PlanData.file("activities.json"), file: "activities.json")

            var browser = Browser(app: app)
            _ = try await browser.post("/login", form: ["name": "keiei1", "password": "keiei-password-1"], tokenFrom: "/login")
            #expect(try await browser.get("/my?year=R6").text.contains("/activities?year=R6"))
            let page = try await browser.get("/activities")
            #expect(page.status == .ok)
            #expect(page.text.contains("経営相談件数") && page.text.contains("相談者の氏名（個人）"))

            let added = try await browser.post(
                "/activities",
                form: [
                    "action": "add", "kind": "consultation", "date": "2024-06-03", "title": "資金繰りの相談", "category": "経営相談",
                    "value[client]": "山田花子", "value[business]": "7000012050002",
                ],
                tokenFrom: "/activities")
            #expect(added.status == .seeOther)
            let after = try await browser.get("/activities")
            #expect(after.text.contains("記録を1件追加しました"))
            #expect(after.text.contains("山田花子"))

            let broken = "種類,課,日付,件名,区分,事業者の法人番号\r\n相談,経営支援課,2024-07-01,販路の相談,経営相談,1000012050002\r\n"
            _ = try await browser.upload("/activities/upload", file: "broken.csv", data: Data(broken.utf8), tokenFrom: "/activities")
            let refused = try await browser.get("/activities")
            #expect(refused.text.contains("broken.csv 2行目 F列"))
            let good = "種類,課,日付,件名,区分\r\n相談,経営支援課,2024-07-01,販路の相談,経営相談\r\n相談,経営支援課,2024-08-01,承継の相談,経営相談\r\n"
            _ = try await browser.upload("/activities/upload", file: "good.csv", data: Data(good.utf8), tokenFrom: "/activities")
            #expect(try await browser.get("/activities").text.contains("記録を2件追加しました"))

            // 6/3・7/1・8/1 = 3 consultations in R6.
            let figure = try await browser.get("/activities/figures/2-1.2.1?year=R6")
            #expect(figure.status == .ok)
            #expect(figure.text.contains("実績: 3"))
            #expect(figure.text.contains("承継の相談") && figure.text.contains("山田花子"))
            // The entry form shows the figure, with no field to type it into.
            let entry = try await browser.get("/my?year=R6")
            #expect(entry.text.contains("活動記録から計算"))
            #expect(!entry.text.contains("name=\"value[2-1.2.1]\""))

            // The public indicator page shows no record and no personal field (and no figure
            // before publication).
            let anonymous = try await app.testing().sendRequest(.GET, "/indicators/2-1.2.1")
            #expect(anonymous.status == .ok)
            #expect(!anonymous.text.contains("山田花子") && !anonymous.text.contains("資金繰りの相談"))
            let anonymousRecords = try await app.testing().sendRequest(.GET, "/activities")
            #expect(anonymousRecords.status == .seeOther)
        }
    }

    @Test("課のほかの仕組みは API トークンで活動記録をまとめて送り（全部か無し、Idempotency-Key で1回）、実績が計算される。誤りは 422 で場所つき、形の違う本文は 400")
    func recordsThroughTheAPI() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("経営支援課")
            try await c.assign(item: "2-1.2", to: d, lead: true)
            _ = try await s.context(plan: nil, viewer: op).defineActivities(json: try PlanData.file("activities.json"), file: "activities.json")
            let (_, secret) = try await s.context(plan: nil, viewer: op).issueAPIToken(department: d, name: "相談の台帳")
            let url = "/api/v1/plans/setagaya/activities"
            func post(_ json: String, key: String? = nil) async throws -> TestingHTTPResponse {
                try await app.testing().sendRequest(.POST, url, headers: APIWriteTests.headers(secret, key: key), body: ByteBuffer(string: json))
            }
            let batch = #"""
                {"records": [
                  {"kind": "consultation", "date": "2024-04-10", "title": "資金繰り", "category": "経営相談", "values": {"business": "7000012050002", "client": "山田花子", "minutes": 60}},
                  {"kind": "相談", "date": "2024-11-01", "title": "販路", "category": "経営相談"}
                ]}
                """#
            let first = try await post(batch, key: "ledger-2024-04")
            #expect(first.status == .ok, "\(first.body.string)")
            #expect(first.body.string.contains(#""records":2"#))
            // The same key again: the first answer, nothing added twice.
            let again = try await post(batch, key: "ledger-2024-04")
            #expect(again.headers.first(name: "Idempotent-Replayed") == "true")
            let records = try await s.context(plan: nil, viewer: op).activityRecords(kind: "consultation")
            #expect(records.count == 2 && records.allSatisfy { $0.department == "経営支援課" })
            // 4/10 and 11/1: 2 consultations in R6.
            let after = try await s.context(plan: nil, viewer: op)
            #expect(after.snapshot.actuals[FiscalYear(westernYear: 2024)]?.first { $0.actual.indicator == "2-1.2.1" }?.actual.value == 2)

            let wrong = try await post(#"{"records": [{"kind": "consultation", "date": "2024-13-01", "title": "x", "category": "経営相談"}]}"#)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("records[0]") && wrong.body.string.contains("日付"))
            #expect(try await post(#"{"records": []}"#).status == .badRequest)
            #expect(try await post(#"{"records": [{"kind": "consultation"}]}"#).status == .badRequest)
            #expect(try await post(#"{"records": [{"kind": "consultation", "date": "2024-04-01", "title": "x", "who": 1}]}"#).status == .badRequest)
            let anonymous = try await app.testing().sendRequest(
                .POST, url, headers: ["Content-Type": "application/json"], body: ByteBuffer(string: batch))
            #expect(anonymous.status == .unauthorized)
            #expect(try await s.context(plan: nil, viewer: op).activityRecords().count == 2)
        }
    }

    @Test("計画担当は画面で種類ときまり（JSON）を直す。誤りは全部挙げて何も変えず、書いた文は残る。課の職員には定義の欄がない")
    func officeEditsTheDefinitions() async throws {
        try await withApp(examples: false) { app, s in
            let op = Viewer.commandLine("試験")
            let c = try await s.context(plan: nil, viewer: op)
            let d = try await c.addDepartment("経営支援課")
            try await s.addUser(name: "keikaku1", password: "keikaku-password-1", role: .office, department: nil, plan: nil, viewer: op)
            try await s.addUser(name: "keiei1", password: "keiei-password-1", role: .department, department: d, plan: nil, viewer: op)
            var office = Browser(app: app)
            _ = try await office.post("/login", form: ["name": "keikaku1", "password": "keikaku-password-1"], tokenFrom: "/login")
            #expect(try await office.get("/office").text.contains("href=\"/activities\""))
            let broken = #"{"kinds": [{"id": "event", "name": "イベント"}], "rules": [{"indicator": "9-9.9.9", "kind": "event"}]}"#
            _ = try await office.post("/activities", form: ["action": "define", "definitions": broken], tokenFrom: "/activities")
            let refused = try await office.get("/activities")
            #expect(refused.text.contains("9-9.9.9") && refused.text.contains("報告する指標ではありません"))
            #expect(try await s.context(plan: nil, viewer: op).activities.isEmpty)
            let text = String(decoding: try PlanData.file("activities.json"), as: UTF8.self)
            _ = try await office.post("/activities", form: ["action": "define", "definitions": text], tokenFrom: "/activities")
            #expect(try await office.get("/activities").text.contains("記録の種類と計算のきまりを保存しました"))
            #expect(try await s.context(plan: nil, viewer: op).activities.rules.count == 4)

            var clerk = Browser(app: app)
            _ = try await clerk.post("/login", form: ["name": "keiei1", "password": "keiei-password-1"], tokenFrom: "/login")
            #expect(!(try await clerk.get("/activities").text.contains("name=\"definitions\"")))
            let tried = try await clerk.post("/activities", form: ["action": "define", "definitions": "{}"], tokenFrom: "/activities")
            #expect(tried.status == .forbidden)
            #expect(try await s.context(plan: nil, viewer: op).activities.rules.count == 4)
        }
    }
}
