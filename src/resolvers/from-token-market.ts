import type { GraphQLError } from 'graphql';
import { badInput } from './errors.js';

/**
 * `market: "from_token"` means the signed-in user's country: with the app's own token (no user)
 * Spotify answers 400, so the request is refused first. Answers the refusal (BAD_USER_INPUT), or
 * undefined when the call may go.
 */
export function fromTokenRefusal(
  isUser: boolean,
  options: { market?: unknown } | undefined,
): GraphQLError | undefined {
  if (isUser || options?.market !== 'from_token') return undefined;
  return badInput(
    'market "from_token" needs a signed-in user: sign in, or name a country such as "SE"',
    'market',
  );
}
