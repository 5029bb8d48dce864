#!/usr/bin/env bash
# CI step: the differential conformance run of our engine against graphql-js (see README.md here).
# Installs the pinned npm packages when node_modules is absent, builds the probe (Release, quietly) and runs
# `node run.mjs`, whose exit code and last line ("N passed, M failed") are this script's.
# CONFORMANCE_ARTIFACTS=dir builds into a private artifacts directory instead of the projects' bin/ and obj/.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

build=(dotnet build probe/SystemGraph.Conformance.Probe.csproj -c Release --nologo -v quiet -clp:NoSummary)
probe="probe/bin/Release/net10.0/SystemGraph.Conformance.Probe.dll"
if [ -n "${CONFORMANCE_ARTIFACTS:-}" ]; then
  build+=(--artifacts-path "$CONFORMANCE_ARTIFACTS")
  probe="$CONFORMANCE_ARTIFACTS/bin/SystemGraph.Conformance.Probe/release/SystemGraph.Conformance.Probe.dll"
fi
if ! "${build[@]}" >&2; then
  echo "the probe did not build" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

PROBE="$probe" exec node run.mjs "$@"
