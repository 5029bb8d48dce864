// The search box: suggestions from `search` as you type, in the WAI-ARIA combobox pattern (arrow keys move,
// Enter chooses, Escape closes), so it works from the keyboard and with a screen reader.
import { run } from './api';
import { clear, h } from './dom';
import type { EntityRef } from './model';

interface SearchResult { search: { score: number; entity: EntityRef }[] }

export function searchBox(input: HTMLInputElement, list: HTMLUListElement, choose: (entity: EntityRef) => void, fail: (e: unknown) => void): void {
  let hits: EntityRef[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number): void => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`);
  };
  const pick = (i: number): void => {
    const entity = hits[i];
    if (!entity) return;
    input.value = entity.name;
    close();
    choose(entity);
  };
  const suggest = async (): Promise<void> => {
    const text = input.value.trim();
    if (text.length < 2) { close(); return; }
    const mine = ++asked;
    try {
      const data = await run<SearchResult>('ExplorerSearch', { text });
      if (mine !== asked) return;
      hits = data.search.map((x) => x.entity);
      clear(list);
      if (!hits.length) {
        list.append(h('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, `Nothing matches “${text}”.`));
      }
      hits.forEach((e, i) => {
        const li = h('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': e.id },
          h('span', { class: 'name' }, e.name), ' ', h('span', { class: 'kind' }, e.kind.toLowerCase()));
        li.addEventListener('mousedown', (ev) => { ev.preventDefault(); pick(i); });
        list.append(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(hits.length ? 0 : -1);
    } catch (e) {
      fail(e);
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void suggest(), 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { e.preventDefault(); highlight((active + 1) % hits.length); }
    else if (e.key === 'ArrowUp' && hits.length) { e.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
    else if (e.key === 'Enter') { e.preventDefault(); if (!list.hidden && active >= 0) pick(active); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
