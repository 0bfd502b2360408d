import { beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let alice: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
});

describe('GET /me', () => {
  it('answers the private profile with email, country, product and explicit content settings', async () => {
    const answer = await emu.api('GET', '/v1/me', { token: alice });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-current-users-profile', 200, answer.json);
    expect(answer.json).toMatchObject({
      id: 'alice',
      display_name: 'Alice Premium',
      email: 'alice@example.com',
      country: 'SE',
      product: 'premium',
      explicit_content: { filter_enabled: false, filter_locked: false },
      type: 'user',
      uri: 'spotify:user:alice',
      href: `${emu.url}/v1/users/alice`,
      followers: { total: expect.any(Number) },
    });
    expect((answer.json as { account_id: string }).account_id).toMatch(/^[0-9a-z]{10}$/);
  });

  it('tells the free account apart', async () => {
    const bob = await emu.token({ user: 'bob' });
    const answer = await emu.api('GET', '/v1/me', { token: bob });
    expect(answer.json).toMatchObject({ id: 'bob', product: 'free', country: 'US' });
    expect((answer.json as { account_id: string }).account_id).not.toBe(
      ((await emu.api('GET', '/v1/me', { token: alice })).json as { account_id: string }).account_id,
    );
  });

  it('leaves out the email without user-read-email', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    const body = answer.json as Record<string, unknown>;
    expect(body).not.toHaveProperty('email');
    expect(body).toMatchObject({ country: 'SE', product: 'premium' });
  });

  it('leaves out country, product and explicit content without user-read-private', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-read-email'] });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-current-users-profile', 200, answer.json);
    const body = answer.json as Record<string, unknown>;
    expect(body.email).toBe('alice@example.com');
    for (const key of ['country', 'product', 'explicit_content']) expect(body).not.toHaveProperty(key);
  });

  it('answers the public fields with no scope at all', async () => {
    const token = await emu.token({ user: 'alice', scopes: [] });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: 'alice', display_name: 'Alice Premium' });
    expect(answer.json).not.toHaveProperty('email');
  });

  it('refuses a client-credentials token', async () => {
    const app = await emu.token();
    const answer = await emu.api('GET', '/v1/me', { token: app });
    expect(answer.status).toBe(401);
  });

  it('is open to Development Mode apps, without the fields Spotify no longer sends them', async () => {
    const dev = await emu.token({ user: 'carol', app: 'development' });
    const answer = await emu.api('GET', '/v1/me', { token: dev });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: 'carol', display_name: 'Carol Premium' });
    for (const removed of ['country', 'email', 'explicit_content', 'followers', 'product'])
      expect(answer.json).not.toHaveProperty(removed);
    const extended = await emu.api('GET', '/v1/me', { token: await emu.token({ user: 'carol' }) });
    expect(extended.json).toMatchObject({ id: 'carol', country: 'DE', product: 'premium' });
  });
});

describe('GET /users/{user_id}', () => {
  it('answers a seeded account public profile without private fields', async () => {
    const answer = await emu.api('GET', '/v1/users/bob', { token: alice });
    expect(answer.status).toBe(200);
    expectMatchesSpec('get-users-profile', 200, answer.json);
    expect(answer.json).toMatchObject({
      id: 'bob',
      display_name: 'Bob Free',
      type: 'user',
      uri: 'spotify:user:bob',
    });
    for (const key of ['email', 'country', 'product', 'account_id'])
      expect(answer.json).not.toHaveProperty(key);
  });

  it('answers any catalog user, also to a client-credentials token', async () => {
    const owner = [...emu.state.catalog.users.keys()].find((id) => !emu.state.accounts.has(id))!;
    const app = await emu.token();
    const answer = await emu.api('GET', `/v1/users/${encodeURIComponent(owner)}`, { token: app });
    expect(answer.status).toBe(200);
    expect((answer.json as { id: string }).id).toBe(owner);
  });

  it('answers 404 for an unknown user (an older user name too) and 400 for an impossible user id', async () => {
    for (const name of ['nobody-here', 'no such user!']) {
      const unknown = await emu.api('GET', `/v1/users/${encodeURIComponent(name)}`, { token: alice });
      expect(unknown.status, name).toBe(404);
      expect(unknown.json).toEqual({ error: { status: 404, message: expect.any(String) } });
    }
    const bad = await emu.api('GET', `/v1/users/${encodeURIComponent('no/such user')}`, { token: alice });
    expect(bad.status).toBe(400);
  });

  it('refuses Development Mode apps (other users profiles were removed for them)', async () => {
    const dev = await emu.token({ user: 'alice', app: 'development' });
    const answer = await emu.api('GET', '/v1/users/bob', { token: dev });
    expect(answer.status).toBe(403);
  });
});

type TopPage = { items: { id: string; type: string }[]; total: number; next: string | null; limit: number };

describe.each([
  { kind: 'artists', type: 'artist' },
  { kind: 'tracks', type: 'track' },
] as const)('GET /me/top/$kind', ({ kind, type }) => {
  const path = `/v1/me/top/${kind}`;
  const ids = async (query: Record<string, string | number> = {}): Promise<string[]> => {
    const answer = await emu.api('GET', path, { token: alice, query: { limit: 50, ...query } });
    expect(answer.status).toBe(200);
    return (answer.json as TopPage).items.map((i) => i.id);
  };

  it('answers a page of full objects in the spec shape', async () => {
    const answer = await emu.api('GET', path, { token: alice });
    expect(answer.status).toBe(200);
    expectMatchesSpec(`get-users-top-${kind}`, 200, answer.json);
    const body = answer.json as TopPage;
    expect(body.limit).toBe(20);
    expect(body.items).toHaveLength(20);
    expect(body.items.every((i) => i.type === type)).toBe(true);
  });

  it('defaults to medium_term', async () => {
    expect(await ids()).toEqual(await ids({ time_range: 'medium_term' }));
  });

  it('orders each time range differently', async () => {
    const [short, medium, long] = await Promise.all([
      ids({ time_range: 'short_term' }),
      ids({ time_range: 'medium_term' }),
      ids({ time_range: 'long_term' }),
    ]);
    expect(short).not.toEqual(medium);
    expect(medium).not.toEqual(long);
    expect(short).not.toEqual(long);
  });

  it('walks all pages through the next links', async () => {
    const first = (await emu.api('GET', path, { token: alice, query: { limit: 15 } })).json as TopPage;
    const seen = first.items.map((i) => i.id);
    let next = first.next;
    while (next !== null) {
      const page = (await emu.api('GET', next.slice(emu.url.length), { token: alice })).json as TopPage;
      seen.push(...page.items.map((i) => i.id));
      next = page.next;
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
  });

  it('is the same for the same seed and different per user', async () => {
    const again = await startTestEmulator();
    try {
      const token = await again.token({ user: 'alice' });
      const answer = await again.api('GET', path, { token, query: { limit: 50 } });
      expect((answer.json as TopPage).items.map((i) => i.id)).toEqual(await ids());
    } finally {
      await again.close();
    }
    const carol = await emu.token({ user: 'carol' });
    const carols = await emu.api('GET', path, { token: carol, query: { limit: 50 } });
    expect((carols.json as TopPage).items.map((i) => i.id)).not.toEqual(await ids());
  });

  it('refuses an unknown time_range and limits outside 1..50', async () => {
    for (const query of [{ time_range: 'forever' }, { limit: 0 }, { limit: 51 }, { offset: -1 }]) {
      const answer = await emu.api('GET', path, { token: alice, query });
      expect(answer.status, JSON.stringify(query)).toBe(400);
      expect(answer.json).toEqual({ error: { status: 400, message: expect.any(String) } });
    }
  });

  it('needs user-top-read', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-library-read'] });
    expect((await emu.api('GET', path, { token })).status).toBe(403);
  });

  it('is open to Development Mode apps', async () => {
    const dev = await emu.token({ user: 'alice', app: 'development' });
    expect((await emu.api('GET', path, { token: dev })).status).toBe(200);
  });
});
