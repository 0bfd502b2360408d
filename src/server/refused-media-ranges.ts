import type { IncomingMessage } from 'node:http';

/**
 * `Accept` media ranges with `q=0` are "not acceptable" (RFC 9110 section 12.5.1), but yoga's
 * negotiation ignores q: `Accept: text/event-stream;q=0` got a stream. This drops such ranges from the
 * request's Accept before yoga reads it, so yoga (and the 406 of library-refusals.ts) sees only what
 * the client accepts.
 */

/** A media range's parameters say `q=0` (0, 0.0, 0.00, 0.000). */
function refused(range: string): boolean {
  return range
    .split(';')
    .slice(1)
    .some((parameter) => /^\s*q\s*=\s*0(\.0{0,3})?\s*$/i.test(parameter));
}

/**
 * Drops the `q=0` ranges from `req`'s Accept header (in place). Answers the 406 message when every
 * range was refused (nothing left to answer with), else undefined.
 */
export function dropRefusedMediaRanges(req: IncomingMessage): string | undefined {
  const accept = req.headers.accept;
  if (accept === undefined || !/q\s*=\s*0/i.test(accept)) return undefined;
  const ranges = accept.split(',');
  const kept = ranges.filter((range) => !refused(range));
  if (kept.length === ranges.length) return undefined;
  if (kept.length === 0)
    return (
      `Accept ${JSON.stringify(accept.slice(0, 100))} refuses every type (q=0): send Accept: ` +
      'application/graphql-response+json or application/json (text/event-stream for a subscription)'
    );
  req.headers.accept = kept.join(',');
  return undefined;
}
