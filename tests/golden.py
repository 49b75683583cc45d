#!/usr/bin/env python3
"""Golden tests: run the real cchc binary on each case and compare whole outputs.

A case is a folder under tests/cli/ holding:
  args      the arguments, one per line ({root} is the project's top folder)
  cwd       optional: the folder to run in, relative to the project's top folder
            (default: the case folder itself, so paths in diagnostics are short)
  env       optional: KEY=VALUE lines added to a clean environment
  stdin     optional: standard input
  stdout, stderr, exit   the expected results (exit defaults to 0)
  repo/...  optional input files (cchc.yaml, owners, plans) used by the args;
            a case run in its own folder may hold them right there instead
  tmpdir    optional, empty: run in a fresh temporary folder instead, holding a
            copy of repo/ (if any), deleted afterwards; for commands that write
            (init), so the case folder stays clean. Such a case also compares
            `files`: every file left in the temporary folder, as a
            "== path ==" line followed by its content.
  names-only  optional: glob patterns (one a line, fnmatch on the path in the
            temporary folder) of files listed in `files` by name only, for
            content another test compares (the schemas cchc writes are
            compared with schemas/ by tests/editor/test_yaml_ls.py).
A line `&&` in args separates commands run one after the other in the same
folder, the next only if the previous exited 0 (as in a shell): stdout and
stderr are their outputs joined, exit is the code of the last one run.

Usage: golden.py --binary build/cchc --cases tests/cli [--update] [CASE ...]
--update rewrites the expected files from the current binary: a reviewed,
manual step (git diff shows what changed); CI never runs it.
"""
import argparse
import difflib
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def listing(folder, names_only=()):
    """Every file under folder, sorted, as '== path ==' and its bytes (only the
    line for a path matching one of `names_only`)."""
    parts = []
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(top, name)
            rel = os.path.relpath(path, folder)
            head = f"== {rel} ==\n".encode()
            if any(fnmatch.fnmatch(rel, p) for p in names_only):
                parts.append(head)
            else:
                parts.append(head + read(path))
    return b"".join(parts)


def run_case(binary, case_dir):
    """Returns stdout, stderr, exit code and the `files` listing (None unless tmpdir)."""
    args = [a for a in read(os.path.join(case_dir, "args"), b"").decode().split("\n") if a != ""]
    args = [a.replace("{root}", ROOT) for a in args]
    commands = [[]]
    for a in args:
        if a == "&&":
            commands.append([])
        else:
            commands[-1].append(a)
    cwd_rel = read(os.path.join(case_dir, "cwd"))
    cwd = os.path.join(ROOT, cwd_rel.decode().strip()) if cwd_rel else case_dir
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "100", "TZ": "Asia/Ho_Chi_Minh"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    extra = read(os.path.join(case_dir, "env"))
    if extra:
        for line in extra.decode().splitlines():
            if "=" in line:
                k, v = line.split("=", 1)
                env[k] = v.replace("{root}", ROOT)
    stdin = read(os.path.join(case_dir, "stdin"), b"")

    def run_all(folder):
        out = err = b""
        code = 0
        for command in commands:
            p = subprocess.run([binary] + command, cwd=folder, env=env, input=stdin, capture_output=True, timeout=120)
            out, err, code = out + p.stdout, err + p.stderr, p.returncode
            if code != 0:
                break
        return out, err, code

    if not os.path.exists(os.path.join(case_dir, "tmpdir")):
        return run_all(cwd) + (None,)
    with tempfile.TemporaryDirectory(prefix="cchc-golden-") as tmp:
        repo = os.path.join(case_dir, "repo")
        if os.path.isdir(repo):
            shutil.copytree(repo, tmp, dirs_exist_ok=True)
        names_only = read(os.path.join(case_dir, "names-only"), b"").decode().split()
        return run_all(tmp) + (listing(tmp, names_only),)


def diff(name, expected, actual):
    e = expected.decode("utf-8", "replace").splitlines(keepends=True)
    a = actual.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(e, a, f"expected/{name}", f"actual/{name}"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--cases", default=os.path.join(ROOT, "tests", "cli"))
    ap.add_argument("--update", action="store_true")
    ap.add_argument("only", nargs="*")
    opts = ap.parse_args()
    binary = os.path.abspath(opts.binary)
    names = sorted(d for d in os.listdir(opts.cases) if os.path.isfile(os.path.join(opts.cases, d, "args")))
    if opts.only:
        names = [n for n in names if n in opts.only]
    passed = failed = 0
    for name in names:
        case_dir = os.path.join(opts.cases, name)
        out, err, code, files = run_case(binary, case_dir)
        outputs = [("stdout", out), ("stderr", err)] + ([("files", files)] if files is not None else [])
        if opts.update:
            for fname, data in outputs:
                path = os.path.join(case_dir, fname)
                if data or os.path.exists(path):
                    with open(path, "wb") as f:
                        f.write(data)
            with open(os.path.join(case_dir, "exit"), "w") as f:
                f.write(f"{code}\n")
            print(f"updated {name}")
            continue
        problems = []
        for fname, actual in outputs:
            expected = read(os.path.join(case_dir, fname), b"")
            if expected != actual:
                problems.append(diff(fname, expected, actual))
        expected_code = int(read(os.path.join(case_dir, "exit"), b"0").decode().strip() or 0)
        if expected_code != code:
            problems.append(f"exit code: expected {expected_code}, got {code}\n")
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems:
                sys.stdout.write(p)
        else:
            passed += 1
            print(f"ok   {name}")
    if not opts.update:
        print(f"golden: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
