// How a line looks, by status: a colour AND a dash pattern AND a word, so colour is never the only signal.
// Kept as SVG attributes (not CSS) so an exported SVG looks the same outside the page.
import type { Status } from './model';

export interface LineStyle { stroke: string; width: number; dash: string | null; word: string }

export const lineStyles: Record<Status, LineStyle> = {
  IN_FORCE: { stroke: '#1b5e20', width: 3, dash: null, word: 'In force' },
  AGREED: { stroke: '#0d47a1', width: 2, dash: null, word: 'Agreed' },
  DRAFT: { stroke: '#b34700', width: 2, dash: '9 4', word: 'Draft' },
  PROPOSED: { stroke: '#6a1b9a', width: 2, dash: '2 4', word: 'Proposed' },
  ENDED: { stroke: '#616161', width: 1.5, dash: '12 3 2 3', word: 'Ended' },
};

/** Compare view marks on a scenario's lines. */
export type Mark = 'added' | 'ended' | 'changed';
export const markWords: Record<Mark, string> = { added: '+ added', ended: '− ended', changed: '~ changed' };
export const markColours: Record<Mark, string> = { added: '#00796b', ended: '#c62828', changed: '#e65100' };
