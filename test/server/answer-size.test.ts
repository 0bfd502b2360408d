import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/limits.js';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

/**
 * MAX_ANSWER_VALUES bounds the work and the size of an answer before it runs (V3 of the v11 attack):
 * the estimate counts the values the answer may hold (objects, scalars, list entries; every id of an
 * `ids` list, repeats included, and every item of a `first:` page, times what is selected on it), so
 * a query that costs few Spotify calls but answers megabytes is refused with ANSWER_TOO_LARGE, before
 * any Spotify call, in a small answer. Honest screens pass (test/graphql/call-estimate.test.ts runs
 * them on the default limits).
 */
const t = useTestServer({ listen: true });
let albumIds: string[];
let alice: string;
beforeAll(async () => {
  albumIds = [...t.emu.state.catalog.albums.keys()];
  alice = await t.emu.token({ user: 'alice' });
});

interface Answer {
  status: number;
  bytes: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs `document` to the real port (GraphQL over HTTP media type), as alice when `token`. */
async function post<V>(document: GraphQLDocument<unknown, V>, variables: V, token?: string): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(t.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentText(document), variables }),
  });
  const text = await response.text();
  return { status: response.status, bytes: text.length, body: JSON.parse(text) as Answer['body'] };
}

/** Expects ANSWER_TOO_LARGE with the figure and the limit, no data, no Spotify call, a small answer. */
async function expectTooLarge(answer: Answer): Promise<number> {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['ANSWER_TOO_LARGE']);
  const extensions = answer.body.errors?.[0]?.extensions ?? {};
  expect(extensions.maxValues).toBe(DEFAULT_LIMITS.maxAnswerValues);
  // What was counted, the figure, the limit and the setting that raises it (v18 new user, L2).
  expect(answer.body.errors?.[0]?.message).toBe(
    `The query may answer with about ${extensions.values} values; MAX_ANSWER_VALUES allows ${DEFAULT_LIMITS.maxAnswerValues}`,
  );
  expect(answer.bytes).toBeLessThan(1000);
  expect(await t.calls()).toEqual({});
  return extensions.values as number;
}

const albumsMarkets = graphql(`
  query AnswerSizeAlbumsMarkets($ids: [ID!]!) {
    a0: albums(ids: $ids) { availableMarkets } a1: albums(ids: $ids) { availableMarkets } a2: albums(ids: $ids) { availableMarkets } a3: albums(ids: $ids) { availableMarkets } a4: albums(ids: $ids) { availableMarkets } a5: albums(ids: $ids) { availableMarkets } a6: albums(ids: $ids) { availableMarkets } a7: albums(ids: $ids) { availableMarkets } a8: albums(ids: $ids) { availableMarkets } a9: albums(ids: $ids) { availableMarkets } a10: albums(ids: $ids) { availableMarkets } a11: albums(ids: $ids) { availableMarkets } a12: albums(ids: $ids) { availableMarkets } a13: albums(ids: $ids) { availableMarkets } a14: albums(ids: $ids) { availableMarkets } a15: albums(ids: $ids) { availableMarkets } a16: albums(ids: $ids) { availableMarkets } a17: albums(ids: $ids) { availableMarkets } a18: albums(ids: $ids) { availableMarkets } a19: albums(ids: $ids) { availableMarkets } a20: albums(ids: $ids) { availableMarkets } a21: albums(ids: $ids) { availableMarkets } a22: albums(ids: $ids) { availableMarkets } a23: albums(ids: $ids) { availableMarkets } a24: albums(ids: $ids) { availableMarkets } a25: albums(ids: $ids) { availableMarkets } a26: albums(ids: $ids) { availableMarkets } a27: albums(ids: $ids) { availableMarkets } a28: albums(ids: $ids) { availableMarkets } a29: albums(ids: $ids) { availableMarkets }
  }
`);

describe('MAX_ANSWER_VALUES refuses a query whose answer would be large, before any call', () => {
  it('refuses 30 aliases of albums(ids: 100 copies of one id) selecting availableMarkets (every repeat counts)', async () => {
    await t.clearLog();
    const ids = Array.from({ length: 100 }, () => albumIds[0] as string);
    const values = await expectTooLarge(await post(albumsMarkets, { ids }));
    // Per alias: 100 albums and 100 x 185 markets; 30 aliases.
    expect(values).toBe(30 * (100 + 100 * 185));
  });

  it('refuses the same with 100 distinct ids and many fields per album (objects times their selection)', async () => {
    await t.clearLog();
    const ids = Array.from({ length: 100 }, (_, i) => albumIds[i % albumIds.length] as string);
    const answer = await post(
      graphql(`
        query AnswerSizeAlbumsFields($ids: [ID!]!) {
          a0: albums(ids: $ids) { genres copyrights { text } artists { genres } } a1: albums(ids: $ids) { genres copyrights { text } artists { genres } } a2: albums(ids: $ids) { genres copyrights { text } artists { genres } } a3: albums(ids: $ids) { genres copyrights { text } artists { genres } } a4: albums(ids: $ids) { genres copyrights { text } artists { genres } } a5: albums(ids: $ids) { genres copyrights { text } artists { genres } } a6: albums(ids: $ids) { genres copyrights { text } artists { genres } } a7: albums(ids: $ids) { genres copyrights { text } artists { genres } } a8: albums(ids: $ids) { genres copyrights { text } artists { genres } } a9: albums(ids: $ids) { genres copyrights { text } artists { genres } } a10: albums(ids: $ids) { genres copyrights { text } artists { genres } } a11: albums(ids: $ids) { genres copyrights { text } artists { genres } } a12: albums(ids: $ids) { genres copyrights { text } artists { genres } } a13: albums(ids: $ids) { genres copyrights { text } artists { genres } } a14: albums(ids: $ids) { genres copyrights { text } artists { genres } } a15: albums(ids: $ids) { genres copyrights { text } artists { genres } } a16: albums(ids: $ids) { genres copyrights { text } artists { genres } } a17: albums(ids: $ids) { genres copyrights { text } artists { genres } } a18: albums(ids: $ids) { genres copyrights { text } artists { genres } } a19: albums(ids: $ids) { genres copyrights { text } artists { genres } } a20: albums(ids: $ids) { genres copyrights { text } artists { genres } } a21: albums(ids: $ids) { genres copyrights { text } artists { genres } } a22: albums(ids: $ids) { genres copyrights { text } artists { genres } } a23: albums(ids: $ids) { genres copyrights { text } artists { genres } } a24: albums(ids: $ids) { genres copyrights { text } artists { genres } } a25: albums(ids: $ids) { genres copyrights { text } artists { genres } } a26: albums(ids: $ids) { genres copyrights { text } artists { genres } } a27: albums(ids: $ids) { genres copyrights { text } artists { genres } } a28: albums(ids: $ids) { genres copyrights { text } artists { genres } } a29: albums(ids: $ids) { genres copyrights { text } artists { genres } }
        }
      `),
      { ids },
    );
    expect(await expectTooLarge(answer)).toBeGreaterThan(DEFAULT_LIMITS.maxAnswerValues);
  });

  it("refuses pages: a user's saved tracks, first: 50, selecting availableMarkets, 30 times", async () => {
    await t.clearLog();
    const answer = await post(
      graphql(`
        query AnswerSizeSavedPages {
          me {
            s0: savedTracks(first: 50) { nodes { availableMarkets } } s1: savedTracks(first: 50) { nodes { availableMarkets } } s2: savedTracks(first: 50) { nodes { availableMarkets } } s3: savedTracks(first: 50) { nodes { availableMarkets } } s4: savedTracks(first: 50) { nodes { availableMarkets } } s5: savedTracks(first: 50) { nodes { availableMarkets } } s6: savedTracks(first: 50) { nodes { availableMarkets } } s7: savedTracks(first: 50) { nodes { availableMarkets } } s8: savedTracks(first: 50) { nodes { availableMarkets } } s9: savedTracks(first: 50) { nodes { availableMarkets } } s10: savedTracks(first: 50) { nodes { availableMarkets } } s11: savedTracks(first: 50) { nodes { availableMarkets } } s12: savedTracks(first: 50) { nodes { availableMarkets } } s13: savedTracks(first: 50) { nodes { availableMarkets } } s14: savedTracks(first: 50) { nodes { availableMarkets } } s15: savedTracks(first: 50) { nodes { availableMarkets } } s16: savedTracks(first: 50) { nodes { availableMarkets } } s17: savedTracks(first: 50) { nodes { availableMarkets } } s18: savedTracks(first: 50) { nodes { availableMarkets } } s19: savedTracks(first: 50) { nodes { availableMarkets } } s20: savedTracks(first: 50) { nodes { availableMarkets } } s21: savedTracks(first: 50) { nodes { availableMarkets } } s22: savedTracks(first: 50) { nodes { availableMarkets } } s23: savedTracks(first: 50) { nodes { availableMarkets } } s24: savedTracks(first: 50) { nodes { availableMarkets } } s25: savedTracks(first: 50) { nodes { availableMarkets } } s26: savedTracks(first: 50) { nodes { availableMarkets } } s27: savedTracks(first: 50) { nodes { availableMarkets } } s28: savedTracks(first: 50) { nodes { availableMarkets } } s29: savedTracks(first: 50) { nodes { availableMarkets } }
          }
        }
      `),
      {},
      alice,
    );
    expect(await expectTooLarge(answer)).toBe(1 + 30 * (1 + 50 + 50 * 185));
  });

  it('answers one alias of the same albums query: under the limit, the answer holds the markets', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => albumIds[i % albumIds.length] as string);
    const answer = await post(
      graphql(`
        query AnswerSizeOneAlias($ids: [ID!]!) {
          albums(ids: $ids) { availableMarkets }
        }
      `),
      { ids },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data as { albums: unknown[] }).albums).toHaveLength(20);
  });
});

describe('the estimate counts introspection and search pages (R1 of the v11 re-attack)', () => {
  it('refuses 21 aliases of introspection types with their fields, arguments and descriptions', async () => {
    await t.clearLog();
    const answer = await post(
      graphql(`
        query AnswerSizeIntrospection {
          i0: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i1: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i2: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i3: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i4: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i5: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i6: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i7: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i8: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i9: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i10: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i11: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i12: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i13: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i14: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i15: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i16: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i17: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i18: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i19: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } } i20: __schema { types { name description fields(includeDeprecated: true) { name description args { name description defaultValue } } enumValues(includeDeprecated: true) { name description } } }
        }
      `),
      {},
    );
    // Each alias counts the schema's own types, fields, arguments and enum values (about 2 MB answered before).
    expect(await expectTooLarge(answer)).toBeGreaterThan(21 * 10_000);
  });

  it('refuses 10 aliases of search(first: 50) selecting tracks with markets, album and artists', async () => {
    await t.clearLog();
    const answer = await post(
      graphql(`
        query AnswerSizeSearchMarkets {
          s0: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s1: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s2: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s3: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s4: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s5: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s6: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s7: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s8: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } } s9: search(query: "a", types: [TRACK], first: 50) { tracks { nodes { name availableMarkets album { name availableMarkets images { url } } artists { name } } } }
        }
      `),
      {},
    );
    // Per alias: 50 tracks x (1 + name + 186 markets + album (1 + name + 186 markets + 1 + 3 x 2 images) +
    // 1 + 2 x 2 artists) and the connection's values (about 1.1 MB answered before, under 250,000).
    expect(await expectTooLarge(answer)).toBe(192_020);
  });
});
