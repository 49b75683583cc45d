#!/usr/bin/env python3
"""A library cchc opens at run time that is missing or wrong: a message, never a crash.

cchc opens libzip and libxlsxwriter with dlopen only when a command needs them
(io/shared_library.hpp). Put first on LD_LIBRARY_PATH, a library under their
sonames that lacks their functions (fake_library.cpp), and then a file that is
no library at all, must make `export --format xlsx`, a Word `report` and the
import of an .xlsx say which library and which function is missing, in
Vietnamese (and in English with --lang en; import's as a diagnostic at the
file, like a file that is no workbook), exit 2 and write nothing; the other
commands still run.

Usage: test_missing_library.py --binary build/cchc --fake libcchc_fake_library.so
           --libzip libzip.so.4 --xlsxwriter libxlsxwriter.so.4
"""
import argparse
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from cchctest import PLANS, check, finish, run_cchc  # noqa: E402

DAY = ["--repo", PLANS, "--as-of", "2026-09-16"]


def run(binary, args, libs=None):
    """The exit code and what cchc printed, with `libs` first on LD_LIBRARY_PATH."""
    r = run_cchc(binary, *args, extra_env={"LD_LIBRARY_PATH": libs} if libs else None)
    return r.returncode, r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--fake", required=True)
    ap.add_argument("--libzip", required=True)
    ap.add_argument("--xlsxwriter", required=True)
    o = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cchc-libs-") as tmp:
        libs = os.path.join(tmp, "lib")
        os.mkdir(libs)
        for soname in (o.libzip, o.xlsxwriter):
            shutil.copy(o.fake, os.path.join(libs, soname))
        book = os.path.join(tmp, "book.xlsx")
        rc, out = run(o.binary, ["export", *DAY, "--plan", "demo-2026", "--format", "xlsx", "-o", book])
        check(rc == 0, f"export --format xlsx with the real libraries failed ({rc}): {out}")

        def refused(args, want_rc, want, written=None, name=""):
            rc, out = run(o.binary, args, libs)
            check(rc == want_rc, f"{name}: exit {rc}, not {want_rc}: {out}")
            check(want in out, f"{name}: no \"{want}\" in: {out}")
            check("Sanitizer" not in out and "Segmentation" not in out, f"{name}: crashed: {out}")
            if written:
                check(not os.path.exists(written), f"{name}: wrote {written}")

        xlsx = os.path.join(tmp, "out.xlsx")
        docx = os.path.join(tmp, "out.docx")
        plan = os.path.join(tmp, "imported.yaml")
        export = ["export", *DAY, "--plan", "demo-2026", "--format", "xlsx", "-o", xlsx]
        report = ["report", *DAY, "--plan", "demo-2026", "--period", "2026-Q3", "-o", docx]
        imp = ["import", book, *DAY, "--id", "rt", "--period", "2026", "--scope", "demo", "-o", plan]
        refused(export, 2, f"cchc: không ghi được tệp Excel: thiếu thư viện mà cchc cần "
                f"({o.xlsxwriter} has no function workbook_new_opt)", xlsx, "export xlsx")
        refused([*export, "--lang", "en"], 2, f"cchc: cannot write the Excel file: a library cchc "
                f"needs is missing ({o.xlsxwriter} has no function", xlsx, "export xlsx --lang en")
        refused(report, 2, f"cchc: không ghi được tệp Word: thiếu thư viện mà cchc cần "
                f"({o.libzip} has no function", docx, "report docx")
        refused(imp, 2, f"lỗi[bad-file]: không đọc được bảng tính Excel: thiếu thư viện mà cchc "
                f"cần ({o.libzip} has no function", plan, "import xlsx")
        # Not a library at all: the dynamic loader's own words.
        with open(os.path.join(libs, o.libzip), "w") as f:
            f.write("not a library\n")
        refused(imp, 2, f"không đọc được bảng tính Excel: thiếu thư viện mà cchc cần "
                f"({os.path.join(libs, o.libzip)}: ", plan, "import xlsx, no ELF file")
        # Commands that need neither library do not notice.
        rc, out = run(o.binary, ["check", "-q", *DAY], libs)
        check(rc == 0, f"check with the fake libraries failed ({rc}): {out}")
        rc, out = run(o.binary, ["export", *DAY, "--plan", "demo-2026", "--format", "csv"], libs)
        check(rc == 0 and out.count("\n") > 5, f"export csv with the fake libraries failed ({rc})")

    return finish("missing-library")


if __name__ == "__main__":
    sys.exit(main())
