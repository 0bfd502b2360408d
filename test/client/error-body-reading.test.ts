/**
 * One reading of Spotify's error bodies, whatever their type (v22 attack on issue 7, item 5 "Error
 * text lost"): the Web API's JSON error object, another JSON error object, a JSON string, plain text
 * and HTML give the same message for the same words; words that only repeat the status's phrase give
 * the empty body's "Spotify answered <status>" with no reason, for every status; text that looks like a
 * tag but names no HTML element is kept; an HTML page that says more than its status keeps what it
 * says, markup and the server's signature dropped; ANSI escape sequences are removed whole; a token in
 * any of them is never echoed. The emulator's fault rules send each body over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import {
  type SpotifyAPIError,
  type SpotifyAuthorisationToken,
  SpotifyBaseError,
} from '../../src/spotify/index.js';
import { addFault, clearFaultsAndLog, useClientTests, userToken } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** The error the client throws for a profile read answered `status` with `text` as `contentType`. */
async function refusal(
  status: number,
  text: string,
  contentType: string,
  token?: SpotifyAuthorisationToken,
): Promise<SpotifyAPIError> {
  await clearFaultsAndLog(emu);
  const client = await signedIn(token ? { token } : {});
  await addFault(emu, { route: 'GET /v1/me', status, text, contentType });
  const error = await client.request(endpoints.getCurrentUsersProfile).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpotifyBaseError);
  // A 5xx ends as the last answer's error, after the retries.
  return error as SpotifyAPIError;
}

/** A 403 HTML `page` reads as `message`, with no reason. */
async function expectPageSays(page: string, message: string): Promise<void> {
  const error = await refusal(403, page, 'text/html');
  expect(error.message).toBe(message);
  expect(error.reason).toBeUndefined();
}

/** A 403 HTML `page` that says no more than its status reads as the empty body's message. */
async function expectBareRefusal(page: string): Promise<void> {
  expect((await refusal(403, page, 'text/html')).message).toBe('Spotify answered 403');
}

/**
 * A 403 HTML page made by `pageWith` around the words "Bearer <token>" (and long enough to be cut): its
 * message starts with `start` (the token redacted), is at most 300 characters, and the error's JSON
 * holds no token.
 */
async function expectRedactedAndBounded(pageWith: (bearer: string) => string, start: string): Promise<void> {
  const token = await userToken(emu);
  const page = pageWith(`Bearer ${token.accessToken}`);
  const error = await refusal(403, page, 'text/html', token);
  expect(error.message.startsWith(start)).toBe(true);
  expect(error.message.length).toBeLessThanOrEqual(300);
  expect(JSON.stringify(error)).not.toContain(token.accessToken);
}

/** `words` in each body type Spotify or a gateway sends, with its content type. */
function everyType(words: string, status = 403): [string, string, string][] {
  const html = words.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [
    ['JSON error object', JSON.stringify({ error: { status, message: words } }), 'application/json'],
    ['JSON message', JSON.stringify({ message: words }), 'application/json'],
    ['JSON error word', JSON.stringify({ error: words }), 'application/json'],
    ['JSON string', JSON.stringify(words), 'application/json'],
    ['plain text', words, 'text/plain'],
    ['plain text labelled JSON', words, 'application/json'],
    ['HTML title', `<html><head><title>${html}</title></head><body></body></html>`, 'text/html'],
    ['HTML paragraph', `<html><body><p>${html}</p></body></html>`, 'text/html'],
  ];
}

describe('the same words give the same message in every body type', () => {
  const cases: [number, string, string][] = [
    [403, 'Forbidden', 'Spotify answered 403'],
    [403, '403 Forbidden', 'Spotify answered 403'],
    [403, 'Error 403: Forbidden', 'Spotify answered 403'],
    [404, 'Not Found', 'Spotify answered 404'],
    [400, 'Bad Request', 'Spotify answered 400'],
    [500, 'Internal Server Error', 'Spotify answered 500'],
    [502, 'Bad Gateway', 'Spotify answered 502'],
    [503, '503 Service Unavailable', 'Spotify answered 503'],
    [403, 'User not registered in the Developer Dashboard', 'User not registered in the Developer Dashboard'],
    [403, 'Forbidden <scope user-read-private>', 'Forbidden <scope user-read-private>'],
    [502, 'Bad Gateway: upstream reset', 'Bad Gateway: upstream reset'],
  ];
  const table = cases.flatMap(([status, words, message]) =>
    everyType(words, status).map(([type, text, contentType]) => ({
      status,
      words,
      type,
      text,
      contentType,
      message,
    })),
  );

  it.each(table)('$status $words as $type: "$message"', async ({ status, text, contentType, message }) => {
    const error = await refusal(status, text, contentType);
    expect(error).toMatchObject({ status, message });
    // None of these words is a reason (`{"error": words}` included); words that only repeat the
    // status give none either, as an empty body does.
    expect(error.reason).toBeUndefined();
  });

  it.each([403, 500, 502])('an empty %i body says "Spotify answered" and its status', async (status) => {
    const error = await refusal(status, '', 'text/plain');
    expect(error).toMatchObject({ status, message: `Spotify answered ${status}` });
    expect(error.reason).toBeUndefined();
  });
});

describe('a JSON error word is said once (s37, issue 7 item 4, LOW)', () => {
  it('{"error":"x"} reads "x" as its message, with no reason repeating it', async () => {
    const error = await refusal(403, JSON.stringify({ error: 'App not approved' }), 'application/json');
    expect(error).toMatchObject({ status: 403, message: 'App not approved' });
    expect(error.reason).toBeUndefined();
  });

  it('a word beside a description is the reason, the description the message', async () => {
    const text = JSON.stringify({ error: 'access_denied', error_description: 'User not approved' });
    const error = await refusal(403, text, 'application/json');
    expect(error).toMatchObject({ status: 403, message: 'User not approved', reason: 'access_denied' });
  });
});

describe('a message that is no string is no text (s38, issue 7 item 4, LOW)', () => {
  const values: [string, unknown][] = [
    ['a number', 5],
    ['zero', 0],
    ['a boolean', true],
    ['an object', { text: 'Forbidden' }],
    ['a list', ['x']],
    ['null', null],
  ];
  const shapes: [string, (value: unknown) => unknown][] = [
    ['{"error":{"message":v}}', (value) => ({ error: { status: 500, message: value } })],
    ['{"message":v}', (value) => ({ message: value })],
    ['{"error_description":v}', (value) => ({ error_description: value })],
    ['{"detail":v}', (value) => ({ detail: value })],
    ['{"errors":[{"message":v}]}', (value) => ({ errors: [{ message: value }] })],
    ['{"error":v}', (value) => ({ error: value })],
  ];
  const table = values.flatMap(([name, value]) =>
    shapes.map(([shape, make]) => ({ name, shape, body: make(value) })),
  );

  it.each(table)('$shape with $name reads as the status', async ({ body }) => {
    const error = await refusal(500, JSON.stringify(body), 'application/json');
    expect(error).toMatchObject({ status: 500, message: 'Spotify answered 500' });
    expect(error.reason).toBeUndefined();
  });

  it('a number message beside a string reason keeps the reason, the status as the message', async () => {
    const body = { error: { status: 403, message: 5, reason: 'PREMIUM_REQUIRED' } };
    const error = await refusal(403, JSON.stringify(body), 'application/json');
    expect(error).toMatchObject({ status: 403, message: 'Spotify answered 403', reason: 'PREMIUM_REQUIRED' });
  });
});

describe('text that looks like a tag is text', () => {
  it.each([
    ['Forbidden <scope user-read-private>', 'text/plain'],
    ['Forbidden: <user@example.com> is not registered', 'text/plain'],
    ['limit < 50 and offset > 0', 'text/plain'],
    ['Forbidden <scope user-read-private>', 'text/html'],
    ['Missing <scopes>: user-read-private', 'application/json'],
  ])('%j (%s) is kept as sent', async (text, contentType) => {
    const error = await refusal(403, text, contentType);
    expect(error.message).toBe(text);
  });

  it('an HTML element in plain text is still markup', async () => {
    const error = await refusal(403, 'User <b>not</b> registered<br>for this app', 'text/plain');
    expect(error.message).toBe('User not registered for this app');
  });
});

describe('an HTML page that says more than its status keeps what it says', () => {
  const NGINX_SIGNATURE = '<hr><center>nginx/1.25.3</center>';
  it.each([
    [
      'a request id after a status-only title and heading',
      `<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><p>Request ID: 7f3a-91c2</p>${NGINX_SIGNATURE}</body></html>`,
      '403 Forbidden: Request ID: 7f3a-91c2',
    ],
    [
      'a reason under a status heading, no title',
      '<html><body><h1>Forbidden</h1><div>This user is not allowed to use this <i>app</i>.</div></body></html>',
      'Forbidden: This user is not allowed to use this app.',
    ],
    [
      'a generic title and a status heading, then a reason',
      '<html><title>Error</title><body><h1>403 Forbidden</h1><p>Blocked by the region policy</p></body></html>',
      'Error: 403 Forbidden: Blocked by the region policy',
    ],
    [
      "CloudFront's page: its title says why, its status heading adds nothing",
      '<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY><H1>403 ERROR</H1><H2>The request could not be satisfied.</H2></BODY></HTML>',
      'ERROR: The request could not be satisfied',
    ],
  ])('%s', (_name, page, message) => expectPageSays(page, message));

  it.each([
    [
      "nginx's page with its signature",
      `<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n${NGINX_SIGNATURE}\r\n</body>\r\n</html>\r\n`,
    ],
    [
      "Apache's page with its address line",
      '<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>Forbidden</p><hr><address>Apache/2.4.41 (Ubuntu) Server at api.spotify.com Port 443</address></body></html>',
    ],
    ['a title and a heading that say the status together', '<html><title>Error</title><h1>403</h1></html>'],
  ])('%s is a bare refusal', (_name, page) => expectBareRefusal(page));

  it('a 502 page that says only its status reads as a 500 text body that says only its own', async () => {
    const page =
      '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>openresty</center></body></html>';
    expect((await refusal(502, page, 'text/html')).message).toBe('Spotify answered 502');
    expect((await refusal(500, 'Internal Server Error', 'text/plain')).message).toBe('Spotify answered 500');
  });

  it('a long page is bounded and a token in it is redacted', () =>
    expectRedactedAndBounded(
      (bearer) =>
        `<html><title>403 Forbidden</title><body><p>Request ID: 1 for ${bearer}</p><p>${'word '.repeat(500)}</p></body></html>`,
      '403 Forbidden: Request ID: 1 for Bearer [redacted] word',
    ));
});

describe("an HTML page whose title is a site's name keeps its own words (s35 attack, issue 7 item 5)", () => {
  it.each([
    [
      'a bare site name',
      '<html><head><title>Spotify</title></head><body><h1>Something went wrong</h1><p>This app is in development mode.</p></body></html>',
      'Something went wrong: This app is in development mode.',
    ],
    [
      'the developer site, a paragraph only',
      '<!doctype html><html><head><title>Spotify for Developers</title><style>p{}</style></head><body><div><p>User not registered in the Developer Dashboard</p></div></body></html>',
      'User not registered in the Developer Dashboard',
    ],
    [
      'a site name with an exclamation, a status heading',
      '<html><head><title>Spotify: Oops</title></head><body><h1>403 Forbidden</h1><p>Your country is not supported.</p><footer>© 2025 Spotify AB</footer></body></html>',
      '403 Forbidden: Your country is not supported.',
    ],
    [
      'the web player, a script and words in divs',
      '<html><head><title>Spotify – Web Player</title><script>window.x = "secret";</script></head><body><header>Spotify</header><div>Playback   is\n not available</div><div>in your region</div></body></html>',
      'Playback is not available in your region',
    ],
    [
      'a site-name title over a reason that says more than the title',
      '<html><title>Spotify</title><body><h2>Forbidden</h2><p>Spotify: the app owner must renew its quota</p></body></html>',
      'Spotify: the app owner must renew its quota',
    ],
  ])('%s', (_name, page, message) => expectPageSays(page, message));

  it.each([
    ['a site name alone', '<html><head><title>Spotify</title></head><body></body></html>'],
    [
      'a site name and the status',
      '<html><head><title>Spotify for Developers</title></head><body><h1>Forbidden</h1><p>403</p><footer>Spotify AB</footer></body></html>',
    ],
  ])('%s is a bare refusal', (_name, page) => expectBareRefusal(page));

  it('a token in the body under a site-name title is redacted, the text bounded', () =>
    expectRedactedAndBounded(
      (bearer) =>
        `<html><title>Spotify</title><body><p>Denied for ${bearer}</p><p>${'word '.repeat(500)}</p></body></html>`,
      'Denied for Bearer [redacted] word word',
    ));
});

describe('ANSI escape sequences are removed whole', () => {
  const ESC = '\u001b';
  it.each([
    ['colour on and off', `${ESC}[31mUser not registered${ESC}[0m`],
    ['bold with parameters', `${ESC}[1;31;40mUser not registered${ESC}[m`],
    ['a window title (OSC, BEL)', `${ESC}]0;spotify${'\u0007'}User not registered`],
    ['a window title (OSC, ESC \\)', `${ESC}]2;x${ESC}\\User not registered`],
    ['a character set', `${ESC}(BUser not registered`],
    ['cursor moves and erase', `${ESC}[2J${ESC}[HUser not registered${ESC}[K`],
    ['written as \\x1b escapes', '\\x1b[31mUser not registered\\x1b[0m'],
    ['written as \\u001b escapes', '\\u001b[31mUser not registered\\u001b[0m'],
    ['percent-encoded', '%1B[31mUser not registered%1B[0m'],
  ])('%s', async (_name, words) => {
    for (const [, text, contentType] of everyType(words).filter(([type]) => !type.startsWith('HTML'))) {
      const error = await refusal(403, text, contentType);
      expect(error.message, `${contentType} ${text}`).toBe('User not registered');
    }
  });

  it('a coloured status phrase is a bare refusal in every body type', async () => {
    for (const [type, text, contentType] of everyType(`${ESC}[1;31mForbidden${ESC}[0m`)) {
      const error = await refusal(403, text, contentType);
      expect(error.message, type).toBe('Spotify answered 403');
    }
  });

  it('a sequence that swallows part of a token does not let the rest through', async () => {
    const token = await userToken(emu);
    const swallowed = [...token.accessToken].map((char) => `${char}${ESC}[`).join('');
    const error = await refusal(403, `denied ${swallowed} here`, 'text/plain', token);
    // Shown with only its controls removed, the text holds the token: none of it is passed on.
    expect(error.message).toBe('[redacted]');
    const plain = error.message.replace(/[^A-Za-z0-9]/g, '');
    expect(plain).not.toContain(token.accessToken.replace(/[^A-Za-z0-9]/g, '').slice(0, 8));
  });
});
