#!/usr/bin/env bash
# Regenerates the pinned, hashed dependency locks from pyproject.toml (pip-tools in its own
# throw-away venv, so the project venv is untouched):
#   requirements.lock        runtime (Docker image)
#   requirements-test.lock   runtime + test extras (CI, scripts/bootstrap.sh)
# Install from them with hash checking, then the project itself without dependencies:
#   pip install --require-hashes -r requirements-test.lock && pip install --no-deps -e .
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=${LOCK_TOOLS_VENV:-${TMPDIR:-/tmp}/geoevents-lock-tools}
[ -x "$TOOLS/bin/pip-compile" ] || { python3 -m venv "$TOOLS" && "$TOOLS/bin/pip" install --quiet pip-tools; }
export CUSTOM_COMPILE_COMMAND="scripts/lock.sh"
common=(--quiet --strip-extras --generate-hashes --allow-unsafe --no-emit-index-url --no-emit-find-links "$@")
"$TOOLS/bin/pip-compile" "${common[@]}" -o requirements.lock pyproject.toml
"$TOOLS/bin/pip-compile" "${common[@]}" --extra test -o requirements-test.lock pyproject.toml
