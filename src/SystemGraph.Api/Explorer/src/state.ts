// Everything that decides what the page shows lives in the URL, so a link reproduces exactly what someone saw.
// The token is the one exception: it is a secret, kept in this tab's sessionStorage only.

export type View = 'chart' | 'chain' | 'transition' | 'compare' | 'review';
const views: View[] = ['chart', 'chain', 'transition', 'compare', 'review'];

export interface PageState {
  /** The chosen entity (org chart root, chain start, compare root). */
  id: string | null;
  view: View;
  /** ISO date, or null for "today / all dates" (the API's default). */
  asOf: string | null;
  includeProposed: boolean;
  /** False: only lines the papers state (basis STATED), not our readings. */
  includeInferred: boolean;
  /** Org chart depth. */
  depth: number;
  /** Transition view: the CCG. */
  ccg: string | null;
  /** Compare and review views: the scenario id. */
  scenario: string | null;
  /** Collapsed chart nodes. */
  collapsed: string[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string = location.search): PageState {
  const q = new URLSearchParams(search);
  const view = q.get('view') as View | null;
  const asOf = q.get('asOf');
  const depth = Number(q.get('depth') ?? '3');
  return {
    id: q.get('id') || null,
    view: view && views.includes(view) ? view : 'chart',
    asOf: asOf && isoDate.test(asOf) ? asOf : null,
    includeProposed: q.get('proposed') !== '0',
    includeInferred: q.get('inferred') !== '0',
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 6 ? depth : 3,
    ccg: q.get('ccg') || null,
    scenario: q.get('scenario') || null,
    collapsed: (q.get('collapsed') ?? '').split(',').filter(Boolean),
  };
}

export function writeState(state: PageState, push: boolean): void {
  const q = new URLSearchParams();
  if (state.id) q.set('id', state.id);
  if (state.view !== 'chart') q.set('view', state.view);
  if (state.asOf) q.set('asOf', state.asOf);
  if (!state.includeProposed) q.set('proposed', '0');
  if (!state.includeInferred) q.set('inferred', '0');
  if (state.depth !== 3) q.set('depth', String(state.depth));
  if (state.ccg) q.set('ccg', state.ccg);
  if (state.scenario) q.set('scenario', state.scenario);
  if (state.collapsed.length) q.set('collapsed', state.collapsed.join(','));
  const url = `${location.pathname}${q.toString() ? `?${q}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

const tokenKey = 'systemgraph.explorer.token';
export const savedToken = (): string => sessionStorage.getItem(tokenKey) ?? '';
export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(tokenKey, token);
  else sessionStorage.removeItem(tokenKey);
}
