/**
 * GRAPHQL_JIT answers byte for byte as graphql-js does: the same documents sent to a server with
 * graphql-jit (compiling from the first run) and to one without, on one emulator, give the same JSON,
 * key order and errors included. graphql-jit runs only where it answers alike (src/server/jit.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../../src/server/app.js';
import { EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { emulatorConfig } from '../helpers/server-config.js';

let emu: TestEmulator;
let jit: SpotifyGraphQLServer;
let plain: SpotifyGraphQLServer;

beforeAll(async () => {
  emu = await startTestEmulator();
  const make = (withJit: boolean) =>
    createServer({
      config: emulatorConfig(emu, EXTENDED_APP),
      cache: noCatalogCache,
      logging: false,
      jit: withJit,
      jitAfterUses: 1,
    });
  jit = await make(true);
  plain = await make(false);
});

afterAll(async () => {
  await jit?.stop();
  await plain?.stop();
  await emu?.close();
});

async function answer(server: SpotifyGraphQLServer, query: string, variables?: unknown): Promise<string> {
  const response = await server.yoga.fetch('http://server.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return `${response.status} ${await response.text()}`;
}

const UNKNOWN = '0000000000000000000000';

describe('graphql-jit beside graphql-js', () => {
  const documents: [string, () => { query: string; variables?: unknown }][] = [
    [
      'a fragment before a field (graphql-jit would put the field first)',
      () => ({
        query: `{ album(id: "${albumId(0)}") { ...F tracks(first: 1) { totalCount } } }
                fragment F on Album { id releaseDate }`,
      }),
    ],
    [
      'fields, aliases and nested connections',
      () => ({
        query: `{ a: album(id: "${albumId(1)}") { name id b: tracks(first: 3) { totalCount nodes { name durationMs } } artists { name } } }`,
      }),
    ],
    [
      'a union with inline fragments (playlist items)',
      () => ({
        query: `query ($id: ID!) { playlist(id: $id) { name items(first: 5) { nodes { ... on Track { name } ... on Episode { name } } } } }`,
        variables: { id: emu.state.catalog.featuredPlaylistIds[0] },
      }),
    ],
    [
      'an unknown id among known ones (errors, a null in the list)',
      () => ({
        query: `query ($ids: [ID!]!) { albums(ids: $ids) { name artists { name } } }`,
        variables: { ids: [albumId(2), UNKNOWN, albumId(3)] },
      }),
    ],
    [
      'an argument the server refuses',
      () => ({ query: `{ album(id: "${albumId(4)}") { name tracks(first: 9999) { totalCount } } }` }),
    ],
    [
      "an artist's albums and top tracks",
      () => ({
        query: `{ artist(id: "${[...emu.state.catalog.artists.keys()][0]}") { name albums(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { name albumType } } topTracks { name popularity } } }`,
      }),
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

function albumId(index: number): string {
  return [...emu.state.catalog.albums.keys()][index]!;
}
