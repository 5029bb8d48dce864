// urql's core client as its documentation sets it up, sending queries as GET requests (the
// GraphQL-over-HTTP GET form, which CDNs and browsers can cache).
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { equal, truthy } from './assert.mjs';

export function urqlChecks(url) {
  const methods = [];
  const recording = (input, init) => { methods.push(init?.method ?? 'GET'); return fetch(input, init); };
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: 'force', fetch: recording });
  return [
    ['a query with variables over GET', async () => {
      const result = await client.query(gql`query Search($text: String!) { search(text: $text, first: 3) { score entity { __typename id name } } }`, { text: 'gateshead' }).toPromise();
      equal(result.error, undefined, 'error');
      equal(methods.at(-1), 'GET', 'HTTP method');
      truthy(result.data.search.length > 0, 'search hits');
      equal(result.data.search[0].entity.id, 'gateshead', 'best hit');
    }],
    ['an org chart, and errors as a CombinedError with extensions', async () => {
      const chart = await client.query(gql`query Chart($root: ID!) { orgChart(root: $root) { nodes { id parentId entity { name } } } }`, { root: 'one-halton-provider-alliance' }).toPromise();
      equal(chart.error, undefined, 'error');
      truthy(chart.data.orgChart.nodes.length > 1, 'org chart nodes');
      const missing = await client.query(gql`query Missing { accountabilityChain(from: "no-such-body") { truncated } }`, {}).toPromise();
      equal(missing.error?.graphQLErrors?.[0]?.extensions?.code, 'NOT_FOUND', 'extensions.code');
    }],
  ];
}
