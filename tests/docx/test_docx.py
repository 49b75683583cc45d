#!/usr/bin/env python3
"""The Word files of cchc read back with python3-docx (Debian).

For the demo plan's quarter III report (with its report file plans/reports/2026-Q3.yaml),
the tth-2018 year report (no report file: a draft) and the reminder lists of `overdue` and
`deadlines`, it checks
  - the head of page 1 (national name and motto, number, place and date), DỰ THẢO in a draft;
  - the recipients and the signing block, before the appendix, which starts a new page;
  - the narrative sections of the report file;
  - that each table's numbers equal `cchc report --format json`... here: `status`, `overdue`,
    `deadlines` and `budget` in JSON on the same data day;
  - tables whose header row repeats on every page and whose rows are not split;
  - A4 and the decree's margins, Times New Roman, a page number (PAGE field) in the header
    but not on the first page;
  - `--by-owner-pages`: one page per lead agency, headed with its name.

Usage: test_docx.py --binary build/cchc
"""
import argparse
import json
import os
import sys
import tempfile
import zipfile

import docx
import lxml.etree
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn
from docx.shared import Mm

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from cchctest import PLANS, cchc, check, finish  # noqa: E402


def body_elements(document):
    """Paragraphs and tables in document order."""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield "p", Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield "t", Table(child, document)


def page_break_before(paragraph):
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None


def check_page(document, name):
    s = document.sections[-1]
    check(abs(s.page_width - Mm(210)) < Mm(1) and abs(s.page_height - Mm(297)) < Mm(1),
          f"{name}: A4 ({s.page_width.mm:.0f} x {s.page_height.mm:.0f} mm)")
    check(Mm(20) - Mm(0.5) <= s.top_margin <= Mm(25) and Mm(20) - Mm(0.5) <= s.bottom_margin <= Mm(25),
          f"{name}: top and bottom margins 20-25 mm ({s.top_margin.mm:.1f}, {s.bottom_margin.mm:.1f})")
    check(Mm(30) - Mm(0.5) <= s.left_margin <= Mm(35) and Mm(15) - Mm(0.5) <= s.right_margin <= Mm(20),
          f"{name}: left 30-35 mm, right 15-20 mm ({s.left_margin.mm:.1f}, {s.right_margin.mm:.1f})")
    check(s.different_first_page_header_footer, f"{name}: a different first page")
    header_xml = s.header._element.xml
    check("PAGE" in header_xml and "fldSimple" in header_xml, f"{name}: a PAGE field in the header")
    check("PAGE" not in s.first_page_header._element.xml, f"{name}: no page number on page 1")
    fonts = document.styles.element.find(qn("w:docDefaults"))
    fonts = lxml.etree.tostring(fonts).decode() if fonts is not None else ""
    check('w:ascii="Times New Roman"' in fonts and 'w:val="26"' in fonts, f"{name}: Times New Roman 13 pt")


def data_tables(document):
    """Every table with a grid, as rows of cell texts, its first row the header."""
    out = []
    for table in document.tables:
        if table.style is None or table.style.style_id != "DataTable":
            continue
        rows = [[c.text for c in r.cells] for r in table.rows]
        trpr = table.rows[0]._tr.trPr
        check(trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
              f"table {rows[0][:2]}: the header row repeats on every page")
        check(all(r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows),
              f"table {rows[0][:2]}: rows are not split across pages")
        out.append(rows)
    return out


def number(text):
    return int(text.replace(".", "").replace(",", "")) if text.strip() not in ("", "—") else None


def check_report(path, name, expect):
    document = docx.Document(path)
    check_page(document, name)
    elements = list(body_elements(document))
    head = elements[0] if not expect["draft"] else elements[1]
    if expect["draft"]:
        check(elements[0][0] == "p" and elements[0][1].text == expect["draft"], f"{name}: {expect['draft']} on top")
    check(head[0] == "t", f"{name}: the head is a two-column table")
    cells = [c.text for r in head[1].rows for c in r.cells]
    for words in expect["head"]:
        check(any(words in c for c in cells), f"{name}: the head says {words!r} ({cells})")
    paragraphs = [(kind, e) for kind, e in elements]
    texts = [e.text for kind, e in paragraphs if kind == "p"]
    check(expect["kind"] in texts and expect["subject"] in texts, f"{name}: kind and summary under the head")
    # The body, then the closing, then the appendix on a new page.
    headings = [e.text for kind, e in paragraphs if kind == "p" and e.style.name.lower() == "heading 1"]
    check(headings == expect["body"], f"{name}: body sections {headings}")
    appendix = [i for i, (kind, e) in enumerate(paragraphs) if kind == "p" and page_break_before(e)]
    check(len(appendix) == 1 and paragraphs[appendix[0]][1].text == expect["appendix"],
          f"{name}: one page break, before the appendix")
    closing = [i for i, (kind, e) in enumerate(paragraphs)
               if kind == "t" and expect["recipients"][0] in e.cell(0, 0).text]
    check(len(closing) == 1 and closing[0] < appendix[0], f"{name}: the signing block before the appendix")
    if closing:
        table = paragraphs[closing[0]][1]
        lines = [p.text for p in table.cell(0, 0).paragraphs]
        check(lines == expect["recipients"], f"{name}: recipients {lines}")
        signer = [p.text for p in table.cell(0, 1).paragraphs]
        check(signer == expect["signer"], f"{name}: signer {signer}")
    reference = paragraphs[appendix[0] + 2][1].text if appendix else ""
    check(reference == expect["reference"], f"{name}: appendix reference {reference!r}")
    for words in expect.get("narrative", []):
        check(any(words in t for t in texts), f"{name}: the narrative holds {words!r}")
    return data_tables(document)


def check_report_numbers(tables, name, status, overdue, budget):
    by_header = {}
    for rows in tables:
        by_header.setdefault(tuple(rows[0]), []).append(rows)
    status_tables = [rows for rows in tables if len(rows[0]) == 13]
    check(len(status_tables) == 2, f"{name}: two status tables (by area, by agency)")
    if status_tables:
        area = status_tables[0]
        keys = ["done-on-time", "done-late", "overdue", "due-soon", "on-track", "no-deadline", "cancelled"]
        for row in area[1:-1]:
            want = next((r for r in status["rows"] if r["label"] == row[0]), None)
            check(want is not None and [number(c) for c in row[1:8]] == [want[k] for k in keys],
                  f"{name}: status of {row[0]!r} equals cchc status ({row[1:8]})")
        total = area[-1]
        check([number(c) for c in total[1:8]] == [status["total"][k] for k in keys],
              f"{name}: the status total equals cchc status ({total[1:8]})")
    overdue_tables = [rows for rows in tables if len(rows[0]) in (7, 8) and "Quá hạn (ngày)" in rows[0]]
    check(len(overdue_tables) >= 1, f"{name}: the overdue table is there")
    if overdue_tables:
        got = sorted(r[rows_index(overdue_tables[0][0], "STT")] for r in overdue_tables[0][1:])
        want = sorted(i["task"] for i in overdue["items"] for _ in range(max(1, len(i["lead"]))))
        check(got == want, f"{name}: overdue tasks equal cchc overdue ({got} / {want})")
    budget_rows = [rows for rows in tables if rows[0][0] == "Lĩnh vực" and len(rows[0]) == 4]
    check(budget_rows and number(budget_rows[0][-1][1]) == budget["total_dong"] // 1000000,
          f"{name}: the budget total equals cchc budget")


def rows_index(header, prefix):
    return next(i for i, h in enumerate(header) if h.startswith(prefix))


def check_pages_by_agency(path, name, agencies, first_part=None):
    document = docx.Document(path)
    check_page(document, name)
    heads = [p for p in document.paragraphs if p.style.name.lower() == "heading 2"]
    check([p.text for p in heads] == agencies, f"{name}: one heading per agency ({[p.text for p in heads]})")
    check([page_break_before(p) for p in heads] == [False] + [True] * (len(agencies) - 1),
          f"{name}: each agency after the first starts a new page")
    return document


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory(prefix="cchc-docx-") as tmp:
        demo = os.path.join(tmp, "demo.docx")
        cchc(binary, "report", "--repo", PLANS, "--plan", "demo-2026", "--period", "2026-Q3",
             "--as-of", "2026-09-16", "-o", demo)
        with zipfile.ZipFile(demo) as z:
            check(z.testzip() is None, "the zip container is sound")
            check(z.namelist()[0] == "[Content_Types].xml", "[Content_Types].xml comes first")
        # The data day of the Q3 report made on 16/09 is the cut-off day, 14/09.
        day = ["--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-09-14", "--format", "json"]
        tables = check_report(demo, "demo 2026-Q3", {
            "draft": None,
            "head": ["UBND TỈNH MẪU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 125/BC-UBND", "Mẫu, ngày 18 tháng 9 năm 2026"],
            "kind": "BÁO CÁO", "subject": "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026",
            "body": ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
                     "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026", "IV. ĐỀ XUẤT, KIẾN NGHỊ"],
            "narrative": ["Bộ thủ tục hành chính của tỉnh được rà soát",
                          "- hoàn thành việc rà soát, đơn giản hóa thủ tục hành chính theo kế hoạch;",
                          "chờ hướng dẫn của bộ, ngành Trung ương", "Đề nghị Bộ Nội vụ sớm ban hành"],
            "recipients": ["Nơi nhận:", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
                           "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                           "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, SNV."],
            "signer": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Mẫu"],
            "appendix": "PHỤ LỤC",
            "reference": "(Kèm theo Báo cáo số 125/BC-UBND ngày 18/9/2026 của UBND tỉnh Mẫu)"})
        check(len(tables) >= 9, f"demo 2026-Q3: the appendix holds its tables ({len(tables)})")

        # The numbers: the year report of tth-2018 made after its cut-off day
        # holds every deadline of the plan as of 14/12/2018, as the other commands say.
        tth = os.path.join(tmp, "tth.docx")
        cchc(binary, "report", "--repo", PLANS, "--plan", "tth-2018", "--period", "2018",
             "--as-of", "2018-12-20", "--format", "docx", "-o", tth)
        day = ["--repo", PLANS, "--plan", "tth-2018", "--as-of", "2018-12-14", "--format", "json"]
        status = json.loads(cchc(binary, "status", "--by", "area", *day))
        budget = json.loads(cchc(binary, "budget", *day))
        overdue = json.loads(cchc(binary, "overdue", *day))
        check_report_numbers(data_tables(docx.Document(tth)), "tth 2018", status, overdue, budget)

        draft = os.path.join(tmp, "draft.docx")
        cchc(binary, "report", "--repo", PLANS, "--plan", "soc-trang-2021", "--period", "2021-Q1",
             "--as-of", "2021-03-18", "-o", draft)
        check_report(draft, "soc-trang 2021-Q1 (draft)", {
            "draft": "DỰ THẢO",
            "head": ["ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "Số:      /BC-UBND", "Sóc Trăng, ngày    tháng    năm 2021"],
            "kind": "BÁO CÁO", "subject": "Kết quả thực hiện công tác cải cách hành chính quý I năm 2021",
            "body": ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
                     "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2021"],
            "recipients": ["Nơi nhận:", "- ……………………;", "- Lưu: VT."],
            "signer": ["……………………", "……………………"],
            "appendix": "PHỤ LỤC",
            "reference": "(Kèm theo Báo cáo số      /BC-UBND ngày    /   /2021 của Ủy ban nhân dân tỉnh Sóc Trăng)"})

        # Reminder lists, one page per lead agency.
        as_of = ["--repo", PLANS, "--as-of", "2021-06-30"]
        overdue_all = json.loads(cchc(binary, "overdue", *as_of, "--format", "json"))
        md = cchc(binary, "overdue", *as_of, "--format", "md").decode()
        agencies = [line[3:].rsplit(" (", 1)[0] for line in md.splitlines() if line.startswith("## ")]
        pages = os.path.join(tmp, "overdue.docx")
        cchc(binary, "overdue", *as_of, "--by-owner-pages", "-o", pages)
        document = check_pages_by_agency(pages, "overdue by agency", agencies)
        rows = [r for t in data_tables(document) for r in t[1:]]
        n_items = len(overdue_all["items"]) + len(overdue_all["optional_past_due"])
        lead_rows = sum(max(1, len(i["lead"])) for i in overdue_all["items"]) + len(overdue_all["optional_past_due"])
        check(len(rows) == lead_rows, f"overdue by agency: {lead_rows} rows for {n_items} deadlines ({len(rows)})")

        window = ["--repo", PLANS, "--plan", "demo-2026", "--as-of", "2026-09-16", "--within", "60d"]
        due = json.loads(cchc(binary, "deadlines", *window, "--format", "json"))["items"]
        late = json.loads(cchc(binary, "overdue", "--repo", PLANS, "--plan", "demo-2026", "--as-of",
                               "2026-09-16", "--format", "json"))["items"]
        path = os.path.join(tmp, "deadlines.docx")
        cchc(binary, "deadlines", *window, "--by-owner-pages", "--format", "docx", "-o", path)
        document = docx.Document(path)
        check_page(document, "deadlines by agency")
        heads = [p for p in document.paragraphs if p.style.name.lower() == "heading 2"]
        check(len(heads) >= 2, f"deadlines by agency: several agencies ({[p.text for p in heads]})")
        tables = data_tables(document)
        overdue_tasks = sorted(r[1] for t in tables if "Quá hạn (ngày)" in t[0] for r in t[1:])
        due_tasks = sorted(r[2] for t in tables if t[0][0] == "Hạn" for r in t[1:])
        check(overdue_tasks == sorted(i["task"] for i in late for _ in range(max(1, len(i["lead"])))),
              f"deadlines by agency: the overdue tasks first on each page ({overdue_tasks})")
        want_due = sorted(i["task"] for i in due if i["task"] not in {x["task"] for x in late}
                          for _ in range(max(1, len(i["lead"]))))
        check(due_tasks == want_due, f"deadlines by agency: the tasks due in the window ({due_tasks} / {want_due})")
    return finish("docx")


if __name__ == "__main__":
    sys.exit(main())
