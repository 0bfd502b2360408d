import { afterEach, describe, expect, it } from 'vitest';
import type { AppTokenConfig } from '../../src/server/config.js';
import { graphql } from '../generated/index.js';
import { documentText } from '../helpers/documents.js';
import { DEVELOPMENT_APP, EXTENDED_APP } from '../helpers/emulator.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Fields that need Spotify beside fields that do not (a local file's node, `__typename`). */
const MIXED = graphql(`
  query AppTokenFieldErrors($id: ID!) {
    __typename
    genreSeeds
    album(id: $id) { name }
    node(id: "spotify:local:a:b:c:1") { id }
  }
`);

interface Answer {
  status: number;
  retryAfter: string | null;
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

let open: TestServer | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function server(
  mode: 'extended' | 'development',
  appToken: Partial<AppTokenConfig>,
): Promise<TestServer> {
  open = await startTestServer({
    mode,
    listen: true,
    config: { appToken: { timeoutMs: 5000, backoffMs: 1000, backoffMaxMs: 60_000, ...appToken } },
  });
  return open;
}

/** The anonymous MIXED query for album `id`, over HTTP on the server's port. */
async function ask(t: TestServer, id: string): Promise<Answer> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: documentText(MIXED), variables: { id } }),
  });
  const body = (await response.json()) as Omit<Answer, 'status' | 'retryAfter'>;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
}

/**
 * The field-level shape every answer must have while the app token fails: the fields that need
 * Spotify are null with the app token's error at their path; `__typename` and the local file answer.
 */
function expectFieldLevel(answer: Answer, code: string): void {
  expect(answer.status, JSON.stringify(answer)).toBe(200);
  expect(answer.data?.__typename).toBe('Query');
  expect(answer.data?.node).toEqual({ id: 'spotify:local:a:b:c:1' });
  expect(answer.data?.album).toBeNull();
  const album = answer.errors?.find((error) => error.path?.[0] === 'album');
  expect(album?.extensions?.code, JSON.stringify(answer.errors)).toBe(code);
  for (const error of answer.errors ?? []) expect(error.path, JSON.stringify(error)).toBeDefined();
}

const albumIds = (t: TestServer): string[] => [...t.emu.state.catalog.albums.keys()];

/**
 * Attacker pass v2, F15: the request that landed as an app-token back-off ended (or first after the
 * recovery) failed whole (HTTP 503, no data, no path). A failing app token now fails the fields that
 * call Spotify, whenever in the streak the request comes, and never the request.
 */
describe('app-token failures are field errors', () => {
  it('keeps the siblings in every answer across back-offs of a refused app token, and after the recovery', async () => {
    for (const [mode, app] of [
      ['development', DEVELOPMENT_APP],
      ['extended', EXTENDED_APP],
    ] as const) {
      const t = await server(mode, { backoffMs: 150, backoffMaxMs: 300 });
      const ids = albumIds(t);
      expect((await ask(t, ids[0] as string)).data?.album).not.toBeNull();
      await t.emu.control('POST', '/apps/app-tokens', { clientId: app.clientId, refused: true });
      // Distinct uncached albums, 100 ms apart, over several back-off ends (150-300 ms each).
      for (let i = 1; i <= 16; i++) {
        expectFieldLevel(await ask(t, ids[i] as string), 'SPOTIFY_UNAVAILABLE');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const log = (await t.emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      const tokenCalls = log.byRoute['POST /api/token'] ?? 0;
      // New tokens were tried as back-offs ended (the moment the finding was about).
      expect(tokenCalls).toBeGreaterThanOrEqual(3);
      await t.emu.control('POST', '/apps/app-tokens', { clientId: app.clientId, refused: false });
      // The first requests after the recovery: field errors until a token works, then answers.
      let answered = false;
      for (let i = 17; i < 60 && !answered; i++) {
        const answer = await ask(t, ids[i] as string);
        if (answer.data?.album) answered = true;
        else expectFieldLevel(answer, 'SPOTIFY_UNAVAILABLE');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(answered).toBe(true);
      await open?.close();
      open = undefined;
    }
  });

  it('answers SERVER_MISCONFIGURED at the field when Spotify refuses the credentials, siblings kept', async () => {
    const t = await server('extended', { backoffMs: 60_000 });
    await t.emu.control('POST', '/apps/secret', {
      clientId: EXTENDED_APP.clientId,
      clientSecret: 'rotated-f15',
    });
    for (const id of albumIds(t).slice(0, 3)) {
      const answer = await ask(t, id);
      expectFieldLevel(answer, 'SERVER_MISCONFIGURED');
      expect(JSON.stringify(answer)).not.toMatch(/loginUrl|secret/i);
    }
  });

  it.each([
    ['JSON', '{"error":"invalid_client"}', 'application/json'],
    ['plain text', 'Invalid client secret', 'text/plain'],
    ['plain text', 'invalid_client', 'text/plain'],
    [
      'an HTML page',
      '<html><title>Error</title><body><h1>INVALID_CLIENT: Invalid client</h1></body></html>',
      'text/html',
    ],
  ])(
    'answers SERVER_MISCONFIGURED for a refused client as %s (%j), as for the JSON form (s35 attack)',
    async (_type, text, contentType) => {
      const t = await server('extended', { backoffMs: 60_000 });
      await t.emu.control('POST', '/faults', { route: 'POST /api/token', status: 400, text, contentType });
      for (const id of albumIds(t).slice(0, 2)) expectFieldLevel(await ask(t, id), 'SERVER_MISCONFIGURED');
    },
  );

  it('answers SPOTIFY_UNAVAILABLE at the field when the token endpoint stalls or fails, with Retry-After', async () => {
    const t = await server('extended', { timeoutMs: 300, backoffMs: 60_000 });
    await t.emu.control('POST', '/faults', { route: 'POST /api/token', latencyMs: 30_000 });
    const [first, second] = await Promise.all(
      albumIds(t)
        .slice(0, 2)
        .map((id) => ask(t, id)),
    );
    for (const answer of [first, second] as Answer[]) expectFieldLevel(answer, 'SPOTIFY_UNAVAILABLE');
    // During the back-off: at once, without a call, still at the field, saying when to retry.
    const during = await ask(t, albumIds(t)[2] as string);
    expectFieldLevel(during, 'SPOTIFY_UNAVAILABLE');
    const error = during.errors?.find((e) => e.path?.[0] === 'album');
    expect(error?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(Number(during.retryAfter)).toBeGreaterThan(0);

    await t.close();
    open = undefined;
    const outage = await server('extended', { backoffMs: 60_000 });
    await outage.emu.control('POST', '/faults', { route: 'POST /api/token', status: 503 });
    for (const id of albumIds(outage).slice(0, 2))
      expectFieldLevel(await ask(outage, id), 'SPOTIFY_UNAVAILABLE');
  });
});
