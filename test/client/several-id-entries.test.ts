/**
 * The client's many-item methods check each id before any call (v20 attack on issue 7, "inputs a
 * user types"): a share link, an entry with a comma (`'A,A'` would be sent as two ids), a blank one or
 * one with whitespace around it is the client's SpotifyError naming the entry, in both app modes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SpotifyError } from '../../src/spotify/index.js';
import {
  clearFaultsAndLog,
  clientsClosedAfterEach,
  codeFlow,
  openedClient,
  userToken,
  useTestEmulator,
} from './client-harness.js';

const emu = useTestEmulator();
const clients = clientsClosedAfterEach();

beforeEach(() => clearFaultsAndLog(emu));

describe('getSeveral entries', () => {
  it.each(['extended', 'development'] as const)(
    'refuses each bad entry before any call (%s)',
    async (app) => {
      const client = await openedClient(emu, clients, codeFlow(app), {
        holdAuthentication: true,
        authToken: await userToken(emu, { app }),
        appMode: app,
      });
      const id = [...emu.state.catalog.albums.keys()][0]!;
      await clearFaultsAndLog(emu);
      const cases: [string, RegExp][] = [
        [`https://open.spotify.com/album/${id}`, /entry 1 is a link or URI: give the bare id/],
        [`${id},${id}`, /entry 1 holds a comma/],
        ['', /entry 1 is blank/],
        ['  ', /entry 1 is blank/],
        [` ${id}`, /entry 1 has whitespace around it/],
      ];
      for (const [bad, message] of cases) {
        const refusal = await client.albums.getSeveral([id, bad]).catch((error: unknown) => error);
        expect(refusal, bad).toBeInstanceOf(SpotifyError);
        expect((refusal as Error).message).toMatch(message);
      }
      const log = (await emu.control('GET', '/requests')).json as { byRoute: Record<string, number> };
      expect(log.byRoute).toEqual({});
    },
  );
});
