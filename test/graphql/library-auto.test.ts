import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type AuthTestServer, type CookieJar, startAuthServer } from '../helpers/auth.js';
import { PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import type { TypedDocumentNode } from '../helpers/documents.js';
import { DEVELOPMENT_APP } from '../helpers/emulator.js';

/**
 * A Development Mode app with the mode detected (`auto`): Spotify refuses the per-type write with a
 * bare 403 Forbidden, which sends that write to /me/library and is one hint; a second one to a call
 * sent 5 s later teaches the mode, and writes go to /me/library directly. The user signs in through
 * the server: auto mode learns from its own sessions' tokens, not from a Spotify access token a caller
 * passes (test/graphql/app-mode-per-app.test.ts).
 */

const clock = useMovedClock();
let t: AuthTestServer;
let alice: CookieJar;
let uris: string[];

beforeAll(async () => {
  t = await startAuthServer({
    config: {
      clientId: DEVELOPMENT_APP.clientId,
      clientSecret: DEVELOPMENT_APP.clientSecret,
      appMode: 'auto',
    },
  });
  alice = await t.signIn('alice');
  const saved = t.emu.state.user('alice').saved;
  uris = [...t.emu.state.catalog.tracks.keys()]
    .filter((id) => !saved.track.has(id))
    .slice(0, 3)
    .map((id) => `spotify:track:${id}`);
});
afterAll(() => t.close());
beforeEach(() => t.emu.control('DELETE', '/requests'));

async function run<T, V>(document: TypedDocumentNode<T, V>, variables: NoInfer<V>): Promise<T> {
  const answer = await t.graphql(document, { jar: alice, variables });
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data as T;
}

const save = graphql(`mutation LibraryAutoSave($uris: [ID!]!) { saveToLibrary(uris: $uris) { uris } }`);

/** Web API calls by route since the log was cleared (the token endpoint is the server's own business). */
async function calls(): Promise<Record<string, number>> {
  const log = await t.emu.control('GET', '/requests');
  const { 'POST /api/token': _token, ...rest } = (log.json as { byRoute: Record<string, number> }).byRoute;
  return rest;
}

describe('library writes with the app mode detected', () => {
  it('falls back to /me/library on each refusal, learns the mode from the second one 5 s later, then goes there directly', async () => {
    await run(save, { uris: [uris[0]!] });
    expect(await calls()).toEqual({ 'PUT /v1/me/tracks': 1, 'PUT /v1/me/library': 1 });

    clock.advance(PAST_BARE_SPACING_MS);
    await t.emu.control('DELETE', '/requests');
    await run(save, { uris: [uris[1]!] });
    expect(await calls()).toEqual({ 'PUT /v1/me/tracks': 1, 'PUT /v1/me/library': 1 });

    await t.emu.control('DELETE', '/requests');
    await run(save, { uris: [uris[2]!] });
    expect(await calls()).toEqual({ 'PUT /v1/me/library': 1 });

    const data = await run(
      graphql(`query LibraryAutoContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }`),
      { uris },
    );
    expect(data.me?.libraryContains).toEqual([true, true, true]);
  });
});
