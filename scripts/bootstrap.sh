#!/usr/bin/env bash
# Creates .venv and installs geoevents with its test extras from the hashed lock (requirements-test.lock);
# re-runs only when pyproject.toml or the lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.geoevents-installed
want=$(cat pyproject.toml requirements-test.lock 2>/dev/null | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ -f requirements-test.lock ]; then  # pinned, hash-checked dependencies (scripts/lock.sh)
    .venv/bin/python -m pip install --quiet --require-hashes -r requirements-test.lock
    .venv/bin/python -m pip install --quiet --no-deps -e .
    .venv/bin/python -m pip check >/dev/null || {
      .venv/bin/python -m pip check >&2; echo "requirements-test.lock is stale: run scripts/lock.sh" >&2; exit 1; }
  else
    .venv/bin/python -m pip install --quiet -e ".[test]"
  fi
  echo "$want" > "$stamp"
fi
