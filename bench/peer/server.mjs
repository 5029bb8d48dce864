// The graphql-js peer for the load benchmark (issue 8): graphql 16 + graphql-http on Node's http server,
// serving the API's own schema (SDL fetched from /graphql/schema.graphql) with resolvers for the benchmarked
// subset (accountabilityChain, orgChart, search, organisations) over the graph the API serves, exported as JSON.
//   node server.mjs --port 5100 --graph graph.json --schema schema.graphql
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLError } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { loadGraph } from './graph.mjs';
import { accountabilityChain, orgChart, search } from './traversals.mjs';
import { connection } from './connections.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};

const graph = loadGraph(arg('--graph', 'graph.json'));
const schema = buildSchema(readFileSync(arg('--schema', 'schema.graphql'), 'utf8'));

const typeNames = { ORGANISATION: 'Organisation', BOARD: 'Board', AREA: 'Area', PROGRAMME: 'Programme', PERSON: 'Person', SERVICE: 'Service', AGREEMENT: 'Agreement', FUNCTION: 'Function', DOCUMENT: 'Document', FUND: 'Fund' };
const notFound = (id) => new GraphQLError(`No entity has the id '${id}'.`, { extensions: { code: 'NOT_FOUND' } });

function resolve(typeName, fieldName, fn) {
  const type = schema.getType(typeName);
  type.getFields()[fieldName].resolve = fn;
}

for (const name of ['Node', 'Entity']) schema.getType(name).resolveType = (value) => (value.kind ? typeNames[value.kind] : 'Relationship');

resolve('Query', 'accountabilityChain', (_, args) => accountabilityChain(graph, args.from, args) ?? Promise.reject(notFound(args.from)));
resolve('Query', 'orgChart', (_, args) => orgChart(graph, args.root, args) ?? Promise.reject(notFound(args.root)));
resolve('Query', 'search', (_, args) => {
  if (args.first < 0 || args.first > 100) throw new GraphQLError('search(first:) must be between 0 and 100.', { extensions: { code: 'INVALID_ARGUMENT' } });
  return search(graph, args.text, args.kinds ? new Set(args.kinds) : null, args.first);
});
resolve('Query', 'organisations', (_, args) => connection(graph, 'ORGANISATION', args));
resolve('Query', 'entity', (_, args) => graph.byId.get(args.id) ?? null);

for (const typeName of Object.values(typeNames)) {
  resolve(typeName, 'aliases', (e) => e.aliases);
}
resolve('Organisation', 'organisationType', (e) => e.type ?? 'UNSPECIFIED');
resolve('Board', 'boardType', (e) => e.type ?? 'UNSPECIFIED');
resolve('Relationship', 'from', (r) => graph.byId.get(r.from));
resolve('Relationship', 'to', (r) => graph.byId.get(r.to));
resolve('OrgChartNode', 'id', (n) => n.id);

const handler = createHandler({ schema });
const port = Number(arg('--port', '5100'));
createServer((req, res) => {
  if (req.url === '/alive') {
    res.writeHead(200).end('ok');
    return;
  }
  handler(req, res);
}).listen(port, '127.0.0.1', () => console.log(`peer listening on http://127.0.0.1:${port}/graphql`));
