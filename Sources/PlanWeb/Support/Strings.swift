import Foundation
import PlanCore

/// The site's words, in one catalogue: Japanese, with English beside it. Views never write UI
/// text of their own; they ask for it by key (`s(.report)`) or by phrase (`s.resultsOf(year)`).
/// (The plan's own text — titles, indicator names — is the plan's, shown as printed, in English
/// only where the plan's data gives a translation.) `CatalogueTests` holds views to this.
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
    // Public pages
    case structure, noResultsYet, showOnly, apply, show, dashed, solid, revisedTargets, decidedOn, reason, sameIndicatorElsewhere
    case sameTargets, differentTargets, noteLabel, marks, firstListedUnder, alsoListedUnder, openDataNote, openDataActuals
    case openDataEvaluations, openDataSelfEvaluations, openDataPlan, openDataStructure, openDataIndicators, cp932Copy, cp932Note, column,
        dictionaryNote, noVisionChartBefore
    case noVisionChartAfter, visionBackground, visionGoals, visionStrategies, visionTactics, listedLater, listedLaterOpen, closeAside
    case basedOnPublished, includesUnpublished, movedUp, movedDown, behindTarget, atRisk, notReportedList, noneFound, noneAtAll
    case draftMark, summaryHeading, behindHeading, appendixHeading, contents, progressReport, coverPublic, coverDraft, departmentExplanation
    case notFoundMessage, csrfMismatch, metricsRefused, importRefused, inputRefused, databaseUnavailable, startingPortal, rollupRuleText

    // Staff pages
    case loginIntro, userName, password, signIn, signedIn, changePassword, temporaryPasswordNotice, currentPassword, change
    case reminderAddress, emailFieldLabel, save, lintTitle, all, findings, severity, rule, sourcePlace, yearLockedPrefix, noItems
    case bulkHeading, downloadTemplate, bulkHelp, filledTemplate, importButton, entered, notEntered, submitHeading, readyToSubmit
    case submitButton, actualValue, lastEntry, backToEntry, chooseOne, progressState, comment, notReportedListLink, auditLink
    case departmentsLink, assignmentsLink, usersLink, draftReportLink, byDepartment, departmentShort, reportedIndicators, enteredCount
    case actions, sent, noRecipient, sending, dueAndReminders, dueDate, saveDue, noSMTP, noSiteURL, when, recipients, outcome, actor
    case returnReasonPlaceholder, publishYearHeading, nothingToPublish, lockHeading, unlockButton, lockButton, schemeLabel, noDepartment
    case auditTitle, periodShort, auditTarget, clearFilter, auditKey, changeBeforeAfter, nothing, assignedItems, rename, delete
    case changeShort, addDepartment, add, unassigned, select, assignee, lead, coLead, assignDepartment, addAsCo, removeFromAssignment
    case applyAssignment, user, role, planShort, emailColumn, active, inactive, saveShort, deactivate, activate, newPassword, resetPassword
    case issueTemporary, addUser, userDepartment, procedures, emailRemoved, emailSaved, passwordChanged, noDepartmentForUser, chooseFile
    case submitted, selfEvaluationSaved, confirmPublish, confirmWithdraw, chooseItems
    case apiTokensLink, apiTokensIntro, tokenName, issuedOn, lastUsed, notUsedYet, revoke, revoked, issueToken, tokenShownOnce
    case activitiesLink, activitiesIntro, computedFigures, countingRuleColumn, recordsHeading, addRecord, importRecords, recordColumns
    case activityForm, recordDate, recordTitle, recordCategory, recordKind, recordFields, countedRecords, noRecords, noRules, figureOf
    case personalMark, personalNote, removeRecord, allKinds, computedFromRecords, seeRecords, definitionsHeading, definitionsHelp
}

extension UIKey {
    /// (日本語, English).
    var text: (ja: String, en: String) {
        switch self {
        case .siteName: ("アクションプラン進捗ポータル", "Action plan progress portal")
        case .skipToContent: ("本文へ移動", "Skip to content")
        case .navigation: ("サイト内", "Site")
        case .overview: ("計画の概要", "Overview")
        case .visionChart: ("ロジックチャート", "Logic chart")
        case .search: ("検索", "Search")
        case .dashboard: ("ダッシュボード", "Dashboard")
        case .report: ("報告書", "Report")
        case .openData: ("オープンデータ", "Open data")
        case .api: ("API", "API")
        case .staffLogin: ("職員ログイン", "Staff sign-in")
        case .staffMenu: ("職員", "Staff")
        case .myPage: ("実績の入力", "Enter actuals")
        case .officePage: ("進行管理", "Progress management")
        case .logout: ("ログアウト", "Sign out")
        case .lint: ("計画の点検", "Plan check")
        case .plans: ("計画の一覧", "Plans")
        case .language: ("言語", "Language")
        case .otherLanguage: ("English", "日本語")
        case .youAreHere: ("現在位置", "You are here")
        case .footerData: ("このページのデータ:", "Data of this page:")
        case .footerSource: ("数値・文言は計画書の印字どおりです（誤字も含む）。", "Figures and wording are as printed in the plan (typos included).")
        case .period: ("計画期間", "Plan period")
        case .municipality: ("自治体", "Municipality")
        case .indicators: ("指標", "Indicators")
        case .items: ("項目", "Items")
        case .targets: ("目標値", "Targets")
        case .target: ("目標値", "Target")
        case .actual: ("実績", "Actual")
        case .achievementRate: ("達成率", "Achievement")
        case .grade: ("評価", "Grade")
        case .status: ("状態", "Status")
        case .notPublished: ("未公表", "Not published")
        case .notReported: ("未報告", "Not reported")
        case .noTarget: ("目標なし", "No target")
        case .baseline: ("基準値", "Baseline")
        case .total: ("合計", "Total")
        case .unit: ("単位", "Unit")
        case .kind: ("種別", "Kind")
        case .direction: ("方向", "Direction")
        case .higherIsBetter: ("高いほど良い", "higher is better")
        case .lowerIsBetter: ("低いほど良い", "lower is better")
        case .type: ("区分", "Type")
        case .department: ("担当課", "Department")
        case .description: ("内容", "Description")
        case .milestones: ("ロードマップ", "Roadmap")
        case .trend: ("推移", "Trend")
        case .forecast: ("見通し", "Outlook")
        case .relisted: ("再掲", "Listed again")
        case .children: ("含まれる項目", "Contents")
        case .results: ("結果", "Results")
        case .selfEvaluation: ("自己評価", "Self-evaluation")
        case .futureDirection: ("今後の方向性", "Next steps")
        case .milestoneStatus: ("ロードマップの進み具合", "Roadmap progress")
        case .year: ("年度", "Fiscal year")
        case .allYears: ("すべての年度", "All years")
        case .published: ("公表済み", "Published")
        case .searchLabel: ("計画の中の言葉を探す", "Search the plan")
        case .searchButton: ("検索", "Search")
        case .searchResults: ("検索結果", "Results")
        case .searchNone: ("見つかりませんでした。", "Nothing found.")
        case .searchHint: ("全角・半角、ひらがな・カタカナ、大文字・小文字を区別しません。", "Width, kana and case do not matter.")
        case .hitNode: ("項目名", "Title")
        case .hitDescription: ("内容", "Description")
        case .hitMilestone: ("ロードマップ", "Roadmap")
        case .hitIndicator: ("指標", "Indicator")
        case .rollupRule: ("集計の方法", "How it is counted")
        case .median: ("達成率の中央値", "Median achievement")
        case .distribution: ("評価の分布", "Grades")
        case .gradingScheme: ("評価の方法", "Grading")
        case .asOf: ("時点", "as of")
        case .noFiguresYet: ("この年度の実績はまだ公表されていません。", "No figures have been published for this year yet.")
        case .chartTableNote: ("グラフと同じ数値を下の表に示します。「—」は目標なし（0ではありません）。", "The table below has the same figures. “—” means no target (not zero).")
        case .indicatorOf: ("の指標", " indicators")
        case .countsOf: ("件数", "Counts")
        case .showAll: ("すべて表示", "Show all")
        case .downloadCSV: ("CSV", "CSV")
        case .downloadJSON: ("JSON", "JSON")
        case .downloadZip: ("まとめてダウンロード（ZIP）", "Download all (ZIP)")
        case .downloadXLSX: ("Excel", "Excel")
        case .licence: ("利用条件", "Licence")
        case .dictionary: ("データの項目の説明", "Data dictionary")
        case .updated: ("更新日", "Updated")
        case .fileName: ("ファイル", "File")
        case .fileContent: ("内容", "Contents")
        case .notFoundTitle: ("ページが見つかりません", "Page not found")
        case .badRequestTitle: ("リクエストの内容に誤りがあります", "Bad request")
        case .errorTitle: ("エラーが発生しました", "An error occurred")
        case .serverError: ("サーバーで問題が起きました。時間をおいてもう一度お試しください。", "Something went wrong on the server. Please try again later.")
        case .backToOverview: ("計画の概要へ戻る", "Back to the overview")
        case .forbiddenTitle: ("この操作はできません", "Not allowed")
        case .methodNotAllowedTitle: ("この方法では使えません", "Method not allowed")
        case .adopted: ("当初", "adopted")
        case .revised: ("見直し後", "revised")
        case .revisionNote: ("目標値は見直し後の値です", "Targets are as revised")
        case .definition: ("指標の説明", "Definition")
        case .note: ("備考", "Note")
        case .source: ("出典", "Source")
        case .historyActual: ("計画前の実績", "Actuals before the plan")
        case .chartTarget: ("目標値", "Target")
        case .chartActual: ("実績", "Actual")
        case .chartBaseline: ("基準値", "Baseline")
        case .chartExpected: ("期待値", "Expected")
        case .structure: ("計画の構成", "Structure")
        case .noResultsYet: ("実績はまだ公表されていません。", "No results have been published yet.")
        case .showOnly: ("絞り込み", "Show only")
        case .apply: ("絞り込む", "Apply")
        case .show: ("表示", "Show")
        case .dashed: ("（破線）", " (dashed)")
        case .solid: ("（実線）", " (solid)")
        case .revisedTargets: ("目標値の見直し", "Revised targets")
        case .decidedOn: ("決定日", "Decided")
        case .reason: ("理由", "Reason")
        case .sameIndicatorElsewhere: ("同じ項目のほかの掲載での目標値", "The same indicator elsewhere")
        case .sameTargets: ("（同じ目標値）", " (same targets)")
        case .differentTargets: ("（目標値が違います）", " (different targets)")
        case .noteLabel: ("注: ", "Note: ")
        case .marks: ("印", "Marks")
        case .firstListedUnder: ("元の掲載: ", "first listed under ")
        case .alsoListedUnder: ("この項目のほかの掲載", "Also listed under")
        case .openDataNote: ("公表済みの数値だけを含みます。CSV は UTF-8（BOM付き）です。", "Published figures only. CSV files are UTF-8 with a byte-order mark.")
        case .openDataActuals:
            (
                "公表済みの実績（実績の様式の形。actionplan actuals import で読める）",
                "Published actuals (in the actuals template's form; actionplan actuals import reads them)"
            )
        case .openDataEvaluations: ("公表済みの実績の評価（達成率・評価）", "Grading of the published actuals (achievement, grade)")
        case .openDataSelfEvaluations: ("公表済みの自己評価・今後の方向性", "Published self-evaluations and next steps")
        case .openDataPlan: ("計画そのもの（actionplan import でそのまま読める一式）", "The plan itself (a set actionplan import reads as it is)")
        case .openDataStructure: ("計画の階層（項目ごと）", "The plan's structure (one row per item)")
        case .openDataIndicators: ("指標と目標値（指標ごと）", "Indicators and targets (one per indicator)")
        case .column: ("列", "Column")
        case .dictionaryNote:
            (
                "オープンデータのファイルと列の説明です。同じ内容を dictionary.csv としてファイルの一覧と ZIP にも入れています。{年度} は R6 などの年度、(年度) の付く列は年度ごとの列です。",
                "The open-data files and their columns. The same is in dictionary.csv, in the file list and the ZIP. {年度} stands for a fiscal year such as R6; a column with (年度) is one column per year."
            )
        case .cp932Copy: ("古い Excel 向け（CP932）", "For older Excel (CP932)")
        case .cp932Note:
            (
                "各 CSV には CP932（Windows-31J）の写し（…-cp932.csv）も並べています。CP932 にない文字は「〓」になり、その文字を表の中に示します。元の文字は UTF-8 の CSV にあります。",
                "Each CSV also has a CP932 (Windows-31J) copy (…-cp932.csv). A character CP932 cannot hold becomes “〓” and is listed in the table; the UTF-8 CSV keeps it."
            )
        case .noVisionChartBefore: ("この計画にはロジックチャートが登録されていません。計画の構成は", "This plan has no logic chart. Its structure is on the page ")
        case .noVisionChartAfter: ("にあります。", ".")
        case .visionBackground: ("背景", "Background")
        case .visionGoals: ("目指す姿", "Visions")
        case .visionStrategies: ("戦略", "Strategies")
        case .visionTactics: ("戦術・取組", "Tactics and actions")
        case .listedLater: ("（後掲）", " (listed later)")
        case .listedLaterOpen: ("（後掲: ", " (listed later: ")
        case .closeAside: ("）", ")")
        case .basedOnPublished: ("公表済みの実績にもとづきます。", "Based on published figures.")
        case .includesUnpublished: ("公表前の実績を含みます（計画担当・閲覧の方の表示）。", "Includes figures not yet published (as the plan office and reviewers see it).")
        case .movedUp: ("前年度から評価が上がった指標", "Indicators whose grade rose since the previous year")
        case .movedDown: ("前年度から評価が下がった指標", "Indicators whose grade fell since the previous year")
        case .behindTarget: ("目標に届いていない指標（達成率100%未満）", "Indicators below target (achievement under 100%)")
        case .atRisk: ("要注意（目標に届かない見込み）", "At risk (projected to miss the target)")
        case .notReportedList: ("未報告の指標", "Indicators not reported")
        case .noneFound: ("該当する指標はありません。", "None.")
        case .noneAtAll: ("ありません。", "None.")
        case .draftMark: ("内部資料（公表前の実績を含む下書き）", "Internal draft (includes figures not yet published)")
        case .summaryHeading: ("1. 概要", "1. Summary")
        case .behindHeading: ("3. 目標に届いていない指標", "3. Indicators below target")
        case .appendixHeading: ("付録 計画の点検結果", "Appendix: findings of the plan check")
        case .contents: ("目次", "Contents")
        case .progressReport: ("進捗状況報告書", "Progress report")
        case .coverPublic: ("公表済みの実績にもとづく報告です。", "This report is based on published figures.")
        case .coverDraft: ("公表前の実績を含む内部資料です。", "Internal document: includes figures not yet published.")
        case .departmentExplanation: ("所管課の説明", "Department's explanation")
        case .notFoundMessage: ("お探しのページは見つかりませんでした。", "The page was not found.")
        case .csrfMismatch:
            ("フォームの確認用の情報が一致しません。ページを開き直してから、もう一度送信してください。", "The form's check value does not match. Open the page again and send it once more.")
        case .metricsRefused:
            ("メトリクスは監視のサーバーだけが読めます（ACTIONPLAN_METRICS_TOKEN）", "Metrics are for the monitoring server only (ACTIONPLAN_METRICS_TOKEN)")
        case .importRefused: ("ファイルを読み込めませんでした（何も保存していません）", "The file could not be read (nothing was saved)")
        case .inputRefused: ("入力を受け付けませんでした", "The input was not accepted")
        case .databaseUnavailable: ("データベースに接続できません", "Cannot connect to the database")
        case .startingPortal: ("ポータルを起動します", "Starting the portal")
        case .rollupRuleText:
            (
                "再掲された項目の指標は、同じ目標値なら1つとして数えます（同じ項目が集計の範囲に何度掲載されていても1回）。未報告は0とせず件数を別に示し、中央値には含めません。目標値のない年度（—）は評価の対象外です。",
                "An indicator of an item listed more than once counts once when its targets are the same (once however often the item appears in the range counted). Not reported is not counted as zero: it is shown apart and left out of the median. A year without a target (—) is not graded."
            )
        case .loginIntro:
            (
                "計画担当・所管課・推進会議の方のページです。住民の方はログインしなくても公表済みの進捗を見られます。",
                "Pages for the plan office, departments and the review council. Residents can see the published progress without signing in."
            )
        case .userName: ("利用者名", "User name")
        case .password: ("パスワード", "Password")
        case .signIn: ("ログイン", "Sign in")
        case .signedIn: ("ログインしました", "Signed in")
        case .changePassword: ("パスワードの変更", "Change password")
        case .temporaryPasswordNotice:
            (
                "今のパスワードは計画担当が設定した仮のものです。ほかの画面を使う前に、自分だけが知る新しいパスワードに変更してください。",
                "Your password is a temporary one set by the plan office. Change it to a new one only you know before using any other page."
            )
        case .currentPassword: ("今のパスワード", "Current password")
        case .change: ("変更する", "Change")
        case .reminderAddress: ("督促メールの宛先", "Address for reminders")
        case .emailFieldLabel:
            ("メールアドレス（提出期限を過ぎたときの督促が届きます。空にすると取り消し）", "E-mail address (reminders arrive here when the due date has passed; leave empty to remove)")
        case .save: ("保存する", "Save")
        case .lintTitle: ("計画の点検結果", "Findings of the plan check")
        case .all: ("すべて", "All")
        case .findings: ("指摘", "Findings")
        case .severity: ("重要度", "Severity")
        case .rule: ("規則", "Rule")
        case .sourcePlace: ("原文の場所", "Place in the source")
        case .yearLockedPrefix: ("この年度は変更できません: ", "This year cannot be changed: ")
        case .noItems: ("この課の担当の項目がありません。計画担当に担当の割り当てを依頼してください。", "No item is assigned to this department. Ask the plan office to assign items.")
        case .bulkHeading: ("表計算ソフトでまとめて入力する", "Enter everything in a spreadsheet")
        case .downloadTemplate: ("実績の記入様式（CSV）をダウンロード", "Download the actuals template (CSV)")
        case .bulkHelp:
            (
                "。記入して保存（UTF-8 または Excel の CSV）し、ここから取り込みます。1行でも誤りがあれば全体を取り込まず、誤りをすべて示します。",
                ". Fill it in, save it (UTF-8 or Excel's CSV) and import it here. If any row is wrong, nothing is imported and every error is shown."
            )
        case .filledTemplate: ("記入した様式 ", "Filled-in template ")
        case .importButton: ("取り込む", "Import")
        case .entered: ("（入力済み）", " (entered)")
        case .notEntered: ("（未入力）", " (not entered)")
        case .submitHeading: ("提出", "Submission")
        case .readyToSubmit:
            ("自己評価と実績（または未報告の理由）がそろいました。提出できます。", "The self-evaluations and the actuals (or why one is not reported) are complete. You can submit.")
        case .submitButton: ("計画担当に提出する", "Submit to the plan office")
        case .actualValue: ("実績値", "Actual value")
        case .lastEntry: ("最終入力", "Last entry")
        case .backToEntry: ("← 実績の入力に戻る", "← Back to entering actuals")
        case .chooseOne: ("（選択してください）", "(choose one)")
        case .progressState: ("状況", "Status")
        case .comment: ("コメント", "Comment")
        case .notReportedListLink: ("未報告の一覧", "Not reported")
        case .auditLink: ("変更の記録（監査証跡）", "Change record (audit trail)")
        case .departmentsLink: ("課の管理", "Departments")
        case .assignmentsLink: ("項目の担当", "Item assignments")
        case .usersLink: ("利用者の管理", "Users")
        case .draftReportLink: ("報告書の下書き（公表前を含む）", "Draft report (includes unpublished figures)")
        case .byDepartment: ("課ごとの手続き", "Procedures by department")
        case .departmentShort: ("課", "Department")
        case .reportedIndicators: ("報告する指標", "Indicators to report")
        case .enteredCount: ("入力済み", "Entered")
        case .actions: ("操作", "Action")
        case .sent: ("送信済み", "Sent")
        case .noRecipient: ("宛先なし", "No address")
        case .sending: ("送信中", "Sending")
        case .dueAndReminders: ("提出期限と督促", "Due date and reminders")
        case .dueDate: ("提出期限", "Due date")
        case .saveDue: ("期限を保存", "Save the due date")
        case .noSMTP:
            (
                "メールサーバーが設定されていないため、督促メールは送れません（ACTIONPLAN_SMTP_HOST など。README を参照）。",
                "No mail server is configured, so reminders cannot be sent (ACTIONPLAN_SMTP_HOST and others; see the README)."
            )
        case .noSiteURL:
            (
                "ACTIONPLAN_SITE_URL が設定されていないため、督促メールに入力画面へのリンクが入りません。",
                "ACTIONPLAN_SITE_URL is not set, so reminders carry no link to the entry page."
            )
        case .when: ("日時", "When")
        case .recipients: ("宛先", "To")
        case .outcome: ("結果", "Outcome")
        case .actor: ("操作した人", "By")
        case .returnReasonPlaceholder: ("差し戻しの理由（必須）", "Reason for returning (required)")
        case .publishYearHeading: ("年度の公表", "Publishing the year")
        case .nothingToPublish:
            (
                "承認済みの課はまだありません。課の実績を承認すると、ここからまとめて公表できます。",
                "No department is approved yet. Once departments are approved, their actuals can be published here at once."
            )
        case .lockHeading: ("年度のロック", "Locking the year")
        case .unlockButton: ("ロックを解除する（再開は記録されます）", "Unlock (reopening is recorded)")
        case .lockButton: ("この年度をロックする", "Lock this year")
        case .schemeLabel:
            (
                "評価の方法（例: 比率:A:100,B:80,C:50,D:0　按分:A:100,B:80,C:50,D:0　基準値:S,A,B,C,−:10）",
                "Grading (for example 比率:A:100,B:80,C:50,D:0, 按分:A:100,B:80,C:50,D:0, 基準値:S,A,B,C,−:10)"
            )
        case .noDepartment: ("（担当なし）", "(unassigned)")
        case .auditTitle: ("変更の記録", "Change record")
        case .periodShort: ("期間", "Period")
        case .auditTarget: ("対象（指標ID・項目・利用者）", "Subject (indicator id, item, user)")
        case .clearFilter: ("条件を外す", "Clear the filter")
        case .auditKey: ("対象", "Subject")
        case .changeBeforeAfter: ("変更（前 → 後）", "Change (before → after)")
        case .nothing: ("（なし）", "(none)")
        case .assignedItems: ("担当の項目", "Assigned items")
        case .rename: ("名前の変更", "Rename")
        case .delete: ("削除", "Delete")
        case .changeShort: ("変更", "Change")
        case .addDepartment: ("課を追加", "Add a department")
        case .add: ("追加", "Add")
        case .unassigned: ("担当なし", "Unassigned")
        case .select: ("選ぶ", "Select")
        case .assignee: ("担当", "Assigned to")
        case .lead: ("主管", "lead")
        case .coLead: ("共管", "co-lead")
        case .assignDepartment: ("選んだ項目の担当の課", "Department for the selected items")
        case .addAsCo: (" 共管として加える", " Add as co-lead")
        case .removeFromAssignment: (" 担当から外す", " Remove from the assignment")
        case .applyAssignment: ("反映する", "Apply")
        case .user: ("利用者", "User")
        case .role: ("役割", "Role")
        case .planShort: ("計画", "Plan")
        case .emailColumn: ("メールアドレス（督促の宛先）", "E-mail (for reminders)")
        case .active: ("有効", "Active")
        case .apiTokensLink: ("APIトークン", "API tokens")
        case .apiTokensIntro:
            (
                "課のほかの仕組み（課のデータベース・補助金の管理の仕組みなど）が、その課の担当の項目の実績を API で書き込むためのトークンです。入力フォームと同じ規則と変更の記録が効きます。",
                "Tokens with which a department's own systems write its items' actuals through the API, under the same rules and audit trail as the form."
            )
        case .tokenName: ("トークンの名前（使う仕組み）", "Token name (the system using it)")
        case .issuedOn: ("発行", "Issued")
        case .lastUsed: ("最後の利用", "Last used")
        case .notUsedYet: ("まだ使われていません", "Not used yet")
        case .revoke: ("失効させる", "Revoke")
        case .revoked: ("失効", "Revoked")
        case .issueToken: ("トークンを発行", "Issue a token")
        case .tokenShownOnce:
            (
                "このトークンはこの画面にだけ表示します（保存しているのはハッシュだけです）。いま写して、使う仕組みに設定してください。",
                "The token is shown on this page only (only its hash is kept). Copy it now into the system that will use it."
            )
        case .inactive: ("無効", "Inactive")
        case .activitiesLink: ("活動記録", "Activity records")
        case .activitiesIntro:
            (
                "イベント・相談・補助・登録などを1件ずつ記録すると、計算のきまりを付けた指標の実績はその記録から計算されます（入力はしません）。公開されるのは数だけで、記録そのものと個人に関する項目は職員だけが見られます。",
                "Record events, consultations, grants and registrations one by one: the actuals of indicators with a counting rule are computed from them (not typed). Only the figures are published; the records and their personal fields are for staff only."
            )
        case .computedFigures: ("活動記録から計算する実績", "Actuals computed from activity records")
        case .countingRuleColumn: ("計算のきまり", "Counting rule")
        case .recordsHeading: ("記録", "Records")
        case .addRecord: ("記録を追加", "Add a record")
        case .importRecords: ("ファイルから取り込む（CSV・xlsx、全部か無しか）", "Import a file (CSV or xlsx, all or nothing)")
        case .recordColumns: ("列（1行目）: ", "Columns (first row): ")
        case .activityForm: ("記録の入力フォーム", "the record form")
        case .recordDate: ("日付", "Date")
        case .recordTitle: ("件名", "Title")
        case .recordCategory: ("区分", "Category")
        case .recordKind: ("種類", "Kind")
        case .recordFields: ("項目", "Fields")
        case .countedRecords: ("数えた記録", "Records counted")
        case .noRecords: ("記録はまだありません", "No records yet")
        case .noRules:
            (
                "計算のきまりはまだありません（計画担当がこの画面の下の「記録の種類と計算のきまり」か `actionplan activity define` で設定します）",
                "No counting rules yet (the plan office sets them below, under “Record kinds and counting rules”, or with `actionplan activity define`)"
            )
        case .figureOf: ("実績の内訳", "What the actual is made of")
        case .personalMark: ("（個人）", " (personal)")
        case .personalNote:
            (
                "「（個人）」の項目は個人に関する情報です。公開されず、保存年限を過ぎると消されます。",
                "Fields marked “(personal)” hold personal data: never published, erased after the retention period."
            )
        case .removeRecord: ("記録を削除", "Remove the record")
        case .allKinds: ("すべての種類", "Every kind")
        case .computedFromRecords: ("活動記録から計算", "Computed from activity records")
        case .seeRecords: ("内訳", "Breakdown")
        case .definitionsHeading: ("記録の種類と計算のきまり（JSON）", "Record kinds and counting rules (JSON)")
        case .definitionsHelp:
            (
                "計画担当が定義します（書き方は docs/activity-records.md）。きまりを足した指標は計算に、外した指標は入力に切り替わり、変更の記録に残ります。誤りがあれば何も変えません。",
                "Defined by the plan office (see docs/activity-records.md). An indicator given a rule becomes computed, one whose rule is removed becomes typed again; both are audited. Nothing changes when there is a mistake."
            )
        case .saveShort: ("保存", "Save")
        case .deactivate: ("無効にする", "Deactivate")
        case .activate: ("有効にする", "Activate")
        case .newPassword: ("新しいパスワード", "New password")
        case .resetPassword: ("パスワードを再設定", "Reset the password")
        case .issueTemporary: ("仮パスワードを発行", "Issue a temporary password")
        case .addUser: ("利用者を追加", "Add a user")
        case .userDepartment: ("所管課（所管課の利用者のとき）", "Department (for a department's user)")
        case .procedures: ("手続き", "Procedure")
        case .emailRemoved: ("メールアドレスを取り消しました", "The e-mail address was removed")
        case .emailSaved: ("メールアドレスを保存しました", "The e-mail address was saved")
        case .passwordChanged: ("パスワードを変更しました", "The password was changed")
        case .noDepartmentForUser: ("この計画の所管課が設定されていない利用者です。計画担当に確認してください", "Your account has no department in this plan. Ask the plan office.")
        case .chooseFile: ("取り込むファイルを選んでください", "Choose a file to import")
        case .submitted: ("提出しました。計画担当の承認をお待ちください。", "Submitted. The plan office will review it.")
        case .selfEvaluationSaved: ("自己評価を保存しました", "The self-evaluation was saved")
        case .confirmPublish: ("公表することを確かめたら、確認の欄に印を付けてください", "Tick the confirmation box once you have checked what will be published")
        case .confirmWithdraw: ("公表を取り消すことを確かめたら、確認の欄に印を付けてください", "Tick the confirmation box once you have checked what will be withdrawn")
        case .chooseItems: ("項目を選んでください", "Choose items")
        }
    }
}

struct Strings {
    let lang: Lang

    func callAsFunction(_ key: UIKey) -> String { lang == .en ? key.text.en : key.text.ja }

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

    private func t(_ ja: String, _ en: String) -> String { lang == .en ? en : ja }

    // Joining and bracketing, as each language writes them.
    /// `A・B・C` / `A, B, C`.
    func list(_ items: [String]) -> String { items.joined(separator: t("・", ", ")) }
    /// `A、B` / `A, B`.
    func enumeration(_ items: [String]) -> String { items.joined(separator: t("、", ", ")) }
    /// Sentences: `A。B` / `A. B`.
    func sentences(_ items: [String]) -> String { items.joined(separator: t("。", ". ")) }
    /// `（x）` / ` (x)`.
    func aside(_ text: String) -> String { t("（\(text)）", " (\(text))") }
    /// `X（3件）` / `X (3)`.
    func counted(_ title: String, _ n: Int) -> String { t("\(title)（\(n)件）", "\(title) (\(n))") }
    /// `2025年6月30日` / `30 June 2025`, in Japan's time.
    func date(_ d: Date) -> String { formatted(d, ja: "yyyy年M月d日", en: "d MMMM yyyy") }

    func forecastStatus(_ status: Forecast.Status) -> String {
        guard lang == .en else { return status.label }
        switch status {
        case .onTrack: return "on track"
        case .atRisk: return "at risk"
        case .cannotJudge: return "cannot be judged"
        }
    }

    // The plan's own vocabulary: English where the plan's data gives it, else as printed.
    func title(_ plan: Plan) -> String { english(plan.titleEnglish) ?? plan.title }
    func indicatorLabel(_ plan: Plan) -> String { english(plan.indicatorLabelEnglish) ?? plan.indicatorLabel }
    func flagName(_ flag: PlanFlag) -> String { english(flag.nameEnglish) ?? flag.name }
    func levelName(_ plan: Plan, _ level: Int) -> String? { plan.level(level).map { english($0.nameEnglish) ?? $0.name } }
    private func english(_ text: String?) -> String? { lang == .en ? text.flatMap { $0.isEmpty ? nil : $0 } : nil }

    /// 中間目標・最終目標 beside a year.
    func targetRole(_ r: TargetYear.Role) -> String {
        guard lang == .en else { return r.label }
        switch r {
        case .intermediate: return "interim target"
        case .final: return "final target"
        case .yearly, .horizon: return "target"
        }
    }

    /// How a projection was made, under its number.
    func forecastMethod(_ f: Forecast) -> String {
        guard lang == .en else { return f.method }
        let text: String
        switch f.basis {
        case .noActuals: text = "No actuals yet: cannot be judged"
        case let .averageAttainment(years, average):
            text =
                "The average achievement of the \(years) years so far (\(NumberCell.percent(average))) applied to the target for FY\(f.year.westernYear)"
        case let .latestRate(y, value): text = "The latest actual (\(NumberCell.display(value))% in FY\(y.westernYear)) continuing"
        case .tooFewPoints: text = "Cannot be judged from the trend until there are actuals for two years (or one, with a baseline)"
        case let .pace(from, fromBaseline, to, pace, needed):
            text =
                "The growth from \(fromBaseline ? "the baseline (FY\(from.westernYear))" : "FY\(from.westernYear)") to FY\(to.westernYear) (\(NumberCell.display(pace)) a year) continuing"
                + (needed.map { "; the target needs \(NumberCell.display($0)) a year" } ?? "")
        }
        return f.noTarget ? text + ". The year has no target, so attainment cannot be judged" : text
    }

    /// How the plan grades, in a sentence.
    func schemeSummary(_ scheme: GradingScheme) -> String {
        guard lang == .en else { return scheme.summary }
        func bands(_ b: GradingBands) -> String { enumeration(b.bands.map { "\($0.name) \(NumberCell.format($0.minimum * 100))% or more" }) }
        switch scheme {
        case .ratio(let b): return "Graded by achievement (actual ÷ the year's target; target ÷ actual where lower is better): " + bands(b)
        case .proRata(let b):
            return
                "Graded pro rata (actual progress against the progress expected by the year, the way from baseline to target shared over the years): "
                + bands(b)
        case .baselineRelative(let g):
            return
                "Graded against baseline and target: \(g.reached) target reached, \(g.better) better than the baseline, \(g.same) within ±\(NumberCell.format(g.band * 100))% of the baseline, \(g.worse) worse than the baseline, \(g.unmeasurable) cannot be judged"
        }
    }

    // Public pages
    func resultsOf(_ y: FiscalYear) -> String { t("\(year(y))の実績", "Results for \(year(y))") }
    func distributionOf(_ y: FiscalYear) -> String { t("\(year(y))の評価の分布", "Grades, \(year(y))") }
    /// `1-1 …: A 2、B 1、未報告 3` for a chart's text description.
    func gradeCounts(_ heading: String, grades: [String], counts: [Int], notReported: Int) -> String {
        "\(heading): " + enumeration(zip(grades, counts).map { "\($0) \($1)" } + ["\(self(.notReported)) \(notReported)"])
    }
    func revisedFrom(_ adopted: String) -> String { t("（見直し後。当初 \(adopted)）", " (revised; adopted \(adopted))") }
    func byYearCaption(unit: String) -> String { t("年度ごとの目標値・実績（\(unit)）", "Targets and actuals by fiscal year (\(unit))") }
    func projection(_ projected: String, unit: String, target: String) -> String {
        t("（見込み \(projected)\(unit)・目標 \(target)）", " (projected \(projected) \(unit), target \(target))")
    }
    func typoAsPrinted(_ typo: String, _ problem: String) -> String { t("「\(typo)」は原文のまま。\(problem)", "“\(typo)” is as printed. \(problem)") }
    func andTargets(_ indicatorLabel: String) -> String { t("\(indicatorLabel)と目標値", "\(indicatorLabel) and targets") }
    func resultsFor(query: String) -> String { t("「\(query)」の検索結果", "Results for “\(query)”") }
    func toPlanNode(_ text: String, level: String, code: String, heading: String) -> String {
        t("\(text)（計画の\(level) \(code) \(heading)へ）", "\(text) (to \(level) \(code) \(heading) of the plan)")
    }
    func cp932Lost(_ characters: [String], substitute: String) -> String {
        t("CP932 にない文字（「\(substitute)」にしました）: ", "Not in CP932 (shown as “\(substitute)”): ") + list(characters)
    }
    func listedLater(_ heading: String) -> String { t("（後掲: \(heading)）", " (listed later: \(heading))") }
    func visionSummary(backgrounds: Int, visions: Int, strategies: Int, tactics: Int) -> String {
        t(
            "背景\(backgrounds)項目、目指す姿\(visions)、戦略\(strategies)、戦術・取組\(tactics)。左から右へ、背景から目指す姿・戦略・戦術へとつながります。同じ内容を下に文章で示します。",
            "\(backgrounds) backgrounds, \(visions) visions, \(strategies) strategies, \(tactics) tactics and actions, connected from left to right. The same content follows as text."
        )
    }
    func dashboardTitle(_ y: FiscalYear) -> String { t("\(self(.dashboard))（\(year(y))）", "\(self(.dashboard)) (\(year(y)))") }
    func distributionBy(_ levelName: String) -> String { t("\(levelName)ごとの評価の分布", "Grades by \(levelName)") }
    func distributionBy(_ levelName: String, year y: FiscalYear) -> String {
        t("\(year(y))の\(levelName)ごとの評価の分布", "Grades by \(levelName), \(year(y))")
    }
    func distributionCaption(_ levelName: String) -> String {
        t("\(levelName)ごとの評価の分布（下の表と同じ数値。未報告は別の欄）", "Grades by \(levelName) (the same figures as the table below; not reported in a column apart)")
    }
    func targetDetail(_ target: String) -> String { t("目標 \(target)", "target \(target)") }
    func projectionDetail(_ y: FiscalYear, projected: String, target: String) -> String {
        t("\(y.code)見込み \(projected)・目標 \(target)", "projected for FY\(y.westernYear) \(projected), target \(target)")
    }
    func reportTitle(_ planTitle: String, _ y: FiscalYear) -> String {
        t("\(planTitle) 進捗状況報告書（\(year(y))）", "\(planTitle) progress report (\(year(y)))")
    }
    func reportNothingPublished(_ y: FiscalYear) -> String {
        t(
            "\(year(y))の実績はまだ公表されていません。公表されると、この報告書に載ります。",
            "No figures have been published for \(year(y)) yet. They will appear in this report once published.")
    }
    func sectionsHeading(_ levelName: String) -> String { t("2. \(levelName)ごとの進捗", "2. Progress by \(levelName)") }
    func reportSummary(_ y: FiscalYear, indicatorLabel: String, scheme: String) -> String {
        t("\(year(y))の\(indicatorLabel)の評価です。\(scheme)。", "Grading of the \(indicatorLabel) for \(year(y)). \(scheme).")
    }
    func wholePlan(_ y: FiscalYear) -> String { t("計画全体（\(year(y))）", "The whole plan (\(year(y)))") }
    func page(_ n: Int) -> String { t("\(n)ページ", "p. \(n)") }
    func preparedOn(_ d: Date) -> String { t("作成日 \(date(d))", "Prepared on \(date(d))") }
    func behindCaption(_ indicatorLabel: String) -> String { t("達成率100%未満の\(indicatorLabel)", "\(indicatorLabel) under 100% achievement") }
    func appendixIntro(_ n: Int) -> String { t("計画書の印字にある食い違い（\(n)件）。", "Inconsistencies in the printed plan (\(n)).") }

    // Errors a request meets
    func unknownFlag(_ flag: String, accepted: String) -> String {
        t("印「\(flag)」はこの計画にありません（\(accepted)）", "The plan has no mark “\(flag)” (\(accepted))")
    }
    func notInPlan(_ what: String) -> String { t("「\(what)」はこの計画にありません。", "“\(what)” is not in this plan.") }
    func indicatorNotInPlan(_ id: String) -> String { t("指標「\(id)」はこの計画にありません。", "Indicator “\(id)” is not in this plan.") }
    func queryTooLong(maximum: Int, count: Int) -> String {
        t("検索する言葉は\(maximum)文字以内で指定してください（\(count)文字あります）", "Search for at most \(maximum) characters (this has \(count))")
    }
    var planHasNoYears: String { t("この計画には年度がありません", "This plan has no fiscal years") }
    func openDataFileMissing(_ name: String) -> String { t("オープンデータのファイル「\(name)」はありません", "There is no open-data file “\(name)”") }
    func encodingParameter(_ value: String) -> String {
        t("パラメータ「encoding」は utf-8 か cp932 です（「\(value)」）", "The parameter “encoding” is utf-8 or cp932 (not “\(value)”)")
    }
    func onlyFor(_ roles: [String], yours: String) -> String {
        t("この操作は\(roles.joined(separator: "・"))の方だけができます（あなたは\(yours)です）", "Only \(roles.joined(separator: ", ")) can do this (you are \(yours))")
    }
    func unreadableYear(_ raw: String, examples: String) -> String {
        t("年度「\(raw)」が読めません（例: \(examples)）", "Cannot read the fiscal year “\(raw)” (for example \(examples))")
    }
    func methodOnly(_ allow: String) -> String { t("このURLは \(allow) だけを受け付けます。", "This address accepts \(allow) only.") }
    func firstOfficeUserHint(minimumPassword: Int) -> String {
        t(
            "計画担当の利用者がまだいません。最初の計画担当の利用者は次のように作成します（既定のパスワードはありません）: echo 'パスワード（\(minimumPassword)文字以上）' | actionplan user add 名前 --role office --password-stdin",
            "There is no plan-office user yet. Create the first one like this (there is no default password): echo 'password (at least \(minimumPassword) characters)' | actionplan user add NAME --role office --password-stdin"
        )
    }

    var yearExamples: String {
        let y = FiscalYear(containing: Date())
        return enumeration([y.code, y.wareki, String(y.westernYear)])
    }

    // Staff pages
    func newPasswordLabel(minimum: Int) -> String { t("新しいパスワード（\(minimum)文字以上）", "New password (at least \(minimum) characters)") }
    func initialPasswordLabel(minimum: Int) -> String { t("初期パスワード（\(minimum)文字以上）", "Initial password (at least \(minimum) characters)") }
    func lintIntro(_ n: Int) -> String {
        t("計画書の印字にある食い違い・誤字・取り込みで補った箇所の一覧です（\(n)件）。", "Inconsistencies, typos and places the import filled in, in the printed plan (\(n)).")
    }
    func sourceLine(_ document: String, _ line: Int) -> String { t("\(document) \(line)行目", "\(document) line \(line)") }
    func dueNotice(_ due: CalendarDay, overdue: Bool) -> String {
        t(
            "未提出（期限 \(due.label)）" + (overdue ? "。提出期限を過ぎています。入力を済ませて提出してください" : ""),
            "Not submitted (due \(due.description))" + (overdue ? ". The due date has passed: finish the entries and submit" : ""))
    }
    func entryTitle(_ y: FiscalYear) -> String { t("\(year(y))の実績の入力", "Actuals for \(year(y))") }
    func itemsOf(_ department: String, _ y: FiscalYear) -> String { t("\(department)の項目 — \(year(y))", "Items of \(department) — \(year(y))") }
    func procedureState(_ state: String, comment: String) -> String {
        t(
            "手続きの状態: \(state)" + (comment.isEmpty ? "" : "（計画担当からのコメント: \(comment)）"),
            "Procedure: \(state)" + (comment.isEmpty ? "" : " (the plan office's comment: \(comment))"))
    }
    func missingIntro(_ n: Int) -> String {
        t(
            "提出の前に済ませること（\(n)件）。実績を空欄（未報告）のまま出すときは、備考に理由を書いてください:",
            "To do before submitting (\(n)). To leave an actual empty (not reported), write why in its note:")
    }
    func actualsCaption(_ y: FiscalYear) -> String { t("\(year(y))の実績（空欄は未報告。0ではありません）", "Actuals for \(year(y)) (empty is not reported, not zero)") }
    func itemAndIndicator(_ indicatorLabel: String) -> String { t("項目・\(indicatorLabel)", "Item, \(indicatorLabel)") }
    func valueLabel(_ name: String, unit: String) -> String { t("\(name)の実績値（\(unit)）", "Actual value of \(name) (\(unit))") }
    func noteFor(_ name: String) -> String { t("\(name)の備考", "Note on \(name)") }
    /// `6月30日 9:05` / `30 Jun 09:05`, in Japan's time.
    func shortTime(_ d: Date) -> String { formatted(d, ja: "M月d日 H:mm", en: "d MMM HH:mm") }
    /// `2025-06-30 09:05`, in Japan's time.
    func minute(_ d: Date) -> String { formatted(d, ja: "yyyy-MM-dd HH:mm", en: "yyyy-MM-dd HH:mm") }
    /// `2025-06-30 09:05:12`, in Japan's time.
    func second(_ d: Date) -> String { formatted(d, ja: "yyyy-MM-dd HH:mm:ss", en: "yyyy-MM-dd HH:mm:ss") }
    func selfEvaluationHeading(_ item: String, _ y: FiscalYear) -> String {
        t("自己評価 — \(item)（\(year(y))）", "Self-evaluation — \(item) (\(year(y)))")
    }
    func targetsAndActualsOf(_ y: FiscalYear) -> String { t("\(year(y))の目標値と実績", "Targets and actuals, \(year(y))") }
    func milestoneLegend(_ y: FiscalYear, _ text: String) -> String { t("ロードマップ \(year(y)): \(text)", "Roadmap \(year(y)): \(text)") }
    func officeTitle(_ y: FiscalYear) -> String { t("進行管理（\(year(y))）", "Progress management (\(year(y)))") }
    func officeHeading(_ y: FiscalYear) -> String { t("進行管理 — \(year(y))", "Progress management — \(year(y))") }
    func officeDistribution(grades: [(String, Int)], notReported: Int, median: String) -> String {
        t("評価の分布（公表前を含む。再掲は1回）: ", "Grades (unpublished included; an item listed again counted once): ")
            + list(grades.map { "\($0.0) \($0.1)" } + ["\(self(.notReported)) \(notReported)", t("中央値 \(median)", "median \(median)")])
    }
    func departmentStatusCaption(_ y: FiscalYear) -> String { t("\(year(y))の課ごとの状況", "Departments, \(year(y))") }
    func unassignedItems(_ n: Int) -> String { t("担当の決まっていない項目が\(n)件あります。", "\(n) items have no department.") }
    func sendFailed(_ detail: String) -> String { t("送信できず（\(detail)）", "Not sent (\(detail))") }
    func dueStatus(_ y: FiscalYear, due: CalendarDay, overdue: [String]) -> String {
        t(
            "\(year(y))の提出期限: \(due.label)。" + (overdue.isEmpty ? "期限を過ぎて未提出の課はありません。" : "期限を過ぎて未提出: " + list(overdue)),
            "Due date for \(year(y)): \(due.description). " + (overdue.isEmpty ? "No department is overdue." : "Overdue: " + list(overdue)))
    }
    func noDueDate(_ y: FiscalYear) -> String { t("\(year(y))の提出期限は設定されていません。", "No due date is set for \(year(y)).") }
    func sendReminders(_ n: Int) -> String {
        t("期限を過ぎて未提出の\(n)課に督促メールを送る（1課に1日1回まで）", "Send a reminder to the \(n) overdue departments (at most once a day each)")
    }
    func remindersCaption(_ y: FiscalYear) -> String { t("督促の記録（\(year(y))、新しい順）", "Reminders sent, \(year(y)) (newest first)") }
    func returnReasonFor(_ department: String) -> String { t("\(department)への差し戻しの理由", "Why the actuals of \(department) are returned") }
    func confirmPublishOf(_ department: String) -> String {
        t(" \(department)の実績を公表する（住民のページに載る）", " Publish the actuals of \(department) (they appear on the public pages)")
    }
    func confirmWithdrawOf(_ department: String) -> String {
        t(" \(department)の公表を取り消し、入力に戻す（住民のページから消える）", " Withdraw what \(department) published and reopen it (it leaves the public pages)")
    }
    func publishConfirm(_ departments: [String]) -> String {
        t(
            " 承認済みの\(departments.count)課（\(list(departments))）の実績を公表することを確かめました",
            " I confirm publishing the actuals of the \(departments.count) approved departments (\(list(departments)))")
    }
    func publishYearButton(_ y: FiscalYear) -> String {
        t("\(year(y))の承認済みの実績をまとめて公表する", "Publish every approved department's actuals for \(year(y))")
    }
    func notReportedTitle(_ y: FiscalYear) -> String { t("未報告の一覧（\(year(y))）", "Not reported (\(year(y)))") }
    func notReportedHeading(_ y: FiscalYear) -> String { t("未報告の一覧 — \(year(y))", "Not reported — \(year(y))") }
    func notReportedIntro(_ indicatorLabel: String, _ n: Int) -> String {
        t(
            "目標値があるのに実績がない\(indicatorLabel)（見直し後の目標値で判定。ダッシュボードと同じ評価）: \(n)件",
            "\(indicatorLabel) with a target and no actual (judged on the revised targets, as the dashboard is): \(n)")
    }
    func auditCaption(_ planTitle: String, _ n: Int) -> String { t("\(planTitle)の変更（\(n)件、新しい順）", "Changes to \(planTitle) (\(n), newest first)") }
    func unchangedFields(_ n: Int) -> String { t("ほか\(n)項目は変わらず", "\(n) other fields unchanged") }
    func newNameFor(_ name: String) -> String { t("\(name)の新しい名前", "New name of \(name)") }
    func selectItem(_ code: String, _ title: String) -> String { t("\(code) \(title)を選ぶ", "Select \(code) \(title)") }
    func emailOf(_ name: String) -> String { t("\(name)のメールアドレス", "E-mail address of \(name)") }
    func newPasswordFor(_ name: String) -> String { t("\(name)の新しいパスワード", "New password for \(name)") }
    func reviewTitle(_ department: String) -> String { t("\(department)の実績の確認", "Review of \(department)") }
    func reviewHeading(_ department: String, _ y: FiscalYear) -> String {
        t("\(department)の実績の確認 — \(year(y))", "Review of \(department) — \(year(y))")
    }
    func stateIs(_ state: String) -> String { t("状態: \(state)", "Status: \(state)") }

    // Staff actions' answers
    func severityParameter(_ raw: String) -> String {
        t("severity は error・warning・info のどれかです（「\(raw)」）", "severity is one of error, warning, info (not “\(raw)”)")
    }
    func noSuchKind(_ id: String) -> String { t("記録の種類「\(id)」はこの計画にありません", "No record kind “\(id)” in this plan") }
    var noSuchRecord: String { t("削除する記録を指定してください", "Name the record to remove") }
    func unknownAction(_ a: String) -> String { t("操作「\(a)」はありません", "No action “\(a)”") }
    func recordsChanged(added: Int, figures: Int) -> String {
        t("記録を\(added)件追加しました（計算した実績の変更 \(figures)件）", "Added \(added) records (\(figures) computed actuals changed)")
    }
    func recordsChanged(removed: Int, figures: Int) -> String {
        t("記録を\(removed)件削除しました（計算した実績の変更 \(figures)件）", "Removed \(removed) records (\(figures) computed actuals changed)")
    }
    func definitionsSaved(figures: Int) -> String {
        t("記録の種類と計算のきまりを保存しました（計算した実績の変更 \(figures)件）", "Saved the kinds and rules (\(figures) computed actuals changed)")
    }
    func hiddenRecords(_ n: Int) -> String {
        t("ほかの課の記録 \(n) 件も数えています（あなたの課には見えません）", "Also counts \(n) records of other departments (not shown to you)")
    }
    func ruleFrom(_ y: FiscalYear) -> String { t("\(year(y))から", "from \(year(y))") }
    func specifyYear(example: String) -> String { t("年度を指定してください（?year=\(example)）", "Give the fiscal year (?year=\(example))") }
    func savedCount(_ n: Int) -> String { t("保存しました（\(n)件）", "Saved (\(n))") }
    func imported(values: Int, notReported: Int) -> String {
        t("取り込みました: 実績 \(values) 件、空欄（未報告）\(notReported) 件", "Imported: \(values) actuals, \(notReported) left empty (not reported)")
    }
    func notYourItem(_ heading: String) -> String { t("「\(heading)」はあなたの課の担当ではありません", "“\(heading)” is not assigned to your department") }
    func directionNotAccepted(_ text: String, accepted: [String]) -> String {
        t("今後の方向性「\(text)」は選べません（\(list(accepted))）", "“\(text)” is not one of the next steps (\(list(accepted)))")
    }
    func unreadableDate(_ text: String) -> String { t("日付「\(text)」が読めません（例: 2025-04-01）", "Cannot read the date “\(text)” (for example 2025-04-01)") }
    func dueDateFormat(_ text: String) -> String { t("提出期限は 2025-06-30 の形で書いてください（「\(text)」）", "Write the due date as 2025-06-30 (not “\(text)”)") }
    func noSuchAction(_ raw: String) -> String { t("手続き「\(raw)」はありません", "There is no procedure “\(raw)”") }
    func workflowDone(_ department: String, _ y: FiscalYear, state: String) -> String {
        t("\(department)の\(year(y))の実績: \(state)", "\(department), \(year(y)): \(state)")
    }
    func publishedList(_ names: [String]) -> String { t("公表しました: ", "Published: ") + list(names) }
    func locked(_ y: FiscalYear, _ lock: Bool) -> String {
        lock ? t("\(year(y))をロックしました", "\(year(y)) is locked") : t("\(year(y))のロックを解除しました", "\(year(y)) is unlocked")
    }
    func dueSet(_ y: FiscalYear, _ day: CalendarDay?) -> String {
        guard let day else { return t("\(year(y))の提出期限を取り消しました", "The due date for \(year(y)) was removed") }
        return t("\(year(y))の提出期限を\(day.label)にしました", "The due date for \(year(y)) is now \(day.description)")
    }
    func reminderSent(_ department: String, to recipients: [String]) -> String {
        t(
            "\(department)に督促メールを送りました（\(recipients.joined(separator: ", "))）",
            "A reminder was sent to \(department) (\(recipients.joined(separator: ", ")))")
    }
    func reminderNoRecipient(_ department: String) -> String {
        t("\(department): 有効な利用者にメールアドレスがないため送れませんでした", "\(department): not sent, no active user has an e-mail address")
    }
    func reminderFailed(_ department: String, _ detail: String) -> String {
        t("\(department): 送れませんでした（\(detail)）", "\(department): not sent (\(detail))")
    }
    func alreadyReminded(_ names: [String]) -> String { t("本日すでに督促済み: ", "Already reminded today: ") + list(names) }
    func schemeUnreadable(_ raw: String) -> String {
        t(
            "評価の方法「\(raw)」が読めません（例: 比率:A:100,B:80,C:50,D:0、按分:A:100,B:80,C:50,D:0、基準値:S,A,B,C,−:10）",
            "Cannot read the grading “\(raw)” (for example 比率:A:100,B:80,C:50,D:0, 按分:A:100,B:80,C:50,D:0, 基準値:S,A,B,C,−:10)")
    }
    func schemeChanged(_ description: String) -> String { t("評価の方法を変更しました: \(description)", "Grading changed: \(description)") }
    func departmentRenamed(_ from: String, _ to: String) -> String { t("課の名前を変更しました: \(from) → \(to)", "Department renamed: \(from) → \(to)") }
    func departmentDeleted(_ name: String) -> String { t("課を削除しました: \(name)", "Department deleted: \(name)") }
    func departmentAdded(_ name: String) -> String { t("課を追加しました: \(name)", "Department added: \(name)") }
    func tokenIssued(_ name: String, _ department: String) -> String {
        t("\(department)のトークン「\(name)」を発行しました", "Token \u{201C}\(name)\u{201D} issued for \(department)")
    }
    func tokenRevoked(_ name: String) -> String { t("トークン「\(name)」を失効させました", "Token \u{201C}\(name)\u{201D} revoked") }
    func assigned(_ n: Int, to department: String, removed: Bool) -> String {
        removed
            ? t("\(n)件の項目を\(department)の担当から外しました", "\(n) items are no longer assigned to \(department)")
            : t("\(n)件の項目を\(department)の担当にしました", "\(n) items are now assigned to \(department)")
    }
    func userActivated(_ name: String, _ active: Bool) -> String {
        active ? t("\(name)を有効にしました", "\(name) is active") : t("\(name)を無効にしました", "\(name) is inactive")
    }
    func passwordReset(_ name: String) -> String {
        t(
            "\(name)のパスワードを再設定しました（仮のパスワードです。次のログインで本人が変更します）",
            "The password of \(name) was reset (a temporary one: its owner changes it at the next sign-in)")
    }
    func temporaryPassword(_ name: String, _ password: String) -> String {
        t(
            "\(name)の仮パスワード: \(password)（この表示は一度だけです。本人に安全な方法で伝えてください。次のログインで本人が変更します）",
            "Temporary password for \(name): \(password) (shown only this once; give it to its owner safely; they change it at the next sign-in)")
    }
    func userEmail(_ name: String, removed: Bool) -> String {
        removed
            ? t("\(name)のメールアドレスを取り消しました", "The e-mail address of \(name) was removed")
            : t("\(name)のメールアドレスを設定しました", "The e-mail address of \(name) was set")
    }
    func noSuchRole(_ text: String) -> String { t("役割「\(text)」はありません", "There is no role “\(text)”") }
    func userAdded(_ name: String) -> String { t("利用者を追加しました: \(name)", "User added: \(name)") }

    // Writing the static site and the PDF (the command line)
    func notALink(_ path: String) -> String {
        t(
            "書き出し先 \(path) が、前回の publish が作ったリンクではないフォルダです。空の場所を指定するか、そのフォルダを移してください",
            "\(path) is a folder, not the link an earlier publish made. Give an empty place or move that folder away")
    }
    func unknownPlans(_ ids: [String]) -> String { t("計画「\(list(ids))」は登録されていません", "No plan “\(list(ids))” is registered") }
    func cannotWrite(_ path: String, _ reason: String) -> String {
        t(
            "\(path) に書けません（\(reason)）。書き出し先の空き容量と書き込みの権限を確かめてください（前のサイトはそのままです）",
            "Cannot write \(path) (\(reason)). Check the free space and the permissions there (the previous site is unchanged)")
    }
    func plansPreloaded(_ count: Int, of total: Int, seconds: Double) -> String {
        let time = Charts.tenths(seconds)
        return t(
            "計画 \(count) 件をメモリに読み込みました（登録 \(total) 件、\(time) 秒）", "\(count) plans read into memory (\(total) registered, \(time) s)")
    }
    func preloadFailed(_ error: String) -> String {
        t("計画をメモリに読み込めませんでした（要求のたびに読み込みます）: \(error)", "Could not read the plans into memory (each is read on its first request): \(error)")
    }
    func planWritten(_ id: String, _ done: Int, of total: Int) -> String {
        t("計画「\(id)」を書き出しました（\(done)/\(total)）", "Plan “\(id)” written (\(done)/\(total))")
    }
    var noChromium: String {
        t(
            "PDF を作るには Chromium が要ります（apt-get install chromium、または環境変数 CHROMIUM にその実行ファイルを指定してください）。HTML（--format html）は Chromium なしで作れます。",
            "A PDF needs Chromium (apt-get install chromium, or name its executable in the environment variable CHROMIUM). HTML (--format html) needs no Chromium."
        )
    }
    func chromiumFailed(_ status: Int32, _ output: String) -> String {
        t("Chromium が PDF を作れませんでした（終了ステータス \(status)）: \(output)", "Chromium could not make the PDF (exit status \(status)): \(output)")
    }

    private func formatted(_ d: Date, ja: String, en: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: lang == .en ? "en_GB" : "ja_JP")
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        f.dateFormat = lang == .en ? en : ja
        return f.string(from: d)
    }
}
