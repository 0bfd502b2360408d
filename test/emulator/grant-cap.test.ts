/**
 * Issue 7, smaller ones: past its cap of grants per map (option `maxGrants`, default MAX_GRANTS,
 * 100,000) the emulator drops the oldest access tokens, refresh tokens and authorization codes first,
 * which are then answered as unknown ones; the newest `maxGrants` of each keep working. The cap is
 * lowered to 3 so the test stays fast. Over the emulator's own HTTP routes: the consent form
 * (POST /authorize), the token endpoint (POST /api/token) and a Web API read.
 */
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/index.js';
import { REDIRECT_URI, useTestEmulator } from '../helpers/emulator.js';
import { grantRoutes } from '../helpers/emulator-grants.js';

const CAP = 3;
const emu = useTestEmulator({ maxGrants: CAP });

const { token, code } = grantRoutes(emu);

const exchange = (issued: string) =>
  token({ grant_type: 'authorization_code', code: issued, redirect_uri: REDIRECT_URI });

/** `count` grants in a row, oldest first. */
async function inRow<T>(count: number, issue: () => Promise<T>): Promise<T[]> {
  const issued: T[] = [];
  for (let i = 0; i < count; i++) issued.push(await issue());
  return issued;
}

describe('the cap on grants kept', () => {
  it('drops the oldest access tokens past the cap: they answer 401, the newest still read', async () => {
    const tokens = await inRow(CAP + 2, async () => {
      const answer = await token({ grant_type: 'client_credentials' });
      expect(answer.status).toBe(200);
      return answer.json.access_token as string;
    });
    const album = [...emu.state.catalog.albums.keys()][0]!;
    const statuses: number[] = [];
    for (const issued of tokens) {
      statuses.push((await emu.api('GET', `/v1/albums/${album}`, { token: issued })).status);
    }
    expect(statuses).toEqual([401, 401, 200, 200, 200]);
    expect(emu.state.accessTokens.size).toBe(CAP);
  });

  it('drops the oldest codes past the cap: they are invalid_grant, the newest exchange', async () => {
    const codes = await inRow(CAP + 2, code);
    expect(emu.state.codes.size).toBe(CAP);
    expect(await exchange(codes[0]!)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    expect(await exchange(codes[1]!)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    expect((await exchange(codes[2]!)).status).toBe(200);
    expect((await exchange(codes[4]!)).status).toBe(200);
  });

  it('drops the oldest refresh tokens past the cap: they are invalid_grant, the newest renew', async () => {
    const refreshes = await inRow(CAP + 2, async () => {
      const issued = await exchange(await code());
      expect(issued.status).toBe(200);
      return issued.json.refresh_token as string;
    });
    const renew = (refresh: string) => token({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(await renew(refreshes[0]!)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    expect(await renew(refreshes[1]!)).toMatchObject({ status: 400, json: { error: 'invalid_grant' } });
    expect((await renew(refreshes[4]!)).status).toBe(200);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses maxGrants %s at start with a RangeError', async (bad) => {
    await expect(startEmulator({ maxGrants: bad })).rejects.toThrow(
      /^maxGrants must be an integer of at least 1/,
    );
  });
});
