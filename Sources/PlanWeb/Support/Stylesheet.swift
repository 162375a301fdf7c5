/// The site's one style sheet, served at `/styles.css`: readable type, visible focus, contrast
/// of at least 4.5:1, tables that scroll on small screens, and an A4 print layout.
enum Stylesheet {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #b8b8b8; --accent: #0b5394; --accent-dark: #073763; --bg: #ffffff; --soft: #f3f6fa; --warn: #8a4b00; --err: #a10000; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; color: var(--ink); background: var(--bg); font-family: "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "IPAexGothic", "IPAGothic", "Meiryo", sans-serif; line-height: 1.7; }
        a { color: var(--accent); text-decoration: underline; }
        a:hover { color: var(--accent-dark); }
        :focus-visible { outline: 3px solid #e8a100; outline-offset: 2px; }
        .skip-link { position: absolute; left: -9999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 1rem; }
        .site-header { background: var(--accent-dark); color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
        .site-header a { color: #fff; }
        .site-name { margin: 0; font-weight: bold; }
        .site-header ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
        .breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 1.5rem 0; padding: 0; font-size: .9rem; }
        .breadcrumbs li + li::before { content: "›"; margin-right: .5rem; color: var(--muted); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.6rem; line-height: 1.4; margin: 1rem 0; }
        h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        .code { color: var(--accent-dark); }
        .lead, .context { color: var(--muted); }
        .source { color: var(--muted); font-size: .85rem; }
        .tag { display: inline-block; font-size: .8rem; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35rem; margin-right: .25rem; }
        .tag.relisted { color: #5b3a8e; } .tag.priority { color: #8a4b00; } .tag.implementation { color: #1d6b2f; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .95rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
        thead th { background: var(--soft); }
        table.indicators thead th { white-space: nowrap; }
        /* On a phone the table scrolls sideways; the names keep a readable width instead of a word per line. */
        table.indicators tbody th, table.entry tbody th { min-width: 10em; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .western { font-weight: normal; font-size: .85rem; }
        .none { color: var(--muted); }
        .table-scroll { overflow-x: auto; }
        .filters fieldset { border: 1px solid var(--line); padding: .5rem 1rem; }
        .filters label { margin-right: 1rem; white-space: nowrap; }
        .filters ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
        button { font: inherit; padding: .3rem 1rem; border: 1px solid var(--accent-dark); background: var(--accent); color: #fff; border-radius: 3px; cursor: pointer; }
        input[type=search] { font: inherit; padding: .3rem .5rem; width: min(30rem, 100%); border: 1px solid var(--muted); }
        .search label { display: block; font-weight: bold; }
        .placement { margin: .25rem 0 .75rem; }
        .placement p { margin: 0; }
        ul.measures { padding-left: 1.25rem; }
        dl.facts, dl.roadmap { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl dt { font-weight: bold; }
        dl dd { margin: 0; }
        figure.chart { margin: 1rem 0; }
        svg.chart { width: 100%; max-width: 40rem; height: auto; }
        svg.chart .grid { stroke: #d0d0d0; stroke-width: 1; }
        svg.chart .axis-line { stroke: #1a1a1a; }
        svg.chart .axis { font-size: 12px; fill: #1a1a1a; }
        svg.chart .axis.small { font-size: 11px; fill: #4a4a4a; }
        svg.chart .value { font-size: 12px; fill: #1a1a1a; }
        svg.chart .none { font-size: 12px; fill: #4a4a4a; }
        svg.chart rect.target, svg.chart .target-line { fill: #0072b2; } svg.chart .target-line { fill: none; stroke: #0072b2; stroke-width: 2.5; stroke-dasharray: 6 3; }
        svg.chart rect.actual { fill: #d55e00; } svg.chart .actual-line { fill: none; stroke: #d55e00; stroke-width: 3; }
        svg.chart circle.target { fill: #0072b2; } svg.chart circle.actual { fill: #d55e00; } svg.chart circle.baseline, svg.chart rect.baseline { fill: #555; }
        svg.chart rect.graded-0 { fill: #0072b2; } svg.chart rect.graded-1 { fill: #56b4e9; } svg.chart rect.graded-2 { fill: #f0e442; }
        svg.chart rect.graded-3 { fill: #e69f00; } svg.chart rect.graded-4 { fill: #d55e00; } svg.chart rect.graded-5 { fill: #cc79a7; }
        svg.chart rect.not-reported { fill: #bbbbbb; }
        svg.chart.logic { max-width: 62rem; }
        svg.chart.logic .column-heading { font-size: 15px; font-weight: bold; fill: #1a1a1a; }
        svg.chart.logic rect.box { fill: #f4f7fb; stroke: #5a6b80; stroke-width: 1; }
        svg.chart.logic rect.box.linked { fill: #e8f1fb; stroke: #0b5cad; stroke-width: 1.5; }
        svg.chart.logic a:focus rect.box, svg.chart.logic a:hover rect.box { stroke-width: 3; }
        svg.chart.logic .box-heading { font-size: 12px; font-weight: bold; fill: #1a1a1a; }
        svg.chart.logic .box-text { font-size: 12px; fill: #1a1a1a; }
        svg.chart.logic .flow { stroke: #0072b2; stroke-width: 3; fill: none; }
        svg.chart.logic .arrow-head { fill: #0072b2; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; font-size: .9rem; }
        .legend .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: middle; border: 1px solid #333; }
        .swatch.target { background: #0072b2; } .swatch.actual { background: #d55e00; } .swatch.baseline { background: #555; } .swatch.not-reported { background: #bbb; }
        .role { font-weight: normal; font-size: .8rem; color: var(--muted); }
        mark { background: #fff2a8; color: inherit; padding: 0 .1em; }
        .hit-kind { display: inline-block; font-size: .8rem; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; margin-right: .4rem; color: var(--muted); }
        .readonly, .due { border-left: 4px solid var(--warn); padding-left: .75rem; }
        ul.diff { list-style: none; margin: 0; padding: 0; }
        ul.diff .field { font-weight: bold; }
        ul.diff .before { text-decoration: line-through; }
        .tag.flag { color: #8a4b00; }
        .severity.error { color: var(--err); font-weight: bold; } .severity.warning { color: var(--warn); font-weight: bold; }
        .field { display: inline-block; min-width: 5rem; color: var(--muted); font-size: .85rem; }
        form.inline { display: inline-block; margin: 0 .25rem .25rem 0; }
        form.stacked label { display: block; margin-top: .6rem; font-weight: bold; }
        form.stacked input[type=text], form.stacked input[type=password], form.stacked select, form.stacked textarea { display: block; width: min(30rem, 100%); font: inherit; padding: .3rem .5rem; }
        form.stacked button { margin-top: .8rem; }
        fieldset { border: 1px solid var(--line); margin: .75rem 0; padding: .5rem 1rem; }
        button.link { background: none; border: none; color: #fff; text-decoration: underline; padding: 0; }
        .errors { border: 2px solid var(--err); background: #fff5f5; padding: .5rem 1rem; margin: 1rem 0; }
        .errors h2 { border: none; font-size: 1.1rem; margin: .25rem 0; color: var(--err); }
        .notice { border: 2px solid #1d6b2f; background: #f3fbf4; padding: .25rem 1rem; margin: 1rem 0; }
        table.entry input[type=text] { width: 100%; min-width: 6rem; font: inherit; padding: .2rem .4rem; }
        .rule { color: var(--muted); font-size: .85rem; }
        .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: 1rem 1.5rem; }
        .report .cover { text-align: center; padding: 4rem 0; }
        .report .cover h1 { font-size: 2rem; }
        .report .cover-year { font-size: 1.4rem; }
        .tag.warning { color: var(--err); }
        .policy-charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        .policy-chart { flex: 1 1 14rem; }
        .policy-chart svg { max-width: 18rem; }
        ul.toc, ul.toc ul { list-style: none; padding-left: 1.25rem; }
        ul.toc li > .toc-page { float: right; margin-left: 1em; font-variant-numeric: tabular-nums; }
        ul.toc li { clear: both; }
        .method { color: var(--muted); font-size: .85rem; }
        @media print {
          .report .cover { break-after: page; page-break-after: always; min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
          .report nav.contents { break-after: page; page-break-after: always; }
          .report section.summary, .report section.behind, .report section.appendix { break-before: page; page-break-before: always; }
          .report section.goal { break-before: page; page-break-before: always; }
          .report #sections > h2 { break-before: page; page-break-before: always; }
          .report #sections > h2 + section.goal { break-before: avoid; page-break-before: avoid; }
          .report .site-header, .report .site-footer { display: none; }
          .report section.distribution, figure.chart { break-inside: avoid; page-break-inside: avoid; }
          /* Page numbers at the foot of every printed page (Chromium draws @page margin boxes since 131). */
          @page { size: A4; margin: 15mm 12mm 16mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #333; } }
          /* An internal draft says so on every printed page: a fixed element repeats on each page. */
          .report.draft .draft-mark { position: fixed; top: 0; right: 0; margin: 0; padding: 1mm 2mm; font-size: 8pt; border: 1px solid #000; background: #fff; }
          body { font-size: 10pt; line-height: 1.5; }
          .site-header nav, .skip-link, .breadcrumbs, .filters, form.search, .site-footer { display: none; }
          .site-header { background: none; color: #000; padding: 0; }
          .site-header a, a { color: #000; text-decoration: none; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          section.direction, .placement, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          .table-scroll { overflow: visible; }
          table { font-size: 8.5pt; }
        }
        """
}
