#!/usr/bin/env bash
# The whole test suite, as CI runs it: install what is needed, build with
# AddressSanitizer + UndefinedBehaviorSanitizer and -Werror, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/install-deps.sh --test
BUILD=build-ci
# ajv-cli validates plans/ against schemas/ (a real JSON Schema validator);
# installed from the npm registry into the build folder, never committed.
if [ ! -x "$BUILD/npm/node_modules/.bin/ajv" ]; then
  mkdir -p "$BUILD/npm"
  npm install --silent --no-audit --no-fund --prefix "$BUILD/npm" ajv-cli@5.0.0 >/dev/null
fi
# yaml-language-server (the engine of VS Code's YAML extension) for the editor test.
YLS="$BUILD/npm/node_modules/yaml-language-server/bin/yaml-language-server"
if [ ! -f "$YLS" ]; then
  npm install --silent --no-audit --no-fund --prefix "$BUILD/npm" yaml-language-server@1.15.0 >/dev/null
fi
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Debug -DCCHC_SANITIZE=ON -DCCHC_WERROR=ON \
  -DCCHC_AJV="$PWD/$BUILD/npm/node_modules/.bin/ajv" -DCCHC_YAML_LS="$PWD/$YLS" >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$BUILD" --output-on-failure
# The fuzz targets (docs/fuzzing.md): a second, small build with clang (the
# library and the targets only, no program, no test suite), then a short run of
# each target through its own CTest (at most a few minutes in all).
FUZZ_BUILD=build-fuzz-ci
CC=clang-14 CXX=clang++-14 cmake -S . -B "$FUZZ_BUILD" -DCCHC_FUZZ=ON -DCCHC_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
cmake --build "$FUZZ_BUILD" -j"$(nproc)"
ctest --test-dir "$FUZZ_BUILD" --output-on-failure
