import FluentKit
import FluentSQL

/// Indexes every plan table on `plan_id`: loading, replacing and deleting one plan then reads
/// only that plan's rows instead of every plan's (1,741 plans hold about 1.5 million rows).
/// Added after `AddDataStamp`; never edited.
struct AddPlanIndexes: AsyncMigration {
    init() {}
    static let tables = [
        PolicyRecord.schema, VisionRecord.schema, GoalRecord.schema, DirectionRecord.schema, MeasureRecord.schema,
        PlacementRecord.schema, IndicatorRecord.schema, ImportNoteRecord.schema, VisionChartItemRecord.schema,
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        for table in Self.tables {
            try await sql.create(index: "idx_\(table)_plan").on(table).column("plan_id").column("position").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { throw StoreError.notSQL }
        for table in Self.tables { try await sql.drop(index: "idx_\(table)_plan").run() }
    }
}
