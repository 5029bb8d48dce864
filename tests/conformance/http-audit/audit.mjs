// Runs graphql-http's server audit (the GraphQL over HTTP specification's MUST / SHOULD / MAY checks)
// against the SystemGraph API. Usage:
//   node audit.mjs                      start the API on a free loopback port, audit it, stop it
//   node audit.mjs http://127.0.0.1:5000/graphql   audit a server that is already running
// Prints one line per audit and ends with "N passed, M failed". Every audit counts, MAY ones included:
// the goal is all of them.
import { serverAudits } from 'graphql-http';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForAlive(base, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/alive`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${base}/alive within ${timeoutMs} ms`);
}

async function startApi() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dll = process.env.SYSTEMGRAPH_API_DLL;
  const args = dll
    ? [dll, '--urls', base]
    : ['run', '--project', path.join(repoRoot, 'src', 'SystemGraph.Api'), '--no-launch-profile', '--', '--urls', base];
  const child = spawn('dotnet', args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' } });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  try {
    await waitForAlive(base, child, 180_000);
  } catch (e) {
    child.kill('SIGKILL');
    console.error(log);
    throw e;
  }
  return { url: `${base}/graphql`, stop: () => child.kill('SIGTERM') };
}

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
