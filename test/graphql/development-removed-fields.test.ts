/**
 * Fields Spotify's February 2026 change removed from what a Development Mode app reads
 * (https://developer.spotify.com/documentation/web-api/references/changes/february-2026): a show's and
 * an audiobook's `publisher`, a track's and an album's `popularity`, an artist's `popularity` and
 * `followers`; the user's `country`, `email`, `product` and `followers`. Their absence is Spotify's
 * documented answer: null without an error, and no read of a fuller object that lacks them too. The
 * emulator's Development app leaves them out as Spotify does (src/emulator/development-fields.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_REMOVED_FIELDS } from '../../src/emulator/development-fields.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'development' });
/** alice's token from the emulator's Development Mode app, which is answered as Spotify answers such apps. */
let alice: string;
let showId: string;
let bookId: string;
let albumId: string;

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
  const { catalog } = t.emu.state;
  showId = [...catalog.shows.keys()][0]!;
  bookId = [...catalog.audiobooks.keys()][0]!;
  albumId = [...catalog.albums.values()].find((album) => album.trackIds.length >= 3)!.id;
});

describe('a Development Mode app, fields Spotify no longer sends it', () => {
  it("answers a show's and an audiobook's missing publisher as null without an error", async () => {
    const answer = await t.query(
      graphql(`query DevelopmentRemovedPublisher($show: ID!, $book: ID!) {
        show(id: $show) { name publisher } audiobook(id: $book) { name publisher } }`),
      { show: showId, book: bookId },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.show).toEqual({ name: expect.any(String), publisher: null });
    expect(answer.data?.audiobook).toEqual({ name: expect.any(String), publisher: null });
  });
});

describe('a Development Mode app, fields it no longer gets are not read from the full object', () => {
  it("answers a search page's artists' popularity and followers with the search call alone", async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query DevelopmentRemovedArtistFields {
        search(query: "a", types: [ARTIST], first: 5) { artists { nodes { name popularity followerCount } } } }`),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.search?.artists?.nodes ?? [];
    expect(nodes).toHaveLength(5);
    expect(nodes.every((node) => node?.popularity === null && node.followerCount === null)).toBe(true);
    expect(await t.calls()).toEqual({ 'GET /v1/search': 1 });
  });

  it("answers an album's tracks' popularity and its label with the album call alone", async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query DevelopmentRemovedTrackPopularity($id: ID!) {
        album(id: $id) { label popularity tracks(first: 3) { nodes { name popularity } } } }`),
      { id: albumId },
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.album).toMatchObject({ label: null, popularity: null });
    expect(answer.data?.album?.tracks?.nodes).toEqual(
      [0, 1, 2].map(() => ({ name: expect.any(String), popularity: null })),
    );
    expect(await t.calls()).toEqual({ 'GET /v1/albums/{id}': 1 });
  });
});

describe("a Development Mode app, the user's own profile", () => {
  it('answers the country, email, product and follower count Spotify no longer sends as null without an error', async () => {
    await t.clearLog();
    const answer = await t.query(
      graphql(`query DevelopmentRemovedProfileFields {
        me { displayName country email product followerCount } }`),
      {},
      { token: alice },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me).toEqual({
      displayName: 'Alice Premium',
      country: null,
      email: null,
      product: null,
      followerCount: null,
    });
    expect(await t.calls()).toEqual({ 'GET /v1/me': 1 });
  });
});

/**
 * The schema field each removed Spotify field answers (by Spotify object type): every entry of
 * DEVELOPMENT_REMOVED_FIELDS must be here, with the GraphQL type and field, or `undefined` for one the
 * schema has no field for (`album_group` is read by an artist's album list, not answered).
 */
const SCHEMA_FIELDS: Record<string, Record<string, readonly [string, string] | undefined>> = {
  album: {
    album_group: undefined,
    available_markets: ['Album', 'availableMarkets'],
    label: ['Album', 'label'],
    popularity: ['Album', 'popularity'],
  },
  artist: { followers: ['Artist', 'followerCount'], popularity: ['Artist', 'popularity'] },
  track: {
    available_markets: ['Track', 'availableMarkets'],
    linked_from: ['Track', 'linkedFromUri'],
    popularity: ['Track', 'popularity'],
  },
  show: { available_markets: ['Show', 'availableMarkets'], publisher: ['Show', 'publisher'] },
  audiobook: { available_markets: ['Audiobook', 'availableMarkets'], publisher: ['Audiobook', 'publisher'] },
  chapter: { available_markets: ['Chapter', 'availableMarkets'] },
  user: {
    country: ['Me', 'country'],
    email: ['Me', 'email'],
    explicit_content: ['Me', 'explicitContent'],
    followers: ['Me', 'followerCount'],
    product: ['Me', 'product'],
  },
};

describe('the schema says which fields a Development Mode app gets as null', () => {
  it("describes every field Spotify's February 2026 change removed as null for a Development Mode app", async () => {
    // v17 new-user F5: popularity said only "0 to 100.", label and followerCount nothing.
    const answer = await t.query(
      graphql(`query DevelopmentRemovedFieldDocs {
        types: __schema { types { name fields { name description } } } }`),
      {},
    );
    const described = new Map<string, string>();
    for (const type of answer.data?.types.types ?? [])
      for (const field of type.fields ?? [])
        described.set(`${type.name}.${field.name}`, field.description ?? '');
    const missing: string[] = [];
    for (const [spotifyType, fields] of Object.entries(DEVELOPMENT_REMOVED_FIELDS)) {
      for (const field of fields) {
        expect(SCHEMA_FIELDS[spotifyType], `${spotifyType}.${field} mapped`).toHaveProperty(field);
        const target = SCHEMA_FIELDS[spotifyType]?.[field];
        if (target === undefined) continue;
        const text = described.get(target.join('.'));
        if (text === undefined || !/Development Mode app/.test(text)) missing.push(target.join('.'));
      }
    }
    expect(missing).toEqual([]);
  });
});
