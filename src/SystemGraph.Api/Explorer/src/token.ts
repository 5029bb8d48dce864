// What the views that read scenarios (compare, review) draw first: the token box (a planner's token, kept in this tab
// only) and the open scenarios to choose from.
import { run } from './api';
import { h } from './dom';
import type { ScenarioSummary } from './model';
import type { ViewContext } from './views';

/** Draws the token box; false (with a message saying what to do) when no token is in use yet. */
export function tokenControls(ctx: ViewContext, saveToken: (token: string) => void, missing: string): boolean {
  const token = h('input', { id: 'token', type: 'password', autocomplete: 'off', value: ctx.token, size: 40 });
  const useToken = h('button', { type: 'button' }, 'Use token');
  useToken.addEventListener('click', () => saveToken(token.value.trim()));
  ctx.root.append(
    h('p', {}, 'A planner’s token reads scenarios (paste one, or mint a development token: see the README’s Access section).'),
    h('p', {}, h('label', { for: 'token' }, 'Token '), token, ' ', useToken));
  if (!ctx.token) ctx.message(missing, 'info');
  return Boolean(ctx.token);
}

/** Draws the open scenarios to choose from (the chosen one is in the URL) and returns them. */
export async function scenarioPicker(ctx: ViewContext, placeholder: string): Promise<ScenarioSummary[]> {
  const scenarios = (await run<{ scenarios: ScenarioSummary[] }>('ExplorerScenarios', {}, ctx.token)).scenarios;
  const picker = h('select', { id: 'scenario' }, h('option', { value: '' }, placeholder));
  for (const sc of scenarios) {
    picker.append(h('option', { value: sc.id, ...(sc.id === ctx.state.scenario ? { selected: true } : {}) }, `${sc.name} (${sc.changeCount} changes, by ${sc.createdBy})`));
  }
  picker.addEventListener('change', () => ctx.update({ scenario: picker.value || null }));
  ctx.root.append(h('p', {}, h('label', { for: 'scenario' }, 'Scenario '), picker));
  return scenarios;
}
