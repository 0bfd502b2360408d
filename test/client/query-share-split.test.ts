/**
 * A list that goes in the query string is split into calls by its length as well as by its count
 * (batching.ts splitList, issue 7 client input kind): a call ends when the next entry would pass either
 * Spotify's most items per call or MAX_QUERY_LIST_LENGTH characters of `ids=...` as sent. 50 long user
 * names (percent-encoded, 6 characters per `é`) go through in several calls, each one's share at most
 * 4096, the answers in the order asked; before, such a list was refused whole.
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/spotify/endpoints/index.js';
import { MAX_QUERY_LIST_LENGTH } from '../../src/spotify/params.js';
import { clearFaultsAndLog, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

interface Logged {
  method: string;
  route: string;
  query: string;
}

/** The emulator's logged calls of `route` (`GET /v1/me/following/contains`). */
async function callsOf(route: string): Promise<Logged[]> {
  const log = (await emu.control('GET', '/requests')).json as { entries: Logged[] };
  return log.entries.filter((entry) => `${entry.method} ${entry.route}` === route);
}

/** One call's share of the query string for `name`: `name=` and the entries as the client sends them. */
function shareOf(query: string, name: string): { share: number; entries: string[] } {
  const entries = (new URLSearchParams(query).get(name) ?? '').split(',');
  return { share: name.length + 1 + entries.map(encodeURIComponent).join(',').length, entries };
}

/** 50 older user names of 60 characters (`é` x 58 and two digits), two of them users alice follows. */
function longNames(followed: readonly string[]): string[] {
  const names = Array.from({ length: 50 }, (_, i) => `${'é'.repeat(58)}${String(i).padStart(2, '0')}`);
  names[7] = followed[0]!;
  names[42] = followed[1]!;
  return names;
}

/** A client of `app` in its own mode, signed in as alice with every scope. */
const clientOf = (app: 'extended' | 'development') => signedIn({ app, appMode: app, scopes: [...SCOPES] });

/**
 * Alice (a client of `app`) follows émilie and a listener, then asks whether she follows 50 long names
 * holding those two at 7 and 42 (the request log cleared in between): the answers say so, in order.
 * Answers the names asked.
 */
async function checkLongNamesFollowed(app: 'extended' | 'development'): Promise<string[]> {
  const client = await clientOf(app);
  const listener = [...emu.state.catalog.users.keys()].find((id) => /^[a-z]+\.[a-z]+\d+$/.test(id))!;
  await client.follow.followUsers(['émilie', listener]);
  const names = longNames(['émilie', listener]);
  await clearFaultsAndLog(emu);
  expect(await client.follow.isFollowingUsers(names)).toEqual(names.map((_, i) => i === 7 || i === 42));
  return names;
}

/** Each logged call of `route`'s share of the query string for `name`, each checked to be at most MAX_QUERY_LIST_LENGTH. */
async function boundedShares(route: string, name: string): Promise<{ share: number; entries: string[] }[]> {
  const sent = (await callsOf(route)).map((call) => shareOf(call.query, name));
  for (const { share } of sent) expect(share).toBeLessThanOrEqual(MAX_QUERY_LIST_LENGTH);
  return sent;
}

describe("a list longer than one call's query string is split, not refused", () => {
  it('checks 50 long user names on /me/following/contains in several calls of at most 4096, in order', async () => {
    const names = await checkLongNamesFollowed('extended');
    const sent = await boundedShares('GET /v1/me/following/contains', 'ids');
    expect(sent.length).toBeGreaterThan(1);
    // Every name asked once, in consecutive calls.
    expect(sent.flatMap(({ entries }) => entries).sort()).toEqual([...names].sort());
  });

  it('unfollows 50 long user names in several calls, one after another, none refused', async () => {
    const client = await clientOf('extended');
    const names = longNames(['émilie', 'alice']);
    await clearFaultsAndLog(emu);

    await client.follow.unfollowUsers(names);

    const sent = await boundedShares('DELETE /v1/me/following', 'ids');
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.flatMap(({ entries }) => entries)).toEqual(names);
  });

  it("checks 50 long user names on /me/library/contains (Development Mode's route) in several calls, in order", async () => {
    await checkLongNamesFollowed('development');
    const sent = await boundedShares('GET /v1/me/library/contains', 'uris');
    // 40 URIs a call by count alone: 2 calls; by length, more.
    expect(sent.length).toBeGreaterThan(2);
  });
});
