/**
 * One reading of Spotify's error bodies through GraphQL (v22 attack on issue 7, item 5 "Error text
 * lost"): the same words give the same GraphQL error (message, `extensions.code`,
 * `extensions.spotify`) whether Spotify sends them as its JSON error object, another JSON object, a
 * JSON string, plain text or HTML; words that only repeat the status are a bare refusal for every
 * status; a tag-like `<scope ...>` is kept; an HTML page's request id is kept; ANSI escape sequences
 * are removed whole; the caller's token is never echoed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const SAVED = graphql(`query ErrorBodyReadingSaved { me { savedTracks(first: 1) { totalCount } } }`);

/** The first GraphQL error of a saved-tracks read answered `status` with `text` as `contentType`. */
async function errorUnder(status: number, text: string, contentType: string) {
  await t.emu.control('DELETE', '/faults');
  await t.emu.control('POST', '/faults', { route: 'GET /v1/me/tracks', status, text, contentType });
  const answer = await t.query(SAVED, {}, { token: alice.token });
  expect(JSON.stringify(answer)).not.toContain(alice.token);
  const error = answer.errors?.[0];
  return { message: error?.message, extensions: error?.extensions };
}

/** `words` as each body type, with its content type. */
const everyType = (words: string, status: number): [string, string, string][] => [
  ['JSON error object', JSON.stringify({ error: { status, message: words } }), 'application/json'],
  ['JSON message', JSON.stringify({ message: words }), 'application/json'],
  ['JSON string', JSON.stringify(words), 'application/json'],
  ['plain text', words, 'text/plain'],
  [
    'HTML',
    `<html><head><title>${words.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</title></head><body></body></html>`,
    'text/html',
  ],
];

const BARE =
  'Spotify refused the request: Spotify answered 403 (Spotify gave no reason; it sends such a refusal on a passing glitch too, so a retry may help)';

describe('the same words, the same GraphQL error, whatever the body type', () => {
  it.each([
    [403, 'Forbidden', BARE, 'Spotify answered 403'],
    [403, '403 Forbidden', BARE, 'Spotify answered 403'],
    [
      403,
      'Forbidden <scope user-read-private>',
      // A message that speaks of a scope gets what the call needs (the caller's token: scopes unknown).
      'Spotify refused the request: Forbidden <scope user-read-private> (this needs the scope user-library-read)',
      'Forbidden <scope user-read-private>',
    ],
    [
      403,
      'User not registered in the Developer Dashboard',
      'Spotify refused the request: User not registered in the Developer Dashboard',
      'User not registered in the Developer Dashboard',
    ],
    [500, 'Internal Server Error', 'Spotify answered with an error', 'Spotify answered 500'],
    [502, '502 Bad Gateway', 'Spotify answered with an error', 'Spotify answered 502'],
  ])('%i %j', async (status, words, message, spotifyMessage) => {
    for (const [type, text, contentType] of everyType(words, status)) {
      const error = await errorUnder(status, text, contentType);
      expect(error.message, type).toBe(message);
      expect(error.extensions?.spotify, type).toEqual({ status, message: spotifyMessage, reason: null });
    }
  });
});

describe('HTML pages and terminal escapes', () => {
  it("a gateway's 403 page with a request id keeps it, without markup or the server's signature", async () => {
    const page =
      '<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><p>Request ID: 7f3a-91c2</p><hr><center>nginx</center></body></html>';
    const error = await errorUnder(403, page, 'text/html');
    expect(error.message).toBe('Spotify refused the request: 403 Forbidden: Request ID: 7f3a-91c2');
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['Spotify', 'This user is not allowed to use this app.'],
    ['Spotify for Developers', 'User not registered in the Developer Dashboard'],
    ['Spotify: Oops', 'Your country is not supported.'],
    ['Spotify \u2013 Web Player', 'Playback is not available in your region'],
  ])(
    "a page titled %j keeps its body's words, as plain text would (s35 attack, issue 7 item 5)",
    async (title, words) => {
      const page = `<html><head><title>${title}</title><style>p{}</style></head><body><header>Spotify</header><h1>Forbidden</h1><p>${words}</p><footer>\u00a9 2025 Spotify AB</footer></body></html>`;
      const html = await errorUnder(403, page, 'text/html');
      expect(html.message).toBe(`Spotify refused the request: Forbidden: ${words}`);
      expect(html.extensions).toMatchObject({ code: 'FORBIDDEN', spotify: { status: 403, reason: null } });
      const bare = await errorUnder(
        403,
        `<html><title>${title}</title><body><h1>403 Forbidden</h1></body></html>`,
        'text/html',
      );
      expect(bare.message).toBe(BARE);
    },
  );

  it('a 502 page that says only its status answers as a 500 text body that says only its own', async () => {
    const page =
      '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>';
    const gateway = await errorUnder(502, page, 'text/html');
    const server = await errorUnder(500, 'Internal Server Error', 'text/plain');
    expect(gateway.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      spotify: { status: 502, message: 'Spotify answered 502' },
    });
    expect(server.extensions).toMatchObject({
      code: 'SPOTIFY_UNAVAILABLE',
      spotify: { status: 500, message: 'Spotify answered 500' },
    });
  });

  it.each([
    ['plain text', (words: string) => words, 'text/plain'],
    [
      'a JSON error object',
      (words: string) => JSON.stringify({ error: { status: 403, message: words } }),
      'application/json',
    ],
    ['a JSON string', (words: string) => JSON.stringify(words), 'application/json'],
  ])('ANSI colour in %s is removed whole', async (_name, body, contentType) => {
    const error = await errorUnder(403, body('\u001b[31mUser not registered\u001b[0m'), contentType);
    expect(error.message).toBe('Spotify refused the request: User not registered');
    expect(error.extensions?.spotify).toMatchObject({ message: 'User not registered' });
  });

  it('a coloured message that carries the token is withheld whole', async () => {
    const error = await errorUnder(403, `\u001b[31mBad token ${alice.token}\u001b[0m`, 'text/plain');
    expect(error.message).toBe('Spotify refused the request: [redacted]');
  });
});
