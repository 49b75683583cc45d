#!/usr/bin/python3
"""The benchmark of issue 15 (docs/performance.md), one command from a checkout:

    bench/run.py                       # 63 provinces x 33 copies, cores 1 and 2
    bench/run.py --provinces 8 --copies 10 --cores 1,2 --repeat 3

It builds a Release cchc and bench/bare_parse in BUILD (default build-rel,
CMake option CCHC_BENCH=ON), writes the corpus with bench/gen_corpus.py into
CORPUS (default /tmp/cchc-national-PxC) unless it is there already, then runs,
for each core count K, pinned to the first K cores with taskset, on the same
files: the bare yaml-cpp parse on K threads, `cchc check --format json`,
`cchc status --by area`, `cchc overdue --format json`, `cchc budget`, and
ajv-cli schema-only validation of the plan files where `ajv` is installed (on
PATH or in bench/node_modules/.bin). cchc runs one loader thread per core it
may use, so taskset alone sets its thread count. It prints wall time, CPU time
(user + system) and peak RSS of each run (os.wait4's rusage), the ratios to
the bare parse, and the speed-up from 1 core to K. With --repeat R it runs R
rounds, each of every command at every core count; each figure is the median
over the rounds, each ratio the median of the rounds' ratios. Output goes to /dev/null. Every file is read once
before the first run, so that all runs find the corpus in the page cache.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
AS_OF = "2026-12-01"


def build(build_dir: pathlib.Path) -> None:
    env = dict(os.environ)
    subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                    "-DCCHC_BENCH=ON"],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", str(build_dir), "-j2", "--target", "cchc", "bare_parse"],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def measure(cmd, cpus: str):
    """Wall seconds, CPU seconds, peak RSS in MB and exit status of one run."""
    full = ["taskset", "-c", cpus] + cmd
    start = time.perf_counter()
    p = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         env=dict(os.environ, CCHC_AS_OF=AS_OF))
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, p.returncode


def corpus_size(corpus: pathlib.Path):
    files = [p for p in corpus.rglob("*") if p.suffix in (".yaml", ".yml")]
    return len(files), sum(p.stat().st_size for p in files)


def warm(corpus: pathlib.Path) -> None:
    """Read every file once, so that the first run measured does not pay for the disk
    (a bare parse on a cold cache took 33 s of wall time for 24 s of CPU)."""
    for p in corpus.rglob("*"):
        if p.is_file():
            p.read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description="issue-15 benchmark: cchc against the bare parse")
    ap.add_argument("--provinces", type=int, default=63)
    ap.add_argument("--copies", type=int, default=33)
    ap.add_argument("--corpus", type=pathlib.Path, help="default /tmp/cchc-national-PxC")
    ap.add_argument("--build", type=pathlib.Path, default=ROOT / "build-rel")
    ap.add_argument("--no-build", action="store_true", help="use the binaries in BUILD as they are")
    ap.add_argument("--cchc", help="another cchc binary to measure (e.g. a build of main: the 'before')")
    ap.add_argument("--cores", default="1,2", help="core counts to run at, e.g. 1,2")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--only", default="", help="comma-separated subset of the run names")
    args = ap.parse_args()

    if not args.no_build:
        build(args.build)
    cchc = args.cchc or str(args.build / "cchc")
    bare = str(args.build / "bench" / "bare_parse")
    corpus = args.corpus or pathlib.Path(f"/tmp/cchc-national-{args.provinces}x{args.copies}")
    if not (corpus / "cchc.yaml").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_corpus.py"), str(corpus),
                        "--provinces", str(args.provinces), "--copies", str(args.copies)],
                       check=True)
    nfiles, nbytes = corpus_size(corpus)
    warm(corpus)
    ajv = shutil.which("ajv") or shutil.which("ajv", path=str(ROOT / "bench/node_modules/.bin"))
    repo = ["--repo", str(corpus)]

    def runs(k: int):
        out = [("bare parse (yaml-cpp LoadFile)", [bare, str(corpus), str(k)]),
               ("cchc check --format json", [cchc, "check", "--format", "json"] + repo),
               ("cchc status --by area", [cchc, "status", "--by", "area"] + repo),
               ("cchc overdue --format json", [cchc, "overdue", "--format", "json"] + repo),
               ("cchc budget", [cchc, "budget"] + repo)]
        if ajv:
            out.append(("ajv-cli, schema only (1 thread)",
                        [ajv, "validate", "--spec=draft7", "--strict=false", "--errors=no",
                         "-s", str(ROOT / "schemas/plan.schema.json"),
                         "-d", str(corpus / "plans/**/*.yaml")]))
        if args.only:
            keep = args.only.split(",")
            out = [r for r in out if r is out[0] or any(k in r[0] for k in keep)]
        return out

    print(f"cchc: {cchc}")
    print(f"corpus: {corpus}: {nfiles} files, {nbytes / 1e6:.1f} MB")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} "
          f"(1, 5, 15 min) on {os.cpu_count()} cores; median of {args.repeat} run(s)")
    if not ajv:
        print("ajv-cli: not installed (npm install --prefix bench ajv-cli@5 to add it)")
    # Rounds, not runs in a row: each round runs everything once at every core
    # count, so a change in the machine's speed during the benchmark (on a shared
    # VM, 20 % from one minute to the next) falls on all of them alike. Each
    # ratio is the median of the per-round ratios of runs made minutes apart.
    ks = [int(c) for c in args.cores.split(",")]
    samples = {}  # (name, k) -> [(wall, cpu, rss, code) per round]
    for r in range(args.repeat):
        for k in ks:
            for name, cmd in runs(k):
                s = measure(cmd, f"0-{k - 1}")
                samples.setdefault((name, k), []).append(s)
                print(f"round {r + 1}/{args.repeat}, {k} core(s): {name}: {s[0]:.2f} s",
                      file=sys.stderr, flush=True)

    def median_ratio(a, b, i=0):
        return statistics.median(x[i] / y[i] for x, y in zip(samples[a], samples[b]))

    for k in ks:
        bare_key = (runs(k)[0][0], k)
        print(f"\n## {k} core(s) (taskset -c 0-{k - 1})\n")
        print("| what | wall s | CPU s | peak RSS MiB | RSS / corpus | wall / bare | exit |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, _ in runs(k):
            got = samples[(name, k)]
            wall, cpu, rss = (statistics.median(s[i] for s in got) for i in range(3))
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | "
                  f"{rss * 1024 * 1024 / nbytes:.2f} | "
                  f"{median_ratio((name, k), bare_key):.2f} | {got[-1][3]} |", flush=True)
    if len(ks) > 1 and 1 in ks:
        later = [k for k in ks if k != 1]
        print("\n## speed-up from 1 core (wall at 1 core / wall at K)\n")
        print("| what | " + " | ".join(f"{k} cores" for k in later) + " |")
        print("|---|" + "---:|" * len(later))
        for name, _ in runs(1):
            cells = [f"{median_ratio((name, 1), (name, k)):.2f}x" for k in later]
            print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nload after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
