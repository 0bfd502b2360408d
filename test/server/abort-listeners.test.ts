import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

describe("a request's abort signals and its concurrent Spotify calls", () => {
  const server = useTestServer();
  const warnings: Error[] = [];
  const collect = (warning: Error): void => {
    warnings.push(warning);
  };
  beforeEach(() => {
    warnings.length = 0;
    process.on('warning', collect);
  });
  afterEach(() => {
    process.off('warning', collect);
  });

  it('emits no MaxListenersExceededWarning when more than 10 calls of one request are in flight', async () => {
    // The aliased fields' 600 ids go out as one shared load (the loader's batch) of 12 calls of 50 ids,
    // all in flight at once (REQUEST_SPOTIFY_CONCURRENCY 50), each listening to the load's abort signal.
    const ids = [...server.emu.state.catalog.tracks.keys()].slice(0, 600);
    expect(ids).toHaveLength(600);
    const part = (i: number): string[] => ids.slice(i * 100, (i + 1) * 100);
    await server.clearLog();
    const answer = await server.query(
      graphql(`
      query AbortListenersManyTracks($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {
        a: tracks(ids: $a) { spotifyId }
        b: tracks(ids: $b) { spotifyId }
        c: tracks(ids: $c) { spotifyId }
        d: tracks(ids: $d) { spotifyId }
        e: tracks(ids: $e) { spotifyId }
        f: tracks(ids: $f) { spotifyId }
      }`),
      { a: part(0), b: part(1), c: part(2), d: part(3), e: part(4), f: part(5) },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.f?.map((track) => track?.spotifyId)).toEqual(part(5));
    expect(await server.calls()).toEqual({ 'GET /v1/tracks': 12 });
    // process 'warning' is emitted on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message)).toEqual(
      [],
    );
  });
});
