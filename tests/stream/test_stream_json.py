#!/usr/bin/env python3
"""A 100k-diagnostic result streams (issue 15), on the real binary.

Generates a plan repository whose check finds exactly N diagnostics (default
100,000: FILES plan files of 1,000 tasks, each led by an agency no owner file
names, so one unknown-owner error per task; 1,000 is the most one rule keeps
per file), then checks that

- `cchc check --format json` writes one valid JSON document with N
  diagnostics and the summary's N errors;
- `-o FILE` (through the atomic writer) writes the same bytes;
- `cchc export` (JSON, its default) writes one valid document with every
  task of the repository.

Nothing is timed or measured here: peak RSS, measured with /usr/bin/time on
a release build, is in docs/performance.md. (A child's ru_maxrss would count
the pages of this script it was forked from, which holds the parsed output
of the run before.)

usage: test_stream_json.py --binary build/cchc [--diagnostics N]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

PER_FILE = 1000  # diag::Diagnostics::kPerFileRuleLimit: past it a rule's diagnostics are counted


def generate(root, n):
    os.makedirs(os.path.join(root, "plans"))
    with open(os.path.join(root, "cchc.yaml"), "w", encoding="utf-8") as f:
        f.write("plans: [plans/]\nowners: [owners.yaml]\n")
    with open(os.path.join(root, "owners.yaml"), "w", encoding="utf-8") as f:
        f.write("scope: tinh\nowners:\n  - {id: snv, name: Sở Nội vụ}\n")
    files = (n + PER_FILE - 1) // PER_FILE
    for i in range(files):
        tasks = min(PER_FILE, n - i * PER_FILE)
        with open(os.path.join(root, "plans", f"kh-{i:03}.yaml"), "w", encoding="utf-8") as f:
            f.write(f"id: kh-{i:03}\ntitle: Kế hoạch {i}\nperiod: 2026\nscope: tinh\ntasks:\n")
            f.writelines(f"  - {{id: '{t}', title: Nhiệm vụ {t}, lead: Sở Không Có, "
                         f"due: 31/12/2026}}\n" for t in range(1, tasks + 1))


def on_one_core():
    """Pins the child to one core: cchc then serialises the list on one thread."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run(binary, args, cwd, one_core=False):
    """(exit code, stdout bytes, stderr text)."""
    env = dict(os.environ, NO_COLOR="1", CCHC_AS_OF="2026-06-30")
    env.pop("CCHC_REPO", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen([binary] + args, cwd=cwd, env=env, stdout=out, stderr=err,
                             stdin=subprocess.DEVNULL,
                             preexec_fn=on_one_core if one_core else None)
        p.wait()
        out.seek(0)
        err.seek(0)
        return p.returncode, out.read(), err.read().decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--diagnostics", type=int, default=100_000)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    n = args.diagnostics
    root = tempfile.mkdtemp(prefix="cchc-stream-")
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        print(("ok    " if ok else "FAIL  ") + what)
        passed += bool(ok)
        failed += not ok

    try:
        generate(root, n)

        code, out, err = run(binary, ["check", "--format", "json"], root)
        print(f"      check --format json: exit {code}, {len(out):,} bytes")
        check(code == 1, f"check exits 1 on {n:,} errors" + ("" if code == 1 else f": {code}, {err[-500:]}"))
        doc = json.loads(out)
        diags = doc["diagnostics"]
        check(len(diags) == n, f"{len(diags):,} diagnostics, expected {n:,}")
        check(all(d["rule"] == "unknown-owner" for d in diags), "every one unknown-owner")
        check(doc["summary"]["errors"] == n, f"summary: {doc['summary']['errors']:,} errors")
        check(out.endswith(b"\n}\n"), "the document is whole, with its final newline")
        order = [(d["file"], d["line"]) for d in diags]
        check(order == sorted(order), "the diagnostics in file and line order")
        # More than one block of 2,048 records: on two cores or more they are
        # serialised on several threads; on one core, on this thread alone.
        cores = len(os.sched_getaffinity(0))
        code, single, err = run(binary, ["check", "--format", "json"], root, one_core=True)
        check(code == 1 and single == out,
              f"on one core the same bytes as on {cores} (the records serialised in order)")

        target = os.path.join(root, "check.json")
        code, _, err = run(binary, ["check", "--format", "json", "-o", target], root)
        with open(target, "rb") as f:
            written = f.read()
        check(code == 1 and written == out, "-o FILE holds the same bytes")
        leftovers = [f for f in os.listdir(root) if f.startswith(".check.json")]
        check(not leftovers, f"no temporary file left beside it {leftovers}")

        code, out, err = run(binary, ["export"], root)
        print(f"      export: exit {code}, {len(out):,} bytes")
        code1, single, _ = run(binary, ["export"], root, one_core=True)
        check(code1 == code and single == out, f"export: on one core the same bytes as on {cores}")
        doc = json.loads(out)
        ok = code == 0 and len(doc["tasks"]) == n
        check(ok, f"export: {len(doc['tasks']):,} task records, expected {n:,}" +
              ("" if ok else f": exit {code}, {err[-500:]}"))
    except (ValueError, KeyError, OSError) as e:
        check(False, f"{type(e).__name__}: {e}")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
