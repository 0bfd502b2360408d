import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { type GraphQLAnswer, useTestServer, useUserToken } from '../helpers/server.js';

// A refused argument is quoted in its BAD_USER_INPUT error at most QUOTED_INPUT_CHARS (60) characters
// long, with its length, and its control characters escaped (issue 7: a 900 KB deviceId, or locale, was
// echoed whole). Runs under both executors (test/graphql).

const HUGE = '!'.repeat(900_000);
/** A value with a newline that would forge a log line if echoed raw, past the quoted bound. */
const FORGING = `x\n{"level":"error","msg":"forged"}\u2028${'y'.repeat(200)}`;
/** Far more than any bounded message: the argument's own words plus 60 quoted characters. */
const BOUND = 400;

const PAUSE = graphql(`mutation EchoedInputPause($deviceId: String) { pause(deviceId: $deviceId) { ok } }`);
const LOCALE = graphql(
  `query EchoedInputLocale($locale: String) { categories(locale: $locale) { totalCount } }`,
);
const ALBUM = graphql(`query EchoedInputAlbum($id: ID!) { album(id: $id) { id } }`);
const MARKET = graphql(
  `query EchoedInputMarket($id: ID!, $market: String) { album(id: $id, market: $market) { name } }`,
);
const CURSOR = graphql(
  `query EchoedInputCursor($id: ID!, $after: String) { album(id: $id) { tracks(first: 1, after: $after) { nodes { id } } } }`,
);

/** The one error of `answer`: BAD_USER_INPUT naming `argument`, its message bounded and on one line. */
function expectBounded(answer: GraphQLAnswer<unknown>, argument: string): string {
  expect(answer.errors).toHaveLength(1);
  const error = answer.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.argument).toBe(argument);
  expect(error.message.length).toBeLessThan(BOUND);
  expect(JSON.stringify(error).length).toBeLessThan(2 * BOUND);
  expect(error.message).not.toMatch(/[\n\r\u2028\u2029]/);
  return error.message;
}

describe('a refused argument is echoed bounded and escaped', () => {
  const t = useTestServer({ mode: 'extended' });
  const alice = useUserToken(t, 'alice');
  const albumId = (): string => [...t.emu.state.catalog.albums.keys()][0]!;

  it('quotes at most 60 characters of a 900 KB deviceId, with its length', async () => {
    const answer = await t.query(PAUSE, { deviceId: HUGE }, { token: alice.token });
    const message = expectBounded(answer, 'deviceId');
    expect(message).toContain(`"${'!'.repeat(60)}…" (900000 characters)`);
  });

  it('escapes a newline in a refused deviceId and cuts it', async () => {
    const answer = await t.query(PAUSE, { deviceId: FORGING }, { token: alice.token });
    const message = expectBounded(answer, 'deviceId');
    expect(message).toContain('"x\\n{\\"level\\"');
    expect(message).toContain('\\u2028');
    expect(message).toContain(`(${FORGING.length} characters)`);
  });

  it('quotes a 900 KB locale bounded', async () => {
    const answer = await t.query(LOCALE, { locale: HUGE });
    expect(expectBounded(answer, 'locale')).toContain('(900000 characters)');
  });

  it('quotes a 900 KB id bounded', async () => {
    const answer = await t.query(ALBUM, { id: HUGE });
    expect(expectBounded(answer, 'id')).toContain('(900000 characters)');
  });

  it('quotes a 900 KB URI-shaped id bounded', async () => {
    const answer = await t.query(ALBUM, { id: `spotify:track:${HUGE}` });
    expect(expectBounded(answer, 'id')).toContain(`(${HUGE.length + 14} characters)`);
  });

  it('refuses a 900 KB market with a bounded message', async () => {
    const answer = await t.query(MARKET, { id: albumId(), market: HUGE });
    expectBounded(answer, 'market');
  });

  it('refuses a 900 KB cursor with a bounded message', async () => {
    const answer = await t.query(CURSOR, { id: albumId(), after: HUGE });
    expectBounded(answer, 'after');
  });
});
