/**
 * Error bodies in other charsets through GraphQL (issue 7 item 5): Spotify's words in a text or HTML
 * error body sent in windows-1252, ISO-8859-1 or UTF-16 (by its Content-Type's charset or its byte
 * order mark) are the GraphQL error's words, not UTF-8 mojibake; the caller's token is never echoed.
 * See test/client/error-body-charsets.test.ts for the client's reading.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer, useUserToken } from '../helpers/server.js';

const t = useTestServer({ mode: 'extended' });
const alice = useUserToken(t, 'alice');

beforeEach(async () => {
  await t.emu.control('DELETE', '/faults');
});

const SAVED = graphql(`query ErrorBodyCharsetsSaved { me { savedTracks(first: 1) { totalCount } } }`);

const WORDS = 'Zugriff verweigert für „Bibliothek“ – Schlüssel ungültig';

describe('an error body in another charset keeps its words through GraphQL', () => {
  it.each([
    ['windows-1252', 'text/plain; charset=windows-1252', WORDS],
    ['iso-8859-1', 'text/plain; charset=ISO-8859-1', 'Zugriff verweigert für Bibliothek, Schlüssel ungültig'],
    ['utf-16le', 'text/plain; charset=utf-16le', WORDS],
    ['utf-16be', 'text/html', `\uFEFF<html><body><p>${WORDS}</p></body></html>`],
  ])('sent in %s labelled %j', async (encoding, contentType, text) => {
    const fault = await t.emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks',
      status: 403,
      text,
      contentType,
      encoding,
    });
    expect(fault.status).toBe(201);
    const answer = await t.query(SAVED, {}, { token: alice.token });
    expect(JSON.stringify(answer)).not.toContain(alice.token);
    const words = text.startsWith('\uFEFF') ? WORDS : text;
    expect(answer.errors?.[0]?.message).toBe(`Spotify refused the request: ${words}`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      spotify: { status: 403, message: words },
    });
  });
});
