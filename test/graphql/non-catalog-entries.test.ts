/**
 * Issue 7, non-catalog items in lists: every field of a saved-tracks entry selected over a page that
 * holds local files (twice), a removed item (`track: null`) and an unavailable track beside catalog
 * tracks answers without an error and truthfully: a local file is a Track with `isLocal`, its
 * `spotify:local:` URI as id and its `localFile` details, no Spotify id and no catalog reads (album,
 * artists, audio features and analysis null); a removed item's node is null; the unavailable track is
 * not playable with Spotify's reason; no Node id contains "null", and distinct items have distinct ids.
 * The fragment is checked to select every field of Track and LocalFile, so a new field is covered too.
 * Recently played with local files beside catalog tracks answers them the same way. Both executors. The page comes from the emulator, answered again by a fault rule with the items put in.
 */
import { Kind, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

const EVERY_TRACK_FIELD = graphql(`
  fragment EveryTrackField on Track {
    id spotifyId uri href externalUrl relinkedUri linkedFromUri name durationMs explicit discNumber
    trackNumber isLocal isPlayable restrictionReason previewUrl availableMarkets popularity isrc
    localFile { uri name albumName artistNames durationMs }
    album { id spotifyId uri name albumType label popularity genres upc images { url } }
    artists { id spotifyId uri name genres popularity followerCount }
    audioFeatures { tempo key }
    audioAnalysis { bars { start } }
  }
`);

const SAVED = graphql(`
  query NonCatalogSavedTracks {
    me { savedTracks(first: 20) { totalCount edges { addedAt node { ...EveryTrackField } } } }
  }
`);

const RECENT = graphql(`
  query NonCatalogRecentlyPlayed {
    me { recentlyPlayed(first: 20) { edges { node { playedAt track { ...EveryTrackField } } } } }
  }
`);

const LOCAL_URI = 'spotify:local:Some+Artist:Some+Album:Some+Song:214';

/** A local file as Spotify lists it: no ids, its album and artists by name only. */
const LOCAL = {
  is_local: true,
  id: null,
  href: null,
  uri: LOCAL_URI,
  type: 'track',
  name: 'Some Song',
  duration_ms: 214_000,
  explicit: false,
  popularity: 0,
  disc_number: 0,
  track_number: 0,
  available_markets: [],
  external_urls: {},
  external_ids: {},
  preview_url: null,
  album: { name: 'Some Album', id: null, uri: null, href: null, type: 'album', artists: [], images: [] },
  artists: [{ name: 'Some Artist', id: null, uri: null, href: null, type: 'artist' }],
};

type Json = Record<string, unknown>;
type Node = Record<string, unknown> | null;

/** Alice's first saved tracks (or the page at `path`) as the emulator answers them. */
async function savedPage(path = '/v1/me/tracks?limit=3'): Promise<{ page: Json; items: Json[] }> {
  const response = await fetch(`${t.emu.url}${path}`, {
    headers: { authorization: `Bearer ${alice.token}` },
  });
  const page = (await response.json()) as Json;
  return { page, items: page.items as Json[] };
}

/** The field names a selection set selects directly (its fragments' included). */
function selectedNames(set: SelectionSetNode, fragments: Map<string, SelectionSetNode>): string[] {
  return set.selections.flatMap((s) =>
    s.kind === Kind.FIELD
      ? [s.name.value]
      : s.kind === Kind.FRAGMENT_SPREAD
        ? selectedNames(fragments.get(s.name.value)!, fragments)
        : selectedNames(s.selectionSet, fragments),
  );
}

describe('non-catalog entries of saved tracks and recently played, every field selected', () => {
  it('the fragment selects every field of Track and LocalFile', () => {
    const fragment = EVERY_TRACK_FIELD as unknown as { definitions: { selectionSet: SelectionSetNode }[] };
    const set = fragment.definitions[0]!.selectionSet;
    const fields = (type: string) => Object.keys((schema.getType(type) as { getFields(): Json }).getFields());
    expect(selectedNames(set, new Map()).sort()).toEqual(fields('Track').sort());
    const local = set.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'localFile');
    const localSet = (local as { selectionSet: SelectionSetNode }).selectionSet;
    expect(selectedNames(localSet, new Map()).sort()).toEqual(fields('LocalFile').sort());
  });

  it('local files, a removed item and an unavailable track: no error, truthful values', async () => {
    const { page, items } = await savedPage();
    const unavailable = structuredClone(items[0]!);
    Object.assign(unavailable.track as Json, { is_playable: false, restrictions: { reason: 'market' } });
    const added = '2024-01-01T00:00:00Z';
    const entries = [
      { added_at: added, track: LOCAL },
      { added_at: added, track: null },
      unavailable,
      { added_at: added, track: LOCAL },
      ...items.slice(1),
    ];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({
        ...page,
        items: entries,
        limit: 20,
        offset: 0,
        total: entries.length,
        next: null,
      }),
      times: 1,
    });
    const answer = (await t.query(SAVED, {}, { token: alice.token })) as GraphQLAnswer<{
      me: { savedTracks: { edges: { node: Node }[] } };
    }>;
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.me.savedTracks.edges.map((e) => e.node);
    const [local, removed, blocked, localAgain] = nodes;
    expect(local).toMatchObject({
      id: LOCAL_URI,
      uri: LOCAL_URI,
      spotifyId: null,
      isLocal: true,
      name: 'Some Song',
      durationMs: 214_000,
      localFile: { uri: LOCAL_URI, name: 'Some Song', albumName: 'Some Album', artistNames: ['Some Artist'] },
      audioFeatures: null,
      audioAnalysis: null,
      // Spotify's 0s for a local file are no rank and no position (attack 4, LOW: they were 0).
      popularity: null,
      discNumber: null,
      trackNumber: null,
    });
    expect(localAgain).toEqual(local);
    expect(removed).toBeNull();
    expect(blocked).toMatchObject({ isLocal: false, isPlayable: false, restrictionReason: 'market' });
    const ids = nodes.filter((n) => n !== null && n !== local && n !== localAgain).map((n) => String(n!.id));
    const nestedIds = JSON.stringify(answer.data).match(/"id":"[^"]*"/g) ?? [];
    expect(nestedIds.filter((id) => /null|undefined/.test(id))).toEqual([]);
    expect(new Set([...ids, LOCAL_URI]).size).toBe(ids.length + 1);
  });

  it('recently played with local files beside catalog tracks: no error, the same truthful local file', async () => {
    const { page, items } = await savedPage('/v1/me/player/recently-played?limit=2');
    // Newest first, as Spotify lists them: a local file played just before the newest and just after the oldest.
    const at = (item: Json | undefined, ms: number) =>
      new Date(Date.parse(String(item?.played_at)) + ms).toISOString();
    const played = (playedAt: string) => ({ track: LOCAL, played_at: playedAt, context: null });
    const entries = [played(at(items[0], 1000)), ...items, played(at(items.at(-1), -1000))];
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player/recently-played',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ ...page, items: entries, limit: 20, next: null, total: entries.length }),
      times: 1,
    });
    const answer = (await t.query(RECENT, {}, { token: alice.token })) as GraphQLAnswer<{
      me: { recentlyPlayed: { edges: { node: { track: Node } | null }[] } };
    }>;
    expect(answer.errors).toBeUndefined();
    const tracks = answer.data!.me.recentlyPlayed.edges.map((e) => e.node?.track ?? null);
    expect(tracks).toHaveLength(entries.length);
    for (const local of [tracks[0], tracks.at(-1)]) {
      expect(local).toMatchObject({
        id: LOCAL_URI,
        spotifyId: null,
        isLocal: true,
        localFile: { uri: LOCAL_URI },
      });
    }
    expect(tracks.slice(1, -1).every((track) => track?.isLocal === false)).toBe(true);
    const nestedIds = JSON.stringify(answer.data).match(/"id":"[^"]*"/g) ?? [];
    expect(nestedIds.filter((id) => /null|undefined/.test(id))).toEqual([]);
  });
});
