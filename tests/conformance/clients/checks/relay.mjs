// Relay's runtime without React, on operations compiled by relay-compiler: the store normalises by id,
// refetchable fragments go through Query.node(id:), and @connection merges cursor pages.
import { Environment, Network, RecordSource, Store, createOperationDescriptor, fetchQuery, getSelector } from 'relay-runtime';
import { equal, truthy } from './assert.mjs';

function environment(url) {
  const network = Network.create(async (operation, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: operation.text, variables }),
    });
    return response.json();
  });
  return new Environment({ network, store: new Store(new RecordSource()) });
}

function read(env, fragment, ref) {
  const snapshot = env.lookup(getSelector(fragment, ref));
  truthy(!snapshot.isMissingData, `${fragment.name} fully in the store`);
  return snapshot.data;
}

export function relayChecks(url, artifact) {
  return [
    ['a refetchable fragment is refetched through node(id:)', async () => {
      const env = environment(url);
      const query = artifact('ClientSmokeOrganisationQuery');
      const fragment = artifact('ClientSmoke_organisation');
      await fetchQuery(env, query, { id: 'bury-council' }).toPromise();
      const root = env.lookup(createOperationDescriptor(query, { id: 'bury-council' }).fragment).data;
      const organisation = read(env, fragment, root.entity.organisation);
      equal(organisation.name, 'Bury Council', 'name');
      truthy(organisation.areas.some((a) => a.id === 'bury'), 'areas');

      const refetch = artifact('ClientSmokeOrganisationRefetchQuery');
      truthy(refetch.params.text.includes('node(id: $id)'), 'the refetch query asks node(id:)');
      const response = await fetchQuery(env, refetch, { id: 'bury-council' }).toPromise();
      truthy(response.node, 'node(id:) answered');
      equal(read(env, fragment, root.entity.organisation).organisationType, organisation.organisationType, 'the same record after refetch');
    }],
    ['@connection pages merge in the store by cursor', async () => {
      const env = environment(url);
      const query = artifact('ClientSmokeBoardsQuery');
      const fragment = artifact('ClientSmoke_boards');
      const pagination = artifact('ClientSmokeBoardsPaginationQuery');
      await fetchQuery(env, query, { count: 3, cursor: null }).toPromise();
      const root = env.lookup(createOperationDescriptor(query, { count: 3, cursor: null }).fragment).data;
      const firstPage = read(env, fragment, root).boards;
      equal(firstPage.edges.length, 3, 'first page size');
      truthy(firstPage.pageInfo.hasNextPage, 'hasNextPage');

      await fetchQuery(env, pagination, { count: 3, cursor: firstPage.pageInfo.endCursor }).toPromise();
      const merged = read(env, fragment, root).boards;
      const names = merged.edges.map((e) => e.node.name);
      equal(names.length, 6, 'edges after the second page');
      equal(new Set(merged.edges.map((e) => e.node.id)).size, 6, 'distinct boards');
      equal([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })), names, 'order kept across pages');
    }],
  ];
}
