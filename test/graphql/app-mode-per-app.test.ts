/**
 * Auto mode learns the app's mode only from tokens issued to the server's own app (its app token, its
 * sessions' tokens), never from a bearer token a caller passed, which may belong to another app in the
 * other mode. Over HTTP against the emulator; the emulator's request log shows which endpoints the
 * anonymous (app-token) query used afterwards.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { PAST_BARE_SPACING_MS, useMovedClock } from '../helpers/clock.js';
import { documentText } from '../helpers/documents.js';
import { type TestServer, useTestServer } from '../helpers/server.js';

const clock = useMovedClock();
const Albums = graphql(`query PerAppAlbums($ids: [ID!]!) { albums(ids: $ids) { name } }`);

interface Answer {
  data?: { albums: ({ name: string } | null)[] } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** `albums(ids:)` over HTTP, with a caller's Spotify access token when given. */
async function albums(t: TestServer, ids: string[], token?: string): Promise<Answer> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query: documentText(Albums), variables: { ids } }),
  });
  return (await response.json()) as Answer;
}

const albumIds = (t: TestServer): string[] => [...t.emu.state.catalog.albums.keys()].slice(0, 25);

describe('an Extended Quota app in auto mode', () => {
  const t = useTestServer({ mode: 'extended', appMode: 'auto', listen: true });

  it("learns nothing from a Development Mode app's token a caller passes: anonymous batches stay batches", async () => {
    const ids = albumIds(t);
    const foreign = await t.emu.token({ user: 'alice', app: 'development' });
    await t.clearLog();
    const theirs = await albums(t, ids, foreign);
    // The caller still gets the albums: the refused batches fall back to single calls for that call.
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.albums.map((album) => album?.name)).toHaveLength(25);
    expect((await t.calls())['GET /v1/albums/{id}']).toBe(25);

    await t.clearLog();
    const anonymous = await albums(t, ids);
    expect(anonymous.errors).toBeUndefined();
    // 25 ids: two batches (20 + 5), no single calls: the server did not take its app for Development.
    expect(await t.calls()).toEqual({ 'GET /v1/albums': 2 });
  });
});

describe('a Development Mode app in auto mode', () => {
  const t = useTestServer({ mode: 'development', appMode: 'auto', listen: true });

  it("learns nothing from an Extended Quota app's token a caller passes, and Development from its own", async () => {
    const ids = albumIds(t);
    const foreign = await t.emu.token({ user: 'alice', app: 'extended' });
    await t.clearLog();
    expect((await albums(t, ids, foreign)).errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'GET /v1/albums': 2 });

    // Not taken for Extended: one batch goes out alone; Spotify's bare 403 is one hint (the next batch,
    // sent right after, is refused too: the same hint), and every id answers by a single call.
    await t.clearLog();
    expect((await albums(t, ids)).errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'GET /v1/albums': 2, 'GET /v1/albums/{id}': 25 });

    // A second hint, 5 s later, teaches Development: the rest goes out as single calls at once.
    clock.advance(PAST_BARE_SPACING_MS);
    await t.clearLog();
    expect((await albums(t, ids)).errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'GET /v1/albums': 1, 'GET /v1/albums/{id}': 25 });

    // Learned from the app's own token: straight to single calls.
    await t.clearLog();
    expect((await albums(t, ids)).errors).toBeUndefined();
    expect(await t.calls()).toEqual({ 'GET /v1/albums/{id}': 25 });
  });
});
