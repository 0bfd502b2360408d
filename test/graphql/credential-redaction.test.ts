import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * Spotify's error text never passes a credential on, however short: a value Spotify names as a token,
 * code, secret or cookie is redacted in the message and in `extensions.spotify`.
 */

const t = useTestServer({ mode: 'extended' });

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

async function trackError(fault: Record<string, unknown>) {
  await t.emu.control('POST', '/faults', { route: 'GET /v1/tracks/{id}', ...fault });
  await t.emu.control('POST', '/faults', { route: 'GET /v1/tracks', ...fault });
  const id = [...t.emu.state.catalog.tracks.keys()][5]!;
  const answer = await t.query(
    graphql(`query CredentialRedactionTrack($id: ID!) { track(id: $id) { name } }`),
    { id },
  );
  expect(answer.errors?.[0]).toBeDefined();
  return { error: answer.errors![0]!, text: JSON.stringify(answer) };
}

describe('credentials named in Spotify error text', () => {
  it('redacts a short access_token in an HTML 403', async () => {
    const { text, error } = await trackError({
      status: 403,
      text: '<html><body>Forbidden: access_token=BQDsecrettoken12345</body></html>',
      contentType: 'text/html',
    });
    expect(text).not.toContain('BQDsecrettoken12345');
    expect(error.message).toContain('access_token=[redacted]');
  });

  it('redacts a refresh_token and a client_secret quoted in a JSON message', async () => {
    const { text } = await trackError({
      status: 400,
      text: JSON.stringify({
        error: { status: 400, message: 'bad "refresh_token": "AQCshort99" and client_secret: s3cr3tXY' },
      }),
      contentType: 'application/json',
    });
    expect(text).not.toContain('AQCshort99');
    expect(text).not.toContain('s3cr3tXY');
  });

  it('redacts a code, an sp_dc cookie and a Basic credential in plain text, and keeps a status number', async () => {
    const { text, error } = await trackError({
      status: 403,
      text: 'denied code=Zq81 sp_dc=AbC12 Authorization: Basic ZDAwOnMwMA== (error code 403)',
      contentType: 'text/plain',
    });
    for (const secret of ['Zq81', 'AbC12', 'ZDAwOnMwMA==']) expect(text).not.toContain(secret);
    expect(error.message).toContain('code 403');
  });
});
