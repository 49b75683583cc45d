"""What the Python test scripts share: running the real cchc binary in a clean
environment, and collecting failed checks so that one run reports them all."""
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLANS = os.path.join(ROOT, "plans")

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print(f"FAIL: {what}")


def finish(name):
    """The exit code: 1 when any check failed."""
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print(f"{name}: every check passed")
    return 0


def run_cchc(binary, *args, extra_env=None):
    """cchc run to its end (a CompletedProcess: returncode, stdout, stderr as bytes)."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TZ": "Asia/Ho_Chi_Minh"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra_env or {})
    return subprocess.run([binary, *args], capture_output=True, env=env, timeout=300)


def cchc(binary, *args):
    """cchc's standard output; a failing command stops the test."""
    r = run_cchc(binary, *args)
    if r.returncode != 0:
        raise SystemExit(f"cchc {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r.stdout
