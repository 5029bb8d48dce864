#!/usr/bin/env bash
# CI step: the explorer page (/explore) in Debian's chromium, driven by playwright-core (no browser download),
# against the API on a free loopback port. Its last line is "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "chromium is not installed (apt-get install -y chromium)"
  echo "0 passed, 1 failed"
  exit 1
fi
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
# In CI the solution was just built by `dotnet test`: run that build rather than `dotnet run` (which checks and
# rebuilds first), so the browser run stays well under two minutes.
api_dll=../../src/SystemGraph.Api/bin/Debug/net10.0/SystemGraph.Api.dll
if [ "${CI:-}" = "true" ] && [ -z "${SYSTEMGRAPH_API_DLL:-}" ] && [ -f "$api_dll" ]; then
  SYSTEMGRAPH_API_DLL=$(realpath "$api_dll")
  export SYSTEMGRAPH_API_DLL
fi
node run.mjs "$@"
