#!/usr/bin/env bash
# `make serve`: the site as readers get it. The release build (scripts/build.sh: every page
# prerendered in both languages, precompressed .br/.gz files), rebuilt only when a source is
# newer than the last build, served by scripts/serve.mjs as static hosts serve it: 404.html
# for unknown paths, brotli or gzip where the browser accepts it. PORT=8081 make serve picks
# another port. For live reloading while editing, `make dev` (scripts/dev.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --build
source scripts/env.sh
scripts/build.sh --if-stale
echo "the release build, as readers get it (Ctrl-C stops; make dev for live reloading):"
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}" --host 127.0.0.1
