/**
 * Issue 7, smaller ones: a bad `market` is refused with BAD_USER_INPUT before it reaches Spotify, on
 * every field of the schema that takes one (the kind, not the one field the issue named). The fields
 * are read from the schema, so a field that gains a `market` argument is checked here too. GraphQL over
 * HTTP against the emulator, signed in as alice; the emulator's request log shows that no call carried
 * the bad market.
 */
import { type GraphQLField, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { type InvalidDocument, invalidDocument } from '../helpers/documents.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';
import { timedCalls } from '../helpers/waves.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

/** `Type.field` of every field taking `market`. */
const FIELDS: string[] = Object.values(schema.getTypeMap()).flatMap((type) =>
  isObjectType(type) && !type.name.startsWith('__')
    ? Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
        .filter((field) => field.args.some((arg) => arg.name === 'market'))
        .map((field) => `${type.name}.${field.name}`)
    : [],
);

/** Why these documents are untyped: built from the schema, one per field taking `market`. */
const BUILT = 'built from the schema per field taking market, sent a market no country has';

/** The first id of a catalog map. */
const first = (map: ReadonlyMap<string, unknown>): string => [...map.keys()][0]!;

/**
 * A document reaching `Type.field` with `market: $m`, and the path of that field in the answer: root
 * fields with the arguments they need, nested ones under a parent read by id (or `me`).
 */
function documentFor(t: TestServer, name: string): { document: InvalidDocument; path: string[] } {
  const c = t.emu.state.catalog;
  const [type, field] = name.split('.') as [string, string];
  const m = 'market: $m';
  const ids: Record<string, string> = {
    album: first(c.albums),
    artist: first(c.artists),
    audiobook: first(c.audiobooks),
    chapter: first(c.chapters),
    episode: first(c.episodes),
    playlist: [...c.playlists.values()].find((p) => p.ownerId === 'alice')!.id,
    show: first(c.shows),
    track: first(c.tracks),
  };
  const root: Record<string, string> = {
    search: `search(query: "a", types: [TRACK], ${m}) { __typename }`,
    recommendations: `recommendations(seedGenres: ["rock"], ${m}) { __typename }`,
  };
  const wrap = (parent: string, inner: string) =>
    invalidDocument(BUILT, `query($m: String) { ${parent} { ${inner} } }`);
  if (type === 'Query') {
    const plural = field.endsWith('s') && ids[field.slice(0, -1)] !== undefined;
    const call =
      root[field] ??
      (plural
        ? `${field}(ids: ["${ids[field.slice(0, -1)]}"], ${m}) { __typename }`
        : `${field}(id: "${ids[field]}", ${m}) { __typename }`);
    return { document: invalidDocument(BUILT, `query($m: String) { ${call} }`), path: [field] };
  }
  const inner = `${field}(${m}) { __typename }`;
  if (type === 'Me') return { document: wrap('me', inner), path: ['me', field] };
  if (type === 'Player')
    return { document: wrap('me { player', `${inner} }`), path: ['me', 'player', field] };
  const parent = type.toLowerCase();
  return { document: wrap(`${parent}(id: "${ids[parent]}")`, inner), path: [parent, field] };
}

beforeAll(() => {
  // The kind is wider than the one field: the schema has it on roots, nested lists and the player.
  expect(FIELDS.length).toBeGreaterThan(20);
});

describe('a market that names no country', () => {
  // One refused form a field, in turn: an alias ("UK" is GB), lower case, a region that is no country.
  it.each(FIELDS.map((name, i) => [name, ['UK', 'se', 'EU'][i % 3]!] as const))(
    '%s(market: %j): BAD_USER_INPUT at that field, never sent to Spotify',
    async (name, market) => {
      const { document, path } = documentFor(t, name);
      await t.clearLog();
      const answer = await t.query(document, { m: market }, { token: alice.token });
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([
        [path, 'BAD_USER_INPUT', 'market'],
      ]);
      let at: unknown = answer.data;
      for (const key of path) at = (at as Record<string, unknown> | null)?.[key];
      expect(at).toBeNull();
      const sent = (await timedCalls(t.emu)).filter((call) =>
        new URLSearchParams(call.query).getAll('market').includes(market),
      );
      expect(sent).toEqual([]);
    },
  );
});
