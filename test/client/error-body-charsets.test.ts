/**
 * Error bodies in other charsets (issue 7 item 5, "Error text lost"): a text or HTML error body is
 * decoded by its byte order mark, else by the charset its Content-Type declares (ISO-8859-1,
 * windows-1252, UTF-16 in either order), else as UTF-8; one in a charset nobody knows falls back to
 * UTF-8 with U+FFFD for what it cannot read. It was always read as UTF-8: `Accès refusé` sent in
 * ISO-8859-1 became `Acc\uFFFDs refus\uFFFD`, a UTF-16 page a run of NULs. The emulator's fault rules send the
 * bytes (`encoding`); the kept text stays bounded and redacted.
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

const WORDS = 'Accès refusé : l’utilisateur n’est pas autorisé (€ 5)';

/** The error of a profile read answered 403 with `text` sent in `encoding`, labelled `contentType`. */
async function refusal(
  text: string,
  contentType: string,
  encoding: string,
  token?: SpotifyAuthorisationToken,
): Promise<SpotifyAPIError> {
  await clearFaultsAndLog(emu);
  const client = await signedIn(token ? { token } : {});
  await addFault(emu, { route: 'GET /v1/me', status: 403, text, contentType, encoding });
  const error = await client.request(endpoints.getCurrentUsersProfile).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpotifyBaseError);
  return error as SpotifyAPIError;
}

describe('an error body in another charset keeps its words', () => {
  it.each([
    ['windows-1252', 'text/plain; charset=windows-1252', WORDS],
    ['windows-1252', 'text/plain; charset="Windows-1252"', WORDS],
    // ISO-8859-1 is read as windows-1252, as browsers do (WHATWG Encoding); it has no € or ’.
    ['iso-8859-1', 'text/plain; charset=iso-8859-1', 'Accès refusé : utilisateur non autorisé'],
    ['iso-8859-1', 'text/plain;charset=latin1', 'Accès refusé : utilisateur non autorisé'],
    ['utf-16le', 'text/plain; charset=utf-16le', WORDS],
    ['utf-16be', 'text/plain; charset=UTF-16BE', WORDS],
  ])('sent in %s labelled %j', async (encoding, contentType, words) => {
    const error = await refusal(words, contentType, encoding);
    expect(error.message).toBe(words);
    expect(error.status).toBe(403);
  });

  it.each([
    ['utf-16le', 'text/html'],
    ['utf-16be', 'text/html'],
    ['utf-8', 'text/html; charset=iso-8859-1'],
  ])(
    'an HTML page sent in %s with its byte order mark (labelled %j) is read by the mark',
    async (encoding, type) => {
      const page = `\uFEFF<html><head><title>403 Forbidden</title></head><body><p>${WORDS}</p></body></html>`;
      const error = await refusal(page, type, encoding);
      expect(error.message).toBe(`403 Forbidden: ${WORDS}`);
    },
  );

  it('a charset nobody knows is read as UTF-8, with U+FFFD for bytes UTF-8 cannot read', async () => {
    const utf8 = await refusal(WORDS, 'text/plain; charset=x-unknown-charset', 'utf-8');
    expect(utf8.message).toBe(WORDS);
    const latin = await refusal('Accès refusé', 'text/plain; charset=x-unknown-charset', 'iso-8859-1');
    expect(latin.message).toBe('Acc\uFFFDs refus\uFFFD');
  });

  it('a UTF-16 page is still bounded and never echoes the token', async () => {
    const token = await userToken(emu);
    const page = `<html><body><p>Refusé pour Bearer ${token.accessToken} ${'é'.repeat(2000)}</p></body></html>`;
    const error = await refusal(page, 'text/html; charset=utf-16le', 'utf-16le', token);
    expect(error.message.startsWith('Refusé pour ')).toBe(true);
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(JSON.stringify(error)).not.toContain(token.accessToken);
    expect(error.message).not.toContain(token.accessToken);
  });
});
