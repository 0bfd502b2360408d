/**
 * One rule for a Spotify user id, in the emulator and in the server (new-user pass, issue 7): the
 * emulator took at most 64 characters where the server takes 128, so a user name the server sent on
 * was the emulator's 400. The emulator keeps its own copy of the rule (it imports nothing from the rest
 * of src/), held here to the server's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isUserId } from '../../src/emulator/ids.js';
import { isUserName } from '../../src/spotify/user-names.js';
import { useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();
let alice: string;

beforeAll(async () => {
  alice = await emu.token({ user: 'alice' });
});

/** Names on both sides of every part of the rule: lengths, characters, blanks, dots, ends. */
const SAMPLES: readonly string[] = [
  'alice',
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(128),
  'a'.repeat(129),
  'é'.repeat(128),
  'é'.repeat(129),
  '🎵'.repeat(128),
  '🎵'.repeat(129),
  'émilie',
  'a@b.com',
  'a b',
  'a+b',
  '',
  ' ',
  ' a',
  'a ',
  '.',
  '..',
  'a.b',
  'a/b',
  'a\\b',
  'a%41',
  'a,b',
  'a?b',
  'a#b',
  'a\u0000b',
  'a\nb',
  'a\u200bb',
  'a\u202eb',
  'a\u2028b',
  'a\ufffeb',
  'a\ud800b',
];

describe('a user id: one rule in the emulator and the server', () => {
  it.each(SAMPLES.map((name) => [JSON.stringify(name).slice(0, 40), name]))(
    '%s is a user id for both or for neither',
    (_shown, name) => {
      expect(isUserId(name)).toBe(isUserName(name));
    },
  );

  it('the emulator answers a user name of 65 to 128 characters as any unknown user (404), past 128 as no user id (400)', async () => {
    const status = async (name: string) =>
      (await emu.api('GET', `/v1/users/${encodeURIComponent(name)}`, { token: alice })).status;
    // These were 400 "Invalid username" (at most 64 characters).
    expect(await status('a'.repeat(65))).toBe(404);
    expect(await status('é'.repeat(128))).toBe(404);
    expect(await status('a'.repeat(129))).toBe(400);
    expect(await status('é'.repeat(129))).toBe(400);
  });
});
