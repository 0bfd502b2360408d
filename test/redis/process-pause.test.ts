import { describe, expect, it, vi } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { type ServeProcess, useServeProcesses } from '../helpers/processes.js';
import { waitFor } from '../helpers/subscriptions.js';

// Two real `serve` processes start: generous deadlines under load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ProcessPauseArtist = graphql(`
  query ProcessPauseArtist($id: ID!) {
    artist(id: $id) {
      name
    }
  }
`);

interface Answer {
  data?: { artist: { name: string } | null } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A 429 with Retry-After met by one `serve` process pauses the other, which Spotify never told: two
 * processes (each with its own client, pause and Redis connections) against one emulator and one
 * redis-server, as behind a load balancer.
 */
describe('a 429 on one of two serve processes sharing one Redis', () => {
  const set = useServeProcesses({ keyByte: 6 });
  const processes = set.instances;

  const query = async (process: ServeProcess, id: string): Promise<Answer> => {
    const response = await fetch(process.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: documentText(ProcessPauseArtist), variables: { id } }),
    });
    return (await response.json()) as Answer;
  };
  const artistCalls = async (): Promise<number> => {
    const log = (await set.emu.control('GET', '/requests')).json as { entries: { route: string }[] };
    return log.entries.filter((entry) => entry.route.startsWith('/v1/artists')).length;
  };

  it('pauses the other process: its query is rate limited without a call to Spotify', async () => {
    const [a, b] = processes as [ServeProcess, ServeProcess];
    // Every query asks for an artist not asked before: the catalog cache (memory, then Redis) never answers.
    const fresh = [...set.emu.state.catalog.artists.keys()];
    const next = (): string => {
      const id = fresh.shift();
      if (id === undefined) throw new Error('the emulator has no more artists to ask for');
      return id;
    };
    // Both work before the 429 (each has its app token).
    expect((await query(a, next())).data?.artist?.name).toEqual(expect.any(String));
    expect((await query(b, next())).data?.artist?.name).toEqual(expect.any(String));
    const fault = await set.emu.control('POST', '/faults', {
      route: 'GET /v1/artists',
      status: 429,
      retryAfter: 120,
      times: 1,
    });
    expect(fault.status).toBe(201);
    const limited = await query(a, next());
    expect(limited.errors?.[0]?.extensions?.code).toBe('SPOTIFY_RATE_LIMITED');
    let answer: Answer | undefined;
    await waitFor(
      async () => {
        await set.emu.control('DELETE', '/requests');
        answer = await query(b, next());
        return answer.errors?.[0]?.extensions?.code === 'SPOTIFY_RATE_LIMITED';
      },
      () => `process B was not paused: ${JSON.stringify(answer)}\n${b.output()}`,
    );
    expect(await artistCalls()).toBe(0);
    const retryAfter = Number(answer?.errors?.[0]?.extensions?.retryAfter ?? 0);
    expect(retryAfter).toBeGreaterThan(5);
    expect(retryAfter).toBeLessThanOrEqual(120);
  });
});
