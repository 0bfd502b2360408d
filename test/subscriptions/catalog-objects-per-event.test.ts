import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { createCatalogLoaders, type LoadableType, nextEventLoads } from '../../src/resolvers/loaders.js';
import { SpotifyAPIError } from '../../src/spotify/errors.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';

/**
 * A subscription's per-type catalog loaders (ctx.loaders) from one event to the next (renewCallLimit
 * calls nextEventLoads before each event's execution): the ids each event sends to Spotify show what
 * the loaders still held.
 */
function subscriptionLoaders(failing: Set<string> = new Set()) {
  const sent: string[][] = [];
  const loaders = createCatalogLoaders({
    client: {
      requestManySettled: async <T>(_batch: unknown, _single: unknown, ids: readonly string[]) => {
        sent.push([...ids]);
        return ids.map((id) =>
          failing.has(id)
            ? new SpotifyAPIError('Server error', { status: 502 })
            : { id, type: 'album', name: `Album ${id}` },
        ) as unknown as T[];
      },
    },
    token: new SpotifyAuthorisationToken({ accessToken: 'user-token' }),
    cache: new MemoryCatalogCache(),
    share: false,
  });
  const event = async (type: LoadableType, ids: readonly string[]) => {
    nextEventLoads(loaders);
    const before = sent.length;
    const settled = await Promise.allSettled(ids.map((id) => loaders[type].load({ id, market: undefined })));
    return { sent: sent.slice(before).flat(), settled: settled.map((one) => one.status) };
  };
  return { event };
}

describe("a subscription's catalog objects by id, from event to event", () => {
  it("keeps only the last event's objects: after 20 events of different albums, the older ones are asked again", async () => {
    const { event } = subscriptionLoaders();
    for (let i = 0; i < 20; i++) expect((await event('album', [`a${i}`])).sent).toEqual([`a${i}`]);
    // The last event's album answers without a call; every older one was let go of.
    expect((await event('album', ['a19'])).sent).toEqual([]);
    expect((await event('album', ['a0', 'a10', 'a18', 'a19'])).sent).toEqual(['a0', 'a10', 'a18']);
  });

  it('keeps an object every event asks for (the album of a track played on), without a call', async () => {
    const { event } = subscriptionLoaders();
    expect((await event('album', ['kept', 'b0'])).sent).toEqual(['kept', 'b0']);
    for (let i = 1; i < 10; i++) expect((await event('album', ['kept', `b${i}`])).sent).toEqual([`b${i}`]);
  });

  it('asks again at the next event for an object whose load failed, which failed once per event only', async () => {
    const failing = new Set(['broken']);
    const { event } = subscriptionLoaders(failing);
    expect(await event('album', ['broken', 'broken'])).toEqual({
      sent: ['broken'],
      settled: ['rejected', 'rejected'],
    });
    failing.delete('broken');
    expect(await event('album', ['broken'])).toEqual({ sent: ['broken'], settled: ['fulfilled'] });
    expect(await event('album', ['broken'])).toEqual({ sent: [], settled: ['fulfilled'] });
  });
});
