import { createHash } from 'node:crypto';
import {
  type ASTNode,
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  print,
  visit,
} from 'graphql';
import type { GraphQLContext } from '../resolvers/context.js';
import { inEventLoads } from '../resolvers/event-loads.js';
import { endEventDeadline, renewCallLimit } from '../resolvers/request-client.js';
import { currentRequestRecord, inRequestScope, type RequestRecord } from './request-record.js';
import {
  hintsOf,
  isAsyncIterable,
  type MovingKeys,
  movingKeysOf,
  progressedResult,
  type ResultSignature,
  readAtOf,
  resultSignature,
  withEventExtensions,
} from './subscription-results.js';
import { variablesKey } from './variables-key.js';

/**
 * Identical subscriptions of one user share one execution per event, as the cohorts of live-query
 * engines do (Hasura's "subscriptions execution and performance"): subscriptions with the same
 * principal (server session, or Spotify access token), the same operation and the same variables form
 * one cohort. The operation is compared as it runs (operationText: printed without its name, with the
 * fragments it uses), the variables with their keys sorted: two texts that differ only in operation
 * name, whitespace, comments or the order of variables share one execution. A cohort reads one source stream (one subscriber of the user's player
 * poller), executes its selection once per source event, and hands the result to each member whose
 * own last result differs (see src/server/subscription-results.ts). Before, each subscription executed
 * its selection itself: 50 identical `currentlyPlaying` subscriptions selecting artists' top tracks,
 * related artists and albums made 255 Spotify calls for one skip; now they make one execution's.
 *
 * - A member that joins a cohort gets its current value at once: the last executed result (no
 *   execution, no Spotify call), with a selected `progressMs` brought forward by the time since its
 *   event while the player plays (progressedResult): 50 staggered joiners cost no execution.
 * - An event's execution runs with the context of the oldest member, in its request's scope (its call
 *   share, call allowance and log line count the calls, and what it logs names its requestId); if that member leaves during the execution and the result
 *   has errors (its abort signal cut the calls), it runs again with the next member's.
 * - Errors of an event reach every member; the source's end (a lost sign-in) ends every member; one
 *   member leaving ends only itself; the last member leaving closes the source.
 * - Requests that are not a user's (they fail scope auth) never share, nor do different principals,
 *   operations (another field, alias, argument, directive or fragment name) or variable values.
 */
export class SubscriptionCohorts {
  /** Cohorts by key (a SHA-256 digest: no token is kept as a key), or the promise of one starting. */
  private readonly cohorts = new Map<string, Cohort | Promise<Cohort | undefined>>();
  /**
   * What each principal (by digest: the Spotify user of a session or of a bare access token once known,
   * else the access token) runs or starts now: its cohorts, bounded by `bounds.maxDistinct`, and its
   * subscriptions (the cohorts' members), bounded by `bounds.maxOpen`. All sessions and tokens of one
   * user count together.
   */
  private readonly perPrincipal = new Map<string, PrincipalCount>();
  private memberCount = 0;
  private cohortCount = 0;
  private readonly bounds: SubscriptionBounds;

  /**
   * @param bounds what one principal may run at once: `maxDistinct` distinct subscriptions (cohorts,
   *   MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT) and `maxOpen` subscriptions in all, identical ones each
   *   counted (MAX_SUBSCRIPTIONS_PER_CLIENT); one more of either is refused with TOO_MANY_SUBSCRIPTIONS.
   *   Unbounded where unset. `eventDeadlineMs` (SUBSCRIPTION_EVENT_DEADLINE_MS): each event's execution
   *   has its Spotify calls cut this long after it starts (none where unset).
   */
  constructor(bounds: Partial<SubscriptionBounds> = {}) {
    this.bounds = {
      maxDistinct: bounds.maxDistinct ?? Number.POSITIVE_INFINITY,
      maxOpen: bounds.maxOpen ?? Number.POSITIVE_INFINITY,
      eventDeadlineMs: bounds.eventDeadlineMs,
    };
  }

  /** Subscriptions attached to a cohort now (every running subscription of this server). */
  get subscriptions(): number {
    return this.memberCount;
  }

  /** Cohorts now: the executions per source event that the running subscriptions cause. */
  get groups(): number {
    return this.cohortCount;
  }

  /**
   * graphql-js `subscribe` for `args`, joining the cohort of identical subscriptions if there is one.
   * Answers the member's result stream, or the ExecutionResult createSourceEventStream answered (scope
   * auth's refusal, for instance), or TOO_MANY_SUBSCRIPTIONS past the principal's bounds. A bare access
   * token's user is asked first (GET /me, once per token, shared with its player poller: no second
   * call) so that every token of one user counts against that user's bounds.
   */
  async subscribe(
    args: ExecutionArgs,
  ): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> {
    let identity: Identity | undefined;
    try {
      identity = await identityOf(args);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    if (identity === undefined) return this.start(args, undefined);
    const { key, principal, knownUser } = identity;
    for (;;) {
      const entry = this.cohorts.get(key);
      if (entry === undefined) {
        const count = this.countOf(principal);
        if (count.cohorts >= this.bounds.maxDistinct)
          return this.refused(principal, tooManyDistinct(this.bounds.maxDistinct));
        if (count.members >= this.bounds.maxOpen)
          return this.refused(principal, tooManyOpen(this.bounds.maxOpen));
        // Its places are taken before the cohort starts: concurrent starts cannot all slip in.
        count.cohorts += 1;
        count.members += 1;
        return this.start(args, key, principal, knownUser);
      }
      const cohort = await entry;
      if (cohort?.open) {
        // A member counts against its cohort's principal (checked and added with no await between).
        const count = this.countOf(cohort.principal);
        if (count.members >= this.bounds.maxOpen)
          return this.refused(cohort.principal, tooManyOpen(this.bounds.maxOpen));
        return cohort.add(args);
      }
      // It failed to start, or ended meanwhile: start another (unless someone already did).
      if (this.cohorts.get(key) === entry) this.cohorts.delete(key);
    }
  }

  /** The count of `principal`, made on first use (adjust drops it when it is back to nothing). */
  private countOf(principal: string): PrincipalCount {
    let count = this.perPrincipal.get(principal);
    if (count === undefined) {
      count = { cohorts: 0, members: 0 };
      this.perPrincipal.set(principal, count);
    }
    return count;
  }

  /** `principal`'s counts moved: forgotten when nothing is left. */
  private adjust(principal: string, cohorts: number, members: number): void {
    const count = this.countOf(principal);
    count.cohorts += cohorts;
    count.members += members;
    if (count.cohorts <= 0 && count.members <= 0) this.perPrincipal.delete(principal);
  }

  private refused(principal: string, error: GraphQLError): ExecutionResult {
    this.adjust(principal, 0, 0);
    return { errors: [error] };
  }

  /**
   * A cohort of a bare token whose user could not be asked when it started (the 429 pause, a 5xx) counts
   * against the token until the user is known: checked every FOLLOW_USER_MS against the look-up its
   * poller makes (no Spotify call of its own), then recounted against that user. Stops with the cohort.
   */
  private followUser(cohort: Cohort, knownUser: () => Promise<string> | undefined): void {
    const timer = setInterval(() => {
      if (!cohort.open) {
        clearInterval(timer);
        return;
      }
      const lookup = knownUser();
      if (lookup === undefined) return;
      clearInterval(timer);
      lookup.then(
        (userId) => this.recount(cohort, principalDigest(`user ${userId}`)),
        () => {
          if (cohort.open) this.followUser(cohort, knownUser);
        },
      );
    }, FOLLOW_USER_MS);
    timer.unref();
  }

  /**
   * `cohort` (with its members) counts against `principal` from now on; if that puts the principal past
   * a bound, the cohort ends with TOO_MANY_SUBSCRIPTIONS instead (its members get the error, then the end).
   */
  private recount(cohort: Cohort, principal: string): void {
    if (!cohort.open || cohort.principal === principal) return;
    const count = this.countOf(principal);
    const members = cohort.size;
    const { maxDistinct, maxOpen } = this.bounds;
    if (count.cohorts >= maxDistinct || count.members + members > maxOpen) {
      this.adjust(principal, 0, 0);
      cohort.refuse(count.cohorts >= maxDistinct ? tooManyDistinct(maxDistinct) : tooManyOpen(maxOpen));
      return;
    }
    this.adjust(cohort.principal, -1, -members);
    count.cohorts += 1;
    count.members += members;
    cohort.principal = principal;
  }

  /**
   * Starts a cohort for `args` (registered under `key`, when it may be shared) with `args` its first
   * member. With a principal, its places (one cohort, one member) were taken by the caller: given back
   * when the cohort fails to start, else held by the cohort and its members.
   */
  private async start(
    args: ExecutionArgs,
    key: string | undefined,
    principal?: string,
    knownUser?: () => Promise<string> | undefined,
  ): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> {
    let settle: (cohort: Cohort | undefined) => void = () => {};
    const starting = new Promise<Cohort | undefined>((resolve) => {
      settle = resolve;
    });
    if (key !== undefined) this.cohorts.set(key, starting);
    const forget = (entry: unknown) => {
      if (key !== undefined && this.cohorts.get(key) === entry) this.cohorts.delete(key);
    };
    const failed = () => {
      forget(starting);
      if (principal !== undefined) this.adjust(principal, -1, -1);
      settle(undefined);
    };
    let stream: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      stream = await createSourceEventStream(args);
    } catch (error) {
      failed();
      throw error;
    }
    if (!isAsyncIterable(stream)) {
      failed();
      return stream;
    }
    const source = stream[Symbol.asyncIterator]();
    const { eventDeadlineMs } = this.bounds;
    const cohort: Cohort = new Cohort(source, movingKeysOf(args), principal ?? '', eventDeadlineMs, {
      // Against the cohort's principal as it is then (recount may move it to the token's user).
      joined: (delta) => {
        this.memberCount += delta;
        if (cohort.principal !== '') this.adjust(cohort.principal, 0, delta);
      },
      ended: () => {
        this.cohortCount -= 1;
        if (cohort.principal !== '') this.adjust(cohort.principal, -1, 0);
        forget(cohort);
      },
    });
    this.cohortCount += 1;
    if (key !== undefined) this.cohorts.set(key, cohort);
    // The first member's place was taken before the start: add counts it again.
    if (principal !== undefined) this.adjust(principal, 0, -1);
    const member = cohort.add(args);
    settle(cohort);
    if (knownUser !== undefined) this.followUser(cohort, knownUser);
    return member;
  }
}

/** What one principal may run at once (see SubscriptionCohorts' constructor). */
export interface SubscriptionBounds {
  /** MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT: cohorts (distinct operations and variables). */
  maxDistinct: number;
  /** MAX_SUBSCRIPTIONS_PER_CLIENT: subscriptions, identical ones each counted. */
  maxOpen: number;
  /**
   * SUBSCRIPTION_EVENT_DEADLINE_MS: milliseconds one event's execution may wait for Spotify; then its
   * remaining calls are cut (DEADLINE_EXCEEDED at their fields) and the stream goes on with the next event.
   */
  eventDeadlineMs?: number | undefined;
}

/** One principal's cohorts and subscriptions (members) running or starting. */
interface PrincipalCount {
  cohorts: number;
  members: number;
}

/**
 * cohortKeyOf for `args`, with a bare access token's principal its Spotify user: asked through the
 * player pollers' user look-up (GET /me once per token, cached, the one its poller then reads). A look-up
 * that fails (a 429 pause, a 5xx, a revoked token) leaves the token its own principal: the poller
 * meets the same failure and tells the subscriber (an error event, or UNAUTHENTICATED).
 */
async function identityOf(args: ExecutionArgs): Promise<Identity | undefined> {
  const ctx = args.contextValue as Partial<GraphQLContext> | null | undefined;
  if (ctx?.isUser !== true || ctx.token === undefined) return undefined;
  let userId = ctx.userId;
  const pollers = ctx.playerPollers;
  const bare = userId === undefined && ctx.tokenSource?.sessionId === undefined && pollers !== undefined;
  if (bare) userId = await pollers.userOfToken(ctx.token).catch(() => undefined);
  const identity: Identity = cohortKeyOf(ctx.tokenSource?.sessionId, ctx.token.accessToken, args, userId);
  if (bare && userId === undefined) {
    const { accessToken } = ctx.token;
    identity.knownUser = () => pollers.knownUserOf(accessToken);
  }
  return identity;
}

/** A subscription's cohort key and principal (see cohortKeyOf). */
interface Identity {
  key: string;
  principal: string;
  /**
   * For a bare token whose user could not be asked: the look-up its poller holds now, if any (no
   * Spotify call), to count the cohort against the user once it is known.
   */
  knownUser?: () => Promise<string> | undefined;
}

/**
 * The key of `args`'s cohort: a digest of the credential (`sessionId`, the server session's id, else
 * `accessToken`, the Spotify access token), the canonical variables and the operation as it runs
 * (operationText); and the principal its cohort counts against in the bounds (a digest): the Spotify
 * user when known (`userId`: a session's, or a bare token's from its look-up), else the credential.
 */
function cohortKeyOf(
  sessionId: string | undefined,
  accessToken: string,
  args: ExecutionArgs,
  userId: string | undefined,
): { key: string; principal: string } {
  const credential = sessionId !== undefined ? `session ${sessionId}` : `token ${accessToken}`;
  // The bounds count per Spotify user where the server knows the user: sessions are minted at will
  // (v10 re-attack on issue 9, N1), and a user may hold several access tokens.
  const bounded = userId !== undefined ? `user ${userId}` : credential;
  const text = operationText(args.document, args.operationName);
  const variables = cohortVariables(args);
  return {
    key: principalDigest(JSON.stringify([credential, variables, text])),
    principal: principalDigest(bounded),
  };
}

/** SHA-256 (base64) of `value`: what keys and principals are kept as (no token in clear). */
function principalDigest(value: string): string {
  return createHash('sha256').update(value).digest('base64');
}

/** How often a cohort of a bare token whose user is not known yet looks for its poller's look-up, ms. */
const FOLLOW_USER_MS = 1000;

/** Normalised operation texts by document and operation name (documents are parsed once and cached). */
const operationTexts = new WeakMap<DocumentNode, Map<string | null, string>>();

/**
 * What runs of `document` for `operationName`: the selected operation printed without its name, then
 * the fragments it uses (transitively) printed in name order. Whitespace, comments, the operation's
 * name and other operations or unused fragments in the document do not change it; anything that
 * changes what executes (a field, an alias, an argument, a directive, a variable's default) does.
 */
export function operationText(document: DocumentNode, operationName?: string | null): string {
  let byName = operationTexts.get(document);
  const cached = byName?.get(operationName ?? null);
  if (cached !== undefined) return cached;
  const operation = getOperationAST(document, operationName);
  let text: string;
  if (operation == null) text = print(document);
  else {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const used = new Set<string>();
    const visitSpreads = (node: ASTNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          const fragment = fragments.get(name);
          if (used.has(name) || fragment === undefined) return;
          used.add(name);
          visitSpreads(fragment);
        },
      });
    visitSpreads(operation);
    text = [
      print(withoutName(operation)),
      ...[...used].sort().map((name) => print(fragments.get(name)!)),
    ].join('\n');
  }
  if (byName === undefined) {
    byName = new Map();
    operationTexts.set(document, byName);
  }
  byName.set(operationName ?? null, text);
  return text;
}

function withoutName(operation: OperationDefinitionNode): OperationDefinitionNode {
  const { name: _name, ...unnamed } = operation;
  return unnamed;
}

/**
 * The selected operation's declared variables of `args` as variablesKey writes them: undeclared ones
 * run nothing, so they neither split cohorts nor are read. Throws BAD_USER_INPUT when a value cannot be
 * written (nested too deep for JSON.stringify's stack): an undeclared variable nested 5,000 deep was a
 * 500 over SSE and "Unexpected error." over graphql-ws (attack 6, F1), where a query answers it.
 */
function cohortVariables(args: ExecutionArgs): string {
  const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions ?? [];
  const key = variablesKey(
    definitions.map((definition) => definition.variable.name.value),
    args.variableValues,
  );
  if (key === undefined)
    throw new GraphQLError('The variables nest too deep to be read', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return key;
}

/** TOO_MANY_SUBSCRIPTIONS (HTTP 429): the principal runs `max` distinct subscriptions already. */
function tooManyDistinct(max: number): GraphQLError {
  return new GraphQLError(
    `This client runs ${max} distinct subscriptions already (MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT): end one first. Identical subscriptions (the same operation and variables, whatever their operation name or whitespace) share one and do not count again.`,
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', http: { status: 429 } } },
  );
}

/** TOO_MANY_SUBSCRIPTIONS (HTTP 429): the principal has `max` subscriptions open already. */
function tooManyOpen(max: number): GraphQLError {
  return new GraphQLError(
    `This client has ${max} subscriptions open already (MAX_SUBSCRIPTIONS_PER_CLIENT): end one first.`,
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', http: { status: 429 } } },
  );
}

/** What a cohort tells its registry: members coming (+1) and going (-1), and its end. */
interface CohortEvents {
  joined(delta: number): void;
  ended(): void;
}

/** One executed result with its signature: what members compare and a late member gets first. */
interface Executed extends ResultSignature {
  readonly result: ExecutionResult;
}

/** Identical subscriptions of one user: one source stream, one execution per event, many members. */
class Cohort {
  private readonly members = new Set<CohortMember>();
  private last: Executed | undefined;
  /**
   * The source event `last` was executed for, and the time (Date.now() ms) its progress is as of: when
   * it came, or for a stale event its reading's time (`extensions.stale.readAt`, readAtOf).
   */
  private lastEvent: { value: unknown; at: number } | undefined;
  private executing = false;
  private pumping = false;
  private ended = false;
  private readonly selectsProgress: boolean;

  /**
   * @param principal the digest its members count against in the bounds (empty: a request that shares
   *   nothing, counted nowhere); SubscriptionCohorts moves it to a bare token's user once that is known
   * @param eventDeadlineMs each event's execution's deadline, ms (SubscriptionBounds.eventDeadlineMs)
   */
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly moving: MovingKeys,
    public principal: string,
    private readonly eventDeadlineMs: number | undefined,
    private readonly events: CohortEvents,
  ) {
    this.selectsProgress = [...moving.values()].includes('progress');
  }

  /** Whether members may still join (the source has not ended and some member is left). */
  get open(): boolean {
    return !this.ended;
  }

  /** A new member for `args`: it gets the current value now, or with the next execution. */
  add(args: ExecutionArgs): CohortMember {
    const member = new CohortMember(args, this);
    this.members.add(member);
    this.events.joined(1);
    // An execution on its way gives the newcomer the current value; else the last one does, its
    // progress brought forward by the time since (it moved with the clock): no execution, no call.
    if (!this.executing && this.last !== undefined) member.offer(this.current(this.last), false);
    if (!this.pumping) void this.pump();
    return member;
  }

  /** Members now. */
  get size(): number {
    return this.members.size;
  }

  /** Ends the cohort with `error` as each member's last result (a bound it turned out to exceed). */
  refuse(error: GraphQLError): void {
    const result: ExecutionResult = { errors: [error] };
    const executed: Executed = { result, ...resultSignature(result, this.moving) };
    for (const member of this.end()) {
      member.offer(executed, true);
      member.end();
    }
  }

  /** `member` left: the cohort ends with its last member. */
  leave(member: CohortMember): void {
    if (!this.members.delete(member)) return;
    this.events.joined(-1);
    if (this.members.size === 0) this.end();
  }

  /** Reads the source and fans each event's result out, until the source ends or no member is left. */
  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      for (;;) {
        const event = await this.source.next();
        if (event.done || this.ended) break;
        const repeated = this.staleRepeat(event.value);
        this.executing = repeated === undefined;
        const result =
          repeated ??
          (await this.executeFor(event.value).finally(() => {
            this.executing = false;
          }));
        if (result === undefined || this.ended) break;
        // A stale event (a failed poll) repeats the last reading: its progress is as of that reading's
        // time, not of the failed poll (v10 re-attack on issue 9, N3).
        this.lastEvent = { value: event.value, at: readAtOf(event.value) ?? Date.now() };
        this.fanOut(withEventExtensions(result, event.value), hintsOf(event.value).progressJump === true);
      }
      for (const member of this.end()) member.end();
    } catch (error) {
      for (const member of this.end()) member.fail(error);
    }
  }

  /**
   * Executes the selection for one source event with the oldest member's context, given a new call
   * allowance for it (each event is bounded as one query is) and its deadline (eventDeadlineMs: the
   * calls still running then are cut, their fields DEADLINE_EXCEEDED, and the next event is not held
   * behind them). Undefined when no member is left.
   */
  private async executeFor(rootValue: unknown): Promise<ExecutionResult | undefined> {
    for (;;) {
      const member = this.members.values().next().value;
      if (member === undefined) return undefined;
      const ctx = member.args.contextValue as GraphQLContext;
      renewCallLimit(ctx, this.eventDeadlineMs);
      // In the member's request scope: what the execution logs names the request whose calls it makes.
      // The other cohorts of the user executing for the same event share their loads with it.
      const result = await inEventLoads(ctx, rootValue, () =>
        inRequestScope(() => execute({ ...member.args, rootValue }), member.record),
      ).finally(() => endEventDeadline(ctx));
      // The member left meanwhile and its abort signal cut the calls: another member's context runs it.
      if (member.left && result.errors !== undefined && this.members.size > 0) continue;
      return result;
    }
  }

  /**
   * For a stale event (a failed poll) that repeats the reading `last` was executed for: `last` again,
   * its progress as of the stale event's reading (progressedResult), without executing (no Spotify
   * call). Executing again re-fetched the catalog parts during Spotify's 429 or outage, and met the
   * app's 429 pause with those parts nulled (v11 re-attack on issue 9, F1). Undefined otherwise.
   */
  private staleRepeat(event: unknown): ExecutionResult | undefined {
    const readAt = readAtOf(event);
    const { last, lastEvent } = this;
    if (readAt === undefined || last === undefined || lastEvent === undefined) return undefined;
    const { reading } = hintsOf(event);
    if (reading === undefined || reading !== hintsOf(lastEvent.value).reading) return undefined;
    if (!this.selectsProgress) return last.result;
    return progressedResult(last.result, this.moving, lastEvent.value, readAt - lastEvent.at);
  }

  /** `last` as of now: its progress moved on since its event came (progressedResult). */
  private current(last: Executed): Executed {
    const event = this.lastEvent;
    if (!this.selectsProgress || event === undefined) return last;
    return {
      ...last,
      result: progressedResult(last.result, this.moving, event.value, Date.now() - event.at),
    };
  }

  private fanOut(result: ExecutionResult, progressJump: boolean): void {
    const signature = resultSignature(result, this.moving);
    const executed: Executed = { result, ...signature };
    this.last = executed;
    const jump = progressJump && signature.progressSelected;
    for (const member of this.members) member.offer(executed, jump);
  }

  /**
   * Ends the cohort once: its members (answered, for the caller to end or fail) count down at once,
   * whoever ends it (the source's end, a failure, the last member leaving), and the source is closed.
   */
  private end(): CohortMember[] {
    const members = [...this.members];
    this.members.clear();
    if (members.length > 0) this.events.joined(-members.length);
    if (this.ended) return members;
    this.ended = true;
    this.events.ended();
    void this.source.return?.().catch(() => {});
    return members;
  }
}

/**
 * One subscription of a cohort, as the async iterator yoga and graphql-ws read: it holds at most the
 * latest undelivered result (a slow reader skips to the newest) and its last result's hash. A class:
 * every idle subscription holds one.
 */
class CohortMember implements AsyncGenerator<ExecutionResult, void, void> {
  /** Hash of the last result handed on; undefined before the first. */
  private lastHash: string | undefined;
  private pending: ExecutionResult | undefined;
  private waiting: ((result: IteratorResult<ExecutionResult, void>) => void) | undefined;
  private rejectWaiting: ((error: unknown) => void) | undefined;
  private failure: { error: unknown } | undefined;
  private done = false;
  /** True once the reader left (return or throw). */
  left = false;
  /** The request this subscription came in (its log line), when it subscribed in its scope. */
  readonly record: RequestRecord | undefined = currentRequestRecord();

  constructor(
    readonly args: ExecutionArgs,
    private readonly cohort: Cohort,
  ) {}

  /** Hands `executed` on if it differs from this member's last result (or `jump`: the progress jumped). */
  offer(executed: Executed, jump: boolean): void {
    if (this.done || (executed.hash === this.lastHash && !jump)) return;
    this.lastHash = executed.hash;
    // A copy per member: plugins (masking, status) may set properties on the result they pass on.
    const result = { ...executed.result };
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      this.rejectWaiting = undefined;
      waiting({ value: result, done: false });
    } else this.pending = result;
  }

  /** The source ended: the reader gets what is pending, then the end. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.settleWaiting();
  }

  /** Execution threw (a bug): the reader gets the error. */
  fail(error: unknown): void {
    if (this.done) return;
    this.done = true;
    const reject = this.rejectWaiting;
    this.waiting = undefined;
    this.rejectWaiting = undefined;
    if (reject) reject(error);
    else this.failure = { error };
  }

  next(): Promise<IteratorResult<ExecutionResult, void>> {
    const pending = this.pending;
    if (pending !== undefined) {
      this.pending = undefined;
      return Promise.resolve({ value: pending, done: false });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.rejectWaiting = reject;
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult, void>> {
    this.leave();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult, void>> {
    this.leave();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  private leave(): void {
    this.left = true;
    this.done = true;
    this.pending = undefined;
    this.failure = undefined;
    this.settleWaiting();
    this.cohort.leave(this);
  }

  private settleWaiting(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    this.rejectWaiting = undefined;
    waiting?.({ value: undefined, done: true });
  }
}
