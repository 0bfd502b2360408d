/**
 * Track relinking: with a market, Spotify may answer a track with another copy of it that plays
 * there (another id), naming the track asked for in `linked_from`. The emulator relinks a few tracks
 * in RELINK_MARKET. A track keeps the id it was asked by (Relay refetches by it); the copy that plays
 * is `relinkedUri`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { RELINK_MARKET, relinkTable } from '../../src/emulator/relinking.js';
import { q, useTestServer } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
let requested: string;
let played: string;

beforeAll(() => {
  const [pair] = [...relinkTable(t.emu.state.catalog).entries()];
  [requested, played] = pair!;
});

const FIELDS = 'id spotifyId uri href relinkedUri isPlayable';

describe('a relinked track', () => {
  it('the emulator answers the other copy with linked_from naming the track asked for', async () => {
    const token = await t.emu.token({});
    const answer = await t.emu.api('GET', `/v1/tracks/${requested}?market=${RELINK_MARKET}`, { token });
    expect(answer.json).toMatchObject({ id: played, is_playable: true, linked_from: { id: requested } });
  });

  it('track(id:, market:) keeps the id asked for and names the copy that plays', async () => {
    const answer = await t.query(`{ track(id: ${q(requested)}, market: ${q(RELINK_MARKET)}) { ${FIELDS} } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      track: {
        id: `spotify:track:${requested}`,
        spotifyId: requested,
        uri: `spotify:track:${requested}`,
        href: expect.stringContaining(`/tracks/${requested}`),
        relinkedUri: `spotify:track:${played}`,
        isPlayable: true,
      },
    });
  });

  it('tracks(ids:, market:) (one batch) keeps each id asked for, in order', async () => {
    const other = [...t.emu.state.catalog.tracks.keys()].find((id) => id !== requested && id !== played)!;
    const answer = await t.query<{ tracks: { id: string; relinkedUri: string | null }[] }>(
      `{ tracks(ids: [${q(requested)}, ${q(other)}], market: ${q(RELINK_MARKET)}) { id relinkedUri } }`,
    );
    expect(answer.data?.tracks).toEqual([
      { id: `spotify:track:${requested}`, relinkedUri: `spotify:track:${played}` },
      { id: `spotify:track:${other}`, relinkedUri: null },
    ]);
  });

  it('refetching the id it answered gives the same node', async () => {
    const first = await t.query<{ track: { id: string } }>(
      `{ track(id: ${q(requested)}, market: ${q(RELINK_MARKET)}) { id } }`,
    );
    const id = first.data?.track.id;
    const again = await t.query<{ node: { id: string } }>(
      `{ node(id: ${q(id)}) { id ... on Track { relinkedUri } } }`,
    );
    expect(again.data?.node).toEqual({ id, relinkedUri: null });
  });

  it('a track that is not relinked has no relinkedUri', async () => {
    const answer = await t.query(
      `{ track(id: ${q(played)}, market: ${q(RELINK_MARKET)}) { id relinkedUri } }`,
    );
    expect(answer.data).toEqual({ track: { id: `spotify:track:${played}`, relinkedUri: null } });
  });
});
