import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { documentText, type TypedDocumentNode } from '../helpers/documents.js';
import { sessionTokenOf, startTestServer, type TestServer } from '../helpers/server.js';

interface Answer {
  status: number;
  statusText: string;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** POSTs `document` (with `variables`) to `url` over real HTTP, as `token` when given. */
async function post<R, V>(
  url: string,
  document: TypedDocumentNode<R, V>,
  options: { variables?: V; token?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
  const { variables, token, signal } = options;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentText(document), variables }),
    signal: signal ?? null,
  });
  return {
    status: response.status,
    statusText: response.statusText,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Answer['body'],
  };
}

async function withServer(
  limits: Parameters<typeof startTestServer>[0] extends infer O
    ? O extends { limits?: infer L }
      ? L
      : never
    : never,
  run: (t: TestServer, url: string) => Promise<void>,
): Promise<void> {
  const t = await startTestServer({ limits });
  try {
    await run(t, await t.server.start(0, '127.0.0.1'));
  } finally {
    await t.close();
  }
}

/** A live server session for the emulator's user (see sessionTokenOf). */
const sessionOf = (t: TestServer, user: string): Promise<string> => sessionTokenOf(t, user);

async function searchCalls(t: TestServer): Promise<number> {
  return (await t.calls())['GET /v1/search'] ?? 0;
}

const SEARCH_500 = graphql(
  `query AmplificationSearch500 { search(query: "a", types: [TRACK], first: 500) { tracks { nodes { name } } } }`,
);
const SEARCH_100 = graphql(
  `query AmplificationSearch100 { search(query: "a", types: [TRACK], first: 100) { tracks { nodes { name } } } }`,
);
const TYPENAME = graphql(`query AmplificationTypename { __typename }`);
// 50 pages of a search in a market the caller names: searches in distinct markets share no page in flight.
const POOL_SEARCH = graphql(
  `query AmplificationPoolSearch($market: String!) { search(query: "a", types: [TRACK], first: 500, market: $market) { tracks { nodes { name } } } }`,
);

describe('amplification bounds', () => {
  it('ends a request at its deadline with DEADLINE_EXCEEDED while Spotify stalls', async () => {
    await withServer({ requestDeadlineMs: 500 }, async (t, url) => {
      const id = [...t.emu.state.catalog.albums.keys()][0]!;
      for (const route of ['GET /v1/albums/{id}', 'GET /v1/albums'])
        await t.emu.control('POST', '/faults', { route, latencyMs: 10_000 });
      const answer = await post(
        url,
        graphql(`query AmplificationAlbum($id: ID!) { album(id: $id) { name } }`),
        {
          variables: { id },
        },
      );
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('DEADLINE_EXCEEDED');
    });
  });

  it('stops calling Spotify when the client goes away', async () => {
    await withServer({ requestConcurrency: 2 }, async (t, url) => {
      await t.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 1_000 });
      await t.clearLog();
      const controller = new AbortController();
      const pending = post(url, SEARCH_500, { signal: controller.signal }).catch(() => undefined);
      // Two pages are on their way (the request's concurrency); the client leaves.
      await new Promise((resolve) => setTimeout(resolve, 300));
      controller.abort();
      await pending;
      // Without the abort, 10 pages at 2 at a time would be 6 calls by now.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(await searchCalls(t)).toBeLessThanOrEqual(2);
    });
  });

  it('refuses a client over RATE_LIMIT_REQUESTS with 429 RATE_LIMITED, and not another client', async () => {
    await withServer({ rateLimit: { requests: 3, windowSeconds: 60, concurrent: 8 } }, async (t, url) => {
      for (let i = 0; i < 3; i++) expect((await post(url, TYPENAME)).status).toBe(200);
      const refused = await post(url, TYPENAME);
      expect(refused.status).toBe(429);
      // Its reason phrase, as every other status the server answers has (v14 new user, F8).
      expect(refused.statusText).toBe('Too Many Requests');
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      const other = await post(url, TYPENAME, { token: await sessionOf(t, 'alice') });
      expect(other.status).toBe(200);
    });
  });

  it("keeps at most REQUEST_SPOTIFY_CONCURRENCY of one request's Spotify calls in flight", async () => {
    await withServer({ requestConcurrency: 2 }, async (t, url) => {
      // The search's pages, each held 300 ms by the emulator: unbounded, all would wait at once.
      await t.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 300 });
      let answered = false;
      const pending = post(url, SEARCH_500).finally(() => {
        answered = true;
      });
      let most = 0;
      while (!answered) {
        const log = (await t.emu.control('GET', '/requests')).json as { inFlight: number };
        most = Math.max(most, log.inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await pending).body.errors).toBeUndefined();
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(2);
      expect(await searchCalls(t)).toBeGreaterThan(2);
    });
  }, 60_000);

  it("sends a signed-in victim's me before the calls two abusers queued beyond the Spotify client's pool (v9 O1)", async () => {
    await withServer(
      { rateLimit: { requests: 10_000, windowSeconds: 60, concurrent: 8 } },
      async (t, url) => {
        const [alice, bob, carol] = await Promise.all([
          sessionOf(t, 'alice'),
          sessionOf(t, 'bob'),
          sessionOf(t, 'carol'),
        ]);
        await t.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 2000 });
        // Two clients at their whole share (8 requests of 10 pages each: 80 calls) want 160 calls of the
        // pool's 100: the first takes 75, the second the 25 kept for a client under its fair share
        // (SPOTIFY_POOL_RESERVE), and the rest wait. They are two signed-in users (a test's callers all
        // share 127.0.0.1): to fair use, two clients as two abusing addresses are.
        const markets = 'US GB DE FR SE JP BR CA AU ES IT NL MX NO DK FI'.split(' ');
        const abuse = [alice, bob].flatMap((token, who) =>
          markets
            .slice(who * 8, who * 8 + 8)
            .map((market) => post(url, POOL_SEARCH, { token, variables: { market } })),
        );
        const inFlight = async () =>
          ((await t.emu.control('GET', '/requests')).json as { inFlight: number }).inFlight;
        // The pool is (all but) full: the emulator holds the calls it lets through 2 s each (the abuse
        // at 50 calls per request would be over before the victim asks with a shorter hold).
        const deadline = Date.now() + 30_000;
        while ((await inFlight()) < 90 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await inFlight()).toBeGreaterThanOrEqual(90);
        const asked = Date.now();
        const victim = await post(url, graphql(`query AmplificationPoolVictim { me { displayName } }`), {
          token: carol,
        });
        expect(victim.body.data).toEqual({ me: { displayName: expect.any(String) } });
        // A call is in the log once it is answered: the searches in flight are, once the abuse ends.
        await Promise.all(abuse);
        const entries = (
          (await t.emu.control('GET', '/requests')).json as {
            entries: { route: string; receivedAt: number }[];
          }
        ).entries;
        const me = entries.find((entry) => entry.route === '/v1/me');
        expect(me).toBeDefined();
        // The searches that reached Spotify after the victim asked and before its call: before, the
        // abusers' 92 queued calls all went first; now the victim's call takes one of the next free places.
        const ahead = entries.filter(
          (entry) =>
            entry.route === '/v1/search' && entry.receivedAt > asked && entry.receivedAt < me!.receivedAt,
        );
        expect(ahead.length).toBeLessThan(30);
      },
    );
  }, 120_000);

  it("answers a victim's me while an anonymous abuser floods searches", async () => {
    await withServer({ rateLimit: { requests: 1000, windowSeconds: 60, concurrent: 2 } }, async (t, url) => {
      const alice = await sessionOf(t, 'alice');
      await t.emu.control('POST', '/faults', { route: 'GET /v1/search', latencyMs: 300 });
      let abuseDone = 0;
      const abuse = Array.from({ length: 20 }, () =>
        post(url, SEARCH_100).finally(() => {
          abuseDone += 1;
        }),
      );
      // The abuse is under way when the victim asks.
      const deadline = Date.now() + 15_000;
      while (t.server.inFlight < 5 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const victim = await post(url, graphql(`query AmplificationVictim { me { displayName } }`), {
        token: alice,
      });
      expect(victim.body.errors).toBeUndefined();
      expect(victim.body.data).toEqual({ me: { displayName: expect.any(String) } });
      expect(abuseDone).toBeLessThan(20);
      const outcomes = await Promise.all(abuse);
      // Beyond 2 at once and 8 waiting, the abuser was refused.
      expect(outcomes.some((outcome) => outcome.status === 429)).toBe(true);
    });
  }, 60_000);
});
