import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/emulator/errors.js';
import { applyFields, parseFields } from '../../src/emulator/playlist-fields.js';

const playlist = {
  name: 'P',
  uri: 'spotify:playlist:x',
  owner: { id: 'alice', display_name: 'Alice' },
  tracks: {
    total: 2,
    limit: 100,
    items: [
      {
        added_at: 't1',
        added_by: { id: 'alice', uri: 'u1' },
        track: { name: 'A', album: { name: 'X', images: [1] } },
      },
      {
        added_at: 't2',
        added_by: { id: 'bob', uri: 'u2' },
        track: { name: 'B', album: { name: 'Y', images: [2] } },
      },
    ],
  },
};

const filter = (fields: string): unknown => applyFields(playlist, parseFields(fields));

describe('playlist fields filter', () => {
  it('keeps a plain list of top-level fields', () => {
    expect(filter('name,uri')).toEqual({ name: 'P', uri: 'spotify:playlist:x' });
  });

  it('follows dots into single objects and parentheses into every array element', () => {
    expect(filter('owner.id,tracks.items(added_by.id)')).toEqual({
      owner: { id: 'alice' },
      tracks: { items: [{ added_by: { id: 'alice' } }, { added_by: { id: 'bob' } }] },
    });
  });

  it('merges two paths into the same object', () => {
    expect(filter('tracks.total,tracks.limit')).toEqual({ tracks: { total: 2, limit: 100 } });
  });

  it('excludes fields marked with an exclamation mark, alone or beside inclusions', () => {
    expect(filter('tracks.items(track(album(!images)))')).toEqual({
      tracks: { items: [{ track: { album: { name: 'X' } } }, { track: { album: { name: 'Y' } } }] },
    });
    expect(filter('tracks.items(track(name,album(!images,name)))')).toEqual({
      tracks: {
        items: [
          { track: { name: 'A', album: { name: 'X' } } },
          { track: { name: 'B', album: { name: 'Y' } } },
        ],
      },
    });
  });

  it('lets the whole value win over a part of it', () => {
    expect(filter('owner.id,owner')).toEqual({ owner: playlist.owner });
  });

  it('ignores fields the object does not have', () => {
    expect(filter('name,nothing')).toEqual({ name: 'P' });
  });

  it('rejects unbalanced parentheses, empty names and trailing commas with a 400', () => {
    const statusOf = (fields: string): number | undefined => {
      try {
        parseFields(fields);
        return undefined;
      } catch (error) {
        return error instanceof ApiError ? error.status : -1;
      }
    };
    for (const bad of ['tracks(items', 'name)', 'a,,b', 'name,', '.name', 'a('])
      expect(statusOf(bad), bad).toBe(400);
  });
});
