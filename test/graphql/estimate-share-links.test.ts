import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useTestServer } from '../helpers/server.js';

/**
 * The cost estimate reads a share link as the URI it names, as the resolvers do (v21 attack, MEDIUM
 * 5): a list of links is refused at the limit its URIs are refused at, before any call, and an object
 * asked once by id and once by its link is counted once.
 */
const LibraryContains = graphql(`
  query EstimateLinksContains($uris: [ID!]!) { me { libraryContains(uris: $uris) } }
`);

const AlbumTwice = graphql(`
  query EstimateLinksAlbumTwice($a: ID!, $b: ID!) { x: album(id: $a) { name } y: album(id: $b) { name } }
`);

describe('a list of share links is estimated as its URIs (MAX_QUERY_COST 3)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 3 } });

  it('refuses 12 playlist links up front, as it refuses their 12 URIs', async () => {
    const ids = [...t.emu.state.catalog.playlists.keys()].slice(0, 12);
    expect(ids).toHaveLength(12);
    const token = await t.emu.token({ user: 'alice' });
    const answers = [];
    for (const uris of [
      ids.map((id) => `spotify:playlist:${id}`),
      ids.map((id) => `https://open.spotify.com/playlist/${id}?si=abc`),
    ]) {
      await t.clearLog();
      const answer = await t.query(LibraryContains, { uris }, { token });
      expect(await t.calls()).toEqual({});
      answers.push(answer.errors?.map((error) => error.extensions?.code));
    }
    expect(answers[0]).toEqual(['QUERY_TOO_COMPLEX']);
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe('an object asked by id and by its link is counted once (MAX_QUERY_COST 1)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 1 } });

  it('admits album(id: <id>) beside album(id: <its link>) and makes one call', async () => {
    const [album] = t.emu.state.catalog.albums.keys();
    await t.clearLog();
    const answer = await t.query(AlbumTwice, {
      a: album!,
      b: `https://open.spotify.com/album/${album}`,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.x?.name).toBeTruthy();
    expect(answer.data?.y?.name).toBe(answer.data?.x?.name);
    expect(Object.values(await t.calls()).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

/**
 * Every link and URI form id arguments read (id-links-more.test.ts) is estimated as the URI it names,
 * by the resolvers' own reader (inputAsUri, loadedIdOf): the same cost as the plain id.
 */
const AlbumFiveWays = graphql(`
  query EstimateLinksAlbumFiveWays($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!) {
    a: album(id: $a) { name } b: album(id: $b) { name } c: album(id: $c) { name }
    d: album(id: $d) { name } e: album(id: $e) { name }
  }
`);

const UserFourWays = graphql(`
  query EstimateLinksUserFourWays($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
    a: user(id: $a) { displayName } b: user(id: $b) { displayName }
    c: user(id: $c) { displayName } d: user(id: $d) { displayName }
  }
`);

const ChapterTwoWays = graphql(`
  query EstimateLinksChapterTwoWays($a: ID!, $b: ID!) { a: chapter(id: $a) { name } b: chapter(id: $b) { name } }
`);

describe('the forms of a link are estimated as the plain id (MAX_QUERY_COST 1)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 1 } });

  const total = async (): Promise<number> => Object.values(await t.calls()).reduce((a, b) => a + b, 0);

  it('admits one album given as its id and four link forms, and makes one call', async () => {
    const [album] = t.emu.state.catalog.albums.keys();
    const id = album!;
    await t.clearLog();
    const answer = await t.query(AlbumFiveWays, {
      a: id,
      b: `OPEN.SPOTIFY.COM/album/${id}#x`,
      c: `https://open.spotify.com/embed/album/${id}?utm_source=generator`,
      d: `https://play.spotify.com/album/${id.slice(0, -1)}%${id.charCodeAt(21).toString(16)}`,
      e: `Spotify:album:${id}`,
    });
    expect(answer.errors).toBeUndefined();
    expect(new Set(Object.values(answer.data ?? {}).map((a) => a?.name)).size).toBe(1);
    expect(await total()).toBe(1);
  });

  it('estimates one user given as its encoded link, a raw-name link and its URI as its name given four times', async () => {
    const byName = await t.query(UserFourWays, { a: 'émilie', b: 'émilie', c: 'émilie', d: 'émilie' });
    await t.clearLog();
    const byForms = await t.query(UserFourWays, {
      a: 'émilie',
      b: 'https://open.spotify.com/user/%C3%A9milie?si=1',
      c: 'open.spotify.com/intl-fr/user/émilie',
      d: 'spotify:user:%c3%a9milie',
    });
    // The estimate counts each user(id:) field on its own, however it is written (an over-count left as
    // it is); what this asserts is that every form costs what the plain name costs.
    expect(byName.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(byForms.errors?.map((error) => error.message)).toEqual(
      byName.errors?.map((error) => error.message),
    );
    expect(await t.calls()).toEqual({});
  });

  it('admits a chapter given as its id and as the episode link Spotify gives it, and makes one call', async () => {
    const [chapter] = t.emu.state.catalog.chapters.keys();
    await t.clearLog();
    const answer = await t.query(ChapterTwoWays, {
      a: chapter!,
      b: `https://open.spotify.com/episode/${chapter}`,
    });
    expect(answer.errors).toBeUndefined();
    expect(await total()).toBe(1);
  });
});

describe('a list of links in the new forms is estimated as its URIs (MAX_QUERY_COST 3)', () => {
  const t = useTestServer({ limits: { maxQueryCost: 3 } });

  it('refuses 12 playlists given as older user playlist links and URIs, as their 12 URIs', async () => {
    const ids = [...t.emu.state.catalog.playlists.keys()].slice(0, 12);
    const token = await t.emu.token({ user: 'alice' });
    const forms = [
      (id: string) => `https://open.spotify.com/user/alice/playlist/${id}`,
      (id: string) => `spotify:user:%C3%A9milie:playlist:${id}`,
      (id: string) => `open.spotify.com/embed/playlist/${id}`,
    ];
    await t.clearLog();
    const answer = await t.query(
      LibraryContains,
      { uris: ids.map((id, i) => forms[i % forms.length]!(id)) },
      { token },
    );
    expect(await t.calls()).toEqual({});
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('admits 2 playlists given as an older link and an older URI, as their 2 URIs', async () => {
    const ids = [...t.emu.state.catalog.playlists.keys()].slice(0, 2);
    const token = await t.emu.token({ user: 'alice' });
    const answer = await t.query(
      LibraryContains,
      { uris: [`https://open.spotify.com/user/x/playlist/${ids[0]}`, `spotify:user:x:playlist:${ids[1]}`] },
      { token },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.libraryContains).toHaveLength(2);
  });
});
