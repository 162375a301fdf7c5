import Foundation
import PlanData
import Testing

@testable import PlanCore

/// The committed facts of Setagaya's plan, rebuilt from the printed source and checked against
/// what the release before the plan-shape change exported (Tests/Baselines).
@Suite("世田谷区の計画")
struct SetagayaTests {
    @Test("計画の表のテキストから読み直すと、data/setagaya の計画のCSV一式とバイト単位で一致する")
    func rebuildIsByteForByte() throws {
        let files = PlanPackage.csvFiles(Setagaya.plan)
        #expect(Set(files.keys) == ["plan.csv", "levels.csv", "flags.csv", "nodes.csv", "indicators.csv"])
        for (name, data) in files {
            let committed = try Repo.data(Repo.setagaya.appendingPathComponent(name))
            #expect(data == committed, "\(name) が読み直した結果と違う")
        }
        let chart = try PlanData.importVisionChart(plan: Setagaya.plan)
        #expect(VisionChartCSV.write(chart) == (try Repo.data(Repo.setagaya.appendingPathComponent(VisionChartCSV.file))))
    }

    @Test("同梱の計画のCSV一式を読むと、テキストから読んだ計画と同じになる")
    func committedPackageReadsBack() throws {
        let committed = try PlanData.committedPlan()
        #expect(committed == Setagaya.plan)
    }

    static func jsonObjects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    @Test("export indicators は前の版のキーと値をすべて保つ（せたがやPayの5つの値だけは合計なし・R13も75に読み直す）")
    func indicatorsKeepEveryKey() throws {
        let before = try Self.jsonObjects(String(decoding: try Repo.data(Repo.baseline("indicators.jsonl")), as: UTF8.self))
        let now = try Self.jsonObjects(try OpenData.jsonLines(OpenData.indicators(Setagaya.plan)))
        #expect(before.count == now.count)
        let byID = Dictionary(uniqueKeysWithValues: now.map { ($0["id"] as! String, $0) })
        var pay = 0
        for old in before {
            let id = old["id"] as! String
            let new = try #require(byID[id], "指標 \(id) がない")
            for (key, value) in old {
                let isPay = (old["indicator"] as? String) == "せたがやPayアプリ利用者の継続利用率"
                if isPay, key == "total" {
                    #expect(new[key] is NSNull, "せたがやPayの合計は印字されていない")
                    continue
                }
                if isPay, key == "targets" {
                    #expect(
                        NSDictionary(dictionary: new[key] as! [String: Any]) == ["R6": 75, "R7": 75, "R8": 75, "R9": 75, "R13": 75] as NSDictionary)
                    pay += 1
                    continue
                }
                #expect(new[key].map { NSArray(object: $0) } == NSArray(object: value), "\(id) の「\(key)」が変わった")
            }
        }
        // 1-1.1 and its two re-listings.
        #expect(pay == 3)
    }

    @Test("export indicators は計画の形によらないキーを持つ（path は上の階層から、コードなし）")
    func indicatorsContract() throws {
        let records = try Self.jsonObjects(try OpenData.jsonLines(OpenData.indicators(Setagaya.plan)))
        let keys: Set<String> = ["indicator", "unit", "kind", "total", "targets", "baseline", "lowerIsBetter", "type", "department", "path"]
        for r in records { #expect(keys.isSubset(of: Set(r.keys))) }
        let first = try #require(records.first { $0["id"] as? String == "1-1.2.1" })
        #expect(
            first["path"] as? [String] == [
                "区内産業が活性化し、活力ある世田谷区の実現に向けた基盤強化を図る", "", "区内商業の活性化と商店街の公共的活動と更なる発展",
                "個店の積極的な企業活動を後押しする取組みや環境を構築とともに、空き店舗等の発生の予防に取り組みます。", "地域連携型ハンズオン支援の実施", "",
            ])
        #expect(first["total"] as? Int == 320)
        #expect(first["baseline"] is NSNull)
    }

    @Test("点検（lint）は前の版の要確認をすべて報告し続ける（取り込みの所見は同じ文言で）")
    func lintDoesNotRegress() throws {
        let before = try Self.jsonObjects(String(decoding: try Repo.data(Repo.baseline("lint.jsonl")), as: UTF8.self))
        let findings = PlanLinter(plan: Setagaya.plan, notes: Setagaya.imported.notes).run()
        var missing: [String] = []
        for old in before where old["severity"] as? String == "warning" {
            let rule = old["rule"] as! String, message = old["message"] as! String
            let sameRule = findings.filter { $0.rule == rule && $0.severity == .warning }
            if let goal = old["goal"] as? String {
                guard sameRule.contains(where: { $0.section == goal }) else {
                    missing.append("\(rule) \(goal): \(message)")
                    continue
                }
            } else if sameRule.isEmpty {
                missing.append("\(rule): \(message)")
                continue
            }
            if rule.hasPrefix("import-"), !sameRule.contains(where: { $0.message == message }) { missing.append("\(rule) 文言: \(message)") }
        }
        #expect(missing == [])
        #expect(findings.filter { $0.severity == .warning }.count >= before.filter { $0["severity"] as? String == "warning" }.count)
    }

    @Test("世田谷区の6つの階層は計画のデータにあり、名前は計画書のとおり")
    func levels() {
        #expect(Setagaya.plan.levels.map(\.name) == ["基本の方針", "目指す姿", "目指す姿", "取組み", "施策", "事業"])
        #expect(Setagaya.plan.targetYears.map(\.year.code) == ["R6", "R7", "R8", "R9", "R13"])
        #expect(Setagaya.plan.municipalityCode == "131121")
    }
}
