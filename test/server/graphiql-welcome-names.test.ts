import { type DocumentNode, Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { type AuthTestServer, startAuthServer } from '../helpers/auth.js';
import { servedDefaultQuery } from '../helpers/graphiql-welcome.js';

/**
 * GraphiQL's welcome names the signed-in user in a comment of its default query, which must parse
 * whatever the display name (free text its user sets at Spotify) and id: a name of emoji (astral
 * characters, two UTF-16 units each) cut at the length bound mid-pair left a lone surrogate, and the
 * query no longer parsed (new-user finding). The served page's own script is run (no browser) and its
 * default query parsed with graphql's parse.
 */
let t: AuthTestServer;
let page: string;
beforeAll(async () => {
  t = await startAuthServer();
  const answer = await t.fetch('/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
  expect(answer.status).toBe(200);
  page = await answer.text();
});
afterAll(() => t?.close());

/** The default query the page shows to a visitor signed in as `id` named `displayName`. */
async function welcomeOf(id: string, displayName: string): Promise<string> {
  const { sessionToken } = await t.server.auth.sessions.create(
    new SpotifyAuthorisationToken({ accessToken: 'an-access-token-this-test-never-sends' }),
    { id, displayName },
  );
  const cookie = `${t.server.auth.cookies.session}=${sessionToken}`;
  return servedDefaultQuery(page, (path, init) =>
    t.fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } }),
  );
}

/** The document, once it is the first query alone: the name added no definition and no field. */
function onlyFirstQuery(document: DocumentNode): void {
  expect(document.definitions).toHaveLength(1);
  const [definition] = document.definitions;
  expect(definition?.kind).toBe(Kind.OPERATION_DEFINITION);
  if (definition?.kind !== Kind.OPERATION_DEFINITION) return;
  expect(
    definition.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind)),
  ).toEqual(['search']);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const HOSTILE: [what: string, id: string, displayName: string][] = [
  ['150 emoji (cut at the bound)', 'emoji', '😀'.repeat(150)],
  ['one letter then emoji (the cut falls on the other half)', 'offset', `a${'😀'.repeat(150)}`],
  ['flags (two astral characters each)', 'flags', '🇫🇷'.repeat(120)],
  ['ZWJ families', 'families', '👨‍👩‍👧‍👦'.repeat(60)],
  ['one letter with a thousand combining marks', 'marks', `a${'\u0301'.repeat(1000)}`],
  ['lone surrogates', 'lone', '\uD800 high, low \uDC00, end \uD83D'],
  ['quotes, #, block strings and braces', 'quotes', '"x" """ \\" # } mutation { logout } {'],
  ['newlines and line separators', 'lines', 'a\n}\nmutation { x }\r\n# \u2028\u2029\u0085 b'],
  ['an astral id', '😀'.repeat(120), 'Name'],
  ['a lone surrogate in the id', 'id\uDFFF', 'Name'],
  ['replacement patterns', 'dollar', "$& $' $` $1"],
];

describe("GraphiQL's welcome for any display name", () => {
  it.each(HOSTILE)('%s: the default query parses and is the first query alone', async (_, id, name) => {
    const query = await welcomeOf(id, name);
    expect(query).toContain('You are signed in as');
    expect(LONE_SURROGATE.test(query)).toBe(false);
    onlyFirstQuery(parse(query));
  });

  it('cuts a long name between characters (graphemes), at 100 with the ellipsis', async () => {
    const query = await welcomeOf('emoji', '😀'.repeat(150));
    expect(query).toContain(`as ${'😀'.repeat(99)}\u2026 (Spotify id emoji)`);
    const flags = await welcomeOf('flags', '🇫🇷'.repeat(120));
    expect(flags).toContain(`as ${'🇫🇷'.repeat(99)}\u2026 (Spotify id flags)`);
  });

  it('keeps a name of 100 emoji whole, and marks lone surrogates with U+FFFD', async () => {
    expect(await welcomeOf('hundred', '😀'.repeat(100))).toContain(
      `as ${'😀'.repeat(100)} (Spotify id hundred)`,
    );
    expect(await welcomeOf('lone', 'a\uD800b')).toContain('as a\uFFFDb (Spotify id lone)');
  });

  it('the home page cuts the same way', async () => {
    const { sessionToken } = await t.server.auth.sessions.create(
      new SpotifyAuthorisationToken({ accessToken: 'an-access-token-this-test-never-sends' }),
      { id: 'emoji', displayName: `a${'😀'.repeat(150)}` },
    );
    const text = await (
      await t.fetch('/', { headers: { cookie: `${t.server.auth.cookies.session}=${sessionToken}` } })
    ).text();
    expect(text).toContain(`as a${'😀'.repeat(98)}\u2026 (Spotify id emoji)`);
  });
});
