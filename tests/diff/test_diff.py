#!/usr/bin/env python3
"""cchc diff against throwaway git repositories built with the git CLI.

The repository of tests/diff/repo/ is committed, then changed the way plans
change in review (a task added, a deadline moved later by 45 days, 150 triệu
đồng more in one area, a task renumbered, a task marked done, an agency
renamed) and committed again. Whole outputs are compared with the files in
tests/diff/expected/ (--update rewrites them: a reviewed step, never in CI).
The index (--staged) and the working tree are then changed further, and
bad revisions and folders outside git must exit 2 in both languages.

Usage: test_diff.py --binary build/cchc [--update]
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = "2026-07-01"


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, stdout=subprocess.DEVNULL)


def edit(path, old, new):
    """Replace one exact piece of a file; the test is wrong if it is not there once."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert text.count(old) == 1, f"{path}: {old!r} found {text.count(old)} times"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))


def review_changes(repo):
    """The second commit: what a plan change under review looks like."""
    plan = os.path.join(repo, "plans", "kh-2026.yaml")
    # 150 triệu đồng more for task 1 in area tthc, printed totals updated; task 1 done.
    edit(plan, "declared_total: 400", "declared_total: 550")
    edit(plan, "name: Cải cách thủ tục hành chính, declared_total: 300",
         "name: Cải cách thủ tục hành chính, declared_total: 450")
    edit(plan, "    budget: 100\n    status: in-progress\n",
         "    budget: 250\n    status: done\n    done_on: 2026-03-28\n")
    # Deadline of task 2 moved later by 45 days.
    edit(plan, "due: 30/06/2026", "due: 14/08/2026")
    # A new task 3 inserted; the old task 3 becomes task 4 (same title and lead).
    edit(plan, '  - id: "3"\n    title: Báo cáo',
         '  - id: "3"\n    title: Tập huấn kỹ năng giải quyết thủ tục hành chính\n'
         '    area: tthc\n    lead: Sở Tư pháp\n    due: 30/09/2026\n'
         '  - id: "4"\n    title: Báo cáo')
    # The agency is renamed; its old name stays an alias so that plans still resolve.
    edit(os.path.join(repo, "owners.yaml"),
         "{id: sttt, name: Sở Thông tin và Truyền thông, level: province}",
         "{id: sttt, name: Sở Khoa học và Công nghệ, aliases: [Sở Thông tin và Truyền thông], "
         "level: province}")


def make_repo(tmp):
    repo = os.path.join(tmp, "kho")
    shutil.copytree(os.path.join(HERE, "repo"), repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "Kế hoạch ban đầu")
    review_changes(repo)
    git(repo, "commit", "-q", "-a", "-m", "Điều chỉnh kế hoạch")
    return repo


class Runner:
    def __init__(self, binary, update):
        self.binary = binary
        self.update = update
        self.failures = []

    def run(self, cwd, *args):
        env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ["HOME"], "COLUMNS": "200"}
        p = subprocess.run([self.binary, "diff", *args], cwd=cwd, env=env,
                           capture_output=True, timeout=60)
        return p.returncode, p.stdout.decode(), p.stderr.decode()

    def expect(self, name, cwd, args, code, stream="stdout"):
        """Run `cchc diff ARGS` and compare the exit code and one stream with expected/NAME."""
        rc, out, err = self.run(cwd, *args)
        got = out if stream == "stdout" else err
        path = os.path.join(HERE, "expected", name)
        if rc != code:
            self.failures.append(f"{name}: exit {rc}, expected {code}\n{err}")
        if self.update:
            with open(path, "w", encoding="utf-8") as f:
                f.write(got)
            return
        want = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if got != want:
            diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                f"expected/{name}", "actual"))
            self.failures.append(f"{name}: output differs\n{diff}")

    def expect_exit(self, label, cwd, args, code):
        rc, _, err = self.run(cwd, *args)
        if rc != code:
            self.failures.append(f"{label}: exit {rc}, expected {code}\n{err}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if shutil.which("git") is None:
        print("test_diff: git is not installed", file=sys.stderr)
        return 1
    r = Runner(binary, args.update)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # no user git configuration
        os.environ.update({"GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "cchc test",
                           "GIT_AUTHOR_EMAIL": "test@cchc.invalid",
                           "GIT_COMMITTER_NAME": "cchc test",
                           "GIT_COMMITTER_EMAIL": "test@cchc.invalid"})
        repo = make_repo(tmp)
        between = ["HEAD~1", "HEAD", "--as-of", AS_OF]
        r.expect("commits.txt", repo, between, 0)
        r.expect("commits-en.txt", repo, between + ["--lang", "en"], 0)
        r.expect("commits.md", repo, between + ["--format", "md"], 0)
        r.expect("commits.json", repo, between + ["--format", "json"], 0)
        r.expect("commits.github", repo, between + ["--format", "github"], 0)
        # --fail-on: the deadline and the budget grew; renumbering removes no task.
        r.expect_exit("fail-on deadline-later", repo, between + ["--fail-on", "deadline-later"], 1)
        r.expect_exit("fail-on budget-increase", repo, between + ["--fail-on", "budget-increase"], 1)
        r.expect_exit("fail-on task-removed", repo, between + ["--fail-on", "task-removed"], 0)
        r.expect_exit("fail-on list", repo,
                      between + ["--fail-on", "task-removed,deadline-later"], 1)
        r.expect_exit("fail-on unknown", repo, between + ["--fail-on", "everything"], 2)
        # Nothing changed since HEAD yet.
        r.expect("clean.txt", repo, ["--as-of", AS_OF], 0)

        # Staged: task 3 removed. Unstaged on top: task 2 led by an agency that
        # does not exist, so the working tree fails check.
        plan = os.path.join(repo, "plans", "kh-2026.yaml")
        edit(plan, '  - id: "3"\n    title: Tập huấn kỹ năng giải quyết thủ tục hành chính\n'
             '    area: tthc\n    lead: Sở Tư pháp\n    due: 30/09/2026\n', "")
        git(repo, "add", "plans/kh-2026.yaml")
        edit(plan, "lead: Sở Thông tin và Truyền thông", "lead: Sở Không Có")
        r.expect("staged.txt", repo, ["--staged", "--as-of", AS_OF], 0)
        r.expect_exit("staged fail-on task-removed", repo,
                      ["--staged", "--as-of", AS_OF, "--fail-on", "task-removed"], 1)
        r.expect("worktree.txt", repo, ["--as-of", AS_OF], 0)
        r.expect("worktree.md", repo, ["--as-of", AS_OF, "--format", "md"], 0)

        # A revision that does not exist; a folder outside git.
        r.expect("bad-revision.vi", repo, ["khong-co", "--as-of", AS_OF], 2, "stderr")
        r.expect("bad-revision.en", repo, ["khong-co", "--as-of", AS_OF, "--lang", "en"], 2,
                 "stderr")
        outside = os.path.join(tmp, "ngoai-git")
        shutil.copytree(os.path.join(HERE, "repo"), outside)
        r.expect("not-git.vi", tmp, ["--repo", "ngoai-git", "--as-of", AS_OF], 2, "stderr")
        r.expect("not-git.en", tmp, ["--repo", "ngoai-git", "--as-of", AS_OF, "--lang", "en"], 2,
                 "stderr")
    for f in r.failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"test_diff: {len(r.failures)} failure(s)")
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())
