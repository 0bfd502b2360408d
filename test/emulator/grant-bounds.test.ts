/**
 * Issue 7, smaller ones: the emulator does not grow without bound inside a long sandbox. Access tokens
 * are pruned a day after expiry (test/emulator/real-answers.test.ts); here the rest of the sweep: an
 * authorization code nobody exchanged goes at its expiry (10 minutes), a refresh token a day after its
 * own, each then answered invalid_grant as an unknown one. Over the emulator's own HTTP routes; the
 * clock moved through its control API.
 */
import { describe, expect, it } from 'vitest';
import { EXPIRED_GRACE_MS } from '../../src/emulator/grant-pruning.js';
import { REDIRECT_URI, useTestEmulator } from '../helpers/emulator.js';
import { grantRoutes } from '../helpers/emulator-grants.js';

const emu = useTestEmulator({ accessTokenTtl: 60, refreshTokenTtl: 3600 });

const { token, code } = grantRoutes(emu);

describe('bounded in a long sandbox: codes and refresh tokens', () => {
  it('prunes a code nobody exchanged at its expiry; it is then invalid_grant', async () => {
    const unused = await code();
    expect(emu.state.codes.has(unused)).toBe(true);
    await emu.advanceClock(10 * 60_000 + 61_000);
    await emu.token({ user: 'bob' }); // issuing sweeps
    expect(emu.state.codes.has(unused)).toBe(false);
    const exchange = await token({
      grant_type: 'authorization_code',
      code: unused,
      redirect_uri: REDIRECT_URI,
    });
    expect(exchange).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });

  it('prunes a refresh token a day after it expired; it is then invalid_grant', async () => {
    const issued = await token({
      grant_type: 'authorization_code',
      code: await code(),
      redirect_uri: REDIRECT_URI,
    });
    const refresh = issued.json.refresh_token as string;
    expect(emu.state.refreshTokens.has(refresh)).toBe(true);
    await emu.advanceClock(3600_000 + 61_000);
    await emu.token({ user: 'bob' });
    // Expired, but within the day it is still told apart from an unknown one: kept.
    expect(emu.state.refreshTokens.has(refresh)).toBe(true);
    await emu.advanceClock(EXPIRED_GRACE_MS);
    await emu.token({ user: 'bob' });
    expect(emu.state.refreshTokens.has(refresh)).toBe(false);
    const renewal = await token({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(renewal).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
  });
});
