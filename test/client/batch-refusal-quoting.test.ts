/**
 * The BAD_RESPONSE entries of a many-item fetch (src/spotify/request-many.ts) name the id they are for
 * the way every refusal of a caller's value does (quoted-input.ts quoteInput): JSON-quoted, control
 * characters escaped, at most 60 characters of it. The table's batch endpoints take only 22-character
 * ids, but `requestManySettled` takes any endpoint spec: one whose ids have no form rule lets a hostile
 * id through to Spotify, and Spotify's answer for it (not covering it, claiming it twice, another
 * object) must not echo it raw. A single call's path takes only base62 ids of at most 64 characters
 * (path-params.ts), so only a token-like one reaches that message. An id over 256 characters is
 * refused before any call, quoted too.
 */
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/spotify/endpoints/table.js';
import type { EndpointSpec } from '../../src/spotify/endpoints/types.js';
import { SpotifyAPIError } from '../../src/spotify/index.js';
import { addFault, callsByRoute, useClientTests } from './client-harness.js';

const { emu, signedIn } = useClientTests();

/** `spec` with no form rule for its `ids` entries (any text of at most 256 characters). */
function withoutIdForm(spec: EndpointSpec): EndpointSpec {
  return {
    ...spec,
    params: spec.params.map((param) => {
      if (param.name !== 'ids') return param;
      const { entries: _entries, ...rest } = param;
      return rest;
    }),
  };
}

const TOKEN_LIKE = `BQ${'Dx7kQ9zR2mN4vB8wY1tL'.repeat(8)}`;
const HOSTILE: [string, string][] = [
  ['control characters', 'ab\u0000\u001b[31mred\u0007\nInjected: yes\u202eevil'],
  ['a token-like string', TOKEN_LIKE],
  ['250 characters', `x${'y'.repeat(249)}`],
];

/** A track of the catalog as the emulator answers it, with the id `id`. */
function track(id: string): Record<string, unknown> {
  return { id, type: 'track', name: 'Somebody else', uri: `spotify:track:${id}` };
}

/** The message of `entry`, which must be a BAD_RESPONSE error. */
function badResponseMessage(entry: unknown): string {
  expect(entry).toBeInstanceOf(SpotifyAPIError);
  expect(entry).toMatchObject({ code: 'BAD_RESPONSE' });
  return (entry as Error).message;
}

/** Whether `message` quotes `id` as quoteInput does: escaped, at most 60 of its characters. */
function expectQuoted(message: string, id: string): void {
  const head = JSON.stringify([...id].slice(0, 60).join('')).slice(0, -1);
  // No control character, bidi control or line break of the id reaches the message.
  expect(message).not.toMatch(/[\p{Cc}\u202e]/u);
  expect(message).toContain(head.replace(/\u202e/g, '\\u202e'));
  if (id.length > 60) {
    expect(message).not.toContain(id);
    expect(message).toContain(`(${id.length} characters)`);
  }
}

describe('a many-item fetch names a hostile id bounded and escaped', () => {
  it.each(HOSTILE)('%s: an id the batch answer does not cover', async (_name, id) => {
    const client = await signedIn({ app: 'extended', appMode: 'extended' });
    await addFault(emu, {
      route: 'GET /v1/tracks',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ tracks: [track('4iV5W9uYEdYUVa79Axb7Rh')] }),
    });
    const [entry] = await client.requestManySettled(
      withoutIdForm(endpoints.getSeveralTracks),
      endpoints.getTrack,
      [id],
    );
    const message = badResponseMessage(entry);
    expect(message).toContain('does not cover the id "');
    expectQuoted(message, id);
  });

  it.each(HOSTILE)('%s: an id two entries of the batch answer claim', async (_name, id) => {
    const client = await signedIn({ app: 'extended', appMode: 'extended' });
    await addFault(emu, {
      route: 'GET /v1/tracks',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify({ tracks: [track(id), track(id)] }),
    });
    const entries = await client.requestManySettled(
      withoutIdForm(endpoints.getSeveralTracks),
      endpoints.getTrack,
      [id, '4iV5W9uYEdYUVa79Axb7Rh'],
    );
    const message = badResponseMessage(entries[0]);
    expect(message).toContain('more than one entry for the id "');
    expectQuoted(message, id);
  });

  it('a token-like id of 64 characters (the most a path id takes) a single call answers with another object', async () => {
    const client = await signedIn({ app: 'development', appMode: 'development' });
    const id = TOKEN_LIKE.slice(0, 64);
    await addFault(emu, {
      route: 'GET /v1/tracks/{id}',
      status: 200,
      contentType: 'application/json',
      text: JSON.stringify(track('4iV5W9uYEdYUVa79Axb7Rh')),
    });
    const [entry] = await client.requestManySettled(
      withoutIdForm(endpoints.getSeveralTracks),
      endpoints.getTrack,
      [id],
    );
    const message = badResponseMessage(entry);
    expect(message).toContain('for the id "');
    expectQuoted(message, id);
  });

  it('an id of 10,000 characters is refused before any call, quoted and bounded', async () => {
    const client = await signedIn({ app: 'extended', appMode: 'extended' });
    const id = `${TOKEN_LIKE}${'z'.repeat(10_000 - TOKEN_LIKE.length)}`;
    const refusal = await client
      .requestManySettled(withoutIdForm(endpoints.getSeveralTracks), endpoints.getTrack, [id])
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).toMatchObject({ code: 'USAGE_ERROR' });
    expectQuoted((refusal as Error).message, id);
    expect(await callsByRoute(emu)).not.toHaveProperty('GET /v1/tracks');
  });
});
