import Foundation
import PlanCore
import PlanServices
import Vapor

/// Activity records for staff: the list (a clerk's own department's; a reviewer's without
/// personal fields), a record added by form, a file imported, a record removed, and what a
/// computed figure is made of. Thin: the rules are the service's.
enum ActivityController {
    static func list(_ req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let c = try await req.planContext()
        let year = try req.year().map { try c.requireYear($0) }
        let kind = (try? req.query.get(String.self, at: "kind")).flatMap { $0.isEmpty ? nil : $0 }
        if let kind, c.activities.kind(kind) == nil { throw Abort(.notFound, reason: req.strings.noSuchKind(kind)) }
        let records = try await c.activityRecords(kind: kind, year: year)
        let model = ActivityPages.Model(
            context: c, records: records, kind: kind, year: year, csrf: req.csrfToken, flash: req.takeFlash(),
            mayEnter: c.viewer.role == .office || c.viewer.role == .department)
        return PublicController.html(ActivityPages.list(model, req.page(.activities(kind: kind, year: year), plan: c.plan)))
    }

    /// `POST /activities`: `action=add` (one record of a kind, from its form) or `action=delete`.
    static func change(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        let action = (try? req.content.get(String.self, at: "action")) ?? ""
        let back = SiteURL.activities(kind: nil, year: nil)
        do {
            switch action {
            case "delete":
                guard let id = (try? req.content.get(String.self, at: "record")).flatMap(UUID.init(uuidString:)) else {
                    throw Abort(.badRequest, reason: req.strings.noSuchRecord)
                }
                let r = try await c.deleteActivityRecord(id: id)
                return req.redirect(to: back, flash: Flash(notices: [req.strings.recordsChanged(removed: r.records, figures: r.changed)]))
            case "define":
                _ = try req.requireAccount([.office])
                let text = (try? req.content.get(String.self, at: "definitions")) ?? ""
                let r = try await c.defineActivities(json: Data(text.utf8), file: req.strings(.definitionsHeading))
                return req.redirect(to: back, flash: Flash(notices: [req.strings.definitionsSaved(figures: r.changed)]))
            case "add":
                let field = { (name: String) in (try? req.content.get(String.self, at: name)) ?? "" }
                let kind = field("kind")
                let values = (try? req.content.get([String: String].self, at: "value")) ?? [:]
                let department = c.viewer.role == .department ? (c.viewerDepartment?.name ?? "") : field("department")
                let input = ActivityInput(
                    kind: kind, department: department, date: field("date"), title: field("title"), category: field("category"), values: values,
                    place: .init(file: req.strings(.activityForm)))
                let r = try await c.addActivityRecords([input])
                return req.redirect(to: back, flash: Flash(notices: [req.strings.recordsChanged(added: r.records, figures: r.changed)]))
            default:
                throw Abort(.badRequest, reason: req.strings.unknownAction(action))
            }
        } catch let e as ServiceError where e.kind != .forbidden && e.kind != .unauthenticated {
            var flash = Flash(errors: [e.message] + e.details + e.errors.map(\.description))
            if action == "define" { flash.typed["definitions"] = (try? req.content.get(String.self, at: "definitions")) ?? "" }
            return req.redirect(to: back, flash: flash)
        }
    }

    static func upload(_ req: Request) async throws -> Response {
        _ = try req.requireAccount([.department, .office])
        let c = try await req.planContext()
        let back = SiteURL.activities(kind: nil, year: nil)
        struct Upload: Content { var file: File }
        guard let upload = try? req.content.decode(Upload.self), upload.file.data.readableBytes > 0 else {
            return req.redirect(to: back, flash: Flash(errors: [req.strings(.chooseFile)]))
        }
        do {
            let r = try await c.importActivityRecords(Data(upload.file.data.readableBytesView), file: upload.file.filename)
            return req.redirect(to: back, flash: Flash(notices: [req.strings.recordsChanged(added: r.records, figures: r.changed)]))
        } catch let e as ServiceError where e.kind != .unauthenticated {
            return req.redirect(to: back, flash: Flash(errors: [e.message] + e.details + e.errors.map(\.description)))
        }
    }

    static func figure(_ req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let c = try await req.planContext()
        guard let year = try req.year() else {
            throw Abort(.badRequest, reason: req.strings.specifyYear(example: FiscalYear(containing: Date()).code))
        }
        let indicator = req.parameters.get("id") ?? ""
        let d: PlanContext.DrillDown
        do { d = try await c.drillDown(indicator: indicator, year: year) } catch let e as ServiceError where e.kind == .notFound {
            throw Abort(.notFound, reason: e.message)
        }
        return PublicController.html(
            ActivityPages.figure(
                d, context: c, personal: c.viewer.role != .reviewer, req.page(.activityFigure(indicator: indicator, year: year), plan: c.plan)))
    }
}
