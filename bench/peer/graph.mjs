// The exported graph in memory, indexed as the embedded store indexes it: entities by id, each entity's
// lines by direction in the store's line order (type, from, to, id; ordinal), and a token index for search.
import { readFileSync } from 'node:fs';
import { fold, tokens } from './search-text.mjs';

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function lineOrder(a, b) {
  return a.typeRank - b.typeRank || ordinal(a.from, b.from) || ordinal(a.to, b.to) || ordinal(a.id, b.id);
}

export function isValidOn(item, date) {
  return (item.validFrom == null || item.validFrom <= date) && (item.validTo == null || date <= item.validTo);
}

export function loadGraph(file) {
  const { entities, relationships } = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map();
  const outbound = new Map();
  const inbound = new Map();
  const byToken = new Map();
  for (const entity of entities) {
    byId.set(entity.id, entity);
    const seen = new Set();
    for (const text of [entity.name, ...entity.aliases, entity.odsCode ?? '']) {
      for (const token of tokens(text)) {
        if (seen.has(token)) continue;
        seen.add(token);
        if (!byToken.has(token)) byToken.set(token, []);
        byToken.get(token).push(entity.id);
      }
    }
    entity.foldedName = fold(entity.name);
    entity.foldedAliases = entity.aliases.map(fold);
  }
  const push = (map, key, line) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(line);
  };
  for (const line of relationships) {
    push(outbound, line.from, line);
    push(inbound, line.to, line);
  }
  for (const list of [...outbound.values(), ...inbound.values()]) list.sort(lineOrder);
  return { entities, byId, outbound, inbound, byToken };
}

/** An entity's lines in a direction (OUTBOUND, INBOUND or BOTH) of the given types, valid on asOf when given, in line order. */
export function linesOf(graph, id, direction, types, asOf) {
  const pick = (list) => (list ?? []).filter((l) => (!types || types.has(l.type)) && (asOf == null || isValidOn(l, asOf)));
  const out = direction === 'INBOUND' ? [] : pick(graph.outbound.get(id));
  const inb = direction === 'OUTBOUND' ? [] : pick(graph.inbound.get(id)).filter((l) => !(l.from === l.to && out.some((o) => o.id === l.id)));
  return out.length && inb.length ? [...out, ...inb].sort(lineOrder) : out.length ? out : inb;
}
