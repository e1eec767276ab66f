#!/usr/bin/env bash
# `make dev`: live reloading while editing. trunk serve rebuilds (debug) on every change and
# reloads the browser, on http://127.0.0.1:8081 (Trunk.toml). Its pages are Trunk's, not
# prerendered: the reader app renders at / and follows old `#/` links. What readers get is
# `make serve`. Its build goes to target/trunk-dev/, so dist/ stays the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
source scripts/env.sh
echo "live reloading on http://127.0.0.1:8081/ (Ctrl-C stops; make serve for the release build)"
exec trunk serve --dist target/trunk-dev
