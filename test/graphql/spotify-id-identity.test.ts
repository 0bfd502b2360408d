/**
 * A Node id is only ever made of a usable Spotify id (22 base62 characters; a user name for users) or
 * a local file's `spotify:local:` URI. An object Spotify sends with a malformed id (`../../me`,
 * `short`) or none is null in its place with SPOTIFY_UNSUPPORTED_ITEM, one rule for every kind and
 * whatever the query selects, and never enters the shared catalog cache.
 */
import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

type Errors = { path?: (string | number)[]; extensions?: Record<string, unknown> }[] | undefined;
const described = (errors: Errors) => (errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]);

const SEARCH = graphql(`query IdentitySearch($types: [SearchType!]!) {
  search(query: "a", types: $types, first: 3) {
    albums { nodes { id uri name } } artists { nodes { id uri name } } tracks { nodes { id uri name } }
    shows { nodes { id uri name } } episodes { nodes { id uri name } } audiobooks { nodes { id uri name } }
    playlists { nodes { id uri name } } } }`);
const SEARCH_NAMES = graphql(`query IdentitySearchNames {
  search(query: "a", types: [ALBUM], first: 3) { albums { nodes { name } } } }`);

const KINDS = ['album', 'artist', 'track', 'show', 'episode', 'audiobook', 'playlist'] as const;
type Kind = (typeof KINDS)[number];
type Node = { id: string; uri: string; name: string } | null;

describe('search results with malformed ids', () => {
  const t = useFaultTestServer({ mode: 'extended' });

  for (const kind of KINDS) {
    it(`${kind}s: "../../me", "short" and a missing id are each null with SPOTIFY_UNSUPPORTED_ITEM`, async () => {
      const key = `${kind}s`;
      await t.fault('GET /v1/search', {
        [`/${key}/items/0/id`]: '../../me',
        [`/${key}/items/1/id`]: 'short',
        [`/${key}/items/2/id`]: null,
      });
      const answer = await t.query(
        SEARCH,
        { types: [kind.toUpperCase() as Uppercase<Kind>] },
        { token: t.alice },
      );
      const nodes = (answer.data?.search as Record<string, { nodes: Node[] } | null> | null)?.[key]?.nodes;
      expect(nodes).toEqual([null, null, null]);
      // One error for the three (the same words, which echo no id), naming each path.
      expect(described(answer.errors)).toEqual([[`search.${key}.nodes.0`, 'SPOTIFY_UNSUPPORTED_ITEM']]);
      expect(answer.errors?.[0]?.extensions?.repeated).toEqual(
        [0, 1, 2].map((i) => ['search', key, 'nodes', i]),
      );
      expect(JSON.stringify(answer)).not.toContain('../../me');
    });
  }

  it('the object is null even when the query selects no id, and valid neighbours keep theirs', async () => {
    await t.fault('GET /v1/search', { '/albums/items/1/id': '../../me' });
    const answer = await t.query(SEARCH_NAMES, {}, { token: t.alice });
    const nodes = answer.data?.search?.albums?.nodes ?? [];
    expect(nodes[1]).toBeNull();
    expect(nodes[0]?.name).toBeTruthy();
    expect(nodes[2]?.name).toBeTruthy();
    expect(described(answer.errors)).toEqual([['search.albums.nodes.1', 'SPOTIFY_UNSUPPORTED_ITEM']]);
  });

  it('valid results keep Node ids that node(id:) accepts', async () => {
    const answer = await t.query(SEARCH, { types: ['ALBUM', 'TRACK', 'PLAYLIST'] }, { token: t.alice });
    expect(answer.errors).toBeUndefined();
    const search = (answer.data?.search ?? {}) as Record<string, { nodes: Node[] } | null>;
    const ids = ['albums', 'tracks', 'playlists'].flatMap((key) =>
      (search[key]?.nodes ?? []).map((n) => n?.id),
    );
    expect(ids).toHaveLength(9);
    for (const id of ids) expect(id).toMatch(/^spotify:(album|track|playlist):[0-9A-Za-z]{22}$/);
  });
});

describe('nested objects and owners with malformed ids', () => {
  const t = useFaultTestServer({ mode: 'extended' });

  it('a playlist owner named ../../me is null with SPOTIFY_UNSUPPORTED_ITEM; the playlist answers', async () => {
    const playlist = [...t.emu.state.catalog.playlists.keys()][0] as string;
    await t.fault('GET /v1/playlists/{playlist_id}', { '/owner/id': '../../me' });
    const answer = await t.query(
      graphql(`query IdentityOwner($id: ID!) { playlist(id: $id) { name owner { id } } }`),
      { id: playlist },
      { token: t.alice },
    );
    expect(answer.data?.playlist?.name).toBeTruthy();
    expect(answer.data?.playlist?.owner).toBeNull();
    expect(described(answer.errors)).toEqual([['playlist.owner', 'SPOTIFY_UNSUPPORTED_ITEM']]);
  });
});

describe('the shared catalog cache', () => {
  const t = useFaultTestServer({ mode: 'extended', cache: new MemoryCatalogCache({ ttlSeconds: 300 }) });

  it('a batch entry with a malformed id is not cached: the id is fetched again and answers its own track', async () => {
    const track = [...t.emu.state.catalog.tracks.keys()][0] as string;
    const TRACKS = graphql(`query IdentityCachedTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }`);
    await t.fault('GET /v1/tracks', { '/tracks/0/id': '../../me' }, { times: 1 });
    // Anonymous: app-token answers are shared between requests.
    const first = await t.query(TRACKS, { ids: [track] });
    expect(first.data?.tracks).toEqual([null]);
    expect(first.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
    await t.clearLog();
    const again = await t.query(TRACKS, { ids: [track] });
    expect(again.errors).toBeUndefined();
    expect(again.data?.tracks?.[0]?.id).toBe(`spotify:track:${track}`);
    expect((await t.calls())['GET /v1/tracks']).toBe(1);
  });
});
