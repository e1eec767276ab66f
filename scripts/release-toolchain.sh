# Sourced by scripts/bootstrap.sh (which installs it) and scripts/build.sh (which builds with it).
#
# The release WebAssembly is compiled by a pinned nightly Rust that rebuilds the standard
# library with immediate-abort panics (`-Zbuild-std`, `-Cpanic=immediate-abort`): a panic then
# stops the module at once instead of formatting a message first, so the panic machinery and
# most of the formatting code it pulls in leave every module. That is 13.6 KB brotli of a
# reader's first load (124,148 → 110,493 B for the Indonesian reader, measured on the same
# source). The app never relies on a panic message: a panic is a bug, and with or without one
# the console shows the error (`RuntimeError: unreachable`) and the prerendered page stays.
# Everything else (clippy, host and browser tests, the prerenderer, `make dev`) uses the stable
# Rust of rust-toolchain.toml; the end-to-end tests run against this build.
RELEASE_TOOLCHAIN="nightly-2026-05-20"

# release_build COMMAND...: runs COMMAND (a `trunk build --release`) with the release compiler.
release_build() {
  RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" \
    CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}
