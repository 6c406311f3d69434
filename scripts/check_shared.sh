#!/usr/bin/env bash
# The shared data the tests read from ../shared (beside the checkout): gold (accuracy floors),
# realnews (language identification, benchmark smoke), seeds. Tests that need a missing folder skip;
# CI sets GEOEVENTS_REQUIRE_SHARED=1 (.ci/run), and then a missing folder fails the run instead.
# Usage: scripts/check_shared.sh [SHARED_DIR]   (default: ../shared beside the checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
missing=()
for dir in gold realnews seeds; do
  [ -d "$shared/$dir" ] || missing+=("$shared/$dir")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing shared test data: ${missing[*]} (tests that need it would be skipped)" >&2
  exit 1
fi
