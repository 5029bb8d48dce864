#!/usr/bin/env bash
# CI step: Apollo Client, urql and Relay smoke tests against the API on a free loopback port.
# Its last line is "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node smoke.mjs "$@"
