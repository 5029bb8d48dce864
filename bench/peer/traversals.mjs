// The headline traversals, written from the API's documented behaviour (accountability chains: every simple
// path level by level, shortest first; org charts: breadth-first, each node once under its nearest parent;
// search: the same ranking), so both servers give the same answers and the benchmark compares like with like.
import { linesOf, isValidOn } from './graph.mjs';
import { fold } from './search-text.mjs';

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const ACCOUNTABILITY = new Set(['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY']);
const ORG_CHART_DEFAULT = new Set(['ACCOUNTABLE_TO', 'REPORTS_TO', 'HELD_TO_ACCOUNT_BY', 'MEMBER_OF']);
const FIRM = new Set(['AGREED', 'IN_FORCE', 'ENDED']);

const counts = (line, includeProposed, asOf) => (includeProposed || FIRM.has(line.status)) && (line.status !== 'ENDED' || asOf != null);
const entityCounts = (entity, asOf) => entity != null && (asOf == null || isValidOn(entity, asOf));

export function accountabilityChain(graph, rootId, { asOf = null, maxDepth = 12, includeProposed = true, maxPaths = 1000 } = {}) {
  const root = graph.byId.get(rootId);
  if (!root) return null;
  const finished = [];
  let open = [[]];
  const apexIds = new Set();
  let truncated = false;
  for (let depth = 0; open.length > 0; depth++) {
    const lines = new Map();
    const extended = [];
    for (const path of open) {
      const end = path.length === 0 ? rootId : path[path.length - 1].next;
      if (!lines.has(end)) lines.set(end, linesOf(graph, end, 'OUTBOUND', ACCOUNTABILITY, asOf));
      const onPath = new Set(path.map((s) => s.next));
      onPath.add(rootId);
      const steps = lines.get(end)
        .filter((l) => counts(l, includeProposed, asOf))
        .map((l) => ({ line: l, next: l.to }))
        .filter((s) => entityCounts(graph.byId.get(s.next), asOf));
      if (steps.length === 0) apexIds.add(end);
      const forward = steps.filter((s) => !onPath.has(s.next));
      if (forward.length === 0) {
        if (path.length > 0) finished.push(path);
        continue;
      }
      if (depth >= maxDepth) {
        truncated = true;
        finished.push(path);
        continue;
      }
      for (const step of forward) extended.push([...path, step]);
    }
    if (finished.length + extended.length > maxPaths) {
      truncated = true;
      extended.length = Math.max(0, maxPaths - finished.length);
    }
    open = extended;
  }

  const paths = finished.map((path) => {
    let current = rootId;
    const steps = path.map(({ line, next }) => {
      const step = { from: graph.byId.get(current), relationship: line, to: graph.byId.get(next) };
      current = next;
      return step;
    });
    return { length: steps.length, steps, key: path.map((s) => s.line.id).join('/') };
  }).sort((a, b) => a.length - b.length || ordinal(a.key, b.key));
  const edges = [...new Map(paths.flatMap((p) => p.steps.map((s) => [s.relationship.id, s.relationship]))).values()].sort((a, b) => ordinal(a.id, b.id));
  const nodes = [...new Map([root, ...paths.flatMap((p) => p.steps.flatMap((s) => [s.from, s.to]))].map((e) => [e.id, e])).values()];
  const apexes = [...apexIds].filter((id) => id !== rootId || paths.length === 0).map((id) => graph.byId.get(id)).sort((a, b) => ordinal(a.id, b.id));
  return { root, paths, graph: { nodes, edges }, apexes, truncated };
}

export function orgChart(graph, rootId, { via = null, direction = 'INBOUND', depth: maxDepth = 3, asOf = null, maxNodes = 2000 } = {}) {
  const root = graph.byId.get(rootId);
  if (!root) return null;
  const types = via ? new Set(via) : ORG_CHART_DEFAULT;
  const placed = new Map([[rootId, { parent: null, depth: 0, via: null }]]);
  const order = [rootId];
  const allLines = new Map();
  let frontier = [rootId];
  let truncated = false;
  const other = (line, id) => (line.from === id ? line.to : line.from);
  for (let depth = 1; frontier.length > 0; depth++) {
    const lines = new Map(frontier.map((id) => [id, linesOf(graph, id, direction, types, asOf)]));
    if (depth > maxDepth) {
      for (const parent of frontier) {
        for (const line of lines.get(parent)) {
          if (!counts(line, true, asOf)) continue;
          if (placed.has(other(line, parent))) allLines.set(line.id, line);
          else truncated = true;
        }
      }
      break;
    }
    const candidates = [];
    for (const parent of [...frontier].sort(ordinal)) {
      for (const line of lines.get(parent)) {
        if (!counts(line, true, asOf)) continue;
        allLines.set(line.id, line);
        candidates.push({ child: other(line, parent), parent, line });
      }
    }
    const next = [];
    for (const { child, parent, line } of candidates) {
      if (placed.has(child) || !entityCounts(graph.byId.get(child), asOf)) continue;
      if (placed.size >= maxNodes) {
        truncated = true;
        break;
      }
      placed.set(child, { parent, depth, via: line });
      order.push(child);
      next.push(child);
    }
    frontier = next;
  }
  const childCounts = new Map();
  for (const { parent } of placed.values()) if (parent != null) childCounts.set(parent, (childCounts.get(parent) ?? 0) + 1);
  const nodes = order.map((id) => ({ id, parentId: placed.get(id).parent, depth: placed.get(id).depth, entity: graph.byId.get(id), via: placed.get(id).via, childCount: childCounts.get(id) ?? 0 }));
  const treeLines = new Set([...placed.values()].filter((p) => p.via).map((p) => p.via.id));
  const edges = [...allLines.values()].filter((l) => !treeLines.has(l.id) && placed.has(l.from) && placed.has(l.to)).sort((a, b) => ordinal(a.id, b.id));
  return { root, nodes, edges, truncated };
}

function score(candidate, query, words, isName) {
  if (candidate.length === 0) return 0;
  if (candidate === query) return isName ? 100 : 90;
  if (candidate.startsWith(query)) return isName ? 70 : 60;
  const candidateWords = candidate.split(' ');
  if (words.every((w) => candidateWords.some((c) => c.startsWith(w)))) return isName ? 50 : 40;
  return candidate.includes(query) ? (isName ? 20 : 15) : 0;
}

const ignoreCase = (a, b) => ordinal(a.toUpperCase(), b.toUpperCase());

export function search(graph, text, kinds, limit) {
  const query = fold(text);
  const words = query.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || limit <= 0) return [];
  const candidates = new Set();
  for (const [token, ids] of graph.byToken) {
    if (token.startsWith(words[0]) || (words.length === 1 && token.includes(words[0]))) for (const id of ids) candidates.add(id);
  }
  const hits = [];
  for (const id of candidates) {
    const entity = graph.byId.get(id);
    if (!entity || (kinds && !kinds.has(entity.kind))) continue;
    let best = Math.max(score(entity.foldedName, query, words, true), ...entity.foldedAliases.map((a) => score(a, query, words, false)), 0);
    if (entity.odsCode && fold(entity.odsCode) === query) best = Math.max(best, 95);
    if (best > 0) hits.push({ entity, score: best });
  }
  return hits
    .sort((a, b) => b.score - a.score || a.entity.name.length - b.entity.name.length || ignoreCase(a.entity.name, b.entity.name) || ordinal(a.entity.id, b.entity.id))
    .slice(0, limit);
}
