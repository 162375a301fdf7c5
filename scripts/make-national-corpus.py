#!/usr/bin/env python3
"""Writes a synthetic national corpus: one plan table (CSV) per municipality, of varied shapes.

  python3 scripts/make-national-corpus.py OUT [PLANS]     # default 1,741 plans

The same arguments give the same bytes (fixed seed). Plans differ the way real ones do: 2 to 5
levels named from the words Japanese plans use, a plan period starting between R3 and R7 and
lasting 4 to 8 years, a target for every year or only for some, a baseline for about half the
indicators, lower-is-better indicators, 30 to 250 indicators. Beside the CSVs it writes
`urls.txt` (every public goal, project and indicator page, one per line, under /plans/ID/) and
`writers.tsv` (for each plan: an item, its indicators and the first reporting year, for the
benchmark's writer). The municipalities are fictional (m0001 … 試験市0001).
"""
import csv
import os
import random
import sys

LEVEL_WORDS = [
    ["基本目標", "政策", "分野"],
    ["施策", "基本施策", "政策"],
    ["基本事業", "取組", "施策の方向"],
    ["事務事業", "主な取組", "事業"],
    ["取組", "細事業", "活動"],
]
ERA = [("令和", "R", 2019), ("平成", "H", 1989)]
UNITS = [("件", False), ("人", False), ("%", False), ("回", False), ("事業者", False), ("件", True), ("人", True)]
TOPICS = ["創業支援", "商店街", "観光", "子育て", "健康づくり", "防災", "環境", "文化", "交通安全", "地域福祉", "教育", "雇用"]


def wareki(year):
    name, _, start = ERA[0]
    n = year - start + 1
    return f"{name}{'元' if n == 1 else n}年度"


def plan(rng, number):
    depth = rng.randint(2, 5)
    levels = [rng.choice(LEVEL_WORDS[i]) for i in range(depth)]
    # Distinct names, as a plan's levels have.
    for i in range(depth):
        while levels[i] in levels[:i]:
            levels[i] = levels[i] + "（細目）"
    first = rng.randint(2021, 2025)
    years = list(range(first, first + rng.randint(4, 8)))
    every = rng.random() < 0.6
    target_years = years if every else [years[0], years[len(years) // 2], years[-1]]
    target_years = sorted(set(target_years))
    want = rng.randint(30, 250)
    fan = max(2, round(want ** (1 / depth)))
    headers = levels + ["指標名", "単位", f"現状値（{wareki(first - 1)}）"] + [f"目標値（{wareki(y)}）" for y in target_years] + ["方向", "担当課"]
    rows, pages, indicators = [], [], []

    def walk(prefix, d):
        nonlocal rows
        for k in range(1, fan + 1):
            if len(indicators) >= want:
                return
            code = f"{prefix}-{k}" if prefix else f"{k}"
            title = f"{rng.choice(TOPICS)}の推進{code}"
            node = (d, code, title)
            if d == depth - 1:
                for j in range(rng.randint(1, 2)):
                    unit, lower = rng.choice(UNITS)
                    base = rng.randint(10, 5000)
                    step = max(1, base // 20)
                    sign = -1 if lower else 1
                    targets = [str(base + sign * step * (t - first + 1)) for t in target_years]
                    if rng.random() < 0.1:
                        targets[rng.randrange(len(targets))] = "－"
                    baseline = str(base) if rng.random() < 0.5 else ""
                    cells = ["" for _ in range(depth)]
                    for lvl, c, t in stack + [node]:
                        cells[lvl] = f"{c}　{t}"
                    name = f"{title}の{'件数' if unit == '件' else '参加者数' if unit == '人' else '割合' if unit == '%' else '実施回数'}{j + 1}"
                    rows.append(cells + [name, unit, baseline] + targets + ["↓" if lower else "↑", f"{rng.choice(TOPICS)}課"])
                    indicators.append(code)
            else:
                stack.append(node)
                walk(code, d + 1)
                stack.pop()

    stack = []
    walk("", 0)
    return headers, rows, levels, years


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1741
    os.makedirs(os.path.join(out, "plans"), exist_ok=True)
    rng = random.Random(20261201)
    with open(os.path.join(out, "plans.tsv"), "w", encoding="utf-8") as index:
        for n in range(1, count + 1):
            headers, rows, levels, years = plan(rng, n)
            pid = f"m{n:04d}"
            path = os.path.join(out, "plans", f"{pid}.csv")
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f, lineterminator="\r\n")
                w.writerow([f"試験市{n:04d} 総合計画 成果指標一覧"])
                w.writerow(headers)
                w.writerows(rows)
            index.write(f"{pid}\t{path}\t{len(rows)}\t{years[0]}\n")


if __name__ == "__main__":
    main()
