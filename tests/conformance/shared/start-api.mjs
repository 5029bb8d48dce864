// Starts the SystemGraph API as a real process on a free loopback port for Node-based peer checks
// (the graphql-http audit, the client-library smoke tests). Only node: modules, so any tool folder can
// import it without installing anything.
//   SYSTEMGRAPH_API_DLL=/path/SystemGraph.Api.dll   run a built API instead of `dotnet run`
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..', '..');

export function freePort() {
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

/** Starts the API; resolves to { base, url, stop } once /alive answers. extraArgs are passed to the API. */
export async function startApi(extraArgs = []) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dll = process.env.SYSTEMGRAPH_API_DLL;
  const args = dll
    ? [dll, '--urls', base, ...extraArgs]
    : ['run', '--project', path.join(repoRoot, 'src', 'SystemGraph.Api'), '--no-launch-profile', '--', '--urls', base, ...extraArgs];
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
  return { base, url: `${base}/graphql`, stop: () => child.kill('SIGTERM') };
}
