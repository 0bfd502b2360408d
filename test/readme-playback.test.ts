/**
 * The README's examples in the order written, as alice: the `NewPlaylist` mutation of "The GraphQL API"
 * (which makes alice's first playlist an empty "Road trip"), then the "Live playback" steps: a device, the
 * playlist the README names, `play` and `skipToNext`. The playlist must not depend on what the earlier
 * examples changed, and must be a seeded one with tracks to skip through.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { useTestServer, useUserToken } from './helpers/server.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const t = useTestServer();
const alice = useUserToken(t, 'alice');

const NEW_PLAYLIST = graphql(`
  mutation ReadmeNewPlaylist($uris: [ID!]!) {
    createPlaylist(name: "Road trip", public: false) { playlist { id } }
    saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }
  }
`);
const DEVICES = graphql(`query ReadmeDevices { me { player { devices { id } } } }`);
const PLAY = graphql(`
  mutation ReadmePlay($contextUri: ID!, $deviceId: String!) { play(contextUri: $contextUri, deviceId: $deviceId) { ok } }
`);
const SKIP = graphql(`mutation ReadmeSkip { skipToNext { ok } }`);

describe("the README's examples in order", () => {
  it('NewPlaylist first, then Live playback plays and skips through the playlist it names', async () => {
    // The README's mutation, as written there.
    expect(README).toContain('createPlaylist(name: "Road trip", public: false) { playlist { id } }');
    expect(README).toContain('saveToLibrary(uris: $uris) { uris me { libraryContains(uris: $uris) } }');
    const created = await t.query(
      NEW_PLAYLIST,
      { uris: ['spotify:album:XT94gAfz9YdXBYy8T2N7Dj'] },
      { token: alice.token },
    );
    expect(created.errors).toBeUndefined();

    const named = /^PLAYLIST=(spotify:playlist:[A-Za-z0-9]{22})\b/m.exec(README)?.[1];
    expect(named, 'the Live playback example names its playlist by URI').toBeDefined();
    const devices = await t.query(DEVICES, {}, { token: alice.token });
    const deviceId = devices.data?.me?.player.devices?.[0]?.id;
    expect(deviceId).toEqual(expect.any(String));

    const played = await t.query(PLAY, { contextUri: named!, deviceId: deviceId! }, { token: alice.token });
    expect(played.errors).toBeUndefined();
    expect(played.data?.play?.ok).toBe(true);
    const skipped = await t.query(SKIP, {}, { token: alice.token });
    expect(skipped.errors).toBeUndefined();
    expect(skipped.data?.skipToNext?.ok).toBe(true);
  });
});
