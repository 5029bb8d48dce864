// The GraphiQL check: headless Chromium opens GraphiQL on /graphql (tab 1) and runs a subscription; a second tab
// makes a mutation; the subscription's event must show in tab 1's response pane. Driven over the Chrome DevTools
// Protocol with the `ws` package. Exported for check.mjs; resolves to null, or a reason it cannot run (no browser).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { freePort } from '../shared/start-api.mjs';

export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) return name;
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Page {
  constructor(url) {
    this.socket = new WebSocket(url);
    this.next = 1;
    this.pending = new Map();
    this.socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      const waiter = this.pending.get(message.id);
      if (waiter) {
        this.pending.delete(message.id);
        if (message.error) waiter.reject(new Error(message.error.message));
        else waiter.resolve(message.result);
      }
    });
  }

  open() {
    return new Promise((resolve, reject) => { this.socket.once('open', resolve); this.socket.once('error', reject); });
  }

  send(method, params = {}) {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  async evaluate(expression) {
    const result = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
    return result.result.value;
  }

  async until(expression, what, ms = 30_000) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await this.evaluate(expression).catch(() => false)) return;
      await sleep(200);
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  close() {
    this.socket.close();
  }
}

/** Runs the check against a running API; throws when GraphiQL does not show the other tab's mutation. */
export async function graphiqlShowsAnotherTabsMutation(chromium, graphqlUrl, editorToken) {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'graphiql-check-'));
  const browser = spawn(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  const pages = [];
  try {
    const devtools = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try { await (await fetch(`${devtools}/json/version`)).json(); break; } catch (e) { if (i > 100) throw e; await sleep(200); }
    }
    const openTab = async (url) => {
      const target = await (await fetch(`${devtools}/json/new?${encodeURIComponent(url)}`, { method: 'PUT' })).json();
      const page = new Page(target.webSocketDebuggerUrl);
      pages.push(page);
      await page.open();
      await page.send('Runtime.enable');
      return page;
    };

    const subscriber = await openTab(graphqlUrl);
    await subscriber.until("!!document.querySelector('.graphiql-query-editor .CodeMirror') && !!document.querySelector('.graphiql-execute-button')", 'GraphiQL to load');
    await subscriber.evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('subscription { graphChanged { operation entityIds } }'); true`);
    await subscriber.evaluate("document.querySelector('.graphiql-execute-button').click(); true");
    await sleep(1500); // the subscription's request reaches the server

    const writer = await openTab(graphqlUrl);
    await writer.until("document.readyState === 'complete'", 'the second tab');
    const name = `GraphiQL tab board ${Date.now()}`;
    const id = await writer.evaluate(`fetch(${JSON.stringify(graphqlUrl)}, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${editorToken}' },
      body: JSON.stringify({ query: 'mutation($n: String!) { createEntity(input: { kind: BOARD, name: $n, reason: "r", rationale: "n" }) { entity { id } } }', variables: { n: ${JSON.stringify(name)} } }) })
      .then(r => r.json()).then(b => b.data.createEntity.entity.id)`);

    await subscriber.until(`document.querySelector('.graphiql-response') && document.querySelector('.graphiql-response').innerText.includes(${JSON.stringify(id)})`, `the event for ${id} in GraphiQL's response pane`);
  } finally {
    for (const page of pages) page.close();
    const exited = browser.exitCode !== null ? Promise.resolve() : new Promise((r) => browser.once('exit', r));
    browser.kill('SIGKILL');
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // A leftover temporary profile is not the check's concern.
    }
  }
}
