#!/usr/bin/env bash
# The test suite on a fresh machine: installs what it needs (venv, Debian's prometheus for
# promtool and the Prometheus integration test), then runs pytest: unit and integration tests
# against a real Tansu broker started by the fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
    # the package starts a daemon on :9090; tests start their own
    (systemctl stop prometheus 2>/dev/null || service prometheus stop 2>/dev/null || true) >/dev/null 2>&1
  fi
fi
if [ -x deploy/validate.sh ]; then
  deploy/validate.sh
fi
if [ "${GEOEVENTS_REQUIRE_SHARED:-0}" = 1 ]; then
  scripts/check_shared.sh  # CI: data the tests expect must be there, not silently skipped
fi
# -rs: every skipped test is listed with its reason. Two processes (pytest-xdist), whole files each: the integration
# tests mostly wait on the broker and their workers, so the unit tests use that time; GEOEVENTS_TEST_PROCESSES=0 runs
# everything in this one process
exec .venv/bin/python -m pytest -q -rs -p no:cacheprovider -n "${GEOEVENTS_TEST_PROCESSES:-2}" --dist loadfile "$@"
