// Hot Chocolate-style connections (where, order, first/after/last/before, totalCount) over one entity kind,
// as the API answers them: string comparisons case-sensitive in filters, case-insensitive in sorts, missing
// values last, ties by id; cursors are base64 of the position.
import { GraphQLError } from 'graphql';

const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const properties = { organisationType: 'type', boardType: 'type', agreementType: 'type' };
const value = (entity, field) => entity[properties[field] ?? field] ?? null;

function compare(actual, op, expected) {
  switch (op) {
    case 'eq': return actual === expected;
    case 'neq': return actual !== expected;
    case 'contains': return typeof actual === 'string' && actual.includes(expected);
    case 'ncontains': return !compare(actual, 'contains', expected);
    case 'startsWith': return typeof actual === 'string' && actual.startsWith(expected);
    case 'nstartsWith': return !compare(actual, 'startsWith', expected);
    case 'endsWith': return typeof actual === 'string' && actual.endsWith(expected);
    case 'nendsWith': return !compare(actual, 'endsWith', expected);
    case 'in': return Array.isArray(expected) && expected.includes(actual);
    case 'nin': return !compare(actual, 'in', expected);
    case 'gt': return actual != null && actual > expected;
    case 'gte': return actual != null && actual >= expected;
    case 'lt': return actual != null && actual < expected;
    case 'lte': return actual != null && actual <= expected;
    default: throw new GraphQLError(`Filtering with '${op}' is not supported by the peer.`);
  }
}

function matches(entity, where) {
  if (!where) return true;
  return Object.entries(where).every(([field, condition]) => {
    if (condition == null) return true;
    if (field === 'and') return condition.every((c) => matches(entity, c));
    if (field === 'or') return condition.some((c) => matches(entity, c));
    return Object.entries(condition).every(([op, expected]) => (expected == null && op !== 'eq' && op !== 'neq') || compare(value(entity, field), op, expected));
  });
}

function sortKeys(order) {
  const keys = (order ?? []).flatMap((item) => Object.entries(item).filter(([, d]) => d != null).map(([field, direction]) => ({ field, descending: direction === 'DESC' })));
  return keys.length > 0 ? keys : [{ field: 'name', descending: false }];
}

function compareValues(a, b) {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return typeof a === 'string' && typeof b === 'string' ? ordinal(a.toUpperCase(), b.toUpperCase()) : (a < b ? -1 : a > b ? 1 : 0);
}

const encode = (n) => Buffer.from(String(n)).toString('base64');
const decode = (cursor) => Number(Buffer.from(cursor, 'base64').toString('utf8'));

export function connection(graph, kind, args) {
  for (const [name, n] of [['first', args.first], ['last', args.last]]) {
    if (n != null && n > 50) throw new GraphQLError(`Requesting ${n} items exceeds the maximum page size of 50.`, { extensions: { code: 'PAGING_MAX_EXCEEDED' } });
    if (n != null && n < 0) throw new GraphQLError(`${name} must not be negative.`, { extensions: { code: 'INVALID_ARGUMENT' } });
  }
  const keys = sortKeys(args.order);
  const matched = graph.entities.filter((e) => e.kind === kind && matches(e, args.where)).sort((x, y) => {
    for (const { field, descending } of keys) {
      const a = value(x, field);
      const b = value(y, field);
      const c = compareValues(a, b);
      if (c !== 0) return a == null || b == null ? c : descending ? -c : c;
    }
    return ordinal(x.id, y.id);
  });
  const total = matched.length;
  let start = args.after != null ? decode(args.after) + 1 : 0;
  let end = args.before != null ? Math.min(decode(args.before), total) : total;
  start = Math.min(Math.max(start, 0), total);
  end = Math.max(start, end);
  let first = args.first;
  if (first == null && args.last == null) first = 10;
  if (first != null) end = Math.min(end, start + first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const items = matched.slice(start, end);
  return {
    totalCount: total,
    nodes: items,
    edges: items.map((node, i) => ({ cursor: encode(start + i), node })),
    pageInfo: { hasNextPage: start + items.length < total, hasPreviousPage: start > 0, startCursor: items.length ? encode(start) : null, endCursor: items.length ? encode(start + items.length - 1) : null },
  };
}
