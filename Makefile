# The two commands a newcomer needs: `make serve` and `make test`. Both install what is
# missing first (scripts/bootstrap.sh, pinned versions) and are quick the second time.
.PHONY: serve test build bench bootstrap

serve:
	scripts/serve.sh

test:
	scripts/test.sh

build: bootstrap
	scripts/build.sh

bench: build
	node scripts/bench.mjs

bootstrap:
	scripts/bootstrap.sh
