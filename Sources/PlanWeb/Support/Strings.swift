import Foundation
import PlanCore

/// The site's words, in one catalogue: Japanese, with English beside it. Views never write UI
/// text of their own; they ask for it by key. (The plan's own text — titles, indicator names — is
/// the plan's, shown as printed, in English only where the plan's data gives a translation.)
enum UIKey: String, CaseIterable {
    case siteName, skipToContent, navigation, overview, visionChart, search, dashboard, report, openData, api, staffLogin, staffMenu
    case myPage, officePage, logout, lint, plans, language, otherLanguage, youAreHere, footerData, footerSource
    case period, municipality, indicators, items, targets, target, actual, achievementRate, grade, status, notPublished, notReported
    case noTarget, baseline, total, unit, kind, direction, higherIsBetter, lowerIsBetter, type, department, description, milestones
    case trend, forecast, relisted, children, results, selfEvaluation, futureDirection, milestoneStatus, year, allYears, published
    case searchLabel, searchButton, searchResults, searchNone, searchHint, hitNode, hitDescription, hitMilestone, hitIndicator
    case rollupRule, median, distribution, gradingScheme, asOf, noFiguresYet, chartTableNote, indicatorOf, countsOf, showAll
    case downloadCSV, downloadJSON, downloadZip, downloadXLSX, licence, dictionary, updated, fileName, fileContent
    case notFoundTitle, badRequestTitle, errorTitle, serverError, backToOverview, forbiddenTitle, methodNotAllowedTitle
    case adopted, revised, revisionNote, definition, note, source, historyActual, chartTarget, chartActual, chartBaseline, chartExpected
}

struct Strings {
    let lang: Lang

    func callAsFunction(_ key: UIKey) -> String {
        (lang == .en ? Self.en[key] : nil) ?? Self.ja[key] ?? key.rawValue
    }

    /// `令和6年度（2024年度）` / `FY2024 (令和6年度)`.
    func year(_ y: FiscalYear) -> String { lang == .en ? y.englishLabel : y.label }

    /// `令和6年度` with `2024年度` below, for table heads.
    func yearShort(_ y: FiscalYear) -> (String, String) { lang == .en ? ("FY\(y.westernYear)", y.wareki) : (y.wareki, "（\(y.westernYear)年度）") }

    func role(_ r: Role) -> String {
        if lang == .en {
            switch r {
            case .office: return "Plan office"
            case .department: return "Department"
            case .reviewer: return "Reviewer"
            }
        }
        return r.label
    }

    /// An indicator the plan prints without a name, by what it counts: `指標（単位: 回）`.
    func unnamed(_ i: Indicator) -> String {
        if i.unit.isEmpty { return lang == .en ? "Indicator \(i.code ?? i.id)" : "指標 \(i.code ?? i.id)" }
        return lang == .en ? "Indicator (unit: \(i.unit))" : "指標（単位: \(i.unit)）"
    }

    func kind(_ k: IndicatorKind) -> String { lang == .en ? k.englishLabel : k.label }
    func type(_ t: IndicatorType) -> String { lang == .en ? t.englishLabel : t.label }
    func status(_ s: Evaluation.Status) -> String {
        if lang == .en {
            switch s {
            case .graded: return "graded"
            case .notReported: return "not reported"
            case .noTarget: return "no target"
            case .undefined: return "cannot be judged"
            }
        }
        return s.label
    }

    static let ja: [UIKey: String] = [
        .siteName: "アクションプラン進捗ポータル", .skipToContent: "本文へ移動", .navigation: "サイト内", .overview: "計画の概要",
        .visionChart: "ロジックチャート", .search: "検索", .dashboard: "ダッシュボード", .report: "報告書", .openData: "オープンデータ", .api: "API",
        .staffLogin: "職員ログイン", .staffMenu: "職員", .myPage: "実績の入力", .officePage: "進行管理", .logout: "ログアウト", .lint: "計画の点検",
        .plans: "計画の一覧", .language: "言語", .otherLanguage: "English", .youAreHere: "現在位置",
        .footerData: "このページのデータ:", .footerSource: "数値・文言は計画書の印字どおりです（誤字も含む）。",
        .period: "計画期間", .municipality: "自治体", .indicators: "指標", .items: "項目", .targets: "目標値", .target: "目標値", .actual: "実績",
        .achievementRate: "達成率", .grade: "評価", .status: "状態", .notPublished: "未公表", .notReported: "未報告", .noTarget: "目標なし",
        .baseline: "基準値", .total: "合計", .unit: "単位", .kind: "種別", .direction: "方向", .higherIsBetter: "高いほど良い",
        .lowerIsBetter: "低いほど良い", .type: "区分", .department: "担当課", .description: "内容", .milestones: "ロードマップ", .trend: "推移",
        .forecast: "見通し", .relisted: "再掲", .children: "含まれる項目", .results: "結果", .selfEvaluation: "自己評価",
        .futureDirection: "今後の方向性", .milestoneStatus: "ロードマップの進み具合", .year: "年度", .allYears: "すべての年度", .published: "公表済み",
        .searchLabel: "計画の中の言葉を探す", .searchButton: "検索", .searchResults: "検索結果", .searchNone: "見つかりませんでした。",
        .searchHint: "全角・半角、ひらがな・カタカナ、大文字・小文字を区別しません。", .hitNode: "項目名", .hitDescription: "内容",
        .hitMilestone: "ロードマップ", .hitIndicator: "指標", .rollupRule: "集計の方法", .median: "達成率の中央値", .distribution: "評価の分布",
        .gradingScheme: "評価の方法", .asOf: "時点", .noFiguresYet: "この年度の実績はまだ公表されていません。",
        .chartTableNote: "グラフと同じ数値を下の表に示します。「—」は目標なし（0ではありません）。", .indicatorOf: "の指標",
        .countsOf: "件数", .showAll: "すべて表示", .downloadCSV: "CSV", .downloadJSON: "JSON", .downloadZip: "まとめてダウンロード（ZIP）",
        .downloadXLSX: "Excel", .licence: "利用条件", .dictionary: "データの項目の説明", .updated: "更新日", .fileName: "ファイル",
        .fileContent: "内容", .notFoundTitle: "ページが見つかりません", .badRequestTitle: "リクエストの内容に誤りがあります",
        .errorTitle: "エラーが発生しました", .serverError: "サーバーで問題が起きました。時間をおいてもう一度お試しください。",
        .backToOverview: "計画の概要へ戻る", .forbiddenTitle: "この操作はできません", .methodNotAllowedTitle: "この方法では使えません",
        .adopted: "当初", .revised: "見直し後", .revisionNote: "目標値は見直し後の値です", .definition: "指標の説明", .note: "備考", .source: "出典",
        .historyActual: "計画前の実績", .chartTarget: "目標値", .chartActual: "実績", .chartBaseline: "基準値", .chartExpected: "期待値",
    ]

    static let en: [UIKey: String] = [
        .siteName: "Action plan progress portal", .skipToContent: "Skip to content", .navigation: "Site", .overview: "Overview",
        .visionChart: "Logic chart", .search: "Search", .dashboard: "Dashboard", .report: "Report", .openData: "Open data", .api: "API",
        .staffLogin: "Staff sign-in", .staffMenu: "Staff", .myPage: "Enter actuals", .officePage: "Progress management", .logout: "Sign out",
        .lint: "Plan check", .plans: "Plans", .language: "Language", .otherLanguage: "日本語", .youAreHere: "You are here",
        .footerData: "Data of this page:", .footerSource: "Figures and wording are as printed in the plan (typos included).",
        .period: "Plan period", .municipality: "Municipality", .indicators: "Indicators", .items: "Items", .targets: "Targets", .target: "Target",
        .actual: "Actual", .achievementRate: "Achievement", .grade: "Grade", .status: "Status", .notPublished: "Not published",
        .notReported: "Not reported", .noTarget: "No target", .baseline: "Baseline", .total: "Total", .unit: "Unit", .kind: "Kind",
        .direction: "Direction", .higherIsBetter: "higher is better", .lowerIsBetter: "lower is better", .type: "Type", .department: "Department",
        .description: "Description", .milestones: "Roadmap", .trend: "Trend", .forecast: "Outlook", .relisted: "Listed again",
        .children: "Contents", .results: "Results", .selfEvaluation: "Self-evaluation", .futureDirection: "Next steps",
        .milestoneStatus: "Roadmap progress", .year: "Fiscal year", .allYears: "All years", .published: "Published",
        .searchLabel: "Search the plan", .searchButton: "Search", .searchResults: "Results", .searchNone: "Nothing found.",
        .searchHint: "Width, kana and case do not matter.", .hitNode: "Title", .hitDescription: "Description", .hitMilestone: "Roadmap",
        .hitIndicator: "Indicator", .rollupRule: "How it is counted", .median: "Median achievement", .distribution: "Grades",
        .gradingScheme: "Grading", .asOf: "as of", .noFiguresYet: "No figures have been published for this year yet.",
        .chartTableNote: "The table below has the same figures. “—” means no target (not zero).", .indicatorOf: " indicators",
        .countsOf: "Counts", .showAll: "Show all", .downloadCSV: "CSV", .downloadJSON: "JSON", .downloadZip: "Download all (ZIP)",
        .downloadXLSX: "Excel", .licence: "Licence", .dictionary: "Data dictionary", .updated: "Updated", .fileName: "File",
        .fileContent: "Contents", .notFoundTitle: "Page not found", .badRequestTitle: "Bad request", .errorTitle: "An error occurred",
        .serverError: "Something went wrong on the server. Please try again later.", .backToOverview: "Back to the overview",
        .forbiddenTitle: "Not allowed", .methodNotAllowedTitle: "Method not allowed", .adopted: "adopted", .revised: "revised",
        .revisionNote: "Targets are as revised", .definition: "Definition", .note: "Note", .source: "Source",
        .historyActual: "Actuals before the plan",
        .chartTarget: "Target", .chartActual: "Actual", .chartBaseline: "Baseline", .chartExpected: "Expected",
    ]
}
