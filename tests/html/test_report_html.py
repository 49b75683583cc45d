#!/usr/bin/env python3
"""The HTML report in a real browser (Debian's chromium, headless).

For reports of the bundled plans: cchc writes the page; chromium loads it from
a file and the test asserts, on what the browser made of it,
  - that the page asked for nothing but itself (every request the browser
    saw, through the DevTools protocol's Network domain), and that the
    detector sees a request when one is planted (so the check can fail);
  - that the sections, their tables and the SVG charts are in the DOM and
    laid out (non-zero boxes), with the numbers of the other commands;
  - that it prints on A4 in the official form: the heading opens page 1,
    the body flows (no forced break per section) on one to three pages, the
    signature block comes before the appendix, which starts a new page; table
    headers repeated and rows kept whole (computed print styles, and the
    page size and page count of the PDFs the browser prints, with and
    without the appendix);
  - that a reminder list split by agency prints one page per agency;
  - and it renders the page to PNG (the screenshot is checked as a PNG).

Usage: test_report_html.py --binary build/cchc [--png-out docs/report.png]
--png-out writes the first page of the demo report there: a manual step
for the picture in docs/, never run by CI.
"""
import argparse
import base64
import json
import os
import re
import struct
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
import cdp  # noqa: E402
from cchctest import PLANS, cchc, check, finish  # noqa: E402

SECTIONS = ["tong-hop", "linh-vuc", "co-quan", "qua-han", "ket-qua", "ky-toi", "khong-thoi-han", "kinh-phi",
            "chi-tieu"]


def static_checks(html, name):
    """What the file itself must not hold: scripts, or addresses to fetch."""
    check("<script" not in html.lower(), f"{name}: no script")
    check("Content-Security-Policy" in html and "default-src 'none'" in html, f"{name}: a CSP that forbids fetching")
    for attr in re.findall(r'\s(?:src|href|xlink:href|action|poster)\s*=\s*"([^"]*)"', html):
        check(attr.startswith("#"), f"{name}: only in-page links, found {attr!r}")
    check("url(" not in html and "@import" not in html, f"{name}: no url() or @import in the CSS")


def png_size(data):
    check(data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is a PNG")
    return struct.unpack(">II", data[16:24])


def pdf_pages(pdf):
    """Page boxes of a PDF, from its page objects (Chrome writes them uncompressed)."""
    boxes = re.findall(rb"/Type\s*/Page\b(?!s).*?/MediaBox\s*\[\s*([\d.\s]+)\]", pdf, re.S)
    if not boxes:
        boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", pdf)
    return [tuple(float(x) for x in b.split()) for b in boxes]


JS_SECTIONS = """JSON.stringify([...document.querySelectorAll('div.appendix > section')].map(s => ({
  id: s.id, h2: (s.querySelector('h2') || {}).textContent || '',
  tables: [...s.querySelectorAll('table.data')].map(t => ({id: t.id,
     head: t.querySelectorAll('thead th').length, rows: t.querySelectorAll('tbody tr').length,
     width: t.getBoundingClientRect().width})),
  empties: [...s.querySelectorAll('p.empty')].map(p => p.id),
  figures: [...s.querySelectorAll('figure')].map(f => ({id: f.id,
     svgs: f.querySelectorAll('svg').length,
     width: (f.querySelector('svg') || {getBoundingClientRect: () => ({width: 0})}).getBoundingClientRect().width,
     height: (f.querySelector('svg') || {getBoundingClientRect: () => ({height: 0})}).getBoundingClientRect().height,
     segments: f.querySelectorAll('rect.segment').length, amounts: f.querySelectorAll('rect.amount').length,
     goals: f.querySelectorAll('g.goal-row').length, marks: f.querySelectorAll('g.mark').length,
     caption: (f.querySelector('figcaption') || {}).textContent || ''}))})))"""

JS_PRINT = """JSON.stringify({
  breaks: [...document.querySelectorAll('div.appendix > section')].map(s => getComputedStyle(s).breakBefore),
  appendix: getComputedStyle(document.querySelector('div.appendix')).breakBefore,
  head: document.querySelector('header.doc-head').getBoundingClientRect().height,
  headFirst: document.querySelector('main').firstElementChild.matches('header.doc-head'),
  signBeforeAppendix: !!(document.querySelector('#closing').compareDocumentPosition(
      document.querySelector('div.appendix')) & Node.DOCUMENT_POSITION_FOLLOWING),
  thead: [...document.querySelectorAll('table.data thead')].map(t => getComputedStyle(t).display),
  rows: [...document.querySelectorAll('table.data tbody tr')].slice(0, 5).map(r => getComputedStyle(r).breakInside),
  bodySections: document.querySelectorAll('div.doc-body > section').length})"""


def cell_text(page, table_id, row_from_end, column):
    return page.evaluate(
        f"(() => {{ const r = [...document.querySelectorAll('#{table_id} tbody tr')]; "
        f"return r[r.length - {row_from_end}].children[{column}].textContent; }})()")


def check_report(page, path, name, expect):
    html = open(path, encoding="utf-8").read()
    static_checks(html, name)
    url = "file://" + path
    requests = page.open(url)
    check(requests == [url], f"{name}: the page fetched nothing but itself (saw {requests})")
    sections = json.loads(page.evaluate(JS_SECTIONS))
    check([s["id"] for s in sections] == SECTIONS, f"{name}: sections {[s['id'] for s in sections]}")
    by_id = {s["id"]: s for s in sections}
    for s in sections:
        check(s["h2"].strip() != "", f"{name}: section {s['id']} has a heading")
    tables = {t["id"]: t for s in sections for t in s["tables"]}
    for table_id, (columns, rows) in expect["tables"].items():
        t = tables.get(table_id)
        check(t is not None, f"{name}: table {table_id} is there")
        if t:
            check(t["head"] == columns, f"{name}: table {table_id} has {columns} columns (has {t['head']})")
            check(t["rows"] == rows, f"{name}: table {table_id} has {rows} rows (has {t['rows']})")
            check(t["width"] > 300, f"{name}: table {table_id} is laid out ({t['width']}px)")
    empties = [e for s in sections for e in s["empties"]]
    check(sorted(empties) == sorted(expect["empty"]), f"{name}: empty tables {empties}")
    figures = {f["id"]: f for s in sections for f in s["figures"]}
    check(sorted(figures) == sorted(expect["figures"]), f"{name}: figures {sorted(figures)}")
    for fid, f in figures.items():
        check(f["svgs"] >= 1 and f["width"] > 300 and f["height"] > 20,
              f"{name}: figure {fid} is drawn ({f['width']}x{f['height']})")
        check(f["caption"].strip() != "", f"{name}: figure {fid} has a caption")
    if "chart-status-by-area" in figures:
        check(figures["chart-status-by-area"]["segments"] > 0, f"{name}: status bars have segments")
    if "chart-budget-by-area" in figures:
        check(figures["chart-budget-by-area"]["amounts"] == expect["budget_areas"],
              f"{name}: one budget bar per area ({figures['chart-budget-by-area']['amounts']})")
    if "chart-targets" in figures:
        check(figures["chart-targets"]["goals"] == expect["goal_rows"],
              f"{name}: one row per judged goal ({figures['chart-targets']['goals']})")
    if "chart-timeline" in figures:
        check(figures["chart-timeline"]["marks"] > 0, f"{name}: the timeline has deadline marks")
    # The same numbers as the other commands.
    budget_total = cell_text(page, "budget", 1, expect["budget_total_column"])
    check(budget_total == expect["budget_total"], f"{name}: budget total {budget_total!r}")
    status_total = cell_text(page, "status-by-area", 1, 9)
    check(status_total == str(expect["deadlines"]), f"{name}: {expect['deadlines']} deadlines, shown {status_total!r}")
    header = page.evaluate("document.querySelector('header.doc-head').textContent")
    for words in expect["header"]:
        check(words in header, f"{name}: the header says {words!r}")

    # Printing: A4, the official heading on page 1, the body flowing, the
    # signature before the appendix, the appendix on a new page, headers repeated.
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    printed = json.loads(page.evaluate(JS_PRINT))
    page.send("Emulation.setEmulatedMedia", {"media": ""})
    check(printed["headFirst"] and 0 < printed["head"] < 900,
          f"{name}: the official heading opens page 1 ({printed['head']}px high)")
    check(printed["signBeforeAppendix"], f"{name}: the signature block comes before the appendix")
    check(printed["appendix"] == "page", f"{name}: the appendix starts a new page ({printed['appendix']})")
    check(printed["breaks"] == ["auto"] * len(SECTIONS), f"{name}: no forced break per section {printed['breaks']}")
    check(printed["bodySections"] >= 2, f"{name}: the body has its sections ({printed['bodySections']})")
    check(printed["thead"] and all(d == "table-header-group" for d in printed["thead"]),
          f"{name}: table headers repeat on each page")
    check(printed["rows"] and all(b == "avoid" for b in printed["rows"]), f"{name}: rows are not split")
    pdf = base64.b64decode(page.send("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
    pages = pdf_pages(pdf)
    check(pages and all(abs(p[2] - 595.9) < 1.5 and abs(p[3] - 842.9) < 1.5 for p in pages),
          f"{name}: every page is A4 ({set(pages)})")
    # The body alone (the page without its appendix) and the appendix alone.
    page.evaluate("(() => { window._appendix = document.querySelector('div.appendix'); "
                  "window._appendix.remove(); return 1; })()")
    body = pdf_pages(base64.b64decode(page.send("Page.printToPDF", {"preferCSSPageSize": True})["data"]))
    low, high = expect["body_pages"]
    check(low <= len(body) <= high, f"{name}: the body prints on {low} to {high} pages ({len(body)})")
    check(len(pages) > len(body), f"{name}: the appendix follows on pages of its own ({len(pages)} in all)")
    if "pages" in expect:
        low, high = expect["pages"]
        check(low <= len(pages) <= high, f"{name}: {low} to {high} printed pages in all ({len(pages)})")


def check_agency_pages(page, path, name, agencies):
    """A reminder list split by agency: one printed page per agency, each headed with its name."""
    page.open("file://" + path)
    heads = json.loads(page.evaluate(
        "JSON.stringify([...document.querySelectorAll('section.new-page > h2')].map(h => h.textContent))"))
    check(heads == agencies, f"{name}: one page per agency, headed with its name ({heads})")
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    breaks = json.loads(page.evaluate(
        "JSON.stringify([...document.querySelectorAll('section.new-page')].map(s => getComputedStyle(s).breakBefore))"))
    page.send("Emulation.setEmulatedMedia", {"media": ""})
    check(breaks == ["auto"] + ["page"] * (len(agencies) - 1), f"{name}: a new page before each agency ({breaks})")
    pdf = base64.b64decode(page.send("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    pages = pdf_pages(pdf)
    # A long list runs on; a short one keeps its page.
    check(len(pages) >= len(agencies), f"{name}: at least {len(agencies)} printed pages ({len(pages)})")


def planted_request_is_seen(page, path):
    """The network check can fail: a copy of the page without its CSP and with
    an image from elsewhere must show that request."""
    html = open(path, encoding="utf-8").read()
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", html)
    html = html.replace("</main>", '<img src="http://127.0.0.1:9/planted.png" alt=""></main>')
    planted = path.replace(".html", "-planted.html")
    with open(planted, "w", encoding="utf-8") as f:
        f.write(html)
    requests = page.open("file://" + planted)
    check("http://127.0.0.1:9/planted.png" in requests, f"the planted request is seen (saw {requests})")


def screenshot(page, path, height=None):
    page.send("Emulation.setDeviceMetricsOverride",
              {"width": 900, "height": 1200, "deviceScaleFactor": 1, "mobile": False})
    page.open("file://" + path)
    full = page.evaluate("document.documentElement.scrollHeight")
    clip = {"x": 0, "y": 0, "width": 900, "height": height or full, "scale": 1}
    shot = base64.b64decode(page.send("Page.captureScreenshot",
                                      {"format": "png", "captureBeyondViewport": True, "clip": clip})["data"])
    w, h = png_size(shot)
    check(w == 900 and h == clip["height"], f"screenshot of {clip['height']}px ({w}x{h})")
    return shot


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--png-out", help="write the first screen of the demo report here (docs/report.png)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(cdp.CHROMIUM):
        raise SystemExit(f"{cdp.CHROMIUM} is missing: tests/install-deps.sh --test installs Debian's chromium")
    with tempfile.TemporaryDirectory(prefix="cchc-html-") as tmp:
        demo = os.path.join(tmp, "demo-2026-Q3.html")
        cchc(binary, "report", "--repo", PLANS, "--plan", "demo-2026", "--period", "2026-Q3", "--as-of",
             "2026-09-16", "-o", demo)
        tth = os.path.join(tmp, "tth-2018.html")
        cchc(binary, "report", "--repo", PLANS, "--plan", "tth-2018", "--period", "2018", "--as-of",
             "2018-12-20", "--lang", "en", "-o", tth)
        demo_budget = json.loads(cchc(binary, "budget", "--repo", PLANS, "--plan", "demo-2026", "--format", "json"))
        # The year report of tth-2018 made after its cut-off day holds every
        # deadline of the plan as of 14/12/2018: the other commands say how many.
        tth_args = ["--repo", PLANS, "--plan", "tth-2018", "--as-of", "2018-12-14", "--format", "json"]
        tth_budget = json.loads(cchc(binary, "budget", *tth_args))
        tth_area = json.loads(cchc(binary, "status", "--by", "area", *tth_args))
        tth_owner = json.loads(cchc(binary, "status", "--by", "owner", *tth_args))
        tth_overdue = json.loads(cchc(binary, "overdue", *tth_args))["items"]
        tth_targets = json.loads(cchc(binary, "targets", *tth_args))["targets"]
        with cdp.Browser() as browser:
            page = browser.new_page()
            # Counts read off the Markdown report of the same day (tests/cli/report-demo-2026-q3-md).
            check_report(page, demo, "demo 2026-Q3", {
                "tables": {"summary": (2, 9), "status-by-area": (13, 7), "status-by-owner": (13, 6),
                           "overdue": (7, 1), "done": (7, 4), "progress": (6, 1), "next-due": (6, 10),
                           "undated": (5, 2), "budget": (4, 7), "targets": (9, 6)},
                "empty": [],
                "figures": ["chart-status-by-area", "chart-timeline", "chart-budget-by-area", "chart-targets"],
                "budget_areas": 6, "goal_rows": 6, "deadlines": 11,
                "budget_total_column": 1,
                "budget_total": f"{demo_budget['total_dong'] // 1000000:,}".replace(",", "."),
                "header": ["UBND TỈNH MẪU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Số: 125/BC-UBND", "Mẫu, ngày 18 tháng 9 năm 2026", "quý III năm 2026"],
                # plans/reports/2026-Q3.yaml: 1 to 3 pages of body, then the appendix.
                "body_pages": (1, 3), "pages": (4, 12)})
            undated = tth_area["total"]["no-deadline"]
            check_report(page, tth, "tth 2018 (en)", {
                "tables": {"summary": (2, 9), "status-by-area": (13, len(tth_area["rows"]) + 1),
                           "status-by-owner": (13, len(tth_owner["rows"]) + 1),
                           "overdue": (7, sum(max(1, len(i["lead"])) for i in tth_overdue)),
                           "undated": (5, undated), "budget": (4, len(tth_budget["plans"][0]["areas"]) + 1),
                           "targets": (9, len(tth_targets))},
                "empty": ["done", "progress"],
                "figures": ["chart-status-by-area", "chart-timeline", "chart-budget-by-area", "chart-targets"],
                "budget_areas": len(tth_budget["plans"][0]["areas"]),
                "goal_rows": sum(1 for t in tth_targets if not (t["level"] and not t["owner"])),
                "deadlines": tth_area["total"]["total"],
                "budget_total_column": 1,
                "budget_total": f"{tth_budget['total_dong'] // 1000000:,}",
                "header": ["UBND TỈNH THỪA THIÊN HUẾ", "SOCIALIST REPUBLIC OF VIET NAM",
                           "Thừa Thiên Huế, …………………… 2018", "REPORT", "DRAFT"],
                "body_pages": (1, 2)})
            # The overdue list of the bundled plans, one page per lead agency:
            # as many pages as `overdue --format md` has agency headings.
            pages = os.path.join(tmp, "overdue-pages.html")
            cchc(binary, "overdue", "--repo", PLANS, "--as-of", "2021-06-30", "--by-owner-pages",
                 "--format", "html", "-o", pages)
            md = cchc(binary, "overdue", "--repo", PLANS, "--as-of", "2021-06-30", "--format", "md").decode()
            agencies = [re.sub(r" \(\d+\)$", "", line[3:]) for line in md.splitlines() if line.startswith("## ")]
            check(len(agencies) >= 2, f"the overdue list has several agencies ({agencies})")
            check_agency_pages(page, pages, "overdue by agency", agencies)
            planted_request_is_seen(page, demo)
            shot = screenshot(page, demo)
            check(len(shot) > 50000, f"the screenshot holds a picture ({len(shot)} bytes)")
            if args.png_out:
                with open(args.png_out, "wb") as f:
                    f.write(screenshot(page, demo, 1150))  # the first A4 page: 297 mm at 96 dpi
    return finish("html")


if __name__ == "__main__":
    sys.exit(main())
