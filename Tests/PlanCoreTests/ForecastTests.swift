import Foundation
import Testing
@testable import PlanCore

@Suite("見通し（R9・R13）")
struct ForecastTests {
    static func indicator(_ kind: IndicatorKind, _ targets: YearTargets, lowerIsBetter: Bool = false) -> Indicator {
        Indicator(id: "x", placement: "p", part: nil, name: "指標", unit: "件", kind: kind, lowerIsBetter: lowerIsBetter, total: nil, targets: targets)
    }

    @Test("単年度の件数は平均達成率で見通す", arguments: [
        ([FiscalYear.r6: Decimal(40), .r7: Decimal(45)], Decimal(string: "42.5")!, Forecast.Status.atRisk),
        ([FiscalYear.r6: Decimal(50), .r7: Decimal(55)], Decimal(string: "52.5")!, .onTrack),
    ])
    func perYear(_ actuals: [FiscalYear: Decimal], _ projected: Decimal, _ status: Forecast.Status) {
        let f = Forecaster.forecast(Self.indicator(.perYear, YearTargets(r6: 50, r7: 50, r8: 50, r9: 50)), actuals: actuals, to: .r9)
        #expect(f.projected == projected)
        #expect(f.status == status)
        #expect(f.method.contains("平均達成率"))
    }

    @Test("累計は達成したペースと必要なペースで見通す")
    func cumulative() {
        let i = Self.indicator(.cumulative, YearTargets(r6: 5100, r7: 5700, r8: 6300, r9: 6900, r13: 7500))
        let f = Forecaster.forecast(i, actuals: [.r6: 5000, .r7: 5400], to: .r9)
        #expect(f.projected == 6200)
        #expect(f.status == .atRisk)
        #expect(f.method.contains("必要な伸び"))
        #expect(Forecaster.forecasts(i, actuals: [.r6: 5000, .r7: 5400]).count == 2)
    }

    @Test("データが足りなければ判断しない", arguments: [IndicatorKind.cumulative, .level])
    func tooFew(_ kind: IndicatorKind) {
        let f = Forecaster.forecast(Self.indicator(kind, YearTargets(r6: 10, r9: 40)), actuals: [.r6: 10], to: .r9)
        #expect(f.status == .cannotJudge)
        #expect(f.projected == nil)
        let none = Forecaster.forecast(Self.indicator(.perYear, YearTargets(r6: 10, r9: 40)), actuals: [:], to: .r9)
        #expect(none.status == .cannotJudge)
    }

    @Test("割合は最新の値で見通す")
    func rate() {
        let f = Forecaster.forecast(Self.indicator(.rate, YearTargets(r6: 75, r9: 75)), actuals: [.r6: 70, .r7: 78], to: .r9)
        #expect(f.projected == 78)
        #expect(f.status == .onTrack)
    }
}
