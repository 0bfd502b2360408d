/**
 * `me.player.currentlyPlaying` cut from the playback state (when `state` is selected beside it, one
 * `GET /me/player`) answers as `GET /me/player/currently-playing` alone would for the same Spotify
 * body: a malformed state is the same object with the same field errors, never a silent null (v16
 * attack on issue 7, D7). Only "nothing current" (`unknown`, no item, not playing) is null.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const ALONE = graphql(
  `query SharedPlayerReadAlone { me { player { currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }`,
);
const BESIDE_STATE = graphql(
  `query SharedPlayerReadBesideState { me { player { state { isPlaying } currentlyPlaying { isPlaying progressMs currentlyPlayingType item { __typename } } } } }`,
);

/** Both player routes answer `body` (HTTP 200, JSON). */
async function bothRoutesAnswer(body: string): Promise<void> {
  await t.emu.control('DELETE', '/faults');
  for (const route of ['GET /v1/me/player', 'GET /v1/me/player/currently-playing'])
    await t.emu.control('POST', '/faults', {
      route,
      status: 200,
      contentType: 'application/json',
      text: body,
    });
}

type Answer = Awaited<ReturnType<typeof t.query>>;
/** The answer's `currentlyPlaying` and the [path, code] of the errors under it. */
const playingOf = (answer: Answer) => ({
  currentlyPlaying: (answer.data as { me?: { player?: { currentlyPlaying?: unknown } } } | null)?.me?.player
    ?.currentlyPlaying,
  errors: (answer.errors ?? [])
    .filter((error) => error.path?.[2] === 'currentlyPlaying')
    .map((error) => [error.path?.join('.'), error.extensions?.code])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
});

describe('currentlyPlaying cut from the playback state', () => {
  it.each([
    '{"is_playing":true}',
    '{}',
    '{"error":{"status":500,"message":"x"}}',
    '{"is_playing":null,"currently_playing_type":"unknown","item":null}',
    '{"is_playing":"yes","currently_playing_type":"unknown","item":null}',
  ])('answers the same object and field errors beside state as alone for %s', async (body) => {
    await bothRoutesAnswer(body);
    const alone = playingOf(await t.query(ALONE, {}, { token: t.alice }));
    const beside = playingOf(await t.query(BESIDE_STATE, {}, { token: t.alice }));
    // Old code: beside state, currentlyPlaying was null without an error.
    expect(alone.currentlyPlaying).toEqual(expect.any(Object));
    expect(alone.errors.length).toBeGreaterThan(0);
    expect(beside).toEqual(alone);
  });

  it("answers null beside state when nothing is current (unknown, no item, not playing), as the route's 204", async () => {
    await t.emu.control('DELETE', '/faults');
    await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/player',
      status: 200,
      contentType: 'application/json',
      text: '{"is_playing":false,"currently_playing_type":"unknown","item":null,"device":{"id":"d","is_active":true}}',
    });
    const beside = await t.query(BESIDE_STATE, {}, { token: t.alice });
    expect(playingOf(beside)).toEqual({ currentlyPlaying: null, errors: [] });
  });
});
