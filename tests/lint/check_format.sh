#!/usr/bin/env bash
# Fails when a C++ file of the project does not follow .clang-format.
# Run from anywhere; CI runs it through CTest (test "format").
set -euo pipefail
cd "$(dirname "$0")/../.."
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
  2>/dev/null || find src include tests -name '*.cpp' -o -name '*.hpp')
if [ ${#files[@]} -eq 0 ]; then
  echo "check_format: no C++ files found" >&2
  exit 1
fi
"$CLANG_FORMAT" --dry-run --Werror "${files[@]}"
echo "check_format: ${#files[@]} files follow .clang-format"
