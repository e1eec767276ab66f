#!/usr/bin/env bash
# The release build: Trunk's build into target/trunk/ (the names its WebAssembly and JS glue
# call each other by shortened, scripts/short-names.mjs, and the glue minified,
# scripts/minify.mjs), then dist/ made from it with every page
# prerendered in both languages (src/prerender.rs; SITE_URL=https://…/ adds canonical and
# preview tags, sitemap.xml, robots.txt and each page's link-preview drawing) with each
# language's web app manifest, the app icon's PNG sizes and the link previews' PNGs drawn in
# Chromium (scripts/drawings.mjs), the service worker with the build's version and file lists
# (scripts/offline.mjs), the size report, which fails over the budget in perf-budget.json,
# the SCORM 1.2 packages of that build in dist/lms/ (scripts/package.mjs),
# whose pages are the prerenderer's second copy in target/lms-pages/: links naming their
# files, for LMS players; and last the precompressed .br and .gz copies static hosts can send
# (scripts/compress.mjs).
#
#   scripts/build.sh              always builds
#   scripts/build.sh --if-stale   builds only when a source is newer than the last build
#                                 (or SITE_URL differs): what `make serve` runs
set -euo pipefail
cd "$(dirname "$0")/.."

# What dist/ is made from. A finished build leaves target/dist.stamp, dated when it started
# (a file saved during a build is newer, so the next one rebuilds) and naming its SITE_URL.
SOURCES=(src crates assets index.html reader-en/index.html quiz/index.html teach/index.html build.rs Cargo.toml
  Cargo.lock Trunk.toml rust-toolchain.toml perf-budget.json scripts)
stamp=target/dist.stamp
want="SITE_URL=${SITE_URL:-}"
if [ "${1:-}" = "--if-stale" ] && [ -f "$stamp" ] && [ -f dist/404.html ] \
  && [ "$(cat "$stamp")" = "$want" ] && [ -z "$(find "${SOURCES[@]}" -newer "$stamp" -print -quit)" ]; then
  echo "build: dist/ is up to date with the sources (target/dist.stamp); not rebuilt"
  exit 0
fi
mkdir -p target
rm -f "$stamp"
echo "$want" > "$stamp.new"

source scripts/env.sh
source scripts/release-toolchain.sh
# index.html's reader is the Indonesian one (only its language's text); the post_build hook
# builds the English reader, the quiz and the kit (scripts/build-documents.sh).
TRUNK_BUILD_FEATURES=only-id release_build trunk build --release
node scripts/short-names.mjs target/trunk
node scripts/minify.mjs target/trunk
rm -rf target/lms-pages
# The prerenderer runs on the host in the dev profile: it shares its compiled dependencies with
# `cargo test`, where a release build would compile them all again (with LTO) to save a second.
cargo run --quiet --locked --bin prerender -- target/trunk dist target/lms-pages
# The registration the prerenderer wrote (offline.mjs minifies the worker itself).
node scripts/minify.mjs dist/offline.js
node scripts/drawings.mjs dist
node scripts/offline.mjs dist
node scripts/size-report.mjs dist
node scripts/package.mjs dist target/lms-pages
node scripts/compress.mjs dist
mv "$stamp.new" "$stamp"
