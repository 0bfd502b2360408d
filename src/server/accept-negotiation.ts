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

/** The two JSON types of GraphQL over HTTP. */
export type JsonType = 'application/graphql-response+json' | 'application/json';

/**
 * What an Accept value admits: any answer of the server (JSON, SSE, multipart), a stream (SSE), and
 * the JSON type its q-values prefer (undefined when they rate both alike: see preferredJsonOf).
 */
interface Admitted {
  anyAnswer: boolean;
  stream: boolean;
  json: JsonType | undefined;
}

/** A media range of an Accept value (as acceptOf gives it): its type, subtype, charset and q. */
interface MediaRange {
  type: string;
  subtype: string;
  charset: string | undefined;
  q: number;
}

/** The ranges of `accept` (acceptOf's form); a q that is no number in [0, 1] counts as 1, as yoga ignores it. */
function rangesOf(accept: string): MediaRange[] {
  return accept.split(',').map((text) => {
    const [media = '', ...parameters] = text.split(';');
    const [type = '', subtype = ''] = media.trim().toLowerCase().split('/');
    const value = (name: string) =>
      parameters
        .map((parameter) => parameter.split('='))
        .find(([key]) => key?.trim().toLowerCase() === name)?.[1]
        ?.trim()
        .toLowerCase();
    const q = Number(value('q') ?? '1');
    return { type, subtype, charset: value('charset'), q: q >= 0 && q <= 1 ? q : 1 };
  });
}

/**
 * The q-value `ranges` give `type/subtype` (answered in utf-8): that of the most specific range that
 * matches it (`type/subtype` before `type/*` before `*\/*`, the first of equals; a range naming another
 * charset does not match), 0 when none does (RFC 9110 section 12.5.1).
 */
function qualityOf(ranges: readonly MediaRange[], type: string, subtype: string): number {
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    if (range.charset !== undefined && range.charset !== 'utf-8') continue;
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (specificity >= 0 && (best === undefined || specificity > best.specificity))
      best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

/**
 * The JSON type an Accept value (acceptOf's form) prefers by its q-values, as GraphQL over HTTP asks
 * ("the highest priority media type listed that is supported by the server"): the one of the two
 * with the higher q (`application/json;q=1, application/graphql-response+json;q=0.1` is JSON, so a
 * request error is a 200), each rated by its most specific range (`application/*;q=0.5,
 * application/json;q=0.1` prefers application/graphql-response+json). Undefined when both are rated
 * alike (then yoga's rule stands: the first listed) or neither is acceptable.
 */
function preferredJsonOf(accept: string): JsonType | undefined {
  if (!/;\s*q\s*=/i.test(accept)) return undefined;
  const ranges = rangesOf(accept);
  const graphql = qualityOf(ranges, 'application', 'graphql-response+json');
  const json = qualityOf(ranges, 'application', 'json');
  if (graphql === json) return undefined;
  return graphql > json ? 'application/graphql-response+json' : 'application/json';
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
  const verdict = {
    anyAnswer: admits(accept, ANY_ANSWER_TYPES),
    stream: admits(accept, STREAM_TYPES),
    json: preferredJsonOf(accept),
  };
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

/**
 * The JSON type a request's Accept prefers by its q-values, when they rate the two differently (see
 * preferredJsonOf); undefined when yoga's own choice (the first listed) stands.
 */
export function preferredJsonType(request: Request): JsonType | undefined {
  return admittedBy(request).json;
}
