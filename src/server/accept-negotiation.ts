import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

/**
 * The response types graphql-yoga's result processors answer with (its useResultProcessors): one
 * result as JSON (either GraphQL over HTTP type), a stream as SSE, and for a query or mutation also
 * multipart. A subscription's stream has only SSE (yoga's list for subscriptions has no multipart).
 * yoga takes a range's `charset` only when it is utf-8: offered with that charset, a range naming
 * another does not match (negotiator compares a range's parameters with the offered type's).
 */
const JSON_TYPES = ['application/graphql-response+json;charset=utf-8', 'application/json;charset=utf-8'];
const STREAM_TYPES = ['text/event-stream;charset=utf-8'];
const ANY_ANSWER_TYPES = [...JSON_TYPES, ...STREAM_TYPES, 'multipart/mixed;charset=utf-8'];

/**
 * An Accept value as negotiation reads it: absent or blank accepts every type (as yoga reads it), and each
 * range keeps only its `charset` and `q` parameters (yoga ignores every other one; negotiator would
 * require the offered type to carry them).
 */
function acceptOf(accept: string): string {
  if (accept.trim() === '') return '*/*';
  return accept
    .split(',')
    .map((range) => {
      const [type = '', ...parameters] = range.split(';');
      const kept = parameters.filter((parameter) => /^\s*(charset|q)\s*=/i.test(parameter));
      return [type, ...kept].join(';');
    })
    .join(',');
}

/** What an Accept value admits: any answer of the server (JSON, SSE, multipart), a stream (SSE). */
interface Admitted {
  anyAnswer: boolean;
  stream: boolean;
}

/** Whether `accept` admits one of `offered` (RFC 9110 section 12.5.1: q=0 refuses a range). */
function admits(accept: string, offered: readonly string[]): boolean {
  const negotiator = new Negotiator({ headers: { accept } });
  return negotiator.mediaTypes([...offered]).length > 0;
}

/** How many distinct Accept values keep their verdicts (clients send a handful; each entry is small). */
const ACCEPT_CACHE_ENTRIES = 256;
/** Longest Accept value whose verdicts are kept, in characters; a longer one is negotiated every time. */
const MAX_CACHED_ACCEPT = 512;

/**
 * The verdicts per Accept text, so that a request does not build a Negotiator and split its header
 * each time (clients send the same few values). Bounded in entries and in each key's length.
 */
const admittedByAccept = new LRUCache<string, Admitted>({ max: ACCEPT_CACHE_ENTRIES });

/** What `request`'s Accept admits (absent counts as blank: every type). */
function admittedBy(request: Request): Admitted {
  const raw = request.headers.get('accept') ?? '';
  const known = admittedByAccept.get(raw);
  if (known !== undefined) return known;
  const accept = acceptOf(raw);
  const verdict = { anyAnswer: admits(accept, ANY_ANSWER_TYPES), stream: admits(accept, STREAM_TYPES) };
  if (raw.length <= MAX_CACHED_ACCEPT) admittedByAccept.set(raw, verdict);
  return verdict;
}

/** Whether a request's Accept names a type any answer of the server could have (JSON, SSE, multipart). */
export function acceptsAnyAnswer(request: Request): boolean {
  return admittedBy(request).anyAnswer;
}

/** Whether a request's Accept names a stream (SSE), the only way a subscription is answered over HTTP. */
export function acceptsStream(request: Request): boolean {
  return admittedBy(request).stream;
}
