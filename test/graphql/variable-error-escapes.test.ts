/**
 * v18 re-attack LOW-3: graphql-js's own variable-coercion messages quote the value raw
 * (`Value "ab<NUL>cd" does not exist in "SearchType" enum.`). Every message the server sends has its
 * control characters, bidirectional controls, line separators and lone surrogates escaped as a
 * refusal of input has them (`\u0000`, `\u202e`), its wording otherwise as graphql-js wrote it; the
 * answer is BAD_USER_INPUT with no Spotify call.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });

const ENUM_LIST = graphql(`query VariableEscapesEnum($v: [SearchType!]!) {
  search(query: "a", types: $v) { tracks { totalCount } }
}`);
const INT = graphql(`query VariableEscapesInt($v: Int) { newReleases(first: $v) { totalCount } }`);

/** A NUL, an ESC, a right-to-left override, a line separator and a lone surrogate, in that order. */
const HOSTILE = 'a\u0000b\u001b[31mc\u202ed\u2028e\ud800f';
const ESCAPED = 'a\\u0000b\\u001b[31mc\\u202ed\\u2028e\\ud800f';

describe('a variable that does not coerce', () => {
  it('in an enum list: its value escaped in the message, the wording kept', async () => {
    await t.clearLog();
    const answer = await t.query(ENUM_LIST, { v: [HOSTILE as 'TRACK'] });
    expect(answer.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        `Variable "$v" got invalid value "${ESCAPED}" at "v[0]"; Value "${ESCAPED}" does not exist in "SearchType" enum.`,
        'BAD_USER_INPUT',
      ],
    ]);
    expect(await t.calls()).toEqual({});
  });

  it('for an Int: its value escaped in the message, the wording kept', async () => {
    await t.clearLog();
    const answer = await t.query(INT, { v: HOSTILE as unknown as number });
    expect(answer.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      [
        `Variable "$v" got invalid value "${ESCAPED}"; Int cannot represent non-integer value: "${ESCAPED}"`,
        'BAD_USER_INPUT',
      ],
    ]);
    expect(await t.calls()).toEqual({});
  });
});
