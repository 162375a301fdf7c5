import Foundation
import Testing

/// SQL is built with bound parameters only: every string in the server's code that holds SQL
/// and interpolates something must interpolate a name from this list, each a schema constant
/// or a bound value. Adding raw SQL that puts anything else into the text fails this test,
/// and so asks for a review.
@Suite("SQL の組み立て")
struct BoundParameterTests {
    /// file → interpolations allowed in its SQL text, and why.
    static let allowed: [String: [String: String]] = [
        "PlanRepository.swift": ["table.name": "表の名前（PlanRows の定数）", "columns": "列の名前（PlanRows の定数）"],
        "PlanRowReader.swift": ["list": "列の名前（呼び出す PlanStore のコードの定数）", "table": "表の名前（同）",
                                "$0.0": "条件の列の名前（同）", "orderBy": "並べる列の名前（同）"],
        "CycleRepository.swift": ["ActualRecord.schema": "表の名前（モデルの定数）"],
        "StartupLock.swift": ["key": "PostgresQuery の埋め込みは $1 としてバインドされる"],
        "DatabaseMaintenance.swift": ["bind: path": "SQLKit の \\(bind:) はバインド"],
    ]

    static var sqlString: Regex<(Substring, Substring)> { /"[^"]*\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|VACUUM|COPY|WHERE|ORDER BY|VALUES|FROM|SET)\b/ }

    /// The text of each `\( … )` in a line (nested parentheses included).
    static func interpolations(_ line: String) -> [String] {
        var out: [String] = []
        let chars = Array(line)
        var i = 0
        while i + 1 < chars.count {
            if chars[i] == "\\", chars[i + 1] == "(" {
                var depth = 1, j = i + 2
                while j < chars.count, depth > 0 {
                    if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                out.append(String(chars[(i + 2)..<max(i + 2, j - 1)]))
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    @Test("サーバーのコードの SQL には値を埋め込まない（埋め込むのは表・列の名前の定数とバインドだけ）")
    func onlyBoundParameters() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var checked = 0
        for folder in ["Sources/PlanStore", "Sources/PlanWeb"] {
            let base = root.appendingPathComponent(folder)
            let files = try #require(FileManager.default.enumerator(atPath: base.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for file in files {
                let name = (file as NSString).lastPathComponent
                let lines = try String(contentsOf: base.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
                for (n, line) in lines.enumerated() where line.contains(Self.sqlString) && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for value in Self.interpolations(line) {
                        checked += 1
                        #expect(Self.allowed[name]?[value] != nil,
                                "\(folder)/\(file):\(n + 1): SQL の文に「\(value)」を埋め込んでいる。値はバインドで渡し、名前の定数なら理由を添えてこの表に足す")
                    }
                }
            }
        }
        #expect(checked >= 8, "SQL の文が見つからない（\(checked)）: 探し方が壊れている")
    }

    @Test("検査は埋め込みを見つける（検査そのものの確認）")
    func findsInterpolations() {
        #expect(Self.interpolations(#"let q = "SELECT * FROM t WHERE name = '\(name)' AND x = \(f(a, (b)))""#) == ["name", "f(a, (b))"])
        #expect(#""DELETE FROM users WHERE id = \(id)""#.contains(Self.sqlString))
        #expect(!#""利用者「\(name)」はすでにいます""#.contains(Self.sqlString))
    }
}
