// Client-library smoke tests: Apollo Client, urql and Relay, used as their documentation shows and
// unchanged, against the SystemGraph API started on a free loopback port. A client written for a Hot
// Chocolate server must work here too: normalised caching by __typename + id, interface fragments,
// error extensions, GET requests, Relay's node(id:) refetch and cursor connections.
//   node smoke.mjs                                   start the API, compile the Relay operations, run
//   node smoke.mjs http://127.0.0.1:5000            use a running API (its base address)
// Prints one line per check and ends with "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '../shared/start-api.mjs';
import { apolloChecks } from './checks/apollo.mjs';
import { urqlChecks } from './checks/urql.mjs';
import { relayChecks } from './checks/relay.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const external = process.argv[2];
const server = external ? { base: external.replace(/\/$/, ''), stop: () => {} } : await startApi(['--Graph:OdsPath', 'none']);
const url = `${server.base}/graphql`;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${e?.stack ?? e}`);
  }
}

try {
  // Relay compiles its operations against the schema the server actually serves.
  await check('relay-compiler compiles the operations against /graphql/schema.graphql', async () => {
    const sdl = await (await fetch(`${server.base}/graphql/schema.graphql`)).text();
    mkdirSync(path.join(here, 'build', '__generated__'), { recursive: true });
    writeFileSync(path.join(here, 'build', 'schema.graphql'), sdl);
    execFileSync(path.join(here, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: here, stdio: 'pipe' });
    // The artifacts are CommonJS; this folder's package.json says so, as the tool folder itself is ESM.
    writeFileSync(path.join(here, 'build', 'package.json'), '{ "type": "commonjs" }\n');
  });
  const requireArtifact = createRequire(path.join(here, 'build', '__generated__', 'index.js'));

  for (const [name, fn] of apolloChecks(url)) await check(`apollo: ${name}`, fn);
  for (const [name, fn] of urqlChecks(url)) await check(`urql: ${name}`, fn);
  for (const [name, fn] of relayChecks(url, (n) => requireArtifact(`./${n}.graphql.js`))) await check(`relay: ${name}`, fn);
} finally {
  server.stop();
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
