#!/usr/bin/env bash
# CI step: the graphql-sse and graphql-ws npm clients, and raw protocol violations, against the API's
# subscription transports (the API is started on a free loopback port). Last line: "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node check.mjs
