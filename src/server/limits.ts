import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getEnterLeaveForKind,
  Kind,
  Lexer,
  type ParseOptions,
  parse,
  type SelectionSetNode,
  Source,
  TokenKind,
  TypeInfo,
  ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { DEFAULT_LOGIN_STARTS_PER_MINUTE } from '../auth/server-auth.js';
import { DEFAULT_POOL_RESERVE } from '../resolvers/client-call-share.js';
import { type LimitCode, limitRefusal } from '../resolvers/limit-refusal.js';
import { DEFAULT_REQUEST_CONCURRENCY, DeadlineExceeded } from '../resolvers/request-budget.js';
import { withDeadline } from '../spotify/deadlines.js';
import { documentFeatures } from './applicable-rules.js';
import { DEFAULT_MAX_COST, DEFAULT_MAX_VALUES } from './call-estimate.js';
import { integerFromEnv } from './env-values.js';
import { QueryCosts } from './query-cost.js';
import type { RateLimitConfig } from './rate-limit.js';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheConfig } from './response-cache.js';
import { SecondSightCache } from './second-sight.js';
import { DEFAULT_SSE_RESERVATION_LIMITS, type SseReservationLimits } from './sse-single-connection.js';

/**
 * The bounds that keep one request from taking the process down: sizes in bytes, counts of the
 * document's parts, the Spotify calls one request may cause, and time. Read from the environment
 * (names in the README's configuration table).
 */
export interface LimitsConfig {
  /** MAX_REQUEST_BYTES: the largest HTTP request body and WebSocket message, in bytes. */
  maxRequestBytes: number;
  /** OPERATION_CACHE_BYTES: parsed documents, their validation and compiled forms, in bytes (estimated). */
  operationCacheBytes: number;
  /** CATALOG_CACHE_BYTES: the shared catalog objects, in bytes of their JSON. */
  catalogCacheBytes: number;
  /** CATALOG_CACHE_TTL_S: seconds a shared catalog object stays fresh. */
  catalogCacheTtlSeconds: number;
  /** RESPONSE_CACHE_BYTES (0: off), RESPONSE_CACHE_TTL_S: whole anonymous answers kept (response-cache.ts). */
  responseCache: ResponseCacheConfig;
  /** MAX_TOKENS: lexical tokens in one document (counted while parsing). */
  maxTokens: number;
  /**
   * MAX_DEPTH: selection depth (a root field's leaf is at 2); a `__schema` subtree is held to the
   * larger of this and INTROSPECTION_QUERY_DEPTH instead.
   */
  maxDepth: number;
  /** MAX_BREADTH: fields one operation selects, fragments counted where they are spread. */
  maxBreadth: number;
  /** MAX_ALIASES: aliased fields in one operation. */
  maxAliases: number;
  /** MAX_DIRECTIVES: directives in one operation. */
  maxDirectives: number;
  /** MAX_QUERY_COST: the Spotify calls (pages and batches) one operation may cause. */
  maxQueryCost: number;
  /** MAX_ANSWER_VALUES: values (objects, scalars, list entries) one operation's answer may hold. */
  maxAnswerValues: number;
  /** REQUEST_DEADLINE_MS: milliseconds one request may take; its remaining Spotify calls are cut then. */
  requestDeadlineMs: number;
  /** REQUEST_SPOTIFY_CONCURRENCY: Spotify calls of one request in flight at once. */
  requestConcurrency: number;
  /**
   * SPOTIFY_POOL_RESERVE: places of the Spotify client's pool (DEFAULT_REQUEST_LIMIT, 100 calls in
   * flight) that only a client under its fair share may take (ClientCallShares): 0 to 99.
   */
  poolReserve: number;
  /** RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_S, RATE_LIMIT_CONCURRENT: per-client fair use. */
  rateLimit: RateLimitConfig;
  /** WS_MAX_CONNECTIONS_PER_ADDRESS: open graphql-ws connections from one peer address. */
  wsConnectionsPerAddress: number;
  /**
   * LOGIN_STARTS_PER_MINUTE: sign-in starts (`/auth/login`) one client address may make per minute;
   * each stores a login attempt for 10 minutes. With Redis the count spans every instance.
   */
  loginStartsPerMinute: number;
  /**
   * SSE_MAX_RESERVATIONS, SSE_RESERVATION_TTL_MS, SSE_MAX_RESERVATIONS_PER_CLIENT: graphql-sse streams
   * reserved and not yet connected; SSE_MAX_STREAMS_PER_ADDRESS: its streams connected per address.
   */
  sseReservations: SseReservationLimits;
  /**
   * MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT: distinct subscriptions (operations and variables, over
   * graphql-ws and SSE alike) one principal (a Spotify user, all its sessions and access tokens
   * together; a token whose user could not be asked on its own) runs at once; identical ones (whatever
   * their operation name, whitespace or variable order) share one execution per event and count once
   * (src/server/subscription-cohorts.ts).
   */
  maxDistinctSubscriptions: number;
  /**
   * MAX_SUBSCRIPTIONS_PER_CLIENT: subscriptions one principal (as for maxDistinctSubscriptions) has
   * open at once, identical ones each counted: they cost no Spotify call but each holds its memory.
   * Requests that are not a user's hold none (a subscription needs a signed-in user).
   */
  maxSubscriptions: number;
  /**
   * SUBSCRIPTION_EVENT_DEADLINE_MS: milliseconds one subscription event's execution may wait for
   * Spotify; its remaining calls are cut then (DEADLINE_EXCEEDED at their fields) and the stream goes
   * on with the next event (src/server/subscription-cohorts.ts).
   */
  subscriptionEventDeadlineMs: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxRequestBytes: 1024 * 1024,
  operationCacheBytes: 32 * 1024 * 1024,
  catalogCacheBytes: 64 * 1024 * 1024,
  catalogCacheTtlSeconds: 300,
  responseCache: DEFAULT_RESPONSE_CACHE,
  maxTokens: 5000,
  maxDepth: 16,
  maxBreadth: 300,
  maxAliases: 30,
  maxDirectives: 50,
  maxQueryCost: DEFAULT_MAX_COST,
  maxAnswerValues: DEFAULT_MAX_VALUES,
  requestDeadlineMs: 30_000,
  requestConcurrency: DEFAULT_REQUEST_CONCURRENCY,
  poolReserve: DEFAULT_POOL_RESERVE,
  rateLimit: { requests: 600, windowSeconds: 60, concurrent: 8 },
  wsConnectionsPerAddress: 32,
  loginStartsPerMinute: DEFAULT_LOGIN_STARTS_PER_MINUTE,
  sseReservations: DEFAULT_SSE_RESERVATION_LIMITS,
  maxDistinctSubscriptions: 20,
  maxSubscriptions: 100,
  subscriptionEventDeadlineMs: 5000,
};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The limits of the environment; a variable that is not set keeps its default. Throws ConfigError for
 * a value outside env-values.ts' rule or its range (INTEGER_VARIABLES).
 */
export function limitsFromEnv(env: Env): LimitsConfig {
  const d = DEFAULT_LIMITS;
  return {
    maxRequestBytes: integerFromEnv(env, 'MAX_REQUEST_BYTES', d.maxRequestBytes),
    operationCacheBytes: integerFromEnv(env, 'OPERATION_CACHE_BYTES', d.operationCacheBytes),
    catalogCacheBytes: integerFromEnv(env, 'CATALOG_CACHE_BYTES', d.catalogCacheBytes),
    catalogCacheTtlSeconds: integerFromEnv(env, 'CATALOG_CACHE_TTL_S', d.catalogCacheTtlSeconds),
    responseCache: {
      maxBytes: integerFromEnv(env, 'RESPONSE_CACHE_BYTES', d.responseCache.maxBytes),
      ttlSeconds: integerFromEnv(env, 'RESPONSE_CACHE_TTL_S', d.responseCache.ttlSeconds),
    },
    maxTokens: integerFromEnv(env, 'MAX_TOKENS', d.maxTokens),
    maxDepth: integerFromEnv(env, 'MAX_DEPTH', d.maxDepth),
    maxBreadth: integerFromEnv(env, 'MAX_BREADTH', d.maxBreadth),
    maxAliases: integerFromEnv(env, 'MAX_ALIASES', d.maxAliases),
    maxDirectives: integerFromEnv(env, 'MAX_DIRECTIVES', d.maxDirectives),
    maxQueryCost: integerFromEnv(env, 'MAX_QUERY_COST', d.maxQueryCost),
    maxAnswerValues: integerFromEnv(env, 'MAX_ANSWER_VALUES', d.maxAnswerValues),
    requestDeadlineMs: integerFromEnv(env, 'REQUEST_DEADLINE_MS', d.requestDeadlineMs),
    requestConcurrency: integerFromEnv(env, 'REQUEST_SPOTIFY_CONCURRENCY', d.requestConcurrency),
    poolReserve: integerFromEnv(env, 'SPOTIFY_POOL_RESERVE', d.poolReserve),
    rateLimit: {
      requests: integerFromEnv(env, 'RATE_LIMIT_REQUESTS', d.rateLimit.requests),
      windowSeconds: integerFromEnv(env, 'RATE_LIMIT_WINDOW_S', d.rateLimit.windowSeconds),
      concurrent: integerFromEnv(env, 'RATE_LIMIT_CONCURRENT', d.rateLimit.concurrent),
    },
    wsConnectionsPerAddress: integerFromEnv(env, 'WS_MAX_CONNECTIONS_PER_ADDRESS', d.wsConnectionsPerAddress),
    loginStartsPerMinute: integerFromEnv(env, 'LOGIN_STARTS_PER_MINUTE', d.loginStartsPerMinute),
    sseReservations: {
      maxPending: integerFromEnv(env, 'SSE_MAX_RESERVATIONS', d.sseReservations.maxPending),
      ttlMs: integerFromEnv(env, 'SSE_RESERVATION_TTL_MS', d.sseReservations.ttlMs),
      maxPendingPerClient: integerFromEnv(
        env,
        'SSE_MAX_RESERVATIONS_PER_CLIENT',
        d.sseReservations.maxPendingPerClient,
      ),
      maxStreamsPerAddress: integerFromEnv(
        env,
        'SSE_MAX_STREAMS_PER_ADDRESS',
        d.sseReservations.maxStreamsPerAddress,
      ),
    },
    maxDistinctSubscriptions: integerFromEnv(
      env,
      'MAX_DISTINCT_SUBSCRIPTIONS_PER_CLIENT',
      d.maxDistinctSubscriptions,
    ),
    maxSubscriptions: integerFromEnv(env, 'MAX_SUBSCRIPTIONS_PER_CLIENT', d.maxSubscriptions),
    subscriptionEventDeadlineMs: integerFromEnv(
      env,
      'SUBSCRIPTION_EVENT_DEADLINE_MS',
      d.subscriptionEventDeadlineMs,
    ),
  };
}

/**
 * A parsed AST costs several times its text: this factor turns a document's length into an estimate
 * of what its AST, validation result and compiled form hold (measured roughly on the schema's
 * operations; an over-estimate only makes the cache hold fewer documents).
 */
const AST_BYTES_PER_CHAR = 12;

/** A byte-bounded LRU for values keyed by a document's text. */
function documentLru<V extends object>(maxBytes: number): LRUCache<string, V> {
  return new LRUCache<string, V>({
    maxSize: maxBytes,
    // A key that alone outweighs the bound is not kept at all.
    maxEntrySize: maxBytes,
    sizeCalculation: (_value, key) => Math.max(1, key.length * AST_BYTES_PER_CHAR),
  });
}

/**
 * The caches of operations, each bounded in bytes and together within `maxBytes`: parsed documents
 * (yoga; validation results hang off these documents in a WeakMap, so they go with them), parse
 * errors (attackers vary failing documents freely), graphql-jit's compiled operations, and each
 * operation's cost (per document and variables).
 */
export function operationCaches(maxBytes: number): {
  documentCache: SecondSightCache<DocumentNode>;
  errorCache: LRUCache<string, object>;
  compiledCache: LRUCache<string, object>;
  queryCosts: QueryCosts;
} {
  const share = (fraction: number): number => Math.max(1, Math.floor(maxBytes * fraction));
  return {
    // Only documents seen before are kept (SecondSightCache): a first-seen AST dies young.
    documentCache: new SecondSightCache<DocumentNode>(documentLru<DocumentNode>(share(0.45)), share(0.05)),
    errorCache: documentLru<object>(share(0.2)),
    compiledCache: documentLru<object>(share(0.2)),
    queryCosts: new QueryCosts(share(0.1)),
  };
}

/**
 * The fields an operation selects, the largest over the document's operations, counted as the schema's
 * complexity plugin counts breadth: every field (`__typename` too) and, where a fragment is spread,
 * the fields of the fragment. Linear in the document (each fragment is counted once and remembered);
 * a fragment that spreads itself counts nothing here (validation refuses it).
 */
export function breadthOf(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const counted = new Map<string, number>();
  const count = (selectionSet: SelectionSetNode): number => {
    let fields = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD)
        fields += 1 + (selection.selectionSet ? count(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields += count(selection.selectionSet);
      else fields += fragmentBreadth(selection.name.value);
    }
    return fields;
  };
  const fragmentBreadth = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    counted.set(name, 0); // a cycle counts nothing while it is being counted
    const fields = fragment ? count(fragment.selectionSet) : 0;
    counted.set(name, fields);
    return fields;
  };
  let widest = 0;
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      widest = Math.max(widest, count(definition.selectionSet));
  return widest;
}

/**
 * breadthOf's figure: read off the features walk (documentFeatures) when the document spreads no
 * fragment (the fields of its widest operation), else counted by breadthOf.
 */
function breadthFrom(document: DocumentNode): number {
  const f = documentFeatures(document);
  return f !== undefined && !f.fragmentSpreads ? f.fields : breadthOf(document);
}

/** The node kinds a visitor may name (and `enter`/`leave`, for all of them). */
const VISITED_KEYS: ReadonlySet<string> = new Set(Object.values(Kind));

/**
 * Runs validation rules that visit only operation definitions (graphql-armor's max-depth, max-aliases
 * and max-directives: each counts from `OperationDefinition`'s enter, following fragments through
 * `context.getFragment`, and reports through its `onReject`) on each operation of `document`, without
 * graphql-js's `validate`: that would also walk every node of the document with a TypeInfo and merge
 * the rules' visitors for every kind of node, several times the rules' own work on a small document.
 * A rule that visits any other kind of node is refused (thrown): it needs `validate`.
 */
function runOperationRules(schema: GraphQLSchema, document: DocumentNode, rules: ValidationRule[]): void {
  const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
  const visitors: ASTVisitor[] = [];
  const enters: ReturnType<typeof getEnterLeaveForKind>['enter'][] = [];
  for (const rule of rules) {
    const visitor: ASTVisitor = rule(context);
    if (!operationsOnly.has(rule)) {
      const other = Object.keys(visitor).find(visitsOtherKinds);
      if (other !== undefined) throw new Error(`${rule.name}: visits ${other}, not only operations`);
      operationsOnly.add(rule);
    }
    visitors.push(visitor);
    enters.push(getEnterLeaveForKind(visitor, Kind.OPERATION_DEFINITION).enter);
  }
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      for (let i = 0; i < visitors.length; i++)
        enters[i]?.call(visitors[i], definition, undefined, document.definitions, [], [document]);
}

/** Rules whose visitor runOperationRules checked: they visit only operation definitions. */
const operationsOnly = new WeakSet<ValidationRule>();

const visitsOtherKinds = (key: string): boolean =>
  key !== Kind.OPERATION_DEFINITION && (VISITED_KEYS.has(key) || key === 'enter' || key === 'leave');

/**
 * Whether graphql-armor's depth, alias and directive rules cannot refuse `document`, from the counts
 * of its one features walk (documentFeatures): its depth is at most the sum of its definitions' deepest
 * fields (each fragment counted once, as on a path through spreads, or less where one is met again
 * while being counted); its aliases and directives are at most the document's when no fragment is
 * spread (a fragment spread twice counts twice), and none when it has none. A document that may be
 * over runs the rules, whose figures the refusals carry.
 */
function withinArmorLimits(document: DocumentNode, limits: LimitsConfig): boolean {
  const f = documentFeatures(document);
  if (f === undefined || f.nesting > limits.maxDepth) return false;
  const bound = (count: number, max: number): boolean => count === 0 || (!f.fragmentSpreads && count <= max);
  return bound(f.aliases, limits.maxAliases) && bound(f.directiveCount, limits.maxDirectives);
}

/** The figure graphql-armor's message names (`... limit of 16 exceeded, found 17.`), if any. */
function armorFound(error: GraphQLError): number | undefined {
  const found = /found (\d+)/.exec(error.message)?.[1];
  return found === undefined ? undefined : Number(found);
}

/**
 * The depth of graphql-js's getIntrospectionQuery() (GraphiQL's and code generators' schema load):
 * `__schema` subtrees may be this deep whatever MAX_DEPTH says, and no deeper than the larger of the two.
 */
export const INTROSPECTION_QUERY_DEPTH = 15;

/** How many times MAX_TOKENS tokens a refused document is counted to, at most (4 ms at 50,000). */
const TOKEN_COUNT_FACTOR = 10;

/**
 * TOO_MANY_TOKENS with the document's token count (as graphql's parser counts them: comments aside),
 * beside the limit. The parser stops at the first token past the limit, so the rest is counted here
 * with graphql's lexer, up to TOKEN_COUNT_FACTOR times the limit (a flood of a whole 1 MB body would
 * cost 100 ms to count): past that, or where the text stops lexing, the figure is `at least` so many.
 */
export function tooManyTokens(source: string | Source, maxTokens: number): GraphQLError {
  const cap = maxTokens * TOKEN_COUNT_FACTOR;
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let count = 0;
  let complete = false;
  try {
    while (count < cap) {
      if (lexer.advance().kind === TokenKind.EOF) {
        complete = true;
        break;
      }
      count += 1;
    }
  } catch {
    // A character that lexes to no token: the figure is the tokens before it.
  }
  return limitRefusal('TOO_MANY_TOKENS', count, maxTokens, { atLeast: !complete });
}

/**
 * The refusal of a document nested too deeply for graphql-js's recursive parser (thousands of `[`, `{`
 * or `(` inside each other: the parser's stack overflows before its token count, MAX_TOKENS, is
 * reached). A GraphQLError, so yoga answers it as any parse failure: GRAPHQL_PARSE_FAILED, 400 (200 to
 * an `application/json`-only client), over WebSocket an error message, never an unexpected error.
 */
export function tooDeepToParse(): GraphQLError {
  return new GraphQLError(
    'Syntax Error: the document nests lists, objects or selections too deeply to be read (thousands of levels)',
    { extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
  );
}

/**
 * graphql-js's parse under MAX_TOKENS: a document over it is TOO_MANY_TOKENS (tooManyTokens), one
 * nested past what the recursive parser's stack holds is GRAPHQL_PARSE_FAILED (tooDeepToParse); any other
 * syntax error is graphql's own. Throws GraphQLError.
 */
function parseWithin(
  source: string | Source,
  options: ParseOptions | undefined,
  maxTokens: number,
): DocumentNode {
  try {
    return parse(source, { ...options, maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message)) {
      throw tooManyTokens(source, maxTokens);
    }
    if (error instanceof RangeError) throw tooDeepToParse();
    throw error;
  }
}

/**
 * Refuses a document before the costly work, each limit with its own code whatever else the document
 * does wrong: the token count while parsing (graphql's own `maxTokens`: TOO_MANY_TOKENS), then before
 * yoga's validation depth (fragments followed; a `__schema` subtree is held to the larger of MAX_DEPTH and
 * INTROSPECTION_QUERY_DEPTH instead: QUERY_TOO_DEEP), aliases
 * (TOO_MANY_ALIASES) and directives (TOO_MANY_DIRECTIVES) in one linear pass of graphql-armor's rules,
 * and breadth (QUERY_TOO_BROAD; thousands of fields would otherwise exhaust graphql-js's own budget
 * for comparing fields and answer only "Validation aborted."). Each refusal is one error from
 * limitRefusal, a request error (no `data`).
 */
export function useDocumentLimits(limits: LimitsConfig): Plugin {
  // The verdict per parsed document: yoga's document cache hands back the same AST for the same text.
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  // The refusals of the document being checked (validation is synchronous): the rules are made once,
  // not per document.
  let found: GraphQLError[] = [];
  const collect =
    (code: LimitCode, max: number, setting?: string) =>
    (_context: unknown, error: GraphQLError): void => {
      if (found.length === 0) found.push(limitRefusal(code, armorFound(error), max, { setting }));
    };
  const introspectionDepth = Math.max(limits.maxDepth, INTROSPECTION_QUERY_DEPTH);
  // Under a MAX_DEPTH below introspection's own depth, the `__schema` subtree's limit is not MAX_DEPTH.
  const introspectionSetting =
    introspectionDepth > limits.maxDepth
      ? `a __schema selection (the larger of MAX_DEPTH and ${INTROSPECTION_QUERY_DEPTH})`
      : undefined;
  const rules: ValidationRule[] = [
    // MAX_DEPTH leaves out `__schema`'s subtree (graphql-armor's ignoreIntrospection, its default), so
    // GraphiQL's schema load works under a small MAX_DEPTH; the second rule bounds that subtree at
    // introspection's own depth. Tokens, aliases, directives, breadth and cost apply to it as to any field.
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [collect('QUERY_TOO_DEEP', limits.maxDepth)],
    }),
    maxDepthRule({
      n: introspectionDepth,
      ignoreIntrospection: false,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [collect('QUERY_TOO_DEEP', introspectionDepth, introspectionSetting)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      // __typename aliases count too: 2,000 of them are 2,000 answers all the same.
      allowList: [],
      propagateOnRejection: false,
      onReject: [collect('TOO_MANY_ALIASES', limits.maxAliases)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [collect('TOO_MANY_DIRECTIVES', limits.maxDirectives)],
    }),
  ];
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parseWithin(source, options, limits.maxTokens));
    },
    onValidate({ params, setResult }) {
      const known = verdicts.get(params.documentAST);
      if (known !== undefined) {
        if (known.length > 0) setResult([...known]);
        return;
      }
      found = [];
      if (!withinArmorLimits(params.documentAST, limits))
        runOperationRules(params.schema, params.documentAST, rules);
      if (found.length === 0) {
        const breadth = breadthFrom(params.documentAST);
        if (breadth > limits.maxBreadth)
          found.push(limitRefusal('QUERY_TOO_BROAD', breadth, limits.maxBreadth));
      }
      verdicts.set(params.documentAST, found);
      if (found.length > 0) setResult([...found]);
    },
  };
}

/**
 * Each HTTP request's overall deadline: `signalFor(request)` answers the request's signal, which aborts
 * when the client goes away or `deadlineMs` after the request came (reason DeadlineExceeded);
 * subscriptions (WebSocket, SSE: by the operation, whatever the Accept) have none. The signal is made on first use (the first Spotify call):
 * a request answered from the caches makes no controller, listener nor timer. The timer is cleared as
 * soon as the response starts (a subscription's stream has no deadline), through the plugin's onResponse.
 */
export class RequestDeadlines {
  private readonly timers = new WeakMap<Request, NodeJS.Timeout>();
  /** HTTP requests that run a subscription operation: exempt from the deadline. */
  private readonly subscriptions = new WeakSet<Request>();

  constructor(private readonly deadlineMs: number) {}

  signalFor(request: Request): () => AbortSignal {
    // Subscriptions (graphql-ws, SSE) live as long as their client wants: they stop only with it.
    if (request.headers.get('upgrade')?.toLowerCase() === 'websocket') return () => request.signal;
    const came = performance.now();
    let signal: AbortSignal | undefined;
    return () => {
      // Decided by the operation (plugin's onSubscribe, before any Spotify call), not by the Accept:
      // yoga streams a subscription for a wildcard Accept or none as well.
      if (this.subscriptions.has(request)) return request.signal;
      signal ??= this.deadlineSignal(request, came);
      return signal;
    };
  }

  private deadlineSignal(request: Request, came: number): AbortSignal {
    const controller = new AbortController();
    const left = Math.max(0, this.deadlineMs - (performance.now() - came));
    const timer = setTimeout(() => controller.abort(new DeadlineExceeded(this.deadlineMs)), left);
    timer.unref();
    // The client is told when: it fails a wait that would outlast it at once (src/spotify/deadlines.ts).
    withDeadline(controller.signal, Date.now() + left);
    this.timers.set(request, timer);
    const upstream = request.signal;
    if (upstream.aborted) controller.abort(upstream.reason);
    else
      upstream.addEventListener(
        'abort',
        () => {
          // An abandoned request gets no onResponse: its timer goes with it.
          clearTimeout(timer);
          this.timers.delete(request);
          controller.abort(upstream.reason);
        },
        { once: true },
      );
    return controller.signal;
  }

  plugin(): Plugin {
    return {
      onSubscribe: ({ args }) => {
        const request = (args.contextValue as { request?: Request }).request;
        if (request !== undefined) this.subscriptions.add(request);
      },
      onResponse: ({ request }) => {
        const timer = this.timers.get(request);
        if (timer !== undefined) clearTimeout(timer);
        this.timers.delete(request);
      },
    };
  }
}
