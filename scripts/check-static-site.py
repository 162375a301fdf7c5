#!/usr/bin/env python3
"""Checks a site written by `actionplan publish`: every link and asset a page names exists
under the base path, no page holds a form or a link to a staff page, the search or the API,
and the sitemap lists only pages that exist.

  scripts/check-static-site.py SITE-FOLDER BASE-PATH
"""
import os, re, sys, urllib.parse

root, base = sys.argv[1], sys.argv[2]
if not base.endswith("/"): base += "/"
href = re.compile(r'(?:href|src)="([^"#]*)')
staff = ("my", "office", "lint", "login", "logout", "account", "search", "api")
pages = problems = links = 0
def exists(path):
    rel = urllib.parse.unquote(path[len(base):].split("?")[0])
    full = os.path.join(root, rel)
    return os.path.isfile(os.path.join(full, "index.html")) if (rel == "" or rel.endswith("/")) else os.path.isfile(full)
for folder, _, files in os.walk(root, followlinks=True):
    for name in files:
        if not name.endswith(".html"): continue
        pages += 1
        path = os.path.join(folder, name)
        html = open(path, encoding="utf-8").read()
        if "<form" in html:
            print(f"NG フォームがある: {path}"); problems += 1
        for link in href.findall(html):
            if link.startswith(("http://", "https://", "mailto:", "data:")) or link == "": continue
            links += 1
            if not link.startswith(base):
                print(f"NG 基準のパスの外へのリンク {link}: {path}"); problems += 1; continue
            first = link[len(base):].split("/")[0]
            if first in staff or (first == "en" and link[len(base) + 3:].split("/")[0] in staff):
                print(f"NG 職員・検索・API へのリンク {link}: {path}"); problems += 1
            elif not exists(link):
                print(f"NG リンク先がない {link}: {path}"); problems += 1
def local(loc): return urllib.parse.urlparse(loc).path if loc.startswith("http") else loc
# sitemap.xml is an index of sitemaps (the site's pages, then one per plan folder).
index = open(os.path.join(root, "sitemap.xml"), encoding="utf-8").read()
maps = re.findall(r"<sitemap><loc>([^<]*)</loc>", index) if "<sitemapindex" in index else []
locs = [] if maps else re.findall(r"<loc>([^<]*)</loc>", index)
for m in maps:
    path = local(m)
    if not exists(path): print(f"NG サイトマップの索引のサイトマップがない {m}"); problems += 1; continue
    part = open(os.path.join(root, urllib.parse.unquote(path[len(base):])), encoding="utf-8").read()
    found = re.findall(r"<loc>([^<]*)</loc>", part)
    folder = path.rsplit("/", 1)[0] + "/"
    for loc in found:
        if not local(loc).startswith(folder): print(f"NG サイトマップ {m} の置き場所の外のページ {loc}"); problems += 1
    locs += found
for loc in locs:
    if not exists(local(loc)): print(f"NG サイトマップのページがない {loc}"); problems += 1
print(f"ページ {pages}・リンク {links}・サイトマップ {len(locs)} 件、問題 {problems} 件")
sys.exit(1 if problems else 0)
