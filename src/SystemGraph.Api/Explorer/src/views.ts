// The views (the review view is in review.ts). Each reads the page state, asks the API, and draws into the view element; a failure or an empty
// answer becomes a plain message on the page.
import { run } from './api';
import { clear, h } from './dom';
import type { EvidencePanel } from './evidence';
import { chartCsv, exportCsv, exportPng, exportSvg } from './export';
import { markWords, lineStyles, type Mark } from './lineStyle';
import { isInferred, shows, statusLabel, type LineFilter, type Chain, type ChartNode, type EntityDetail, type Line, type OrgChart, type Transition } from './model';
import { drawOrgChart, legend, visibleNodes, type DrawnChart } from './orgChart';
import type { PageState } from './state';
import { scenarioPicker, tokenControls } from './token';

export interface ViewContext {
  state: PageState;
  root: HTMLElement;
  evidence: EvidencePanel;
  token: string;
  /** Changes the state (and the URL) and redraws. */
  update(change: Partial<PageState>, push?: boolean): void;
  message(text: string, kind?: 'info' | 'error'): void;
  link(change: Partial<PageState>): string;
}

const when = (state: PageState): string => (state.asOf ? ` as of ${state.asOf}` : '');
const narrowed = (state: PageState): string =>
  [state.includeProposed ? '' : ' among agreed and in-force lines', state.includeInferred ? '' : ' among lines the papers state'].join('');

async function showNode(ctx: ViewContext, node: ChartNode, others: Line[]): Promise<void> {
  const data = await run<{ entity: EntityDetail | null }>('ExplorerEntity', { id: node.id });
  if (!data.entity) { ctx.message(`${node.entity.name} is no longer in the graph.`); return; }
  ctx.evidence.showEntity(data.entity, [
    { heading: 'Line to its parent in this chart', lines: node.via ? [node.via] : [] },
    { heading: 'Other links in this chart', lines: others },
  ]);
}

function chartToolbar(ctx: ViewContext, drawn: () => DrawnChart | null, chart: OrgChart, name: string): HTMLElement {
  const button = (label: string, act: () => void, aria?: string): HTMLButtonElement => {
    const b = h('button', { type: 'button', ...(aria ? { 'aria-label': aria } : {}) }, label);
    b.addEventListener('click', act);
    return b;
  };
  const depth = h('select', { id: 'depth' });
  for (let d = 1; d <= 5; d++) depth.append(h('option', { value: d, ...(d === ctx.state.depth ? { selected: true } : {}) }, String(d)));
  depth.addEventListener('change', () => ctx.update({ depth: Number(depth.value), collapsed: [] }));
  return h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Chart tools' },
    button('Fit', () => drawn()?.fit(), 'Fit the chart to the screen'),
    button('+', () => drawn()?.zoomBy(1.25), 'Zoom in'),
    button('−', () => drawn()?.zoomBy(0.8), 'Zoom out'),
    h('label', { for: 'depth' }, 'Depth '), depth,
    button('Export SVG', () => { const d = drawn(); if (d) exportSvg(d.svg, name); }),
    button('Export PNG', () => { const d = drawn(); if (d) void exportPng(d.svg, name).catch((e) => ctx.message(String(e), 'error')); }),
    button('Export CSV', () => exportCsv(chart, ctx.state, name)));
}

export async function chartView(ctx: ViewContext, id: string): Promise<void> {
  const { state } = ctx;
  const data = await run<{ orgChart: OrgChart }>('ExplorerOrgChart', { root: id, asOf: state.asOf, depth: state.depth, includeInferred: state.includeInferred });
  const chart = data.orgChart;
  clear(ctx.root);
  const visible = visibleNodes(chart, state);
  const title = `Org chart of ${chart.root.name}${when(state)}`;
  const summary = h('p', { class: 'summary', role: 'status' });
  const area = h('div', { class: 'chart-area' });
  let drawn: DrawnChart | null = null;
  ctx.root.append(h('h2', {}, title), chartToolbar(ctx, () => drawn, chart, `org-chart-${id}`), summary,
    h('div', { class: 'chart-row' }, area, h('figure', { class: 'legend-box' }, h('figcaption', {}, 'Lines by status'), legend(false),
      h('p', { class: 'hint' }, 'Lines between a node and its parent run side by side (“3 lines”); arcs join a node to its other parents. Click a line, its label or a node (Enter) for the evidence; Space or the ± button expands and collapses.'))));
  if (visible.length <= 1) {
    ctx.message(`Nothing is accountable to, reports to or is a member of ${chart.root.name}${when(state)}${narrowed(state)}.`, 'info');
  }
  const collapsed = new Set(state.collapsed);
  drawn = drawOrgChart(area, chart, {
    filter: state,
    collapsed,
    onLines: (lines) => ctx.evidence.showLines(lines),
    onNode: (node, others) => void showNode(ctx, node, others).catch((e) => ctx.message(String(e), 'error')),
    onToggle: (nodeId) => {
      if (collapsed.has(nodeId)) collapsed.delete(nodeId); else collapsed.add(nodeId);
      ctx.update({ collapsed: [...collapsed] }, false);
    },
  }, title);
  area.setAttribute('data-render-ms', drawn.renderMs.toFixed(1));
  area.setAttribute('data-node-count', String(drawn.nodeCount));
  summary.textContent = `${drawn.nodeCount} nodes and ${drawn.lineCount} lines${chart.truncated ? ' (cut at this depth: raise it to see more)' : ''}; drawn in ${Math.round(drawn.renderMs)} ms.`;
  // Kept for tests and for anyone scripting the page: the CSV of exactly what is drawn.
  area.dataset.csvRows = String(chartCsv(chart, state).split('\r\n').length - 2);
}

export async function chainView(ctx: ViewContext, id: string): Promise<void> {
  const { state } = ctx;
  const data = await run<{ accountabilityChain: Chain }>('ExplorerChain', { from: id, asOf: state.asOf, includeProposed: state.includeProposed, includeInferred: state.includeInferred });
  const chain = data.accountabilityChain;
  clear(ctx.root);
  ctx.root.append(h('h2', {}, `Accountability chain of ${chain.root.name}${when(state)}`));
  if (!chain.paths.length) {
    ctx.message(`${chain.root.name} is accountable to nobody in the graph${when(state)}${narrowed(state)}.`, 'info');
    return;
  }
  const apexes = h('ul', { class: 'apexes' });
  for (const a of chain.apexes) apexes.append(h('li', {}, h('a', { href: ctx.link({ id: a.id, view: 'chart' }) }, a.name)));
  ctx.root.append(h('section', { 'aria-label': 'Apexes' }, h('h3', {}, 'Where the chain ends'), apexes));
  const paths = [...chain.paths].sort((a, b) => a.length - b.length);
  const list = h('ol', { class: 'paths' });
  paths.forEach((path) => {
    const steps = h('ol', { class: 'steps' });
    for (const { relationship: line } of path.steps) {
      const st = lineStyles[line.status];
      const button = h('button', { type: 'button', class: `step status-${line.status}`, 'data-line': line.id, 'aria-label': `Evidence: ${line.from.name} ${line.type} ${line.to.name}, ${st.word}` },
        `${line.type.replace(/_/g, ' ').toLowerCase()} · ${st.word}${isInferred(line) ? ' · inferred' : ''}`);
      button.addEventListener('click', () => ctx.evidence.showLine(line));
      steps.append(h('li', {}, h('a', { href: ctx.link({ id: line.from.id }) }, line.from.name), ' ', button, ' → ',
        h('a', { href: ctx.link({ id: line.to.id }) }, line.to.name)));
    }
    list.append(h('li', { class: 'path' }, h('span', { class: 'length' }, `${path.length} step${path.length > 1 ? 's' : ''}`), steps));
  });
  ctx.root.append(h('h3', {}, `Paths, shortest first${chain.truncated ? ' (some were cut at the depth limit)' : ''}`), list);
}

export async function transitionView(ctx: ViewContext): Promise<void> {
  const { state } = ctx;
  const all = await run<{ transitions: { from: { id: string; name: string; kind: string } }[] }>('ExplorerTransitions', {});
  const ccgs = new Map<string, string>();
  for (const t of all.transitions) ccgs.set(t.from.id, t.from.name);
  const ccg = state.ccg ?? (state.id && ccgs.has(state.id) ? state.id : null);
  clear(ctx.root);
  const picker = h('select', { id: 'ccg' }, h('option', { value: '' }, 'Choose a CCG…'));
  for (const [cid, name] of [...ccgs].sort((a, b) => a[1].localeCompare(b[1]))) picker.append(h('option', { value: cid, ...(cid === ccg ? { selected: true } : {}) }, name));
  picker.addEventListener('change', () => ctx.update({ ccg: picker.value || null }));
  ctx.root.append(h('h2', {}, 'Transition: where a CCG’s functions go'), h('p', {}, h('label', { for: 'ccg' }, 'CCG '), picker));
  if (!ccg) { ctx.message('Choose a CCG to see where its functions move, and when.', 'info'); return; }
  const data = await run<{ ccgTransition: Transition }>('ExplorerCcgTransition', { ccg });
  const t = data.ccgTransition;
  const transfers = t.transfers.filter((x) => shows(x.relationship, state));
  ctx.root.append(h('p', {}, `${t.ccg.name}${t.ceasedOn ? ` ceased on ${t.ceasedOn}` : ''}${t.successors.length ? `; succeeded by ${t.successors.map((s) => s.name).join(', ')}` : ''}.`));
  if (!transfers.length) { ctx.message(`No function transfers for ${t.ccg.name}${narrowed(state)}.`, 'info'); return; }
  const body = h('tbody');
  for (const x of [...transfers].sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? '') || a.function.name.localeCompare(b.function.name))) {
    const inEffect = state.asOf ? (x.effectiveFrom && x.effectiveFrom <= state.asOf ? 'in effect' : 'not yet') : '';
    const evidence = h('button', { type: 'button', class: 'link' }, 'Evidence');
    evidence.addEventListener('click', () => ctx.evidence.showLine(x.relationship, 'Transfer'));
    body.append(h('tr', {}, h('td', {}, x.function.name), h('td', {}, x.to.name), h('td', {}, x.effectiveFrom ?? '—'),
      h('td', {}, h('span', { class: `status status-${x.status}` }, statusLabel[x.status])), ...(state.asOf ? [h('td', {}, inEffect)] : []), h('td', {}, evidence)));
  }
  ctx.root.append(h('table', { class: 'transfers' },
    h('caption', {}, `Functions of ${t.ccg.name}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Function'), h('th', { scope: 'col' }, 'Goes to'), h('th', { scope: 'col' }, 'When'),
      h('th', { scope: 'col' }, 'Status'), ...(state.asOf ? [h('th', { scope: 'col' }, `On ${state.asOf}`)] : []), h('th', { scope: 'col' }, 'Sources'))),
    body));
}

/** Lines of a chart by id: its tree lines and its other edges. */
function linesOf(chart: OrgChart, filter: LineFilter): Map<string, Line> {
  const lines = new Map<string, Line>();
  for (const n of visibleNodes(chart, filter)) if (n.via) lines.set(n.via.id, n.via);
  for (const e of chart.edges) if (!lines.has(e.id) && shows(e, filter)) lines.set(e.id, e);
  return lines;
}

/** What the scenario does to the lines of the chart: added, ended (or gone) and changed, by relationship id. */
export function compareCharts(baseline: OrgChart, scenario: OrgChart, filter: LineFilter): { scenario: Map<string, Mark>; baseline: Map<string, Mark>; lines: Map<string, Line> } {
  const before = linesOf(baseline, filter);
  const after = linesOf(scenario, filter);
  const marks = new Map<string, Mark>();
  const gone = new Map<string, Mark>();
  const lines = new Map<string, Line>();
  for (const [id, line] of after) {
    const old = before.get(id);
    if (!old) { if (line.status !== 'ENDED') { marks.set(id, 'added'); lines.set(id, line); } continue; }
    if (line.status === 'ENDED' && old.status !== 'ENDED') { marks.set(id, 'ended'); lines.set(id, line); continue; }
    if (line.status !== old.status || line.validFrom !== old.validFrom || line.validTo !== old.validTo || line.from.id !== old.from.id || line.to.id !== old.to.id) {
      marks.set(id, 'changed'); lines.set(id, line);
    }
  }
  for (const [id, line] of before) if (!after.has(id)) { gone.set(id, 'ended'); lines.set(id, line); marks.set(id, 'ended'); }
  return { scenario: marks, baseline: gone, lines };
}

export async function compareView(ctx: ViewContext, id: string | null, saveToken: (token: string) => void): Promise<void> {
  const { state } = ctx;
  clear(ctx.root);
  ctx.root.append(h('h2', {}, 'Scenario compare'));
  if (!tokenControls(ctx, saveToken, 'Paste a planner’s token to compare a scenario with the baseline.')) return;
  const scenarios = await scenarioPicker(ctx, 'Choose a scenario…');
  if (!scenarios.length) { ctx.message('There is no open scenario to compare.', 'info'); return; }
  if (!state.scenario) { ctx.message('Choose a scenario.', 'info'); return; }
  if (!id) { ctx.message('Search for the entity whose org chart to compare.', 'info'); return; }
  const data = await run<{ baseline: OrgChart; scenario: OrgChart; changes: { target: string; id: string; kind: string }[] }>(
    'ExplorerCompare', { root: id, scenario: state.scenario, asOf: state.asOf, depth: state.depth, includeInferred: state.includeInferred }, ctx.token);
  const diff = compareCharts(data.baseline, data.scenario, state);
  const changes = h('ul', { class: 'changes', 'aria-label': 'Changes to this chart' });
  for (const [lineId, mark] of diff.scenario) {
    const line = diff.lines.get(lineId)!;
    const b = h('button', { type: 'button', class: 'link' }, `${line.from.name} → ${line.to.name} (${line.type.replace(/_/g, ' ').toLowerCase()}, ${statusLabel[line.status]})`);
    b.addEventListener('click', () => ctx.evidence.showLine(line));
    changes.append(h('li', { 'data-mark': mark }, h('strong', {}, markWords[mark]), ' ', b));
  }
  const left = h('div', { class: 'chart-area half' });
  const right = h('div', { class: 'chart-area half' });
  ctx.root.append(
    h('h3', {}, `${diff.scenario.size} line change${diff.scenario.size === 1 ? '' : 's'} in this chart (the scenario holds ${data.changes.length} in all)`), changes,
    h('div', { class: 'compare' },
      h('section', { 'aria-label': 'Baseline' }, h('h3', {}, 'Baseline'), left),
      h('section', { 'aria-label': 'Scenario' }, h('h3', {}, 'Scenario'), right),
      h('figure', { class: 'legend-box' }, h('figcaption', {}, 'Lines'), legend(true))));
  const common = { filter: state, collapsed: new Set<string>(), onLines: (l: Line[]) => ctx.evidence.showLines(l), onNode: (n: ChartNode, o: Line[]) => void showNode(ctx, n, o), onToggle: () => undefined };
  drawOrgChart(left, data.baseline, { ...common, marks: diff.baseline }, `Baseline org chart of ${data.baseline.root.name}`);
  drawOrgChart(right, data.scenario, { ...common, marks: diff.scenario }, `Scenario org chart of ${data.scenario.root.name}`);
  if (!diff.scenario.size) ctx.message('The scenario changes no line of this chart.', 'info');
}
