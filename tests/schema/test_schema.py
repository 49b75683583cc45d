#!/usr/bin/env python3
"""Checks schemas/*.schema.json with a real JSON Schema validator (ajv-cli) against cchc itself.

The schemas serve editors (the `# yaml-language-server: $schema=...` first line of every file), so
they must accept what cchc accepts and reject what it rejects, as far as JSON Schema can say it:
  (a) every file of the example repository plans/ validates against the schema of its kind;
  (b) each file under tests/schema/bad/ holds ONE mistake; ajv must reject it, and `cchc check`
      must report errors of exactly the rule its name starts with (`unknown-key--task-dua.yaml`);
  (c) the repository tests/schema/good/, which uses every key in every shape, passes both.

The YAML is turned into JSON here, the way an editor sees it: YAML 1.2 core types, so dates stay
strings and the key `on:` stays the text "on" (PyYAML's default YAML 1.1 rules would make them a
date and the boolean true).

Usage: test_schema.py --ajv PATH/TO/ajv --binary PATH/TO/cchc
Python 3 standard library and PyYAML only. The last line is `schema: N passed, M failed`.
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SCHEMAS = os.path.join(ROOT, "schemas")
EXAMPLE = os.path.join(ROOT, "plans")
GOOD = os.path.join(HERE, "good")
BAD = os.path.join(HERE, "bad")
AS_OF = "2021-12-31"  # every `cchc check` here runs on a fixed day: no hidden clock

KINDS = ("plan", "owners", "cchc", "calendar", "report")
MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")


# ---- YAML as an editor reads it ----------------------------------------------

class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types instead of YAML 1.1's.

    Removed: timestamps (editors keep 2020-06-01 a string), yes/no/on/off booleans, sexagesimal
    and underscored numbers, leading-zero octals. Duplicate keys are an error, as in editors.
    """


Yaml12Loader.yaml_implicit_resolvers = {}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789"))
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))


def _construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def _construct_float(loader, node):
    text = loader.construct_scalar(node)
    value = float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf")
                  .replace(".nan", "nan").replace(".NaN", "nan").replace(".NAN", "nan"))
    # JSON has no infinity or NaN: keep the text, which no schema here accepts as a number.
    return value if math.isfinite(value) else text


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _construct_float)
Yaml12Loader.construct_mapping = _construct_mapping


def yaml_to_json(path):
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=Yaml12Loader)  # noqa: S506 - a SafeLoader subclass
    # Mapping keys are always text in JSON, as in an editor's view of the YAML.
    return json.dumps(data, ensure_ascii=False, indent=1)


# ---- results -------------------------------------------------------------------

class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print(f"ok    {what}")

    def fail(self, what, why):
        self.failed += 1
        print(f"FAIL  {what}")
        for line in why.strip().splitlines():
            print(f"        {line}")

    def check(self, condition, what, why):
        if condition:
            self.ok(what)
        else:
            self.fail(what, why)


def rel(path):
    return os.path.relpath(path, ROOT)


# ---- ajv -----------------------------------------------------------------------

class Ajv:
    """Runs ajv-cli once per schema over many JSON files and reads each file's verdict."""

    def __init__(self, exe, workdir):
        self.exe = exe
        self.workdir = workdir
        self.count = 0

    def validate(self, schema_kind, yaml_paths):
        """{yaml_path: (valid, error text)}; a file that cannot be read as YAML is invalid too."""
        verdicts = {}
        json_for = {}
        for path in yaml_paths:
            try:
                text = yaml_to_json(path)
            except (yaml.YAMLError, UnicodeDecodeError) as e:
                verdicts[path] = (False, f"not readable as YAML: {e}")
                continue
            self.count += 1
            out = os.path.join(self.workdir, f"{self.count:04d}.json")
            with open(out, "w", encoding="utf-8") as f:
                f.write(text)
            json_for[path] = out
        if not json_for:
            return verdicts
        schema = os.path.join(SCHEMAS, f"{schema_kind}.schema.json")
        cmd = [self.exe, "validate", "--spec=draft7", "--strict=false", "--errors=text", "-s", schema]
        for out in json_for.values():
            cmd += ["-d", out]
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
        lines = (run.stdout + "\n" + run.stderr).splitlines()
        for path, out in json_for.items():
            if f"{out} valid" in lines:
                verdicts[path] = (True, "")
            elif f"{out} invalid" in lines:
                verdicts[path] = (False, _errors_after(lines, f"{out} invalid"))
            else:
                verdicts[path] = (False, f"ajv gave no verdict (exit {run.returncode}):\n{run.stdout}{run.stderr}")
        return verdicts


def _errors_after(lines, header):
    i = lines.index(header) + 1
    found = []
    while i < len(lines) and not re.search(r"\.json (in)?valid$", lines[i]):
        found.append(lines[i])
        i += 1
    return "\n".join(found).strip()


# ---- cchc check ------------------------------------------------------------------

def cchc_check(binary, repo, paths=()):
    """(exit code, [(severity, rule, file:line, message)]) of `cchc check --format json`."""
    cmd = [binary, "check", "--repo", repo, "--format", "json", "--as-of", AS_OF, *paths]
    run = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=repo)
    try:
        doc = json.loads(run.stdout)
    except json.JSONDecodeError:
        return run.returncode, None, run.stdout + run.stderr
    found = [(d.get("severity"), d.get("rule"), f"{d.get('file')}:{d.get('line')}", d.get("message"))
             for d in doc.get("diagnostics", [])]
    return run.returncode, found, ""


def describe(diags):
    return "\n".join(f"{where}: {sev}[{rule}] {msg}" for sev, rule, where, msg in diags) or "(no diagnostics)"


# ---- the three parts ---------------------------------------------------------------

def yaml_files(folder):
    found = []
    for base, _, names in os.walk(folder):
        found += [os.path.join(base, n) for n in names if n.endswith((".yaml", ".yml"))]
    return sorted(found)


def check_modeline(tally, path, kind):
    """The first line names the schema of the file's kind, by a path that exists."""
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().rstrip("\r\n").lstrip("\ufeff")
    m = MODELINE.match(first)
    target = os.path.normpath(os.path.join(os.path.dirname(path), m.group(1))) if m else None
    want = os.path.join(SCHEMAS, f"{kind}.schema.json")
    tally.check(target == want, f"modeline {rel(path)}",
                f"first line is {first!r}; it should point at {os.path.relpath(want, os.path.dirname(path))}")


def validate_all(tally, ajv, kind, paths, label):
    for path, (valid, errors) in ajv.validate(kind, paths).items():
        tally.check(valid, f"{label} {rel(path)} against {kind}.schema.json", errors)


def part_example(tally, ajv):
    """(a) The example repository shipped in plans/."""
    groups = {
        "plan": yaml_files(os.path.join(EXAMPLE, "plans")),
        "owners": yaml_files(os.path.join(EXAMPLE, "owners")),
        "cchc": [os.path.join(EXAMPLE, "cchc.yaml")],
        "calendar": [p for p in [os.path.join(EXAMPLE, "calendar.yaml")] if os.path.exists(p)],
        "report": yaml_files(os.path.join(EXAMPLE, "reports")),
    }
    tally.check(groups["plan"] and groups["owners"], "example repository has plans and owners",
                f"no plan or owners files under {rel(EXAMPLE)}")
    for kind in KINDS:
        for path in groups[kind]:
            check_modeline(tally, path, kind)
        validate_all(tally, ajv, kind, groups[kind], "example")


def good_kind(path):
    name = os.path.basename(path)
    if name == "cchc.yaml":
        return "cchc"
    if name == "calendar.yaml":
        return "calendar"
    if name == "owners.yaml":
        return "owners"
    if os.path.basename(os.path.dirname(path)) == "reports":
        return "report"
    return "plan"


def part_good(tally, ajv, binary):
    """(c) tests/schema/good/: every key in every shape passes the schemas and cchc check."""
    by_kind = {k: [] for k in KINDS}
    for path in yaml_files(GOOD):
        by_kind[good_kind(path)].append(path)
    for kind in KINDS:
        tally.check(by_kind[kind], f"good repository has a {kind} file", "add one")
        for path in by_kind[kind]:
            check_modeline(tally, path, kind)
        validate_all(tally, ajv, kind, by_kind[kind], "good")
    code, diags, raw = cchc_check(binary, GOOD)
    tally.check(diags is not None and code == 0 and not diags, "good repository passes cchc check",
                raw or f"exit {code}\n{describe(diags or [])}")


# Bad cases. Plans live in one small repository (bad/cchc.yaml, bad/owners.yaml, bad/plans/);
# a case for another kind of file is put into a scratch repository of its own.
CASE_FOLDERS = {"plan": "plans", "owners": "owners-cases", "cchc": "config-cases", "calendar": "calendar-cases",
                "report": "report-cases"}


def expected_rule(path):
    return os.path.basename(path).split("--", 1)[0]


def scratch_repository(kind, case, workdir):
    """A repository in which `case` plays the file of its kind; the other files come from bad/."""
    repo = tempfile.mkdtemp(prefix=f"{kind}-", dir=workdir)
    os.makedirs(os.path.join(repo, "plans"))
    shutil.copy(os.path.join(BAD, "owners.yaml"), os.path.join(repo, "owners.yaml"))
    if kind == "cchc":
        shutil.copy(case, os.path.join(repo, "cchc.yaml"))
        return repo
    config = "plans: [plans/]\nowners: [owners.yaml]\n"
    if kind == "owners":
        shutil.copy(case, os.path.join(repo, "owners.yaml"))
    if kind == "calendar":
        shutil.copy(case, os.path.join(repo, "calendar.yaml"))
        config += "calendar: calendar.yaml\n"
    if kind == "report":
        os.makedirs(os.path.join(repo, "reports"))
        shutil.copy(case, os.path.join(repo, "reports", "2021-H1.yaml"))
    with open(os.path.join(repo, "cchc.yaml"), "w", encoding="utf-8") as f:
        f.write(config)
    return repo


def part_bad(tally, ajv, binary, workdir):
    """(b) One mistake per file: ajv rejects it and cchc check reports that rule, and only it."""
    code, diags, raw = cchc_check(binary, BAD, [os.path.join(BAD, "plans", "base.yaml")])
    tally.check(diags is not None and code == 0 and not diags, "bad/plans/base.yaml (the cases' base) is clean",
                raw or f"exit {code}\n{describe(diags or [])}")
    for kind, folder in CASE_FOLDERS.items():
        cases = [p for p in yaml_files(os.path.join(BAD, folder)) if "--" in os.path.basename(p)]
        tally.check(cases, f"bad cases for {kind} files exist", f"no <rule>--<what>.yaml under bad/{folder}")
        verdicts = ajv.validate(kind, cases)
        for case in cases:
            check_modeline(tally, case, kind)
            valid, _ = verdicts[case]
            tally.check(not valid, f"ajv rejects {rel(case)}", "the schema accepts this file")
            if kind == "plan":
                code, diags, raw = cchc_check(binary, BAD, [case])
            else:
                code, diags, raw = cchc_check(binary, scratch_repository(kind, case, workdir))
            rule = expected_rule(case)
            errors = [d for d in (diags or []) if d[0] == "error"]
            agree = diags is not None and code == 1 and errors and all(d[1] == rule for d in errors)
            tally.check(agree, f"cchc check reports {rule} for {rel(case)}",
                        raw or f"exit {code}; expected only error[{rule}]\n{describe(diags or [])}")


def part_loader(tally):
    """The YAML-to-JSON step itself: what an editor sees."""
    got = yaml.load("updates: [{on: 2020-05-20, progress: 60}]\nok: yes\nn: 010\n", Loader=Yaml12Loader)
    want = {"updates": [{"on": "2020-05-20", "progress": 60}], "ok": "yes", "n": 10}
    tally.check(got == want, "YAML is read with YAML 1.2 core types", f"got {got!r}, want {want!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ajv", default="", help="the ajv executable of ajv-cli 5")
    parser.add_argument("--binary", default="", help="the cchc executable")
    args = parser.parse_args()
    # cchc runs inside the repository it checks, so relative paths would break.
    args.ajv = os.path.abspath(args.ajv) if args.ajv else ""
    args.binary = os.path.abspath(args.binary) if args.binary else ""
    tally = Tally()
    missing = []
    if not args.ajv or not os.access(args.ajv, os.X_OK):
        missing.append(f"ajv-cli not found (--ajv {args.ajv!r}): install it with "
                       "`npm install --prefix DIR ajv-cli@5.0.0` and configure with "
                       "-DCCHC_AJV=DIR/node_modules/.bin/ajv (tests/run.sh does this)")
    if not args.binary or not os.access(args.binary, os.X_OK):
        missing.append(f"the cchc binary not found (--binary {args.binary!r})")
    if missing:
        for why in missing:
            tally.fail("setup", why)
    else:
        with tempfile.TemporaryDirectory(prefix="cchc-schema-") as workdir:
            ajv = Ajv(args.ajv, workdir)
            part_loader(tally)
            part_example(tally, ajv)
            part_good(tally, ajv, args.binary)
            part_bad(tally, ajv, args.binary, workdir)
    print(f"schema: {tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
