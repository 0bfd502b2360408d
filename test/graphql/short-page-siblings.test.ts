/**
 * A page Spotify answers shorter than asked while its list goes on (its total counts more: an item
 * left out) says no item's position, so it answers no other window by position: each sibling window
 * asks its own call and answers as it does alone (v16 re-attack on issue 7, F5: `w1: savedTracks(first:
 * 1, offset: 46)` cut from `w0`'s page 19+50 answered without its first item read item 47, silently).
 * The window that asked the page reads it as it does alone. Each case compares every window of the
 * query with the same window asked alone under the same fault.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });

const SAVED = graphql(`query ShortPageSiblingsSaved {
  me {
    w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } }
    w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } }
  }
}`);
const SAVED_W0 = graphql(`query ShortPageSiblingsSavedW0 {
  me { w0: savedTracks(first: 60, offset: 19) { totalCount nodes { spotifyId } } }
}`);
const SAVED_W1 = graphql(`query ShortPageSiblingsSavedW1 {
  me { w1: savedTracks(first: 1, offset: 46) { totalCount nodes { spotifyId } } }
}`);
const SAVED_JOINED = graphql(`query ShortPageSiblingsSavedJoined {
  me {
    a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } }
    b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } }
  }
}`);
const SAVED_A = graphql(`query ShortPageSiblingsSavedA {
  me { a: savedTracks(first: 3, offset: 20) { nodes { spotifyId } } }
}`);
const SAVED_B = graphql(`query ShortPageSiblingsSavedB {
  me { b: savedTracks(first: 3, offset: 23) { nodes { spotifyId } } }
}`);
const ALBUM = graphql(`query ShortPageSiblingsAlbum($id: ID!) {
  album(id: $id) {
    w0: tracks(offset: 50, first: 30) { nodes { spotifyId } }
    w1: tracks(offset: 55, first: 1) { nodes { spotifyId } }
  }
}`);
const ALBUM_W0 = graphql(`query ShortPageSiblingsAlbumW0($id: ID!) {
  album(id: $id) { w0: tracks(offset: 50, first: 30) { nodes { spotifyId } } }
}`);
const ALBUM_W1 = graphql(`query ShortPageSiblingsAlbumW1($id: ID!) {
  album(id: $id) { w1: tracks(offset: 55, first: 1) { nodes { spotifyId } } }
}`);
const SHOW = graphql(`query ShortPageSiblingsShow($id: ID!) {
  show(id: $id) {
    w0: episodes(offset: 50, first: 30) { nodes { spotifyId } }
    w1: episodes(offset: 55, first: 1) { nodes { spotifyId } }
  }
}`);
const SHOW_W0 = graphql(`query ShortPageSiblingsShowW0($id: ID!) {
  show(id: $id) { w0: episodes(offset: 50, first: 30) { nodes { spotifyId } } }
}`);
const SHOW_W1 = graphql(`query ShortPageSiblingsShowW1($id: ID!) {
  show(id: $id) { w1: episodes(offset: 55, first: 1) { nodes { spotifyId } } }
}`);
const SAVED_BEFORE = graphql(`query ShortPageSiblingsSavedBefore {
  me {
    w0: savedTracks(first: 50) { nodes { spotifyId } }
    w1: savedTracks(first: 10, offset: 50) { nodes { spotifyId } }
  }
}`);

/** The errors of an answer under `alias`, as [path, code]. */
const errorsAt = (
  errors: readonly { path?: readonly (string | number)[]; extensions?: unknown }[] | undefined,
  alias: string,
) =>
  (errors ?? [])
    .filter((error) => error.path?.includes(alias))
    .map((error) => [error.path, (error.extensions as { code?: string } | undefined)?.code]);

describe('sibling windows beside a page short of its list (v16 F5)', () => {
  it('saved tracks: w1 cut from w0 page 19+50 answered without its first item reads item 46, as alone', async () => {
    const response = await fetch(`${t.emu.url}/v1/me/tracks?offset=46&limit=1`, {
      headers: { authorization: `Bearer ${t.alice}` },
    });
    const item46 = ((await response.json()) as { items: { track: { id: string } }[] }).items[0]?.track.id;
    await t.fault('GET /v1/me/tracks', {}, { unset: ['/items/0'], query: { offset: '19', limit: '50' } });
    const together = await t.query(SAVED, {}, { token: t.alice });
    const w0 = await t.query(SAVED_W0, {}, { token: t.alice });
    const w1 = await t.query(SAVED_W1, {}, { token: t.alice });
    expect(w1.data?.me?.w1?.nodes.map((node) => node?.spotifyId)).toEqual([item46]);
    expect(together.data?.me?.w1).toEqual(w1.data?.me?.w1);
    expect(together.data?.me?.w0).toEqual(w0.data?.me?.w0);
    expect(errorsAt(together.errors, 'w1')).toEqual(errorsAt(w1.errors, 'w1'));
    expect(errorsAt(together.errors, 'w0')).toEqual(errorsAt(w0.errors, 'w0'));
  });

  it('saved tracks: sibling windows joined into one call answered short each read as alone', async () => {
    await t.fault('GET /v1/me/tracks', {}, { unset: ['/items/0'], query: { offset: '20', limit: '6' } });
    const together = await t.query(SAVED_JOINED, {}, { token: t.alice });
    const a = await t.query(SAVED_A, {}, { token: t.alice });
    const b = await t.query(SAVED_B, {}, { token: t.alice });
    expect(together.errors).toBeUndefined();
    expect(together.data?.me?.a).toEqual(a.data?.me?.a);
    expect(together.data?.me?.b).toEqual(b.data?.me?.b);
  });

  it('saved tracks: a later window repeating an item of a short page asked wholly before it is the repeat error (v17 G5)', async () => {
    const response = await fetch(`${t.emu.url}/v1/me/tracks?offset=0&limit=50`, {
      headers: { authorization: `Bearer ${t.alice}` },
    });
    const last = ((await response.json()) as { items: unknown[] }).items[49];
    // Page 0 leaves its first item out (short of its list); page 50 starts with page 0's last item again.
    await t.fault('GET /v1/me/tracks', {}, { unset: ['/items/0'], query: { offset: '0' } });
    await t.fault('GET /v1/me/tracks', { '/items/0': last }, { query: { offset: '50' } });
    const together = await t.query(SAVED_BEFORE, {}, { token: t.alice });
    expect(together.data?.me?.w0?.nodes).toHaveLength(49);
    expect(together.data?.me?.w1).toBeNull();
    expect(errorsAt(together.errors, 'w1')).toEqual([[['me', 'w1'], 'SPOTIFY_UNAVAILABLE']]);
    expect(together.errors?.[0]?.message).toContain('a later page repeating an item');
  });

  it("an album's tracks: w1 cut from w0's page at 50 answered short reads its own item, as alone", async () => {
    const album = [...t.emu.state.catalog.albums.values()].find((a) => a.trackIds.length >= 60)!;
    await t.fault('GET /v1/albums/{id}/tracks', {}, { unset: ['/items/0'], query: { offset: '50' } });
    const together = await t.query(ALBUM, { id: album.id }, { token: t.alice });
    const w0 = await t.query(ALBUM_W0, { id: album.id }, { token: t.alice });
    const w1 = await t.query(ALBUM_W1, { id: album.id }, { token: t.alice });
    expect(w1.data?.album?.w1?.nodes.map((node) => node?.spotifyId)).toEqual([album.trackIds[55]]);
    expect(together.data?.album?.w1).toEqual(w1.data?.album?.w1);
    expect(together.data?.album?.w0).toEqual(w0.data?.album?.w0);
    expect(errorsAt(together.errors, 'w1')).toEqual(errorsAt(w1.errors, 'w1'));
  });

  it("a show's episodes: w1 cut from w0's page at 50 answered short reads its own item, as alone", async () => {
    const show = [...t.emu.state.catalog.shows.values()].find((s) => s.episodeIds.length > 60)!;
    await t.fault('GET /v1/shows/{id}/episodes', {}, { unset: ['/items/0'], query: { offset: '50' } });
    const together = await t.query(SHOW, { id: show.id }, { token: t.alice });
    const w0 = await t.query(SHOW_W0, { id: show.id }, { token: t.alice });
    const w1 = await t.query(SHOW_W1, { id: show.id }, { token: t.alice });
    expect(w1.data?.show?.w1?.nodes.map((node) => node?.spotifyId)).toEqual([show.episodeIds[55]]);
    expect(together.data?.show?.w1).toEqual(w1.data?.show?.w1);
    expect(together.data?.show?.w0).toEqual(w0.data?.show?.w0);
    expect(errorsAt(together.errors, 'w1')).toEqual(errorsAt(w1.errors, 'w1'));
  });
});
