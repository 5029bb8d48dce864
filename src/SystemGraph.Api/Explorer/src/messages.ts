// Plain words for the failures a user can cause or meet: never a blank screen or a console-only error.
import { ApiError } from './api';

export function describe(error: unknown, what: string): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'API_UNREACHABLE':
        return error.message;
      case 'AUTH_NOT_AUTHENTICATED':
        return 'The token was refused: it may have expired or been signed for another server. Paste a fresh token.';
      case 'AUTH_NOT_AUTHORIZED':
        return 'This token does not carry a role that may read scenarios (planner, editor or admin).';
      case 'NOT_FOUND':
      case 'ENTITY_NOT_FOUND':
        return `Nothing in the graph has the id in this link (${what}). Search for it by name instead.`;
      case 'RATE_LIMITED':
        return 'Too many requests for now: wait a minute and try again.';
      default:
        return `The API could not answer (${what}): ${error.message}`;
    }
  }
  return `Something went wrong (${what}): ${error instanceof Error ? error.message : String(error)}`;
}
