// What the tests ask the API directly: the facts to compare the page with, and the writes a test makes.
import { createHmac, randomBytes } from 'node:crypto';

export const signingKey = randomBytes(32).toString('hex');

/** A development token as `token mint` makes it: HS256 over the configured key, the API's issuer and audience. */
export function mintToken(sub, roles) {
  const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, role: roles, iss: 'systemgraph-development', aud: 'systemgraph', iat: now, nbf: now, exp: now + 3600 })}`;
  return `${body}.${createHmac('sha256', Buffer.from(signingKey, 'utf8')).update(body).digest('base64url')}`;
}

export function client(base) {
  return async function gql(query, variables = {}, token) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}
