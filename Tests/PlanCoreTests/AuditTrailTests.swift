import Foundation
import Testing

@testable import PlanCore

/// The audit trail read field by field, as the office's page and `actionplan audit` show it.
@Suite("変更の記録の読み方（項目ごとの前と後）")
struct AuditTrailTests {
    static func entry(_ before: String, _ after: String) -> AuditEntry {
        AuditEntry(at: Date(), plan: "p", actor: "a", action: "自己評価の入力", entity: "self_evaluation", key: "1-1.1 R6", before: before, after: after)
    }

    @Test("自己評価の変更は、方向性・自己評価・マイルストーンごとに前と後が並び、変わった項目がわかる")
    func selfEvaluationFieldByField() {
        let r6 = FiscalYear(westernYear: 2024)
        let before = SelfEvaluation(
            project: "1-1.1", year: r6, text: "加盟店が増えた", direction: .improve,
            milestones: [.init(year: r6, status: .partly, comment: "")])
        var after = before
        after.direction = .expand
        after.milestones = [.init(year: r6, status: .achieved, comment: "目標を上回った")]
        let fields = Self.entry(AuditEntry.fields(before.auditFields), AuditEntry.fields(after.auditFields)).fields
        #expect(
            fields == [
                AuditField(name: "今後の方向性", before: "改善・継続", after: "拡充"),
                AuditField(name: "自己評価", before: "加盟店が増えた", after: "加盟店が増えた"),
                AuditField(name: "マイルストーン 令和6年度（2024年度）", before: "一部達成", after: "達成（目標を上回った）"),
            ])
        #expect(fields.filter(\.changed).map(\.name) == ["今後の方向性", "マイルストーン 令和6年度（2024年度）"])
    }

    @Test("初めての入力は前が空で、後の項目がすべて並ぶ")
    func firstEntryHasOnlyAfter() {
        let fields = Self.entry("", "・今後の方向性: 拡充\n・自己評価: 好調").fields
        #expect(fields == [AuditField(name: "今後の方向性", before: "", after: "拡充"), AuditField(name: "自己評価", before: "", after: "好調")])
    }

    @Test("1つの値の変更（実績・手続き）は名前なしの1項目。コロンを含む値を項目に分けない")
    func singleValue() {
        let fields = Self.entry("入力中", "差し戻し（理由: 数字が違う）").fields
        #expect(fields == [AuditField(name: nil, before: "入力中", after: "差し戻し（理由: 数字が違う）")])
    }

    @Test("以前の版の記録も生の JSON や英語の役割名を出さない")
    func legacyEntriesReadable() {
        let legacy = Self.entry(
            "改善・継続 加盟店が増えた", "拡充 加盟店が増えた [{\"comment\":\"\",\"status\":\"達成\",\"year\":\"R6\"}]"
        ).fields
        #expect(legacy == [AuditField(name: nil, before: "改善・継続 加盟店が増えた", after: "拡充 加盟店が増えた / 令和6年度（2024年度）: 達成")])
        let user = AuditEntry(
            at: Date(), plan: "p", actor: "a", action: "利用者の追加", entity: "user", key: "shogyo1", before: "", after: "役割=department 課=商業課 計画=setagaya")
        #expect(
            user.fields == [
                AuditField(name: "役割", before: "", after: "所管課"), AuditField(name: "課", before: "", after: "商業課"),
                AuditField(name: "計画", before: "", after: "setagaya"),
            ])
    }
}
