#!/usr/bin/env bash
# Installs what the app needs to build, serve and test, at pinned versions. Idempotent:
# each step checks first and skips what is already there, so a second run takes seconds.
#
#   scripts/bootstrap.sh           everything (make test, make bench)
#   scripts/bootstrap.sh --build   only what building needs (make build, make serve): of
#                                  Debian's packages only Chromium, which draws the icons
#                                  and link previews (its driver, xmllint and nginx are
#                                  for tests)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_ONLY=false
[ "${1:-}" = "--build" ] && BUILD_ONLY=true

TRUNK_VERSION="0.21.14"
# twiggy (code size profiler) for the size report's largest-items and per-crate tables.
TWIGGY_VERSION="0.8.0"
# wasm-bindgen-cli must equal the wasm-bindgen crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

say() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "missing $1: $2" >&2; exit 1; }; }

need cargo "install Rust with rustup (https://rustup.rs)"
need node "install Node.js 20 (Debian: apt-get install nodejs npm)"
need npm "install npm"
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p target

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

# The release WebAssembly's compiler (scripts/release-toolchain.sh): a pinned nightly with the
# standard library's source, a download of about 20 s.
# Trunk builds offline, and `-Zbuild-std` compiles the standard library's own dependencies
# (its Cargo.lock in rust-src), so those crates are fetched too: a fresh machine's registry
# cache has none of them (quick when they are there).
source scripts/release-toolchain.sh
release_toolchain_ready() {
  rustup toolchain list | grep -q "^$RELEASE_TOOLCHAIN" \
    && rustup +"$RELEASE_TOOLCHAIN" component list --installed | grep -q '^rust-src'
}
install_release_toolchain() { # install_release_toolchain INSTALL: INSTALL is true or false
  if "$1"; then
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src --no-self-update
  fi
  cargo +"$RELEASE_TOOLCHAIN" fetch --quiet \
    --manifest-path "$(rustc +"$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
}
install_toolchain=false
if ! release_toolchain_ready; then
  install_toolchain=true
  say "installing Rust $RELEASE_TOOLCHAIN with rust-src for the release build (in the background, once)"
fi
install_release_toolchain "$install_toolchain" >target/bootstrap-release-toolchain.log 2>&1 &
release_toolchain_pid=$!

# Debian's packages and the Node packages are downloads, the Rust tools are compiles: the
# downloads run in the background while the compiler has both cores.
pids=()
pids+=("$release_toolchain_pid")
# Building draws the app icon's PNGs and, with SITE_URL, each page's link preview in Debian's
# Chromium (scripts/drawings.mjs); the tests also drive it (chromium-driver) and its headless
# shell (chromium-headless-shell, for Playwright), validate the
# SCORM manifests (xmllint, in libxml2-utils) and serve dist/ with deploy/nginx.conf in nginx
# with Debian's brotli_static module (e2e/tests/deploy.spec.ts starts it; no service is enabled).
NGINX_BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
if ! $BUILD_ONLY; then
  command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
  # The end-to-end tests' browser (scripts/chromium.mjs): the same Chromium, headless only.
  [ -x "${E2E_CHROMIUM_PATH:-/usr/lib/chromium/chromium-headless-shell}" ] || apt_packages+=(chromium-headless-shell)
  command -v xmllint >/dev/null 2>&1 || apt_packages+=(libxml2-utils)
  { [ -x /usr/sbin/nginx ] && [ -f "$NGINX_BROTLI" ]; } || apt_packages+=(nginx libnginx-mod-http-brotli-static)
fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  say "installing Debian's ${apt_packages[*]} (in the background)"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  ( $SUDO apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" \
    ) >target/bootstrap-apt.log 2>&1 &
  pids+=("$!")
fi

# Node tools (Playwright, axe-core, and binaryen's wasm-opt for the release build).
# Never download Playwright's own browsers: the tests use Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -f e2e/node_modules/.package-lock.json ] || ! cmp -s e2e/package-lock.json e2e/node_modules/.bootstrap-lock; then
  say "installing Node dependencies (npm ci, in the background)"
  ( cd e2e && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.bootstrap-lock ) \
    >target/bootstrap-npm.log 2>&1 &
  pids+=("$!")
fi

# The three Rust tools compile at the same time: each cargo install ends in long serial steps
# (one big crate, the link) that leave a core idle, which the others fill.
background() { # background NAME COMMAND...: runs COMMAND with its output in target/bootstrap-NAME.log
  local name="$1"
  shift
  ("$@") >"target/bootstrap-$name.log" 2>&1 &
  pids+=("$!")
}

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (in the background, once)"
  # Trunk only runs cargo, wasm-bindgen and wasm-opt and copies files, so an unoptimised
  # build without debug info is as fast to use and compiles in half the time.
  background trunk env CARGO_PROFILE_DEV_DEBUG=0 cargo install trunk --version "$TRUNK_VERSION" \
    --locked --debug --no-default-features --features rustls
fi

install_wasm_bindgen() {
  # Without TLS (its only HTTP is to chromedriver on this machine: no ring, no rustls) and
  # optimised at level 1: a quarter less CPU time to compile (193 s against 256), and it binds
  # a 57 MB test module in the same 0.7 s.
  # --locked can fail when the registry index lags the CLI's lock file; retry without it.
  # (Run in a subshell of its own: the export ends with it.)
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=1
  local flags=(--version "$WASM_BINDGEN_VERSION" --no-default-features)
  cargo install wasm-bindgen-cli "${flags[@]}" --locked || cargo install wasm-bindgen-cli "${flags[@]}"
}
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (in the background, once)"
  background wasm-bindgen install_wasm_bindgen
fi

# `twiggy --version` prints "twiggy-opt 0.8.0".
if [[ "$(twiggy --version 2>/dev/null || true)" != *" $TWIGGY_VERSION" ]]; then
  say "installing twiggy $TWIGGY_VERSION (in the background, once)"
  # Unoptimised like Trunk: it profiles two wasm files per build (0.4 s instead of 0.1 s each,
  # the same output) and compiles with less than half the CPU time (42 s instead of 94 s).
  background twiggy env CARGO_PROFILE_DEV_DEBUG=0 cargo install twiggy --version "$TWIGGY_VERSION" \
    --locked --debug
fi

# Trunk builds offline, so every crate must already be here.
background fetch cargo fetch --quiet

failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [ "$failed" -ne 0 ]; then
  for log in target/bootstrap-*.log; do
    printf '\n--- %s\n' "$log" >&2
    tail -n 40 "$log" >&2
  done
  echo "an install failed (the logs are above, in full in target/bootstrap-*.log)" >&2
  exit 1
fi

say "tools ready: $(trunk --version), $(rustc +"$RELEASE_TOOLCHAIN" --version) for release, $(wasm-bindgen --version), $(twiggy --version | sed "s/-opt//"), $(chromium --version 2>/dev/null | head -n1), wasm-opt $(e2e/node_modules/.bin/wasm-opt --version | awk '{print $3}')"
