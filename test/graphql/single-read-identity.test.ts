/**
 * Every by-id read that Spotify answers with another object (another playlist's, user's, category's
 * or show's id) is that read's SPOTIFY_UNAVAILABLE with `extensions.badValue`, never another object's
 * data under the id asked, so two `nodes` entries never share one Node.id, and the shared catalog
 * cache never keeps such an answer (v12 attack on issue 7, N1). The catalog kinds' batch and single
 * calls are covered in batch-entry-identity.test.ts; relinked tracks (another id with `linked_from`
 * naming the one asked) in relinked-tracks.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { BAD_VALUE, useFaultTestServer } from '../helpers/faults.js';
import type { TestServer } from '../helpers/server.js';

const PLAYLIST = graphql(`query SingleIdentityPlaylist($id: ID!) { playlist(id: $id) { id name } }`);
const USER = graphql(`query SingleIdentityUser($id: ID!) { user(id: $id) { id displayName } }`);
const CATEGORY = graphql(`query SingleIdentityCategory($id: ID!) { category(id: $id) { id name } }`);
const SHOW = graphql(`query SingleIdentityShow($id: ID!) {
  show(id: $id) { id name episodes(first: 1) { totalCount } }
}`);
const NODES = graphql(`query SingleIdentityNodes($ids: [ID!]!) {
  nodes(ids: $ids) { id ... on Playlist { name } ... on User { displayName } }
}`);

const located = (errors: readonly { path?: readonly (string | number)[]; extensions?: unknown }[] = []) =>
  errors.map((e) => [e.path, e.extensions]);

const playlistIds = (t: TestServer, count: number) =>
  [...t.emu.state.catalog.playlists.keys()].slice(0, count);
const categoryIds = (t: TestServer, count: number) =>
  [...t.emu.state.catalog.categories.keys()].slice(0, count);

describe('a single read answered with another object', () => {
  const t = useFaultTestServer({ mode: 'extended' });

  it("playlist(id:): another playlist's answer is the field's badValue", async () => {
    const [asked, other] = playlistIds(t, 2) as [string, string];
    await t.fault('GET /v1/playlists/{playlist_id}', { '/id': other });
    const answer = await t.query(PLAYLIST, { id: asked });
    expect(answer.data?.playlist).toBeNull();
    expect(located(answer.errors)).toEqual([[['playlist'], expect.objectContaining(BAD_VALUE)]]);
    expect(answer.errors?.[0]?.message).toContain('is another object');
  });

  it('user(id:): carol answering for bob is the field badValue', async () => {
    await t.fault('GET /v1/users/{user_id}', { '/id': 'carol' });
    const answer = await t.query(USER, { id: 'bob' });
    expect(answer.data?.user).toBeNull();
    expect(located(answer.errors)).toEqual([[['user'], expect.objectContaining(BAD_VALUE)]]);
  });

  it("category(id:): another category's word id is the field's badValue", async () => {
    const [asked, other] = categoryIds(t, 2) as [string, string];
    await t.fault('GET /v1/browse/categories/{category_id}', { '/id': other });
    const answer = await t.query(CATEGORY, { id: asked });
    expect(answer.data?.category).toBeNull();
    expect(located(answer.errors)).toEqual([[['category'], expect.objectContaining(BAD_VALUE)]]);
  });

  it("category(id:): a word id answered under an id of today's form is that category", async () => {
    const [asked] = categoryIds(t, 1) as [string];
    const today = '0JQ5DAqbMKFQ00XGBls6ym';
    await t.fault('GET /v1/browse/categories/{category_id}', { '/id': today });
    const answer = await t.query(CATEGORY, { id: asked });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.category?.id).toBe(today);
  });

  it("show(id:) with its episodes (one single-show call): another show's answer is the field's badValue", async () => {
    const [asked, other] = [...t.emu.state.catalog.shows.keys()] as [string, string];
    await t.fault('GET /v1/shows/{id}', { '/id': other });
    const answer = await t.query(SHOW, { id: asked });
    expect(answer.data?.show).toBeNull();
    expect(located(answer.errors)).toEqual([[['show'], expect.objectContaining(BAD_VALUE)]]);
  });

  it('nodes(ids:) over two playlists, one answered as the other: never two entries with one id', async () => {
    const [a, b] = playlistIds(t, 2) as [string, string];
    await t.fault('GET /v1/playlists/{playlist_id}', { '/id': b }, { times: 1 });
    const answer = await t.query(NODES, { ids: [`spotify:playlist:${a}`, `spotify:playlist:${b}`] });
    const nodes = answer.data?.nodes ?? [];
    const ids = nodes.filter((node) => node !== null).map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Whichever call the fault hit: that entry is null with its error, the other answers as itself.
    const failed = nodes.indexOf(null);
    expect(failed).not.toBe(-1);
    expect(nodes[1 - failed]?.id).toBe(`spotify:playlist:${[a, b][1 - failed]}`);
    expect(located(answer.errors)).toEqual([[['nodes', failed], expect.objectContaining(BAD_VALUE)]]);
  });
});

describe('an answer for another object never reaches the shared catalog cache', () => {
  const t = useFaultTestServer({ mode: 'extended', cache: new MemoryCatalogCache({ ttlSeconds: 300 }) });

  it('user(id: "bob") answered once as carol: the next request reads bob again', async () => {
    await t.fault('GET /v1/users/{user_id}', { '/id': 'carol' }, { times: 1 });
    // Anonymous: the app token's answers are shared between requests.
    const first = await t.query(USER, { id: 'bob' });
    expect(first.data?.user).toBeNull();
    await t.clearLog();
    const again = await t.query(USER, { id: 'bob' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.user?.id).toBe('spotify:user:bob');
    expect((await t.calls())['GET /v1/users/{user_id}']).toBe(1);
  });

  it('category(id:) answered once as another: the next request reads it again', async () => {
    const [asked, other] = categoryIds(t, 2) as [string, string];
    await t.fault('GET /v1/browse/categories/{category_id}', { '/id': other }, { times: 1 });
    expect((await t.query(CATEGORY, { id: asked })).data?.category).toBeNull();
    const again = await t.query(CATEGORY, { id: asked });
    expect(again.errors).toBeUndefined();
    expect(again.data?.category?.id).toBe(asked);
  });
});
