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
 * once more when a listener got an older user name (OLDER_USER_NAME: a rename only, see below).
 */
function digest(catalog: Catalog): string {
  const json = JSON.stringify(catalog, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value.entries()] } : value,
  );
  return createHash('sha256').update(json).digest('hex');
}

describe('catalog generation', () => {
  it('is the same catalog, to the byte, for seeds 1 and 7 as pinned', () => {
    expect(digest(createCatalog(1, seedAccounts()))).toBe(
      '334e4ef4483c0caecc3a367e9a5bc02abffe21d446ab975b72edd4a7d35e684e',
    );
    expect(digest(createCatalog(7, seedAccounts()))).toBe(
      '958c88b0908679bb8e52f95d722a01c287622d589e57954acabec684678dccc4',
    );
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
    expect(digest(catalog)).toBe('334e4ef4483c0caecc3a367e9a5bc02abffe21d446ab975b72edd4a7d35e684e');
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
    expect(digest(catalog)).toBe('d4b83452284ff9127c55bb33faf02cd56cd28ecc737421c88cb45e1412905676');
  });

  it('answers a different catalog for a different seed or other accounts', () => {
    const one = digest(createCatalog(1, seedAccounts()));
    expect(digest(createCatalog(2, seedAccounts()))).not.toBe(one);
    expect(digest(createCatalog(1, seedAccounts().slice(1)))).not.toBe(one);
  });
});
