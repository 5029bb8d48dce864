#!/usr/bin/env bash
# CI: checks the graph store benchmark runs (reads, writes against the bare-fsync peer, scenario reads, search) at a tiny
# scale, and the transition report over the seed and the ODS data; no timings are judged. Its last line is
# "N passed, M failed" (one check per table it must print).
set -euo pipefail
cd "$(dirname "$0")"
out=$(dotnet run -c Release --project . -- --scale 2000 --iterations 20 --writes 5000 --search 2000 --transitions ../.. 2>&1) || { echo "$out"; echo "0 passed, 1 failed"; exit 1; }
echo "$out"
passed=0
failed=0
for expected in '^\| 2,000 \|' '^\| acknowledged \(journal \+ fsync\) \|' '^\| bare append \+ fsync' '^\| 1,000 \| [0-9]+ \| [0-9]+ \| [0-9]+ \|$' '^\| seed \+ ODS \| ' '^\| synthetic, real words \| 2,000 \|' '^\| Greater Manchester system \| 10 \|' '^\| England \(every CCG\) \| [0-9]+ \|'; do
  if grep -Eq "$expected" <<<"$out"; then passed=$((passed + 1)); else echo "missing: $expected"; failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
