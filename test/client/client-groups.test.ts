import { describe, expect, it } from 'vitest';
import { SpotifyAPIError, SpotifyApiClient } from '../../src/spotify/index.js';
import { codeFlow, countOf, openedClient, useClientTests, userToken } from './client-harness.js';

const { emu, clients } = useClientTests();

/** An opened Extended-mode client that holds no token (each call passes one). */
const tokenlessClient = () => openedClient(emu, clients, codeFlow(), { appMode: 'extended' });

describe('endpoint groups on the client', () => {
  it('are properties of every client', () => {
    const bare = new SpotifyApiClient(codeFlow(), { env: {} });
    for (const group of [
      'albums',
      'artists',
      'tracks',
      'player',
      'playlists',
      'search',
      'library',
      'users',
    ]) {
      expect(bare).toHaveProperty(group);
    }
  });

  it('call Spotify through the client with a per-call token and market', async () => {
    const [client, token] = [await tokenlessClient(), await userToken(emu)];
    const id = [...emu.state.catalog.albums.keys()][0] as string;
    const album = await client.albums.getOne(id, { market: 'DE', authToken: token });
    expect(album.id).toBe(id);
    expect(await countOf(emu, 'GET /v1/albums/{id}')).toBe(1);
  });

  it('route a player command to body and query, and surface Spotify reason', async () => {
    const [client, token] = [await tokenlessClient(), await userToken(emu)];
    const devices = await client.player.devices({ authToken: token });
    const deviceId = devices[0]?.id ?? '';
    const albumId = [...emu.state.catalog.albums.keys()][1] as string;
    await client.player.play({ contextUri: `spotify:album:${albumId}`, deviceId, authToken: token });
    const state = await client.player.state({ authToken: token });
    expect(state?.device?.id).toBe(deviceId);
    expect(state?.context?.uri).toBe(`spotify:album:${albumId}`);
    const bob = await userToken(emu, { user: 'bob' });
    const error = await client.player.pause({ authToken: bob }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyAPIError);
    expect(error).toMatchObject({ status: 403, reason: 'PREMIUM_REQUIRED' });
  });
});
