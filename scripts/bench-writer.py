#!/usr/bin/env python3
"""The writer of the national benchmark: clerks of several plans save actuals over HTTP.

  bench-writer.py BASE writers.tsv all RATE

Logs in as each writer plan's clerk (`clerk-mNNNN`, password `clerk-password-mNNNN`, made by
scripts/bench-national.sh), then saves one new actual (an indicator and year not written before)
of a random writer plan RATE times a second through the form (`POST /plans/ID/my/actuals`), as
a clerk's browser does. Stops on SIGINT and prints one line: saves, refusals, median and p99.
"""
import http.cookiejar
import random
import re
import signal
import sys
import time
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def token(html):
    m = re.search(r'name="_csrf" value="([^"]*)"', html)
    return m.group(1) if m else ""


def post(o, url, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with o.open(url, data=data, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def main():
    base, table, _, rate = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    clerks = []
    for line in open(table, encoding="utf-8"):
        pid, _, indicators, years = line.rstrip("\n").split("\t")
        o = opener()
        login = o.open(f"{base}/login", timeout=30).read().decode()
        status = post(o, f"{base}/login", {"_csrf": token(login), "name": f"clerk-{pid}", "password": f"clerk-password-{pid}", "next": "/"})
        if status != 303:
            print(f"clerk-{pid} がログインできません（HTTP {status}）", file=sys.stderr)
            sys.exit(1)
        # The years the plan collects actuals for, as its entry page offers them.
        page = o.open(f"{base}/plans/{pid}/my", timeout=30).read().decode()
        offered = re.findall(r'<option value="([^"]+)"', page)
        todo = [(i, y) for i in indicators.split(",") for y in years.split(",") if y in offered]
        random.shuffle(todo)
        clerks.append((pid, o, token(page), todo))
    stop = False

    def interrupted(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    saved, refused, times = 0, 0, []
    interval = 1.0 / rate
    next_at = time.monotonic()
    while not stop:
        pid, o, csrf, todo = random.choice(clerks)
        if not todo:
            continue
        indicator, year = todo.pop()
        t0 = time.monotonic()
        status = post(o, f"{base}/plans/{pid}/my/actuals",
                      {"_csrf": csrf, "year": year, f"value[{indicator}]": str(random.randint(1, 999)), f"version[{indicator}]": "0"})
        times.append(time.monotonic() - t0)
        if status == 303:
            saved += 1
        else:
            refused += 1
        next_at += interval
        time.sleep(max(0.0, next_at - time.monotonic()))
    times.sort()
    pick = lambda q: f"{times[min(len(times) - 1, int(q * len(times)))] * 1000:.0f} ms" if times else "-"
    print(f"保存 {saved} 件・断られた {refused} 件（中央値 {pick(0.5)}、p99 {pick(0.99)}）")


if __name__ == "__main__":
    main()
