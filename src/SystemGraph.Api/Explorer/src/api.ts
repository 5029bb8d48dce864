// The explorer talks to /graphql as any client would: persisted operations in Apollo's protocol (the hash first,
// the text only when the server does not know the hash yet), variables as JSON, the standard error shape.
import { operations, type OperationName } from './operations.generated';

/** A failure the user can act on, with the API's stable error code when it gave one. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let endpoint = '/graphql';
export function setEndpoint(url: string): void {
  endpoint = url;
}

/** Runs one of the explorer's persisted operations; the token (if any) goes in the Authorization header. */
export async function run<T>(name: OperationName, variables: Record<string, unknown>, token?: string): Promise<T> {
  const { document, hash } = operations[name];
  const persisted = { persistedQuery: { version: 1, sha256Hash: hash } };
  let response = await post<T>({ operationName: name, variables, extensions: persisted }, token);
  if (response.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    response = await post<T>({ operationName: name, query: document, variables, extensions: persisted }, token);
  }
  if (response.errors?.length) {
    const first = response.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
  }
  if (!response.data) throw new ApiError('The API returned no data.', 'NO_DATA');
  return response.data;
}

async function post<T>(body: unknown, token?: string): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch {
    throw new ApiError('The API is not answering. Check that it is running, then try again.', 'API_UNREACHABLE');
  }
  const type = res.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    throw new ApiError(`The API answered HTTP ${res.status} without a GraphQL response.`, 'API_UNREACHABLE');
  }
  return (await res.json()) as GraphQLResponse<T>;
}

/** The text of a source document (only papers in the server's sources folder have one), or null. */
export async function documentText(documentId: string): Promise<string | null> {
  const data = await run<{ entity: { text?: string | null } | null }>('ExplorerDocument', { id: documentId });
  return data.entity?.text ?? null;
}
