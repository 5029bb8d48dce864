#!/usr/bin/env bash
# CI: checks the ingestion scorer and speed benchmark run on the five papers, and the held-out scorer and the
# suggestion scorer (assist) and the ranker's learning (rank-learn) on the invented fixture paper (the real held-out papers live outside the repository); no figure is judged. Its last line is
# "N passed, M failed" (one check per table it must print).
set -euo pipefail
cd "$(dirname "$0")"
out=$(dotnet run -c Release --project . -- all 2>&1) || { echo "$out"; echo "0 passed, 1 failed"; exit 1; }
heldout=$(dotnet run -c Release --no-build --project . -- heldout heldout-fixture 2>&1) || { echo "$heldout"; echo "0 passed, 1 failed"; exit 1; }
assist=$(dotnet run -c Release --no-build --project . -- assist heldout-fixture 2>&1) || { echo "$assist"; echo "0 passed, 1 failed"; exit 1; }
# The ranker's learning on the fixture (one set: no leave-one-set-out; nothing written): the code path, not the shipped weights.
rank=$(dotnet run -c Release --no-build --project . -- rank-learn heldout-fixture 2>&1) || { echo "$rank"; echo "0 passed, 1 failed"; exit 1; }
out="$out
$heldout
$assist
$rank"
echo "$out"
passed=0
failed=0
for expected in '^\| \*\*all five \(asked types\)\*\* \|' '^\| MEMBER_OF \|' '^### cold' '^30-page PDF' '^\| \*\*all held-out \(asked types\)\*\* \|' '^### api' '^suggestLines on that paper' '^\| \*\*all\*\* \|' '^known: rules alone: ' '^heaviest features: '; do
  if grep -Eq "$expected" <<<"$out"; then passed=$((passed + 1)); else echo "missing: $expected"; failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
