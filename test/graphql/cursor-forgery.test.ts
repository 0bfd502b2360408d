/**
 * Edited and forged connection cursors of the cursor-paged lists (followed artists, recently played;
 * v14 re-attack, R1 and R2). The cursors are signed (src/resolvers/cursor-state.ts): a cursor whose
 * text is not the one the server signed, whatever part was changed, is `BAD_USER_INPUT` naming
 * `after`, before any Spotify call and without a warn line, and never Spotify's fault
 * (`SPOTIFY_UNAVAILABLE` stays for Spotify's own pages going back: cursor-cycles.test.ts). Cursors
 * signed under ENCRYPTION_KEY are good on another server with that key (a restart, another
 * instance, a rotation that keeps the key listed) and no other; and the server never hands out a
 * cursor it refuses, at the furthest position a list reaches (MAX_OFFSET) too. A cursor is its
 * viewer's: another user's request refuses it (v15 re-attack, RA3).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing } from '../../src/auth/crypto.js';
import { CURSOR_KEY_INFO, CursorKeys, cursorViewer, encodeCursor } from '../../src/resolvers/cursor-state.js';
import { MAX_OFFSET } from '../../src/resolvers/paging.js';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';
import { memoryLogger } from '../helpers/memory-log.js';
import { sessionTokenOf, startServerOn, type TestServer } from '../helpers/server.js';

const log = memoryLogger();
const t = useFaultTestServer({ mode: 'extended', logger: log.logger });

const FOLLOWED = graphql(`query CursorForgeryFollowed($first: Int!, $after: String) {
  me { list: followedArtists(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }
}`);
const RECENT = graphql(`query CursorForgeryRecent($first: Int!, $after: String) {
  me { list: recentlyPlayed(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { playedAt } } } }
}`);

const FOLLOWING = 'GET /v1/me/following';
const PLAYED = 'GET /v1/me/player/recently-played';

const followed = (after: string | null, server: Pick<TestServer, 'query'> = t, token = t.alice) =>
  server.query(FOLLOWED, { first: 3, after }, { token });
const recent = (after: string | null, token = t.alice) => t.query(RECENT, { first: 3, after }, { token });
type Read = typeof recent | typeof followed;

/** A cursor's text parts: list | position | skip | Spotify's cursor | digests | reach, then any the server adds. */
const partsOf = (cursor: string): string[] => Buffer.from(cursor, 'base64url').toString('utf8').split('|');

/** `cursor` with the parts `changes` names (by index) set, every other part (a signature too) kept. */
function edited(cursor: string, changes: Record<number, string>): string {
  const parts = partsOf(cursor);
  for (const [at, value] of Object.entries(changes)) parts[Number(at)] = value;
  return Buffer.from(parts.join('|')).toString('base64url');
}

/** 32 well-formed digests (the most a cursor remembers) of no cursor Spotify sent. */
const DIGESTS = Array.from({ length: 32 }, (_, i) => `AAAAAAA${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'[i]}`);

/** The digest of a Spotify cursor as cursor-state.ts makes it (8 base64url characters of its SHA-256). */
const digestOf = (cursor: string) => createHash('sha256').update(cursor).digest('base64url').slice(0, 8);

/** The bare id of an edge's artist (`spotify:artist:<id>`). */
const bareId = (id: string | undefined) => id?.split(':').at(-1) ?? '';

/** `after` is refused as the cursor's fault: no list, one BAD_USER_INPUT on `after`, no call on `route`, no warn line. */
async function expectRefused(
  read: (after: string) => ReturnType<Read>,
  after: string,
  route: string,
): Promise<string> {
  await t.clearLog();
  const lines = log.lines().length;
  const answer = await read(after);
  expect(answer.data?.me?.list ?? null).toBeNull();
  expect(answer.errors?.map((e) => e.extensions)).toEqual([
    expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }),
  ]);
  expect((await t.calls())[route]).toBeUndefined();
  expect(
    log
      .lines()
      .slice(lines)
      .filter((line) => line.level >= 40),
  ).toEqual([]);
  return answer.errors?.[0]?.message ?? '';
}

describe('a cursor edited to a state no paging reaches (R1)', () => {
  // Page 1's third edge: `followed|2|0|<artist id>||<reach>`.
  it.each([
    ['32 digests and no reach', { 4: DIGESTS.join('.'), 5: '' }],
    [
      '32 digests, a position past MAX_OFFSET within its reach',
      { 1: '500000', 4: DIGESTS.join('.'), 5: '999999' },
    ],
    [
      '32 digests, the position before MAX_OFFSET',
      { 1: String(MAX_OFFSET - 1), 4: DIGESTS.join('.'), 5: String(MAX_OFFSET) },
    ],
    ['32 digests, a position past its reach', { 1: '60', 4: DIGESTS.join('.'), 5: '55' }],
  ])('followed artists, %s: refused before any call', async (_n, changes) => {
    const cursor = (await followed(null)).data?.me?.list?.edges[2]?.cursor ?? '';
    expect((await followed(cursor)).errors).toBeUndefined();
    await expectRefused(followed, edited(cursor, changes), FOLLOWING);
  });

  it('followed artists counted past MAX_OFFSET by Spotify: every cursor handed out is taken back', async () => {
    await t.fault(FOLLOWING, { '/artists/total': 123_456_789 });
    const page1 = await followed(null);
    expect(page1.data?.me?.list?.totalCount).toBe(123_456_789);
    for (const edge of page1.data?.me?.list?.edges ?? []) {
      const answer = await followed(edge?.cursor ?? '');
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.list?.edges).toHaveLength(3);
    }
  });

  it('recently played, a cursor with a reach (its list counts none): refused before any call', async () => {
    const cursor = (await recent(null)).data?.me?.list?.edges[2]?.cursor ?? '';
    expect((await recent(cursor)).errors).toBeUndefined();
    await expectRefused(recent, edited(cursor, { 5: '100' }), PLAYED);
  });
});

describe('a cursor edited in any other part (the whole kind)', () => {
  it.each([
    ["Spotify's cursor set to an artist served before it", (ids: string[]) => ({ 3: ids[0]! })],
    ["Spotify's cursor set to an artist id not followed", () => ({ 3: '0000000000000000000000' })],
    ['its position moved back', () => ({ 1: '1' })],
    ['its skip raised', () => ({ 2: '2' })],
    ['its reach raised', (_ids: string[], reach: string) => ({ 5: String(Number(reach) + 10) })],
  ] as const)('followed artists, %s: refused before any call', async (_n, change) => {
    const list = (await followed(null)).data?.me?.list;
    const cursor = list?.edges[2]?.cursor ?? '';
    const ids = (list?.edges ?? []).map((e) => bareId(e?.node?.id));
    await expectRefused(followed, edited(cursor, change(ids, partsOf(cursor)[5] ?? '')), FOLLOWING);
  });

  it('followed artists, the digests of the pages before left out: refused before any call', async () => {
    const page1 = await followed(null);
    const page2 = await followed(page1.data?.me?.list?.pageInfo.endCursor ?? null);
    const cursor = page2.data?.me?.list?.edges[1]?.cursor ?? '';
    expect(partsOf(cursor)[4]).not.toBe('');
    await expectRefused(followed, edited(cursor, { 4: '' }), FOLLOWING);
  });

  it.each([
    ['its play time moved back a millisecond', (time: string) => ({ 3: String(Number(time) - 1) })],
    ['its position moved back', () => ({ 1: '1' })],
    // A play's cursor already skips it (the page after is asked from its time on, inclusively).
    ['its skip raised', () => ({ 2: '2' })],
  ] as const)('recently played, %s: refused before any call', async (_n, change) => {
    const cursor = (await recent(null)).data?.me?.list?.edges[2]?.cursor ?? '';
    await expectRefused(recent, edited(cursor, change(partsOf(cursor)[3] ?? '')), PLAYED);
  });

  it('a cursor with text after its end: refused before any call', async () => {
    const cursor = (await followed(null)).data?.me?.list?.edges[2]?.cursor ?? '';
    await expectRefused(
      followed,
      Buffer.from(`${partsOf(cursor).join('|')}|x`).toString('base64url'),
      FOLLOWING,
    );
  });
});

describe('an edited cursor is blamed on the cursor, not on Spotify (R2)', () => {
  it('recently played, a play time after now: BAD_USER_INPUT on after, no call, no warn line', async () => {
    const cursor = (await recent(null)).data?.me?.list?.edges[2]?.cursor ?? '';
    await expectRefused(recent, edited(cursor, { 3: String(Date.now() + 86_400_000) }), PLAYED);
  });

  it("followed artists, digests naming an artist of a later page (Spotify's answer would go back): BAD_USER_INPUT, no call", async () => {
    const page1 = await followed(null);
    const cursor = page1.data?.me?.list?.pageInfo.endCursor ?? '';
    const page2 = await followed(cursor);
    const later = bareId(page2.data?.me?.list?.edges[2]?.node?.id);
    expect(later).not.toBe('');
    await expectRefused(followed, edited(cursor, { 4: digestOf(later) }), FOLLOWING);
  });
});

describe("a cursor is its viewer's (RA3)", () => {
  it("a bare token's cursors stay good after the token is renewed, and are refused in a session", async () => {
    const [renewed, bob] = await Promise.all([t.emu.token({ user: 'alice' }), sessionTokenOf(t, 'bob')]);
    expect(renewed).not.toBe(t.alice);
    const artists = (await followed(null)).data?.me?.list?.edges[1]?.cursor ?? '';
    const plays = (await recent(null)).data?.me?.list?.edges[1]?.cursor ?? '';
    const expected = (await followed(artists)).data?.me?.list?.edges.map((e) => e?.node?.id);
    expect(expected?.length).toBeGreaterThan(0);
    expect((await recent(plays)).errors).toBeUndefined();
    const again = await followed(artists, t, renewed);
    expect(again.errors).toBeUndefined();
    expect(again.data?.me?.list?.edges.map((e) => e?.node?.id)).toEqual(expected);
    expect((await recent(plays, renewed)).errors).toBeUndefined();
    await expectRefused((after) => followed(after, t, bob), artists, FOLLOWING);
    await expectRefused((after) => recent(after, bob), plays, PLAYED);
  });

  it("a session's cursor is good in the same user's other session, refused in another user's", async () => {
    const [alice1, alice2, bob] = await Promise.all([
      sessionTokenOf(t, 'alice'),
      sessionTokenOf(t, 'alice'),
      sessionTokenOf(t, 'bob'),
    ]);
    const page1 = await followed(null, t, alice1);
    const after = page1.data?.me?.list?.pageInfo.endCursor ?? '';
    const expected = (await followed(after, t, alice1)).data?.me?.list?.edges.map((e) => e?.node?.id);
    expect(expected).toHaveLength(3);
    const again = await followed(after, t, alice2);
    expect(again.errors).toBeUndefined();
    expect(again.data?.me?.list?.edges.map((e) => e?.node?.id)).toEqual(expected);
    const refused = await expectRefused((cursor) => followed(cursor, t, bob), after, FOLLOWING);
    expect(refused).toContain('served to another user');
  });

  it("a bare token's cursor on the same user's session is refused as another kind of credential, not another user's", async () => {
    const session = await sessionTokenOf(t, 'alice');
    const artists = (await followed(null)).data?.me?.list?.pageInfo.endCursor ?? '';
    const plays = (await recent(null)).data?.me?.list?.pageInfo.endCursor ?? '';
    for (const [read, after, route] of [
      [(cursor: string) => followed(cursor, t, session), artists, FOLLOWING],
      [(cursor: string) => recent(cursor, session), plays, PLAYED],
    ] as const) {
      const message = await expectRefused(read, after, route);
      expect(message).toContain('served to a bare Spotify access token, another kind of credential');
      expect(message).not.toContain('another user');
    }
  });

  it("a session's cursor on a bare token of the same user is refused naming a session, not another user", async () => {
    const session = await sessionTokenOf(t, 'alice');
    const artists = (await followed(null, t, session)).data?.me?.list?.pageInfo.endCursor ?? '';
    const plays = (await recent(null, session)).data?.me?.list?.pageInfo.endCursor ?? '';
    for (const [read, after, route] of [
      [(cursor: string) => followed(cursor), artists, FOLLOWING],
      [(cursor: string) => recent(cursor), plays, PLAYED],
    ] as const) {
      const message = await expectRefused(read, after, route);
      expect(message).toContain('served to a signed-in session (another kind of credential)');
      expect(message).not.toContain('another user');
    }
  });
});

describe('cursors under ENCRYPTION_KEY', () => {
  const ring = (...fills: number[]) =>
    KeyRing.parse(fills.map((fill) => Buffer.alloc(32, fill).toString('base64')).join(','));
  const servers: Record<string, TestServer> = {};

  beforeAll(async () => {
    servers.first = await startServerOn(t.emu, { keys: ring(7) });
    servers.restarted = await startServerOn(t.emu, { keys: ring(7) });
    servers.rotated = await startServerOn(t.emu, { keys: ring(8, 7) });
    servers.otherKey = await startServerOn(t.emu, { keys: ring(8) });
    servers.noKey = await startServerOn(t.emu);
  });
  afterAll(async () => {
    for (const server of Object.values(servers)) await server.close();
  });

  it('a cursor is good on every server with its key (a restart, a rotation keeping it listed), and refused on any other', async () => {
    const page1 = await followed(null, servers.first);
    const after = page1.data?.me?.list?.pageInfo.endCursor ?? null;
    const expected = (await followed(after, servers.first)).data?.me?.list?.edges.map((e) => e?.node?.id);
    expect(expected).toHaveLength(3);
    for (const server of [servers.restarted, servers.rotated]) {
      const answer = await followed(after, server);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.list?.edges.map((e) => e?.node?.id)).toEqual(expected);
    }
    for (const server of [servers.otherKey, servers.noKey]) {
      await t.clearLog();
      const answer = await followed(after, server);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect((await t.calls())[FOLLOWING]).toBeUndefined();
    }
  });

  it('at the furthest position a list reaches, no edge past MAX_OFFSET, and the last cursor handed out is taken back', async () => {
    const server = servers.first!;
    const keys = new CursorKeys(ring(7).derive(CURSOR_KEY_INFO));
    const page1 = await followed(null, server);
    const spotify = bareId(page1.data?.me?.list?.edges[2]?.node?.id);
    // A state paging reaches: past 33 pages of 50, so its 32 digests are the newest remembered.
    const state = { at: MAX_OFFSET - 2, skip: 0, spotify, followed: DIGESTS, reach: MAX_OFFSET + 10 };
    const near = await followed(encodeCursor('followed', state, keys, cursorViewer(undefined, true)), server);
    expect(near.errors).toBeUndefined();
    const list = near.data?.me?.list;
    expect(list?.edges).toHaveLength(2);
    expect(list?.pageInfo.hasNextPage).toBe(false);
    for (const edge of list?.edges ?? []) {
      const taken = await followed(edge?.cursor ?? '', server);
      expect(taken.errors).toBeUndefined();
    }
    await t.clearLog();
    const end = await followed(list?.pageInfo.endCursor ?? '', server);
    expect(end.errors).toBeUndefined();
    expect(end.data?.me?.list).toMatchObject({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect((await t.calls())[FOLLOWING]).toBeUndefined();
  });
});
