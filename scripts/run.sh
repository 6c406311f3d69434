#!/usr/bin/env bash
# The main job on a fresh machine: install, then `geoevents run` (embedded broker, worker,
# example articles, events printed as they arrive; Ctrl-C stops everything).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/geoevents run "$@"
