// The cost of OpenTelemetry (issue 16): the API uncached with telemetry off (no OTEL_EXPORTER_OTLP_ENDPOINT),
// on (the default with an endpoint: metrics of every request, traces of one in ten, exported over OTLP/HTTP to
// a local collector stub, the `otlp-sink` command of this tool) and all (every request traced), all three
// running at once, driven by wrk in alternating runs (the order rotates each round) so they share the machine's
// conditions. Throughput swings by several times between adjacent runs on a shared, busy machine, so each run
// also records the server's own CPU time (utime + stime from /proc) per request: at 16 connections the server
// is saturated, so its throughput is the CPU it gets divided by this cost, and the cost is far less sensitive
// to what else runs. The collector stub's CPU is not counted (a real collector runs elsewhere). Each round's
// adjacent runs make one paired ratio, and the overhead reported is the median of those ratios (beside the mean
// throughputs).
// Two processes of the same build differ by several per cent in CPU per request (the JIT's tiering and dynamic
// PGO compile each one differently), as much as the cost measured here; so --sets N starts N fresh sets of the
// three servers one after the other, and the medians are over every round of every set.
// Usage: node telemetry.mjs [--duration 3] [--rounds 10] [--sets 1] [--connections 16] [--queries chain,orgchart,entity]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, repoRoot } from '../../tests/conformance/shared/start-api.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const duration = Number(arg('--duration', '3'));
const rounds = Number(arg('--rounds', '10'));
const sets = Number(arg('--sets', '1'));
const connections = Number(arg('--connections', '16'));
const queries = arg('--queries', 'chain,orgchart,entity').split(',');
const work = path.join(here, 'out');
mkdirSync(path.join(work, 'bodies'), { recursive: true });
const log = (line) => process.stderr.write(line + '\n');
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

// 1. Build the API and this tool in Release.
const artifacts = path.join(work, 'artifacts');
for (const project of ['src/SystemGraph.Api', 'bench/SystemGraph.Load.Bench']) {
  execFileSync('dotnet', ['build', path.join(repoRoot, project), '-c', 'Release', '--nologo', '-v', 'quiet', '-clp:NoSummary', '--artifacts-path', artifacts], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const apiDll = path.join(artifacts, 'bin', 'SystemGraph.Api', 'release', 'SystemGraph.Api.dll');
const toolDll = path.join(artifacts, 'bin', 'SystemGraph.Load.Bench', 'release', 'SystemGraph.Load.Bench.dll');
const ods = process.env.SYSTEMGRAPH_ODS ?? path.resolve(repoRoot, '..', 'shared', 'data', 'ods');

const children = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
async function start(command, args, readyUrl, env = {}) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', ...env } });
  children.push(child);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${readyUrl}: the process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${readyUrl} did not answer in time`);
}

// 2. The collector stub, and per set three API instances identical but for the OTLP settings. Uncached (every
// request executes), no rate limit, warnings-only logging, as in run.mjs.
const sinkPort = await freePort();
await start('dotnet', [toolDll, 'otlp-sink', '--urls', `http://127.0.0.1:${sinkPort}`], `http://127.0.0.1:${sinkPort}/alive`);
const apiArgs = (port) => [apiDll, '--urls', `http://127.0.0.1:${port}`, '--Graph:OdsPath', ods, '--Cache:Enabled', 'false',
  '--GraphQL:Limits:RequestsPerMinute', '0', '--Logging:LogLevel:Default', 'Warning'];
// "on": as deployed with an endpoint (every request measured, one in ten traced); "all": every request traced.
const otlp = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sinkPort}`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_METRIC_EXPORT_INTERVAL: '5000' };
const settings = { off: { OTEL_EXPORTER_OTLP_ENDPOINT: '' }, on: otlp, all: { ...otlp, OTEL_TRACES_SAMPLER: 'always_on' } };
async function startServers() {
  const ports = {};
  const pids = {};
  const started = [];
  for (const [key, env] of Object.entries(settings)) {
    const port = await freePort();
    const child = await start('dotnet', apiArgs(port), `http://127.0.0.1:${port}/health`, env);
    ports[key] = port;
    pids[key] = child.pid;
    started.push(child);
  }
  const stop = async () => {
    for (const child of started.filter((c) => c.exitCode === null && c.signalCode === null)) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  };
  return { ports, pids, stop };
}
// CPU seconds the process has used (user + system; /proc/<pid>/stat fields 14 and 15, in clock ticks of 1/100 s).
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

function wrk(port, query, seconds, warmUp = false) {
  const output = execFileSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--timeout', '5s', '-s', path.join(here, 'post.lua'), `http://127.0.0.1:${port}/graphql`],
    { env: { ...process.env, BODY_FILE: path.join(work, 'bodies', `${query}.json`) }, encoding: 'utf8' });
  const result = JSON.parse(output.split('\n').find((l) => l.startsWith('WRK_JSON ')).slice('WRK_JSON '.length));
  if (warmUp) return result;
  if (result.requests === 0 || result.non2xx > 0 || result.socketErrors > 0) throw new Error(`${query} on ${port}: ${JSON.stringify(result)}`);
  return result;
}

// 3. Alternate: each round runs the three servers in a rotating order, so none always runs first or last.
for (const query of queries) {
  writeFileSync(path.join(work, 'bodies', `${query}.json`), JSON.stringify({ query: readFileSync(path.join(here, 'queries', `${query}.graphql`), 'utf8').trim() }));
}
const keys = Object.keys(settings);
const runs = Object.fromEntries(queries.map((q) => [q, Object.fromEntries(keys.map((k) => [k, []]))]));
const costs = Object.fromEntries(queries.map((q) => [q, Object.fromEntries(keys.map((k) => [k, []]))]));
const loads = Object.fromEntries(queries.map((q) => [q, []]));
const orders = [['off', 'on', 'all'], ['all', 'on', 'off'], ['on', 'off', 'all'], ['all', 'off', 'on']];
for (let set = 0; set < sets; set++) {
  const { ports, pids, stop } = await startServers();
  for (const query of queries) {
    // Warm-up (JIT, first loads): on a busy machine the first seconds may answer nothing, which is not measured.
    for (const port of Object.values(ports)) wrk(port, query, 6, true);
    const before = loadAverage();
    for (let round = 0; round < rounds; round++) {
      for (const key of orders[round % orders.length]) {
        const cpuBefore = cpuSeconds(pids[key]);
        const result = wrk(ports[key], query, duration);
        const microsPerRequest = 1e6 * (cpuSeconds(pids[key]) - cpuBefore) / result.requests;
        runs[query][key].push(result.rps);
        costs[query][key].push(microsPerRequest);
        log(`${query} set ${set + 1} round ${round + 1} ${key}: ${result.rps.toFixed(0)} req/s, p99 ${(result.p99 / 1000).toFixed(2)} ms, ${microsPerRequest.toFixed(0)} µs CPU/request`);
      }
    }
    loads[query].push(`set ${set + 1}: ${before} before, ${loadAverage()} after`);
  }
  await stop();
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const rows = queries.map((query) => {
  const r = runs[query];
  const paired = (key) => median(r.off.map((off, i) => 100 * (off - r[key][i]) / off));
  const cost = (key) => median(costs[query][key]);
  return { query, off: mean(r.off), on: mean(r.on), all: mean(r.all), medianOn: paired('on'), medianAll: paired('all'), costOff: cost('off'), costOn: cost('on'), costAll: cost('all') };
});
const stats = await (await fetch(`http://127.0.0.1:${sinkPort}/stats`)).json();

// 4. Report.
const lines = [];
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${connections} connections, ${sets} set(s) of fresh servers, ${rounds} alternating rounds of ${duration} s per server, query and set.`);
lines.push('');
lines.push('Load average (1, 5, 15 min) around each query\'s rounds:');
for (const query of queries) lines.push(`- ${query}: ${loads[query].join('; ')}`);
lines.push('');
lines.push('| query | off req/s | on req/s | on: overhead of the means | on: median paired overhead | all traced req/s | all: overhead of the means | all: median paired overhead |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
const pct = (off, x) => `${(100 * (off - x) / off).toFixed(1)}%`;
for (const { query, off, on, all, medianOn, medianAll } of rows) {
  lines.push(`| ${query} | ${off.toFixed(0)} | ${on.toFixed(0)} | ${pct(off, on)} | ${medianOn.toFixed(1)}% | ${all.toFixed(0)} | ${pct(off, all)} | ${medianAll.toFixed(1)}% |`);
}
lines.push('');
lines.push('Server CPU per request (median over the runs, µs) and the throughput it allows, relative to off:');
lines.push('');
lines.push('| query | off µs/req | on µs/req | on: overhead | all traced µs/req | all: overhead |');
lines.push('|---|---:|---:|---:|---:|---:|');
for (const { query, costOff, costOn, costAll } of rows) {
  const over = (x) => `${(100 * (1 - costOff / x)).toFixed(1)}%`;
  lines.push(`| ${query} | ${costOff.toFixed(0)} | ${costOn.toFixed(0)} | ${over(costOn)} | ${costAll.toFixed(0)} | ${over(costAll)} |`);
}
lines.push('');
lines.push('Each run, in the order of the rounds (req/s | CPU µs per request):');
for (const query of queries) {
  for (const key of keys) lines.push(`- ${query} ${key}: ${runs[query][key].map((x) => x.toFixed(0)).join(' ')} | ${costs[query][key].map((x) => x.toFixed(1)).join(' ')}`);
}
lines.push('');
lines.push(`The collector stub received ${stats.exports} OTLP exports (${(stats.bytes / 1e6).toFixed(1)} MB).`);
console.log(lines.join('\n'));
process.exit(0);
