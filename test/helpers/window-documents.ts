import { graphql } from '../generated/index.js';

/**
 * Typed documents that the sibling-window tests share (sibling-windows.test.ts, joined-call-hang.test.ts):
 * a list read as two adjacent windows, and the same span read as one window, to compare their answers.
 * One definition each, so that codegen makes one type for each shape (D1, D5).
 */

/** An artist's albums read as one window of 6 (the span of two adjacent windows of 3). */
export const ALBUMS_ALONE = graphql(`
  query WindowsAlbumsAlone($id: ID!) {
    artist(id: $id) { albums(first: 6) { nodes { spotifyId } } }
  }
`);

/** A track search read as two adjacent windows of 3. */
export const SEARCHES = graphql(`
  query WindowsSearches {
    a: search(query: "e", types: [TRACK], first: 3) { tracks { nodes { spotifyId } } }
    b: search(query: "e", types: [TRACK], offset: 3, first: 3) { tracks { nodes { spotifyId } } }
  }
`);

/** The same track search read as one window of 6. */
export const SEARCH_ALONE = graphql(`
  query WindowsSearchAlone {
    search(query: "e", types: [TRACK], first: 6) { tracks { nodes { spotifyId } } }
  }
`);
