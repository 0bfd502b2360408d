/**
 * The server's contains checks (contains-checks.ts) split a list with the client's splitter (batching.ts
 * splitList), by count and by the share of one call's query string (issue 7, client input kind): 50
 * long user names asked by `followsUsers` go out in several calls of at most 4096 characters of the
 * list, and answer in the order asked; the cost estimate counts those calls (call-estimate.ts
 * checkCalls), never fewer. Before, the server's 50-name slice was refused whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_LIST_LENGTH } from '../../src/spotify/params.js';
import { graphql } from '../generated/index.js';
import { totalCalls, useCostProbe } from '../helpers/cost-probe.js';

const FOLLOWS_USERS = graphql(
  `query QueryShareSplitFollowsUsers($ids: [ID!]!) { me { followsUsers(ids: $ids) } }`,
);

/** 50 older user names of 60 characters (`é` x 58 and two digits), `followed` at places 7 and 42. */
function longNames(followed: readonly [string, string]): string[] {
  const names = Array.from({ length: 50 }, (_, i) => `${'é'.repeat(58)}${String(i).padStart(2, '0')}`);
  names[7] = followed[0];
  names[42] = followed[1];
  return names;
}

for (const [mode, route, list] of [
  ['extended', '/v1/me/following/contains', 'ids'],
  ['development', '/v1/me/library/contains', 'uris'],
] as const) {
  describe(`followsUsers of long user names (${mode})`, () => {
    const costs = useCostProbe(mode);
    let names: string[];

    beforeAll(() => {
      const { state } = costs.t.emu;
      const listener = [...state.catalog.users.keys()].find((id) => /^[a-z]+\.[a-z]+\d+$/.test(id))!;
      const follows = state.user('alice').followedUsers;
      follows.set('émilie', new Date(0).toISOString());
      follows.set(listener, new Date(0).toISOString());
      names = longNames(['émilie', listener]);
    });

    it(`asks 50 names of 60 characters on ${route} in calls of at most 4096, in order, within the estimate`, async () => {
      const estimate = await costs.estimateOf(FOLLOWS_USERS, { ids: names });
      await costs.t.clearLog();

      const answer = await costs.t.query(FOLLOWS_USERS, { ids: names }, { token: costs.alice() });

      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me?.followsUsers).toEqual(names.map((_, i) => i === 7 || i === 42));
      const log = (await costs.t.emu.control('GET', '/requests')).json as {
        entries: { route: string; query: string }[];
      };
      const calls = log.entries.filter((entry) => entry.route === route);
      expect(calls.length).toBeGreaterThan(mode === 'extended' ? 1 : 2);
      for (const call of calls) {
        const entries = (new URLSearchParams(call.query).get(list) ?? '').split(',');
        const share = list.length + 1 + entries.map(encodeURIComponent).join(',').length;
        expect(share).toBeLessThanOrEqual(MAX_QUERY_LIST_LENGTH);
      }
      expect(totalCalls(await costs.t.calls())).toBeLessThanOrEqual(estimate);
    });
  });
}
