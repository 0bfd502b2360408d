import { describe, it } from 'vitest';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = `{ me { savedTracks(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
const SAVED60 = `{ me { savedTracks(first: 60) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } } }`;
const FOLLOWED = `{ me { followedArtists(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
const RECENT = `{ me { recentlyPlayed(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } } }`;

describe('explore', () => {
  it('runs', async () => {
    const albums = [...t.emu.state.catalog.albums.keys()].slice(0, 2);
    const tracks = [...t.emu.state.catalog.tracks.keys()].slice(0, 2);
    const ALBUMS = `{ albums(ids: ${JSON.stringify(albums)}) { id name } }`;
    const TRACKS = `{ tracks(ids: ${JSON.stringify(tracks)}) { id name } }`;
    const cases: [string, string, Record<string, unknown>, string[], string, Record<string,string>?][] = [
      ['next 5', 'GET /v1/me/tracks', { '/next': 5 }, [], SAVED],
      ['next {}', 'GET /v1/me/tracks', { '/next': {} }, [], SAVED],
      ['next ""', 'GET /v1/me/tracks', { '/next': '' }, [], SAVED],
      ['previous 5', 'GET /v1/me/tracks', { '/previous': 5 }, [], SAVED],
      ['limit "20"', 'GET /v1/me/tracks', { '/limit': '20' }, [], SAVED],
      ['offset "0"', 'GET /v1/me/tracks', { '/offset': '0' }, [], SAVED],
      ['total "64"', 'GET /v1/me/tracks', { '/total': '64' }, [], SAVED],
      ['later page next 5', 'GET /v1/me/tracks', { '/next': 5 }, [], SAVED60, { offset: '50' }],
      ['later page offset "50"', 'GET /v1/me/tracks', { '/offset': '50' }, [], SAVED60, { offset: '50' }],
      ['later page limit "50"', 'GET /v1/me/tracks', { '/limit': 'x' }, [], SAVED60, { offset: '50' }],
      ['followed next 5', 'GET /v1/me/following', { '/artists/next': 5 }, [], FOLLOWED],
      ['followed cursors "x"', 'GET /v1/me/following', { '/artists/cursors': 'x' }, [], FOLLOWED],
      ['followed cursors 5', 'GET /v1/me/following', { '/artists/cursors': 5 }, [], FOLLOWED],
      ['followed cursors []', 'GET /v1/me/following', { '/artists/cursors': [] }, [], FOLLOWED],
      ['followed limit "x"', 'GET /v1/me/following', { '/artists/limit': 'x' }, [], FOLLOWED],
      ['followed total "x"', 'GET /v1/me/following', { '/artists/total': 'x' }, [], FOLLOWED],
      ['recent cursors "x"', 'GET /v1/me/player/recently-played', { '/cursors': 'x' }, [], RECENT],
      ['recent next 5', 'GET /v1/me/player/recently-played', { '/next': 5 }, [], RECENT],
      ['recent limit "x"', 'GET /v1/me/player/recently-played', { '/limit': 'x' }, [], RECENT],
      ['albums 3 for 2', 'GET /v1/albums', { '/albums/2': null }, [], ALBUMS],
      ['albums 1 for 2', 'GET /v1/albums', {}, ['/albums/1'], ALBUMS],
      ['tracks 3 for 2', 'GET /v1/tracks', { '/tracks/2': null }, [], TRACKS],
      ['tracks 1 for 2', 'GET /v1/tracks', {}, ['/tracks/1'], TRACKS],
    ];
    for (const [name, route, set, unset, doc, query] of cases) {
      await t.emu.control('DELETE', '/faults');
      await t.fault(route, set, { unset, ...(query ? { query } : {}) });
      const a = await t.query(doc, {}, { token: t.alice });
      console.log(`### ${name}\n${JSON.stringify({ n: JSON.stringify(a.data).length, errors: a.errors?.map((e) => [e.message, e.path, e.extensions?.code]) })}`);
    }
  }, 120000);
});
