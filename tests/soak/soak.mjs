// The soak (issue 22): load and faults together. See README.md beside this file.
//
// node soak.mjs --api DLL --seed DIR --journal-dir DIR [--duration SECONDS] [--fillable]
//
// Starts redis-server and the API (on the journal in --journal-dir), runs 8 readers, 2 writers, 1 planner
// (open scenario, write in it, promote) and 2 SSE subscribers for --duration seconds, and meanwhile: kills and
// restarts Redis, makes Redis slow (DEBUG SLEEP over the cache's operation timeout), SIGKILLs the API and starts it
// again on the same journal, and (with --fillable: --journal-dir is a small file system of its own) fills the
// journal's file system, then frees it. Prints counts and, last, "N passed, M failed".
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHmac, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { existsSync, unlinkSync, openSync, writeSync, closeSync, createWriteStream, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = parseArgs(process.argv.slice(2));
const duration = Number(args.duration ?? 90) * 1000;
const journalDir = args['journal-dir'];
const signingKey = randomBytes(32).toString('hex');
const children = new Set();

// ---------------------------------------------------------------- processes

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
    server.on('error', reject);
  });
}

const logDir = mkdtempSync(join(tmpdir(), 'systemgraph-soak-logs-'));
const apiLog = join(logDir, 'api.log');

function start(command, argv, env = {}, log = null) {
  const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ['ignore', log ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', d => { stderr = (stderr + d).slice(-4000); });
  if (log) {
    const out = createWriteStream(log, { flags: 'a' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  child.lastError = () => stderr;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function kill(child, signal = 'SIGKILL') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise(resolve => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

const redisPort = await freePort();
const apiPort = await freePort();
const base = `http://127.0.0.1:${apiPort}`;
let redis = null;
let api = null;

function startRedis() {
  // DEBUG (SLEEP) is refused by default since Redis 7; local connections may use it here.
  redis = start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--enable-debug-command', 'local']);
}

/** redis-cli, asynchronously (DEBUG SLEEP blocks its caller, and the load must go on meanwhile). */
async function redisCli(...argv) {
  try { return (await promisify(execFile)('redis-cli', ['-p', String(redisPort), ...argv], { timeout: 15000 })).stdout.trim(); } catch { return null; }
}

function startApi() {
  api = start('dotnet', [args.api], {
    Urls: base,
    ASPNETCORE_ENVIRONMENT: 'Production',
    Graph__SeedPath: args.seed,
    Graph__OdsPath: 'none',
    Graph__JournalPath: join(journalDir, 'journal.sgj'),
    Auth__SigningKey: signingKey,
    Cache__Redis: `127.0.0.1:${redisPort},abortConnect=false,connectTimeout=500,syncTimeout=500`,
    GraphQL__Limits__RequestsPerMinute: '0',
    Logging__LogLevel__Default: 'Warning',
    Logging__LogLevel__Microsoft: 'Error',
    OTEL_SDK_DISABLED: 'true',
  }, apiLog);
}

/** Waits until /health answers 200 (Healthy or Degraded); returns the milliseconds it took. */
async function waitReady(limitMs = 120000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const health = await getHealth();
    if (health && health.httpStatus === 200) return Date.now() - started;
    if (api.exitCode !== null) throw new Error('the API exited: ' + api.lastError());
    await sleep(100);
  }
  throw new Error('the API did not become ready');
}

/** Waits until /health reports `check` in `status`; returns the milliseconds it took, or null when it never did. */
async function waitCheck(check, status, limitMs = 30000) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const health = await getHealth();
    if (health?.checks?.[check]?.status === status) return Date.now() - started;
    await sleep(100);
  }
  return null;
}

async function getHealth() {
  try {
    const response = await fetch(base + '/health', { signal: AbortSignal.timeout(5000) });
    const body = await response.json();
    return { httpStatus: response.status, ...body };
  } catch { return null; }
}

// ---------------------------------------------------------------- tokens and requests

function token(subject, roles) {
  const b64 = value => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = { sub: subject, role: roles, iss: 'systemgraph-development', aud: 'systemgraph', iat: now, nbf: now - 5, exp: now + 3600 * 12 };
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${unsigned}.${createHmac('sha256', Buffer.from(signingKey, 'utf8')).update(unsigned).digest('base64url')}`;
}

const editor = token('soak-editor', ['editor']);
const planner = token('soak-planner', ['planner', 'editor']);

const statusCounts = {};
const leaks = [];
const internalErrors = [];
let phase = 'steady';
const readsByPhase = {};

/** Posts a GraphQL request; returns { status, body } or { status: 'unreachable' } when the API does not answer. */
async function gql(query, variables, bearer, role) {
  let status = 'unreachable';
  let body = null;
  try {
    const response = await fetch(base + '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20000),
    });
    status = response.status;
    const text = await response.text();
    try { body = JSON.parse(text); } catch { body = null; }
    if (/\bat [A-Za-z.]+\(|StackTrace|System\.[A-Za-z]+Exception/.test(text)) leaks.push(text.slice(0, 300));
  } catch { /* connection refused or reset: the API is down */ }
  if (status === 'unreachable') await sleep(100);
  if (body?.errors?.some(e => e.extensions?.code === 'INTERNAL_ERROR')) internalErrors.push(`${role} in ${phase}: ${JSON.stringify(body.errors[0])}`);
  const key = `${role} ${status}`;
  statusCounts[key] = (statusCounts[key] ?? 0) + 1;
  if (role === 'read') {
    const byPhase = (readsByPhase[phase] ??= {});
    byPhase[status] = (byPhase[status] ?? 0) + 1;
    if (body?.errors?.some(e => e.extensions?.code === 'INTERNAL_ERROR')) byPhase.internalErrors = (byPhase.internalErrors ?? 0) + 1;
  }
  return { status, body };
}

const codeOf = body => body?.errors?.[0]?.extensions?.code;

// ---------------------------------------------------------------- load

const reads = [
  '{ accountabilityChain(from: "bury-integrated-delivery-collaborative") { apexes { id } paths { length steps { to { id } } } } }',
  '{ orgChart(root: "bury-locality-system-board", depth: 1) { nodes { id parentId } } }',
  '{ search(text: "bury", first: 5) { score entity { id } } }',
  '{ entity(id: "greater-manchester-ics") { id name } }',
  '{ ccgTransition(ccg: "nhs-bury-ccg") { ceasedOn successors { id } } }',
  '{ graphStats { entities relationships } }',
];

let running = true;
const acknowledged = [];       // baseline writes acknowledged: entity ids
const refusedWhileFull = [];   // writes answered STORE_UNAVAILABLE: must not be there
const writeCodes = {};
const promoted = [];           // { scenario, entities } promotes acknowledged
let ackedAfterSpaceReturned = null;
let spaceReturnedAt = null;

async function reader() {
  for (let i = 0; running; i++) {
    await gql(reads[i % reads.length], undefined, undefined, 'read');
  }
}

const createEntity = `mutation($id: ID!, $s: ID) { createEntity(input: { id: $id, kind: BOARD, name: "Soak board", reason: "soak", rationale: "issue 22", scenario: $s }) { entity { id } errors { __typename } } }`;

async function writer(n) {
  for (let i = 0; running; i++) {
    const id = `soak-w${n}-${i}`;
    const { status, body } = await gql(createEntity, { id }, editor, 'write');
    if (body?.data?.createEntity?.entity?.id === id) {
      acknowledged.push(id);
      if (spaceReturnedAt && !ackedAfterSpaceReturned) ackedAfterSpaceReturned = Date.now() - spaceReturnedAt;
    } else {
      const code = codeOf(body) ?? body?.data?.createEntity?.errors?.[0]?.__typename ?? String(status);
      writeCodes[code] = (writeCodes[code] ?? 0) + 1;
      if (code === 'STORE_UNAVAILABLE') refusedWhileFull.push(id);
      await sleep(50);
    }
    await sleep(15);
  }
}

async function plannerLoop() {
  for (let i = 0; running; i++) {
    const opened = await gql(`mutation($n: String!) { openScenario(input: { name: $n, reason: "soak", rationale: "issue 22" }) { scenario { id } } }`, { n: `soak ${i}` }, planner, 'plan');
    const scenario = opened.body?.data?.openScenario?.scenario?.id;
    if (!scenario) { await sleep(200); continue; }
    const entities = [];
    for (let k = 0; k < 3 && running; k++) {
      const id = `soak-p${i}-${k}`;
      const written = await gql(createEntity, { id, s: scenario }, planner, 'plan');
      if (written.body?.data?.createEntity?.entity?.id === id) entities.push(id);
    }
    const result = await gql(`mutation($s: ID!) { promoteScenario(input: { scenario: $s, reason: "soak", rationale: "issue 22" }) { scenario { id status } errors { __typename } } }`, { s: scenario }, planner, 'plan');
    if (result.body?.data?.promoteScenario?.scenario?.status === 'PROMOTED') promoted.push({ scenario, entities });
    await sleep(100);
  }
}

const events = { beforeRestart: 0, afterRestart: 0 };
let apiRestarted = false;

async function subscriber() {
  while (running) {
    try {
      const controller = new AbortController();
      const stop = setInterval(() => { if (!running) controller.abort(); }, 200);
      const response = await fetch(base + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: 'subscription { graphChanged { version } }' }),
        signal: controller.signal,
      });
      const decoder = new TextDecoder();
      for await (const chunk of response.body) {
        const text = decoder.decode(chunk, { stream: true });
        const count = (text.match(/^event: next/gm) ?? []).length;
        if (apiRestarted) events.afterRestart += count; else events.beforeRestart += count;
      }
      clearInterval(stop);
    } catch { /* the API went away: reconnect */ }
    await sleep(250);
  }
}

// ---------------------------------------------------------------- checks

const results = [];
let skipped = 0;
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

/** Every acknowledged write and promote is there, exactly once (one audit entry each). */
async function verifyAcknowledged(when) {
  // A baseline write shows as one CREATED change of its own; a promoted entity as one promoteScenario entry naming it.
  const byPromote = new Set(promoted.flatMap(p => p.entities));
  const ids = [...acknowledged, ...byPromote];
  const promotes = promoted.length;
  const notOnceSamples = [];
  let missing = 0;
  let notOnce = 0;
  const verifyErrors = [];
  for (let i = 0; i < ids.length; i += 40) {
    const chunk = ids.slice(i, i + 40);
    const query = `{ ${chunk.map((id, k) => `e${k}: entity(id: ${JSON.stringify(id)}) { id } h${k}: auditLog(entity: ${JSON.stringify(id)}, first: 5) { operation changes { id kind } }`).join(' ')} }`;
    const { body } = await gql(query, undefined, editor, 'verify');
    if (!body?.data || body.errors) verifyErrors.push(JSON.stringify(body?.errors?.[0] ?? body).slice(0, 200));
    chunk.forEach((id, k) => {
      if (body?.data?.[`e${k}`]?.id !== id) missing++;
      else {
        const history = body?.data?.[`h${k}`] ?? [];
        const creations = byPromote.has(id)
          ? history.filter(e => e.operation === 'promoteScenario' && e.changes.some(c => c.id === id))
          : history.filter(e => e.changes.some(c => c.id === id && c.kind === 'CREATED'));
        if (creations.length !== 1) {
          notOnce++;
          if (notOnceSamples.length < 2) notOnceSamples.push(`${id}: ${JSON.stringify(history).slice(0, 300)}`);
        }
      }
    });
  }

  let notPromoted = 0;
  for (const { scenario } of promoted.slice(0, promotes)) {
    const { body } = await gql(`{ scenario(id: ${JSON.stringify(scenario)}) { status } }`, undefined, planner, 'verify');
    if (body?.data?.scenario?.status !== 'PROMOTED') notPromoted++;
  }

  check(`${when}: every acknowledged write and promote is there exactly once`, ids.length > 0 && missing === 0 && notOnce === 0 && notPromoted === 0 && verifyErrors.length === 0,
    `${verifyErrors.length ? `verification failed: ${verifyErrors[0]}; ` : ''}${ids.length - byPromote.size} writes and ${promotes} promotes (${byPromote.size} entities) acknowledged; missing ${missing}, not exactly once ${notOnce}${notOnceSamples.length ? ` e.g. ${notOnceSamples.join('; ')}` : ''}, scenarios not promoted ${notPromoted}`);
}

// ---------------------------------------------------------------- the run

const recovery = {};
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function main() {
  startRedis();
  startApi();
  const firstStart = await waitReady();
  console.log(`API ready in ${firstStart} ms on ${base}; Redis on ${redisPort}; journal in ${journalDir}; ${duration / 1000} s`);
  const initial = await getHealth();
  check('/health is Healthy at the start', initial?.status === 'Healthy', JSON.stringify(initial?.checks ?? {}));

  const load = [
    ...Array.from({ length: 8 }, reader),
    writer(1), writer(2),
    plannerLoop(),
    subscriber(), subscriber(),
  ];
  const at = fraction => sleep(Math.max(0, fraction * duration - (Date.now() - t0)));
  const t0 = Date.now();

  // 1. Redis killed, then restarted.
  await at(0.08);
  phase = 'redis-down';
  await kill(redis);
  const downSeen = await waitCheck('cache', 'Degraded', 0.08 * duration);
  check('/health tells Redis is down (cache Degraded)', downSeen !== null, downSeen === null ? 'never seen' : `seen after ${downSeen} ms`);
  await at(0.18);
  startRedis();
  const restarted = Date.now();
  phase = 'redis-restarted';
  const back = await waitCheck('cache', 'Healthy', 30000);
  recovery['Redis restart'] = back === null ? 'not recovered' : `${Date.now() - restarted} ms`;
  check('/health tells Redis is back (cache Healthy) after its restart', back !== null);

  // 2. Redis slow: DEBUG SLEEP of 1 s, over and over (the cache's operation timeout is 50 ms).
  await at(0.25);
  phase = 'redis-slow';
  const slowUntil = Date.now() + 0.1 * duration;
  let slowHealth = null;
  const sleeper = (async () => { while (Date.now() < slowUntil) await redisCli('DEBUG', 'SLEEP', '1'); })();
  while (Date.now() < slowUntil) {
    const health = await getHealth();
    if (health?.checks?.cache?.status === 'Degraded') slowHealth = health.checks.cache.description;
    await sleep(200);
  }
  await sleeper;
  const slowEnded = Date.now();
  phase = 'redis-fast-again';
  check('/health tells Redis is slow (cache Degraded)', slowHealth !== null, slowHealth ?? 'never seen');
  const fast = await waitCheck('cache', 'Healthy', 30000);
  recovery['Redis slow'] = fast === null ? 'not recovered' : `${Date.now() - slowEnded} ms`;
  check('/health tells Redis answers again (cache Healthy)', fast !== null);

  // 3. The API SIGKILLed mid-load and started again on the same journal.
  await at(0.45);
  phase = 'api-down';
  await kill(api);
  apiRestarted = true;
  const killedAt = Date.now();
  startApi();
  await waitReady();
  recovery['API SIGKILL'] = `${Date.now() - killedAt} ms to ready`;
  phase = 'api-restarted';
  await verifyAcknowledged('after the API was SIGKILLed and restarted');

  // 4. The journal's file system full, then space again.
  if (args.fillable) {
    await at(0.6);
    phase = 'disk-full';
    const filler = join(journalDir, 'filler');
    fill(filler);
    const fullFrom = Date.now();
    const degraded = await waitCheck('graph-store', 'Degraded', 0.12 * duration);
    check('/health tells writes are refused (graph-store Degraded) on a full disk', degraded !== null,
      degraded === null ? 'never seen' : `after ${degraded} ms`);
    const readsBefore = readsByPhase['disk-full']?.[200] ?? 0;
    await sleep(Math.max(0, fullFrom + 0.12 * duration - Date.now()));
    check('writes on a full disk answer STORE_UNAVAILABLE', refusedWhileFull.length > 0, `${refusedWhileFull.length} refused`);
    check('reads go on while the disk is full', (readsByPhase['disk-full']?.[200] ?? 0) > readsBefore, `${readsByPhase['disk-full']?.[200] ?? 0} reads answered 200`);
    unlinkSync(filler);
    spaceReturnedAt = Date.now();
    phase = 'disk-space-back';
    const healthy = await waitCheck('graph-store', 'Healthy', 30000);
    check('writes work again once space returns, without a restart', ackedAfterSpaceReturned !== null || healthy !== null,
      ackedAfterSpaceReturned === null ? 'no write acknowledged after' : `first write acknowledged ${ackedAfterSpaceReturned} ms after`);
    recovery['disk full'] = healthy === null ? 'not recovered' : `${Date.now() - spaceReturnedAt} ms to Healthy`;
  } else {
    skipped++;
    console.log('SKIP the journal\'s file system could not be made small here (mounting needs root): the full-disk phase did not run');
  }

  await at(1);
  running = false;
  await Promise.all(load);

  // The end: refused writes changed nothing; a clean restart replays the whole journal (not corrupted).
  if (args.fillable) {
    const { body } = await gql(`{ nodes(ids: ${JSON.stringify(refusedWhileFull.slice(0, 100))}) { id } }`, undefined, undefined, 'verify');
    const present = (body?.data?.nodes ?? []).filter(n => n !== null).length;
    check('writes refused on the full disk changed nothing', body?.data && present === 0, `${present} of ${Math.min(100, refusedWhileFull.length)} present`);
  }
  await kill(api, 'SIGTERM');
  startApi();
  await waitReady();
  await verifyAcknowledged('after a clean restart at the end (the journal replays whole)');
  check('subscribers received events before and after the API restart', events.beforeRestart > 0 && events.afterRestart > 0,
    `${events.beforeRestart} before, ${events.afterRestart} after`);

  const serverErrors = Object.entries(readsByPhase).flatMap(([p, counts]) => Object.entries(counts).filter(([s]) => /^5/.test(s)).map(([s, n]) => `${p}: ${n} × ${s}`));
  check('no read answered 5xx (Redis down, slow, or not)', serverErrors.length === 0, serverErrors.join(', '));
  const internal = Object.entries(readsByPhase).filter(([, c]) => c.internalErrors).map(([p, c]) => `${p}: ${c.internalErrors}`);
  check('no read answered INTERNAL_ERROR', internal.length === 0, internal.join(', '));
  check('no response leaked internals (stack traces, exception types)', leaks.length === 0, leaks[0] ?? '');

  console.log('\nrequests by kind and status:');
  for (const [key, n] of Object.entries(statusCounts).sort()) console.log(`  ${key.padEnd(24)} ${n}`);
  console.log('reads by phase:');
  for (const [p, counts] of Object.entries(readsByPhase)) console.log(`  ${p.padEnd(18)} ${JSON.stringify(counts)}`);
  console.log(`writes: ${acknowledged.length} acknowledged and found; refused ${JSON.stringify(writeCodes)}`);
  console.log(`promotes: ${promoted.length} acknowledged and found (${promoted.reduce((n, p) => n + p.entities.length, 0)} entities)`);
  console.log(`subscription events: ${events.beforeRestart} before the API restart, ${events.afterRestart} after`);
  check('no request answered INTERNAL_ERROR', internalErrors.length === 0, internalErrors.slice(0, 3).join(' | '));
  if (internalErrors.length > 0) {
    const failures = readFileSync(apiLog, 'utf8').split('\n').filter(l => /fail:|Exception/.test(l)).slice(0, 12);
    console.log(`the API's log (${apiLog}) around them:\n  ${failures.join('\n  ')}`);
  }
  console.log('time to recover:');
  for (const [fault, time] of Object.entries(recovery)) console.log(`  ${fault.padEnd(16)} ${time}`);
}

/** Fills the file system at `path`'s folder with zeros until it says it is full (ENOSPC). */
function fill(path) {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, block);
  } catch (e) {
    if (e.code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

function parseArgs(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const name = argv[i].slice(2);
    if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) parsed[name] = argv[++i]; else parsed[name] = true;
  }
  return parsed;
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  check('the soak ran to its end', false, e.message);
} finally {
  running = false;
  for (const child of [...children]) await kill(child);
  if (existsSync(join(journalDir, 'filler'))) unlinkSync(join(journalDir, 'filler'));
  const failed = results.filter(r => !r.ok).length;
  exitCode = failed > 0 ? 1 : 0;
  console.log(`${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
process.exit(exitCode);
