import Negotiator from 'negotiator';

/**
 * Whether an answer should be an HTML page rather than the route's other answers: one rule for every
 * route that answers people and programs alike (`/auth/*`, `GET /`, GraphiQL at `/graphql`).
 */

/** A qvalue (RFC 9110 section 12.4.2): 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
/** A media range's `type/subtype` (RFC 9110 section 5.6.2 tokens, `*` among them). */
const MEDIA_RANGE = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/i;

/**
 * One media range of an Accept value in the form negotiation reads: `type/subtype`, its `charset`
 * when it names one (every answer here is utf-8; a range naming another charset matches none), and
 * its q. Other parameters are dropped (no answer here has any; yoga ignores them too). Undefined for
 * a range that is malformed: no `type/subtype`, or a q that is no qvalue (`q=2`, `q=abc`, `q=.5`):
 * such a range is ignored, as if not listed, so it makes nothing acceptable nor preferred.
 * Names and `=` may have whitespace around them and any case (`TEXT/HTML ; Q = 0`).
 */
function normalRange(range: string): string | undefined {
  const [media = '', ...parameters] = range.split(';');
  const type = media.trim().toLowerCase();
  if (!MEDIA_RANGE.test(type)) return undefined;
  let q = '1';
  let charset: string | undefined;
  for (const parameter of parameters) {
    const at = parameter.indexOf('=');
    const name = (at < 0 ? parameter : parameter.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : parameter.slice(at + 1).trim();
    if (name === 'q') {
      if (!QVALUE.test(value)) return undefined;
      q = value;
    } else if (name === 'charset') charset = value.replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return `${type}${charset === undefined ? '' : `;charset=${charset}`};q=${q}`;
}

/**
 * Whether `accept` (a request's Accept header; several headers arrive joined by commas) prefers
 * `text/html` to each of `others` (the route's other answer types, most preferred first), by RFC
 * 9110 section 12.5.1: each type is rated by the most specific range that matches it (`text/html`
 * before `text/*` before `*\/*`); q=0 means not acceptable; the higher q wins. Ties (alike q, as
 * under `*\/*` or no q at all) go to the range listed first in Accept, then to `others` before HTML:
 * `text/html, application/json` is HTML, `application/json, text/html`, `*\/*` and `text/*` (with a
 * text type among `others`) are not, as Apollo Server's landing page and express-graphql decide
 * (both by negotiator, HTML offered last). Absent or blank Accept, or one with no valid range,
 * is not HTML: the page is for a client that asks for it. Malformed ranges: see normalRange.
 */
export function prefersHtml(accept: string | undefined, others: readonly string[]): boolean {
  if (accept === undefined) return false;
  const ranges = accept
    .split(',')
    .map(normalRange)
    .filter((range) => range !== undefined);
  if (ranges.length === 0) return false;
  const offered = [...others, 'text/html'].map((type) => `${type};charset=utf-8`);
  const negotiator = new Negotiator({ headers: { accept: ranges.join(',') } });
  return negotiator.mediaType(offered) === 'text/html;charset=utf-8';
}
