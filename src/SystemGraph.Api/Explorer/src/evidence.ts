// The evidence panel: every source of a line or an entity (document, section, verbatim quote, published date), and
// a document view that shows the paper's text with the quote highlighted when the server has the paper.
import { documentText } from './api';
import { clear, h } from './dom';
import { lineStyles } from './lineStyle';
import { statusLabel, type EntityDetail, type Line, type Source } from './model';

export class EvidencePanel {
  constructor(private readonly panel: HTMLElement, private readonly documentView: HTMLElement) {}

  showLine(line: Line, heading = 'Line'): void {
    this.showLines([line], heading);
  }

  /** One line, or every line between two nodes (each with its own facts and sources). */
  showLines(lines: Line[], heading = 'Line'): void {
    const first = lines[0];
    const title = `${lines.length > 1 ? `${lines.length} lines` : heading}: ${first.from.name} → ${first.to.name}`;
    const body: (Node | null)[] = [];
    for (const line of lines) {
      const dates = [line.validFrom && `from ${line.validFrom}`, line.validTo && `to ${line.validTo}`].filter(Boolean).join(' ');
      if (lines.length > 1) body.push(h('h3', {}, `${line.from.name} ${line.type.replace(/_/g, ' ').toLowerCase()} ${line.to.name}`));
      body.push(
        h('p', { class: 'line-facts', 'data-line': line.id },
          h('strong', {}, line.type.replace(/_/g, ' ').toLowerCase()), ' · ',
          h('span', { class: `status status-${line.status}` }, lineStyles[line.status].word),
          line.statusNote ? ` (“${line.statusNote}”)` : '',
          line.role ? ` · role: ${line.role}` : '',
          dates ? ` · ${dates}` : ''),
        line.basis ? h('p', { class: `basis basis-${line.basis}` }, line.basis === 'INFERRED'
          ? `Inferred: our reading of the cited passage, not the source's own words.${line.rationale ? ` ${line.rationale}` : ''}`
          : 'Stated: the quotes below say this line.') : null,
        line.lastEvidencedOn ? h('p', {}, `Last evidenced on ${line.lastEvidencedOn}.`) : null,
        this.sources(line.sources));
    }
    this.open(title, body.filter((n): n is Node => n !== null));
  }

  showEntity(entity: EntityDetail, extraLines: { heading: string; lines: Line[] }[]): void {
    const parts: Node[] = [
      h('p', {}, h('strong', {}, entity.kind.toLowerCase()),
        entity.validFrom || entity.validTo ? ` · valid ${entity.validFrom ?? '…'} to ${entity.validTo ?? '…'}` : ''),
    ];
    if (entity.description) parts.push(h('p', {}, entity.description));
    if (entity.aliases.length) parts.push(h('p', {}, `Also called: ${entity.aliases.join('; ')}`));
    parts.push(h('h3', {}, 'Sources for this entity'), this.sources(entity.sources));
    for (const group of extraLines) {
      if (!group.lines.length) continue;
      parts.push(h('h3', {}, group.heading));
      const list = h('ul', { class: 'link-list' });
      for (const line of group.lines) {
        const button = h('button', { type: 'button', class: 'link' },
          `${line.from.name} → ${line.to.name} (${line.type.replace(/_/g, ' ').toLowerCase()}, ${statusLabel[line.status]})`);
        button.addEventListener('click', () => this.showLine(line));
        list.append(h('li', {}, button));
      }
      parts.push(list);
    }
    this.open(entity.name, parts);
  }

  close(): void {
    this.panel.hidden = true;
    this.documentView.hidden = true;
  }

  private open(title: string, body: Node[]): void {
    clear(this.panel);
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the evidence panel' }, '×');
    close.addEventListener('click', () => this.close());
    const heading = h('h2', { tabindex: -1 }, title);
    this.panel.append(h('div', { class: 'panel-head' }, heading, close), ...body);
    this.panel.hidden = false;
    this.documentView.hidden = true;
    heading.focus();
  }

  private sources(sources: Source[]): HTMLElement {
    if (!sources.length) return h('p', { class: 'empty' }, 'No source is recorded for this.');
    const list = h('ol', { class: 'sources' });
    for (const src of sources) {
      const show = h('button', { type: 'button', class: 'link' }, 'Show in the document');
      show.addEventListener('click', () => void this.showDocument(src));
      list.append(h('li', { class: 'source' },
        h('div', { class: 'doc' }, h('strong', {}, src.document.title ?? src.document.name),
          src.document.publishedOn ? ` · published ${src.document.publishedOn}` : '',
          src.document.publisher ? ` · ${src.document.publisher}` : ''),
        src.section ? h('div', { class: 'section' }, `Section: ${src.section}`) : null,
        src.quote ? h('blockquote', { class: 'quote' }, src.quote) : h('p', { class: 'empty' }, 'No quote recorded.'),
        h('div', { class: 'file' }, `File: ${src.document.file || '(none)'} `, src.document.file ? show : null)));
    }
    return list;
  }

  private async showDocument(src: Source): Promise<void> {
    const view = this.documentView;
    clear(view);
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the document view' }, '×');
    close.addEventListener('click', () => { view.hidden = true; });
    const heading = h('h2', { tabindex: -1 }, src.document.name);
    view.append(h('div', { class: 'panel-head' }, heading, close));
    view.hidden = false;
    let text: string | null;
    try {
      text = await documentText(src.document.id);
    } catch {
      text = null;
    }
    if (text === null) {
      view.append(h('p', { class: 'message' }, 'The text of this document is not available on this server (only papers in its sources folder are).'));
      heading.focus();
      return;
    }
    const at = src.quote ? locate(text, src.quote) : null;
    const body = h('pre', { class: 'document-text' });
    if (at) {
      const mark = h('mark', { id: 'quote-mark' }, text.slice(at.start, at.end));
      body.append(text.slice(0, at.start), mark, text.slice(at.end));
      view.append(h('p', {}, src.section ? `Section ${src.section}; the quote is highlighted.` : 'The quote is highlighted.'), body);
      mark.scrollIntoView({ block: 'center' });
    } else {
      view.append(h('p', { class: 'message' }, 'The quote was not found word for word in this text.'), body);
      body.append(text);
    }
    heading.focus();
  }
}

/** Where the quote is in the text, ignoring differences of whitespace (papers wrap lines where quotes do not). */
export function locate(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return null;
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
