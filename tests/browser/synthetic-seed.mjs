// A seed folder for the browser tests: the repository's seed plus one synthetic file holding an org chart of 1,011
// nodes (a board, 10 boards accountable to it, 10 under each of those, 9 under each of those), so the page can be
// timed drawing a chart of about a thousand nodes against the real API.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const syntheticRoot = 'synthetic-chart-root';

export function writeSyntheticSeed(repoRoot, folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const seed = path.join(repoRoot, 'graph-seed');
  for (const file of readdirSync(seed)) {
    if (file.endsWith('.yaml') || file.endsWith('.json')) copyFileSync(path.join(seed, file), path.join(folder, file));
  }
  // Each fact quotes its own words naming its ends, as the seed rules ask of every line (at least five words, a quote
  // per line, both ends named).
  const source = (quote) => `    sources:\n      - section: "generated"\n        quote: "${quote}"`;
  const lines = [
    'documents:',
    '  - id: doc-synthetic-chart',
    '    file: synthetic-chart.txt',
    '    name: Synthetic org chart for the browser tests',
    'entities:',
  ];
  const links = ['relationships:'];
  const board = (id, name) => lines.push(`  - id: ${id}`, '    kind: BOARD', `    name: ${name}`, '    type: WORKING_GROUP',
    source(`${name} is a working group made up for the browser tests`));
  const names = new Map();
  const named = (id, name) => { names.set(id, name); board(id, name); };
  const link = (from, to) => links.push('  - type: ACCOUNTABLE_TO', `    from: ${from}`, `    to: ${to}`, '    status: AGREED',
    source(`${names.get(from)} is accountable to ${names.get(to)}, as agreed for the browser tests`));
  named(syntheticRoot, 'Synthetic chart root');
  let count = 1;
  for (let a = 1; a <= 10; a++) {
    const idA = `synthetic-chart-${a}`;
    named(idA, `Synthetic board ${a}`); link(idA, syntheticRoot); count++;
    for (let b = 1; b <= 10; b++) {
      const idB = `${idA}-${b}`;
      named(idB, `Synthetic board ${a}.${b}`); link(idB, idA); count++;
      for (let c = 1; c <= 9; c++) {
        const idC = `${idB}-${c}`;
        named(idC, `Synthetic board ${a}.${b}.${c}`); link(idC, idB); count++;
      }
    }
  }
  writeFileSync(path.join(folder, 'zz-synthetic-chart.yaml'), `${lines.join('\n')}\n${links.join('\n')}\n`);
  return count;
}
