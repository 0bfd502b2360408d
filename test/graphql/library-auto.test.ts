import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dataOf, q, useTestServer } from '../helpers/server.js';

/** A Development Mode app with the mode detected (`auto`): the first refusal switches writes to /me/library. */

const t = useTestServer({ mode: 'development', appMode: 'auto' });
let alice: string;
let uris: string[];

beforeAll(async () => {
  alice = await t.emu.token({ user: 'alice', app: 'development' });
  const saved = t.emu.state.user('alice').saved;
  uris = [...t.emu.state.catalog.tracks.keys()]
    .filter((id) => !saved.track.has(id))
    .slice(0, 3)
    .map((id) => `spotify:track:${id}`);
});
beforeEach(() => t.clearLog());

const run = <T>(document: string): Promise<T> => dataOf<T>(t, document, alice);

describe('library writes with the app mode detected', () => {
  it('falls back to /me/library after the first 403, then goes there directly', async () => {
    await run(`mutation { saveToLibrary(uris: ${q([uris[0]])}) { uris } }`);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/tracks': 1, 'PUT /v1/me/library': 1 });

    await t.clearLog();
    await run(`mutation { saveToLibrary(uris: ${q(uris.slice(1))}) { uris } }`);
    expect(await t.calls()).toEqual({ 'PUT /v1/me/library': 1 });

    const data = await run<{ me: { libraryContains: boolean[] } }>(
      `{ me { libraryContains(uris: ${q(uris)}) } }`,
    );
    expect(data.me.libraryContains).toEqual([true, true, true]);
  });
});
