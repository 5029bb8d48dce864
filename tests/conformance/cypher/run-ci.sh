#!/usr/bin/env bash
# CI step: every Cypher statement the Neo4j store issues, linted by Neo4j's own parser and semantic analysis.
# The statements are the ones the store's parameterisation test sends to its stand-in server (every operation,
# with hostile values), dumped to a file. Its last line is "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
dump=$(mktemp -d)/statements.json
repo=$(cd ../../.. && pwd)
SYSTEMGRAPH_CYPHER_DUMP="$dump" dotnet test "$repo/tests/SystemGraph.Neo4j.Tests" --filter "FullyQualifiedName~ParameterisedCypherTests" \
  --verbosity quiet --nologo ${CYPHER_ARTIFACTS:+--artifacts-path "$CYPHER_ARTIFACTS"} > /dev/null
node lint.mjs "$dump"
