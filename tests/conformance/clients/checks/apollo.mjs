// Apollo Client (v4, no React) as its documentation sets it up: HttpLink + InMemoryCache with the
// possibleTypes it needs for fragments on interfaces, read from the server's introspection.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';
import { equal, truthy } from './assert.mjs';

async function possibleTypes(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __schema { types { kind name possibleTypes { name } } } }' }),
  });
  const { data } = await response.json();
  const result = {};
  for (const type of data.__schema.types) {
    if (type.possibleTypes) result[type.name] = type.possibleTypes.map((t) => t.name);
  }
  return result;
}

async function newClient(url) {
  return new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ possibleTypes: await possibleTypes(url) }) });
}

const CHAIN = gql`
  query Chain($from: ID!) {
    accountabilityChain(from: $from) {
      apexes { id name ...EntityBits }
      paths { length steps { relationship { id type status sources { section quote } } from { id name } to { id name } } }
    }
  }
  fragment EntityBits on Entity {
    kind
    ... on Organisation { organisationType }
    ... on Board { boardType }
  }
`;

export function apolloChecks(url) {
  return [
    ['a query with an interface fragment is answered and normalised by __typename and id', async () => {
      const client = await newClient(url);
      const { data, error } = await client.query({ query: CHAIN, variables: { from: 'bury-integrated-delivery-collaborative' } });
      equal(error, undefined, 'error');
      truthy(data.accountabilityChain.paths[0].steps.length > 0, 'steps');
      const apex = data.accountabilityChain.apexes[0];
      truthy(apex.kind, 'the apex kind (through the Entity fragment)');
      const cached = client.readFragment({ id: client.cache.identify(apex), fragment: gql`fragment A on Entity { id name }` });
      equal(cached?.name, apex.name, 'the apex read back from the normalised cache');
    }],
    ['a second identical query is served from the cache without a request', async () => {
      let requests = 0;
      const counting = (input, init) => { requests++; return fetch(input, init); };
      const client = new ApolloClient({ link: new HttpLink({ uri: url, fetch: counting }), cache: new InMemoryCache({ possibleTypes: await possibleTypes(url) }) });
      await client.query({ query: CHAIN, variables: { from: 'bury-integrated-delivery-collaborative' } });
      await client.query({ query: CHAIN, variables: { from: 'bury-integrated-delivery-collaborative' } });
      equal(requests, 1, 'HTTP requests');
    }],
    ['a GraphQL error reaches the client with its message and extensions.code', async () => {
      const client = await newClient(url);
      const { error } = await client.query({ query: CHAIN, variables: { from: 'no-such-body' }, errorPolicy: 'all' });
      truthy(CombinedGraphQLErrors.is(error), 'a CombinedGraphQLErrors');
      equal(error.errors[0].extensions.code, 'NOT_FOUND', 'extensions.code');
    }],
    ['automatic persisted queries: the hash first, the text once when unknown, then the hash alone (also over GET)', async () => {
      const sent = [];
      const recording = (input, init) => {
        const body = init?.body ? JSON.parse(init.body) : null;
        sent.push({ method: init?.method ?? 'GET', hasQuery: body ? typeof body.query === 'string' : String(input).includes('query=') });
        return fetch(input, init);
      };
      const sha256 = (text) => createHash('sha256').update(text).digest('hex');
      const QUERY = gql`query PersistedSmoke { entity(id: "gateshead-council") { id name } }`;
      const first = new ApolloClient({ link: new PersistedQueryLink({ sha256 }).concat(new HttpLink({ uri: url, fetch: recording })), cache: new InMemoryCache() });
      const a = await first.query({ query: QUERY });
      equal(a.data.entity.id, 'gateshead-council', 'first answer');
      equal(sent.map((s) => s.hasQuery), [false, true], 'hash only, then the text after PersistedQueryNotFound');
      sent.length = 0;
      const second = new ApolloClient({ link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recording })), cache: new InMemoryCache() });
      const b = await second.query({ query: QUERY });
      equal(b.data.entity.name, a.data.entity.name, 'answer by hash');
      equal(sent, [{ method: 'GET', hasQuery: false }], 'one GET with the hash alone');
    }],
    ['connections page with first / after and the cursor the server gave', async () => {
      const client = await newClient(url);
      const PAGE = gql`query Page($after: String) { organisations(first: 5, after: $after, order: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id name } } }`;
      const first = await client.query({ query: PAGE, variables: { after: null } });
      const second = await client.query({ query: PAGE, variables: { after: first.data.organisations.pageInfo.endCursor } });
      const ids = [...first.data.organisations.nodes, ...second.data.organisations.nodes].map((n) => n.id);
      equal(new Set(ids).size, 10, 'distinct organisations over two pages');
    }],
  ];
}
