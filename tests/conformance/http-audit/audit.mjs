// Runs graphql-http's server audit (the GraphQL over HTTP specification's MUST / SHOULD / MAY checks)
// against the SystemGraph API. Usage:
//   node audit.mjs                      start the API on a free loopback port, audit it, stop it
//   node audit.mjs http://127.0.0.1:5000/graphql   audit a server that is already running
// Prints one line per audit and ends with "N passed, M failed". Every audit counts, MAY ones included:
// the goal is all of them.
import { serverAudits } from 'graphql-http';
import { startApi } from '../shared/start-api.mjs';

const external = process.argv[2];
const server = external ? { url: external, stop: () => {} } : await startApi();
let passed = 0;
let failed = 0;
try {
  for (const { id, name, fn } of serverAudits({ url: server.url })) {
    const result = await fn();
    if (result.status === 'ok') {
      passed++;
      console.log(`ok    ${id} ${name}`);
    } else {
      failed++;
      console.log(`FAIL  ${id} ${name}: ${result.reason}`);
    }
  }
} finally {
  server.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
