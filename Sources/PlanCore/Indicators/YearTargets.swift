import Foundation

/// Targets (目標値) printed for the plan's fiscal years: R6, R7, R8, R9 and the vision's
/// horizon R13. `nil` means "no target that year" (printed `—`, `-` or left empty), never 0.
public struct YearTargets: Hashable, Codable, Sendable {
    public var r6: Decimal?
    public var r7: Decimal?
    public var r8: Decimal?
    public var r9: Decimal?
    public var r13: Decimal?

    public init(r6: Decimal? = nil, r7: Decimal? = nil, r8: Decimal? = nil, r9: Decimal? = nil, r13: Decimal? = nil) {
        self.r6 = r6; self.r7 = r7; self.r8 = r8; self.r9 = r9; self.r13 = r13
    }

    /// The fiscal years a plan of this shape prints targets for, in column order.
    public static let years: [FiscalYear] = [.r6, .r7, .r8, .r9, .r13]
    /// The plan period whose values the printed 合計 (R6~R9) covers.
    public static let planPeriod: [FiscalYear] = [.r6, .r7, .r8, .r9]

    public subscript(year: FiscalYear) -> Decimal? {
        get {
            switch year.reiwa {
            case 6: r6
            case 7: r7
            case 8: r8
            case 9: r9
            case 13: r13
            default: nil
            }
        }
        set {
            switch year.reiwa {
            case 6: r6 = newValue
            case 7: r7 = newValue
            case 8: r8 = newValue
            case 9: r9 = newValue
            case 13: r13 = newValue
            default: break
            }
        }
    }

    /// Values in column order (R6, R7, R8, R9, R13).
    public var values: [Decimal?] { Self.years.map { self[$0] } }

    public var isEmpty: Bool { values.allSatisfy { $0 == nil } }
}
