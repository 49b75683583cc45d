#!/usr/bin/env python3
"""The CI recipes and hooks of the docs, checked rather than trusted.

- Every YAML block of docs/ci.md and docs/cli.md parses, and each workflow's
  `apt-get install` lists exactly tests/deps/build.txt + tests/deps/ci.txt,
  the lists tests/install-deps.sh installs from.
- .pre-commit-hooks.yaml declares the hook cchc-check running `cchc check`.
- The hand-written pre-commit hook of docs/cli.md, run in a throwaway git
  repository: without cchc it refuses and says how to install it; with cchc it
  lets a good commit through and stops a staged plan with an error.

Usage: test_ci_docs.py --binary build/cchc
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def package_list(name):
    return [l.strip() for l in read(f"tests/deps/{name}").splitlines()
            if l.strip() and not l.strip().startswith("#")]


def blocks(markdown, lang):
    return re.findall(r"```" + lang + r"\n(.*?)```", markdown, re.S)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def installs(command):
    """The packages of each `apt-get install` in a shell command."""
    command = command.replace("\\\n", " ")
    out = []
    for line in command.splitlines():
        m = re.search(r"apt-get install (.*)", line)
        if m:
            out.append([w for w in m.group(1).split() if not w.startswith("-")])
    return out


def check_workflows():
    want = package_list("build.txt") + package_list("ci.txt")
    check(len(want) == len(set(want)), "tests/deps lists repeat a package")
    check("deps/build.txt" in read("tests/install-deps.sh"),
          "tests/install-deps.sh does not read tests/deps/build.txt")
    workflows = 0
    for doc in ("docs/ci.md", "docs/cli.md"):
        for text in blocks(read(doc), "yaml"):
            try:
                data = yaml.safe_load(text)
            except yaml.YAMLError as e:
                failures.append(f"{doc}: a YAML block does not parse: {e}")
                continue
            found = [p for s in strings(data) for p in installs(s)]
            if not found:
                continue
            workflows += 1
            check(len(found) == 1, f"{doc}: a workflow runs apt-get install {len(found)} times")
            for pkgs in found:
                missing = sorted(set(want) - set(pkgs))
                extra = sorted(set(pkgs) - set(want))
                check(not missing and not extra,
                      f"{doc}: workflow packages differ from tests/deps: missing {missing}, "
                      f"extra {extra}")
    check(workflows >= 2, f"docs/ci.md: expected a GitHub and a GitLab workflow, found {workflows}")


def check_pre_commit_hooks_file():
    hooks = yaml.safe_load(read(".pre-commit-hooks.yaml"))
    ids = {h["id"]: h for h in hooks}
    check("cchc-check" in ids, ".pre-commit-hooks.yaml has no hook cchc-check")
    if "cchc-check" in ids:
        h = ids["cchc-check"]
        check(h["entry"].startswith("cchc check"), "cchc-check does not run cchc check")
        check(h.get("pass_filenames") is False, "cchc-check should check the whole repository")
        check(re.search(h["files"], "plans/kh.yaml") is not None, "cchc-check skips plan files")


def check_hand_written_hook(binary):
    hook = [b for b in blocks(read("docs/cli.md"), "sh") if "pre-commit" in b.split("\n")[1]]
    check(len(hook) == 1, "docs/cli.md: the pre-commit hook block was not found")
    if not hook:
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, GIT_CONFIG_NOSYSTEM="1", GIT_AUTHOR_NAME="t",
                   GIT_AUTHOR_EMAIL="t@cchc.invalid", GIT_COMMITTER_NAME="t",
                   GIT_COMMITTER_EMAIL="t@cchc.invalid", CCHC_AS_OF="2026-07-01")
        repo = os.path.join(tmp, "kho")
        shutil.copytree(os.path.join(ROOT, "tests", "diff", "repo"), repo)
        subprocess.run(["git", "init", "-q"], cwd=repo, env=env, check=True)
        path = os.path.join(repo, ".git", "hooks", "pre-commit")
        with open(path, "w") as f:
            f.write(hook[0])
        os.chmod(path, 0o755)

        def commit(cchc, message):
            subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)
            return subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo,
                                  env=dict(env, CCHC=cchc), capture_output=True, text=True)

        p = commit(os.path.join(tmp, "no-such-cchc"), "without cchc")
        check(p.returncode != 0, "hook: a commit passed although cchc is not installed")
        check("not installed" in p.stderr and "apt install" in p.stderr,
              f"hook: without cchc it should say how to install it; said {p.stderr!r}")
        p = commit(binary, "good plans")
        check(p.returncode == 0, f"hook: a good commit was refused: {p.stderr}")
        plan = os.path.join(repo, "plans", "kh-2026.yaml")
        with open(plan, encoding="utf-8") as f:
            text = f.read()
        with open(plan, "w", encoding="utf-8") as f:
            f.write(text.replace("due: 30/06/2026", "due: 31/02/2026"))
        p = commit(binary, "impossible day")
        check(p.returncode != 0, "hook: a plan with an impossible day was committed")
        check("bad-date" in p.stderr, f"hook: the refusal should show the diagnostic: {p.stderr!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    check_workflows()
    check_pre_commit_hooks_file()
    check_hand_written_hook(os.path.abspath(args.binary))
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"test_ci_docs: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
