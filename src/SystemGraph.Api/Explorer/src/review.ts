// The review view: a paper brought in with ingestDocument, its candidate lines, and its text. A planner selects the
// words that say a line the reading missed, asks for suggestions (suggestLines), and adds the right one to the
// scenario with the usual mutations, citing the selected words; an editor promotes the scenario as before.
import { ApiError, run } from './api';
import { clear, h } from './dom';
import { locate } from './evidence';
import { statusLabel, type Line, type Status } from './model';
import { scenarioPicker, tokenControls } from './token';
import type { ViewContext } from './views';

interface ReviewChange {
  target: string;
  kind: string;
  entity: { id: string; name: string; kind: string; title?: string | null; text?: string | null } | null;
  relationship: (Line & { attributes?: { name: string; value: string }[] }) | null;
}

interface SuggestedEnd { id: string; kind: string; name: string; existing: boolean }

interface Suggestion {
  type: string;
  status: Status;
  statusNote: string | null;
  basis: 'STATED' | 'INFERRED';
  rationale: string | null;
  quote: string;
  mentions: string[];
  section: string | null;
  confidence: number;
  byRule: boolean;
  reading: string;
  from: SuggestedEnd;
  to: SuggestedEnd;
}

interface Suggestions { section: string | null; start: number; end: number; lines: Suggestion[] }

interface WriteErrors { errors: { __typename: string; message?: string }[] | null }

/** The kinds a reviewer may name selected words as (what papers name: bodies, people, programmes, places, agreements). */
const nameableKinds: [string, string][] = [
  ['ORGANISATION', 'an organisation'], ['BOARD', 'a board or committee'], ['PERSON', 'a person or post'],
  ['PROGRAMME', 'a programme'], ['AREA', 'an area'], ['AGREEMENT', 'an agreement'],
];

const words = (type: string): string => type.replace(/_/g, ' ').toLowerCase();

/** The section cited when the paper has none where the words stand. */
const noSection = 'text';

export async function reviewView(ctx: ViewContext, saveToken: (token: string) => void): Promise<void> {
  const { state } = ctx;
  clear(ctx.root);
  ctx.root.append(h('h2', {}, 'Review a paper'),
    h('p', {}, 'A paper brought in with ingestDocument opens a scenario of candidate lines. Select the words of the paper that say a line the reading missed, and add it from the suggestions.'));
  if (!tokenControls(ctx, saveToken, 'Paste a planner’s token to review a paper brought in.')) return;
  const scenarios = await scenarioPicker(ctx, 'Choose a paper’s scenario…');
  if (!scenarios.length) { ctx.message('There is no open scenario: bring a paper in with ingestDocument first.', 'info'); return; }
  if (!state.scenario) { ctx.message('Choose the scenario a paper was brought into.', 'info'); return; }
  const scenario = state.scenario;

  const changes = (await run<{ scenarioDiff: ReviewChange[] }>('ExplorerReview', { scenario }, ctx.token)).scenarioDiff;
  const paper = changes.find((c) => c.entity?.kind === 'DOCUMENT' && c.entity.text)?.entity;
  if (!paper?.text) { ctx.message('This scenario holds no paper with its text: bring one in with ingestDocument first.', 'info'); return; }
  const lines = changes.map((c) => c.relationship).filter((l): l is NonNullable<ReviewChange['relationship']> => l !== null);

  const candidates = h('ul', { class: 'candidates', 'aria-label': 'Lines in the scenario' });
  for (const line of lines) {
    const b = h('button', { type: 'button', class: 'link' }, `${line.from.name} ${words(line.type)} ${line.to.name}`);
    b.addEventListener('click', () => ctx.evidence.showLine(line));
    // A line the learnt ranker offered (not a rule) is the reviewer's first to check.
    const ranked = line.attributes?.some((a) => a.name === 'candidateReadBy' && a.value === 'ranker') ?? false;
    candidates.append(h('li', { 'data-line': line.id, class: ranked ? 'ranked' : '' }, b,
      ` (${statusLabel[line.status]}, ${line.basis === 'INFERRED' ? 'inferred' : 'stated'}${ranked ? ', offered by the learnt ranker: check it first' : ''})`));
  }

  const text = h('pre', { class: 'document-text review-text', id: 'review-text', tabindex: 0 }, ...markHeld(paper.text, lines));
  const suggest = h('button', { type: 'button', id: 'suggest' }, 'Suggest lines from the selected words');
  const results = h('section', { id: 'suggestions-found', 'aria-live': 'polite', 'aria-label': 'Suggested lines' });
  const endSearch = h('input', { id: 'end-search', type: 'search', size: 28, placeholder: 'e.g. the board the words mean' });
  const endFind = h('button', { type: 'button', id: 'end-find' }, 'Find');
  const endChoice = h('select', { id: 'end-choice', 'aria-label': 'The chosen end' }, h('option', { value: '' }, 'none chosen'));
  endFind.addEventListener('click', () => void findEnds(ctx, scenario, endSearch.value, endChoice));
  suggest.addEventListener('click', () => void suggestFromSelection(ctx, scenario, paper.id, text, results, endChoice.value || null));
  const kind = h('select', { id: 'name-kind', 'aria-label': 'What the selected words name' });
  for (const [value, label] of nameableKinds) kind.append(h('option', { value }, label));
  const name = h('button', { type: 'button', id: 'name-selection' }, 'Name the selected words');
  name.addEventListener('click', () => void nameSelection(ctx, scenario, paper.id, text, kind.value));
  ctx.root.append(
    h('h3', {}, `${paper.title ?? paper.name}: ${lines.length} line${lines.length === 1 ? '' : 's'} in the scenario`), candidates,
    h('div', { class: 'review' },
      h('section', { 'aria-label': 'The paper' }, h('h3', {}, 'The paper'), h('p', { class: 'hint' }, 'Select words in the text, then ask for suggestions. Marked: the quotes of lines the scenario holds.'), text),
      h('section', { 'aria-label': 'Suggestions' }, h('h3', {}, 'Suggestions'),
        h('p', { class: 'hint' }, 'When the words mean a body they do not name (“its members”), find it and choose it as an end first.'),
        h('p', {}, h('label', { for: 'end-search' }, 'Other end '), endSearch, ' ', endFind, ' ', endChoice),
        h('p', {}, suggest),
        h('p', { class: 'hint' }, 'A body or person the suggestions do not know: select its name, say what it is, and name it; then ask again.'),
        h('p', {}, kind, ' ', name), results)));
}

/**
 * The paper's text with the quotes of the lines the scenario already holds marked, so the reviewer sees what is
 * covered; overlapping quotes are marked once. Each mark's title says which lines it supports.
 */
function markHeld(text: string, lines: Line[]): (Node | string)[] {
  const spans: { start: number; end: number; lines: string[] }[] = [];
  for (const line of lines) {
    for (const source of line.sources) {
      const at = source.quote ? locate(text, source.quote) : null;
      if (at) spans.push({ ...at, lines: [`${line.from.name} ${words(line.type)} ${line.to.name}`] });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.lines.push(...span.lines.filter((l) => !last.lines.includes(l)));
    } else merged.push({ ...span, lines: [...span.lines] });
  }
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const span of merged) {
    parts.push(text.slice(at, span.start), h('mark', { class: 'held', title: `In the scenario: ${span.lines.join('; ')}` }, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The words selected inside the paper's text, or null when the selection is empty or elsewhere on the page. */
function selectedWords(text: HTMLElement): string | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !text.contains(selection.anchorNode) || !selection.focusNode || !text.contains(selection.focusNode)) return null;
  const words = selection.toString().trim();
  return words.length ? words : null;
}

/** Fills the choice of an end with what the scenario's search finds for the words typed. */
async function findEnds(ctx: ViewContext, scenario: string, words: string, choice: HTMLSelectElement): Promise<void> {
  if (!words.trim()) return;
  try {
    const hits = (await run<{ search: { entity: { id: string; name: string; kind: string } }[] }>('ExplorerSearch', { text: words, scenario }, ctx.token)).search;
    choice.replaceChildren(h('option', { value: '' }, hits.length ? 'none chosen' : 'nothing found'),
      ...hits.map((hit) => h('option', { value: hit.entity.id }, `${hit.entity.name} (${hit.entity.kind.toLowerCase()})`)));
    if (hits.length) choice.value = hits[0].entity.id;
  } catch (e) {
    ctx.message(e instanceof ApiError ? e.message : 'The search did not answer.');
  }
}

async function suggestFromSelection(ctx: ViewContext, scenario: string, document: string, text: HTMLElement, results: HTMLElement, end: string | null): Promise<void> {
  const quote = selectedWords(text);
  clear(results);
  if (!quote) { results.append(h('p', { class: 'message info' }, 'Select the words of the paper that say the line first.')); return; }
  let suggestions: Suggestion[];
  try {
    suggestions = (await run<{ suggestLines: Suggestions }>('ExplorerSuggest', { document, quote, scenario, ends: end ? [end] : null }, ctx.token)).suggestLines.lines;
  } catch (e) {
    results.append(h('p', { class: 'message error' }, e instanceof ApiError ? e.message : 'The suggestions could not be read.'));
    return;
  }
  if (!suggestions.length) {
    results.append(h('p', { class: 'message info' }, 'No line is suggested from these words: select the words that name both ends and what the line is, or add it with linkEntities.'));
    return;
  }
  const list = h('ol', { class: 'suggestions' });
  for (const s of suggestions) {
    const add = h('button', { type: 'button', class: 'add' }, 'Add to the scenario');
    add.addEventListener('click', () => void addSuggestion(ctx, scenario, document, s, add));
    list.append(h('li', { class: `suggestion basis-${s.basis}`, 'data-type': s.type, 'data-from': s.from.id, 'data-to': s.to.id },
      h('strong', {}, `${s.from.name}${s.from.existing ? '' : ' (new)'} ${words(s.type)} ${s.to.name}${s.to.existing ? '' : ' (new)'}`),
      ` · ${statusLabel[s.status]} · ${s.basis === 'STATED' ? 'stated' : 'inferred'} · ${Math.round(s.confidence * 100)}%`,
      h('p', { class: 'reading' }, s.basis === 'INFERRED' && s.rationale ? s.rationale : s.reading),
      h('blockquote', { class: 'quote' }, s.quote),
      s.section ? h('div', { class: 'section' }, `Section: ${s.section}`) : null,
      add));
  }
  results.append(list);
}

/**
 * Creates an entity in the scenario named by the selected words, citing them and the section they are in (as
 * suggestLines reports it), so that suggestions made afterwards know it by that name.
 */
async function nameSelection(ctx: ViewContext, scenario: string, document: string, text: HTMLElement, kind: string): Promise<void> {
  const quote = selectedWords(text);
  if (!quote) { ctx.message('Select the words that name the body or person first.', 'info'); return; }
  const name = quote.replace(/\s+/g, ' ');
  try {
    const where = (await run<{ suggestLines: Suggestions }>('ExplorerSuggest', { document, quote, scenario }, ctx.token)).suggestLines;
    const created = (await run<{ createEntity: WriteErrors & { entity: { id: string } | null } }>(
      'ExplorerCreateEntity', { id: null, kind, name, scenario, document, section: where.section ?? noSection, quote: name }, ctx.token)).createEntity;
    if (created.errors?.length || !created.entity) throw new ApiError(created.errors?.[0]?.message ?? `${name} could not be created.`, 'WRITE_REFUSED');
    ctx.message(`Named in the scenario: ${name}. Select the words that say its line and ask for suggestions again.`, 'info');
  } catch (e) {
    ctx.message(e instanceof ApiError ? e.message : `${name} could not be created.`);
  }
}

/** Creates any new end, then the line, in the scenario, citing the suggestion's words; the view is then drawn again. */
async function addSuggestion(ctx: ViewContext, scenario: string, document: string, s: Suggestion, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const source = { scenario, document, section: s.section ?? noSection, quote: s.quote };
  try {
    const ids: Record<string, string> = {};
    for (const end of [s.from, s.to]) {
      if (end.existing || ids[end.id]) continue;
      const created = (await run<{ createEntity: WriteErrors & { entity: { id: string } | null } }>(
        'ExplorerCreateEntity', { id: end.id, kind: end.kind, name: end.name, ...source }, ctx.token)).createEntity;
      if (created.errors?.length || !created.entity) throw new ApiError(created.errors?.[0]?.message ?? `${end.name} could not be created.`, 'WRITE_REFUSED');
      ids[end.id] = created.entity.id;
    }
    const linked = (await run<{ linkEntities: WriteErrors & { relationship: Line | null } }>('ExplorerLink', {
      from: ids[s.from.id] ?? s.from.id, to: ids[s.to.id] ?? s.to.id, type: s.type, status: s.status, statusNote: s.statusNote,
      basis: s.basis, rationale: s.rationale, mentions: s.mentions, ...source,
    }, ctx.token)).linkEntities;
    if (linked.errors?.length || !linked.relationship) throw new ApiError(linked.errors?.[0]?.message ?? 'The line could not be added.', 'WRITE_REFUSED');
    ctx.update({});
    ctx.message(`Added to the scenario: ${s.from.name} ${words(s.type)} ${s.to.name}, citing the selected words.`, 'info');
  } catch (e) {
    button.disabled = false;
    ctx.message(e instanceof ApiError ? e.message : 'The line could not be added.');
  }
}
