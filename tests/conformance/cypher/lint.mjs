// Lints the Cypher statements the Neo4j store issues (dumped by the Neo4j store's parameterisation test) with
// Neo4j's own parser and semantic analysis, so a syntax or scoping mistake is caught here rather than by the first
// server it meets. Parameters are not declared to the linter (they are values, checked elsewhere), so "parameter
// not defined" diagnostics are ignored; every other error fails the statement.
//
//   node lint.mjs statements.json      (a JSON array of statement texts)
//
// The last line is always "N passed, M failed"; the exit code is non-zero when M > 0.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const file = process.argv[2];
if (!file) {
  console.error('usage: node lint.mjs statements.json');
  process.exit(2);
}

const statements = [...new Set(JSON.parse(readFileSync(file, 'utf8')))].sort();
let passed = 0;
let failed = 0;
for (const statement of statements) {
  const { diagnostics } = lintCypherQuery(statement, {});
  const errors = diagnostics.filter((d) => d.severity === 1 && !/^Parameter \$\w+ is not defined\.$/.test(d.message));
  if (errors.length === 0) {
    passed++;
    continue;
  }

  failed++;
  console.log('FAIL  ' + statement.replace(/\s+/g, ' ').slice(0, 160));
  for (const e of errors.slice(0, 3)) {
    console.log(`      line ${e.range.start.line + 1}, column ${e.range.start.character + 1}: ${e.message.split('\n')[0]}`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
