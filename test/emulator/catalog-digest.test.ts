import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Catalog, createCatalog, OLDER_USER_NAME } from '../../src/emulator/catalog.js';
import { lateSeedAccounts, seedAccounts } from '../../src/emulator/state.js';

/**
 * The whole generated catalog, every object and the order of every map and list, as one SHA-256. The
 * pinned digests were first taken before the generator was split into functions per resource: a
 * change to the generator that changes any generated object (or its order) shows here, and must be
 * meant. Re-pinned once, deliberately, when the seed gained objects without images and Spotify's
 * full list of 185 markets (everything else byte-identical: no extra random draws), and once more when
 * the last objects of each kind got non-ASCII names (catalog-unicode.ts: renames only, no draw), and
 * once more when a listener got an older user name (OLDER_USER_NAME: a rename only, see below), and once
 * more when one entry of each account's first playlist became a local file Spotify matched to its
 * catalog track (`PlaylistItem.matchedLocal`: a flag only, no draw; undone, the older pins come back).
 */
function digest(catalog: Catalog): string {
  const json = JSON.stringify(catalog, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value.entries()] } : value,
  );
  return createHash('sha256').update(json).digest('hex');
}

/** Clears every `matchedLocal` flag in place; answers how many entries had one. */
function undoMatchedLocal(catalog: Catalog): number {
  let count = 0;
  for (const playlist of catalog.playlists.values()) {
    for (const item of playlist.items) {
      if (item.matchedLocal) {
        delete item.matchedLocal;
        count += 1;
      }
    }
  }
  return count;
}

const SEED_1 = 'd3b3215c2ef0799533d0693c710b80f9f91d01093a82db30f4c4e11e727b1388';
const SEED_7 = '2899f2aa658136b07dbfd464fe5ef0204ee5fb662622964b2a869c6c6e8b17e5';
/** The pins before the matched local files: the generator's draws are the same. */
const SEED_1_UNMATCHED = '334e4ef4483c0caecc3a367e9a5bc02abffe21d446ab975b72edd4a7d35e684e';
const SEED_7_UNMATCHED = '958c88b0908679bb8e52f95d722a01c287622d589e57954acabec684678dccc4';

describe('catalog generation', () => {
  it('is the same catalog, to the byte, for seeds 1 and 7 as pinned', () => {
    expect(digest(createCatalog(1, seedAccounts()))).toBe(SEED_1);
    expect(digest(createCatalog(7, seedAccounts()))).toBe(SEED_7);
  });

  it('flags one matched local file per seeded account and changes nothing else', () => {
    for (const [seed, pin] of [
      [1, SEED_1_UNMATCHED],
      [7, SEED_7_UNMATCHED],
    ] as const) {
      const catalog = createCatalog(seed, seedAccounts());
      expect(undoMatchedLocal(catalog)).toBe(seedAccounts().length);
      expect(digest(catalog)).toBe(pin);
    }
  });

  it('adds a late account (kenji, JP) as one user record and changes nothing else', () => {
    const catalog = createCatalog(1, seedAccounts(), lateSeedAccounts());
    expect(catalog.users.get('kenji')).toEqual({
      id: 'kenji',
      displayName: 'Kenji Premium',
      followers: 0,
      images: [],
    });
    catalog.users.delete('kenji');
    expect(digest(catalog)).toBe(SEED_1);
  });

  it('renames one listener (elena.berg37 for seed 1) to the older user name and changes nothing else', () => {
    const catalog = createCatalog(1, seedAccounts());
    const was = 'elena.berg37';
    expect(catalog.users.has(was)).toBe(false);
    expect([...catalog.playlists.values()].filter((p) => p.ownerId === OLDER_USER_NAME)).toHaveLength(4);
    // Undone in place (the users keep their order): the catalog pinned before the rename, to the byte.
    const entries = [...catalog.users.entries()];
    catalog.users.clear();
    for (const [id, user] of entries) {
      catalog.users.set(
        id === OLDER_USER_NAME ? was : id,
        id === OLDER_USER_NAME ? { ...user, id: was } : user,
      );
    }
    for (const playlist of catalog.playlists.values()) {
      if (playlist.ownerId === OLDER_USER_NAME) playlist.ownerId = was;
      for (const item of playlist.items) if (item.addedBy === OLDER_USER_NAME) item.addedBy = was;
    }
    undoMatchedLocal(catalog);
    expect(digest(catalog)).toBe('d4b83452284ff9127c55bb33faf02cd56cd28ecc737421c88cb45e1412905676');
  });

  it('answers a different catalog for a different seed or other accounts', () => {
    const one = digest(createCatalog(1, seedAccounts()));
    expect(digest(createCatalog(2, seedAccounts()))).not.toBe(one);
    expect(digest(createCatalog(1, seedAccounts().slice(1)))).not.toBe(one);
  });
});
