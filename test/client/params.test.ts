import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import { SpotifyError } from '../../src/spotify/index.js';
import { buildRequest } from '../../src/spotify/params.js';

describe('routing options by the endpoint table', () => {
  it('puts camelCase options into the path and the query with Spotify names', () => {
    const built = buildRequest(endpoints.getAnArtistsAlbums, {
      id: '0TnOYISbd1XYRBk9myaseg',
      includeGroups: ['album', 'single'],
      limit: 5,
    });
    expect(built.pathAndQuery).toBe(
      '/artists/0TnOYISbd1XYRBk9myaseg/albums?include_groups=album,single&limit=5',
    );
    expect(built.body).toBeUndefined();
  });

  it('sends booleans in the query as true and false', () => {
    const built = buildRequest(endpoints.toggleShuffleForUsersPlayback, { state: false, deviceId: 'abc' });
    expect(built.pathAndQuery).toBe('/me/player/shuffle?state=false&device_id=abc');
  });

  it('splits options between query and JSON body', () => {
    const built = buildRequest(endpoints.startAUsersPlayback, {
      contextUri: 'spotify:album:5ht7ItJgpBH7W6vJ5BqpPr',
      deviceId: 'whatever_id',
    });
    expect(built.pathAndQuery).toBe('/me/player/play?device_id=whatever_id');
    expect(built.contentType).toBe('application/json');
    expect(JSON.parse(built.body ?? '')).toEqual({ context_uri: 'spotify:album:5ht7ItJgpBH7W6vJ5BqpPr' });
  });

  it('leaves out options whose value is undefined', () => {
    const built = buildRequest(endpoints.getAnAlbum, { id: 'x', market: undefined });
    expect(built.pathAndQuery).toBe('/albums/x');
  });

  it('sends the cover image as its base64 text with content-type image/jpeg', () => {
    const built = buildRequest(endpoints.uploadCustomPlaylistCover, { playlistId: 'p', image: '/9j/4AAQ' });
    expect([built.method, built.pathAndQuery, built.body, built.contentType]).toEqual([
      'PUT',
      '/playlists/p/images',
      '/9j/4AAQ',
      'image/jpeg',
    ]);
  });

  it('refuses an unknown option, naming it', () => {
    expect(() => buildRequest(endpoints.getAnAlbum, { id: 'x', colour: 'red' })).toThrow(SpotifyError);
    expect(() => buildRequest(endpoints.getAnAlbum, { id: 'x', colour: 'red' })).toThrow(/colour/);
  });

  it('quotes an unknown option bounded and escaped: at most 60 characters of it, with its length', () => {
    const name = `x\n{"forged":1}\u202e${'y'.repeat(900_000)}`;
    let message = '';
    try {
      buildRequest(endpoints.getAnAlbum, { id: 'x', [name]: 1 });
    } catch (error) {
      message = (error as SpotifyError).message;
    }
    expect(message).toContain('get-an-album: unknown option "x\\n{\\"forged\\":1}\\u202eyyy');
    expect(message).toContain(`…" (${name.length} characters) (known: id, market)`);
    expect(message.length).toBeLessThan(200);
    expect(message).not.toMatch(/[\n\u202e]/);
  });

  it('refuses a missing required option, naming it', () => {
    expect(() => buildRequest(endpoints.getAnAlbum, {})).toThrow(/missing required option id/);
  });

  it('refuses a number out of bounds, naming the option', () => {
    expect(() => buildRequest(endpoints.getAnAlbumsTracks, { id: 'x', limit: 51 })).toThrow(
      /limit must be at most 50/,
    );
    expect(() => buildRequest(endpoints.getAnAlbumsTracks, { id: 'x', limit: 1.5 })).toThrow(/integer/);
  });

  it('refuses more ids than the endpoint takes', () => {
    const ids = Array.from({ length: 21 }, (_, i) => `id${i}`);
    expect(() => buildRequest(endpoints.getMultipleAlbums, { ids })).toThrow(/at most 20 items/);
  });

  it('refuses a value outside the enum', () => {
    expect(() => buildRequest(endpoints.setRepeatModeOnUsersPlayback, { state: 'sometimes' })).toThrow(
      /track, context, off/,
    );
  });
});
