import { type Dispatcher, Pool, request } from 'undici';

/** JSON over HTTP for setup and checks (not measured): the emulator's control API, GraphQL warm-ups. */
export async function jsonRequest(
  url: string,
  options: { method?: Dispatcher.HttpMethod; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const res = await request(url, { method: options.method ?? 'GET', headers, body: body ?? null });
  const text = await res.body.text();
  return { status: res.statusCode, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** A token minted through the emulator's control API: a user's (all scopes) when `userId` is given, else the app's. */
export async function emulatorToken(emulatorUrl: string, clientId: string, userId?: string): Promise<string> {
  const body = userId === undefined ? { clientId } : { clientId, userId };
  const answer = await jsonRequest(`${emulatorUrl}/__emulator/tokens`, { method: 'POST', body });
  const token = (answer.json as { access_token?: unknown } | undefined)?.access_token;
  if (answer.status !== 200 || typeof token !== 'string') throw new Error(`token: ${answer.status}`);
  return token;
}

/** The emulator's request counts by route since the last clear, without the token endpoint. */
export async function upstreamCalls(emulatorUrl: string): Promise<Record<string, number>> {
  const answer = await jsonRequest(`${emulatorUrl}/__emulator/requests`);
  const byRoute = (answer.json as { byRoute: Record<string, number> }).byRoute;
  // The token endpoint is the server's own business, not the query's.
  const { 'POST /api/token': _token, ...rest } = byRoute;
  return rest;
}

export async function clearUpstreamCalls(emulatorUrl: string): Promise<void> {
  await jsonRequest(`${emulatorUrl}/__emulator/requests`, { method: 'DELETE' });
}

export const totalOf = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

/**
 * A load-generator call over a keep-alive pool: throws on any status but 200, and always reads the
 * body (an unread body holds the connection).
 */
export function poolCall(
  pool: Pool,
  options: { method: Dispatcher.HttpMethod; path: string; headers: Record<string, string>; body?: string },
): () => Promise<void> {
  return async () => {
    const res = await pool.request({ ...options, body: options.body ?? null });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
  };
}

export const openPool = (url: string, connections: number): Pool =>
  new Pool(new URL(url).origin, { connections, pipelining: 1 });
