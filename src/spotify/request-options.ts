/**
 * The options of one Web API call, the one shape both the client's generic request path and the
 * endpoint groups (through `RequestExecutor`) take.
 */
import type { SpotifyAuthorisationToken } from './token.js';

/**
 * Options of one call: the endpoint's parameters in camelCase, plus the token to use. Undefined values
 * are allowed and left out, so callers can pass optional arguments straight through.
 */
export type RequestOptions = Record<string, unknown> & {
  authToken?: SpotifyAuthorisationToken | undefined;
  market?: string | undefined;
  /** Aborts the call: no further attempt is sent and the one on the wire is cut (SpotifyError ABORTED). */
  signal?: AbortSignal | undefined;
  /**
   * Epoch ms after which the call is of no use (the caller's deadline; default: the one noted on
   * `signal`, see src/spotify/deadlines.ts). A wait that would end after it is not made: a rate-limit
   * pause or a 429's Retry-After fails at once with RateLimitExceeded (`retryAfter` in s), a retry's
   * back-off gives up with the last failure.
   */
  deadline?: number | undefined;
  /**
   * Told the fresh token when the client renewed `authToken` during this call, so a caller that polls
   * with its own token (the player pollers) keeps using the fresh one.
   */
  onTokenRenewed?: ((fresh: SpotifyAuthorisationToken) => void) | undefined;
  /**
   * False: a 429 (or the client's rate-limit pause) fails the call at once with RateLimitExceeded
   * instead of being waited out and repeated, for a caller that retries on a schedule of its own after
   * Spotify's Retry-After (the player pollers). Default true (see TransportRequest.waitOutRateLimit).
   */
  waitOutRateLimit?: boolean | undefined;
  /**
   * For a call that changes an existing playlist: its visibility (true: public), when the caller
   * already knows it. Never sent: it only names the one modify scope a missing-scope 403 is about
   * (playlist-modify-public or playlist-modify-private); unknown, the refusal names both with the
   * visibility each goes with.
   */
  playlistPublic?: boolean | undefined;
  /**
   * True: the answer is returned as it passed the outline every answer must have (checkAnswerShape),
   * without the check of what the method promises beyond it (checkPromisedShape: a page's `items`,
   * the devices, a profile's `id`), for a caller that reads each part of an answer itself and keeps
   * the parts it can use (the GraphQL server: a field per part, a poller's last list). The answer's
   * type then says what was promised, not what came: read each part defensively. Default false: an
   * answer missing what it promises is SpotifyAPIError BAD_RESPONSE. Never sent.
   */
  partialAnswers?: boolean | undefined;
  /**
   * Asked before the call is sent to Spotify again (a retry after a 5xx, an unreadable answer or a
   * lost connection; a 429 waited out): false, and it is not, the failure it has is its answer. For a
   * caller that bounds the HTTP requests it causes, each repeat counted when it answers true (the
   * GraphQL server's per-request allowance, MAX_QUERY_COST). Never sent. Default: repeat as the
   * client's retry settings allow.
   */
  beforeRepeat?: (() => boolean) | undefined;
};
