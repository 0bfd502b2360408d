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
});
