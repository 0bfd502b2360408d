import { describe, expect, it } from 'vitest';
import { SecondSightCache } from '../../src/server/second-sight.js';

/**
 * Admission on second sighting (src/server/second-sight.ts): a document cache keeps a document only
 * when its text has been seen before, within a bounded set of remembered texts.
 */
describe('SecondSightCache', () => {
  it('keeps a value only at the second set of its text', () => {
    const kept = new Map<string, number>();
    const cache = new SecondSightCache<number>(kept, 1024);
    cache.set('document A', 1);
    expect(cache.get('document A')).toBeUndefined();
    expect(kept.size).toBe(0);
    cache.set('document A', 2);
    expect(cache.get('document A')).toBe(2);
    cache.set('document B', 3);
    expect(cache.get('document B')).toBeUndefined();
  });

  it('forgets the least recently seen texts beyond its bound', () => {
    const kept = new Map<string, number>();
    // 128 bytes a text: room for two.
    const cache = new SecondSightCache<number>(kept, 256);
    for (const text of ['a', 'b', 'c']) cache.set(text, 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBeUndefined();
    cache.set('c', 2);
    expect(cache.get('c')).toBe(2);
  });
});
