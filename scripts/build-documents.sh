#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the explainer's other documents, each with its
# own binary, into the distribution Trunk is assembling: the quiz (quiz/index.html,
# explainer-quiz) and the lecturer kit (teach/index.html, explainer-teach). Trunk 0.21
# builds one HTML target per run; as a hook, one `trunk build` or `trunk serve` still makes
# all three, and a reader's first load includes neither. A release build also makes the
# English reader (reader-en/index.html: the reader app with the English text only, feature
# only-en), whose pages load it instead of the Indonesian one that scripts/build.sh builds
# from index.html (only-id); `make dev` keeps one reader with both languages. Each reader's
# WebAssembly before wasm-opt is kept in target/readers/ for the size report's twiggy profile.
set -euo pipefail
# The nested builds read the same Trunk.toml; they must not start builds of their own.
[ -n "${EXPLAINER_DOCUMENT_BUILD:-}" ] && exit 0
cd "$(dirname "$0")/.."
release=false
[ "${TRUNK_PROFILE:-debug}" = "release" ] && release=true
if $release; then
  # Both readers compile in this target folder one after the other, so the second shares the
  # first one's compiled dependencies (the same features of every crate but ours).
  built=target/wasm32-unknown-unknown/release/explainer-app.wasm
  mkdir -p target/readers
  cp "$built" target/readers/explainer-app-id.wasm
  EXPLAINER_DOCUMENT_BUILD=1 TRUNK_BUILD_FEATURES=only-en trunk build reader-en/index.html \
    --release true --dist "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}/reader-en" --public-url ./
  cp "$built" target/readers/explainer-app-en.wasm
fi
for document in quiz teach; do
  EXPLAINER_DOCUMENT_BUILD=1 env -u TRUNK_BUILD_FEATURES trunk build "$document/index.html" --release "$release" \
    --dist "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}/$document" --public-url ./
done
