/**
 * The emulator's request log stays bounded in a long sandbox: a path no route matches is counted under
 * its own `byRoute` key only up to MAX_ROUTE_KEYS keys, then under `<METHOD> (other paths)` (v13 attack on
 * issue 7, G1: 300 probed paths made 300 keys, without bound).
 */
import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { MAX_ROUTE_KEYS } from '../../src/emulator/request-log.js';
import { useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

describe('the request log', () => {
  it('bounds its byRoute keys however many distinct unmatched paths are asked', async () => {
    await emu.control('DELETE', '/requests');
    const asked = MAX_ROUTE_KEYS + 50;
    for (let i = 0; i < asked; i++) {
      const answer = await request(`${emu.url}/v1/nope/${i.toString(16)}`);
      await answer.body.dump();
    }
    const log = (await emu.control('GET', '/requests')).json as {
      total: number;
      byRoute: Record<string, number>;
    };
    expect(log.total).toBe(asked);
    expect(Object.keys(log.byRoute).length).toBeLessThanOrEqual(MAX_ROUTE_KEYS + 1);
    expect(Object.values(log.byRoute).reduce((sum, n) => sum + n, 0)).toBe(asked);
    expect(log.byRoute['GET (other paths)']).toBeGreaterThan(0);
  });
});
