/**
 * Round trips per nested query shape: with the same latency injected on every Spotify route (the
 * emulator's fault rule `{ latencyMs }`), a query's wall time over that latency should equal the depth
 * of its data dependencies (a child that needs only its parent's id does not wait for the parent's
 * object). Each shape states its depth; the waves are also read back from the emulator's request log
 * (a call's wave is one more than the latest wave of the calls answered before it came).
 */
import { parse } from 'graphql';
import { startEmulator } from '../src/emulator/index.js';
import { noCatalogCache } from '../src/resolvers/catalog-cache.js';
import { createServer, type SpotifyGraphQLServer } from '../src/server/app.js';
import { configFromEnv } from '../src/server/config.js';
import { estimateOf } from './estimate.js';
import { clearUpstreamCalls, emulatorToken, jsonRequest, totalOf, upstreamCalls } from './http.js';

/** The latency on every route, in ms: large against the server's own time per query, so the ratio reads waves. */
export const WAVES_LATENCY_MS = 200;
const RUNS = 3;

export interface WaveFigures {
  shape: string;
  mode: Mode;
  /** Round trips the data needs: the longest chain of calls where one needs another's answer. */
  dependencyDepth: number;
  /** Waves of calls in the emulator's log (the median run). */
  observedWaves: number;
  /** Median wall time of the query, ms. */
  wallMs: number;
  /** wallMs / latency: about dependencyDepth when the query waits for nothing else. */
  wallOverLatency: number;
  calls: number;
  /**
   * The most calls of one wave (the median run): a per-request concurrency
   * (REQUEST_SPOTIFY_CONCURRENCY) below this adds a round trip.
   */
  widestWave: number;
  /** The server's cost estimate of the shape's calls (MAX_QUERY_COST reads it): never below `calls`. */
  estimate: number;
  /** Whether the estimate is meant to equal the calls for this shape (Shape.exactEstimate). */
  exactEstimate: boolean;
  met: boolean;
  errors?: string[];
}

export interface WavesFigures {
  latencyMs: number;
  runs: number;
  /** The server's Spotify calls in flight per request (REQUEST_SPOTIFY_CONCURRENCY) in this run. */
  requestConcurrency: number;
  shapes: WaveFigures[];
}

type Mode = 'extended' | 'development';

interface Shape {
  name: string;
  query: string;
  depth: number;
  user?: string;
  /** The app's mode (default Extended). */
  mode?: Mode;
  /** The cost estimate must equal the calls (default: an upper bound only). */
  exactEstimate?: boolean;
}

interface LogEntry {
  route: string;
  receivedAt: number;
  at: number;
}

/**
 * Waves in a request log: each call is one wave after the latest call answered before it came. Answers
 * the number of waves and the most calls in one of them.
 */
function wavesOf(entries: readonly LogEntry[]): { waves: number; widest: number } {
  const calls = entries.filter((e) => e.route !== '/api/token').sort((a, b) => a.receivedAt - b.receivedAt);
  const wave: number[] = [];
  calls.forEach((call, i) => {
    let before = 0;
    for (let j = 0; j < i; j++) if (calls[j]!.at <= call.receivedAt) before = Math.max(before, wave[j]!);
    wave.push(before + 1);
  });
  const sizes = new Map<number, number>();
  for (const w of wave) sizes.set(w, (sizes.get(w) ?? 0) + 1);
  return { waves: Math.max(0, ...wave), widest: Math.max(0, ...sizes.values()) };
}

function shapes(emu: Emulator, user: string): Shape[] {
  const catalog = emu.state.catalog;
  const artist = [...catalog.artists.values()].sort((a, b) => b.albumIds.length - a.albumIds.length)[0]!.id;
  const album = [...catalog.albums.keys()][3]!;
  const show = [...catalog.shows.keys()][0];
  const playlist = catalog.featuredPlaylistIds[0];
  const tracks = [...catalog.tracks.keys()].filter((_, i) => i % 7 === 0).slice(0, 20);
  const artists = [...catalog.artists.keys()].filter((_, i) => i % 3 === 0).slice(0, 10);
  const category = [...catalog.categories.keys()][0];
  const big = [...catalog.albums.values()].sort((a, b) => b.trackIds.length - a.trackIds.length)[0]!.id;
  const list: Shape[] = [
    {
      name: 'artist -> albums page, top tracks, related artists',
      exactEstimate: true,
      query: `{ artist(id: "${artist}") { name albums(first: 5) { nodes { name } } topTracks { name } relatedArtists { name } } }`,
      depth: 1,
    },
    {
      name: "artist -> 5 albums' tracks -> their artists",
      query: `{ artist(id: "${artist}") { name albums(first: 5) { nodes { name tracks(first: 10) { nodes { name artists { name popularity } } } } } } }`,
      // The albums page (beside the artist), the full albums, the tracks' artists.
      depth: 3,
    },
    {
      name: '15 albums by id (one call of 15 ids)',
      exactEstimate: true,
      query: `{ albums(ids: ${JSON.stringify([...catalog.albums.keys()].slice(400, 415))}) { name } }`,
      depth: 1,
    },
    {
      name: 'album -> tracks in another market',
      exactEstimate: true,
      query: `{ album(id: "${album}") { name tracks(first: 10, market: "SE") { nodes { name } } } }`,
      depth: 1,
    },
    {
      name: "album -> artists' albums pages",
      query: `{ album(id: "${album}") { name artists { name albums(first: 3) { nodes { name } } } } }`,
      depth: 2,
    },
    {
      name: '20 tracks -> albums and artists',
      exactEstimate: true,
      query: `{ tracks(ids: ${JSON.stringify(tracks)}) { name album { name label } artists { name popularity } } }`,
      depth: 2,
    },
    {
      name: 'me -> profile and playlists (user token)',
      exactEstimate: true,
      query: '{ me { displayName playlists(first: 5) { nodes { name } } } }',
      depth: 1,
      user,
    },
    {
      name: "me -> profile, player and the user's checks (user token)",
      query: `{ me { displayName player { devices { name } state { isPlaying } } libraryContains(uris: ["spotify:track:${tracks[0]}"]) followsArtists(ids: ["${artists[0]}"]) } }`,
      // None of the player reads or checks needs the profile: all start beside GET /me.
      depth: 1,
      user,
    },
    {
      name: 'user -> profile and public playlists',
      query: '{ user(id: "bob") { displayName followerCount playlists(first: 5) { nodes { name } } } }',
      depth: 1,
    },
    {
      name: "10 artists -> albums pages -> the albums' labels",
      exactEstimate: true,
      query: `{ artists(ids: ${JSON.stringify(artists)}) { name albums(first: 5) { nodes { name label } } } }`,
      // The artists beside their 10 albums pages (11 calls at once), then the full albums.
      depth: 2,
    },
    {
      name: 'node(id:) of an artist -> albums page and top tracks (nothing else of the artist)',
      exactEstimate: true,
      query: `{ node(id: "spotify:artist:${artist}") { ... on Artist { albums(first: 5) { nodes { name } } topTracks { name } } } }`,
      depth: 1,
    },
    {
      name: "nodes: an artist's albums page and an album's tracks in another market",
      query: `{ nodes(ids: ${JSON.stringify([`spotify:artist:${artist}`, `spotify:album:${album}`])}) {
        ... on Artist { albums(first: 3) { nodes { name } } } ... on Album { tracks(first: 3, market: "SE") { nodes { name } } } } }`,
      depth: 1,
    },
    {
      name: '20 tracks -> audio features (nothing else of the tracks)',
      exactEstimate: true,
      query: `{ tracks(ids: ${JSON.stringify(tracks)}) { audioFeatures { tempo } } }`,
      depth: 1,
    },
    {
      name: "10 artists -> albums pages (nothing else of the artists) -> the albums' labels",
      exactEstimate: true,
      query: `{ artists(ids: ${JSON.stringify(artists)}) { albums(first: 5) { nodes { name label } } } }`,
      depth: 2,
    },
    {
      name: '8 tracks -> albums and artists (Development Mode: one call per id)',
      query: `{ tracks(ids: ${JSON.stringify(tracks.slice(0, 8))}) { name album { name copyrights { text } } artists { name images { url } } } }`,
      depth: 2,
      mode: 'development',
    },
    // The widest levels Spotify's own shapes make (v15 attack11 V3): one call per item of a batch or page.
    {
      name: 'Development: 20 albums by id (one call per id)',
      exactEstimate: true,
      query: `{ albums(ids: ${JSON.stringify([...catalog.albums.keys()].slice(100, 120))}) { name } }`,
      depth: 1,
      mode: 'development',
    },
    {
      name: 'Development: 30 tracks by id (one call per id)',
      exactEstimate: true,
      query: `{ tracks(ids: ${JSON.stringify([...catalog.tracks.keys()].slice(100, 130))}) { name } }`,
      depth: 1,
      mode: 'development',
    },
    {
      name: "artist -> 20 related artists' albums pages",
      exactEstimate: true,
      query: `{ artist(id: "${artist}") { relatedArtists { albums(first: 1) { nodes { name } } } } }`,
      depth: 2,
    },
    {
      name: "album -> 50 tracks -> their artists' albums pages (46 artists)",
      query: `{ album(id: "${big}") { tracks(first: 50) { nodes { artists { albums(first: 1) { nodes { name } } } } } } }`,
      depth: 2,
    },
  ];
  if (category !== undefined) {
    list.push({
      name: 'category -> playlists page',
      exactEstimate: true,
      query: `{ category(id: "${category}") { name playlists(first: 5) { nodes { name } } } }`,
      depth: 1,
    });
  }
  if (show !== undefined) {
    list.push({
      name: 'show -> episodes in another market',
      exactEstimate: true,
      query: `{ show(id: "${show}") { name episodes(first: 5, market: "SE") { nodes { name } } } }`,
      depth: 1,
    });
  }
  if (playlist !== undefined) {
    list.push({
      name: "playlist -> items -> the tracks' artists",
      query: `{ playlist(id: "${playlist}") { name items(first: 10) { nodes { ... on Track { name artists { name popularity } } } } } }`,
      depth: 2,
    });
  }
  list.push(...pastEmbeddedShapes(emu));
  return list;
}

/**
 * Windows past the page a parent embeds: their pages need only the parent's id, and once a total is
 * known the rest of the window goes out together (issue 11, v12 attack A4).
 */
function pastEmbeddedShapes(emu: Emulator): Shape[] {
  const catalog = emu.state.catalog;
  const album = [...catalog.albums.values()].sort((a, b) => b.trackIds.length - a.trackIds.length)[0];
  const show = [...catalog.shows.values()].sort((a, b) => b.episodeIds.length - a.episodeIds.length)[0];
  const list: Shape[] = [];
  if (album && album.trackIds.length > 100) {
    list.push({
      name: 'album -> tracks 50 to 120 (past its embedded page; the total from the first)',
      exactEstimate: true,
      query: `{ album(id: "${album.id}") { name tracks(offset: 50, first: 70) { nodes { name } } } }`,
      depth: 2,
    });
  }
  if (show && show.episodeIds.length > 50) {
    list.push({
      name: 'show -> episodes from 50 (past its embedded page)',
      exactEstimate: true,
      query: `{ show(id: "${show.id}") { episodes(offset: 50, first: 10) { nodes { name } } } }`,
      depth: 1,
    });
  }
  return list;
}

async function post(
  server: SpotifyGraphQLServer,
  query: string,
  token: string | undefined,
): Promise<{ errors?: { message: string }[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await server.yoga.fetch('http://bench.invalid/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { errors?: { message: string }[] };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Emulator = Awaited<ReturnType<typeof startEmulator>>;

/**
 * A server on `emu` for the app of `mode`, no catalog cache, no response cache, `concurrency` Spotify
 * calls per request. Both caches off: every run must make its calls (with the response cache on, the
 * second and later runs of an anonymous shape were answered whole, with no call, and read 0 waves).
 */
function serverFor(emu: Emulator, mode: Mode, concurrency: number): Promise<SpotifyGraphQLServer> {
  const app = [...emu.state.apps.values()].find((a) => a.mode === mode);
  if (!app) throw new Error(`the emulator has no ${mode} app`);
  const config = configFromEnv({});
  return createServer({
    config: {
      ...config,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      apiUrl: `${emu.url}/v1`,
      accountsUrl: emu.url,
      appMode: mode,
      port: 0,
      logLevel: 'silent',
      limits: {
        ...config.limits,
        requestConcurrency: concurrency,
        responseCache: { ...config.limits.responseCache, maxBytes: 0 },
      },
    },
    cache: noCatalogCache,
    logging: false,
  });
}

/** How a run of the suite measures: the latency on every route (ms) and the runs per shape. */
export interface WavesRun {
  latencyMs: number;
  runs: number;
}

/** One shape: warmed without latency, then `run.runs` times under the latency; the median run's figures. */
async function measure(
  emu: Emulator,
  server: SpotifyGraphQLServer,
  shape: Shape,
  token: string | undefined,
  run: WavesRun,
): Promise<WaveFigures> {
  const faults = `${emu.url}/__emulator/faults`;
  // Warm: the app token, the document's caches; no latency yet.
  await post(server, shape.query, token);
  await jsonRequest(faults, { method: 'POST', body: { latencyMs: run.latencyMs } });
  const runs: { wallMs: number; waves: number; widest: number; calls: number; errors?: string[] }[] = [];
  try {
    for (let at = 0; at < run.runs; at++) {
      await clearUpstreamCalls(emu.url);
      const started = performance.now();
      const body = await post(server, shape.query, token);
      const wallMs = performance.now() - started;
      const log = await jsonRequest(`${emu.url}/__emulator/requests`);
      const { waves, widest } = wavesOf((log.json as { entries: LogEntry[] }).entries);
      runs.push({
        wallMs,
        waves,
        widest,
        calls: totalOf(await upstreamCalls(emu.url)),
        ...(body.errors ? { errors: [...new Set(body.errors.map((e) => e.message))] } : {}),
      });
    }
  } finally {
    await jsonRequest(faults, { method: 'DELETE' });
  }
  const wallMs = median(runs.map((r) => r.wallMs));
  const mid = runs.find((r) => r.wallMs === wallMs)!;
  return {
    shape: shape.name,
    mode: shape.mode ?? 'extended',
    dependencyDepth: shape.depth,
    observedWaves: mid.waves,
    wallMs: Math.round(wallMs),
    wallOverLatency: Number((wallMs / run.latencyMs).toFixed(2)),
    calls: mid.calls,
    widestWave: mid.widest,
    estimate: estimateOf(server.schema, parse(shape.query), shape.mode ?? 'extended'),
    exactEstimate: shape.exactEstimate === true,
    met: mid.waves === shape.depth && mid.errors === undefined,
    ...(mid.errors ? { errors: mid.errors } : {}),
  };
}

/**
 * Wall time over injected latency per nested shape, beside each shape's dependency depth, with the
 * server's default per-request Spotify concurrency unless `concurrency` is given; `run` (default
 * WAVES_LATENCY_MS and 3 runs per shape) for a quicker check (the cost estimate test's).
 */
export async function benchWaves(
  concurrency = configFromEnv({}).limits.requestConcurrency,
  run: WavesRun = { latencyMs: WAVES_LATENCY_MS, runs: RUNS },
): Promise<WavesFigures> {
  const emu = await startEmulator({ rateLimit: 1e9, host: '127.0.0.1' });
  const user = [...emu.state.accounts.keys()][0];
  const extendedApp = [...emu.state.apps.values()].find((a) => a.mode === 'extended');
  if (!extendedApp || user === undefined) throw new Error('the emulator has no Extended Mode app or user');
  const servers = {
    extended: await serverFor(emu, 'extended', concurrency),
    development: await serverFor(emu, 'development', concurrency),
  };
  const figures: WavesFigures = {
    latencyMs: run.latencyMs,
    runs: run.runs,
    requestConcurrency: concurrency,
    shapes: [],
  };
  try {
    const userToken = await emulatorToken(emu.url, extendedApp.clientId, user);
    for (const shape of shapes(emu, user)) {
      const token = shape.user === undefined ? undefined : userToken;
      figures.shapes.push(await measure(emu, servers[shape.mode ?? 'extended'], shape, token, run));
    }
  } finally {
    await servers.extended.stop();
    await servers.development.stop();
    await emu.close();
  }
  return figures;
}
