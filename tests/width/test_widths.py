#!/usr/bin/env python3
"""Every table command fits the width it is given (cli.md, "How wide"): run on
the bundled plans with COLUMNS=120 and COLUMNS=80, in both languages, for the
plans in force and for --all-plans, no line of standard output may be wider
than COLUMNS, measured in display width (combining marks take no column, wide
East Asian characters two)."""
import argparse
import os
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import cchctest  # noqa: E402

AS_OF = "2026-10-15"

COMMANDS = [
    ["status", "--by", "plan"],
    ["status", "--by", "area"],
    ["status", "--by", "owner"],
    ["targets"],
    ["targets", "--by-owner"],
    ["overdue"],
    ["overdue", "--owner", "Sở Tư pháp", "--role", "any"],
    ["deadlines", "--within", "3m"],
    ["budget"],
    ["budget", "--by", "plan", "--by", "area"],
    ["budget", "--by", "owner"],
    ["schedule"],
    ["calendar", "2026"],
    ["report", "--period", "2026-Q3"],
]

# Commands that take --all-plans (the plans in force are their default).
ACTIVE = {"status", "targets", "overdue", "deadlines", "budget", "schedule"}


def display_width(line):
    width = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def run(binary, args, columns):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "Asia/Ho_Chi_Minh",
           "COLUMNS": str(columns)}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    r = subprocess.run([binary, *args, "--repo", cchctest.PLANS, "--as-of", AS_OF],
                       capture_output=True, env=env, timeout=120)
    cchctest.check(r.returncode == 0, f"{' '.join(args)} exits 0 (got {r.returncode}: "
                   f"{r.stderr.decode(errors='replace')[:200]})")
    return r.stdout.decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    binary = os.path.abspath(ap.parse_args().binary)
    measured = 0
    for columns in (120, 80):
        for lang in ("vi", "en"):
            for command in COMMANDS:
                variants = [command]
                if command[0] in ACTIVE:
                    variants.append(command + ["--all-plans"])
                for args in variants:
                    args = args + ["--lang", lang]
                    out = run(binary, args, columns)
                    cchctest.check(out.strip() != "", f"{' '.join(args)} prints something")
                    widest = max((display_width(l) for l in out.splitlines()), default=0)
                    measured += 1
                    over = [l for l in out.splitlines() if display_width(l) > columns]
                    cchctest.check(not over, f"COLUMNS={columns} cchc {' '.join(args)}: "
                                   f"{len(over)} line(s) wider, the widest {widest}: "
                                   f"{over[0] if over else ''!r}")
    print(f"{measured} outputs measured")
    return cchctest.finish("width")


if __name__ == "__main__":
    sys.exit(main())
