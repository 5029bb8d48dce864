// The browser tests: each opens the page as a user would, acts, and asserts what the page shows, comparing with what
// the API says (so the tests follow the seed as it is re-read, instead of hard-coding its words).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { client, mintToken } from './api.mjs';
import { syntheticRoot } from './synthetic-seed.mjs';

const idc = 'bury-integrated-delivery-collaborative';
const systemBoard = 'bury-locality-system-board';
const icb = 'nhs-greater-manchester-icb';
const southend = 'southend-health-and-wellbeing-board';
const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready && document.getElementById('view').getAttribute('aria-busy') === 'false', null, { timeout: 15_000 });
}

async function open(page, base, query = '') {
  await page.goto(`${base}/explore${query}`);
  await ready(page);
}

function noConsoleErrors(consoleErrors) {
  assert.deepEqual(consoleErrors, [], 'the page logged errors');
}

/** Selects words in the review view's paper text, as a reviewer does with the mouse (a DOM range over the text). */
async function selectWords(page, words) {
  await page.evaluate((w) => {
    // The text is split where quotes are marked: find the text node and offset of each end of the words.
    const pre = document.getElementById('review-text');
    const at = pre.textContent.indexOf(w);
    if (at < 0) throw new Error(`not in the paper: ${w}`);
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    const place = (offset) => {
      let seen = 0;
      walker.currentNode = pre;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (offset <= seen + node.length) return [node, offset - seen];
        seen += node.length;
      }
      throw new Error('offset beyond the text');
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + w.length));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, words);
}

const shot = (page, screenshots, name) => page.screenshot({ path: path.join(screenshots, `${name}.png`) });

async function chartNodeIds(page) {
  return page.$$eval('svg.chart g.node', (nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());
}

export const tests = [
  ['the page loads with no console errors and says how to start', async ({ page, base, consoleErrors, screenshots }) => {
    await open(page, base);
    assert.equal(await page.textContent('h1'), 'SystemGraph explorer');
    assert.match(await page.textContent('#view'), /Search for an organisation/);
    assert.equal(await page.getAttribute('#search', 'role'), 'combobox');
    assert.equal(await page.locator('[role="tab"]').count(), 5);
    // Every control has a label.
    const unlabelled = await page.$$eval('input, select', (els) => els.filter((e) => !e.labels?.length && !e.getAttribute('aria-label')).map((e) => e.id));
    assert.deepEqual(unlabelled, []);
    await shot(page, screenshots, '01-start');
    noConsoleErrors(consoleErrors);
  }],

  ['the explorer script is under 300 KB gzipped and served from this server', async ({ page, base }) => {
    const res = await fetch(`${base}/explore/explorer.js`);
    assert.equal(res.status, 200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    console.log(`      explorer.js: ${bytes.length} bytes, ${gzipped} gzipped`);
    assert.ok(gzipped < 300 * 1024, `${gzipped} bytes gzipped`);
    // Nothing is fetched from elsewhere: every script, style and request of the page is same-origin.
    const origins = new Set();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await open(page, base, `?id=${idc}`);
    assert.deepEqual([...origins], [base]);
  }],

  ['searching by keyboard opens the IDC org chart, and its chain reaches the ICB', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const { a, b } = await gql(`{ a: entity(id: "${idc}") { name } b: entity(id: "${icb}") { name } }`);
    await open(page, base);
    await page.focus('#search');
    await page.keyboard.type('bury idc');
    let option = page.locator(`#suggestions [data-id="${idc}"]`);
    if (!(await option.waitFor({ timeout: 3000 }).then(() => true, () => false))) {
      // The ranked search answers aliases; an older one only names: then the IDC's name.
      await page.fill('#search', '');
      await page.keyboard.type(a.name.split(' ').slice(0, 3).join(' '));
      await option.waitFor();
    }
    // Arrow down to the IDC, then Enter: the combobox is keyboard operable.
    for (let i = 0; i < 8 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await ready(page);
    assert.match(page.url(), new RegExp(`id=${idc}`));
    assert.equal(await page.textContent('main h2'), `Org chart of ${a.name}`);
    assert.ok((await chartNodeIds(page)).includes(idc));
    await shot(page, screenshots, '02-org-chart-idc');
    await page.click('#tab-chain');
    await ready(page);
    assert.match(page.url(), /view=chain/);
    const chain = await page.textContent('main');
    assert.ok(chain.includes(`Accountability chain of ${a.name}`));
    assert.ok(chain.includes(b.name), `the chain names ${b.name}`);
    // Shortest first, as the page says.
    const lengths = await page.$$eval('.path .length', (els) => els.map((e) => Number(e.textContent.split(' ')[0])));
    assert.ok(lengths.length > 0);
    assert.deepEqual(lengths, [...lengths].sort((x, y) => x - y));
    await shot(page, screenshots, '03-chain-idc');
    noConsoleErrors(consoleErrors);
  }],

  ['clicking the IDC line to the System Board shows the quote from the Bury paper, and the document view highlights it', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const data = await gql(`{ entity(id: "${idc}") { relationships(direction: OUTBOUND, types: [ACCOUNTABLE_TO]) { id to { id } sources { quote document { name } } } } }`);
    const line = data.entity.relationships.find((r) => r.to.id === systemBoard);
    assert.ok(line, 'the API has the IDC line to the System Board');
    const source = line.sources.find((s) => s.quote);
    await open(page, base, `?id=${systemBoard}`);
    await shot(page, screenshots, '04-org-chart-system-board');
    await page.locator(`svg.chart .line-label[data-lines~="${line.id}"]`).click();
    const panel = page.locator('#evidence');
    await panel.waitFor();
    const text = squash(await panel.textContent());
    assert.ok(text.includes(squash(source.quote)), `the panel quotes "${source.quote}"`);
    assert.ok(text.includes(source.document.name));
    assert.match(text, /published \d{4}-\d{2}-\d{2}/);
    await shot(page, screenshots, '05-evidence-panel');
    await panel.locator('button', { hasText: 'Show in the document' }).first().click();
    const mark = page.locator('#document mark');
    await mark.waitFor();
    assert.equal(squash(await mark.textContent()), squash(source.quote));
    await shot(page, screenshots, '05b-document-view');
    noConsoleErrors(consoleErrors);
  }],

  ['as-of 2015-01-01 changes what the Southend chart shows, as the API answers for that date', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const today = new Date().toISOString().slice(0, 10);
    const shown = async () => page.$$eval('svg.chart g.line', (ls) => ls.map((l) => `${l.getAttribute('data-line')}:${l.getAttribute('data-status')}`).sort());
    await open(page, base, `?id=${southend}&asOf=${today}`);
    const nowNodes = await chartNodeIds(page);
    const nowLines = await shown(page);
    await page.fill('#as-of', '2015-01-01');
    await page.dispatchEvent('#as-of', 'change');
    await ready(page);
    assert.match(page.url(), /asOf=2015-01-01/);
    assert.match(await page.textContent('main h2'), /as of 2015-01-01/);
    const thenNodes = await chartNodeIds(page);
    const thenLines = await shown(page);
    assert.notDeepEqual([nowNodes, nowLines], [thenNodes, thenLines], 'the chart changed');
    const api = await gql(`{ orgChart(root: "${southend}", asOf: "2015-01-01") { nodes { id } } }`);
    assert.deepEqual(thenNodes, [...new Set(api.orgChart.nodes.map((n) => n.id))].sort());
    await shot(page, screenshots, '06-southend-2015');
    // The URL reproduces the view.
    await page.goto(page.url());
    await ready(page);
    assert.deepEqual(await chartNodeIds(page), thenNodes);
    noConsoleErrors(consoleErrors);
  }],

  ['turning off proposed lines removes the proposed and draft ones from the chart and the chain', async ({ page, base, consoleErrors, screenshots }) => {
    await open(page, base, `?id=${systemBoard}`);
    const count = (status) => page.locator(`svg.chart g.line[data-status="${status}"]`).count();
    assert.ok((await count('PROPOSED')) > 0, 'the board has proposed lines to start with');
    await page.click('label[for="include-proposed"]');
    await ready(page);
    assert.match(page.url(), /proposed=0/);
    assert.equal(await count('PROPOSED'), 0);
    assert.equal(await count('DRAFT'), 0);
    assert.ok((await page.locator('svg.chart g.node').count()) >= 1);
    await shot(page, screenshots, '07-without-proposed');
    await page.click('#tab-chain');
    await ready(page);
    const steps = await page.$$eval('.step', (els) => els.map((e) => e.className));
    assert.ok(steps.every((c) => !c.includes('PROPOSED') && !c.includes('DRAFT')));
    noConsoleErrors(consoleErrors);
  }],

  ['turning off inferred lines keeps only what the papers state, as the API answers with includeInferred: false', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const api = await gql(`{ all: accountabilityChain(from: "${idc}") { apexes { id } } stated: accountabilityChain(from: "${idc}", includeInferred: false) { apexes { id } paths { steps { relationship { basis } } } } }`);
    await open(page, base, `?id=${idc}&view=chain`);
    const apexes = async () => page.$$eval('.apexes a', (as) => as.map((a) => new URL(a.href).searchParams.get('id')).sort());
    assert.deepEqual(await apexes(), api.all.apexes.map((a) => a.id).sort());
    await page.click('label[for="include-inferred"]');
    await ready(page);
    assert.match(page.url(), /inferred=0/);
    assert.deepEqual(await apexes(), api.stated.apexes.map((a) => a.id).sort());
    assert.equal(await page.locator('.step', { hasText: 'inferred' }).count(), 0);
    await shot(page, screenshots, '12-chain-stated-only');
    noConsoleErrors(consoleErrors);
  }],

  ['scenario compare shows a line added through the API in this test', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const planner = mintToken('browser-test-planner', ['planner']);
    const stamp = Date.now().toString(36);
    const opened = await gql(`mutation($n: String!) { openScenario(input: { name: $n, reason: "browser test", rationale: "testing the explorer" }) { scenario { id } errors { __typename } } }`,
      { n: `Explorer test ${stamp}` }, planner);
    const scenario = opened.openScenario.scenario.id;
    const boardName = `Explorer test board ${stamp}`;
    const created = await gql(`mutation($s: ID!, $n: String!) { createEntity(input: { kind: BOARD, name: $n, type: "WORKING_GROUP", reason: "browser test", rationale: "testing the explorer", scenario: $s }) { entity { id } errors { __typename ... on Error { message } } } }`,
      { s: scenario, n: boardName }, planner);
    assert.equal(created.createEntity.errors, null);
    const newBoard = created.createEntity.entity.id;
    const linked = await gql(`mutation($s: ID!, $f: ID!) { linkEntities(input: { from: $f, to: "${systemBoard}", type: ACCOUNTABLE_TO, status: PROPOSED, reason: "browser test", rationale: "testing the explorer", scenario: $s }) { relationship { id } errors { __typename ... on Error { message } } } }`,
      { s: scenario, f: newBoard }, planner);
    assert.equal(linked.linkEntities.errors, null);
    const lineId = linked.linkEntities.relationship.id;

    await open(page, base, `?view=compare&id=${systemBoard}`);
    await page.fill('#token', planner);
    await page.click('text=Use token');
    await ready(page);
    await page.selectOption('#scenario', scenario);
    await ready(page);
    assert.match(page.url(), new RegExp(`scenario=${scenario}`));
    const added = page.locator('.changes li[data-mark="added"]');
    assert.equal(await added.count(), 1);
    assert.ok((await added.textContent()).includes(boardName));
    const scenarioPane = page.locator('section[aria-label="Scenario"]');
    const baselinePane = page.locator('section[aria-label="Baseline"]');
    assert.equal(await scenarioPane.locator(`g.line[data-line="${lineId}"][data-mark="added"]`).count(), 1);
    assert.equal(await scenarioPane.locator(`g.node[data-id="${newBoard}"]`).count(), 1);
    assert.equal(await baselinePane.locator(`g.node[data-id="${newBoard}"]`).count(), 0);
    await shot(page, screenshots, '08-scenario-compare');
    noConsoleErrors(consoleErrors);
  }],

  ['export: the SVG parses and holds every node name; the PNG is an image; the CSV has the lines with their quotes', async ({ page, base, consoleErrors, downloads }) => {
    await open(page, base, `?id=${systemBoard}`);
    const names = await page.$$eval('svg.chart g.node > title', (ts) => ts.map((t) => t.textContent));
    assert.ok(names.length > 3);
    const save = async (label) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button:text-is("${label}")`)]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const svg = readFileSync(await save('Export SVG'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, text: doc.documentElement.textContent };
    }, svg);
    assert.equal(parsed.error, 0);
    assert.equal(parsed.root, 'svg');
    for (const n of names) assert.ok(parsed.text.includes(n), `the SVG holds "${n}"`);
    const png = readFileSync(await save('Export PNG'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.length > 5000);
    const csv = readFileSync(await save('Export CSV'), 'utf8');
    const rows = csv.trim().split('\r\n');
    assert.match(rows[0], /^record,id,name_or_type,kind,parent_or_from,to,status/);
    assert.ok(rows.some((r) => r.startsWith('line,') && r.includes(systemBoard)));
    assert.equal(rows.filter((r) => r.startsWith('node,')).length, names.length);
    noConsoleErrors(consoleErrors);
  }],

  ['a 1,000-node org chart is drawn in under 1 s', async ({ page, base, consoleErrors, screenshots, syntheticNodes }) => {
    await open(page, base, `?id=${syntheticRoot}&depth=3`);
    const area = page.locator('.chart-area');
    const nodes = Number(await area.getAttribute('data-node-count'));
    const ms = Number(await area.getAttribute('data-render-ms'));
    console.log(`      ${nodes} nodes drawn in ${ms.toFixed(0)} ms (layout, SVG and fit, measured in the page)`);
    assert.equal(nodes, syntheticNodes);
    assert.equal(await page.locator('svg.chart g.node').count(), syntheticNodes);
    assert.ok(ms < 1000, `${ms} ms`);
    await shot(page, screenshots, '09-thousand-nodes');
    noConsoleErrors(consoleErrors);
  }],

  ['expand and collapse, fit and zoom work from the keyboard and stay in the URL', async ({ page, base, consoleErrors }) => {
    await open(page, base, `?id=${syntheticRoot}&depth=2`);
    const before = await page.locator('svg.chart g.node').count();
    const node = page.locator('svg.chart g.node[data-id="synthetic-chart-1"]');
    await node.focus();
    // The focus is visible: the focused node's box takes the focus colour.
    assert.equal(await node.locator('rect.box').evaluate((r) => getComputedStyle(r).stroke), 'rgb(255, 111, 0)');
    await page.keyboard.press('Space');
    await ready(page);
    assert.match(page.url(), /collapsed=synthetic-chart-1/);
    assert.equal(await page.locator('svg.chart g.node').count(), before - 10);
    assert.equal(await page.locator('svg.chart g.node[data-id="synthetic-chart-1"]').getAttribute('aria-expanded'), 'false');
    const transform = () => page.getAttribute('svg.chart g.canvas', 'transform');
    const fitted = await transform();
    await page.click('button[aria-label="Zoom in"]');
    await page.waitForFunction((t) => document.querySelector('svg.chart g.canvas').getAttribute('transform') !== t, fitted);
    await page.click('button[aria-label="Fit the chart to the screen"]');
    await page.waitForFunction((t) => document.querySelector('svg.chart g.canvas').getAttribute('transform') === t, fitted);
    noConsoleErrors(consoleErrors);
  }],

  ['the transition view lists a CCG\'s functions, where each goes, when and with what status', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const { ccgTransition } = await gql('{ ccgTransition(ccg: "nhs-bury-ccg") { ccg { name } transfers { function { name } to { name } status } } }');
    await open(page, base, '?view=transition&ccg=nhs-bury-ccg');
    const rows = page.locator('table.transfers tbody tr');
    assert.equal(await rows.count(), ccgTransition.transfers.length);
    const text = await page.textContent('table.transfers');
    for (const t of ccgTransition.transfers) assert.ok(text.includes(t.function.name) && text.includes(t.to.name));
    await shot(page, screenshots, '10-transition');
    noConsoleErrors(consoleErrors);
  }],

  ['a planner adds a line the reading missed, from words selected in the paper', async ({ page, base, consoleErrors, screenshots }) => {
    const gql = client(base);
    const planner = mintToken('browser-test-reviewer', ['planner']);
    const stamp = Date.now().toString(36);
    const board = 'Brackley Place Partnership Board';
    const council = 'Brackley District Council';
    const paper = `Brackley Place Partnership: Terms of Reference\n\n1. Governance\n\n1.1 The Brackley Quality Group is a sub-committee of the ${board}.\n\n`
      + `2. Partners\n\n2.1 The ${board} brings the partners of the place together. Working with us are ${council} and the Brackley Community Health NHS Trust, each sending a senior leader.\n`;
    const ingested = (await gql(`mutation($t: String!) { ingestDocument(input: { text: $t, fileName: "brackley-${stamp}.txt", reason: "browser test" }) {
      document { id } scenario { id } lines { relationship { id type from { name } to { name } } } errors { __typename } } }`, { t: paper }, planner)).ingestDocument;
    assert.equal(ingested.errors, null);
    const scenario = ingested.scenario.id;
    assert.ok(!ingested.lines.some((l) => l.relationship.type === 'MEMBER_OF'), 'the reading itself misses the membership');

    await open(page, base, `?view=review&scenario=${scenario}`);
    await page.fill('#token', planner);
    await page.click('text=Use token');
    await ready(page);
    const candidates = page.locator('ul.candidates li');
    assert.equal(await candidates.count(), ingested.lines.length);
    assert.ok((await page.textContent('ul.candidates')).includes(`Brackley Quality Group part of ${board}`));
    assert.match(await page.textContent('#review-text'), /Working with us are/);
    // The quote of the line the reading found is marked in the text.
    assert.deepEqual(await page.$$eval('#review-text mark.held', (ms) => ms.map((m) => m.textContent)),
      [`The Brackley Quality Group is a sub-committee of the ${board}.`]);

    // Select the words that say the membership, as a reviewer would with the mouse, and ask for suggestions.
    const selected = `The ${board} brings the partners of the place together. Working with us are ${council}`;
await selectWords(page, selected);
    await page.click('#suggest');
    const top = page.locator('li.suggestion').first();
    await top.waitFor({ timeout: 10_000 });
    assert.equal(await top.getAttribute('data-type'), 'MEMBER_OF');
    assert.equal(squash(await top.locator('strong').textContent()), `${council} (new) member of ${board}`);
    assert.equal(squash(await top.locator('blockquote').textContent()), selected);
    assert.match(await top.textContent(), /stated/);
    await shot(page, screenshots, '13-review-suggestions');

    await top.locator('button.add').click();
    await page.locator('#message', { hasText: 'Added to the scenario' }).waitFor({ timeout: 10_000 });
    // The view is drawn again from the scenario: one more line in it.
    await page.waitForFunction((n) => document.querySelectorAll('ul.candidates li').length === n, ingested.lines.length + 1, { timeout: 10_000 });
    await ready(page);
    assert.ok((await page.$$eval('#review-text mark.held', (ms) => ms.map((m) => m.textContent.replace(/\s+/g, ' ')))).includes(selected),
      'the added line\'s quote is marked too');
    assert.ok((await page.textContent('ul.candidates')).includes(`${council} member of ${board}`));

    // What the API holds now: the line in the scenario, citing the paper's words and section; the baseline untouched.
    const diff = (await gql(`query($s: ID!) { scenarioDiff(scenario: $s) { relationship { type basis from { name } to { name } sources { section quote document { id } } } } }`,
      { s: scenario }, planner)).scenarioDiff.map((c) => c.relationship).filter(Boolean);
    const added = diff.find((r) => r.type === 'MEMBER_OF' && r.from.name === council);
    assert.ok(added, 'the membership is in the scenario');
    assert.equal(added.basis, 'STATED');
    assert.equal(added.sources[0].quote, selected);
    assert.equal(added.sources[0].section, '2.1');
    assert.equal(added.sources[0].document.id, ingested.document.id);

    // Naming a body the reading did not create: the selected words become an entity of the scenario, citing them.
    const trust = 'Brackley Community Health NHS Trust';
await selectWords(page, trust);
    await page.selectOption('#name-kind', 'ORGANISATION');
    await page.click('#name-selection');
    await page.locator('#message', { hasText: `Named in the scenario: ${trust}` }).waitFor({ timeout: 10_000 });
    const named = (await gql(`query($s: ID!) { scenarioDiff(scenario: $s) { entity { name kind sources { section quote } } } }`, { s: scenario }, planner))
      .scenarioDiff.map((c) => c.entity).find((e) => e?.name === trust);
    assert.ok(named, 'the trust is an entity of the scenario');
    assert.equal(named.kind, 'ORGANISATION');
    assert.deepEqual(named.sources[0], { section: '2.1', quote: trust });

    // Words that mean the board without naming it: the reviewer finds the board and chooses it as the other end.
    await page.fill('#end-search', board);
    await page.click('#end-find');
    await page.waitForFunction(() => document.getElementById('end-choice').options.length > 1, null, { timeout: 10_000 });
    assert.match(await page.textContent('#end-choice'), new RegExp(board));
    const meaning = `and the ${trust}, each sending a senior leader`;
await selectWords(page, meaning);
    await page.click('#suggest');
    const chosenTop = page.locator('li.suggestion').first();
    await chosenTop.waitFor({ timeout: 10_000 });
    assert.equal(squash(await chosenTop.locator('strong').textContent()), `${trust} member of ${board}`);
    assert.match(await chosenTop.textContent(), /inferred/);
    assert.match(await chosenTop.locator('.reading').textContent(), /The reviewer chose Brackley Place Partnership Board as an end/);
    noConsoleErrors(consoleErrors);
  }],

  ['lines the learnt ranker offered are marked in the review view for the reviewer to check first', async ({ page, base, consoleErrors }) => {
    const gql = client(base);
    const editor = mintToken('browser-test-editor', ['editor']);
    const planner = mintToken('browser-test-ranker', ['planner']);
    // Bodies the graph already holds, named in a wording no rule reads: the ranker offers the memberships.
    const [board, council, trust] = ['Wexcombe Vale Place Partnership Board', 'Wexcombe Vale District Council', 'Wexcombe Vale Community Health NHS Trust'];
    for (const [kind, name] of [['BOARD', board], ['ORGANISATION', council], ['ORGANISATION', trust]]) {
      const created = (await gql(`mutation($k: EntityKind!, $n: String!) { createEntity(input: { kind: $k, name: $n, reason: "browser test", rationale: "An invented body." }) { entity { id } errors { __typename } } }`,
        { k: kind, n: name }, editor)).createEntity;
      assert.equal(created.errors, null);
    }
    const paper = `Wexcombe Vale Place Partnership: Terms of Reference\n\n1. Partners\n\n1.1 ${council} and the ${trust} are represented on the ${board} as partners.\n`;
    const ingested = (await gql(`mutation($t: String!) { ingestDocument(input: { text: $t, fileName: "wexcombe-${Date.now().toString(36)}.txt", reason: "browser test" }) {
      scenario { id } lines { byRule relationship { id } } errors { __typename } } }`, { t: paper }, planner)).ingestDocument;
    assert.equal(ingested.errors, null);
    const ranked = ingested.lines.filter((l) => !l.byRule);
    assert.equal(ranked.length, 2, 'the ranker offers both memberships');

    await open(page, base, `?view=review&scenario=${ingested.scenario.id}`);
    await page.fill('#token', planner);
    await page.click('text=Use token');
    await ready(page);
    const marked = page.locator('ul.candidates li.ranked');
    assert.equal(await marked.count(), 2);
    for (const text of await marked.allTextContents()) {
      assert.match(text, /member of Wexcombe Vale Place Partnership Board/);
      assert.match(text, /offered by the learnt ranker: check it first/);
    }
    noConsoleErrors(consoleErrors);
  }],

  ['errors the user can cause get a plain message on the page', async ({ page, base, screenshots }) => {
    const message = async () => (await page.locator('#message').textContent()) ?? '';
    await open(page, base, '?id=no-such-entity');
    assert.match(await message(), /Nothing in the graph has the id/);
    await shot(page, screenshots, '11-unknown-id');
    await open(page, base, "?id=synthetic-chart-1-1-1");
    assert.match(await message(), /Nothing is accountable to/);
    await open(page, base, `?view=compare&id=${systemBoard}`);
    await page.fill('#token', mintToken('browser-test-outsider', ['nobody']));
    await page.click('text=Use token');
    await ready(page);
    assert.match(await message(), /does not carry a role/);
    await page.route('**/graphql', (route) => route.abort());
    await open(page, base, `?id=${systemBoard}`);
    assert.match(await message(), /The API is not answering/);
  }],

  ['GraphiQL opens on the quick-tour questions', async ({ page, base }) => {
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.graphiql-tab').count(), 7);
    await page.locator('.graphiql-query-editor').waitFor();
    assert.match(await page.textContent('.graphiql-query-editor'), /accountabilityChain/);
  }],
];
