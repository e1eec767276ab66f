#!/usr/bin/env bash
# Release build into dist/, then every page prerendered in both languages (src/prerender.rs;
# SITE_URL=https://…/ adds canonical and preview tags, sitemap.xml, robots.txt) with each
# language's web app manifest, the app icon's PNG sizes (scripts/icons.mjs), the service
# worker with the build's version and file lists (scripts/offline.mjs), the size report,
# which fails over the budget in perf-budget.json,
# then the SCORM 1.2 packages of that build in dist/lms/ (scripts/package.mjs), whose pages are
# the prerenderer's second copy in target/lms-pages/: links naming their files, for LMS players.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
rm -rf target/lms-pages
cargo run --quiet --release --locked --bin prerender -- dist target/lms-pages
node scripts/icons.mjs dist
node scripts/offline.mjs dist
node scripts/size-report.mjs dist
node scripts/package.mjs dist target/lms-pages
