import { beforeEach, describe, expect, it } from 'vitest';
import { albumWith } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

// `play` reads share links as the URIs they name before its own checks (v21 attack on the newest
// changes, MEDIUM 2 and 3): an offsetUri among `uris` given as links is found, and an artist context
// given as a link takes no offset, refused before any call as its URI is.

const PLAY = graphql(`
  mutation PlayerShareLinksPlay($contextUri: ID, $uris: [ID!], $offsetPosition: Int, $offsetUri: ID) {
    play(contextUri: $contextUri, uris: $uris, offsetPosition: $offsetPosition, offsetUri: $offsetUri) {
      ok
    }
  }
`);

const t = useTestServer();
let alice: string;

beforeEach(async () => {
  await t.emu.reset();
  alice = await t.emu.token({ user: 'alice' });
});

describe('play with share links', () => {
  it.each([
    ['the same link', (id: string) => `https://open.spotify.com/track/${id}`],
    ['its URI', (id: string) => `spotify:track:${id}`],
  ])('finds an offsetUri given as %s among uris given as links', async (_how, offsetOf) => {
    const { tracks } = albumWith(t.emu, 3);
    const ids = tracks.slice(0, 3).map((track) => track.id);
    const links = ids.map((id) => `https://open.spotify.com/track/${id}`);
    await t.clearLog();
    const answer = await t.query(PLAY, { uris: links, offsetUri: offsetOf(ids[2] ?? '') }, { token: alice });
    expect(answer.errors?.map((error) => error.extensions?.argument) ?? []).not.toContain('offsetUri');
    expect((await t.calls())['PUT /v1/me/player/play']).toBe(1);
  });

  it('refuses an offset for an artist context given as a link, as for its URI, before any call', async () => {
    const id = '0TnOYISbd1XYRBk9myaseg';
    const byUri = await t.query(
      PLAY,
      { contextUri: `spotify:artist:${id}`, offsetPosition: 1 },
      { token: alice },
    );
    await t.clearLog();
    const byLink = await t.query(
      PLAY,
      { contextUri: `https://open.spotify.com/artist/${id}`, offsetPosition: 1 },
      { token: alice },
    );
    expect(byLink.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(byLink.errors?.[0]?.message).toBe(byUri.errors?.[0]?.message);
    expect(await t.calls()).toEqual({});
  });
});
