#!/usr/bin/env bash
# The whole test suite: formatting, lints (host and wasm32), host tests, the boot script's
# tests under node, browser unit tests
# in headless Chromium, the release build with its size budget, and Playwright end-to-end
# tests with an axe-core scan against that build. Ends with the runners' real counts.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
started=$(date +%s)
scripts/bootstrap.sh
bootstrap_time=$SECONDS
source scripts/env.sh
log="target/test-log"
mkdir -p "$log"

# Each step says when it starts (minutes:seconds since the suite began, set-up included).
clock() { printf '%d:%02d' $((SECONDS / 60)) $((SECONDS % 60)); }
step() { printf '\n\033[1m== %s\033[0m (at %s)\n' "$*" "$(clock)"; }

# The release build runs beside the checks below: its link-time optimisation and wasm-opt
# use one core for minutes, and it locks only target/release and target/wasm32-*/release,
# so cargo's lock lets the debug builds share the machine. Its log is shown when it ends.
step "release build, size report and SCORM packages (started in the background: $log/build.txt)"
rm -f "$log/build.ended"
setsid bash -c 'scripts/build.sh; status=$?; date +%s > "$1/build.ended"; exit $status' build "$log" > "$log/build.txt" 2>&1 &
build_pid=$!
trap 'kill -- -"$build_pid" 2>/dev/null || true' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

# Both targets in one run: a fifth less CPU time than a run for each, measured on fresh target
# folders (the two targets' crates are checked side by side).
step "clippy (host and wasm32)"
host_target=$(rustc -vV | sed -n 's/^host: //p')
cargo clippy --workspace --all-targets --locked --target "$host_target" --target wasm32-unknown-unknown -- -D warnings

step "host tests (domain logic and views rendered with yew's server renderer)"
cargo test --workspace --locked 2>&1 | tee "$log/host.txt"

step "boot script, short names and size budgets (node --test: assets/boot.js on the shared tables of arrivals and of where the service worker registers, tests/fixtures/addresses.json and offline.json; scripts/short-names.mjs on a small module; scripts/size-report.mjs's budgets; the serve, bench and Lighthouse command lines)"
node --test tests/boot.test.mjs scripts/short-names.test.mjs scripts/size-report.test.mjs scripts/cli-args.test.mjs 2>&1 | tee "$log/boot.txt"

step "browser unit tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown 2>&1 | tee "$log/wasm.txt"

step "release build, size report and SCORM packages (waiting for the background build)"
build_status=0
wait "$build_pid" || build_status=$?
trap - EXIT
cat "$log/build.txt"
if [ -f "$log/build.ended" ]; then
  ended=$(( $(cat "$log/build.ended") - started ))
  echo "(the release build ended at $((ended / 60)):$(printf '%02d' $((ended % 60))))"
fi
if [ "$build_status" -ne 0 ]; then
  echo "the release build failed (exit $build_status); its log is above" >&2
  exit "$build_status"
fi

step "SCORM 1.2 packages (node --test: manifest against the official schemas with xmllint, zip contents)"
node --test scripts/package.test.mjs 2>&1 | tee "$log/package.txt"

step "end-to-end tests (Playwright + axe-core against the release build on 127.0.0.1)"
(cd e2e && CI="${CI:-}" npx playwright test) 2>&1 | tee "$log/e2e.txt"

step "summary"
sum() { grep -hoE "$1" "$2" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
host_passed=$(sum '[0-9]+ passed' "$log/host.txt"); host_failed=$(sum '[0-9]+ failed' "$log/host.txt")
wasm_passed=$(sum '[0-9]+ passed' "$log/wasm.txt"); wasm_failed=$(sum '[0-9]+ failed' "$log/wasm.txt")
boot_passed=$(sum '^# pass [0-9]+' "$log/boot.txt"); boot_failed=$(sum '^# fail [0-9]+' "$log/boot.txt")
pkg_passed=$(sum '^# pass [0-9]+' "$log/package.txt"); pkg_failed=$(sum '^# fail [0-9]+' "$log/package.txt")
e2e_passed=$(grep -oE 'e2e: [0-9]+ passed' "$log/e2e.txt" | grep -oE '[0-9]+' | tail -n1)
e2e_failed=$(grep -oE 'e2e: [0-9]+ passed, [0-9]+ failed' "$log/e2e.txt" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' | tail -n1)
echo "host (cargo test):        $host_passed passed, $host_failed failed"
echo "boot, short names (node): $boot_passed passed, $boot_failed failed"
echo "browser (wasm-bindgen):   $wasm_passed passed, $wasm_failed failed"
echo "packages (node --test):   $pkg_passed passed, $pkg_failed failed"
echo "end-to-end (Playwright):  ${e2e_passed:-0} passed, ${e2e_failed:-0} failed"
echo "all: $((host_passed + boot_passed + wasm_passed + pkg_passed + ${e2e_passed:-0})) passed, $((host_failed + boot_failed + wasm_failed + pkg_failed + ${e2e_failed:-0})) failed"
echo "time: $(clock) in all, set-up (scripts/bootstrap.sh) $((bootstrap_time / 60)):$(printf '%02d' $((bootstrap_time % 60)))"
