/**
 * Errors merge into one (a failure repeated down a list: src/server/repeated-errors.ts) only at the same
 * place of the query (s44 attack F3): two fields under one response key on different types (`x: tracks`
 * on Album, `x: episodes` on Show) share a path shape and, failing alike, were one error, "1 more path
 * the same: nodes.1.x", whose `locations` were Album.tracks's only: Show.episodes's place was lost. Each
 * now keeps its own error and `locations`; one field failing down the list is still one error.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

const SHARED_KEY = graphql(`
  query RepeatedErrorsApartSharedKey($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Album { x: tracks(first: 1, offset: 60) { totalCount } }
      ... on Show { x: episodes(first: 1, offset: 60) { totalCount } }
    }
  }
`);

const ONE_FIELD = graphql(`
  query RepeatedErrorsApartOneField($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Album { x: tracks(first: 1, offset: 60) { totalCount } } }
  }
`);

describe('errors of one response key at different places of the query', () => {
  const t = useTestServer({ mode: 'extended' });

  beforeEach(async () => {
    await t.emu.control('DELETE', '/faults');
    await t.emu.control('POST', '/faults', { route: 'GET /v1/albums/{id}/tracks', status: 502 });
    await t.emu.control('POST', '/faults', { route: 'GET /v1/shows/{id}/episodes', status: 502 });
  });

  it('stay apart, each with its own locations', async () => {
    const album = [...t.emu.state.catalog.albums.keys()][0]!;
    const show = [...t.emu.state.catalog.shows.keys()][0]!;
    const answer = await t.query(SHARED_KEY, {
      ids: [`spotify:album:${album}`, `spotify:show:${show}`],
    });
    const errors = (answer.errors ?? []).map((error) => ({
      path: error.path?.join('.'),
      code: error.extensions?.code,
      repeatedCount: error.extensions?.repeatedCount,
      locations: (error as { locations?: readonly { line: number; column: number }[] }).locations,
    }));
    // Old code: one error at nodes.0.x, repeatedCount 2, with the Album field's locations only.
    expect(errors.map(({ path, code, repeatedCount }) => [path, code, repeatedCount])).toEqual([
      ['nodes.0.x', 'SPOTIFY_UNAVAILABLE', undefined],
      ['nodes.1.x', 'SPOTIFY_UNAVAILABLE', undefined],
    ]);
    const [albumAt, showAt] = errors.map(({ locations }) => locations);
    expect(albumAt).toHaveLength(1);
    expect(showAt).toHaveLength(1);
    // Album.tracks comes before Show.episodes in the query: each error points at its own field.
    expect(albumAt![0]!.line).toBeLessThan(showAt![0]!.line);
    for (const error of answer.errors ?? []) expect(error.message).not.toMatch(/more path/);
  });

  it('one field failing alike down the list is still one error', async () => {
    const albums = [...t.emu.state.catalog.albums.keys()].slice(0, 3).map((id) => `spotify:album:${id}`);
    const answer = await t.query(ONE_FIELD, { ids: albums });
    expect(
      (answer.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.repeatedCount]),
    ).toEqual([['nodes.0.x', 3]]);
  });
});
