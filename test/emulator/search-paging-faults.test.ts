/**
 * A paging fault reaches every type's page of a multi-type search answer (A4): `type=album,artist`
 * answers `{ albums, artists }`, and a rule `paging: ...` on `GET /v1/search` changes both pages, not
 * only the first type's. The rule names no type (a fault rule cannot), so each page of the answer is hit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type PageBody, useTestEmulator } from '../helpers/emulator.js';

const emu = useTestEmulator();
let token: string;

beforeEach(async () => {
  await emu.reset();
  token = await emu.token();
});

const TYPES = ['albums', 'artists', 'tracks'] as const;

async function search(): Promise<Record<(typeof TYPES)[number], PageBody>> {
  const answer = await emu.api('GET', '/v1/search', {
    token,
    query: { q: 'the', type: 'album,artist,track', limit: 6 },
  });
  expect(answer.status).toBe(200);
  return answer.json as Record<(typeof TYPES)[number], PageBody>;
}

describe('paging faults on a multi-type search', () => {
  it('the unfaulted answer has a full page of each type (the cases below need two items or more)', async () => {
    const plain = await search();
    for (const type of TYPES) {
      expect(plain[type].items.length, type).toBe(6);
      expect(plain[type].total, type).toBeGreaterThan(12);
    }
  });

  it('endless-empty empties every type', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'endless-empty' });
    const answer = await search();
    for (const type of TYPES) {
      expect(answer[type].items, type).toEqual([]);
      expect(answer[type].total, type).toBe(1_000_000);
      expect(new URL(answer[type].next ?? '').searchParams.get('offset'), type).toBe('6');
    }
  });

  it('short-next cuts every type to half its items while next points further', async () => {
    const plain = await search();
    await emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'short-next' });
    const answer = await search();
    for (const type of TYPES) {
      expect(answer[type].items, type).toEqual(plain[type].items.slice(0, 3));
      expect(new URL(answer[type].next ?? '').searchParams.get('offset'), type).toBe('6');
    }
  });

  it('next-null says next: null on every type while each total counts 100 more', async () => {
    await emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'next-null' });
    const answer = await search();
    for (const type of TYPES) {
      expect(answer[type].next, type).toBeNull();
      expect(answer[type].total, type).toBe(106);
    }
  });

  it('left-out leaves the middle item of every type out', async () => {
    const plain = await search();
    await emu.control('POST', '/faults', { route: 'GET /v1/search', paging: 'left-out' });
    const answer = await search();
    for (const type of TYPES) {
      const kept = [...plain[type].items];
      kept.splice(3, 1);
      expect(answer[type].items, type).toEqual(kept);
      expect(answer[type].total, type).toBe(plain[type].total);
      expect(answer[type].next, type).toBe(plain[type].next);
    }
  });
});
