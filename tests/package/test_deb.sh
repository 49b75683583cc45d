#!/usr/bin/env bash
# The Debian package on a real machine: build it with cpack from the build
# folder, install it with apt (which resolves its dependencies), run the
# installed cchc (--version, check on the bundled plans, diff in a git copy of
# them, an Excel and a Word file, an Excel file imported, the man page), then
# remove it. Installing needs root: otherwise the
# test says why it is skipped (exit 77, which CTest reports as skipped).
# Usage: test_deb.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
if [ "$(id -u)" -ne 0 ]; then
  echo "test_deb: skipped: installing a .deb needs root (CI runs the suite as root in its container)"
  exit 77
fi
if dpkg-query -W -f='${Status}' cchc 2>/dev/null | grep -q "install ok installed"; then
  echo "test_deb: skipped: a cchc package is already installed here; not replacing it"
  exit 77
fi
work=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then apt-get remove -y -qq cchc >/dev/null || dpkg -r cchc; fi
  rm -rf "$work"
}
trap cleanup EXIT

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/cchc_*.deb)
echo "test_deb: built $(basename "$deb")"
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'
# yaml-cpp, utf8proc, pugixml and fmt are linked statically (CCHC_STATIC_DEPS);
# libgit2, libxlsxwriter and libzip are opened at run time and named by
# CMakeLists.txt (cmake/runtime_depends.cmake).
for lib in libgit2 libxlsxwriter libzip; do
  dpkg-deb --field "$deb" Depends | grep -q "$lib" || { echo "FAIL: Depends lacks $lib"; exit 1; }
done

export DEBIAN_FRONTEND=noninteractive
installed=1
apt-get install -y -qq --no-install-recommends "$deb" >/dev/null

fail=0
got=$(/usr/bin/cchc --version)
[ "$got" = "cchc $version" ] || { echo "FAIL: cchc --version printed '$got'"; fail=1; }
if ! /usr/bin/cchc check --repo /usr/share/cchc/plans --as-of 2026-10-15 -q 2>"$work/check.err"; then
  echo "FAIL: cchc check on the installed bundled plans"; cat "$work/check.err"; fail=1
fi
# diff opens libgit2 at run time (dlopen): the package's Depends must bring it.
if command -v git >/dev/null; then
  cp -r /usr/share/cchc/plans "$work/repo"
  git -C "$work/repo" init -q
  git -C "$work/repo" add -A
  git -C "$work/repo" -c user.name=test -c user.email=test@example.invalid commit -qm plans
  if ! (cd "$work/repo" && /usr/bin/cchc diff HEAD >"$work/diff.out" 2>&1); then
    echo "FAIL: cchc diff HEAD in a git copy of the bundled plans"; cat "$work/diff.out"; fail=1
  fi
fi
# Excel files open libxlsxwriter, Word files and reading .xlsx open libzip at
# run time: the same.
plans=(--repo /usr/share/cchc/plans --as-of 2026-09-16)
if ! /usr/bin/cchc export "${plans[@]}" --plan demo-2026 --format xlsx -o "$work/export.xlsx" \
    2>"$work/xlsx.err" || [ "$(head -c 2 "$work/export.xlsx")" != PK ]; then
  echo "FAIL: cchc export --format xlsx from the installed package"; cat "$work/xlsx.err"; fail=1
fi
if ! /usr/bin/cchc report "${plans[@]}" --plan demo-2026 --period 2026-Q3 -o "$work/report.docx" \
    2>"$work/docx.err" || [ "$(head -c 2 "$work/report.docx")" != PK ]; then
  echo "FAIL: cchc report -o report.docx from the installed package"; cat "$work/docx.err"; fail=1
fi
if ! /usr/bin/cchc import "$work/export.xlsx" "${plans[@]}" --id demo-rt --period 2026 --scope demo \
    -o "$work/imported.yaml" >"$work/import.out" 2>&1; then
  echo "FAIL: cchc import of an .xlsx from the installed package"; cat "$work/import.out"; fail=1
fi
for f in /usr/share/cchc/schemas/plan.schema.json /usr/share/man/man1/cchc.1; do
  [ -f "$f" ] || { echo "FAIL: $f is not installed"; fail=1; }
done
grep -q "cchc" /usr/share/man/man1/cchc.1 2>/dev/null || { echo "FAIL: empty man page"; fail=1; }
[ "$fail" = 0 ] && echo "test_deb: installed, ran and removed cchc $version"
exit "$fail"
