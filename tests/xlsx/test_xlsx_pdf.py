#!/usr/bin/env python3
"""The report and export workbooks printed by a real spreadsheet program:
LibreOffice Calc (Debian's libreoffice-calc-nogui) converts them to PDF, and
pdftotext -bbox (poppler-utils) gives every word's box. Checks that the text
on every page is at least 9 pt high (no sheet shrunk to fit), that no two
words overlap (a header taller than its row would spill over the first data
row), that every header word of the status table is printed, and the page
count of the demo quarter III report (one page per section).

Usage: test_xlsx_pdf.py --binary build/cchc
"""
import argparse
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from cchctest import PLANS, cchc, check, finish  # noqa: E402

MIN_HEIGHT = 9.0  # points: a word's box is at least its font size high


class Words(html.parser.HTMLParser):
    """The pages of pdftotext -bbox output, each a list of (text, xMin, yMin, xMax, yMax)."""

    def __init__(self):
        super().__init__()
        self.pages, self.box = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "page":
            self.pages.append([])
        elif tag == "word":
            self.box = [float(a[k]) for k in ("xmin", "ymin", "xmax", "ymax")]

    def handle_data(self, data):
        if self.box is not None:
            self.pages[-1].append((data, *self.box))
            self.box = None


def to_pdf(xlsx, tmp):
    profile = "file://" + os.path.join(tmp, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    tmp, xlsx], check=True, capture_output=True, timeout=300)
    pdf = os.path.splitext(xlsx)[0] + ".pdf"
    box = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True).stdout.decode()
    words = Words()
    words.feed(box)
    return words.pages


def overlaps(a, b):
    """Two word boxes drawn over each other: the boxes of two lines of one
    paragraph share a sliver (a box is taller than the line pitch), text
    spilling over a row shares half its height or more."""
    height = min(a[4] - a[2], b[4] - b[2])
    return min(a[3], b[3]) - max(a[1], b[1]) > 1 and min(a[4], b[4]) - max(a[2], b[2]) > height / 2


def check_pages(name, pages):
    for n, words in enumerate(pages, 1):
        if not words:
            continue
        low = min(w[4] - w[2] for w in words)
        check(low >= MIN_HEIGHT, f"{name} page {n}: text {low:.1f} pt high, under {MIN_HEIGHT}")
        ordered = sorted(words, key=lambda w: w[2])
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if b[2] >= a[4]:
                    break
                if overlaps(a, b):
                    check(False, f"{name} page {n}: {a[0]!r} overlaps {b[0]!r}")
                    return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        print("FAIL: soffice and pdftotext are needed (tests/install-deps.sh --test installs them)")
        return 1
    with tempfile.TemporaryDirectory(prefix="cchc-xlsx-pdf-") as tmp:
        report = os.path.join(tmp, "report.xlsx")
        cchc(binary, "report", "--repo", PLANS, "--plan", "demo-2026", "--period", "2026-Q3", "--as-of", "2026-09-16",
             "--format", "xlsx", "-o", report)
        pages = to_pdf(report, tmp)
        check(len(pages) == 9, f"the demo Q3 report prints on 9 pages, one per section ({len(pages)})")
        check_pages("report", pages)
        status_page = next((p for p in pages if any(w[0] == "Lĩnh" for w in p)), [])
        # pdftotext cuts Vietnamese words into pieces ("K", "ế", "t"): join them to look for words.
        printed = "".join(w[0] for w in status_page)
        for header in ("HT đúng hạn", "Nếu có, quá hạn", "Tỷ lệ hoàn thành", "Đã đến hạn"):
            check(all(word in printed for word in header.split()), f"the header {header!r} is printed whole")

        export = os.path.join(tmp, "export.xlsx")
        cchc(binary, "export", "--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-10-15", "-o", export)
        pages = to_pdf(export, tmp)
        check(len(pages) >= 3, f"the export prints its three sheets ({len(pages)} pages)")
        check_pages("export", pages)
        check(any(w[0] == "Hoàn" for p in pages for w in p), "the export prints Vietnamese labels")
    return finish("xlsx-pdf")


if __name__ == "__main__":
    sys.exit(main())
