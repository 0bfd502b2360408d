/**
 * Admission on second sighting (the "doorkeeper" of TinyLFU, Einziger et al. 2017): a cache keyed by
 * document text keeps a value only when the text has been seen before. A document sent once (most of an
 * API with many distinct operations, all of an abuser's stream of distinct documents) then leaves
 * nothing in the long-lived caches: its AST, and everything kept per AST in WeakMaps (validation
 * result, limits verdict, cost, features, jit use count), dies young instead of being promoted to the
 * old generation and collected there, and it evicts none of the documents that are sent again.
 * Measured with bench/first-seen.ts: see the README's Benchmarks.
 */
import { hash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Bytes one remembered text costs in the sighted set (its digest, the LRU's entry and bookkeeping). */
const SIGHTED_ENTRY_BYTES = 128;

/** The part of a document cache graphql-yoga uses (its `parserAndValidationCache` caches). */
export interface TextCache<V> {
  get(text: string): V | undefined;
  set(text: string, value: V): void;
}

/**
 * `cache`, keeping a value only for a text seen before: the first `set` of a text remembers its digest
 * (MD5: a collision only admits a text early) in an LRU of `sightedBytes`; a later `set` of it keeps the
 * value. A text seen once is thus parsed (and validated) twice before it is cached, once more than
 * without this.
 */
export class SecondSightCache<V> implements TextCache<V> {
  private readonly sighted: LRUCache<string, true>;

  /** @param sightedBytes bytes the remembered digests take at most (SIGHTED_ENTRY_BYTES each). */
  constructor(
    private readonly cache: TextCache<V>,
    sightedBytes: number,
  ) {
    this.sighted = new LRUCache<string, true>({
      max: Math.max(1, Math.floor(sightedBytes / SIGHTED_ENTRY_BYTES)),
    });
  }

  get(text: string): V | undefined {
    return this.cache.get(text);
  }

  set(text: string, value: V): void {
    const digest = hash('md5', text, 'base64');
    if (this.sighted.has(digest)) this.cache.set(text, value);
    else this.sighted.set(digest, true);
  }
}
