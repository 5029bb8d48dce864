// Relay operations compiled by relay-compiler against the schema the API serves (build/schema.graphql).
// Nothing imports this file at run time: smoke.mjs loads the generated artifacts from build/__generated__.
import { graphql } from 'relay-runtime';

// A query spreading a refetchable fragment on a narrower type (hence @alias, which Relay requires there):
// Relay refetches the fragment through Query.node(id:).
graphql`
  query ClientSmokeOrganisationQuery($id: ID!) {
    entity(id: $id) {
      ...ClientSmoke_organisation @alias(as: "organisation")
    }
  }
`;

graphql`
  fragment ClientSmoke_organisation on Organisation @refetchable(queryName: "ClientSmokeOrganisationRefetchQuery") {
    id
    name
    organisationType
    areas { id name level }
  }
`;

// Cursor pagination with @connection: Relay adds edges.cursor, node.__typename and pageInfo itself and
// merges the pages it fetches in its store.
graphql`
  query ClientSmokeBoardsQuery($count: Int!, $cursor: String) {
    ...ClientSmoke_boards @arguments(count: $count, cursor: $cursor)
  }
`;

graphql`
  fragment ClientSmoke_boards on Query
  @refetchable(queryName: "ClientSmokeBoardsPaginationQuery")
  @argumentDefinitions(count: { type: "Int!" }, cursor: { type: "String" }) {
    boards(first: $count, after: $cursor, order: [{ name: ASC }]) @connection(key: "ClientSmoke_boards") {
      totalCount
      edges { node { id name } }
    }
  }
`;
