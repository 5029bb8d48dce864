// The cost of OpenTelemetry (issue 16): the API uncached with telemetry off (no OTEL_EXPORTER_OTLP_ENDPOINT),
// on (the default with an endpoint: metrics of every request, traces of one in ten, exported over OTLP/HTTP to
// a local collector stub, the `otlp-sink` command of this tool) and all (every request traced), all three
// running at once, driven by wrk in alternating runs (the order rotates each round) so they share the machine's
// conditions. Throughput swings by several times between adjacent runs on a shared, busy machine, so each run
// also records the server's own CPU time (utime + stime from /proc) per request: at 16 connections the server
// is saturated, so its throughput is the CPU it gets divided by this cost, and the cost is far less sensitive
// to what else runs. The collector stub's CPU is not counted (a real collector runs elsewhere). On a shared, busy machine single runs swing by several
// times, so each round's two adjacent runs make one paired ratio, and the overhead reported is the median of
// those ratios (beside the mean throughputs).
// Usage: node telemetry.mjs [--duration 3] [--rounds 10] [--connections 16] [--queries chain,orgchart,entity]
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
const connections = Number(arg('--connections', '16'));
const queries = arg('--queries', 'chain,orgchart,entity').split(',');
const work = path.join(here, 'out');
mkdirSync(path.join(work, 'bodies'), { recursive: true });
const log = (line) => process.stderr.write(line + '\n');

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

// 2. The collector stub and two API instances, identical but for the OTLP endpoint. Uncached (every request
// executes), no rate limit, warnings-only logging, as in run.mjs.
const sinkPort = await freePort();
await start('dotnet', [toolDll, 'otlp-sink', '--urls', `http://127.0.0.1:${sinkPort}`], `http://127.0.0.1:${sinkPort}/alive`);
const apiArgs = (port) => [apiDll, '--urls', `http://127.0.0.1:${port}`, '--Graph:OdsPath', ods, '--Cache:Enabled', 'false',
  '--GraphQL:Limits:RequestsPerMinute', '0', '--Logging:LogLevel:Default', 'Warning'];
const offPort = await freePort();
const offChild = await start('dotnet', apiArgs(offPort), `http://127.0.0.1:${offPort}/health`, { OTEL_EXPORTER_OTLP_ENDPOINT: '' });
// "on": as deployed with an endpoint (every request measured, one in ten traced); "all": every request traced.
const otlp = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${sinkPort}`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_METRIC_EXPORT_INTERVAL: '5000' };
const onPort = await freePort();
const onChild = await start('dotnet', apiArgs(onPort), `http://127.0.0.1:${onPort}/health`, otlp);
const allPort = await freePort();
const allChild = await start('dotnet', apiArgs(allPort), `http://127.0.0.1:${allPort}/health`, { ...otlp, OTEL_TRACES_SAMPLER: 'always_on' });
const ports = { off: offPort, on: onPort, all: allPort };
const pids = { off: offChild.pid, on: onChild.pid, all: allChild.pid };
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

// 3. Alternate: each round runs off then on, or on then off, so neither always runs second.
const rows = [];
for (const query of queries) {
  writeFileSync(path.join(work, 'bodies', `${query}.json`), JSON.stringify({ query: readFileSync(path.join(here, 'queries', `${query}.graphql`), 'utf8').trim() }));
  // Warm-up (JIT, first loads): on a busy machine the first seconds may answer nothing, which is not measured.
  for (const port of Object.values(ports)) wrk(port, query, 4, true);
  const runs = { off: [], on: [], all: [] };
  const costs = { off: [], on: [], all: [] };
  const orders = [['off', 'on', 'all'], ['all', 'on', 'off'], ['on', 'off', 'all'], ['all', 'off', 'on']];
  for (let round = 0; round < rounds; round++) {
    for (const key of orders[round % orders.length]) {
      const cpuBefore = cpuSeconds(pids[key]);
      const result = wrk(ports[key], query, duration);
      const microsPerRequest = 1e6 * (cpuSeconds(pids[key]) - cpuBefore) / result.requests;
      runs[key].push(result.rps);
      costs[key].push(microsPerRequest);
      log(`${query} round ${round + 1} ${key}: ${result.rps.toFixed(0)} req/s, p99 ${(result.p99 / 1000).toFixed(2)} ms, ${microsPerRequest.toFixed(0)} µs CPU/request`);
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  const paired = (key) => median(runs.off.map((off, i) => 100 * (off - runs[key][i]) / off));
  const cost = (key) => median(costs[key]);
  rows.push({ query, off: mean(runs.off), on: mean(runs.on), all: mean(runs.all), runs, costs, medianOn: paired('on'), medianAll: paired('all'), costOff: cost('off'), costOn: cost('on'), costAll: cost('all') });
}
const stats = await (await fetch(`http://127.0.0.1:${sinkPort}/stats`)).json();

// 4. Report.
const lines = [];
lines.push(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${connections} connections, ${rounds} alternating rounds of ${duration} s per server and query.`);
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
lines.push('Each run (req/s), in the order measured within its round:');
for (const { query, runs } of rows) {
  for (const key of ['off', 'on', 'all']) lines.push(`- ${query} ${key}: ${runs[key].map((x) => x.toFixed(0)).join(' ')}`);
}
lines.push('');
lines.push(`The collector stub received ${stats.exports} OTLP exports (${(stats.bytes / 1e6).toFixed(1)} MB).`);
console.log(lines.join('\n'));
process.exit(0);
