#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the explainer's other documents, each with its
# own binary, into the distribution Trunk is assembling: the quiz (quiz/index.html,
# explainer-quiz) and the lecturer kit (teach/index.html, explainer-teach). Trunk 0.21
# builds one HTML target per run; as a hook, one `trunk build` or `trunk serve` still makes
# all three, and a reader's first load includes neither.
set -euo pipefail
# The nested builds read the same Trunk.toml; they must not start builds of their own.
[ -n "${EXPLAINER_DOCUMENT_BUILD:-}" ] && exit 0
cd "$(dirname "$0")/.."
release=false
[ "${TRUNK_PROFILE:-debug}" = "release" ] && release=true
for document in quiz teach; do
  EXPLAINER_DOCUMENT_BUILD=1 trunk build "$document/index.html" --release "$release" \
    --dist "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}/$document" --public-url ./
done
