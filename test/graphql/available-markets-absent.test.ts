/**
 * `availableMarkets` when Spotify leaves `available_markets` out: null, never `[]` (which reads
 * "available in no market"). Spotify omits it for a Development Mode app since its February 2026
 * change (https://developer.spotify.com/documentation/web-api/references/changes/february-2026), when
 * a market was given, and when it applied a user token's country; the emulator does the same
 * (src/emulator/development-fields.ts, src/emulator/objects.ts marketFields).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type TestServer, useTestServer, useUserToken } from '../helpers/server.js';

const catalogMarkets = graphql(`query AbsentMarketsCatalog($album: ID!, $track: ID!, $show: ID!, $book: ID!) {
  album(id: $album) { availableMarkets tracks(first: 2) { nodes { availableMarkets } } }
  track(id: $track) { availableMarkets isPlayable }
  show(id: $show) { availableMarkets }
  audiobook(id: $book) { availableMarkets chapters(first: 1) { nodes { availableMarkets } } } }`);

/** Ids of an album with tracks, its first track, a show and an audiobook of `t`'s emulator catalog. */
function catalogIds(t: TestServer): { album: string; track: string; show: string; book: string } {
  const { catalog } = t.emu.state;
  const album = [...catalog.albums.values()].find((a) => a.trackIds.length >= 2)!;
  return {
    album: album.id,
    track: album.trackIds[0]!,
    show: [...catalog.shows.keys()][0]!,
    book: [...catalog.audiobooks.keys()][0]!,
  };
}

/** Every `availableMarkets` value of an AbsentMarketsCatalog answer, in a fixed order. */
function marketLists(data: Record<string, unknown> | null | undefined): unknown[] {
  const d = data as {
    album: { availableMarkets: unknown; tracks: { nodes: { availableMarkets: unknown }[] } };
    track: { availableMarkets: unknown };
    show: { availableMarkets: unknown };
    audiobook: { availableMarkets: unknown; chapters: { nodes: { availableMarkets: unknown }[] } };
  };
  return [
    d.album.availableMarkets,
    ...d.album.tracks.nodes.map((n) => n.availableMarkets),
    d.track.availableMarkets,
    d.show.availableMarkets,
    d.audiobook.availableMarkets,
    ...d.audiobook.chapters.nodes.map((n) => n.availableMarkets),
  ];
}

describe('a Development Mode app, which Spotify no longer sends available_markets', () => {
  const t = useTestServer({ mode: 'development' });
  const alice = useUserToken(t, 'alice', { app: 'development' });
  let ids: ReturnType<typeof catalogIds>;
  beforeAll(() => {
    ids = catalogIds(t);
  });

  it('answers every availableMarkets null without an error, anonymous', async () => {
    const answer = await t.query(catalogMarkets, ids);
    expect(answer.errors).toBeUndefined();
    const lists = marketLists(answer.data);
    expect(lists).toHaveLength(7);
    expect(lists.every((list) => list === null)).toBe(true);
  });

  it("answers every availableMarkets null without an error, with a user's token", async () => {
    const answer = await t.query(catalogMarkets, ids, { token: alice.token });
    expect(answer.errors).toBeUndefined();
    expect(marketLists(answer.data).every((list) => list === null)).toBe(true);
  });
});

describe('an Extended Quota Mode app', () => {
  const t = useTestServer();
  const alice = useUserToken(t, 'alice', { clearLog: true });
  let ids: ReturnType<typeof catalogIds>;
  beforeAll(() => {
    ids = catalogIds(t);
  });

  it('answers the markets Spotify sends, anonymous and without a market', async () => {
    const answer = await t.query(catalogMarkets, ids);
    expect(answer.errors).toBeUndefined();
    const lists = marketLists(answer.data);
    // The album's, its tracks', the track's, the show's and the audiobook's (its chapters are read with a market).
    expect(lists.slice(0, 6).every((list) => Array.isArray(list) && list.length > 0)).toBe(true);
    const track = t.emu.state.catalog.tracks.get(ids.track)!;
    expect(answer.data?.track?.availableMarkets).toEqual(track.availableMarkets);
  });

  it("answers a track read with a user's token and no market with its markets and no playability", async () => {
    const answer = await t.query(
      graphql(`query AbsentMarketsUserTrack($id: ID!) { track(id: $id) { availableMarkets isPlayable } }`),
      { id: ids.track },
      { token: alice.token },
    );
    expect(answer.errors).toBeUndefined();
    // Spotify judges playability only in a market given, even for a user token: the list instead.
    const track = t.emu.state.catalog.tracks.get(ids.track)!;
    expect(answer.data?.track).toEqual({ availableMarkets: track.availableMarkets, isPlayable: null });
    const log = (await t.emu.control('GET', '/requests')).json as {
      entries: { route: string; query: string }[];
    };
    const reads = log.entries.filter((entry) => entry.route.startsWith('/v1/tracks'));
    expect(reads.map((entry) => new URLSearchParams(entry.query).get('market'))).toEqual([null]);
  });

  it('answers a track read with a market null', async () => {
    const answer = await t.query(
      graphql(
        `query AbsentMarketsGivenMarket($id: ID!) { track(id: $id, market: "SE") { availableMarkets } }`,
      ),
      { id: ids.track },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.track).toEqual({ availableMarkets: null });
  });
});
