#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): builds the lecturer kit, teach/index.html with its own
# binary (explainer-teach), into teach/ of the distribution Trunk is assembling. Trunk 0.21
# builds one HTML target per run; as a hook, one `trunk build` or `trunk serve` still makes
# both documents, and the reader's first load never includes the kit.
set -euo pipefail
# The nested build reads the same Trunk.toml; it must not start a kit build of its own.
[ -n "${EXPLAINER_KIT_BUILD:-}" ] && exit 0
cd "$(dirname "$0")/.."
release=false
[ "${TRUNK_PROFILE:-debug}" = "release" ] && release=true
EXPLAINER_KIT_BUILD=1 trunk build teach/index.html --release "$release" \
  --dist "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}/teach" --public-url ./
