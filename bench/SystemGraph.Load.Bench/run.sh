#!/usr/bin/env bash
# The end-to-end load benchmark: SystemGraph vs the graphql-js peer vs a bare endpoint, one command.
#   bench/SystemGraph.Load.Bench/run.sh [--duration 10] [--connections 1,16,64] [--queries chain,orgchart]
#   bench/SystemGraph.Load.Bench/run.sh --telemetry [--duration 5] [--rounds 4]   the cost of OpenTelemetry
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
if [ "${1:-}" = "--telemetry" ]; then
  shift
  exec node telemetry.mjs "$@"
fi
exec node run.mjs "$@"
