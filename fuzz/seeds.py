#!/usr/bin/env python3
"""Seed corpora for the fuzz targets (docs/fuzzing.md), made from what the
project already holds: the bundled plans/, the inputs of the golden tests
(tests/cli) and the YAML examples of docs/. Nothing generated is committed.

usage: seeds.py --root PROJECT --out FOLDER   (writes FOLDER/<target>/...)
"""
import argparse
import hashlib
import io
import pathlib
import re
import struct
import zipfile

try:
    import yaml  # python3-yaml; without it the value seeds are fewer
except ImportError:  # pragma: no cover
    yaml = None


MAX_LEN = 65536


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    root = pathlib.Path(args.root)
    out = pathlib.Path(args.out)
    seeds = {name: set() for name in
             ("plan", "config_files", "values", "import", "period", "words", "report_meta", "xlsx")}

    yaml_files = [f for f in sorted(root.glob("plans/**/*.yaml")) + sorted(root.glob("tests/cli/**/*.yaml"))
                  if f.is_file()]
    doc_blocks = []
    for md in sorted(root.glob("docs/*.md")):
        doc_blocks += re.findall(r"```yaml\n(.*?)```", md.read_text(encoding="utf-8"), re.S)

    for f in yaml_files:
        data = f.read_bytes()
        parts = f.parts
        if f.name == "cchc.yaml":
            seeds["config_files"].add(b"c" + data)
        elif f.name == "calendar.yaml":
            seeds["config_files"].add(b"k" + data)
        elif "owners" in parts or f.name.startswith("owners"):
            seeds["config_files"].add(b"o" + data)
        elif "reports" in parts:
            seeds["report_meta"].add(data)
        else:
            seeds["plan"].add(data)
    for block in doc_blocks:
        data = block.encode("utf-8")
        seeds["plan"].add(data)
        if re.search(r"^(signer|number|recipients|sections):", block, re.M):
            seeds["report_meta"].add(data)
        if re.search(r"^holidays:", block, re.M):
            seeds["config_files"].add(b"k" + data)
        if re.search(r"^(plans|owners|budget_unit|rules):", block, re.M):
            seeds["config_files"].add(b"c" + data)

    # Single values for the parsers: the selector byte of fuzz_values.cpp, then the text.
    keys = {"due": b"d", "start": b"d", "budget": b"a", "total": b"a", "goal": b"g",
            "status": b"s", "done_on": b"y", "issued": b"y", "date": b"y"}
    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in keys and isinstance(v, (str, int, float)):
                    seeds["values"].add(keys[k] + str(v).encode("utf-8"))
                if k == "period" and isinstance(v, (str, int)):
                    seeds["period"].add(str(v).encode("utf-8"))
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    if yaml is not None:
        for f in yaml_files:
            try:
                walk(yaml.safe_load(f.read_text(encoding="utf-8")))
            except Exception:  # bad inputs of the golden tests are seeds too, as whole files
                pass
    for text in ("Quý I/2021", "Quý IV năm 2022", "Tháng 6/2021", "Trước ngày 30/6/2021",
                 "Hàng quý", "Hàng tháng, trước ngày 20", "Thường xuyên", "Năm 2022",
                 "6 tháng đầu năm 2021", "2021-2025", "15/01/2021 - 30/03/2021",
                 "Chuyển tiếp từ năm 2017", "Theo hướng dẫn của Trung ương"):
        seeds["values"].add(b"d" + text.encode())
    for text in ("2.019 triệu", "21,95 tỷ", "350 tr.đ", "500.000 đồng", "2.5", "1.000.000.000 tỷ"):
        seeds["values"].add(b"a" + text.encode())
    for text in (">= 90%", "100%", "80-90%", "có", "Tốt", "tăng 5%"):
        seeds["values"].add(b"g" + text.encode())
    for text in ("done", "Đã hoàn thành", "đang thực hiện", "blocked"):
        seeds["values"].add(b"s" + text.encode())
    for text in ("2021-06-30", "30/6/2021", "29/02/2021", "31/12/9999"):
        seeds["values"].add(b"y" + text.encode())
    for text in ("2021", "2021..2025", "2021-Q1", "2021-H1", "Quý I/2021",
                 "6 tháng đầu năm 2021", "Năm 2021", "2026-Q3"):
        seeds["period"].add(text.encode())

    for n in (0, 1, 5, 10, 11, 15, 21, 24, 101, 105, 1000, 1001, 10000, 1000000, 21950000000,
              10**15, 10**18, 2**63 - 1, -1, -(2**63)):
        seeds["words"].add(struct.pack("<q", n))

    csvs = sorted(root.glob("tests/cli/**/*.csv"))
    for f in csvs:
        data = f.read_bytes()
        seeds["import"].add(data)
        seeds["xlsx"].add(workbook(data.decode("utf-8", "replace")))
        # fuzz_xlsx's structured inputs: a selector byte, then one part.
        seeds["xlsx"].add(b"\x01" + sheet_xml(data.decode("utf-8", "replace")).encode())
    for selector, part in ((2, XLSX_STRINGS), (3, XLSX_STYLES), (4, XLSX_WORKBOOK)):
        seeds["xlsx"].add(bytes([selector]) + part.encode())

    for name, items in seeds.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for data in items:
            if len(data) > MAX_LEN:  # run.sh's -max_len: big golden inputs only slow the run
                continue
            (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
        print(f"{name}: {len(items)} seeds")


XLSX_STRINGS = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                '<si><t>STT</t></si><si><t>Nội dung</t></si><si><r><t>Rà soát </t></r><r><rPr><b/></rPr>'
                '<t>thủ tục</t></r><rPh><t>x</t></rPh></si><si><t xml:space="preserve">Dòng 1\nDòng 2</t></si></sst>')
XLSX_STYLES = ('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
               '<numFmt numFmtId="165" formatCode="#,##0&quot; đồng&quot;"/></numFmts>'
               '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
               '</styleSheet>')
XLSX_WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<workbookPr date1904="1"/><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/>'
                 '<sheet name="Khác" sheetId="2" r:id="rId9"/></sheets></workbook>')


def sheet_xml(csv_text):
    """The first sheet's XML (inline strings) holding the CSV's cells."""
    import csv
    rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))))
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    sheet = ['<?xml version="1.0" encoding="UTF-8"?><worksheet '
             'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">')
        for c, cell in enumerate(row):
            ref = (chr(65 + c) if c < 26 else "A" + chr(65 + c - 26)) + str(r)
            sheet.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(cell)}</t></is></c>')
        sheet.append("</row>")
    sheet.append("</sheetData></worksheet>")
    return "".join(sheet)


def workbook(csv_text):
    """A minimal .xlsx (inline strings) holding the CSV's cells."""
    sheet = [sheet_xml(csv_text)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Kế hoạch" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
    return buf.getvalue()


if __name__ == "__main__":
    main()
