// The token box of the views that read scenarios (compare, review): a planner's token, kept in this tab only.
import { h } from './dom';
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
