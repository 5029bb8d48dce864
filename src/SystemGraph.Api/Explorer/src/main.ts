// The explorer page: wires the controls to the URL state and draws the chosen view.
import { EvidencePanel } from './evidence';
import { describe } from './messages';
import { searchBox } from './search';
import { readState, saveToken, savedToken, writeState, type PageState, type View } from './state';
import { reviewView } from './review';
import { chainView, chartView, compareView, transitionView, type ViewContext } from './views';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const viewEl = $('view');
const messageEl = $('message');
const asOf = $<HTMLInputElement>('as-of');
const proposed = $<HTMLInputElement>('include-proposed');
const inferred = $<HTMLInputElement>('include-inferred');
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const evidence = new EvidencePanel($('evidence'), $('document'));

let state: PageState = readState();
let drawing = 0;

function message(text: string, kind: 'info' | 'error' = 'error'): void {
  messageEl.textContent = text;
  messageEl.className = `message ${kind}`;
  messageEl.hidden = false;
}

function link(change: Partial<PageState>): string {
  const saved = location.search;
  writeState({ ...state, collapsed: [], ...change }, false);
  const url = `${location.pathname}${location.search}`;
  history.replaceState(null, '', `${location.pathname}${saved}`);
  return url;
}

function update(change: Partial<PageState>, push = true): void {
  state = { ...state, ...change };
  writeState(state, push);
  void render();
}

function syncControls(): void {
  asOf.value = state.asOf ?? '';
  proposed.checked = state.includeProposed;
  inferred.checked = state.includeInferred;
  for (const tab of tabs) {
    const selected = tab.dataset.view === state.view;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  viewEl.setAttribute('aria-labelledby', `tab-${state.view}`);
}

async function render(): Promise<void> {
  const mine = ++drawing;
  syncControls();
  messageEl.hidden = true;
  viewEl.setAttribute('aria-busy', 'true');
  const ctx: ViewContext = { state, root: viewEl, evidence, token: savedToken(), update, message, link };
  try {
    if (state.view === 'transition') await transitionView(ctx);
    else if (state.view === 'compare') await compareView(ctx, state.id, (token) => { saveToken(token); void render(); });
    else if (state.view === 'review') await reviewView(ctx, (token) => { saveToken(token); void render(); });
    else if (!state.id) intro();
    else if (state.view === 'chain') await chainView(ctx, state.id);
    else await chartView(ctx, state.id);
  } catch (e) {
    if (mine === drawing) message(describe(e, state.id ?? state.view));
  } finally {
    if (mine === drawing) {
      viewEl.setAttribute('aria-busy', 'false');
      document.body.dataset.ready = String(mine);
    }
  }
}

function intro(): void {
  viewEl.replaceChildren();
  const p = document.createElement('p');
  p.className = 'intro';
  p.textContent = 'Search for an organisation, board, area or programme above to see its org chart, its accountability chain and the evidence for every line.';
  viewEl.append(p);
}

searchBox($<HTMLInputElement>('search'), $<HTMLUListElement>('suggestions'),
  (entity) => update({ id: entity.id, view: state.view === 'transition' || state.view === 'review' ? 'chart' : state.view, collapsed: [] }),
  (e) => message(describe(e, 'search')));

asOf.addEventListener('change', () => update({ asOf: asOf.value || null }));
$('as-of-clear').addEventListener('click', () => update({ asOf: null }));
proposed.addEventListener('change', () => update({ includeProposed: proposed.checked }));
inferred.addEventListener('change', () => update({ includeInferred: inferred.checked }));
for (const tab of tabs) {
  tab.addEventListener('click', () => update({ view: tab.dataset.view as View }));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
    if (next) { e.preventDefault(); next.focus(); next.click(); }
  });
}
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') evidence.close(); });
window.addEventListener('popstate', () => { state = readState(); void render(); });

void render();
