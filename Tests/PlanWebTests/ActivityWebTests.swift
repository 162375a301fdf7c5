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
        let html = try await get(page).text
        let token = html.range(of: "name=\"_csrf\" value=\"").map { r in String(html[r.upperBound...].prefix { $0 != "\"" }) } ?? ""
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
}
