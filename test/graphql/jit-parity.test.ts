/**
 * GRAPHQL_JIT answers byte for byte as graphql-js does: the same documents sent to a server with
 * graphql-jit (compiling from the first run) and to one without, on one emulator, give the same JSON,
 * key order and errors included. graphql-jit runs only where it answers alike (src/server/jit.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { documentText, type TypedDocumentNode } from '../helpers/documents.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { startServerOn, type TestServer } from '../helpers/server.js';

let emu: TestEmulator;
let jit: TestServer;
let plain: TestServer;

beforeAll(async () => {
  emu = await startTestEmulator();
  jit = await startServerOn(emu, { cache: noCatalogCache, jit: true });
  plain = await startServerOn(emu, { cache: noCatalogCache, jit: false });
});

afterAll(async () => {
  await jit?.close();
  await plain?.close();
  await emu?.close();
});

/** The status and the body's very text, as the server wrote them. */
async function answer(
  server: TestServer,
  query: string,
  variables?: unknown,
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await server.server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return `${response.status} ${await response.text()}`;
}

const UNKNOWN = '0000000000000000000000';

/** A document with the variables it is sent with. */
const sent = <R, V>(document: TypedDocumentNode<R, V>, variables: V) => ({
  query: documentText(document),
  variables,
});

describe('graphql-jit beside graphql-js', () => {
  const documents: [string, () => { query: string; variables?: unknown }][] = [
    [
      'a fragment before a field (graphql-jit would put the field first)',
      () =>
        sent(
          graphql(`query JitParityFragmentFirst($id: ID!) { album(id: $id) { ...JitParityAlbumDates tracks(first: 1) { totalCount } } }
                fragment JitParityAlbumDates on Album { id releaseDate }`),
          { id: albumId(0) },
        ),
    ],
    [
      'fields, aliases and nested connections',
      () =>
        sent(
          graphql(
            `query JitParityAliases($id: ID!) { a: album(id: $id) { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }`,
          ),
          { id: albumId(1) },
        ),
    ],
    [
      'a union with inline fragments (playlist items)',
      () =>
        sent(
          graphql(
            `query JitParityPlaylistItems($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }`,
          ),
          { id: emu.state.catalog.featuredPlaylistIds[0]! },
        ),
    ],
    [
      'an unknown id among known ones (errors, a null in the list)',
      () =>
        sent(graphql(`query JitParityAlbums($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }`), {
          ids: [albumId(2), UNKNOWN, albumId(3)],
        }),
    ],
    [
      'an argument the server refuses',
      () =>
        sent(
          graphql(
            `query JitParityRefusedFirst($id: ID!) { album(id: $id) { name tracks(first: 9999) { totalCount } } }`,
          ),
          { id: albumId(4) },
        ),
    ],
    [
      "an artist's albums and top tracks",
      () =>
        sent(
          graphql(
            `query JitParityArtist($id: ID!) { artist(id: $id) { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }`,
          ),
          { id: [...emu.state.catalog.artists.keys()][0]! },
        ),
    ],
  ];

  for (const [name, document] of documents) {
    it(`answers alike: ${name}`, async () => {
      const { query, variables } = document();
      const expected = await answer(plain, query, variables);
      // Twice: the first run compiles, the second runs compiled.
      expect(await answer(jit, query, variables)).toBe(expected);
      expect(await answer(jit, query, variables)).toBe(expected);
    });
  }
});

describe('errors of sibling fields at several depths', () => {
  // A token with one scope: each user field fails on its own (FORBIDDEN), at its own depth and time.
  const SCOPE_ERRORS = graphql(`query JitParityScopeErrors {
    me { topTracks(first: 1) { totalCount } player { devices { id } queue { items { __typename } } } savedTracks(first: 1) { totalCount } topArtists(first: 1) { totalCount } }
  }`);

  it('lists them in the same order, the document order, with graphql-jit and graphql-js (v10 F1)', async () => {
    const tokens = await emu.control('POST', '/tokens', {
      clientId: EXTENDED_APP.clientId,
      userId: 'alice',
      scopes: ['user-read-private'],
    });
    const token = (tokens.json as { access_token: string }).access_token;
    const query = documentText(SCOPE_ERRORS);
    const bearer = { authorization: `Bearer ${token}` };
    const expected = await answer(plain, query, undefined, bearer);
    const paths = (JSON.parse(expected.slice(4)) as { errors: { path: string[] }[] }).errors.map((e) =>
      e.path.join('.'),
    );
    expect(paths).toEqual([
      'me.topTracks',
      'me.player.devices',
      'me.player.queue',
      'me.savedTracks',
      'me.topArtists',
    ]);
    expect(await answer(jit, query, undefined, bearer)).toBe(expected);
    expect(await answer(jit, query, undefined, bearer)).toBe(expected);
  });
});

describe('an anonymous request from another site (v12 N16)', () => {
  // What a browser sends with a page's fetch from another site: no session cookie comes with it.
  const crossSite = {
    origin: 'http://127.0.0.1:5173',
    'sec-fetch-site': 'cross-site',
    'sec-fetch-mode': 'cors',
  };
  const cases: [string, () => string][] = [
    ['me alone', () => documentText(graphql(`query JitParityAnonymousMe { me { id } }`))],
    [
      'me beside a field that answers',
      () => documentText(graphql(`query JitParityAnonymousMeAndMarkets { markets me { displayName } }`)),
    ],
  ];

  for (const [name, query] of cases) {
    it(`says why the cookie is missing as graphql-js does: ${name}`, async () => {
      const expected = await answer(plain, query(), undefined, crossSite);
      const body = JSON.parse(expected.slice(4)) as {
        errors: { extensions: { code: string; cookieHint?: string } }[];
      };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]?.extensions.cookieHint).toContain('http://127.0.0.1:5173');
      // Compiled from the first run (jitAfterUses 1): the hint and its note are kept every time.
      expect(await answer(jit, query(), undefined, crossSite)).toBe(expected);
      expect(await answer(jit, query(), undefined, crossSite)).toBe(expected);
    });
  }
});

function albumId(index: number): string {
  return [...emu.state.catalog.albums.keys()][index]!;
}
