#!/usr/bin/env python3
"""Writes the example plans in data/examples/ as plan offices keep them.

The files are committed; this script only records how they were made (openpyxl for the
workbook, Python's cp932 codec for the Shift_JIS file). The plans are fictional.

  pip install openpyxl && python3 scripts/make-example-plans.py
"""
import csv
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = os.path.join(os.path.dirname(__file__), "..", "data", "examples")


def sakura_xlsx():
    """A three-level outcome table: merged level cells, 現状値 → 中間目標 → 目標, a title row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    ws["A1"] = "さくら市総合計画　後期基本計画　成果指標一覧"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "計画期間：令和4年度～令和12年度"
    headers = ["基本目標", "施策", "成果指標", "単位", "現状値（令和3年度）", "中間目標値（令和8年度）", "目標値（令和12年度）", "方向", "担当課"]
    for c, h in enumerate(headers, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    rows = [
        # 基本目標, 施策, 指標, 単位, 現状, 中間, 目標, 方向, 担当課
        ("基本目標1　安心して子どもを産み育てられるまち", "1-1　子育て支援の充実", "保育所待機児童数", "人", 24, 10, 0, "↓", "こども家庭課"),
        (None, None, "子育てしやすいと感じる市民の割合", "%", 0.625, 0.70, 0.75, "↑", "こども家庭課"),
        (None, "1-2　学校教育の充実", "授業が分かると答えた児童の割合", "%", 0.812, "－", 0.9, "↑", "学校教育課"),
        ("基本目標2　健康で生きがいを持って暮らせるまち", "2-1　健康づくりの推進", "特定健康診査の受診率", "%", 0.384, 0.5, 0.6, "↑", "健康推進課"),
        (None, None, "健康づくり教室の参加者数（累計）", "人", 1254, 3000, "5,000", "↑", "健康推進課"),
        (None, "2-2　地域福祉の推進", "交通事故件数", "件", 312, 280, 250, "↓", "市民安全課"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if isinstance(v, float):
                cell.number_format = "0.0%"
            if c in (1, 2):
                cell.alignment = Alignment(vertical="center", wrap_text=True)
        r += 1
    # Level cells merged vertically, as the office's sheet has them.
    ws.merge_cells("A5:A7")
    ws.merge_cells("B5:B6")
    ws.merge_cells("A8:A10")
    ws.merge_cells("B8:B9")
    ws["A12"] = "※現状値は令和3年度の実績。割合は市民意識調査による。"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 36
    wb.save(os.path.join(OUT, "sakura-outcomes.xlsx"))


def kaede_cp932():
    """A CP932 CSV with a two-row header (目標値 over the year columns) crossing 平成 → 令和."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["かえで町行政改革推進計画（平成30年度～令和4年度）　取組の目標", "", "", "", "", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["改革の柱", "取組項目", "取組内容", "活動指標", "単位", "目標値", "", "", "", "", "所管課"])
    w.writerow(["", "", "", "", "", "平成30年度", "平成31年度（令和元年度）", "令和2年度", "令和3年度", "令和4年度", ""])
    w.writerow(["柱1 行政運営の効率化", "(1) 事務の電子化", "① 電子申請の拡大", "電子申請できる手続の数（累計）", "件", "１２", "２０", "３５", "５０", "６０", "情報政策課"])
    w.writerow(["", "", "② ペーパーレス会議の推進", "ペーパーレス会議の開催回数", "回", "10", "24", "36", "48", "48", "総務課"])
    w.writerow(["", "(2) 窓口サービスの向上", "① 窓口の待ち時間の短縮", "窓口の平均待ち時間", "分", "20", "18", "15", "12", "10", "市民課"])
    w.writerow(["柱2 財政の健全化", "(1) 歳入の確保", "① 町税の収納率の向上", "町税の収納率", "%", "96.5", "97.0", "97.5", "98.0", "98.5", "税務課"])
    w.writerow(["", "", "② ふるさと納税の推進", "ふるさと納税の寄附件数", "件", "1,200", "2,410", "―", "3,000", "3,500", "企画課"])
    data = buf.getvalue().encode("cp932")
    with open(os.path.join(OUT, "kaede-reform-cp932.csv"), "wb") as f:
        f.write(data)


def momiji_five_levels():
    """A five-level plan (UTF-8 with BOM): 政策 → 施策 → 基本事業 → 事務事業 → 取組, yearly targets and a total."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["政策", "施策", "基本事業", "事務事業", "取組", "KPI", "区分", "単位", "R5", "R6", "R7", "R8", "R9", "合計", "所管課"])
    rows = [
        ["1 活力ある産業のまち", "1-1 商業の振興", "(1) 商店街の活性化", "① 商店街イベント支援事業", "ア イベント補助", "補助したイベントの数", "活動", "件", "10", "12", "12", "14", "14", "62", "商工観光課"],
        ["", "", "", "", "イ 空き店舗の活用", "空き店舗に出店した店舗数", "成果", "店", "3", "3", "4", "4", "5", "19", "商工観光課"],
        ["", "", "", "② 創業支援事業", "ア 創業相談", "創業相談件数", "活動", "件", "120", "130", "140", "150", "160", "700", "商工観光課"],
        ["", "", "(2) 地域産業の育成", "① 地場産品ブランド化事業", "ア 認定制度の運用", "認定した地場産品の数（累計）", "成果", "品", "20", "25", "30", "35", "40", "40", "農林課"],
        ["2 安全で快適なまち", "2-1 防災力の強化", "(1) 地域防災の推進", "① 自主防災組織支援事業", "ア 防災訓練の支援", "防災訓練の参加者数", "活動", "人", "2,000", "2,200", "2,400", "2,600", "2,800", "12,000", "危機管理課"],
        ["", "", "", "", "イ 備蓄の充実", "備蓄食料の充足率", "成果", "%", "80", "85", "90", "95", "100", "", "危機管理課"],
    ]
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, "momiji-five-levels.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    sakura_xlsx()
    kaede_cp932()
    momiji_five_levels()
    print("written:", sorted(os.listdir(OUT)))
