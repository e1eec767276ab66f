#!/usr/bin/env bash
# Release build into dist/, then every page prerendered in both languages (src/prerender.rs;
# SITE_URL=https://…/ adds canonical and preview tags, sitemap.xml, robots.txt), the size report, which fails over the budget in perf-budget.json,
# then the SCORM 1.2 packages of that build in dist/lms/ (scripts/package.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# The prerenderer runs on the host in the dev profile: it shares its compiled dependencies with
# `cargo test`, where a release build would compile them all again (with LTO) to save a second.
cargo run --quiet --locked --bin prerender -- dist
node scripts/size-report.mjs dist
node scripts/package.mjs dist
