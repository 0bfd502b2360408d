/**
 * Spotify's error text (a Web API or accounts-service answer, as text, HTML or JSON) never shows a
 * credential the request carried (the caller's token, the app's client secret, an authorization code,
 * a refresh token), however it is written: split by HTML tags, comments or line breaks, in entities,
 * percent-encoded at depth, as JSON `\uXXXX` escapes, with invisible marks, in another letter case.
 * What a reader could still join or decode out of the text is checked, not only the text as written.
 * And Spotify's ordinary words, ids, URLs and market codes are kept as they were said.
 */
import { describe, expect, it } from 'vitest';
import { accountsError, apiError } from '../../src/spotify/responses.js';
import type { TransportResponse } from '../../src/spotify/transport.js';
import { joinedFragment } from '../helpers/redaction.js';

/** Fixed, random-looking credentials of each kind (base64url tokens and codes, a hex client secret). */
const SECRETS = {
  token: 'BQDkY2vN8rT2mPz7LwK9cY4hJ6dF1sA5gB0eU-_iOyRtWnMbXq3vN8rT2mPz7LwK9cY4hJ6dF1sA5gB0eU-_iOyRtWnMb',
  clientSecret: '7f3a9c1e5b2d48f6a0c9e7b1d3f5a2c4',
  code: 'AQCx8Zt1Lm4Nq7Rv0Sw3Tu6Yp9Ko2Jh5Gf8Ed1Cb4Av7Zx0Wy3Vu6Ts9Rq2Po5Nm8Lk1Ji4Hg7Fe0Dc3Ba6',
  refreshToken: 'AQDd9fLk2PqWm8Rz3Xt6Yv1Nc4Bh7Gj0Ks5Ua8Ie2Ow4Ep6Aq1Sd3Fg5Hj7',
};
const ALL = Object.values(SECRETS);

/** `text` with `between` after every `size` characters. */
const every = (text: string, size: number, between: string): string =>
  text.replace(new RegExp(`(.{${size}})`, 'g'), `$1${between}`);
const percent = (text: string): string =>
  [...text].map((char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const fullwidth = (text: string): string =>
  text.replace(/[A-Za-z0-9]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

/** Ways Spotify's (or a gateway's) text could carry a credential. Each leaked on the old code but the first. */
const WRITTEN: Array<[string, (secret: string) => string]> = [
  ['as it is', (s) => s],
  ['in capitals', (s) => s.toUpperCase()],
  ['with a tag between every two characters', (s) => [...s].join('<b></b>')],
  ['in 7-character pieces between bold tags', (s) => every(s, 7, '</b><b>')],
  ['with capital tags between capital characters', (s) => [...s.toUpperCase()].join('<B></B>')],
  ['with a tag with attributes every 3 characters', (s) => every(s, 3, '<span class="a" title=\'b\'>')],
  ['with an HTML comment every 5 characters', (s) => every(s, 5, '<!-- x -->')],
  ['with a line break tag every 7 characters', (s) => every(s, 7, '<br>')],
  ['in paragraphs of 7 characters', (s) => every(s, 7, '</p><p>')],
  ['with entity-written tags every 7 characters', (s) => every(s, 7, '&lt;b&gt;')],
  ['with percent-encoded entity tags', (s) => percent(every(s, 7, '&lt;i&gt;'))],
  ['on lines of 7 characters', (s) => every(s, 7, '\n')],
  ['on CRLF lines of 7 characters', (s) => every(s, 7, '\r\n')],
  ['in words of 7 characters', (s) => every(s, 7, ' ')],
  ['in 7 characters separated by no-break spaces', (s) => every(s, 7, '\u00a0')],
  ['as a list of 7-character pieces', (s) => every(s, 7, ', ')],
  ['in 7-character pieces between slashes in a URL', (s) => `https://api.spotify.com/${every(s, 7, '/')}`],
  ['in 7-character query values', (s) => `https://x.example/?${every(s, 7, '&q=')}`],
  [
    'entities, tags and line breaks mixed',
    (s) => every([...s].map((c, i) => (i % 3 ? c : `&#${c.charCodeAt(0)};`)).join(''), 9, '<i>\n</i>'),
  ],
  ['in spaced fullwidth capitals', (s) => every(fullwidth(s.toUpperCase()), 6, ' ')],
  ['as upper-case hex entities', (s) => [...s].map((c) => `&#X${c.charCodeAt(0).toString(16)};`).join('')],
  ['percent-encoded three times, in capitals', (s) => percent(percent(percent(s))).toUpperCase()],
  ['as \\u escapes', (s) => [...s].map((c) => `\\u00${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')],
  ['with U+034F after each character, in 7-character words', (s) => every([...s].join('\u034f'), 14, ' ')],
  ['with an acute accent on every character', (s) => [...s].map((c) => `${c}\u0301`).join('')],
  [
    'with Cyrillic lookalikes for Latin letters',
    (s) =>
      s.replace(/[aceopxyABCEHKMOPTX]/g, (c) => 'асеорхуАВСЕНКМОРТХ'['aceopxyABCEHKMOPTX'.indexOf(c)] ?? c),
  ],
  ['as \\u{...} escapes', (s) => [...s].map((c) => `\\u{${c.charCodeAt(0).toString(16)}}`).join('')],
  ['with Arabic-Indic digits', (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)))],
  ['with Devanagari digits', (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x966 + Number(d)))],
  ['as %uHHHH escapes', (s) => [...s].map((c) => `%u00${c.charCodeAt(0).toString(16)}`).join('')],
];

/** Where the text can sit in an error body: its content type and the body around the words. */
const BODIES: Array<[string, string, (words: string) => string]> = [
  ['a text body', 'text/plain', (w) => `Denied ${w} here`],
  ['an HTML title', 'text/html', (w) => `<html><head><title>Denied ${w}</title></head></html>`],
  ['an HTML heading', 'text/html', (w) => `<html><title>403</title><body><h1>Denied ${w}</h1></body></html>`],
  ['an HTML body', 'text/html', (w) => `<html><body><p>Denied ${w}</p></body></html>`],
  [
    'a Web API JSON message and reason',
    'application/json',
    (w) => JSON.stringify({ error: { status: 403, message: `Denied ${w}`, reason: `R ${w}` } }),
  ],
  [
    'an RFC 6749 JSON body',
    'application/json',
    (w) => JSON.stringify({ error: `x ${w}`, error_description: `Denied ${w}` }),
  ],
  [
    'a JSON list of errors',
    'application/json',
    (w) => JSON.stringify({ errors: [{ message: `Denied ${w}` }] }),
  ],
];

/** The Web API body's message an error keeps (Spotify's words, redacted). */
const apiMessage = (error: ReturnType<typeof apiError>): string | undefined => {
  const said = error.body?.error;
  return typeof said === 'object' ? said.message : undefined;
};

const response = (status: number, contentType: string, text: string): TransportResponse =>
  ({ status, headers: { 'content-type': contentType }, text }) as TransportResponse;

/** Everything an error read from `body` shows: message, body, reason and the accounts detail. */
function shownBy(error: ReturnType<typeof apiError>): string {
  return JSON.stringify({
    message: error.message,
    body: error.body,
    reason: error.reason,
    detail: (error as { detail?: string }).detail,
  });
}

describe('no credential is readable out of Spotify error text, however it is written', () => {
  for (const [how, write] of WRITTEN) {
    it(`a credential written ${how}: in no body shape, for the Web API or the accounts service`, () => {
      const leaks: string[] = [];
      for (const [where, contentType, body] of BODIES) {
        for (const [kind, secret] of Object.entries(SECRETS)) {
          const answer = response(403, contentType, body(write(secret)));
          for (const error of [apiError(answer, ALL), accountsError(answer, ALL)]) {
            const fragment = joinedFragment(shownBy(error), ALL);
            if (fragment !== undefined) leaks.push(`${kind} in ${where}: ${fragment}`);
          }
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  it('a token split by tags in an HTML title is one redaction, and the words around it stay', () => {
    const { token } = SECRETS;
    const page = `<html><title>Denied ${token.slice(0, 3)}<b>${token.slice(3, 40)}</b>${token.slice(40)} for you</title></html>`;
    expect(apiError(response(403, 'text/html', page), ALL).message).toBe('Denied [redacted] for you');
  });

  it('an unknown token split by inline tags in a page is redacted as the one word a browser shows', () => {
    const other = 'BQAxZ3k9Lm2Np8Qr5St1Uv7Wx4Yz0Ab6Cd3Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6';
    const page = `<html><title>403</title><h1>Refused ${every(other, 7, '<i></i>')}</h1></html>`;
    expect(apiError(response(403, 'text/html', page), []).message).toBe('Refused [redacted]');
  });

  it('a token ending in punctuation, split on lines: no lone piece of it is left beside [redacted]', () => {
    const dashed = `${SECRETS.refreshToken}-`;
    const lines = dashed.replace(/(.{7})/g, '$1\n');
    const answer = response(403, 'text/plain', `Denied ${lines} here`);
    // Old code: the 7-character lines; before the edges were hidden, `Denied [redacted] - here`.
    expect(apiError(answer, [dashed]).message).toBe('Denied [redacted] here');
  });

  it('the client secret in capitals in an accounts answer is redacted', () => {
    const answer = response(
      400,
      'application/json',
      JSON.stringify({
        error: 'invalid_client',
        error_description: `Bad secret ${SECRETS.clientSecret.toUpperCase()}`,
      }),
    );
    expect(accountsError(answer, ALL).message).toBe(
      'The accounts service refused the request (400, invalid_client: Bad secret [redacted])',
    );
  });
});

describe("Spotify's URLs in error text stay readable, their credentials do not (v16 re-attack B6)", () => {
  const said = (message: string): string =>
    apiMessage(
      apiError(response(400, 'application/json', JSON.stringify({ error: { status: 400, message } })), ALL),
    ) ?? '';

  it.each([
    'GET https://api.spotify.com/v1/artists/0TnOYISbd1XYRBk9myaseg/albums?include_groups=album,single&market=SE&limit=50 failed',
    'https://api.spotify.com/v1/playlists/37i9dQZF1DXcBWIGoYBM5M/tracks?offset=100&limit=100&additional_types=track,episode',
    'See https://open.spotify.com/track/4iV5W9uYEdYUVa79Axb7Rh?si=a1b2c3d4e5f6',
    'https://developer.spotify.com/documentation/web-api/concepts/authorization-code-flow-with-pkce',
    'api.spotify.com/v1/me/player/play?device_id=0d1841b0976bae2a3a310dd74c0f3df354899bc8 refused',
  ])('%s is kept as written', (url) => {
    // Old code: `https:[redacted]?include_groups=...` (the path read as one token-shaped run).
    expect(said(url)).toBe(url);
  });

  it.each([
    [
      'a token as access_token',
      `https://api.spotify.com/v1/me?access_token=${SECRETS.token}&market=SE`,
      'https://api.spotify.com/v1/me?access_token=[redacted]&market=SE',
    ],
    [
      'a short unknown code',
      'https://example.com/callback?code=AQshort1&state=xyz',
      'https://example.com/callback?code=[redacted]&state=xyz',
    ],
    [
      'a refresh token and a client secret',
      `https://accounts.spotify.com/api/token?refresh_token=zz9&client_secret=${SECRETS.clientSecret}`,
      'https://accounts.spotify.com/api/token?refresh_token=[redacted]&client_secret=[redacted]',
    ],
    [
      'a token in the path',
      `https://api.spotify.com/v1/tokens/${SECRETS.token}/info?market=SE`,
      'https://api.spotify.com/v1/tokens/[redacted]/info?market=SE',
    ],
    [
      'an unknown token-shaped path piece',
      'https://api.spotify.com/v1/x/QWxhZGRpbjpvcGVuIHNlc2FtZSBhbmQgbW9yZSB0ZXh0IGhlcmU/y',
      'https://api.spotify.com/v1/x/[redacted]/y',
    ],
  ])('a URL with %s keeps its URL, not the credential', (_case, url, shown) => {
    expect(said(`Refused ${url}`)).toBe(`Refused ${shown}`);
  });
});

describe("Spotify's own words are kept (few false positives)", () => {
  it.each([
    'The access token expired',
    'Invalid access token',
    'Only valid bearer authentication supported',
    "Non existing id: 'spotify:track:4iV5W9uYEdYUVa79Axb7Rh'",
    'Player command failed: No active device found',
    'Player command failed: Premium required',
    'Insufficient client scope',
    'Invalid base62 id',
    'Invalid redirect URI',
    'Invalid client secret',
    'Invalid authorization code',
    'Invalid refresh token',
    'Check settings on developer.spotify.com/dashboard, the user may not be registered.',
    'Market code XK is not valid; use ISO 3166-1 alpha-2 such as SE, DE, US, from_token',
    'ids=4iV5W9uYEdYUVa79Axb7Rh,1301WleyT98MSxVHPZCA6M,0TnOYISbd1XYRBk9myaseg',
    'spotify:playlist:37i9dQZF1DXcBWIGoYBM5M',
    'Device not found: 0d1841b0976bae2a3a310dd74c0f3df354899bc8',
    'Error 1,000,000,000 requests; status code=400',
    'Café “Señor” — 東京',
  ])('%s', (words) => {
    const json = response(
      400,
      'application/json',
      JSON.stringify({ error: { status: 400, message: words } }),
    );
    expect(apiMessage(apiError(json, ALL))).toBe(words);
    const html = `<html><title>Error</title><h1>${words.replaceAll('&', '&amp;')}</h1></html>`;
    expect(apiError(response(400, 'text/html', html), ALL).message).toBe(`Error: ${words}`);
    const accounts = JSON.stringify({ error: 'invalid_request', error_description: words });
    expect(accountsError(response(400, 'application/json', accounts), ALL).message).toContain(words);
  });
});

describe('hostile 64 KB bodies are read to an end', () => {
  const KB64 = 64 * 1024;
  it.each([
    ['only <', '<'.repeat(KB64)],
    ['unclosed tags', '<a'.repeat(KB64 / 2)],
    ['unclosed comments', '<!--'.repeat(KB64 / 4)],
    ['unclosed titles', '<title>'.repeat(KB64 / 7)],
    ['unclosed headings', '<h1 x'.repeat(KB64 / 5)],
    ['a tag between every character of a token', [...'BQ'.repeat(KB64 / 16)].join('<b></b>')],
    ['percent escapes', '%25'.repeat(KB64 / 3)],
    ['entities', '&amp;'.repeat(KB64 / 5)],
    ['\\u escapes', '\\u0041'.repeat(KB64 / 6)],
  ])('%s', (_case, text) => {
    for (const contentType of ['text/html', 'text/plain']) {
      const error = apiError(response(403, contentType, text), ALL);
      expect(error.message.length).toBeLessThanOrEqual(400);
    }
    const json = JSON.stringify({ error: { status: 403, message: text, reason: text } });
    expect(apiError(response(403, 'application/json', json), ALL).message.length).toBeLessThanOrEqual(400);
  });
});
