/**
 * A 2xx answer Spotify sent readable but of the wrong shape (a page whose `items` is a number, a queue
 * or device list that is an object) would come back the same: it is asked for once, never retried as
 * a transport failure (v10 re-attack on issue 7, R2), and is the field's typed SPOTIFY_UNAVAILABLE error
 * flagged `extensions.badValue: true`, as the same page without its `items` is: one kind of input, one
 * answer. A body that could not be read at all (not JSON) is an outage, not a bad value.
 * The emulator's request log counts the calls.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = graphql(`query WrongShapeSaved { me { savedTracks(first: 3) { totalCount } } }`);
const DEVICES = graphql(`query WrongShapeDevices { me { player { devices { id } } } }`);
const FOLLOWED = graphql(`query WrongShapeFollowed { me { followedArtists(first: 3) { totalCount } } }`);
const RECENT = graphql(`query WrongShapeRecent { me { recentlyPlayed(first: 3) { edges { cursor } } } }`);
const QUEUE = graphql(`query WrongShapeQueue { me { player { queue { items { __typename } } } } }`);

const ask =
  <D extends typeof SAVED | typeof DEVICES | typeof FOLLOWED | typeof RECENT | typeof QUEUE>(doc: D) =>
  () =>
    t.query(doc as typeof SAVED, {}, { token: t.alice });
type Doc = ReturnType<typeof ask>;

const CASES: [string, string, Record<string, unknown>, string[], Doc, (string | number)[]][] = [
  [
    'saved tracks whose items is a number',
    'GET /v1/me/tracks',
    { '/items': 5 },
    [],
    ask(SAVED),
    ['me', 'savedTracks'],
  ],
  ['saved tracks without items', 'GET /v1/me/tracks', {}, ['/items'], ask(SAVED), ['me', 'savedTracks']],
  [
    'a device list sent as an object',
    'GET /v1/me/player/devices',
    { '/devices': {} },
    [],
    ask(DEVICES),
    ['me', 'player', 'devices'],
  ],
  [
    'followed artists whose items is an object',
    'GET /v1/me/following',
    { '/artists/items': {} },
    [],
    ask(FOLLOWED),
    ['me', 'followedArtists'],
  ],
  [
    'recent plays whose items is a string',
    'GET /v1/me/player/recently-played',
    { '/items': 'x' },
    [],
    ask(RECENT),
    ['me', 'recentlyPlayed'],
  ],
  [
    'a queue sent as an object',
    'GET /v1/me/player/queue',
    { '/queue': {} },
    [],
    ask(QUEUE),
    ['me', 'player', 'queue'],
  ],
];

describe('a readable answer of the wrong shape', () => {
  for (const [name, route, set, unset, doc, path] of CASES) {
    it(`${name} is asked for once, the field a typed bad value`, async () => {
      await t.fault(route, set, { unset });
      await t.clearLog();
      const answer = await doc();
      expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.badValue])).toEqual([
        [path, BAD_VALUE.code, true],
      ]);
      expect((await t.calls())[route]).toBe(1);
    });
  }

  it('a body that is not JSON is no bad value: an answer that could not be read', async () => {
    await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', body: 'non-json' });
    const answer = await t.query(SAVED, {}, { token: t.alice });
    expect(answer.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.badValue])).toEqual([
      [['me', 'savedTracks'], 'SPOTIFY_UNAVAILABLE', undefined],
    ]);
  });
});
