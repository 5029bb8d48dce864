// graphql-js side of the engine benchmark: parse + validate the same documents on the same schema, same run.
// Input: the JSON printed by `SystemGraph.GraphQL.Bench --print-inputs` on stdin. Prints mean µs per operation.
import { buildSchema, parse, validate } from 'graphql';

const input = JSON.parse(await new Promise((resolve) => { let s = ''; process.stdin.on('data', (d) => { s += d; }); process.stdin.on('end', () => resolve(s)); }));
const schema = buildSchema(input.sdl);

function measure(name, text) {
  const run = () => validate(schema, parse(text)).length;
  for (let i = 0; i < 2000; i++) run();
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const n = 2000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) run();
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / n);
  }
  rounds.sort((a, b) => a - b);
  console.log(`graphql-js ${name}: ${rounds[2].toFixed(1)} µs per parse + validate (median of 5 rounds of 2000)`);
}

measure('IntrospectionQuery', input.introspection);
measure('SixLevelQuery', input.sixLevel);
