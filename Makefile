# The two commands a newcomer needs: `make serve` and `make test`. Both install what is
# missing first (scripts/bootstrap.sh, pinned versions) and are quick the second time.
.PHONY: serve dev test build package bench screenshots bootstrap

# The site as readers get it: the release build (rebuilt only when a source changed),
# prerendered, served with 404.html and precompressed files (scripts/serve.sh).
serve:
	scripts/serve.sh

# Live reloading while editing (trunk serve; pages are not prerendered): scripts/dev.sh.
dev:
	scripts/dev.sh

test:
	scripts/test.sh

# Building needs no browser: only the build tools are installed (scripts/bootstrap.sh --build).
build:
	scripts/bootstrap.sh --build
	scripts/build.sh

# SCORM 1.2 packages for course gradebooks (dist/lms/*.zip); part of every build.
package: build

# Every page in both themes, in English at 390 and 1280 px and in Indonesian at 390 px, into
# e2e/screenshots/ (with the quiz, sheet, post and first-screen flows at both widths).
screenshots: bootstrap build
	cd e2e && SCREENSHOTS=all npx playwright test tests/screenshots.spec.ts

bench: bootstrap build
	node scripts/bench.mjs
	node scripts/lighthouse.mjs

bootstrap:
	scripts/bootstrap.sh
