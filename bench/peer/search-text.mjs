// Search folding as the API does it: lower case, accents removed, "&" read as "and", anything else that is
// not a letter or digit as a word break.
const specials = new Map([['æ', 'ae'], ['œ', 'oe'], ['ß', 'ss'], ['ø', 'o'], ['đ', 'd'], ['ł', 'l'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i']]);

function foldChar(c) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return null;
  if (c === '&') return 'and';
  if (specials.has(c)) return specials.get(c);
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  return base.length === 1 && base >= 'a' && base <= 'z' ? base : undefined;
}

export function fold(text) {
  if (!text) return '';
  let out = '';
  let pendingSpace = false;
  for (const raw of text) {
    const c = raw.toLowerCase();
    const piece = c.length === 1 ? foldChar(c) : undefined;
    if (piece === undefined) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace || (piece === 'and' && out.length > 0)) {
      out += ' ';
      pendingSpace = false;
    }
    if (piece === null) out += c;
    else {
      out += piece;
      pendingSpace = piece === 'and';
    }
  }
  return out;
}

export const tokens = (text) => fold(text).split(' ').filter((t) => t.length > 0);
