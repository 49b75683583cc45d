#!/usr/bin/env python3
"""The Excel workbooks of `cchc report` and `cchc export`, opened by a real
reader (Debian's python3-openpyxl): sheet names, frozen and repeated header
rows, A4 pages, real dates and numbers with their formats, and totals that
agree with `cchc budget`, `cchc status` and `cchc export --format json`.

Usage: test_xlsx.py --binary build/cchc
"""
import argparse
import datetime
import json
import os
import pty
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from cchctest import PLANS, cchc, check, finish  # noqa: E402

def find_row(ws, first_cell):
    for row in ws.iter_rows():
        if row[0].value == first_cell:
            return row
    return None


HEADER_FILL = "FFEEF1F4"


def header_row(ws):
    """The first table's header: the first row whose first cell has the header fill."""
    for row in ws.iter_rows():
        if row[0].fill is not None and row[0].fill.fgColor.rgb == HEADER_FILL:
            return row[0].row
    raise AssertionError(f"{ws.title}: no table header")


def tables(ws):
    """Every table of a sheet: (header row number, header, rows)."""
    out = []
    rows = list(ws.iter_rows())
    i = 0
    while i < len(rows):
        if rows[i][0].fill is not None and rows[i][0].fill.fgColor.rgb == HEADER_FILL:
            header = [c.value for c in rows[i] if c.value is not None]
            body = []
            j = i + 1
            while j < len(rows) and not all(c.value is None for c in rows[j][:len(header)]):
                body.append(rows[j][:len(header)])
                j += 1
            out.append((rows[i][0].row, header, body))
            i = j
        else:
            i += 1
    return out


def check_number_columns(ws):
    """A column that holds a number, a date or a boolean holds no text."""
    for at, header, body in tables(ws):
        for c, name in enumerate(header):
            values = [r[c].value for r in body if r[c].value is not None]
            typed = [v for v in values if not isinstance(v, str)]
            text = [v for v in values if isinstance(v, str)]
            check(not (typed and text), f"{ws.title}: column {name!r} mixes numbers and text {text[:3]}")


def table(ws):
    """The first table of a sheet: its header and the rows under it up to a blank row."""
    h = header_row(ws)
    header = [c.value for c in ws[h]]
    rows = []
    for row in ws.iter_rows(min_row=h + 1):
        if all(c.value is None for c in row):
            break
        rows.append(row)
    return header, rows


def check_report(binary, tmp):
    path = os.path.join(tmp, "demo-2026-Q3.xlsx")
    cchc(binary, "report", "--repo", PLANS, "--plan", "demo-2026", "--period", "2026-Q3", "--as-of", "2026-09-16",
         "-o", path)
    with open(path, "rb") as f:
        check(f.read(2) == b"PK", "the report workbook is a zip file")
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Tổng hợp", "Theo lĩnh vực", "Theo cơ quan", "Quá hạn", "Kết quả trong kỳ", "Kỳ tới",
                            "Không thời hạn", "Kinh phí", "Chỉ tiêu"], f"report sheets {wb.sheetnames}")
    check(wb.properties.title.startswith("Báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2026"),
          f"workbook title {wb.properties.title!r}")
    check(wb.properties.created == datetime.datetime(2026, 9, 16), f"created on the as-of day {wb.properties.created}")
    for ws in wb.worksheets:
        found = tables(ws)
        h = header_row(ws)
        if ws.title in ("Tổng hợp", "Kết quả trong kỳ"):
            # The document heading, or a second table, is never frozen under the first one's header.
            check(ws.freeze_panes is None, f"{ws.title}: nothing frozen ({ws.freeze_panes})")
        else:
            check(len(found) == 1 and ws.freeze_panes == f"A{h + 1}",
                  f"{ws.title}: the one table's header row {h} frozen ({ws.freeze_panes})")
            check(ws.print_title_rows == f"${h}:${h}", f"{ws.title}: header repeated on printed pages")
        area = ws.print_area if isinstance(ws.print_area, str) else ",".join(ws.print_area or [])
        check(area.startswith(f"'{ws.title}'!$A$1:") or area.startswith("$A$1:"),
              f"{ws.title}: print area {area}")
        check(abs(ws.page_margins.left - 30 / 25.4) < 0.01 and abs(ws.page_margins.top - 20 / 25.4) < 0.01,
              f"{ws.title}: margins of Nghị định 30/2020 ({ws.page_margins.left}, {ws.page_margins.top})")
        check(int(ws.page_setup.paperSize) == 9, f"{ws.title}: A4 paper")
        check_number_columns(ws)
        for at, header, body in found:
            check((ws.row_dimensions[at].height or 15) >= 15 * max(1, max(len(str(x).split()) for x in header) // 3),
                  f"{ws.title}: the header row {at} is taller than one line when headers wrap")
        # fitToWidth 1 is the default, which the file leaves out.
        check(ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1) and
              int(ws.page_setup.fitToHeight) == 0,
              f"{ws.title}: fitted to the page width")
    first = wb["Tổng hợp"]
    check(first["A1"].value == "UBND TỈNH MẪU" and first["A2"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "the official header heads the first sheet")
    # The day the report is signed, from plans/reports/2026-Q3.yaml.
    check(first["A4"].value == "Mẫu, ngày 18 tháng 9 năm 2026", f"place and day {first['A4'].value!r}")
    merged = {str(r) for r in first.merged_cells.ranges}
    check("A1:B1" in merged and "A8:B8" in merged, f"heading lines merged across the table ({sorted(merged)[:4]})")
    long_line = next(r for r in first.iter_rows() if r[0].value and str(r[0].value).startswith("Mỗi thời hạn"))
    check(long_line[0].alignment.wrap_text and (first.row_dimensions[long_line[0].row].height or 0) >= 30,
          "a long paragraph wraps in a row tall enough for its lines")

    # Status by area: counts are numbers, rates percentages cut to two decimals.
    status = json.loads(cchc(binary, "status", "--repo", PLANS, "--plan", "demo-2026", "--by", "area", "--as-of",
                             "2026-09-14", "--format", "json"))
    header, rows = table(wb["Theo lĩnh vực"])
    check(header[0] == "Lĩnh vực" and header[-2:] == ["Tỷ lệ hoàn thành", "Tỷ lệ đúng hạn"], f"status header {header}")
    total = rows[-1]
    check(total[0].value == "Tổng cộng" and total[0].font.b, "the total row is last and bold")
    check(all(isinstance(c.value, int) and c.number_format == "#,##0" for c in total[1:11]),
          "counts are whole numbers with grouping")
    check(total[9].value == 11 and total[10].value == 5, f"11 deadlines, 5 came due ({total[9].value}, {total[10].value})")
    check(total[11].value == 0.8 and total[11].number_format == "0.00%", f"completion rate {total[11].value}")
    law = next(r for r in rows if r[0].value == "Cải cách thể chế")
    check(law[12].value == 0.3333, f"on-time rate 1/3 cut, not rounded: {law[12].value}")
    check(status["total"]["overdue"] >= total[3].value, "the window holds no more overdue tasks than the plan")

    # Days are Excel dates.
    header, rows = table(wb["Kết quả trong kỳ"])
    check(header[0] == "Ngày hoàn thành", f"done header {header}")
    check([r[0].value for r in rows] == [datetime.datetime(2026, 6, 18), datetime.datetime(2026, 6, 30),
                                         datetime.datetime(2026, 8, 5), datetime.datetime(2026, 9, 4)],
          f"completion days {[r[0].value for r in rows]}")
    check(all(r[0].number_format == "dd/mm/yyyy" for r in rows), "dates shown dd/mm/yyyy")

    # Budget: the total agrees with `cchc budget`, in million đồng.
    budget = json.loads(cchc(binary, "budget", "--repo", PLANS, "--plan", "demo-2026", "--format", "json"))
    header, rows = table(wb["Kinh phí"])
    # A subtotal the plan does not print: an empty cell with a note, never "—".
    printed = [r[2] for r in rows]
    check(any(c.value is None and c.comment is not None and "không ghi" in c.comment.text for c in printed),
          "a missing printed subtotal is an empty cell with a note saying why")
    check(header[1] == "Kinh phí (triệu đồng)", f"budget header {header}")
    check(rows[-1][0].value == "Tổng cộng" and rows[-1][1].value * 1_000_000 == budget["total_dong"],
          f"budget total {rows[-1][1].value} = {budget['total_dong']} đồng")
    check(sum(r[1].value for r in rows[:-1]) == rows[-1][1].value, "areas add up to the total")

    # Targets: goal days are dates, values numbers.
    header, rows = table(wb["Chỉ tiêu"])
    check(all(isinstance(r[3].value, datetime.datetime) for r in rows), "goal days are dates")
    sipas = rows[0]
    check(sipas[4].value == 82.5 and sipas[5].value == 84.1, f"baseline and latest as numbers {sipas[4].value}")

    # Column widths follow the Vietnamese text; long text wraps.
    ws = wb["Quá hạn"]
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    check(widths.get("C", 0) >= 30, f"the title column is wide ({widths})")
    header, rows = table(ws)
    check(all(w <= 51 for w in widths.values()), f"no column wider than 50 ({widths})")


def check_export(binary, tmp):
    path = os.path.join(tmp, "export.xlsx")
    cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15", "-o", path)
    data = json.loads(cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15"))
    budget = json.loads(cchc(binary, "budget", "--repo", PLANS, "--all-plans", "--format", "json"))
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Nhiệm vụ", "Thời hạn", "Chỉ tiêu"], f"export sheets {wb.sheetnames}")
    for ws in wb.worksheets:
        check(ws.freeze_panes == "A2", f"{ws.title}: the header is row 1, frozen ({ws.freeze_panes})")
        check(ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"),
              f"{ws.title}: an autofilter on the header ({ws.auto_filter.ref})")
        check(ws.print_title_rows == "$1:$1", f"{ws.title}: the header repeated on printed pages")
        check_number_columns(ws)

    header, rows = table(wb["Nhiệm vụ"])
    check(header[:7] == ["STT", "Nội dung", "Sản phẩm", "Chủ trì", "Phối hợp", "Kinh phí", "Thời gian"],
          f"task header {header[:7]}")
    check(header[-4:] == ["area", "category", "status", "done_on"], f"the stable keys last {header[-4:]}")
    check(all("_" not in h for h in header[:-4]), f"headers are words {header}")
    check(len(rows) == len(data["tasks"]), f"{len(data['tasks'])} task rows ({len(rows)})")
    col = {name: i for i, name in enumerate(header)}
    check({r[col["Tình trạng"]].value for r in rows} >= {"Hoàn thành đúng hạn", "Quá hạn chưa hoàn thành"},
          "categories are Vietnamese labels")
    check({r[col["Trạng thái"]].value for r in rows} >= {"Đã hoàn thành", "Đang thực hiện"},
          "statuses are Vietnamese labels")
    check(all(isinstance(r[col["Nếu có"]].value, bool) for r in rows), "optional is an Excel boolean")
    done = [r[col["Ngày hoàn thành"]].value for r in rows if r[col["Ngày hoàn thành"]].value is not None]
    check(done and all(isinstance(v, datetime.datetime) for v in done), "completion days are dates")
    total = sum(r[col["Kinh phí tính vào tổng (đồng)"]].value or 0 for r in rows)
    check(total == budget["total_dong"], f"tasks' budget_dong adds up to the budget total ({total})")
    for r, t in zip(rows, data["tasks"]):
        due = r[col["Hạn đầu tiên"]].value
        want = datetime.datetime.fromisoformat(t["due"]) if t["due"] else None
        if due != want:
            check(False, f"task {t['plan']} {t['task']}: due {due} (json {t['due']})")
            break

    header, rows = table(wb["Thời hạn"])
    col = {name: i for i, name in enumerate(header)}
    check(len(rows) == len(data["deadlines"]), f"{len(data['deadlines'])} deadline rows ({len(rows)})")
    total = sum(r[col["Kinh phí tính vào tổng (đồng)"]].value or 0 for r in rows)
    check(total == budget["total_dong"], f"deadlines' budget_dong adds up to the budget total ({total})")
    check(all(isinstance(r[col["Số ngày quá hạn"]].value, int) for r in rows), "days overdue are numbers")
    check(all(r[col["Hạn"]].value is None or r[col["Hạn"]].number_format == "dd/mm/yyyy" for r in rows),
          "due days are dates")
    check(all(isinstance(r[col["Nếu có"]].value, bool) for r in rows), "optional is an Excel boolean")
    done = [r[col["Ngày hoàn thành"]].value for r in rows if r[col["Ngày hoàn thành"]].value is not None]
    check(done and all(isinstance(v, datetime.datetime) for v in done), "completion days are dates")

    header, rows = table(wb["Chỉ tiêu"])
    check(len(rows) == len(data["targets"]), f"{len(data['targets'])} target rows ({len(rows)})")

    en = os.path.join(tmp, "export-en.xlsx")
    cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15", "--lang", "en", "--format", "xlsx", "-o", en)
    wb = openpyxl.load_workbook(en)
    check(wb.sheetnames == ["Tasks", "Deadlines", "Targets"], f"English sheets {wb.sheetnames}")
    header, rows = table(wb["Tasks"])
    check("Deadline status" in header and "Done on" in header, f"English headers {header}")
    due = header.index("First due")
    dated = [r[due] for r in rows if r[due].value is not None]
    check(dated and all(c.number_format == "yyyy-mm-dd" for c in dated), "English dates are ISO")


def check_reminders(binary, tmp):
    """overdue and deadlines as workbooks: one analyst's sheet with the lead agency as a
    column, and with --by-owner-pages one sheet per lead agency, as the Word lists."""
    common = ["--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-10-15"]
    data = json.loads(cchc(binary, "overdue", *common, "--format", "json"))
    path = os.path.join(tmp, "overdue.xlsx")
    cchc(binary, "overdue", *common, "-o", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    check(ws.title == "Quá hạn", f"overdue sheet {wb.sheetnames}")
    check(ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"),
          f"overdue: frozen header and autofilter ({ws.freeze_panes}, {ws.auto_filter.ref})")
    check_number_columns(ws)
    header, rows = table(ws)
    check(header[:3] == ["Chủ trì", "Kế hoạch", "STT"], f"overdue header {header}")
    col = {name: i for i, name in enumerate(header)}
    check(all(isinstance(r[col["Hạn"]].value, datetime.datetime) for r in rows), "due days are dates")
    check(all(isinstance(r[col["Quá hạn (ngày)"]].value, int) for r in rows), "days overdue are numbers")
    pairs = {(r[col["Chủ trì"]].value, r[col["STT"]].value) for r in rows}
    check(len(rows) >= len(data["items"]) > 0, f"every overdue deadline has a row ({len(rows)}, {len(data['items'])})")
    check({i["task"] for i in data["items"]} == {t for _, t in pairs}, "the same tasks as the JSON list")

    paged = os.path.join(tmp, "overdue-pages.xlsx")
    cchc(binary, "overdue", *common, "--by-owner-pages", "-o", paged)
    wb = openpyxl.load_workbook(paged)
    agencies = sorted({a for a, _ in pairs})
    check(len(wb.sheetnames) == len(agencies), f"one sheet per lead agency {wb.sheetnames} ({agencies})")
    for ws in wb.worksheets:
        check_number_columns(ws)
        got = {r[1].value for r in tables(ws)[0][2]}
        prefix = ws.title.split(" (")[0].rstrip("…")
        want = {t for a, t in pairs if a.startswith(prefix)}
        check(got == want, f"sheet {ws.title!r}: its agency's tasks {sorted(got)} ({sorted(want)})")

    due = os.path.join(tmp, "deadlines.xlsx")
    cchc(binary, "deadlines", "--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-09-01",
         "--within", "3m", "-o", due)
    wb = openpyxl.load_workbook(due)
    ws = wb.worksheets[0]
    check(wb.sheetnames == ["Đến hạn"] and ws.auto_filter.ref, f"deadlines sheet {wb.sheetnames}")
    header, rows = table(ws)
    check(rows and all(isinstance(r[0].value, datetime.datetime) for r in rows), "deadline days are dates")
    check("Chủ trì" in header, f"the lead agency is a column {header}")
    paged = os.path.join(tmp, "deadlines-pages.xlsx")
    cchc(binary, "deadlines", "--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-09-01",
         "--within", "3m", "--by-owner-pages", "-o", paged)
    wb = openpyxl.load_workbook(paged)
    check(len(wb.sheetnames) > 1, f"deadlines: one sheet per agency {wb.sheetnames}")
    for ws in wb.worksheets:
        check_number_columns(ws)


def check_terminal_refused(binary):
    """xlsx is binary: on a terminal without -o it is refused, to a pipe it is written."""
    main_fd, terminal = pty.openpty()
    try:
        for args in (["export", "--format", "xlsx"], ["report", "--period", "2026-Q3", "--plan", "demo-2026",
                                                      "--format", "xlsx"]):
            r = subprocess.run([binary, *args, "--repo", PLANS, "--as-of", "2026-09-16"], stdout=terminal,
                               stderr=subprocess.PIPE, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
            check(r.returncode == 2 and b"xlsx is a binary file: write it with -o FILE.xlsx" in r.stderr,
                  f"{args[0]} --format xlsx on a terminal is refused ({r.returncode}, {r.stderr!r})")
    finally:
        os.close(main_fd)
        os.close(terminal)
    piped = cchc(binary, "export", "--format", "xlsx", "--repo", PLANS, "--as-of", "2026-09-16")
    check(piped[:2] == b"PK", "export --format xlsx to a pipe writes the workbook")


def check_bom(binary, tmp):
    """CSV for people (-o *.csv) starts with the byte-order mark; --no-bom and standard output do not."""
    path = os.path.join(tmp, "tasks.csv")
    cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15", "--format", "csv", "-o", path)
    with open(path, "rb") as f:
        check(f.read(3) == b"\xef\xbb\xbf", "a .csv file gets the byte-order mark")
    plain = os.path.join(tmp, "plain.csv")
    cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15", "--format", "csv", "--no-bom", "-o", plain)
    with open(plain, "rb") as f:
        check(f.read(3) == b"STT", "--no-bom writes plain UTF-8")
    out = cchc(binary, "export", "--repo", PLANS, "--as-of", "2026-10-15", "--format", "csv")
    check(out[:3] == b"STT", "standard output gets no byte-order mark")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory(prefix="cchc-xlsx-") as tmp:
        check_report(binary, tmp)
        check_export(binary, tmp)
        check_bom(binary, tmp)
        check_reminders(binary, tmp)
    check_terminal_refused(binary)
    return finish("xlsx")


if __name__ == "__main__":
    sys.exit(main())
