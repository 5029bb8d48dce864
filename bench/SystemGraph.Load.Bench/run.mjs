// End-to-end load benchmark (issues 8 and 21). Builds and starts four servers on loopback, checks they answer the
// benchmark queries identically, then drives each with wrk, alternating servers for every (query, connections)
// cell so they share the machine's conditions, and prints a markdown table with ratios.
//   SystemGraph API (Release, embedded store, the national reference data plus the five papers)
//   graphql-js peer (bench/peer: graphql 16 + graphql-http, same schema, same graph exported as JSON)
//   GraphQL.NET peer (GraphQL 8.8.5 + GraphQL.SystemTextJson, document cache on: the same schema answering from the
//     API's recorded answers, so it measures the engine and transport alone: SystemGraph.Load.Bench graphql-net)
//   bare endpoint (a minimal-API route returning the API's recorded response bytes: the machine's ceiling)
// Usage: node run.mjs [--duration 10] [--connections 1,16,64] [--queries chain,orgchart,...] [--smoke] [--cache]
// --smoke: 1-second runs at 1 and 16 connections; prints "N passed, M failed" (CI checks the harness works).
// --cache: the response cache series instead (issue 7): SystemGraph uncached, cached in memory, cached in Redis
//          (a redis-server started on a free port), and the bare endpoint, on the chain and org chart queries.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, repoRoot } from '../../tests/conformance/shared/start-api.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const smoke = process.argv.includes('--smoke');
const cacheSeries = process.argv.includes('--cache');
const duration = Number(arg('--duration', smoke ? '1' : '10'));
const connections = arg('--connections', smoke ? '1,16' : '1,16,64').split(',').map(Number);
const allQueries = readdirSync(path.join(here, 'queries')).filter((f) => f.endsWith('.graphql')).map((f) => f.replace('.graphql', '')).sort();
const queries = arg('--queries', cacheSeries ? 'chain,orgchart' : allQueries.join(',')).split(',');
const work = path.join(here, 'out');
mkdirSync(path.join(work, 'bodies'), { recursive: true });
mkdirSync(path.join(work, 'responses'), { recursive: true });

const log = (line) => process.stderr.write(line + '\n');
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  log(`${ok ? 'ok  ' : 'FAIL'}  ${what}`);
};

// 1. Build the API and this tool in Release, install the peer.
const artifacts = path.join(work, 'artifacts');
for (const project of ['src/SystemGraph.Api', 'bench/SystemGraph.Load.Bench']) {
  execFileSync('dotnet', ['build', path.join(repoRoot, project), '-c', 'Release', '--nologo', '-v', 'quiet', '-clp:NoSummary', '--artifacts-path', artifacts], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const peerDir = path.join(repoRoot, 'bench', 'peer');
try { readdirSync(path.join(peerDir, 'node_modules')); } catch { execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peerDir, stdio: 'inherit' }); }
const apiDll = path.join(artifacts, 'bin', 'SystemGraph.Api', 'release', 'SystemGraph.Api.dll');
const toolDll = path.join(artifacts, 'bin', 'SystemGraph.Load.Bench', 'release', 'SystemGraph.Load.Bench.dll');
const ods = path.resolve(repoRoot, '..', 'shared', 'data', 'ods');

// 2. The graph as JSON for the peer: the same loaders as the API.
const graphFile = path.join(work, 'graph.json');
execFileSync('dotnet', [toolDll, 'export', '--seed', path.join(repoRoot, 'graph-seed'), '--ods', ods, '--out', graphFile], { stdio: ['ignore', 'ignore', 'inherit'] });

const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function waitFor(url, child, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function start(name, command, args, readyUrl) {
  const started = Date.now();
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production' } });
  children.push(child);
  await waitFor(readyUrl, child);
  return { name, child, startupMs: Date.now() - started };
}

// 3. Start the servers. The API runs as deployed except: no per-client rate limit (one client makes every
// request here) and warnings-only logging (one console line per request would measure the console).
const apiPort = await freePort();
const apiArgs = (port, ...extra) => [apiDll, '--urls', `http://127.0.0.1:${port}`, '--Graph:OdsPath', ods,
  '--GraphQL:Limits:RequestsPerMinute', '0', '--Logging:LogLevel:Default', 'Warning', ...extra];
// The comparison with graphql-js is uncached: the response cache would answer every repeated request.
const api = await start('SystemGraph', 'dotnet', apiArgs(apiPort, '--Cache:Enabled', 'false'), `http://127.0.0.1:${apiPort}/health`);
const schemaFile = path.join(work, 'schema.graphql');
writeFileSync(schemaFile, await (await fetch(`http://127.0.0.1:${apiPort}/graphql/schema.graphql`)).text());
const peerPort = await freePort();
const peer = await start('graphql-js', 'node', [path.join(peerDir, 'server.mjs'), '--port', String(peerPort), '--graph', graphFile, '--schema', schemaFile], `http://127.0.0.1:${peerPort}/alive`);

// 4. Bodies, recorded responses, and the check that both servers give the same answers.
const rankedDifferently = new Set(['search']);
const canonical = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
for (const query of queries) {
  const body = JSON.stringify({ query: readFileSync(path.join(here, 'queries', `${query}.graphql`), 'utf8').trim() });
  writeFileSync(path.join(work, 'bodies', `${query}.json`), body);
  const post = async (port) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
    return Buffer.from(await response.arrayBuffer());
  };
  const ours = await post(apiPort);
  writeFileSync(path.join(work, 'responses', `${query}.json`), ours);
  const theirs = JSON.parse((await post(peerPort)).toString('utf8'));
  const parsed = JSON.parse(ours.toString('utf8'));
  check(parsed.errors === undefined, `${query}: SystemGraph answers without errors (${ours.length} bytes)`);
  if (rankedDifferently.has(query)) {
    // The peer still ranks search with the token scan the API used before Lucene (BM25, prefixes, typos): the
    // same number of hits and the same best hit, not the same order below it.
    const hits = (r) => r.data?.search ?? [];
    check(hits(parsed).length === hits(theirs).length && hits(parsed)[0]?.entity?.id === hits(theirs)[0]?.entity?.id,
      `${query}: graphql-js peer gives as many hits and the same best hit (its ranking is the pre-Lucene token scan)`);
  } else {
    check(canonical(parsed) === canonical(theirs), `${query}: graphql-js peer gives the same answer`);
  }
}
const barePort = await freePort();
const bare = await start('bare', 'dotnet', [toolDll, 'bare', '--urls', `http://127.0.0.1:${barePort}`, '--responses', path.join(work, 'responses')], `http://127.0.0.1:${barePort}/alive`);
const netPort = await freePort();
const net = await start('GraphQL.NET', 'dotnet', [toolDll, 'graphql-net', '--urls', `http://127.0.0.1:${netPort}`, '--schema', schemaFile,
  '--queries', path.join(here, 'queries'), '--responses', path.join(work, 'responses')], `http://127.0.0.1:${netPort}/alive`);
for (const query of queries) {
  const body = readFileSync(path.join(work, 'bodies', `${query}.json`));
  const response = await fetch(`http://127.0.0.1:${netPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
  const theirs = JSON.parse(Buffer.from(await response.arrayBuffer()).toString('utf8'));
  const ours = JSON.parse(readFileSync(path.join(work, 'responses', `${query}.json`), 'utf8'));
  check(canonical(ours) === canonical(theirs), `${query}: GraphQL.NET peer gives the same answer`);
}
const memoryAfterStart = { api: rssMb(api.child.pid), peer: rssMb(peer.child.pid) };

// 5. Load: every cell runs the three servers back to back after a short warm-up each.
function wrk(url, query, conns, seconds) {
  const output = execFileSync('wrk', ['-t', String(Math.min(2, conns)), '-c', String(conns), '-d', `${seconds}s`, '--timeout', '5s', '-s', path.join(here, 'post.lua'), url],
    { env: { ...process.env, BODY_FILE: path.join(work, 'bodies', `${query}.json`) }, encoding: 'utf8' });
  const line = output.split('\n').find((l) => l.startsWith('WRK_JSON '));
  return JSON.parse(line.slice('WRK_JSON '.length));
}

const targets = [
  { key: 'ours', url: `http://127.0.0.1:${apiPort}/graphql` },
  { key: 'peer', url: `http://127.0.0.1:${peerPort}/graphql` },
  { key: 'net', url: `http://127.0.0.1:${netPort}/graphql` },
  { key: 'bare', url: (q) => `http://127.0.0.1:${barePort}/bare/${q}` },
];
if (cacheSeries) {
  const memoryPort = await freePort();
  await start('SystemGraph cached (memory)', 'dotnet', apiArgs(memoryPort), `http://127.0.0.1:${memoryPort}/health`);
  const redisPort = await freePort();
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  children.push(redis);
  await new Promise((r) => setTimeout(r, 500));
  const redisApiPort = await freePort();
  await start('SystemGraph cached (Redis)', 'dotnet', apiArgs(redisApiPort, '--Cache:Redis', `127.0.0.1:${redisPort}`), `http://127.0.0.1:${redisApiPort}/health`);
  targets.splice(1, 2, { key: 'memory', url: `http://127.0.0.1:${memoryPort}/graphql` }, { key: 'redis', url: `http://127.0.0.1:${redisApiPort}/graphql` });
}
const rows = [];
for (const query of queries) {
  for (const conns of connections) {
    const cell = { query, conns };
    for (const target of targets) {
      const url = typeof target.url === 'function' ? target.url(query) : target.url;
      wrk(url, query, conns, Math.max(1, Math.min(2, duration / 5)));
      const result = wrk(url, query, conns, duration);
      // The peer may time out (5 s) under 64 connections: that is a result, reported in the table. Our
      // server and the bare endpoint must answer everything.
      const ok = result.requests > 0 && result.non2xx === 0 && (target.key === 'peer' || result.socketErrors === 0);
      check(ok, `${query} @${conns} ${target.key}: ${result.rps.toFixed(0)} req/s, ${result.non2xx} non-2xx, ${result.socketErrors} socket errors`);
      cell[target.key] = result;
    }
    rows.push(cell);
  }
}
const memoryAfterLoad = { api: rssMb(api.child.pid), peer: rssMb(peer.child.pid) };

// 6. Report.
const ms = (us) => (us / 1000).toFixed(us < 10_000 ? 2 : 1);
const lines = [];
if (cacheSeries) {
  lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${duration} s per cell; req/s and p99 (ms).`);
  lines.push('');
  lines.push('| query | conns | uncached req/s | p99 | memory cache req/s | p99 | vs uncached | Redis cache req/s | p99 | vs uncached | bare req/s | bare ÷ memory |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { query, conns, ours, memory, redis, bare: ceiling } of rows) {
    lines.push(`| ${query} | ${conns} | ${ours.rps.toFixed(0)} | ${ms(ours.p99)} | ${memory.rps.toFixed(0)} | ${ms(memory.p99)} | ${(memory.rps / ours.rps).toFixed(1)}x | ${redis.rps.toFixed(0)} | ${ms(redis.p99)} | ${(redis.rps / ours.rps).toFixed(1)}x | ${ceiling.rps.toFixed(0)} | ${(ceiling.rps / memory.rps).toFixed(1)}x |`);
  }
  console.log(lines.join('\n'));
  process.exit(failed === 0 ? 0 : 1);
}
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${duration} s per cell, wrk -t min(2,c) -c c; latencies in ms.`);
lines.push('');
lines.push('| query | conns | SystemGraph req/s | p50 | p99 | graphql-js req/s | p99 | vs graphql-js | GraphQL.NET req/s | p99 | vs GraphQL.NET | bare req/s | vs bare |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const { query, conns, ours, peer: theirs, net: engine, bare: ceiling } of rows) {
  lines.push(`| ${query} | ${conns} | ${ours.rps.toFixed(0)} | ${ms(ours.p50)} | ${ms(ours.p99)} | ${theirs.rps.toFixed(0)} | ${ms(theirs.p99)} | ${(ours.rps / theirs.rps).toFixed(1)}x | ${engine.rps.toFixed(0)} | ${ms(engine.p99)} | ${(ours.rps / engine.rps).toFixed(2)}x | ${ceiling.rps.toFixed(0)} | ${(100 * ours.rps / ceiling.rps).toFixed(0)}% |`);
}
const timeouts = rows.filter((r) => r.peer.socketErrors > 0).map((r) => `${r.query} @${r.conns}: ${r.peer.socketErrors}`);
if (timeouts.length > 0) lines.push('', `graphql-js requests that timed out (5 s) or failed at the socket: ${timeouts.join(', ')}.`);
lines.push('');
lines.push(`Start-up to ready: SystemGraph ${(api.startupMs / 1000).toFixed(1)} s (seed + national reference data), graphql-js peer ${(peer.startupMs / 1000).toFixed(1)} s (reads the exported JSON), GraphQL.NET peer ${(net.startupMs / 1000).toFixed(1)} s, bare ${(bare.startupMs / 1000).toFixed(1)} s.`);
lines.push(`Resident memory after start / after load: SystemGraph ${memoryAfterStart.api.toFixed(0)} / ${memoryAfterLoad.api.toFixed(0)} MB, graphql-js ${memoryAfterStart.peer.toFixed(0)} / ${memoryAfterLoad.peer.toFixed(0)} MB.`);
console.log(lines.join('\n'));
if (smoke) console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
process.exit();
