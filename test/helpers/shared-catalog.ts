import { afterEach, beforeAll, expect } from 'vitest';
import { MemoryCatalogCache } from '../../src/resolvers/catalog-cache.js';
import { graphql } from '../generated/index.js';
import { documentText, type TypedDocumentNode } from './documents.js';
import { waitForIdle } from './emulator.js';
import { type GraphQLAnswer, type TestServer, type TestServerOptions, useTestServer } from './server.js';

/**
 * The set-up of the tests of catalog loads shared across anonymous requests (settled pages kept in the
 * catalog cache, concurrent cold requests joining loads in flight): an Extended-mode server listening
 * over HTTP with a 300 s memory catalog cache, its requests sent over HTTP so that the fair-use lane
 * applies per client as for any caller.
 */

const WARM_TOKEN = graphql(`query SharedCatalogWarmToken { markets }`);

/** One GraphQL request over HTTP to `server`: as `token`'s user when given (anonymous otherwise). */
export async function postOverHttp<R, V>(
  server: TestServer,
  document: TypedDocumentNode<R, V>,
  variables: V,
  options: { token?: string | undefined; signal?: AbortSignal } = {},
): Promise<GraphQLAnswer<R>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(server.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: documentText(document), variables }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<R>, 'status'>;
  return { status: response.status, data: body.data, errors: body.errors };
}

/**
 * The shared-catalog server for the calling describe block (`limits` as given, the defaults otherwise;
 * `cache` in place of the memory catalog cache, e.g. noCatalogCache for sharing in flight alone):
 * the app token is fetched before its tests (the token call is the server's own business, not the
 * queries'), and after each test the emulator's faults are cleared and its requests answered.
 */
export function useSharedCatalogServer(
  options: Pick<TestServerOptions, 'limits' | 'cache'> = {},
): TestServer {
  const server = useTestServer({
    mode: 'extended',
    cache: new MemoryCatalogCache({ ttlSeconds: 300 }),
    listen: true,
    ...options,
  });
  beforeAll(async () => {
    expect((await postOverHttp(server, WARM_TOKEN, {})).errors).toBeUndefined();
  });
  afterEach(async () => {
    await server.emu.control('DELETE', '/faults');
    await waitForIdle(server.emu);
  });
  return server;
}

/** The emulator's artists by number of albums, most first: each test takes its own, cold in the cache. */
export const artistsByAlbums = (server: TestServer): string[] =>
  [...server.emu.state.catalog.artists.values()]
    .sort((a, b) => b.albumIds.length - a.albumIds.length)
    .map((artist) => artist.id);
