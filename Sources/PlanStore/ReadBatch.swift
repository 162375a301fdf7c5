import Foundation
import Synchronization

/// Many plans read together (the server filling its memory at start, `bench memory`): a read of
/// one of these plans' rows by its plan (`plan_slug` or `plan_id` equal to one of them, and no
/// other condition) is answered from one read of that table for all of them, made by the first
/// plan that asks. The rows and their order within a plan are those of the plan's own read.
/// Reads with other conditions go to the database as they are.
public final class ReadBatch: Sendable {
    /// Plan ids at most per query (bound values: SQLite allows 32,766, PostgreSQL 65,535).
    static let keysPerQuery = 500

    let slugs: [String]
    private let wanted: Set<String>
    private let reads = Mutex<[String: Task<[PlanRows.Value: [RowReader.Row]], Error>]>([:])
    private let ids = Mutex<Task<[UUID], Error>?>(nil)

    init(slugs: [String]) {
        self.slugs = slugs
        self.wanted = Set(slugs)
    }

    /// The rows of the plan `filter` names, or nil when this batch does not cover the read.
    func rows(
        _ reader: RowReader, _ table: String, columns: [String], where filter: (String, PlanRows.Value), orderBy: [String]
    ) async throws -> [RowReader.Row]? {
        let (column, key) = filter
        // The values the column takes for the batch's plans.
        let keys: [PlanRows.Value]
        switch (column, key) {
        case ("plan_slug", .text(let slug)), ("slug", .text(let slug)):
            guard wanted.contains(slug) else { return nil }
            keys = slugs.map(PlanRows.Value.text)
        case ("plan_id", .uuid(let id)):
            let ids = try await planIDs(reader)
            guard ids.contains(id) else { return nil }
            keys = ids.map(PlanRows.Value.uuid)
        default:
            return nil
        }
        let name = ([table, column] + columns + ["|"] + orderBy).joined(separator: " ")
        let task = reads.withLock { reads in
            if let running = reads[name] { return running }
            let unbatched = RowReader(database: reader.database)
            let started = Task { () async throws -> [PlanRows.Value: [RowReader.Row]] in
                let selected = columns.contains(column) ? columns : columns + [column]
                var grouped: [PlanRows.Value: [RowReader.Row]] = [:]
                for start in stride(from: 0, to: keys.count, by: Self.keysPerQuery) {
                    let part = Array(keys[start..<min(start + Self.keysPerQuery, keys.count)])
                    for row in try await unbatched.rows(table, columns: selected, where: [], within: (column, part), orderBy: orderBy) {
                        let k: PlanRows.Value
                        if case .uuid = key { k = .uuid(try row.uuid(column)) } else { k = .text(try row.text(column)) }
                        grouped[k, default: []].append(row)
                    }
                }
                return grouped
            }
            reads[name] = started
            return started
        }
        return try await task.value[key] ?? []
    }

    /// The ids of the batch's plans (read once).
    private func planIDs(_ reader: RowReader) async throws -> [UUID] {
        let task = ids.withLock { held in
            if let held { return held }
            let unbatched = RowReader(database: reader.database)
            let slugs = self.slugs
            let started = Task { () async throws -> [UUID] in
                var out: [UUID] = []
                for start in stride(from: 0, to: slugs.count, by: Self.keysPerQuery) {
                    let part = slugs[start..<min(start + Self.keysPerQuery, slugs.count)].map { PlanRows.Value.text($0) }
                    let rows = try await unbatched.rows(PlanRecord.schema, columns: ["id"], where: [], within: ("slug", part), orderBy: [])
                    out += try rows.map { try $0.uuid("id") }
                }
                return out
            }
            held = started
            return started
        }
        return try await task.value
    }
}
