import { type GraphQLContext, requestSignal, trackCall } from './context.js';

/**
 * Spotify loads shared by the executions of one player event across a user's cohorts. Identical
 * subscriptions form one cohort and share one execution (src/server/subscription-cohorts.ts); different
 * selection sets are different cohorts, each executing with the context of its own oldest subscription,
 * so before this each made its own calls for the same data: 20 cohorts selecting the current item's
 * artists' top tracks made 20 identical `GET /artists/{id}/top-tracks` per skip (v10 re-attack on
 * issue 9). Now the executions for one reading of the user's player (one poll, see PlayerEvent's
 * `reading`) made with one credential share their loads, as one request's resolvers share theirs
 * through its DataLoaders: a load (by its key: route and parameters, market included) that another
 * execution of the same event has loaded or has in flight is joined, not sent again.
 *
 * - Never across credentials: the scope is per server session, else per access token (the rights a
 *   call is made with), like the cohort key; never across users (each user's poller has its own
 *   readings) and never across markets (the market is part of every key).
 * - A scope lives while executions for its event run: the first opens it, the last closes it. An
 *   execution that starts after all of them ended (a late joiner's) loads anew.
 * - A joined load that failed because its maker went away (its subscription ended: its abort signal
 *   cut the call) is loaded again by the joiner itself; any other failure is shared, as within one
 *   request.
 */

/** One load of the scope: its answer, and the context whose request made it. */
interface SharedLoad {
  readonly answer: Promise<unknown>;
  readonly maker: GraphQLContext;
}

/** The loads of one event for one credential, and how many executions use them now. */
class EventLoads {
  readonly loads = new Map<string, SharedLoad>();
  executions = 0;
}

/** Open scopes by reading (the poll's object, see PlayerEvent) and credential. */
const byReading = new WeakMap<object, Map<string, EventLoads>>();
/** The scope each context executes in now (a context runs one execution at a time: its cohort's). */
const executing = new WeakMap<GraphQLContext, EventLoads>();

/**
 * Runs `execute` (one cohort's execution for the source event `event`, with `ctx`, its oldest
 * subscription's context) in the event's load scope for ctx's credential, when the event names its
 * reading (PlayerEvent `reading`); otherwise as it is. Answers what `execute` answers.
 */
export async function inEventLoads<T>(
  ctx: GraphQLContext,
  event: unknown,
  execute: () => T | PromiseLike<T>,
): Promise<T> {
  const reading = readingOf(event);
  if (reading === undefined || executing.has(ctx)) return execute();
  const credential = ctx.tokenSource?.sessionId;
  const key = credential !== undefined ? `session ${credential}` : `token ${ctx.token.accessToken}`;
  let scopes = byReading.get(reading);
  if (scopes === undefined) {
    scopes = new Map();
    byReading.set(reading, scopes);
  }
  let scope = scopes.get(key);
  if (scope === undefined) {
    scope = new EventLoads();
    scopes.set(key, scope);
  }
  scope.executions += 1;
  executing.set(ctx, scope);
  try {
    return await execute();
  } finally {
    executing.delete(ctx);
    scope.executions -= 1;
    if (scope.executions === 0 && scopes.get(key) === scope) {
      scopes.delete(key);
      if (scopes.size === 0) byReading.delete(reading);
    }
  }
}

/** Whether `ctx` executes in an event's load scope now (see inEventLoads); a query never does. */
export function inEventScope(ctx: GraphQLContext): boolean {
  return executing.has(ctx);
}

/**
 * The load `key` (a load key of request-loads.ts, or a catalog object's) for `ctx`: when ctx executes in
 * an event's scope (inEventLoads) and another execution of it has that load, joins it (counted among
 * ctx's calls in flight: trackCall); otherwise `own()` (ctx's own request loaders), kept in the scope
 * for the others.
 */
export function sharedEventLoad<T>(ctx: GraphQLContext, key: string, own: () => Promise<T>): Promise<T> {
  const scope = executing.get(ctx);
  if (scope === undefined) return own();
  const known = scope.loads.get(key);
  if (known === undefined) {
    const answer = own();
    scope.loads.set(key, { answer, maker: ctx });
    return answer;
  }
  if (known.maker === ctx) return own();
  const { maker } = known;
  return trackCall(
    ctx,
    (known.answer as Promise<T>).catch((error: unknown) => {
      // Its maker's subscription ended and cut the call: that is no answer for this execution.
      if (requestSignal(maker)?.aborted === true) return own();
      throw error;
    }),
  );
}

function readingOf(event: unknown): object | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const reading = (event as { reading?: unknown }).reading;
  return typeof reading === 'object' && reading !== null ? reading : undefined;
}
