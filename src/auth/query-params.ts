/**
 * The query parameters of the /auth routes, read one way for all of them. Names are case-sensitive
 * (as URLSearchParams and Spotify's own endpoints read them); a parameter a route does not know is
 * ignored (a cache-buster, a tracking tag), except a near miss of one it knows (`OPTIONAL`,
 * `optional[]`, `return_to`, a name with a BOM or spaces): that is refused with 400 naming the right
 * spelling, since ignoring it silently answers as if the parameter was not given (Stripe's API
 * refuses so too, with "did you mean"). A known parameter given more than once must say one thing.
 */

import { quoteSetting } from '../spotify/quoted-input.js';

/** A query parameter the route cannot read: answered 400 BAD_REQUEST with this message. */
export class QueryParameterError extends Error {}

/**
 * A parameter name as near-miss detection compares it: without a trailing `[...]` (PHP's and qs's array
 * spelling: `optional[]`, `optional[0]`), lower case, ASCII letters and digits only.
 */
const looseName = (name: string): string =>
  name
    .replace(/\[[^\]]*\]\s*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * `name` for a message: quoted and bounded as every refused input is (quoteSetting), with each
 * character outside printable ASCII escaped (`\u202e`, a BOM, U+2028), so that a name cannot reorder or
 * break the message it is shown in (s44 attack 2).
 */
const quoted = (name: string): string => quoteSetting(name);

/**
 * Checks `url`'s query against the names its route reads (`known`): throws QueryParameterError for a
 * name that is a near miss of one of them (equal to it once case, punctuation, brackets and
 * non-ASCII are set aside, without being it), or for a known name given more than once with values
 * that differ (`returnTo=/a&returnTo=/b`: which one was meant?). Other names are ignored.
 */
export function checkQueryNames(url: URL, known: readonly string[], booleans: readonly string[] = []): void {
  const loose = new Map(known.map((name) => [looseName(name), name]));
  for (const name of new Set(url.searchParams.keys())) {
    if (known.includes(name)) {
      const values = url.searchParams.getAll(name);
      if (!booleans.includes(name) && new Set(values).size > 1) {
        throw new QueryParameterError(
          `The ${name} parameter is given more than once, with values that disagree`,
        );
      }
      continue;
    }
    const meant = loose.get(looseName(name));
    if (meant !== undefined) {
      throw new QueryParameterError(
        `Unknown query parameter ${quoted(name)}: did you mean ${meant}? (parameter names are case-sensitive)`,
      );
    }
  }
}

/** The words a boolean parameter takes (in any case, ASCII whitespace around them trimmed). */
const TRUE_WORDS = new Set(['', '1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** `value` with ASCII whitespace (tab, LF, FF, CR, space) trimmed: no BOM, no Unicode space. */
const asciiTrimmed = (value: string): string => value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

/**
 * Whether `url` turns the boolean parameter `name` on: absent is false, a bare `?name` true; each
 * value must be one of `true`, `1`, `yes`, `on` or `false`, `0`, `no`, `off` in any ASCII case with
 * only ASCII whitespace around it (`%EF%BB%BFtrue`, a BOM, or `%E2%80%83true`, an em space, is none),
 * and all must agree; else QueryParameterError naming the parameter and the accepted words (the value
 * itself is not echoed).
 */
export function booleanParam(url: URL, name: string): boolean {
  const read = url.searchParams.getAll(name).map((raw) => {
    const value = asciiTrimmed(raw);
    if (!/^[A-Za-z0-9]*$/.test(value)) return undefined;
    const word = value.toLowerCase();
    return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
  });
  if (read.includes(undefined)) {
    throw new QueryParameterError(
      `The ${name} parameter must be true or false (or 1/0, yes/no, on/off; a bare ?${name} is true)`,
    );
  }
  if (new Set(read).size > 1) {
    throw new QueryParameterError(`The ${name} parameter is given more than once, with values that disagree`);
  }
  return read[0] === true;
}
