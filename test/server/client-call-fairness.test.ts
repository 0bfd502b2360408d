import { describe, expect, it } from 'vitest';
import { ClientCallShares } from '../../src/resolvers/client-call-share.js';
import { ConfigError, configFromEnv } from '../../src/server/config.js';

/** Lets every settled promise's continuations run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Calls that run until the test ends them: `start(client, name)` asks `shares` for a place for a call
 * named `name`; `started` lists the calls in the order they got their place; `end(name)` settles one.
 */
function calls(shares: ClientCallShares) {
  const started: string[] = [];
  const enders = new Map<string, () => void>();
  return {
    started,
    start(client: string, name: string): Promise<void> {
      return shares.slotsOf(client).run(
        () =>
          new Promise<void>((resolve) => {
            started.push(name);
            enders.set(name, resolve);
          }),
      );
    },
    async end(name: string): Promise<void> {
      enders.get(name)?.();
      await settle();
    },
  };
}

/**
 * v9 O1: a signed-in user's `me` slowed beside two abusing addresses. Each client's share (96 calls by
 * default) is almost the Spotify client's whole pool (100), so two abusers had more calls than the pool
 * and the rest waited in the client's first-come queue, the user's one call behind all of them. The
 * shares now wait within the pool, and a freed place goes to the waiting client with the fewest calls
 * in flight. These tests count who gets a place, never how long it took.
 */
describe('per-client Spotify call shares within the pool (v9 O1)', () => {
  it("gives a victim's call the next freed place of the pool, before two abusers' queued calls", async () => {
    // Each client may have 3 calls in flight, all clients together 4 (the pool).
    const c = calls(new ClientCallShares(3, 4));
    for (let i = 1; i <= 5; i++) void c.start('address:a', `a${i}`);
    for (let i = 1; i <= 5; i++) void c.start('address:b', `b${i}`);
    await settle();
    expect(c.started).toEqual(['a1', 'a2', 'a3', 'b1']);
    void c.start('user:victim', 'victim');
    await settle();
    // The pool is full: the victim waits, but here (not behind the abusers in the client's queue).
    expect(c.started).not.toContain('victim');
    await c.end('a1');
    expect(c.started.slice(4)).toEqual(['victim']);
  });

  it('hands freed places to the waiting client with the fewest calls in flight, so one abuser cannot take them all', async () => {
    const c = calls(new ClientCallShares(3, 4));
    for (let i = 1; i <= 5; i++) void c.start('address:a', `a${i}`);
    for (let i = 1; i <= 5; i++) void c.start('address:b', `b${i}`);
    await settle();
    // a has 3 in flight, b 1: a's freed place goes to b (a 2, b 2).
    await c.end('a1');
    expect(c.started.slice(4)).toEqual(['b2']);
    // a 1, b 2: the next one to a (a 2, b 2).
    await c.end('a2');
    expect(c.started.slice(5)).toEqual(['a4']);
    // a 2, b 1: b's own freed place goes back to b, even though a waited first.
    await c.end('b1');
    expect(c.started.slice(6)).toEqual(['b3']);
  });

  it('takes a place at once while the pool has room, and every call waiting at last runs', async () => {
    const shares = new ClientCallShares(2, 3);
    const c = calls(shares);
    const all = ['x1', 'x2', 'x3', 'y1', 'y2', 'z1'].map((name) => c.start(`address:${name[0]}`, name));
    await settle();
    expect(c.started).toEqual(['x1', 'x2', 'y1']);
    expect(shares.waitingOf('address:x')).toBe(1);
    for (const name of ['x1', 'x2', 'y1', 'x3', 'y2', 'z1']) await c.end(name);
    await Promise.all(all);
    expect([...c.started].sort()).toEqual(['x1', 'x2', 'x3', 'y1', 'y2', 'z1']);
    expect(shares.inFlight('address:x') + shares.waitingOf('address:x')).toBe(0);
  });
});

/**
 * v15 re-attack RB3: with 50 calls in flight per request, two requests of one client took the whole
 * pool of 100, and another client's call waited for one of them to end. The last `reserve` places go
 * only to a client under its fair share, (capacity - reserve) / the clients with calls: a client alone
 * takes capacity - reserve, competing clients drift to equal parts, and the reserve stays free.
 */
describe('a fair share of the pool per client, with places kept for clients under theirs (v15 RB3)', () => {
  it("lets a client alone take all but the reserve, and a second client's calls start at once from it", async () => {
    const shares = new ClientCallShares(400, 100, 25);
    const c = calls(shares);
    for (let i = 1; i <= 200; i++) void c.start('address:flood', `f${i}`);
    await settle();
    expect(shares.inFlight('address:flood')).toBe(75);
    expect(shares.waitingOf('address:flood')).toBe(125);
    for (let i = 1; i <= 20; i++) void c.start('user:other', `o${i}`);
    await settle();
    // All 20 started, none waited for one of the flood's calls to end.
    expect(shares.inFlight('user:other')).toBe(20);
    expect(c.started.slice(75)).toEqual(Array.from({ length: 20 }, (_, i) => `o${i + 1}`));
  });

  it("hands the flood's freed places to the other client up to its fair share, then keeps the reserve free for a third", async () => {
    const shares = new ClientCallShares(400, 100, 25);
    const c = calls(shares);
    for (let i = 1; i <= 200; i++) void c.start('address:a', `a${i}`);
    for (let i = 1; i <= 200; i++) void c.start('address:b', `b${i}`);
    await settle();
    expect([shares.inFlight('address:a'), shares.inFlight('address:b')]).toEqual([75, 25]);
    // a's first 12 calls end: each freed place goes to b, under its fair share of 75 / 2 = 37.
    for (let i = 1; i <= 12; i++) await c.end(`a${i}`);
    expect([shares.inFlight('address:a'), shares.inFlight('address:b')]).toEqual([63, 37]);
    // Both at or above their share: a's freed places stay free until more than the reserve is.
    for (let i = 13; i <= 38; i++) await c.end(`a${i}`);
    expect([shares.inFlight('address:a'), shares.inFlight('address:b')]).toEqual([38, 37]);
    for (let i = 1; i <= 5; i++) void c.start('user:c', `c${i}`);
    await settle();
    expect(shares.inFlight('user:c')).toBe(5);
    expect(shares.waitingOf('user:c')).toBe(0);
  });
});

describe('SPOTIFY_POOL_RESERVE and REQUEST_SPOTIFY_CONCURRENCY', () => {
  it('default to 25 places kept of the pool of 100 and 50 calls per request, and take 0 to 99', () => {
    expect(configFromEnv({}).limits).toMatchObject({ poolReserve: 25, requestConcurrency: 50 });
    expect(configFromEnv({ SPOTIFY_POOL_RESERVE: '0' }).limits.poolReserve).toBe(0);
    expect(configFromEnv({ SPOTIFY_POOL_RESERVE: '99' }).limits.poolReserve).toBe(99);
  });

  it.each(['100', '-1', '2.5', 'abc'])(
    'refuses SPOTIFY_POOL_RESERVE=%s with a ConfigError naming it',
    (value) => {
      expect(() => configFromEnv({ SPOTIFY_POOL_RESERVE: value })).toThrow(ConfigError);
      expect(() => configFromEnv({ SPOTIFY_POOL_RESERVE: value })).toThrow(/SPOTIFY_POOL_RESERVE/);
    },
  );
});
