import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedType } from '../../src/emulator/user-data.js';
import { useTestEmulator } from '../helpers/emulator.js';
import { expectMatchesSpec } from '../helpers/spec-shape.js';

const emu = useTestEmulator();
let alice: string;
let aliceDev: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
  aliceDev = await emu.token({ user: 'alice', app: 'development' });
});

interface Kind {
  plural: 'albums' | 'tracks' | 'episodes' | 'shows' | 'audiobooks';
  type: SavedType;
  /** Most ids the query string may carry. */
  max: number;
}

const KINDS: Kind[] = [
  { plural: 'albums', type: 'album', max: 20 },
  { plural: 'tracks', type: 'track', max: 50 },
  { plural: 'episodes', type: 'episode', max: 50 },
  { plural: 'shows', type: 'show', max: 50 },
  { plural: 'audiobooks', type: 'audiobook', max: 50 },
];

type SavedPage = {
  items: Record<string, unknown>[];
  total: number;
  limit: number;
  offset: number;
  next: string | null;
  previous: string | null;
};

const catalogIds = (type: SavedType): string[] => {
  const { catalog } = emu.state;
  const maps = {
    album: catalog.albums,
    track: catalog.tracks,
    episode: catalog.episodes,
    show: catalog.shows,
    audiobook: catalog.audiobooks,
  };
  return [...maps[type].keys()];
};

const handedOut = new Set<string>();
/** Catalog ids alice has not saved, each handed out once, so tests do not disturb one another. */
function unsaved(type: SavedType, count = 1): string[] {
  const saved = emu.state.user('alice').saved[type];
  const ids = catalogIds(type).filter((id) => !saved.has(id) && !handedOut.has(id));
  const chosen = ids.slice(0, count);
  if (chosen.length < count) throw new Error(`catalog has too few ${type}s`);
  for (const id of chosen) handedOut.add(id);
  return chosen;
}

const itemId = (kind: Kind, item: Record<string, unknown>): string => (item[kind.type] as { id: string }).id;

async function list(kind: Kind, query: Record<string, string | number> = {}): Promise<SavedPage> {
  const answer = await emu.api('GET', `/v1/me/${kind.plural}`, { token: alice, query });
  expect(answer.status).toBe(200);
  return answer.json as SavedPage;
}

async function contains(kind: Kind, ids: string[], token = alice): Promise<unknown> {
  const answer = await emu.api('GET', `/v1/me/${kind.plural}/contains`, {
    token,
    query: { ids: ids.join(',') },
  });
  expect(answer.status).toBe(200);
  return answer.json;
}

describe.each(KINDS)('saved $plural', (kind) => {
  it('lists the seeded library newest first, wrapped with added_at, in the spec shape', async () => {
    const answer = await emu.api('GET', `/v1/me/${kind.plural}`, { token: alice, query: { limit: 50 } });
    expect(answer.status).toBe(200);
    expectMatchesSpec(`get-users-saved-${kind.plural}`, 200, answer.json);
    const body = answer.json as SavedPage;
    expect(body.total).toBeGreaterThan(0);
    const dates = body.items.map((i) => Date.parse(i.added_at as string));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('walks every page through the next links without repeats', async () => {
    const first = await list(kind, { limit: 3 });
    const seen: string[] = first.items.map((i) => itemId(kind, i));
    let next = first.next;
    while (next !== null) {
      const answer = await emu.api('GET', next.slice(emu.url.length), { token: alice });
      expect(answer.status).toBe(200);
      const body = answer.json as SavedPage;
      seen.push(...body.items.map((i) => itemId(kind, i)));
      next = body.next;
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
  });

  it('refuses limits outside 1..50', async () => {
    for (const limit of [0, 51, -1]) {
      const answer = await emu.api('GET', `/v1/me/${kind.plural}`, { token: alice, query: { limit } });
      expect(answer.status).toBe(400);
    }
  });

  it('saves ids from the query string: first in the list and reported by contains', async () => {
    const [id] = unsaved(kind.type);
    expect(await contains(kind, [id!])).toEqual([false]);
    const answer = await emu.api('PUT', `/v1/me/${kind.plural}`, { token: alice, query: { ids: id! } });
    expect(answer.status).toBe(200);
    expect(await contains(kind, [id!])).toEqual([true]);
    const first = (await list(kind, { limit: 1 })).items[0]!;
    expect(itemId(kind, first)).toBe(id);
  });

  it('saves ids from the JSON body when the query has none', async () => {
    const ids = unsaved(kind.type, 2);
    const answer = await emu.api('PUT', `/v1/me/${kind.plural}`, { token: alice, body: { ids } });
    expect(answer.status).toBe(200);
    expect(await contains(kind, ids)).toEqual([true, true]);
  });

  it('removes ids: gone from the list and from contains', async () => {
    const before = await list(kind, { limit: 1 });
    const id = itemId(kind, before.items[0]!);
    const answer = await emu.api('DELETE', `/v1/me/${kind.plural}`, { token: alice, query: { ids: id } });
    expect(answer.status).toBe(200);
    expect(await contains(kind, [id])).toEqual([false]);
    const after = await list(kind, { limit: 50 });
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((i) => itemId(kind, i))).not.toContain(id);
  });

  it('answers contains in request order', async () => {
    const savedId = itemId(kind, (await list(kind, { limit: 1 })).items[0]!);
    const [other] = unsaved(kind.type);
    const answer = await emu.api('GET', `/v1/me/${kind.plural}/contains`, {
      token: alice,
      query: { ids: `${other},${savedId},${other}` },
    });
    expect(answer.status).toBe(200);
    expectMatchesSpec(`check-users-saved-${kind.plural}`, 200, answer.json);
    expect(answer.json).toEqual([false, true, false]);
  });

  it(`refuses more than ${kind.max} ids, malformed ids and a missing ids parameter`, async () => {
    const ids = catalogIds(kind.type);
    // Repeats are fine: the bound counts ids, and small catalogs (shows) have fewer than 51.
    const many = Array.from({ length: kind.max + 1 }, (_, i) => ids[i % ids.length]!);
    const tooMany = await emu.api('PUT', `/v1/me/${kind.plural}`, {
      token: alice,
      query: { ids: many.join(',') },
    });
    expect(tooMany.status).toBe(400);
    const malformed = await emu.api('PUT', `/v1/me/${kind.plural}`, {
      token: alice,
      query: { ids: 'not-an-id' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ error: { status: 400, message: expect.any(String) } });
    const missing = await emu.api('DELETE', `/v1/me/${kind.plural}`, { token: alice });
    expect(missing.status).toBe(400);
    const check = await emu.api('GET', `/v1/me/${kind.plural}/contains`, {
      token: alice,
      query: { ids: many.join(',') },
    });
    expect(check.status).toBe(400);
  });

  it('answers 404 for a well-formed id the catalog lacks and saves nothing of the batch', async () => {
    const [real] = unsaved(kind.type);
    const ghost = '0000000000000000000000';
    const answer = await emu.api('PUT', `/v1/me/${kind.plural}`, {
      token: alice,
      query: { ids: `${real},${ghost}` },
    });
    expect(answer.status).toBe(404);
    expect(await contains(kind, [real!])).toEqual([false]);
  });

  it('needs user-library-read to list and user-library-modify to save', async () => {
    const readOnly = await emu.token({
      user: 'alice',
      scopes: ['user-library-read', 'user-read-playback-position'],
    });
    const none = await emu.token({ user: 'alice', scopes: ['user-read-email'] });
    expect((await emu.api('GET', `/v1/me/${kind.plural}`, { token: none })).status).toBe(403);
    expect((await emu.api('GET', `/v1/me/${kind.plural}`, { token: readOnly })).status).toBe(200);
    const [id] = unsaved(kind.type);
    const write = await emu.api('PUT', `/v1/me/${kind.plural}`, { token: readOnly, query: { ids: id! } });
    expect(write.status).toBe(403);
    expect(write.json).toEqual({ error: { status: 403, message: 'Insufficient client scope' } });
  });

  it('lists for a Development Mode app but refuses it the type-specific save, remove and contains', async () => {
    expect((await emu.api('GET', `/v1/me/${kind.plural}`, { token: aliceDev })).status).toBe(200);
    const [id] = unsaved(kind.type);
    const put = await emu.api('PUT', `/v1/me/${kind.plural}`, { token: aliceDev, query: { ids: id! } });
    expect(put.status).toBe(403);
    expect(
      (await emu.api('DELETE', `/v1/me/${kind.plural}`, { token: aliceDev, query: { ids: id! } })).status,
    ).toBe(403);
    const check = await emu.api('GET', `/v1/me/${kind.plural}/contains`, {
      token: aliceDev,
      query: { ids: id! },
    });
    expect(check.status).toBe(403);
    expect(await contains(kind, [id!])).toEqual([false]);
  });
});

describe('saved items per user and market', () => {
  it('keeps each user library apart', async () => {
    const bob = await emu.token({ user: 'bob' });
    const bobs = await emu.api('GET', '/v1/me/tracks', { token: bob, query: { limit: 50 } });
    const alices = await list(KINDS[1]!, { limit: 50 });
    const bobIds = (bobs.json as SavedPage).items.map((i) => (i.track as { id: string }).id);
    expect(bobIds.length).toBeGreaterThan(0);
    expect(alices.items.map((i) => (i.track as { id: string }).id)).not.toEqual(bobIds);
  });

  it('gives alice more saved tracks than one page of 50 holds', async () => {
    const page = await list(KINDS[1]!, { limit: 50 });
    expect(page.total).toBeGreaterThan(50);
    expect(page.next).not.toBeNull();
  });

  it('reports playability for the user market on saved tracks', async () => {
    const page = await list(KINDS[1]!, { limit: 5, market: 'US' });
    for (const item of page.items)
      expect(typeof (item.track as { is_playable: unknown }).is_playable).toBe('boolean');
  });

  it('refuses an unknown market code', async () => {
    const answer = await emu.api('GET', '/v1/me/albums', { token: alice, query: { market: 'XX' } });
    expect(answer.status).toBe(400);
  });

  it('refuses a client-credentials token on the saved lists', async () => {
    const app = await emu.token();
    expect((await emu.api('GET', '/v1/me/tracks', { token: app })).status).toBe(401);
  });
});

describe('save tracks with timestamps', () => {
  it('places timestamped tracks by their added_at', async () => {
    const [old, recent] = unsaved('track', 2);
    const answer = await emu.api('PUT', '/v1/me/tracks', {
      token: alice,
      body: {
        timestamped_ids: [
          { id: old, added_at: '2001-01-01T00:00:00Z' },
          { id: recent, added_at: '2099-01-01T12:30:00Z' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const first = await list(KINDS[1]!, { limit: 1 });
    expect(first.items[0]).toMatchObject({ added_at: '2099-01-01T12:30:00Z', track: { id: recent } });
    const last = await list(KINDS[1]!, { limit: 1, offset: first.total - 1 });
    expect(last.items[0]).toMatchObject({ added_at: '2001-01-01T00:00:00Z', track: { id: old } });
  });

  it('refuses a timestamped id without a valid added_at', async () => {
    const [id] = unsaved('track');
    const answer = await emu.api('PUT', '/v1/me/tracks', {
      token: alice,
      body: { timestamped_ids: [{ id, added_at: 'yesterday' }] },
    });
    expect(answer.status).toBe(400);
    expect(await contains(KINDS[1]!, [id!])).toEqual([false]);
  });
});
