import {
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../resolvers/context.js';
import { limitRefusal } from '../resolvers/limit-refusal.js';
import { FOLLOW_AFTER } from '../resolvers/replacement-follow.js';
import { endpoints } from '../spotify/endpoints/table.js';
import type { AppMode } from '../spotify/endpoints/types.js';
import { DEFAULT_MAX_COST, DEFAULT_MAX_VALUES, estimateOperation } from './call-estimate.js';
import { variablesKey } from './variables-key.js';

/**
 * The estimate of one operation: the Spotify calls it can cause at most (src/server/call-estimate.ts).
 * `failure`: the estimate could not be computed (a fault of ours, never of the client's input), and
 * `complexity` is then infinite: the operation is refused, never run unchecked.
 */
export interface QueryCost {
  complexity: number;
  /** The values its answer may hold at most (estimateOperation); infinite with a `failure`. */
  values: number;
  failure?: unknown;
}

/** Bytes an entry holds beyond its key: the figure and the LRU's own bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 100;

/**
 * The cost of each operation, computed once per parsed document, operation name, app mode (as known:
 * Extended, Development Mode, or not known) and, only when the operation declares any, variables (a `first: $n` changes the cost), instead
 * of once per request. An operation without variables is remembered beside its parsed document (yoga's
 * document cache hands back the same AST for the same text, and its byte bound evicts the figures with
 * the document): a repeat costs a WeakMap and a Map lookup, no key built from the document's text. One
 * with variables is kept in a byte-bounded LRU keyed by the text and the variables. The figures are
 * estimateCalls's.
 */
export class QueryCosts {
  private readonly cache: LRUCache<string, QueryCost>;
  /** Per parsed document: the cost of each operation without variables, by mode and operation name. */
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, QueryCost>>();

  /** @param maxBytes the bound of the LRU of costs with variables, in bytes (keys count twice their length: UTF-16). */
  constructor(maxBytes: number) {
    this.cache = new LRUCache<string, QueryCost>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, maxBytes),
      sizeCalculation: (_value, key) => key.length * 2 + ENTRY_OVERHEAD_BYTES,
    });
  }

  /** Entries of the LRU of costs with variables now (for tests and metrics). */
  get size(): number {
    return this.cache.size;
  }

  /**
   * The cost of `operationName` in `document` with `variables`, from the cache when known. `mode`:
   * the request's app's as known before it runs (knownMode: 'auto' when not known). Answers undefined when there
   * is nothing to estimate (no such operation, variables that do not coerce): execution then refuses
   * the request itself, before any resolver. When the estimate fails otherwise, answers an infinite
   * complexity with the `failure` (not cached).
   */
  costOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Readonly<Record<string, unknown>> | null | undefined,
    mode: AppMode | 'auto' = 'extended',
  ): QueryCost | undefined {
    const operation = getOperationAST(document, operationName);
    if (!operation) return undefined;
    if ((operation.variableDefinitions?.length ?? 0) === 0) {
      let costs = this.byDocument.get(document);
      const name = `${mode} ${operationName ?? ''}`;
      const known = costs?.get(name);
      if (known !== undefined) return known;
      const cost = estimate(schema, document, operation, {}, mode);
      if (cost.failure === undefined) {
        if (costs === undefined) {
          costs = new Map();
          this.byDocument.set(document, costs);
        }
        costs.set(name, cost);
      }
      return cost;
    }
    const key = costKey(document, operation, mode, operationName, variables);
    const known = key === undefined ? undefined : this.cache.get(key);
    if (known !== undefined) return known;
    // Only whether they coerce matters here: the first error ends the coercion.
    const coerced = getVariableValues(
      schema,
      operation.variableDefinitions ?? [],
      { ...variables },
      { maxErrors: 1 },
    );
    if (coerced.errors) return undefined;
    const cost = estimate(schema, document, operation, coerced.coerced, mode);
    if (key !== undefined && cost.failure === undefined) this.cache.set(key, cost);
    return cost;
  }
}

/**
 * The key of an operation's cost with `variables`: the mode, the operation's name, the document's text
 * and the variables as the response cache and subscription cohorts key them (variablesKey: only those
 * `operation` declares, every object's keys in order), so that the same variables in another key order
 * share one entry and an undeclared extra splits none. Undefined (the cost is not kept) without a text,
 * or when a value cannot be written (nested too deep for JSON.stringify's stack: attack 6, F1); such a
 * value is then refused by its coercion as any other.
 */
function costKey(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  mode: AppMode | 'auto',
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): string | undefined {
  const text = document.loc?.source.body;
  if (text === undefined) return undefined;
  const names = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
  const values = variablesKey(names, variables);
  return values === undefined ? undefined : `${mode}\n${operationName ?? ''}\n${values}\n${text}`;
}

/** estimateOperation's figures for `operation`, or infinite ones with the failure. */
function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  mode: AppMode | 'auto',
): QueryCost {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  try {
    const { calls, values } = estimateOperation(schema, operation, fragments, variables, mode);
    return { complexity: calls, values };
  } catch (failure) {
    return { complexity: Number.POSITIVE_INFINITY, values: Number.POSITIVE_INFINITY, failure };
  }
}

/**
 * The request's app's mode as known before it runs: configured, or learned from an answer in auto mode;
 * 'auto' when not known. Catalog objects by id are counted in batches only when it is known to be an
 * Extended Quota app. In Development Mode each id is a call of its own, and so it is in auto mode until
 * the mode is known (the first batch call of a Development Mode app is refused and then each id is
 * fetched): the costlier mode is assumed (estimateOperation).
 */
function knownMode(ctx: Partial<GraphQLContext>): AppMode | 'auto' {
  return ctx.client?.modeFor(endpoints.getMultipleAlbums) ?? 'auto';
}

/**
 * The calls an operation that makes any may cost beyond its estimate in Development Mode while auto
 * mode does not know the mode of the request's app (a fresh server, a caller's token of no known app),
 * or has learned Development Mode (which the ways back below may unlearn):
 * the refused calls that teach it, one of each kind (AppModeTracker's ProbeKind: a page larger than
 * Development Mode's cap refused as an invalid limit, and an Extended-only route's 403), with the
 * route's bare refusals counted as RequestReplacements allows them (src/resolvers/replacement-follow.ts):
 * FOLLOW_AFTER refused in a row before the request's other calls of the endpoint go to the replacement
 * (v16 re-attack C, F5), and FOLLOW_AFTER ways back to the old route refused bare in a row before no
 * more are sent (each read the replacement refuses with a reason goes back: v18 re-attack A, MEDIUM-1).
 * Calls that could teach it wait for the one of their kind in flight (AppModeTracker.probeInFlight),
 * and what it taught holds for the rest of the request (and a caller token's later requests): 1 + 2 x
 * FOLLOW_AFTER at most (v14 attack on issue 11, F1). An Extended app's calls are within the Development
 * Mode estimate, its first bare refusals (hiccups) within the same count: a way back that answers
 * ends the row.
 */
const TEACHING_CALLS = 1 + 2 * FOLLOW_AFTER;

/**
 * How long (ms) a learned Development Mode must still hold, confirmed, for an operation to be counted
 * without TEACHING_CALLS: longer than a request runs (REQUEST_DEADLINE_MS, 30 s by default), so that it
 * cannot lapse while the operation's calls are sent (a lapsed one sends probes again).
 */
const HELD_FOR_MS = 5 * 60_000;

function teachingCalls(ctx: Partial<GraphQLContext>, complexity: number): number {
  if (complexity <= 0 || ctx.client === undefined) return 0;
  const mode = ctx.client.modeFor(endpoints.getMultipleAlbums);
  // A Development Mode auto mode learned still sends what a configured one would not (its reads that
  // /items refuses with a reason go back to /tracks: playlist-items-refusal.ts), so it pays the same
  // ways back as while the mode is unknown (v19 attack on issue 11, HIGH-1).
  // Held against reasoned refusals (confirmed) it takes none: exact, as a configured one (issue 7 item 6).
  const learnedDevelopment =
    mode === 'development' && ctx.client.appMode === 'auto' && !ctx.client.holdsDevelopment?.(HELD_FOR_MS);
  return mode === 'auto' || learnedDevelopment ? TEACHING_CALLS : 0;
}

/**
 * Checks each operation's cost (the Spotify calls it can cause) before it runs, from QueryCosts, and
 * refuses one over MAX_QUERY_COST as a request error: one QUERY_TOO_COMPLEX error and no `data`
 * (HTTP 400 for `application/graphql-response+json`), before any resolver, so before any Spotify call.
 * An operation with nothing to estimate (its variables do not coerce, no such operation) is one
 * execution refuses itself, before any resolver. One whose estimate fails (a fault of the estimator)
 * is refused as QUERY_TOO_COMPLEX with no figure, and the failure logged at error level on `logger`:
 * never run unchecked. An operation whose answer may hold more than `maxValues` values (MAX_ANSWER_VALUES:
 * objects, scalars and list entries, estimateOperation) is refused the same way with ANSWER_TOO_LARGE:
 * the work and the size of an answer are bounded before it runs, not only its Spotify calls. Depth and
 * breadth are document limits (useDocumentLimits), checked before validation.
 */
export function useQueryCost(
  costs: QueryCosts,
  logger?: Pick<Logger, 'error'>,
  maxValues: number = DEFAULT_MAX_VALUES,
): Plugin<GraphQLContext> {
  const check = (
    args: {
      schema: GraphQLSchema;
      document: DocumentNode;
      operationName?: string | null | undefined;
      variableValues?: Readonly<Record<string, unknown>> | null | undefined;
      contextValue: unknown;
    },
    refuse: (result: ExecutionResult) => void,
  ): void => {
    const ctx = args.contextValue as Partial<GraphQLContext>;
    const cost = costs.costOf(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues,
      knownMode(ctx),
    );
    if (cost === undefined) return;
    const maxComplexity = ctx.maxCost ?? DEFAULT_MAX_COST;
    if (cost.failure !== undefined) {
      logger?.error(
        { err: cost.failure, operationName: args.operationName ?? null },
        'the cost of an operation could not be estimated: refused',
      );
      refuse({ errors: [limitRefusal('QUERY_TOO_COMPLEX', undefined, maxComplexity)] });
      return;
    }
    const complexity = cost.complexity + teachingCalls(ctx, cost.complexity);
    if (complexity > maxComplexity) {
      refuse({ errors: [limitRefusal('QUERY_TOO_COMPLEX', complexity, maxComplexity)] });
    } else if (cost.values > maxValues) {
      refuse({ errors: [limitRefusal('ANSWER_TOO_LARGE', cost.values, maxValues)] });
    }
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      check(args, setResultAndStopExecution);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      // The cost bounds one execution of the selection: each event gets the allowance afresh
      // (src/server/subscription-cohorts.ts renews it before each).
      check(args, setResultAndStopExecution);
    },
  };
}
