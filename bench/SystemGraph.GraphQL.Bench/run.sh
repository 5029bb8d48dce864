#!/usr/bin/env bash
# One command for the engine benchmark: graphql-js and our engine, same machine, same run.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build -c Release --nologo -v quiet -o bin/bench > /dev/null
dotnet bin/bench/SystemGraph.GraphQL.Bench.dll --print-inputs | node bench.mjs
dotnet bin/bench/SystemGraph.GraphQL.Bench.dll --filter '*' | grep -E '^\|'
