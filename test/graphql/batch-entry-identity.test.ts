/**
 * No id asked for ever gets another object's data from a batch answer, whatever kind of object: an
 * entry that claims an id another entry claims too proves neither (both ids are SPOTIFY_UNAVAILABLE
 * with `extensions.badValue`), an entry of an id not asked answers nothing, and a single call (Development
 * Mode) answered with another object is that id's error. Such answers never reach the shared catalog
 * cache. The emulator's `set` rules bend its real answers.
 */
import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import type { GraphQLDocument } from '../helpers/documents.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';
import type { TestServer } from '../helpers/server.js';

const KINDS = {
  albums: graphql(`query BatchIdentityAlbums($ids: [ID!]!) { albums(ids: $ids) { id name } }`),
  artists: graphql(`query BatchIdentityArtists($ids: [ID!]!) { artists(ids: $ids) { id name } }`),
  tracks: graphql(`query BatchIdentityTracks($ids: [ID!]!) { tracks(ids: $ids) { id name } }`),
  shows: graphql(`query BatchIdentityShows($ids: [ID!]!) { shows(ids: $ids) { id name } }`),
  episodes: graphql(`query BatchIdentityEpisodes($ids: [ID!]!) { episodes(ids: $ids) { id name } }`),
  audiobooks: graphql(`query BatchIdentityAudiobooks($ids: [ID!]!) { audiobooks(ids: $ids) { id name } }`),
  chapters: graphql(`query BatchIdentityChapters($ids: [ID!]!) { chapters(ids: $ids) { id name } }`),
} as const;
type Kind = keyof typeof KINDS;
const NODE_TYPE: Record<Kind, string> = {
  albums: 'album',
  artists: 'artist',
  tracks: 'track',
  shows: 'show',
  episodes: 'episode',
  audiobooks: 'audiobook',
  chapters: 'chapter',
};

type Named = { id: string; name: string } | null;

function idsOf(t: TestServer, kind: Kind, count: number): string[] {
  return [...t.emu.state.catalog[kind].keys()].slice(0, count);
}

async function ask(t: TestServer, kind: Kind, ids: string[], token?: string) {
  // Every kind's document answers `{ <kind>: [{ id, name }] }`.
  const document = KINDS[kind] as GraphQLDocument<Partial<Record<Kind, Named[]>>, { ids: string[] }>;
  const answer = await t.query(document, { ids }, token === undefined ? {} : { token });
  const list = answer.data?.[kind] ?? [];
  const errors = new Map((answer.errors ?? []).map((e) => [JSON.stringify(e.path), e.extensions]));
  return { list, errors, answer };
}

/** Each object's name as Spotify (the emulator, without faults) gives it. */
async function realNames(t: TestServer, kind: Kind, ids: string[], token: string): Promise<string[]> {
  const answer = await t.emu.api('GET', `/v1/${kind}?ids=${ids.join(',')}`, { token });
  return ((answer.json as Record<string, { name: string }[]>)[kind] ?? []).map((o) => o.name);
}

describe('batch answers that repeat an id or name one not asked', () => {
  const t = useFaultTestServer({ mode: 'extended' });

  for (const kind of Object.keys(KINDS) as Kind[]) {
    it(`${kind}: an id two entries claim is neither entry's, and the id left out is not covered`, async () => {
      const [a, b] = idsOf(t, kind, 2) as [string, string];
      await t.fault(`GET /v1/${kind}`, { [`/${kind}/0/id`]: b });
      const { list, errors } = await ask(t, kind, [a, b], t.alice);
      expect(list).toEqual([null, null]);
      for (const at of [0, 1]) {
        expect(errors.get(JSON.stringify([kind, at]))).toMatchObject(BAD_VALUE);
      }
    });

    it(`${kind}: an entry of an id not asked answers nothing, the other entry keeps its own data`, async () => {
      const [a, b, other] = idsOf(t, kind, 3) as [string, string, string];
      const names = await realNames(t, kind, [a, b], t.alice);
      await t.fault(`GET /v1/${kind}`, { [`/${kind}/0/id`]: other });
      const { list, errors } = await ask(t, kind, [a, b], t.alice);
      expect(list).toEqual([null, { id: `spotify:${NODE_TYPE[kind]}:${b}`, name: names[1] }]);
      expect([...errors.keys()]).toEqual([JSON.stringify([kind, 0])]);
      expect(errors.get(JSON.stringify([kind, 0]))).toMatchObject(BAD_VALUE);
    });
  }

  it('tracks: a relinked entry whose linked_from claims an id another entry answers proves neither', async () => {
    const [a, b] = idsOf(t, 'tracks', 2) as [string, string];
    await t.fault('GET /v1/tracks', {
      '/tracks/0/linked_from': { id: b, type: 'track', uri: `spotify:track:${b}` },
    });
    const { list, errors } = await ask(t, 'tracks', [a, b], t.alice);
    expect(list).toEqual([null, null]);
    expect([...errors.values()].map((e) => e?.code)).toEqual(['SPOTIFY_UNAVAILABLE', 'SPOTIFY_UNAVAILABLE']);
  });
});

describe('an unproven batch answer never reaches the shared catalog cache', () => {
  const t = useFaultTestServer({ mode: 'extended', cache: new MemoryCatalogCache({ ttlSeconds: 300 }) });

  it('after a duplicated answer, the id is fetched again and answers its own object', async () => {
    const [a, b] = idsOf(t, 'albums', 2) as [string, string];
    const names = await realNames(t, 'albums', [a, b], t.alice);
    await t.fault('GET /v1/albums', { '/albums/0/id': b }, { times: 1 });
    // Anonymous: the app token's answers are shared between requests.
    const first = await ask(t, 'albums', [a, b]);
    expect(first.list).toEqual([null, null]);
    await t.clearLog();
    const again = await ask(t, 'albums', [b]);
    expect(again.answer.errors).toBeUndefined();
    expect(again.list).toEqual([{ id: `spotify:album:${b}`, name: names[1] }]);
    expect((await t.calls())['GET /v1/albums']).toBe(1);
  });
});

describe('single calls (Development Mode) answered with another object', () => {
  const t = useFaultTestServer({ mode: 'development' });

  it("an album call answered with another album's id is that id's error, the other album answers", async () => {
    const [a, b, other] = idsOf(t, 'albums', 3) as [string, string, string];
    await t.fault('GET /v1/albums/{id}', { '/id': other }, { times: 1 });
    const { list, errors } = await ask(t, 'albums', [a, b], t.alice);
    expect(list.filter((album) => album !== null).length).toBe(1);
    const failed = list.indexOf(null);
    const kept = list[1 - failed];
    expect(kept?.id).toBe(`spotify:album:${[a, b][1 - failed]}`);
    expect(errors.get(JSON.stringify(['albums', failed]))).toMatchObject(BAD_VALUE);
  });
});
