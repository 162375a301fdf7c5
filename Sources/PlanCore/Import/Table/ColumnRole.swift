import Foundation

/// What a column of a plan table holds, recognised from its header text.
public enum ColumnRole: Equatable, Sendable {
    /// A level of the hierarchy (the columns left of the indicator name), named by its header.
    case level(name: String)
    /// The code of a level printed in a column of its own (`施策番号` beside `施策名`).
    case levelCode(name: String)
    /// A running number (No.), not part of the plan.
    case rowNumber
    /// The indicator's name; the header may say its type (成果指標 → outcome).
    case indicatorName(type: IndicatorType?)
    /// The indicator's own number or code (指標番号).
    case indicatorCode
    case unit
    /// 現状値・基準値, with the year when the header gives it.
    case baseline(year: FiscalYear?)
    /// The year of the baseline, per row (基準年度).
    case baselineYear
    /// 目標値 for a year (nil: the year is given per row or by the plan period).
    case target(year: FiscalYear?, role: TargetYear.Role?)
    /// The year of the target, per row (目標年度).
    case targetYear
    /// 合計, over the years given (empty: not said).
    case total(years: [FiscalYear])
    /// 実績値 printed for a year before the plan.
    case history(year: FiscalYear)
    /// Whether higher or lower is better (方向).
    case direction
    /// 成果 or 活動 (区分), or the kind of values (単年度・累計 …) — told apart by the values.
    case typeOrKind
    /// 単年度・累計・水準・割合.
    case kind
    /// 担当課・所管課.
    case department
    /// What is done (事業内容・概要), for the deepest node of the row.
    case description
    /// How the indicator is measured (指標の説明・算出方法・出典).
    case definition
    /// 備考.
    case note
    /// A mark column (重点, 新規 …), by its header.
    case flag(name: String)
    /// 再掲 (○).
    case relisted
    /// A milestone of the roadmap for a year.
    case milestone(year: FiscalYear)
    /// The English name of the indicator or of a level (a column a plan adds for translations).
    case english(of: String)

    /// Words for people (the dry run's layout).
    public var label: String {
        switch self {
        case .level(let name): "階層「\(name)」"
        case .levelCode(let name): "階層「\(name)」のコード"
        case .rowNumber: "通し番号（読み飛ばす）"
        case .indicatorName(let type): "指標名" + (type.map { "（\($0.label)）" } ?? "")
        case .indicatorCode: "指標の番号"
        case .unit: "単位"
        case .baseline(let year): "基準値" + (year.map { "（\($0.label)）" } ?? "")
        case .baselineYear: "基準値の年度"
        case .target(let year, let role): (role?.label ?? "目標値") + (year.map { "（\($0.label)）" } ?? "（年度は行ごと）")
        case .targetYear: "目標値の年度"
        case .total(let years): "合計" + (years.isEmpty ? "" : "（\(years.first!.code)〜\(years.last!.code)）")
        case .history(let year): "実績値（\(year.label)）"
        case .direction: "目指す方向（高いほど良い・低いほど良い）"
        case .typeOrKind: "指標の区分（成果・活動）または種別"
        case .kind: "種別（単年度・累計・水準・割合）"
        case .department: "担当課"
        case .description: "内容"
        case .definition: "指標の説明"
        case .note: "備考"
        case .flag(let name): "印「\(name)」"
        case .relisted: "再掲"
        case .milestone(let year): "ロードマップ（\(year.label)）"
        case .english(let of): "英語（\(of)）"
        }
    }
}

/// Recognises column roles from header texts, as Japanese plan tables spell them.
public enum HeaderRecognizer {
    /// A header reduced for matching: widths folded, spaces and line breaks removed, brackets
    /// unified, footnote marks (※1, *2) dropped.
    public static func normalize(_ header: String) -> String {
        var s = JapaneseText.foldWidth(header)
        s = JapaneseText.removingSpaces(s)
        s = s.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        s = s.replacingOccurrences(of: "〜", with: "~").replacingOccurrences(of: "～", with: "~")
        for mark in ["※", "*", "＊"] {
            if let i = s.firstIndex(where: { String($0) == mark }) {
                let tail = s[s.index(after: i)...]
                if tail.allSatisfy({ $0.isASCIIDigit }) { s = String(s[..<i]) }
            }
        }
        while let last = s.last, "※*＊:：".contains(last) { s.removeLast() }
        return s
    }

    static let indicatorNames: [(String, IndicatorType?)] = [
        ("指標名", nil), ("指標", nil), ("指標名称", nil), ("指標の名称", nil), ("指標項目", nil), ("指標内容", nil),
        ("成果指標", .outcome), ("成果指標名", .outcome), ("成果指標(アウトカム)", .outcome), ("アウトカム指標", .outcome), ("成果目標", .outcome),
        ("活動指標", .output), ("活動指標名", .output), ("活動指標(アウトプット)", .output), ("アウトプット指標", .output),
        ("行動指標", .output), ("行動指標名", .output), ("行動指標(アウトプット)", .output),
        ("KPI", nil), ("KPI名", nil), ("KPI(重要業績評価指標)", nil), ("重要業績評価指標", nil), ("重要業績評価指標(KPI)", nil),
        ("評価指標", nil), ("目標指標", nil), ("数値目標", nil), ("数値指標", nil), ("まちづくり指標", nil), ("成果指標・活動指標", nil),
        ("指標(KPI)", nil), ("KPI指標", nil), ("目標項目", nil), ("管理指標", nil), ("進捗管理指標", nil),
    ]
    static let baselineWords = [
        "現状値", "基準値", "策定時", "策定時の値", "策定時点", "基準年度の値", "現況値", "現在値", "計画策定時",
        "直近値", "現状", "基準", "当初値", "策定時の数値", "現状値(基準値)", "基準値(現状値)", "現状の値", "基準年の値",
    ]
    static let baselineYearWords = [
        "基準年度", "基準年", "現状値の年度", "現状値年度", "基準値年度", "現状年", "策定時年度", "基準値(年度)", "現状値(年度)", "策定時の年度", "基準値の年度", "現状年度",
        "把握年度", "現状値の時点", "基準値の時点", "基準時点", "現状値把握年度", "現状値(年度)", "基準値(年度)",
    ]
    static let targetWords = [
        "目標値", "目標", "計画値", "目標水準", "目標数値", "年度目標", "目標値(最終)", "最終目標値", "最終目標",
        "中間目標値", "中間目標", "目標値(中間)", "中間年度目標", "最終年度目標", "目標年度の値", "目標値(目標年度)", "到達目標",
    ]
    static let targetYearWords = ["目標年度", "目標年", "目標値の年度", "目標値年度", "達成年度", "目標の年度", "目標時点", "目標値(年度)", "目標達成年度"]
    static let totalWords = ["合計", "合計値", "計", "総計", "期間合計", "計画期間合計", "合計(計画期間)"]
    static let historyWords = ["実績", "実績値", "過去の実績", "実績(参考)"]
    static let directionWords = [
        "方向", "方向性", "目指す方向", "目標の方向", "指標の方向", "向き", "望ましい方向", "増減", "評価の方向",
        "目指す方向性", "目標の方向性", "増減の方向", "指標の方向性",
    ]
    static let typeWords = [
        "区分", "種類", "指標の区分", "指標区分", "指標の種類", "指標種別", "種別", "指標の種別", "分類", "指標の性質",
        "指標の分類", "成果/活動", "アウトカム/アウトプット",
    ]
    static let kindWords = ["集計方法", "集計の方法", "値の種類", "値の種別", "指標の型", "集計区分"]
    static let departmentWords = [
        "担当課", "所管課", "担当部署", "所管部署", "担当部局", "所管部局", "担当部", "所管部", "担当", "所管",
        "担当課名", "所管課名", "主管課", "担当組織", "関係課", "部署", "部局", "課名", "担当課等", "所管課等",
        "担当所属", "所属", "主担当課", "担当部課", "所管部課", "担当部・課", "所管部・課",
    ]
    static let descriptionWords = [
        "事業内容", "事業概要", "概要", "事業の概要", "施策の概要", "内容", "事業の内容", "取組の概要", "施策概要",
        "主な事業内容", "事業の説明",
    ]
    static let definitionWords = [
        "指標の説明", "指標の定義", "定義", "算出方法", "算定方法", "算出式", "測定方法", "計算方法", "指標の考え方",
        "目標設定の考え方", "目標値の考え方", "目標値設定の考え方", "設定根拠", "根拠", "考え方", "指標の内容",
        "指標説明", "出典", "データ出典", "データの出典", "出典元", "把握方法", "調査方法", "指標の出典",
        "算出根拠", "目標値の根拠", "説明", "指標の解説", "数値の出典",
    ]
    static let noteWords = ["備考", "注", "注記", "補足", "コメント", "メモ", "摘要"]
    static let rowNumberWords = ["No", "No.", "NO", "NO.", "no", "no.", "№", "番号", "通し番号", "連番", "#", "項番", "整理番号", "通番"]
    static let indicatorCodeWords = ["指標番号", "指標No", "指標No.", "指標コード", "指標ID", "KPI番号", "KPINo", "KPINo."]
    static let unitWords = ["単位", "指標の単位", "単位等"]
    static let relistedWords = ["再掲"]
    static let flagWords = [
        "重点", "重点施策", "重点事業", "重点項目", "重点PJ", "重点プロジェクト", "新規", "拡充", "新規・拡充", "主要事業",
        "リーディングプロジェクト", "実施計画事業", "重点取組", "重点取組み",
    ]
    static let milestoneWords = ["ロードマップ", "スケジュール", "工程", "実施内容", "取組予定", "年度別計画", "事業計画"]
    static let intermediateWords = ["中間"]
    static let finalWords = ["最終"]

    /// The role of a header, or nil when nothing matches. `indicatorSeen` tells whether the
    /// indicator-name column is to the left (a level can only be left of it).
    public static func role(_ raw: String, indicatorSeen: Bool) -> ColumnRole? {
        let h = normalize(raw)
        guard !h.isEmpty else { return nil }
        if h.hasPrefix("英語") || h.hasSuffix("(英語)") || h.hasSuffix("(English)") || h.lowercased().hasSuffix("english") {
            let of = h.replacingOccurrences(of: "(英語)", with: "").replacingOccurrences(of: "(English)", with: "")
                .replacingOccurrences(of: "英語", with: "")
            return .english(of: of.isEmpty ? "指標名" : of)
        }
        if rowNumberWords.contains(h) { return .rowNumber }
        if indicatorCodeWords.contains(h) { return .indicatorCode }
        if let (_, type) = indicatorNames.first(where: { $0.0 == h }) { return .indicatorName(type: type) }
        if unitWords.contains(h) { return .unit }
        if departmentWords.contains(h) { return .department }
        if directionWords.contains(h) { return .direction }
        if kindWords.contains(h) { return .kind }
        if typeWords.contains(h) { return .typeOrKind }
        if noteWords.contains(h) { return .note }
        if definitionWords.contains(h) { return .definition }
        if relistedWords.contains(h) { return .relisted }
        if descriptionWords.contains(h) { return .description }
        if flagWords.contains(h) { return .flag(name: raw.trimmingSpaces) }
        if baselineYearWords.contains(h) { return .baselineYear }
        if targetYearWords.contains(h) { return .targetYear }

        // Headers that carry a year: 目標値(令和12年度), 令和3年度(現状値), R6年度, 2030年度, 合計(R6~R9).
        let (years, rest) = YearMention.extract(h)
        let word = rest.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "[]", with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: "()[]【】・/:：,、の時点値"))
        let wordFull = rest.replacingOccurrences(of: "()", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "()[]【】・/:：,、"))
        func has(_ list: [String]) -> Bool {
            list.contains(word) || list.contains(wordFull)
                || list.contains(where: { !$0.isEmpty && wordFull.hasPrefix($0) && wordFull.count <= $0.count + 3 })
        }
        if !years.isEmpty {
            if has(totalWords) || word.hasPrefix("合計") {
                return .total(years: years.count >= 2 ? FiscalYear.range(years.first!, years.last!) : years)
            }
            let year = years.last!
            if has(baselineWords) || word.contains("現状") || word.contains("基準") || word.contains("策定時") { return .baseline(year: year) }
            if has(historyWords) || word.hasPrefix("実績") { return .history(year: year) }
            if has(milestoneWords) { return .milestone(year: year) }
            if word.isEmpty || has(targetWords) || word.contains("目標") || word == "計画" || word == "見込" {
                let role: TargetYear.Role? = word.contains("中間") ? .intermediate : (word.contains("最終") ? .final : nil)
                return .target(year: year, role: role)
            }
        } else {
            if has(totalWords) || word.hasPrefix("合計") { return .total(years: []) }
            if has(baselineWords) { return .baseline(year: nil) }
            if targetWords.contains(h) || targetWords.contains(word) {
                let role: TargetYear.Role? = h.contains("中間") ? .intermediate : (h.contains("最終") ? .final : nil)
                return .target(year: nil, role: role)
            }
        }
        if !indicatorSeen {
            if h.hasSuffix("番号") || h.hasSuffix("コード") || h.hasSuffix("No") || h.hasSuffix("No.") || h.hasSuffix("記号") {
                let stem = h.replacingOccurrences(of: "番号", with: "").replacingOccurrences(of: "コード", with: "")
                    .replacingOccurrences(of: "No.", with: "").replacingOccurrences(of: "No", with: "").replacingOccurrences(of: "記号", with: "")
                if !stem.isEmpty { return .levelCode(name: stem) }
            }
            return .level(name: LeadingCode.stripNameSuffix(raw.trimmingSpaces.replacingOccurrences(of: "\n", with: "")))
        }
        return nil
    }

    /// What is accepted, for the message about an unknown header.
    public static var acceptedSummary: String {
        "指標名（指標・成果指標・活動指標・行動指標・KPI）、単位、現状値・基準値（年度つき、または 基準年度 の列）、目標値・中間目標値・最終目標値（年度つき、または 目標年度 の列）、"
            + "年度だけの見出し（令和6年度・R6・2030年度）、合計、実績値（年度つき）、方向（目指す方向）、区分（成果・活動）、種別（単年度・累計・水準・割合）、担当課（所管課・担当部署）、"
            + "指標の説明（算出方法・出典）、備考、事業内容（概要）、重点などの印、再掲、ロードマップ（年度つき）"
    }
}

/// Finds fiscal years mentioned in a header (`目標値(令和12年度)`, `R6~R9`, `2030年度`).
public enum YearMention {
    /// The years found, in order, and the header with them removed.
    public static func extract(_ text: String) -> (years: [FiscalYear], rest: String) {
        let table = EraTable.current
        var years: [FiscalYear] = []
        var rest = ""
        let chars = Array(text)
        var i = 0
        func take(_ length: Int, _ year: FiscalYear) {
            years.append(year)
            i += length
            // 年度 / 年 after the number.
            if i + 1 < chars.count, chars[i] == "年", chars[i + 1] == "度" { i += 2 } else if i < chars.count, chars[i] == "年" { i += 1 }
        }
        while i < chars.count {
            // Era names: 令和12, 平成30, 令和元.
            if let era = table.eras.reversed().first(where: { text.hasPrefixAt(chars, i, $0.name) }) {
                var j = i + era.name.count
                var digits = ""
                if j < chars.count, chars[j] == "元" {
                    digits = "1"
                    j += 1
                } else {
                    while j < chars.count, chars[j].isASCIIDigit {
                        digits.append(chars[j])
                        j += 1
                    }
                }
                if let n = Int(digits), (1...99).contains(n) {
                    take(j - i, FiscalYear(westernYear: table.westernYear(era: era, number: n)))
                    continue
                }
            }
            // R6, H30 — a letter of an era followed by digits, not inside a word.
            if chars[i].isASCII, chars[i].isLetter, table.era(abbreviation: chars[i]) != nil,
                i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isLetter)
            {
                var j = i + 1
                var digits = ""
                while j < chars.count, chars[j].isASCIIDigit {
                    digits.append(chars[j])
                    j += 1
                }
                let followedByLetter = j < chars.count && chars[j].isASCII && chars[j].isLetter
                if let n = Int(digits), (1...99).contains(n), !followedByLetter, let era = table.era(abbreviation: chars[i]) {
                    take(j - i, FiscalYear(westernYear: table.westernYear(era: era, number: n)))
                    continue
                }
            }
            // 2030, FY2030, 西暦2030.
            if chars[i].isASCIIDigit, i == 0 || !chars[i - 1].isASCIIDigit {
                var j = i
                var digits = ""
                while j < chars.count, chars[j].isASCIIDigit {
                    digits.append(chars[j])
                    j += 1
                }
                if digits.count == 4, let n = Int(digits), FiscalYear.plausibleYears.contains(n) {
                    if rest.hasSuffix("FY") { rest.removeLast(2) }
                    if rest.hasSuffix("西暦") { rest.removeLast(2) }
                    take(j - i, FiscalYear(westernYear: n))
                    continue
                }
                // R6~9: a bare number after a range mark continues the previous year's era.
                if let last = years.last, let (era, _) = last.era, let mark = rest.last, "~-－".contains(mark), let n = Int(digits),
                    (1...99).contains(n)
                {
                    take(j - i, FiscalYear(westernYear: table.westernYear(era: era, number: n)))
                    continue
                }
            }
            rest.append(chars[i])
            i += 1
        }
        // Range marks and brackets left between years.
        if years.count >= 2 {
            rest = rest.replacingOccurrences(of: "~", with: "").replacingOccurrences(of: "－", with: "").replacingOccurrences(of: "-", with: "")
        }
        return (years, rest)
    }
}

extension String {
    func hasPrefixAt(_ chars: [Character], _ at: Int, _ prefix: String) -> Bool {
        let p = Array(prefix)
        guard at + p.count <= chars.count else { return false }
        return Array(chars[at..<(at + p.count)]) == p
    }
}
