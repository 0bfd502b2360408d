/**
 * The emulator's grant routes for its seeded Extended app, as the grant tests call them over HTTP.
 */
import { expect } from 'vitest';
import { EXTENDED_APP, REDIRECT_URI } from './emulator.js';

/** A token endpoint answer: its status and JSON body. */
export interface TokenAnswer {
  status: number;
  json: Record<string, unknown>;
}

/**
 * `token(form)`: POST /api/token with the Extended app's credentials (HTTP Basic); `code()`: a code
 * alice approved for that app, from the consent form as a browser posts it (asserts its 302).
 * `emu.url` is read at each call, so an emulator a `beforeAll` starts can be passed before it has one.
 */
export function grantRoutes(emu: { url: string }): {
  token(form: Record<string, string>): Promise<TokenAnswer>;
  code(): Promise<string>;
} {
  const basic = `Basic ${Buffer.from(`${EXTENDED_APP.clientId}:${EXTENDED_APP.clientSecret}`).toString('base64')}`;
  return {
    async token(form) {
      const response = await fetch(`${emu.url}/api/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
        body: new URLSearchParams(form).toString(),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    async code() {
      const form = new URLSearchParams({
        client_id: EXTENDED_APP.clientId,
        response_type: 'code',
        redirect_uri: REDIRECT_URI,
        scope: 'user-read-private',
        user: 'alice',
        decision: 'approve',
      });
      const answer = await fetch(`${emu.url}/authorize`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        redirect: 'manual',
      });
      expect(answer.status).toBe(302);
      return new URL(answer.headers.get('location') ?? '').searchParams.get('code') ?? '';
    },
  };
}
