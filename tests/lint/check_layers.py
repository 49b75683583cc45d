#!/usr/bin/env python3
"""The layers of docs/architecture.md, enforced on the includes.

The table in docs/architecture.md says which layers each folder may use
("| `model/` | ... | diag, text |"). This script reads that table and every
`#include "..."` line of include/cchc/ and src/, and fails when a file
includes a header of a layer its own layer may not use, or when a folder has
no row in the table. The table is the rule: change it and the code together.

Usage: check_layers.py [--root PROJECT_ROOT]
"""

import argparse
import re
import sys
from pathlib import Path

ROW = re.compile(r"^\|\s*`(?P<folder>[^`]+)`[^|]*\|[^|]*\|\s*(?P<uses>[^|]*)\|\s*$")
INCLUDE = re.compile(r'^\s*#\s*include\s+"(?P<path>[^"]+)"')


def layer_name(folder):
    """`model/`, `include/cchc/model/`, `src/cli/` -> model, cli; `src/main.cpp` -> main."""
    folder = folder.strip().rstrip("/")
    if folder.endswith(".cpp"):
        return Path(folder).stem
    return folder.split("/")[-1]


def read_table(doc):
    """{layer: set of layers it may use} from the table of docs/architecture.md."""
    table = {}
    for line in doc.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if not m:
            continue
        # "text (collation, folding)" -> text: what is said in parentheses goes.
        uses = re.sub(r"\([^)]*\)", "", m.group("uses")).strip()
        allowed = set()
        if uses != "everything":
            for item in uses.split(","):
                # "—" and libraries (utf8proc, date) name no layer of ours.
                word = item.strip()
                if word:
                    allowed.add(word)
        table[layer_name(m.group("folder"))] = allowed if uses != "everything" else None
    return table


def layer_of(path, root):
    """The layer a file of include/cchc/ or src/ belongs to, or None."""
    rel = path.relative_to(root).parts
    if rel[0] == "include" and len(rel) > 3 and rel[1] == "cchc":
        return rel[2]
    if rel[0] == "src":
        return rel[1] if len(rel) > 2 else Path(rel[1]).stem
    return None


def included_layer(path, target, root):
    """The layer of an included header: cchc/<layer>/..., else the file beside it."""
    parts = Path(target).parts
    if parts[0] == "cchc" and len(parts) > 2:
        return parts[1]
    local = (path.parent / target).resolve()
    try:
        return layer_of(local, root.resolve())
    except ValueError:  # outside the project: not ours
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args()
    root = args.root.resolve()
    table = read_table(root / "docs" / "architecture.md")
    if not table:
        print("check_layers: no layer table found in docs/architecture.md", file=sys.stderr)
        return 1

    problems = []
    files = sorted(
        [*(root / "include" / "cchc").rglob("*.hpp"), *(root / "src").rglob("*.[ch]pp")]
    )
    for path in files:
        layer = layer_of(path, root)
        if layer not in table:
            problems.append(f"{path.relative_to(root)}: layer '{layer}' has no row in the table "
                            "of docs/architecture.md")
            continue
        allowed = table[layer]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            used = included_layer(path, m.group("path"), root)
            if used is None or used == layer or allowed is None or used in allowed:
                continue
            may = ", ".join(sorted(a for a in allowed if a in table)) or "no other layer"
            problems.append(f"{path.relative_to(root)}:{number}: {layer}/ includes "
                            f"\"{m.group('path')}\" of {used}/, but {layer}/ may use {may} "
                            "(docs/architecture.md)")

    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"check_layers: {len(problems)} include(s) cross a layer the wrong way",
              file=sys.stderr)
        return 1
    print(f"check_layers: {len(files)} files, every include within the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
