// Deterministic mutations of the hand-written corpus: a seeded PRNG (mulberry32) picks, for each base document,
// a few textual edits that exercise the parser and the validation rules (dropped tokens, swapped names, wrong
// argument values, fragment cycles, unused and undefined variables, duplicated operations, misplaced and
// repeated directives, unbalanced braces). Same seed, same corpus.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = /"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[_A-Za-z][_0-9A-Za-z]*|\.\.\.|[!$&()[\]{}:=@|]/g;

function tokens(text) {
  const out = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const replaceAt = (text, tok, by) => text.slice(0, tok.start) + by + text.slice(tok.end);
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const isName = (t) => /^[_A-Za-z]/.test(t.text);
const KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null']);

// Each mutation returns the new text, or null when it does not apply to this document.
const MUTATIONS = {
  dropToken(text, rnd) {
    const toks = tokens(text);
    return toks.length ? replaceAt(text, pick(rnd, toks), '') : null;
  },
  duplicateToken(text, rnd) {
    const toks = tokens(text);
    if (!toks.length) return null;
    const t = pick(rnd, toks);
    return replaceAt(text, t, `${t.text} ${t.text}`);
  },
  swapNames(text, rnd) {
    const names = tokens(text).filter((t) => isName(t) && !KEYWORDS.has(t.text));
    if (names.length < 2) return null;
    const a = pick(rnd, names);
    const b = pick(rnd, names.filter((n) => n.text !== a.text));
    if (!b) return null;
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return text.slice(0, first.start) + second.text + text.slice(first.end, second.start) + first.text + text.slice(second.end);
  },
  renameField(text, rnd) {
    const names = tokens(text).filter((t) => isName(t) && !KEYWORDS.has(t.text));
    return names.length ? replaceAt(text, pick(rnd, names), pick(rnd, ['unknownField', 'name', 'id', 'Dog', 'pets', '__typename', 'dog'])) : null;
  },
  wrongArgumentValue(text, rnd) {
    const toks = tokens(text);
    const values = toks.filter((t, i) => i > 0 && toks[i - 1].text === ':' && toks[i + 1]?.text !== '{' && !/^[A-Z][a-z]/.test(t.text));
    if (!values.length) return null;
    return replaceAt(text, pick(rnd, values), pick(rnd, ['"text"', '42', '4.5', 'true', 'null', 'SIT', '[1, 2]', '{ name: "x" }', '$undefinedVar', 'UNKNOWN_ENUM', '[]']));
  },
  undefinedVariable(text, rnd) {
    const toks = tokens(text);
    const values = toks.filter((t, i) => i > 0 && toks[i - 1].text === ':' && /^(-?\d|"|true|false|[A-Z_]+$)/.test(t.text));
    return values.length ? replaceAt(text, pick(rnd, values), '$nowhere') : null;
  },
  unusedVariable(text) {
    const m = /\b(query|mutation|subscription)(\s+[_A-Za-z]\w*)?\s*\(/.exec(text);
    if (m) return text.slice(0, m.index + m[0].length) + '$unused: Int, ' + text.slice(m.index + m[0].length);
    const brace = text.indexOf('{');
    if (brace < 0 || /^\s*(fragment|type|schema|extend)/.test(text)) return null;
    return text.slice(0, brace) + 'query ($unused: String) ' + text.slice(brace);
  },
  duplicateOperation(text) {
    return text.trim() ? `${text}\n${text}` : null;
  },
  fragmentCycle(text, rnd, ctx) {
    const frag = /fragment\s+([_A-Za-z]\w*)\s+on\s+([_A-Za-z]\w*)\s*(@[^{]*)?\{/.exec(text);
    if (frag) {
      const at = frag.index + frag[0].length;
      return `${text.slice(0, at)} ...${frag[1]} ${text.slice(at)}`;
    }
    return `${text}\nfragment CycA on ${ctx.queryType} { ...CycB } fragment CycB on ${ctx.queryType} { __typename ...CycA }`;
  },
  misplacedDirective(text, rnd) {
    const spots = [
      [/\b(query|mutation|subscription)(\s+[_A-Za-z]\w*)?/, (m) => `${m} @skip(if: true)`],
      [/\bfragment\s+[_A-Za-z]\w*\s+on\s+[_A-Za-z]\w*/, (m) => `${m} @include(if: false)`],
      [/\{\s*([_A-Za-z]\w*)/, (m) => `${m} @deprecated`],
      [/\{\s*([_A-Za-z]\w*)/, (m) => `${m} @specifiedBy(url: "x")`],
      [/\{\s*([_A-Za-z]\w*)/, (m) => `${m} @unknownDirective`],
    ];
    const [re, f] = pick(rnd, spots);
    const m = re.exec(text);
    return m ? text.slice(0, m.index) + f(m[0]) + text.slice(m.index + m[0].length) : null;
  },
  repeatedDirective(text) {
    const m = /\{\s*([_A-Za-z]\w*)/.exec(text);
    return m ? text.slice(0, m.index + m[0].length) + ' @include(if: true) @include(if: false)' + text.slice(m.index + m[0].length) : null;
  },
  unbalance(text, rnd) {
    const braces = tokens(text).filter((t) => '{}()[]'.includes(t.text));
    return braces.length ? replaceAt(text, pick(rnd, braces), pick(rnd, ['', '{', '}', ')', ']'])) : null;
  },
  inlineFragmentOnWrongType(text, rnd) {
    const m = /\{\s*([_a-z]\w*)/.exec(text.slice(1));
    if (!m) return null;
    const at = 1 + m.index + m[0].length;
    return `${text.slice(0, at)} ... on ${pick(rnd, ['Dog', 'Cat', 'Book', 'Organisation', 'String', 'Nope'])} { __typename } ${text.slice(at)}`;
  },
};

const NAMES = Object.keys(MUTATIONS);

/** Derives `perDocument` mutants from each base document; reproducible for a given seed. */
export function mutate(documents, { seed, perDocument, queryType }) {
  const rnd = mulberry32(seed);
  const out = [];
  const seen = new Set(documents);
  for (const doc of documents) {
    let made = 0;
    for (let attempt = 0; attempt < perDocument * 4 && made < perDocument; attempt++) {
      const kind = pick(rnd, NAMES);
      const mutant = MUTATIONS[kind](doc, rnd, { queryType });
      if (mutant === null || seen.has(mutant)) continue;
      seen.add(mutant);
      out.push({ kind, text: mutant });
      made++;
    }
  }
  return out;
}
