# Sourced by the Makefile's scripts: puts the pinned tools on PATH.
export PATH="$HOME/.cargo/bin:$(pwd)/e2e/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
