#!/usr/bin/env bash
# CI step: the soak of issue 22 at its short length (load and faults together; see README.md here).
#   tests/soak/run-ci.sh                      ~60 s of load (CI; about 2 minutes with the build and restarts)
#   SOAK_SECONDS=1800 tests/soak/run-ci.sh    the long run (README: its figures)
# Builds the API (Release), makes a small tmpfs for the journal when it may mount (root), runs `node soak.mjs`,
# whose exit code and last line ("N passed, M failed[, K skipped]") are this script's.
# SOAK_ARTIFACTS=dir builds into a private artifacts directory instead of the projects' bin/ and obj/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for command in node redis-server redis-cli dotnet; do
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "$command is not installed" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
done

build=(dotnet build "$root/src/SystemGraph.Api/SystemGraph.Api.csproj" -c Release --nologo -v quiet -clp:NoSummary)
api="$root/src/SystemGraph.Api/bin/Release/net10.0/SystemGraph.Api.dll"
if [ -n "${SOAK_ARTIFACTS:-}" ]; then
  build+=(--artifacts-path "$SOAK_ARTIFACTS")
  api="$SOAK_ARTIFACTS/bin/SystemGraph.Api/release/SystemGraph.Api.dll"
fi
if ! "${build[@]}" >&2; then
  echo "the API did not build" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The journal's own small file system, so the soak can fill it: a 64 MB tmpfs (needs root / CAP_SYS_ADMIN).
journal_dir=$(mktemp -d "${TMPDIR:-/tmp}/systemgraph-soak-XXXXXX")
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$journal_dir" || true; fi
  rm -rf "$journal_dir"
}
trap cleanup EXIT
fillable=()
if mount -t tmpfs -o size=64m tmpfs "$journal_dir" 2>/dev/null; then
  mounted=1
  fillable=(--fillable)
else
  echo "could not mount a tmpfs for the journal (not root?): the full-disk phase is skipped" >&2
fi

node "$here/soak.mjs" --api "$api" --seed "$root/graph-seed" --journal-dir "$journal_dir" --duration "${SOAK_SECONDS:-60}" "${fillable[@]}"
