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
 * A request's Accept as negotiation reads it: absent or blank accepts every type (as yoga reads it), and each
 * range keeps only its `charset` and `q` parameters (yoga ignores every other one; negotiator would
 * require the offered type to carry them).
 */
function acceptOf(request: Request): string {
  const accept = request.headers.get('accept');
  if (accept === null || accept.trim() === '') return '*/*';
  return accept
    .split(',')
    .map((range) => {
      const [type = '', ...parameters] = range.split(';');
      const kept = parameters.filter((parameter) => /^\s*(charset|q)\s*=/i.test(parameter));
      return [type, ...kept].join(';');
    })
    .join(',');
}

/** Whether `request`'s Accept admits one of `offered` (RFC 9110 section 12.5.1: q=0 refuses a range). */
function admits(request: Request, offered: readonly string[]): boolean {
  const negotiator = new Negotiator({ headers: { accept: acceptOf(request) } });
  return negotiator.mediaTypes([...offered]).length > 0;
}

/** Whether a request's Accept names a type any answer of the server could have (JSON, SSE, multipart). */
export function acceptsAnyAnswer(request: Request): boolean {
  return admits(request, ANY_ANSWER_TYPES);
}

/** Whether a request's Accept names a stream (SSE), the only way a subscription is answered over HTTP. */
export function acceptsStream(request: Request): boolean {
  return admits(request, STREAM_TYPES);
}
