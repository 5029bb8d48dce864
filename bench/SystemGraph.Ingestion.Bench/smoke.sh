#!/usr/bin/env bash
# CI: checks the ingestion scorer and speed benchmark run on the five papers; no figure is judged. Its last line is
# "N passed, M failed" (one check per table it must print).
set -euo pipefail
cd "$(dirname "$0")"
out=$(dotnet run -c Release --project . -- all 2>&1) || { echo "$out"; echo "0 passed, 1 failed"; exit 1; }
echo "$out"
passed=0
failed=0
for expected in '^\| \*\*all five \(asked types\)\*\* \|' '^\| MEMBER_OF \|' '^### cold' '^30-page PDF'; do
  if grep -Eq "$expected" <<<"$out"; then passed=$((passed + 1)); else echo "missing: $expected"; failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
