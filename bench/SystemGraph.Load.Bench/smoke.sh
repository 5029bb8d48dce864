#!/usr/bin/env bash
# CI: checks the load harness works (servers start, answers agree, wrk runs) in a few seconds; no timings judged.
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; echo "0 passed, 1 failed"; exit 1; }
exec node run.mjs --smoke --queries chain,orgchart,entity --connections 1,16 --duration 1
