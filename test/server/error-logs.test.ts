import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import { configFromEnv, type ServerConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logging.js';
import { graphql } from '../generated/index.js';
import { documentText, type GraphQLDocument, invalidDocument } from '../helpers/documents.js';
import { DEVELOPMENT_APP, EXTENDED_APP, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { testExecutor } from '../helpers/executor.js';

const FAILING = graphql(`query ErrorLogsFailing { markets }`);
const WRONG_ALBUM_WORDS = graphql(
  `query ErrorLogsWrongAlbumWords($id: ID!) { album(id: $id) { albumType images { url } } }`,
);
const WRONG_ALBUM_POPULARITY = graphql(
  `query ErrorLogsWrongAlbumPopularity($id: ID!) { album(id: $id) { popularity } }`,
);

/** The x-request-id every request of these tests carries. */
const REQUEST_ID = 'error-logs-request';

/**
 * Errors in the log as the README says: type, message and code; a request's own error (a missing
 * scope, Development Mode) at info, Spotify failing at warn, only the server's own faults at error.
 */

let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

type Line = Record<string, unknown> & { level: number; err?: Record<string, unknown> };

async function logOf<V>(
  app: { clientId: string; clientSecret: string },
  mode: 'extended' | 'development',
  document: GraphQLDocument<unknown, V>,
  { token, variables }: { token?: string; variables?: V } = {},
): Promise<{ lines: Line[]; answer: { errors?: { extensions?: { code?: string } }[] } }> {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const config: ServerConfig = {
    ...configFromEnv({ SPOTIFY_CLIENT_ID: app.clientId }),
    clientSecret: app.clientSecret,
    apiUrl: `${emu.url}/v1`,
    accountsUrl: emu.url,
    appMode: mode,
    port: 0,
  };
  const server = await createServer({ ...testExecutor(), config, logger: createLogger('info', stream) });
  try {
    const url = await server.start(0, '127.0.0.1');
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': REQUEST_ID,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: documentText(document), variables }),
    });
    const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Line);
    return { lines, answer };
  } finally {
    await server.stop();
  }
}

const errorLines = (lines: Line[]) => lines.filter((line) => line.err !== undefined);

describe('error log lines', () => {
  it('log a missing scope at info with its code', async () => {
    const token = await emu.token({ user: 'alice', scopes: ['user-read-private'] });
    const { lines, answer } = await logOf(
      EXTENDED_APP,
      'extended',
      graphql(`query ErrorLogsSavedEpisodes { me { savedEpisodes(first: 1) { totalCount } } }`),
      { token },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const logged = errorLines(lines);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, err: { type: 'SpotifyAPIError', code: 'FORBIDDEN' } });
  });

  it('bound what an error quotes of the input: a 900 KB id makes a line of a few KB', async () => {
    const id = 'z'.repeat(900_000);
    const { lines, answer } = await logOf(
      EXTENDED_APP,
      'extended',
      invalidDocument(
        'a hostile 900 KB id literal, which the error quotes',
        `{ album(id: "${id}") { name } }`,
      ),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const line of lines) expect(JSON.stringify(line).length).toBeLessThan(4_000);
    // The message quotes a bounded share of the id (quoteInput) and says its length.
    const message = String(errorLines(lines)[0]?.err?.message ?? '');
    expect(message).toContain('(900000 characters)');
    expect(message.length).toBeLessThan(400);
  });

  it('log a field Development Mode lacks at info with its code', async () => {
    const artist = [...emu.state.catalog.artists.keys()][0]!;
    const { lines } = await logOf(
      DEVELOPMENT_APP,
      'development',
      graphql(`query ErrorLogsRelatedArtists($id: ID!) { artist(id: $id) { relatedArtists { name } } }`),
      { variables: { id: artist } },
    );
    expect(errorLines(lines)[0]).toMatchObject({
      level: 30,
      err: { code: 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE' },
    });
    expect(lines.some((line) => line.level >= 50)).toBe(false);
  });

  it('log Spotify failing at warn with SPOTIFY_UNAVAILABLE', async () => {
    const fault = await emu.control('POST', '/faults', { route: 'GET /v1/markets', status: 503 });
    try {
      const { lines } = await logOf(EXTENDED_APP, 'extended', FAILING);
      expect(errorLines(lines)[0]).toMatchObject({ level: 40, err: { code: 'SPOTIFY_UNAVAILABLE' } });
    } finally {
      await emu.control('DELETE', '/faults');
      expect(fault.status).toBeLessThan(300);
    }
  });

  it("log Spotify's wrong values at warn in the server's words, never graphql-js's text nor at error", async () => {
    const album = [...emu.state.catalog.albums.keys()][0] ?? '';
    // An enum word and a missing url the executor refuses; a boolean popularity the server refuses.
    await emu.control('POST', '/faults', {
      route: 'GET /v1/albums',
      set: { '/albums/0/album_type': 5, '/albums/0/images/0/url': null, '/albums/0/popularity': true },
    });
    try {
      for (const document of [WRONG_ALBUM_WORDS, WRONG_ALBUM_POPULARITY]) {
        const { lines, answer } = await logOf(EXTENDED_APP, 'extended', document, {
          variables: { id: album },
        });
        expect(answer.errors?.every((e) => e.extensions?.code === 'SPOTIFY_UNAVAILABLE')).toBe(true);
        expect(lines.some((line) => line.level >= 50)).toBe(false);
        const line = lines.find((one) => one.msg === 'graphql request');
        expect(line).toMatchObject({ level: 40, err: { code: 'SPOTIFY_UNAVAILABLE' } });
        expect(String(line?.err?.message)).toMatch(/^Spotify's answer has /);
        expect(JSON.stringify(lines)).not.toMatch(/cannot represent|Cannot return null/);
      }
    } finally {
      await emu.control('DELETE', '/faults');
    }
  });

  it("log the server's refused credentials at error with a readable code, never [redacted]", async () => {
    const { lines } = await logOf({ ...EXTENDED_APP, clientSecret: 'wrong-secret' }, 'extended', FAILING);
    const report = lines.find((line) => String(line.msg).includes('SPOTIFY_CLIENT_SECRET'));
    expect(report).toMatchObject({ level: 50, err: { code: 'SERVER_MISCONFIGURED' } });
    expect(JSON.stringify(lines)).not.toContain('[redacted]');
    expect(JSON.stringify(lines)).not.toContain('wrong-secret');
  });

  it('a failing request writes one line: its requestId, status, error codes and the error, at the error level', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/markets', status: 503 });
    try {
      const { lines, answer } = await logOf(EXTENDED_APP, 'extended', FAILING);
      expect(answer.errors?.[0]?.extensions?.code).toBe('SPOTIFY_UNAVAILABLE');
      const ofRequest = lines.filter((line) => line.requestId === REQUEST_ID);
      expect(ofRequest).toHaveLength(1);
      expect(ofRequest[0]).toMatchObject({
        msg: 'graphql request',
        level: 40,
        operationName: 'ErrorLogsFailing',
        status: 200,
        errorCodes: ['SPOTIFY_UNAVAILABLE'],
        err: { code: 'SPOTIFY_UNAVAILABLE' },
      });
      // Every line that concerns the request names it.
      expect(lines.filter((line) => line.requestId !== REQUEST_ID)).toEqual([]);
    } finally {
      await emu.control('DELETE', '/faults');
    }
  });
});
