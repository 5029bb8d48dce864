#!/usr/bin/env bash
# CI step: the graphql-http server audit against the API (started on a free loopback port).
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
node audit.mjs
