#!/usr/bin/python3
"""Write a national-scale plan repository made from the bundled plans/.

    bench/gen_corpus.py OUT_DIR [--provinces 63] [--copies 33]

Each province gets its own copy of every owner file, with its own `scope`
(p01-demo, p01-khanh-hoa ...), and COPIES copies of every bundled plan, each
with a plan id of its own and the province's scope. The defaults give the
issue-15 corpus: 63 x 33 x 6 plans + 63 x 6 owner files, about 12,850 files.
OUT_DIR is replaced; it must not be inside the source tree.
"""
import argparse
import pathlib
import re
import shutil
import sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "plans"


def rescope(text: str, province: str) -> str:
    return re.sub(r"^scope: (\S+)", lambda m: f"scope: {province}-{m.group(1)}", text,
                  flags=re.M)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--provinces", type=int, default=63)
    ap.add_argument("--copies", type=int, default=33)
    args = ap.parse_args()
    out = args.out.resolve()
    if out == SRC.parent or SRC.parent in out.parents:
        sys.exit("gen_corpus: write the corpus outside the source tree (e.g. /tmp/cchc-national)")
    if out.exists():
        if not (out / "cchc.yaml").exists():
            sys.exit(f"gen_corpus: {out} exists and is not a generated corpus; not replacing it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(SRC / "cchc.yaml", out / "cchc.yaml")
    shutil.copy(SRC / "calendar.yaml", out / "calendar.yaml")
    owners = sorted((SRC / "owners").glob("*.yaml"))
    plans = sorted((SRC / "plans").glob("*.yaml"))
    owner_texts = [(p.name, p.read_text(encoding="utf-8")) for p in owners]
    plan_texts = [(p.stem, p.read_text(encoding="utf-8")) for p in plans]
    files = 2
    size = (out / "cchc.yaml").stat().st_size + (out / "calendar.yaml").stat().st_size
    for i in range(1, args.provinces + 1):
        province = f"p{i:02d}"
        odir = out / "owners" / province
        pdir = out / "plans" / province
        odir.mkdir(parents=True)
        pdir.mkdir(parents=True)
        for name, text in owner_texts:
            data = rescope(text, province).encode("utf-8")
            (odir / name).write_bytes(data)
            files += 1
            size += len(data)
        for c in range(1, args.copies + 1):
            for stem, text in plan_texts:
                plan_id = f"{stem}-{province}-c{c:02d}"
                t = re.sub(r"^id: \S+", f"id: {plan_id}", text, count=1, flags=re.M)
                data = rescope(t, province).encode("utf-8")
                (pdir / f"{plan_id}.yaml").write_bytes(data)
                files += 1
                size += len(data)
    print(f"{out}: {files} files, {size / 1e6:.1f} MB "
          f"({args.provinces} provinces x {args.copies} copies of {len(plans)} plans)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
