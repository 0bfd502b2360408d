/**
 * Issue 7, "the emulator produces every case above": fault rules answer a given body with a given
 * content type, plain text by default, and a 2xx with a stray body on a route Spotify documents without
 * one (the case that made the client pause twice). Over the emulator's own HTTP routes.
 * (A body labelled JSON that is not: test/emulator/real-answers.test.ts.)
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();

beforeEach(async () => {
  await emu.control('DELETE', '/faults');
});

describe('fault rules with a given body', () => {
  it('answers a text without a content type as text/plain, with the status given', async () => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', {
      route: 'GET /v1/me/tracks',
      status: 403,
      text: 'User not registered',
    });
    const answer = await emu.api('GET', '/v1/me/tracks', { token });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(answer.text).toBe('User not registered');
  });

  it("answers a stray body with the route's own 2xx on a route Spotify documents without a body", async () => {
    const token = await emu.token({ user: 'alice' });
    const track = [...emu.state.catalog.tracks.keys()][7]!;
    const plain = await emu.api('PUT', '/v1/me/library', {
      token,
      query: { uris: `spotify:track:${track}` },
    });
    expect(plain.status).toBeGreaterThanOrEqual(200);
    expect(plain.status).toBeLessThan(300);
    expect(plain.text).toBe('');
    await emu.control('POST', '/faults', { route: 'PUT /v1/me/library', text: 'done' });
    const stray = await emu.api('PUT', '/v1/me/library', {
      token,
      query: { uris: `spotify:track:${track}` },
    });
    expect(stray.status).toBe(plain.status);
    expect(stray.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(stray.text).toBe('done');
  });

  it('answers an empty 200 labelled application/json (text "" with a contentType)', async () => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', {
      route: 'GET /v1/me',
      status: 200,
      text: '',
      contentType: 'application/json',
    });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.headers.get('content-length')).toBe('0');
    expect(answer.text).toBe('');
  });

  it.each([
    [200, 'application/json; charset=utf-8', '{"id":"cut'],
    [202, 'text/html; charset=utf-8', '<html><body>Accepted</body></html>'],
    [201, 'application/octet-stream', 'opaque'],
    [502, 'application/xml', '<error>bad gateway</error>'],
    [404, 'text/plain', ''],
  ])('answers status %i with any content type (%s) and body as given', async (status, type, text) => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', { route: 'GET /v1/me', status, text, contentType: type });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe(type);
    expect(answer.text).toBe(text);
  });

  it("labels the route's own answer with contentType alone, its body kept", async () => {
    const token = await emu.token({ user: 'alice' });
    const plain = await emu.api('GET', '/v1/me', { token });
    await emu.control('POST', '/faults', { route: 'GET /v1/me', contentType: 'text/plain' });
    const labelled = await emu.api('GET', '/v1/me', { token });
    expect(labelled.status).toBe(200);
    expect(labelled.headers.get('content-type')).toBe('text/plain');
    expect(labelled.text).toBe(plain.text);
  });

  it('labels a broken body with contentType: HTML sent as application/json', async () => {
    const token = await emu.token({ user: 'alice' });
    await emu.control('POST', '/faults', {
      route: 'GET /v1/me',
      body: 'non-json',
      contentType: 'application/json',
    });
    const answer = await emu.api('GET', '/v1/me', { token });
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.text).toMatch(/^<html>/);
  });

  it('sends a broken body on a route whose own answer is 204 with a 200, as text does', async () => {
    const token = await emu.token({ user: 'alice' });
    const devices = await emu.api('GET', '/v1/me/player/devices', { token });
    const device = (devices.json as { devices: { id: string }[] }).devices[0]!.id;
    const album = [...emu.state.catalog.albums.keys()][3]!;
    const play = { token, query: { device_id: device }, body: { context_uri: `spotify:album:${album}` } };
    expect((await emu.api('PUT', '/v1/me/player/play', play)).status).toBe(204);
    await emu.control('POST', '/faults', { route: 'PUT /v1/me/player/play', body: 'non-json' });
    const answer = await emu.api('PUT', '/v1/me/player/play', play);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toMatch(/^<html>/);
  });

  it.each([204, 205, 304])(
    'refuses a body for status %i, which HTTP sends without one, rather than dropping it',
    async (status) => {
      for (const shape of [{ text: 'x' }, { text: '' }, { body: 'non-json' }, { contentType: 'a/b' }]) {
        const added = await emu.control('POST', '/faults', { route: 'GET /v1/me', status, ...shape });
        expect(added.status).toBe(400);
        expect(added.json).toMatchObject({ code: 'INVALID_FAULT_RULE' });
        expect((added.json as { error: string }).error).toContain(`status ${status} has no body`);
      }
      expect((await emu.control('POST', '/faults', { route: 'GET /v1/me', status })).status).toBe(201);
    },
  );
});
