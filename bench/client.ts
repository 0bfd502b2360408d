import { SpotifyApi } from '@spotify/web-api-ts-sdk';
import { Agent, request } from 'undici';
import { SpotifyApiClient } from '../src/spotify/client.js';
import { endpoints } from '../src/spotify/endpoints/index.js';
import { ClientCredentialsFlow } from '../src/spotify/flows.js';
import { type Comparison, compare } from './load.js';
import { startTarget } from './targets.js';

export interface ClientFigures {
  route: string;
  concurrency: number;
  raw: Comparison['baselineResult'];
  client: Comparison['candidateResult'];
  rounds: Comparison['rounds'];
  /** The rounds' ratios at the 25th and 75th percentile. */
  ratioQuartiles: Comparison['ratioQuartiles'];
  /** All rounds merged: candidate req/s over baseline req/s. */
  overallRatio: number;
  /** Client req/s over raw undici.request req/s. */
  ratio: number;
  /**
   * The main thread's CPU per request on each side (the load generator plus the client or the raw
   * call; Linux only: absent elsewhere), all rounds merged, and raw over client: above 1 when the
   * client costs less CPU than the raw call. It moves far less with the machine's load than req/s.
   */
  cpuPerRequest?: { rawUs: number; clientUs: number; rawOverClient: number };
  target: number;
  met: boolean;
  /**
   * The peer on the same route: the official TypeScript SDK (`@spotify/web-api-ts-sdk`,
   * `sdk.tracks.get(id)`, on Node's fetch, through its injectable `fetch` that sends Spotify's URLs
   * to the emulator: it has no base-URL option) against the same raw `undici.request`, in its own rounds.
   */
  peer: { name: string; ratio: number; ratioQuartiles: [number, number]; rps: number; errors: number };
}

const CONCURRENCY = 50;

/** Both sides' main-thread CPU per request, when the OS tells it (see ClientFigures.cpuPerRequest). */
function cpuPerRequest(
  raw: Comparison['baselineResult'],
  client: Comparison['candidateResult'],
): Pick<ClientFigures, 'cpuPerRequest'> {
  const rawUs = raw.mainThreadCpuUsPerRequest;
  const clientUs = client.mainThreadCpuUsPerRequest;
  if (rawUs === undefined || clientUs === undefined || clientUs === 0) return {};
  return { cpuPerRequest: { rawUs, clientUs, rawOverClient: Number((rawUs / clientUs).toFixed(3)) } };
}

/** Issue 11: the client keeps at least the raw transport's throughput. */
export const CLIENT_TARGET_RATIO = 1.0;

/**
 * The Spotify client's generic request path (`client.request(endpoints.getTrack, ...)`: table lookup,
 * token check, concurrency bound, timeout, JSON decode) against a bare `undici.request` that reads and
 * parses the same body, on the same emulator route, same token and same number of connections.
 */
export async function benchClient(): Promise<ClientFigures> {
  const target = await startTarget('emulator');
  const { url, trackId, clientId, clientSecret } = target.info;
  const client = new SpotifyApiClient(
    new ClientCredentialsFlow({ applicationId: clientId, applicationSecret: clientSecret }),
    { apiUrl: `${url}/v1`, accountsUrl: url, appMode: 'extended', env: {} },
  );
  const agent = new Agent({ connections: CONCURRENCY });
  try {
    await client.createNewClient({ requestLimit: CONCURRENCY });
    const authToken = await client.getAuthTokenWithClientCredentials();
    const trackUrl = `${url}/v1/tracks/${trackId}`;
    const headers = { authorization: `Bearer ${authToken.accessToken}` };
    const comparison = await compare(
      {
        name: 'undici.request',
        call: async () => {
          const res = await request(trackUrl, { dispatcher: agent, headers });
          const body: unknown = await res.body.json();
          if (res.statusCode !== 200 || body === null) throw new Error(`HTTP ${res.statusCode}`);
        },
      },
      {
        name: 'SpotifyApiClient.request',
        call: async () => {
          await client.request(endpoints.getTrack, { id: trackId, authToken });
        },
      },
      {
        concurrency: CONCURRENCY,
        requests: 2500,
        maxSeconds: 2,
        rounds: 16,
        warmup: { concurrency: CONCURRENCY, requests: 6000, maxSeconds: 4 },
      },
    );
    // The official SDK has no base-URL option (its root URL is a private static): its injectable
    // `fetch` (Node's own) gets Spotify's URLs and sends them to the emulator.
    const spotifyRoot = 'https://api.spotify.com/v1/';
    const sdk = SpotifyApi.withAccessToken(
      clientId,
      {
        access_token: authToken.accessToken,
        token_type: 'Bearer',
        expires_in: 3600,
        refresh_token: '',
        expires: Date.now() + 3_600_000,
      },
      {
        fetch: (input, init) => {
          const target = String(input instanceof Request ? input.url : input);
          return fetch(
            target.startsWith(spotifyRoot) ? `${url}/v1/${target.slice(spotifyRoot.length)}` : target,
            init,
          );
        },
      },
    );
    const peer = await compare(
      {
        name: 'undici.request',
        call: async () => {
          const res = await request(trackUrl, { dispatcher: agent, headers });
          const body: unknown = await res.body.json();
          if (res.statusCode !== 200 || body === null) throw new Error(`HTTP ${res.statusCode}`);
        },
      },
      {
        name: '@spotify/web-api-ts-sdk',
        call: async () => {
          const track = await sdk.tracks.get(trackId);
          if (track.id !== trackId) throw new Error('the SDK answered another track');
        },
      },
      {
        concurrency: CONCURRENCY,
        requests: 2500,
        maxSeconds: 2,
        rounds: 8,
        warmup: { concurrency: CONCURRENCY, requests: 3000, maxSeconds: 3 },
      },
    );
    return {
      route: 'GET /v1/tracks/{id}',
      concurrency: CONCURRENCY,
      raw: comparison.baselineResult,
      client: comparison.candidateResult,
      rounds: comparison.rounds,
      ratioQuartiles: comparison.ratioQuartiles,
      overallRatio: comparison.overallRatio,
      ratio: comparison.ratio,
      ...cpuPerRequest(comparison.baselineResult, comparison.candidateResult),
      target: CLIENT_TARGET_RATIO,
      met: comparison.ratio >= CLIENT_TARGET_RATIO && comparison.candidateResult.errors === 0,
      peer: {
        name: '@spotify/web-api-ts-sdk 1.2 (sdk.tracks.get)',
        ratio: peer.ratio,
        ratioQuartiles: peer.ratioQuartiles,
        rps: peer.candidateResult.rps,
        errors: peer.candidateResult.errors,
      },
    };
  } finally {
    await client.closeClient();
    await agent.close();
    await target.close();
  }
}
