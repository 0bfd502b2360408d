import { describe, expect, it } from 'vitest';
import { catalogOperations } from '../../src/emulator/api/catalog.js';
import { specOperation, specOperations } from '../helpers/spec-shape.js';

const CATALOG_OPERATION_IDS = [
  'get-an-album',
  'get-multiple-albums',
  'get-an-albums-tracks',
  'get-an-artist',
  'get-multiple-artists',
  'get-an-artists-albums',
  'get-an-artists-top-tracks',
  'get-an-artists-related-artists',
  'get-a-show',
  'get-multiple-shows',
  'get-a-shows-episodes',
  'get-an-episode',
  'get-multiple-episodes',
  'get-an-audiobook',
  'get-multiple-audiobooks',
  'get-audiobook-chapters',
  'get-a-chapter',
  'get-several-chapters',
  'get-track',
  'get-several-tracks',
  'search',
  'get-featured-playlists',
  'get-categories',
  'get-a-category',
  'get-a-categories-playlists',
  'get-new-releases',
  'get-several-audio-features',
  'get-audio-features',
  'get-audio-analysis',
  'get-recommendations',
  'get-recommendation-genres',
  'get-available-markets',
];

describe('catalog operation table', () => {
  it('holds every catalog operation exactly once', () => {
    expect(catalogOperations.map((op) => op.id).sort()).toEqual([...CATALOG_OPERATION_IDS].sort());
  });

  it("matches the spec's method and path for every operation", () => {
    const spec = specOperations();
    for (const op of catalogOperations) {
      const documented = spec.get(op.id);
      expect(documented, op.id).toBeDefined();
      expect(`${op.method} ${op.path}`, op.id).toBe(`${documented!.method} ${documented!.path}`);
    }
  });

  it('removes exactly the operations the spec marks deprecated from Development Mode', () => {
    for (const op of catalogOperations) {
      expect(op.developmentMode, op.id).toBe(!specOperation(op.id).deprecated);
    }
  });
});
