/**
 * An accounts-service refusal reads the same in words as in RFC 6749 JSON (s35 attack, LOW): a 400
 * saying "Invalid client secret", "invalid_client" or "Invalid client" as plain text or an HTML page
 * is `invalid_client`, as `{"error":"invalid_client"}` is (the server's configuration, not an
 * outage); "invalid_grant" or "Invalid refresh token" in words is ReauthenticationRequired (sign in
 * again), as the JSON form is. A 5xx page that happens to say "invalid client" stays an outage. The
 * emulator's fault rules send each body to the client's token requests over HTTP.
 */
import { describe, expect, it } from 'vitest';
import { AccountsServiceError, ReauthenticationRequired } from '../../src/spotify/index.js';
import {
  addFault,
  approveInBrowser,
  clearFaultsAndLog,
  codeFlow,
  credentialsFlow,
  useClientTests,
} from './client-harness.js';

const { emu, unopened } = useClientTests();

/** The error of an app-token request answered `status` with `text` as `contentType` (each try). */
async function appTokenRefusal(status: number, text: string, contentType: string): Promise<unknown> {
  await clearFaultsAndLog(emu);
  await addFault(emu, { route: 'POST /api/token', status, text, contentType });
  return unopened(credentialsFlow())
    .getAuthTokenWithClientCredentials()
    .catch((thrown: unknown) => thrown);
}

/** `words` as plain text, an HTML page like the accounts service's, and a non-RFC JSON message. */
const inWords = (words: string): [string, string, string][] => [
  ['plain text', words, 'text/plain'],
  ['HTML', `<html><head><title>Error</title></head><body><h1>${words}</h1></body></html>`, 'text/html'],
  ['a JSON message', JSON.stringify({ message: words }), 'application/json'],
];

describe('a refused client in words reads as invalid_client', () => {
  it.each([
    ['Invalid client secret', 'invalid_client: Invalid client secret'],
    ['invalid_client', 'invalid_client'],
    ['Invalid client', 'invalid_client: Invalid client'],
    ['INVALID_CLIENT: Invalid client', 'invalid_client: INVALID_CLIENT: Invalid client'],
  ])('%j', async (words) => {
    const json = await appTokenRefusal(400, JSON.stringify({ error: 'invalid_client' }), 'application/json');
    expect(json).toMatchObject({ reason: 'invalid_client', body: { error: 'invalid_client' } });
    for (const [type, text, contentType] of inWords(words)) {
      const error = await appTokenRefusal(400, text, contentType);
      expect(error, type).toBeInstanceOf(AccountsServiceError);
      expect(error, type).not.toBeInstanceOf(ReauthenticationRequired);
      expect(error, type).toMatchObject({
        status: 400,
        reason: 'invalid_client',
        body: { error: 'invalid_client' },
      });
    }
  });

  it('a 503 page that says "invalid client" is an outage, not a refusal', async () => {
    const error = await appTokenRefusal(503, 'Invalid client pool: upstream down', 'text/plain');
    expect(error).toBeInstanceOf(AccountsServiceError);
    expect((error as AccountsServiceError).reason).toBeUndefined();
  });

  it('other words keep no reason', async () => {
    const error = await appTokenRefusal(400, 'Request blocked by the gateway', 'text/plain');
    expect(error).toMatchObject({ status: 400, detail: 'Request blocked by the gateway' });
    expect((error as AccountsServiceError).reason).toBeUndefined();
  });
});

describe('a refused grant in words means sign in again', () => {
  it.each(['invalid_grant', 'Invalid refresh token', 'Refresh token revoked'])('%j', async (words) => {
    const client = unopened(codeFlow(), { holdAuthentication: true });
    const { code } = await approveInBrowser(emu, client.buildAuthorizationUrl());
    await client.getAuthTokenWithCode(code ?? '');
    for (const [type, text, contentType] of inWords(words)) {
      await addFault(emu, { route: 'POST /api/token', status: 400, text, contentType, times: 1 });
      const error = await client.refreshToken().catch((thrown: unknown) => thrown);
      expect(error, type).toBeInstanceOf(ReauthenticationRequired);
      expect(error, type).toMatchObject({
        status: 400,
        reason: 'invalid_grant',
        code: 'REAUTHENTICATION_REQUIRED',
      });
    }
  });
});
