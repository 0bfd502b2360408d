/**
 * A local file reads the same through a playlist's items and through `node(id:)` of its URI (its Node
 * id): Spotify names it by `spotify:local:artist:album:title:seconds`, each tag form-encoded (`+` a
 * space, `%C3%B8` an `ø`, `%2B` a `+`, `%3A` a `:`), and sends the decoded tags in the track object;
 * `node(id:)` has only the URI. Its length too: Spotify sends 0 (in `duration_ms` and the URI's
 * seconds) for a file whose length it does not know, which is null both ways, never 0 in one and null
 * in the other. The playlist is alice's own, its entries local files set in the emulator's state.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { useFaultTestServer } from '../helpers/faults.js';

const t = useFaultTestServer({ mode: 'extended' });
let playlistId: string;

/** The URIs' tails, and what their tags and seconds read as. */
const FILES: [
  string,
  { name: string | null; albumName: string | null; artistNames: string[] | null; durationMs: number | null },
][] = [
  [
    'S%C3%B8ren+%C3%85berg:K%C3%B6kssessioner:%C3%96landsvisa+%E2%85%A1:214',
    { name: 'Ölandsvisa Ⅱ', albumName: 'Kökssessioner', artistNames: ['Søren Åberg'], durationMs: 214_000 },
  ],
  [
    'AC%2FDC+%26+Co:Back+in+Black:Hells+Bells+%2B+1%3A2:312',
    {
      name: 'Hells Bells + 1:2',
      albumName: 'Back in Black',
      artistNames: ['AC/DC & Co'],
      durationMs: 312_000,
    },
  ],
  [
    'AC/DC:Back in Black:100% Rock:255',
    { name: '100% Rock', albumName: 'Back in Black', artistNames: ['AC/DC'], durationMs: 255_000 },
  ],
  [
    'Beyonc%c3%a9:Album%20Name:T%2Bitle:',
    { name: 'T+itle', albumName: 'Album Name', artistNames: ['Beyoncé'], durationMs: null },
  ],
  [
    'Björk:Homogenic:Jóga:305',
    { name: 'Jóga', albumName: 'Homogenic', artistNames: ['Björk'], durationMs: 305_000 },
  ],
  [
    'Bjo%CC%88rk::Jo%CC%81ga:305',
    { name: 'Jo\u0301ga', albumName: null, artistNames: ['Bjo\u0308rk'], durationMs: 305_000 },
  ],
  [
    '%E6%9D%B1%E4%BA%AC%E4%BA%8B%E5%A4%89:%E6%95%99%E8%82%B2:%E9%8C%AF%E8%A6%9A:0',
    { name: '錯覚', albumName: '教育', artistNames: ['東京事変'], durationMs: null },
  ],
  [
    'Sigur+R%C3%B3s:%28%29:Hopp%C3%ADpolla:0',
    { name: 'Hoppípolla', albumName: '()', artistNames: ['Sigur Rós'], durationMs: null },
  ],
];

beforeAll(() => {
  const playlist = [...t.emu.state.catalog.playlists.values()].find((p) => p.ownerId === 'alice')!;
  playlistId = playlist.id;
  playlist.items = FILES.map(([tail]) => ({
    type: 'local' as const,
    id: tail,
    addedAt: '2024-01-01T00:00:00Z',
    addedBy: 'alice',
  }));
});

const ENTRY = graphql(`query LocalFileReadingsEntry($id: ID!, $offset: Int!) {
  playlist(id: $id) {
    items(first: 1, offset: $offset) {
      edges { node { ... on Track { id name durationMs localFile { name albumName artistNames durationMs } } } }
    }
  }
}`);

const NODE = graphql(`query LocalFileReadingsNode($id: ID!) {
  node(id: $id) { ... on Track { id name durationMs localFile { name albumName artistNames durationMs } } }
}`);

/** The local file at `offset` of the playlist, then `node(id:)` of the id it answered. */
async function bothWays(offset: number) {
  const listed = await t.query(ENTRY, { id: playlistId, offset }, { token: t.alice });
  expect(listed.errors).toBeUndefined();
  const entry = listed.data?.playlist?.items?.edges[0]?.node as { id: string } | null | undefined;
  const refetched = await t.query(NODE, { id: entry?.id ?? '' });
  expect(refetched.errors).toBeUndefined();
  return { listed: entry, refetched: refetched.data?.node };
}

const expected = (tail: string, reading: (typeof FILES)[number][1]) => ({
  id: `spotify:local:${tail}`,
  name: reading.name,
  durationMs: reading.durationMs,
  localFile: reading,
});

describe('a local file read through a playlist and through node(id:)', () => {
  it.each(FILES.map(([tail, reading], offset) => [tail, reading, offset] as const))(
    'spotify:local:%s reads the same, its tags decoded',
    async (tail, reading, offset) => {
      const { listed, refetched } = await bothWays(offset);
      expect(listed).toEqual(expected(tail, reading));
      expect(refetched).toEqual(listed);
    },
  );
});

describe("a local file's unknown length (Spotify's 0)", () => {
  const at = FILES.findIndex(([tail]) => tail.startsWith('S%C3%B8ren'));

  /** Spotify's entry for the local file at `at` with `duration_ms` 0, under each name and route. */
  async function zeroDuration(): Promise<void> {
    const set = (prefixes: string[]) =>
      Object.fromEntries(prefixes.flatMap((p) => ['item', 'track'].map((k) => [`${p}/${k}/duration_ms`, 0])));
    await t.fault('GET /v1/playlists/{playlist_id}', set([`/items/items/${at}`, `/tracks/items/${at}`]));
    await t.fault('GET /v1/playlists/{playlist_id}/items', set(['/items/0']));
  }

  it("reads the URI's seconds when Spotify's duration_ms is 0, as node(id:) does", async () => {
    await zeroDuration();
    const { listed, refetched } = await bothWays(at);
    expect(listed).toEqual(expected(FILES[at]![0], FILES[at]![1]));
    expect(refetched).toEqual(listed);
  });
});
