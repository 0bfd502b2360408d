/**
 * Spotify's track-shaped episode (`type: "track"`, `episode: true`, its own `spotify:episode:` URI;
 * the older form of an episode in a playlist, also sent where Spotify ignores `additional_types`)
 * is the Episode its URI names, with that id, in a playlist, the player and the queue, whatever the
 * query selects: never a Track with the made-up id `spotify:track:<episode id>`.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlaylistRecord } from '../../src/emulator/model.js';
import { deviceIds } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let alice: string;
let playlist: PlaylistRecord;
let episodeAt: number;
let episodeId: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice' });
  playlist = [...t.emu.state.catalog.playlists.values()].find(
    (p) => p.ownerId === 'alice' && p.items.some((i) => i.type === 'episode'),
  )!;
  episodeAt = playlist.items.findIndex((i) => i.type === 'episode');
  episodeId = playlist.items[episodeAt]!.id!;
});
beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const TRACK_SHAPED = { type: 'track', episode: true, track: true };
const asTrack = (prefix: string) =>
  Object.fromEntries(Object.entries(TRACK_SHAPED).map(([key, value]) => [`${prefix}/${key}`, value]));

const ITEMS = graphql(`query TrackShapedEpisodeItems($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    items(first: 1, offset: $offset) {
      edges { node { __typename ... on Episode { id name } ... on Track { id album { id } } } }
      nodes { __typename ... on Episode { id } ... on Track { id } }
    }
  }
}`);
const ITEMS_WITH_URI = graphql(`query TrackShapedEpisodeItemsUri($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    items(first: 1, offset: $offset) {
      edges { node { __typename ... on Episode { id uri name } ... on Track { id uri } } }
    }
  }
}`);

describe('a track-shaped episode', () => {
  it('is the Episode its URI names in a playlist, whatever is selected', async () => {
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/playlists/{playlist_id}/tracks',
      set: asTrack('/items/0/track'),
    });
    const expected = { __typename: 'Episode', id: `spotify:episode:${episodeId}` };
    const answer = await t.query(ITEMS, { id: playlist.id, offset: episodeAt }, { token: alice });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.playlist?.items?.edges?.[0]?.node).toMatchObject(expected);
    expect(answer.data?.playlist?.items?.nodes?.[0]).toMatchObject(expected);
    const withUri = await t.query(ITEMS_WITH_URI, { id: playlist.id, offset: episodeAt }, { token: alice });
    expect(withUri.errors).toBeUndefined();
    expect(withUri.data?.playlist?.items?.edges?.[0]?.node).toMatchObject({
      ...expected,
      uri: `spotify:episode:${episodeId}`,
    });
  });

  it('is the Episode its URI names in the player and the queue', async () => {
    const played = await t.query(
      graphql(`mutation TrackShapedEpisodePlay($uri: ID!, $deviceId: String) {
        play(uris: [$uri], deviceId: $deviceId) { ok } }`),
      { uri: `spotify:episode:${episodeId}`, deviceId: (await deviceIds(t.emu, alice)).computer },
      { token: alice },
    );
    expect(played.errors).toBeUndefined();
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player',
      set: { ...asTrack('/item'), '/currently_playing_type': 'track' },
    });
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player/queue',
      set: asTrack('/currently_playing'),
    });
    const answer = await t.query(
      graphql(`query TrackShapedEpisodePlayer { me { player {
        state { item { __typename ... on Episode { id } ... on Track { id album { id } } } }
        queue { currentlyPlaying { __typename ... on Episode { id } ... on Track { id } } }
      } } }`),
      {},
      { token: alice },
    );
    const expected = { __typename: 'Episode', id: `spotify:episode:${episodeId}` };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.player?.state?.item).toMatchObject(expected);
    expect(answer.data?.me?.player?.queue?.currentlyPlaying).toMatchObject(expected);
  });
});
