/**
 * A local file's names come from the user's own tags, which may be missing (Spotify's guide "Local
 * Files in Playlists": the information is not guaranteed to exist). What Spotify leaves out is null,
 * never made up (`artistNames` was `[]` for artists Spotify did not send): artists absent or null are
 * a null list, a missing title or album is its own null, an artist without a name (`""`, null: no
 * artist tag) is left out, never an unexplained null entry, and none of them wipes out the local file. A value of the wrong kind (artists `"x"`, an entry `7`) is
 * its own `badValue`. Also a playlist's cover list: one image Spotify sent wrong is that entry's null,
 * the other sizes answer. The seeded local file (the emulator's, in alice's first own playlist) is
 * edited with the emulator's fault edits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIXED_ITEMS } from '../../src/emulator/catalog.js';
import { graphql } from '../generated/index.js';
import { alicesLocalFile, BAD_VALUE, located, useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });
let playlistId: string;
let at: number;

beforeAll(() => {
  ({ playlistId, at } = alicesLocalFile(t));
});

const LOCAL = graphql(`query LocalFileTags($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    items(first: 1, offset: $offset) {
      edges { isLocal node { ... on Track { id localFile { uri name albumName artistNames durationMs } } } }
    }
  }
}`);

/**
 * Edits the local file's entry wherever Spotify answers it: the playlist (which embeds its items) and
 * its items routes asked from the local file's offset, under each name Spotify uses (`item`, `track`).
 */
async function editLocal(pointer: string, value: unknown, unset = false): Promise<void> {
  await editLocalAll({ [pointer]: value }, unset);
}

/** editLocal of several members at once (one edit per route holds them all). */
async function editLocalAll(values: Record<string, unknown>, unset = false): Promise<void> {
  const edits = (prefixes: string[]): Record<string, unknown> =>
    Object.fromEntries(
      prefixes.flatMap((prefix) =>
        ['item', 'track'].flatMap((key) =>
          Object.entries(values).map(([pointer, value]) => [`${prefix}/${key}${pointer}`, value]),
        ),
      ),
    );
  const routes: [string, Record<string, unknown>][] = [
    ['GET /v1/playlists/{playlist_id}', edits([`/items/items/${at}`, `/tracks/items/${at}`])],
    ['GET /v1/playlists/{playlist_id}/items', edits(['/items/0'])],
    ['GET /v1/playlists/{playlist_id}/tracks', edits(['/items/0'])],
  ];
  for (const [route, set] of routes) {
    await (unset ? t.fault(route, {}, { unset: Object.keys(set) }) : t.fault(route, set));
  }
}

const REAL = {
  uri: `spotify:local:${MIXED_ITEMS.localFile}`,
  name: 'Ölandsvisa Ⅱ',
  albumName: 'Kökssessioner',
  artistNames: ['Søren Åberg'],
  durationMs: 214_000,
};

async function localFile() {
  const answer = await t.query(LOCAL, { id: playlistId, offset: at }, { token: t.alice });
  const edge = answer.data?.playlist?.items?.edges[0];
  return { edge, node: edge?.node as { id?: string; localFile?: unknown } | null, errors: answer.errors };
}

/** The local file's playlist entry (its node), which must answer without an error. */
async function errorlessLocalFile() {
  const { node, errors } = await localFile();
  expect(errors).toBeUndefined();
  return node;
}

describe("a local file's missing tags", () => {
  it('answers the seeded local file with its names', async () => {
    const node = await errorlessLocalFile();
    expect(node?.localFile).toEqual(REAL);
  });

  it.each([
    ['left out', () => editLocal('/artists', null, true)],
    ['null', () => editLocal('/artists', null)],
  ])(
    'answers artists Spotify %s as a null artistNames without an error, never an empty list',
    async (_kind, edit) => {
      await edit();
      const node = await errorlessLocalFile();
      expect(node?.localFile).toEqual({ ...REAL, artistNames: null });
    },
  );

  it.each([
    ['name', '/name', ''],
    ['albumName', '/album/name', ''],
    ['artistNames', '/artists', []],
  ])(
    'answers an empty %s tag ("" or artists []) as null, as node(id:) of an empty-tag URI does',
    async (field, pointer, value) => {
      await editLocal(pointer, value);
      const node = await errorlessLocalFile();
      expect(node?.localFile).toEqual({ ...REAL, [field]: null });
    },
  );

  const named = { external_urls: {}, href: null, id: null, name: 'Åsa', type: 'artist', uri: null };
  it.each([
    ['""', [{ ...named, name: '' }], null],
    ['null', [{ ...named, name: null }], null],
    ['left out', [{ external_urls: {}, href: null, id: null, type: 'artist', uri: null }], null],
    ['"" beside a named one', [{ ...named, name: '' }, named], ['Åsa']],
  ])(
    'leaves out an artist whose name is %s (no artist tag), never a null entry: a list with none named is null',
    async (_kind, artists, artistNames) => {
      await editLocal('/artists', artists);
      const node = await errorlessLocalFile();
      expect(node).toEqual({ id: REAL.uri, localFile: { ...REAL, artistNames } });
    },
  );

  it('answers an artist tag left empty alike in a playlist and by node(id:) of its URI', async () => {
    const uri = 'spotify:local::K%C3%B6kssessioner:%C3%96landsvisa+%E2%85%A1:214';
    await editLocalAll({ '/uri': uri, '/artists': [{ ...named, name: '' }] });
    const node = await errorlessLocalFile();
    await expectNodeReadsAs(uri, { ...REAL, uri: undefined, artistNames: null });
    expect(node?.localFile).toEqual({ ...REAL, uri, artistNames: null });
  });

  it('answers a missing album name as albumName null without an error', async () => {
    await editLocal('/album/name', null);
    const node = await errorlessLocalFile();
    expect(node?.localFile).toEqual({ ...REAL, albumName: null });
  });

  it("answers a missing title as localFile.name null when the track's name is not selected", async () => {
    await editLocal('/name', null);
    const node = await errorlessLocalFile();
    expect(node).toEqual({ id: REAL.uri, localFile: { ...REAL, name: null } });
  });
});

describe("a local file's tags of the wrong kind", () => {
  it('answers artists that are no list as artistNames null with its error', async () => {
    await editLocal('/artists', 'x');
    const { node, errors } = await localFile();
    expect(node?.localFile).toEqual({ ...REAL, artistNames: null });
    expect(located(errors)).toEqual([
      [['playlist', 'items', 'edges', 0, 'node', 'localFile', 'artistNames'], BAD_VALUE],
    ]);
  });

  it("answers an artist that is no object as that entry's null with its error, its neighbour intact", async () => {
    const artist = { external_urls: {}, href: null, id: null, name: 'Åsa', type: 'artist', uri: null };
    await editLocal('/artists', [7, artist]);
    const { node, errors } = await localFile();
    expect(node?.localFile).toEqual({ ...REAL, artistNames: [null, 'Åsa'] });
    expect(located(errors)).toEqual([
      [['playlist', 'items', 'edges', 0, 'node', 'localFile', 'artistNames', 0], BAD_VALUE],
    ]);
  });
});

const NODE = graphql(`query LocalFileTagsNode($id: ID!) {
  node(id: $id) { id ... on Track { isLocal localFile { name albumName artistNames durationMs } } }
}`);

/** node(id:) of the local URI `id` answers, without an error, a local track with this `localFile`. */
async function expectNodeReadsAs(id: string, localFile: Record<string, unknown>): Promise<void> {
  const answer = await t.query(NODE, { id });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.node).toEqual({ id, isLocal: true, localFile });
}

describe("a local file's Node id", () => {
  it('is one node(id:) answers, also with a bare % in a tag (the names from the URI)', async () => {
    const uri = 'spotify:local:AC/DC:Back in Black:100% Rock:255';
    await editLocal('/uri', uri);
    const node = await errorlessLocalFile();
    expect(node?.id).toBe(uri);
    await expectNodeReadsAs(uri, {
      name: '100% Rock',
      albumName: 'Back in Black',
      artistNames: ['AC/DC'],
      durationMs: 255_000,
    });
  });

  it('is never handed out for a local URI node(id:) cannot read: the node is null with its error', async () => {
    const uri = 'spotify:local:AC:DC:Back+in+Black:Rock:255';
    expect((await t.query(NODE, { id: uri })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await editLocal('/uri', uri);
    const answer = await t.query(LOCAL, { id: playlistId, offset: at }, { token: t.alice });
    expect(answer.data?.playlist?.items?.edges).toEqual([{ isLocal: true, node: null }]);
    expect(located(answer.errors)).toEqual([
      [['playlist', 'items', 'edges', 0, 'node'], { code: 'SPOTIFY_UNSUPPORTED_ITEM' }],
    ]);
  });

  it('read back with tags left empty answers them null, never "" or an empty list', () =>
    expectNodeReadsAs('spotify:local::::0', {
      name: null,
      albumName: null,
      artistNames: null,
      durationMs: null,
    }));
});

describe("a local URI's duration", () => {
  const NODE_DURATION = graphql(`query LocalFileTagsNodeDuration($id: ID!) {
    node(id: $id) { id ... on Track { isLocal durationMs localFile { durationMs } } }
  }`);

  /** node(id:) of the local URI `id` answers, without an error, `durationMs` as Track's and LocalFile's length. */
  async function expectDuration(id: string, durationMs: number | null): Promise<void> {
    const answer = await t.query(NODE_DURATION, { id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.node).toEqual({ id, isLocal: true, durationMs, localFile: { durationMs } });
  }

  it.each(['spotify:local:a:b:c:', 'spotify:local:a:b:c:x1', 'spotify:local:a:b:c:1.5'])(
    'left empty or no whole seconds (%s) is null without an error, never 0 (wt2 note)',
    (id) => expectDuration(id, null),
  );

  it('of whole seconds is kept', () => expectDuration('spotify:local:a:b:c:7', 7_000));

  it("of 0 seconds is Spotify's unknown length: null without an error, as a playlist reads it", () =>
    expectDuration('spotify:local:a:b:c:0', null));
});

describe("a playlist's cover images", () => {
  const COVER = graphql(
    `query LocalFileTagsCover($id: ID!) { playlist(id: $id) { name images { url width } } }`,
  );
  const covered = (): string =>
    [...t.emu.state.catalog.playlists.values()].find((p) => p.images && p.images.length > 1)!.id;

  it("answers an image Spotify sent wrong as that entry's null, the other sizes intact", async () => {
    const real = await t.query(COVER, { id: covered() });
    expect(real.errors).toBeUndefined();
    const images = real.data?.playlist?.images ?? [];
    expect(images.length).toBeGreaterThan(1);
    await t.fault('GET /v1/playlists/{playlist_id}', { '/images/0/url': null });
    const answer = await t.query(COVER, { id: covered() });
    expect(answer.data?.playlist).toEqual({
      name: real.data?.playlist?.name,
      images: [null, ...images.slice(1)],
    });
    expect(located(answer.errors)).toEqual([[['playlist', 'images', 0, 'url'], BAD_VALUE]]);
  });
});
