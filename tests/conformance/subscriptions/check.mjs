// Subscription conformance: the npm graphql-sse and graphql-ws clients subscribe to the SystemGraph API, receive
// a write's event and complete; then raw protocol violations get the protocols' answers (graphql-sse over HTTP
// statuses, graphql-transport-ws close codes). Usage:
//   node check.mjs     start the API on a free loopback port (SYSTEMGRAPH_API_DLL to run a built one), check, stop
// Prints one line per check and ends with "N passed, M failed".
import { createHmac, randomBytes } from 'node:crypto';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi } from '../shared/start-api.mjs';
import { findChromium, graphiqlShowsAnotherTabsMutation } from './graphiql.mjs';

const signingKey = randomBytes(32).toString('hex');
process.env.Auth__SigningKey = signingKey;
const server = await startApi(['--Graph:OdsPath', 'none', '--Subscriptions:ConnectionInitTimeout', '00:00:01', '--GraphQL:Limits:RequestsPerMinute', '0']);
const wsUrl = server.url.replace('http://', 'ws://');

let passed = 0;
let failed = 0;
let skipped = 0;
async function check(name, fn) {
  try {
    await withTimeout(fn(), 60_000, 'timed out');
    passed++;
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${e?.message ?? e}`);
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); })]).finally(() => clearTimeout(timer));
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A development token (HS256, the API's issuer and audience), as `token mint` makes. */
function token(sub, role) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, role, iss: 'systemgraph-development', aud: 'systemgraph', iat: now, nbf: now, exp: now + 600 })}`;
  return `${body}.${createHmac('sha256', signingKey).update(body).digest('base64url')}`;
}

const editor = token('erin', 'editor');
const planner = token('priya', 'planner');

async function gql(bearer, query, variables) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let boards = 0;
async function createBoard() {
  const name = `Subscription check board ${++boards} ${randomBytes(3).toString('hex')}`;
  const data = await gql(editor, 'mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "check", rationale: "conformance" }) { entity { id } } }', { n: name });
  return data.createEntity.entity.id;
}

/** Subscribes with an async iterator, writes once the subscription is live, and returns the first event matching. */
async function firstEventAfterWrite(iterator, write, matches) {
  const events = [];
  let written;
  const reading = (async () => {
    for await (const event of iterator) {
      events.push(event);
      if (written && matches(event, await written)) return event;
    }
    throw new Error(`the stream completed without the event; saw ${JSON.stringify(events)}`);
  })();
  await new Promise((r) => setTimeout(r, 700)); // the subscription is registered when the server has its request
  written = write();
  return reading;
}

// ---- graphql-sse client ----------------------------------------------------------------------------------------

for (const singleConnection of [false, true]) {
  const mode = singleConnection ? 'single connection' : 'distinct connections';
  await check(`graphql-sse (${mode}): graphChanged delivers a write, then completes`, async () => {
    const client = createSseClient({ url: server.url, singleConnection, retryAttempts: 0 });
    try {
      const iterator = client.iterate({ query: 'subscription { graphChanged { version operation entityIds missed } }' });
      const event = await firstEventAfterWrite(iterator, createBoard, (e, id) => e.data?.graphChanged?.entityIds?.includes(id));
      assert(event.data.graphChanged.operation === 'createEntity' && event.data.graphChanged.missed === false, JSON.stringify(event));
      const done = await iterator.return();
      assert(done.done, 'the iterator did not complete');
    } finally {
      client.dispose();
    }
  });
}

await check('graphql-sse (single connection): a planner\'s scenarioChanged sees a write in that scenario only', async () => {
  const open = async (name) => (await gql(planner, 'mutation($n: String!) { openScenario(input: { name: $n, reason: "check", rationale: "conformance" }) { scenario { id } } }', { n: name })).openScenario.scenario.id;
  const mine = await open(`sse mine ${randomBytes(3).toString('hex')}`);
  const other = await open(`sse other ${randomBytes(3).toString('hex')}`);
  const client = createSseClient({ url: server.url, singleConnection: true, retryAttempts: 0, headers: { authorization: `Bearer ${planner}` } });
  try {
    const iterator = client.iterate({ query: 'subscription($s: ID!) { scenarioChanged(id: $s) { scenarioId kind change { entityIds } } }', variables: { s: mine } });
    const writeIn = (s, n) => gql(planner, 'mutation($s: ID!, $n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "check", rationale: "c", scenario: $s }) { entity { id } } }', { s, n });
    const event = await firstEventAfterWrite(iterator, async () => { await writeIn(other, `o ${randomBytes(3).toString('hex')}`); return (await writeIn(mine, `m ${randomBytes(3).toString('hex')}`)).createEntity.entity.id; }, () => true);
    assert(event.data.scenarioChanged.scenarioId === mine && event.data.scenarioChanged.kind === 'WRITE', `first event: ${JSON.stringify(event)}`);
    await iterator.return();
  } finally {
    client.dispose();
  }
});

// ---- graphql-ws client -----------------------------------------------------------------------------------------

await check('graphql-ws: entityChanged (token in connection_init) delivers a write touching the entity, then completes', async () => {
  const id = await createBoard();
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${editor}` }, retryAttempts: 0, lazy: true });
  try {
    const iterator = client.iterate({ query: 'subscription($id: ID!) { entityChanged(id: $id) { id entityChanged change { operation author } } }', variables: { id } });
    const update = async () => {
      await createBoard(); // does not touch the entity: must not arrive
      const data = await gql(editor, 'mutation($id: ID!) { updateEntity(input: { id: $id, expectedVersion: 1, description: "changed", reason: "check", rationale: "c" }) { entity { id } errors { __typename } } }', { id });
      assert(!data.updateEntity.errors, JSON.stringify(data));
      return id;
    };
    const event = await firstEventAfterWrite(iterator, update, () => true);
    assert(event.data.entityChanged.id === id && event.data.entityChanged.entityChanged && event.data.entityChanged.change.operation === 'updateEntity'
      && event.data.entityChanged.change.author === 'erin', JSON.stringify(event));
    const done = await iterator.return();
    assert(done.done, 'the iterator did not complete');
  } finally {
    await client.dispose();
  }
});

await check('graphql-ws: a query over the socket answers once and completes', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const results = [];
    for await (const result of client.iterate({ query: '{ graphStats { entities } }' })) results.push(result);
    assert(results.length === 1 && results[0].data.graphStats.entities > 0, JSON.stringify(results));
  } finally {
    await client.dispose();
  }
});

await check('graphql-ws: scenarioChanged without a token is refused with AUTH_NOT_AUTHENTICATED', async () => {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const error = await new Promise((resolve, reject) => {
      client.subscribe({ query: 'subscription { scenarioChanged(id: "x") { kind } }' }, { next: (v) => reject(new Error(`next ${JSON.stringify(v)}`)), error: resolve, complete: () => reject(new Error('completed')) });
    });
    assert(Array.isArray(error) && error[0]?.extensions?.code === 'AUTH_NOT_AUTHENTICATED', JSON.stringify(error));
  } finally {
    await client.dispose();
  }
});

// ---- graphql-transport-ws protocol violations (raw socket) -------------------------------------------------------

/** Opens a raw socket, sends messages in order, and resolves with the close code and every message received. */
function rawSocket(messages, { protocol = 'graphql-transport-ws', until } = {}) {
  return new Promise((resolve, reject) => {
    const socket = protocol ? new WebSocket(wsUrl, protocol) : new WebSocket(wsUrl);
    const received = [];
    socket.on('open', () => { for (const m of messages) socket.send(typeof m === 'string' ? m : JSON.stringify(m)); });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      received.push(message);
      if (until?.(message, received)) { socket.close(1000); }
    });
    socket.on('close', (code) => resolve({ code, received }));
    socket.on('error', reject);
  });
}

const subscribe = (id) => ({ id, type: 'subscribe', payload: { query: 'subscription { graphChanged { version } }' } });
await check('ws: subscribe before connection_init closes with 4401', async () => {
  const { code } = await rawSocket([subscribe('1')]);
  assert(code === 4401, `closed with ${code}`);
});
await check('ws: a message that is not JSON closes with 4400', async () => {
  const { code } = await rawSocket([{ type: 'connection_init' }, '{not json']);
  assert(code === 4400, `closed with ${code}`);
});
await check('ws: an unknown message type closes with 4400', async () => {
  const { code } = await rawSocket([{ type: 'connection_init' }, { type: 'start', id: '1' }]);
  assert(code === 4400, `closed with ${code}`);
});
await check('ws: a subscribe without a query closes with 4400', async () => {
  const { code } = await rawSocket([{ type: 'connection_init' }, { id: '1', type: 'subscribe', payload: {} }]);
  assert(code === 4400, `closed with ${code}`);
});
await check('ws: a second subscribe with a live id closes with 4409', async () => {
  const { code } = await rawSocket([{ type: 'connection_init' }, subscribe('dup'), subscribe('dup')]);
  assert(code === 4409, `closed with ${code}`);
});
await check('ws: a second connection_init closes with 4429', async () => {
  const { code } = await rawSocket([{ type: 'connection_init' }, { type: 'connection_init' }]);
  assert(code === 4429, `closed with ${code}`);
});
await check('ws: a token that does not validate closes with 4403', async () => {
  const { code } = await rawSocket([{ type: 'connection_init', payload: { Authorization: 'Bearer not-a-token' } }]);
  assert(code === 4403, `closed with ${code}`);
});
await check('ws: no connection_init within the timeout closes with 4408', async () => {
  const { code } = await rawSocket([]);
  assert(code === 4408, `closed with ${code}`);
});
await check('ws: a socket without the graphql-transport-ws subprotocol closes with 4406', async () => {
  const { code } = await rawSocket([], { protocol: null });
  assert(code === 4406, `closed with ${code}`);
});
await check('ws: ping is answered by pong (with its payload), after connection_ack', async () => {
  const { received } = await rawSocket([{ type: 'connection_init' }, { type: 'ping', payload: { n: 1 } }], { until: (m) => m.type === 'pong' });
  assert(received[0].type === 'connection_ack' && received[1].type === 'pong' && received[1].payload?.n === 1, JSON.stringify(received));
});
await check('ws: complete ends a subscription; the id can be used again', async () => {
  const { received } = await rawSocket(
    [{ type: 'connection_init' }, subscribe('a'), { id: 'a', type: 'complete' }, { id: 'a', type: 'subscribe', payload: { query: '{ graphStats { entities } }' } }],
    { until: (m) => m.type === 'complete' && m.id === 'a' });
  assert(received.some((m) => m.type === 'next' && m.id === 'a' && m.payload.data.graphStats), JSON.stringify(received));
});

// ---- graphql-sse protocol answers (raw HTTP) ---------------------------------------------------------------------

const sseHeaders = (extra = {}) => ({ 'content-type': 'application/json', accept: 'text/event-stream', ...extra });
await check('sse: a document that does not validate is answered on the stream (next with errors, then complete)', async () => {
  const res = await fetch(server.url, { method: 'POST', headers: sseHeaders(), body: JSON.stringify({ query: 'subscription { nope }' }) });
  const text = await res.text();
  assert(res.status === 200 && res.headers.get('content-type').startsWith('text/event-stream'), `status ${res.status}`);
  assert(/event: next\ndata: \{"errors":/.test(text) && /event: complete\n/.test(text), text);
});
await check('sse: a body that is not JSON gets 400 with a GraphQL error', async () => {
  const res = await fetch(server.url, { method: 'POST', headers: sseHeaders(), body: '{nope' });
  const body = await res.json();
  assert(res.status === 400 && body.errors?.[0]?.extensions?.code, `${res.status} ${JSON.stringify(body)}`);
});
await check('sse: PUT reserves a stream (201 and a token); a second stream for it gets 409', async () => {
  const put = await fetch(server.url, { method: 'PUT' });
  const reservation = await put.text();
  assert(put.status === 201 && reservation.length > 10, `PUT ${put.status}`);
  const controller = new AbortController();
  const first = await fetch(`${server.url}?token=${encodeURIComponent(reservation)}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  assert(first.status === 200, `first stream ${first.status}`);
  const second = await fetch(server.url, { headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': reservation } });
  controller.abort();
  assert(second.status === 409, `second stream ${second.status}`);
});
await check('sse: an operation for an unknown token gets 404; without operationId 400; a duplicate operationId 409', async () => {
  const unknown = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-graphql-event-stream-token': 'no-such-token' }, body: JSON.stringify({ query: '{ graphStats { entities } }', extensions: { operationId: '1' } }) });
  assert(unknown.status === 404, `unknown token ${unknown.status}`);
  const reservation = await (await fetch(server.url, { method: 'PUT' })).text();
  const headers = { 'content-type': 'application/json', 'x-graphql-event-stream-token': reservation };
  const noId = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query: '{ graphStats { entities } }' }) });
  assert(noId.status === 400, `no operationId ${noId.status}`);
  const body = JSON.stringify({ query: 'subscription { graphChanged { version } }', extensions: { operationId: 'same' } });
  const first = await fetch(server.url, { method: 'POST', headers, body });
  const second = await fetch(server.url, { method: 'POST', headers, body });
  assert(first.status === 202 && second.status === 409, `first ${first.status}, second ${second.status}`);
  const stop = await fetch(`${server.url}?operationId=same`, { method: 'DELETE', headers: { 'x-graphql-event-stream-token': reservation } });
  assert(stop.status === 200, `DELETE ${stop.status}`);
});

// ---- GraphiQL: a subscription shows a mutation made from another tab (headless Chromium) ------------------------

const chromium = findChromium();
if (chromium) {
  await check('GraphiQL: a subscription shows a mutation made from another tab', () => graphiqlShowsAnotherTabsMutation(chromium, server.url, editor));
} else {
  skipped++;
  console.log('skip  GraphiQL: a subscription shows a mutation made from another tab (no chromium on this machine)');
}

server.stop();
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 ? 0 : 1;
