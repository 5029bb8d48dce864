// Subscription benchmark (issue 17), not a test: N concurrent graphql-sse subscribers (distinct connections mode)
// and one write per second. Measures, in one run on one machine:
//   - commit to delivery: from the write's commit stamp (GraphChange.at, server clock) to the moment each
//     subscriber has the event (same machine, same clock), p50 / p99 over every delivery;
//   - memory per subscriber: the API process's resident set before and after opening the subscriptions;
//   - query throughput without and with the subscribers connected (writes at 1/s in both phases; the phases
//     alternate over several rounds and each side's median is compared, as the machine's load moves).
// Usage: node bench.mjs [--subscribers 1000] [--rounds 3] [--phase-seconds 10] [--concurrency 8]
//   SYSTEMGRAPH_API_DLL=/path/SystemGraph.Api.dll runs that build (a Release build is what the numbers are for).
import http from 'node:http';
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, repoRoot } from '../../tests/conformance/shared/start-api.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const subscribers = Number(args.subscribers ?? 1000);
const rounds = Number(args.rounds ?? 3);
const phaseSeconds = Number(args['phase-seconds'] ?? 10);
const concurrency = Number(args.concurrency ?? 8);

const key = randomBytes(32).toString('hex');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dll = process.env.SYSTEMGRAPH_API_DLL;
const command = dll ? ['dotnet', [dll]] : ['dotnet', ['run', '-c', 'Release', '--project', path.join(repoRoot, 'src', 'SystemGraph.Api'), '--no-launch-profile', '--']];
const api = spawn(command[0], [...command[1], '--urls', base, '--Graph:OdsPath', 'none', '--GraphQL:Limits:RequestsPerMinute', '0', '--Logging:LogLevel:Default', 'Warning'],
  { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, Auth__SigningKey: key, ASPNETCORE_ENVIRONMENT: 'Production' } });
process.on('exit', () => api.kill('SIGTERM'));

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function token(sub, role) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, role, iss: 'systemgraph-development', aud: 'systemgraph', iat: now, nbf: now, exp: now + 3600 })}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}
const editor = token('bench', 'editor');

function post(body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(`${base}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** Resident set of the API process (the dotnet process itself, or the child `dotnet run` started). */
function rssBytes() {
  const pids = [api.pid, ...String(readFileSync(`/proc/${api.pid}/task/${api.pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean).map(Number)];
  return Math.max(...pids.map((pid) => {
    try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024; } catch { return 0; }
  }));
}

for (let i = 0; ; i++) {
  try { const r = await fetch(`${base}/alive`); if (r.ok) break; } catch { /* starting */ }
  if (i > 900) throw new Error('the API did not start');
  await sleep(200);
}

let writing = true;
let written = 0;
async function writeEverySecond(count) {
  for (let i = 0; i < count && writing; i++) {
    const started = Date.now();
    await post({ query: 'mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "bench", rationale: "bench" }) { entity { id } } }', variables: { n: `Bench board ${Date.now()} ${i}` } }, { authorization: `Bearer ${editor}` });
    written++;
    await sleep(Math.max(0, 1000 - (Date.now() - started)));
  }
}

/** Queries per second over `seconds`, `concurrency` loops of a cheap but real query (no cache: distinct aliases). */
async function queryThroughput(seconds) {
  let done = 0;
  let n = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const alias = `a${n++}`;
      const r = await post({ query: `{ ${alias}: entity(id: "nhs-bury-ccg") { id name relationships(direction: OUTBOUND) { id type to { id name } } } }` });
      if (r.status === 200) done++;
    }
  }));
  return done / seconds;
}

// The machine is shared: load moves between minutes. So the phases alternate, several rounds of
// [without subscribers | with subscribers], writes at 1/s throughout, and each side's median is compared.
await queryThroughput(3);
const latencies = [];
const withoutRuns = [];
const withRuns = [];
let rssPerSubscriber = null;
let deliveriesExpected = 0;

async function openSubscribers() {
  const streams = [];
  await new Promise((resolve, reject) => {
    let open = 0;
    for (let i = 0; i < subscribers; i++) {
      const data = JSON.stringify({ query: 'subscription { graphChanged { version at operation entityIds } }' });
      const req = http.request(`${base}/graphql`, { method: 'POST', agent: new http.Agent({ keepAlive: false }), headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'content-length': Buffer.byteLength(data) } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`subscriber ${i}: ${res.statusCode}`));
        let buffered = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const now = performance.timeOrigin + performance.now();
          buffered += chunk;
          let end;
          while ((end = buffered.indexOf('\n\n')) >= 0) {
            const block = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            const line = block.split('\n').find((l) => l.startsWith('data: '));
            if (block.startsWith('event: next') && line) {
              const change = JSON.parse(line.slice(6)).data?.graphChanged;
              if (change?.at) latencies.push(now - Date.parse(change.at));
            }
          }
        });
        res.on('error', () => {});
        streams.push(req);
        if (++open === subscribers) resolve();
      });
      req.on('error', () => {});
      req.end(data);
    }
  });
  return streams;
}

for (let round = 0; round < rounds; round++) {
  const writerWithout = writeEverySecond(phaseSeconds);
  withoutRuns.push(await queryThroughput(phaseSeconds));
  await writerWithout;

  await sleep(1000);
  const rssBefore = rssBytes();
  const streams = await openSubscribers();
  await sleep(2000);
  if (rssPerSubscriber === null) rssPerSubscriber = (rssBytes() - rssBefore) / subscribers;

  const writerWith = writeEverySecond(phaseSeconds);
  const before = written;
  withRuns.push(await queryThroughput(phaseSeconds));
  await writerWith;
  await sleep(1000);
  deliveriesExpected += subscribers * (written - before);
  for (const req of streams) req.destroy();
  await sleep(1000);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const without = median(withoutRuns);
const withSubscribers = median(withRuns);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const out = {
  subscribers,
  rounds,
  deliveries: latencies.length,
  deliveriesExpected,
  p50ms: pct(50)?.toFixed(1),
  p99ms: pct(99)?.toFixed(1),
  maxms: latencies.at(-1)?.toFixed(1),
  rssPerSubscriberKiB: (rssPerSubscriber / 1024).toFixed(1),
  queriesPerSecondWithout: without.toFixed(0),
  queriesPerSecondWith: withSubscribers.toFixed(0),
  withoutRuns: withoutRuns.map((x) => Math.round(x)),
  withRuns: withRuns.map((x) => Math.round(x)),
  throughputCostPercent: (((without - withSubscribers) / without) * 100).toFixed(1),
  loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
};
console.log(JSON.stringify(out, null, 2));
api.kill('SIGTERM');
process.exit(0);
