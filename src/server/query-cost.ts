import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { GraphQLContext } from '../resolvers/context.js';
import { limitRefusal } from '../resolvers/limit-refusal.js';
import { selectsItems } from '../resolvers/selection.js';
import { DEFAULT_MAX_COST } from '../schema/builder.js';

/** What the complexity plugin counts for one operation: Spotify calls (cost), depth and breadth. */
export interface QueryCost {
  complexity: number;
  depth: number;
  breadth: number;
}

/** Bytes an entry holds beyond its key: the three figures and the LRU's own bookkeeping. */
const ENTRY_OVERHEAD_BYTES = 120;

/**
 * The cost of each operation, computed once per document text, operation name and variables (the
 * variables only when the operation declares any: a `first: $n` changes the cost) and kept in a
 * byte-bounded LRU, instead of once per request. The figures are the schema's own (Pothos's
 * complexity plugin, with the field costs of src/schema/builder.ts).
 */
export class QueryCosts {
  private readonly cache: LRUCache<string, QueryCost>;
  /**
   * The costs of operations without variables by parsed document and operation name: yoga's
   * byte-bounded document cache hands back the same AST for the same text, so a repeated document
   * skips building its text key; the entries go with the documents.
   */
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, QueryCost>>();

  /** @param maxBytes the bound of the cache, in bytes (keys count twice their length: UTF-16). */
  constructor(maxBytes: number) {
    this.cache = new LRUCache<string, QueryCost>({
      maxSize: Math.max(1, maxBytes),
      maxEntrySize: Math.max(1, maxBytes),
      sizeCalculation: (_value, key) => key.length * 2 + ENTRY_OVERHEAD_BYTES,
    });
  }

  /** Entries now (for tests and metrics). */
  get size(): number {
    return this.cache.size;
  }

  /**
   * The cost of `operationName` in `document` with `variables`, from the cache when known. Answers
   * undefined when it cannot be computed (no such operation, variables that do not coerce): execution
   * then reports that itself, and the schema's per-request check stays in place.
   */
  costOf(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): QueryCost | undefined {
    const known = this.byDocument.get(document)?.get(operationName ?? '');
    if (known !== undefined) return known;
    const text = document.loc?.source.body;
    const operation = getOperationAST(document, operationName);
    if (text === undefined || !operation) return undefined;
    const usesVariables = (operation.variableDefinitions?.length ?? 0) > 0;
    const key = `${operationName ?? ''}\n${usesVariables ? JSON.stringify(variables ?? {}) : ''}\n${text}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return this.remember(document, operationName, usesVariables, cached);
    // The selected operation and the fragments: Pothos counts the first operation it finds.
    const selected = countedAsFetched({
      kind: Kind.DOCUMENT,
      definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
    });
    let cost: QueryCost;
    try {
      cost = complexityFromQuery(selected, { schema, variables: { ...variables }, ctx: {} });
    } catch {
      return undefined;
    }
    this.cache.set(key, cost);
    return this.remember(document, operationName, usesVariables, cost);
  }

  /** Keeps `cost` by document too, when the operation has no variables to change it. */
  private remember(
    document: DocumentNode,
    operationName: string | null | undefined,
    usesVariables: boolean,
    cost: QueryCost,
  ): QueryCost {
    if (usesVariables) return cost;
    let byName = this.byDocument.get(document);
    if (byName === undefined) {
      byName = new Map();
      this.byDocument.set(document, byName);
    }
    byName.set(operationName ?? '', cost);
    return cost;
  }
}

/**
 * The document as the connections will really fetch it: a field with a `first` argument (a
 * connection, or a search) whose selection asks for no items (`edges`/`nodes`) fetches one page
 * however large `first` is (src/resolvers/paging.ts), so it is costed as `first: 1`. The same
 * selection rule decides both (src/resolvers/selection.ts). Meta fields (`__typename`, which Apollo
 * Client adds to every selection, and introspection) cause no Spotify call and are left out: the
 * complexity plugin would count each `__typename` as 1, times every list around it.
 */
function countedAsFetched(document: DocumentNode): DocumentNode {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return visit(document, {
    Field(field) {
      if (field.name.value.startsWith('__')) return null;
      const first = field.arguments?.find((arg) => arg.name.value === 'first');
      if (!first || selectsItems(field.selectionSet, fragments)) return undefined;
      return {
        ...field,
        arguments: field.arguments?.map((arg) =>
          arg === first ? { ...arg, value: { kind: Kind.INT, value: '1' } } : arg,
        ),
      };
    },
  });
}

/**
 * Checks each operation's cost (the Spotify calls it can cause) before it runs, from QueryCosts, and
 * refuses one over MAX_QUERY_COST as a request error: one QUERY_TOO_COMPLEX error and no `data`
 * (HTTP 400 for `application/graphql-response+json`), before any resolver, so before any Spotify call.
 * The context is marked checked, so the schema's complexity plugin does not count again; it stays the
 * fallback when the cost cannot be computed here. Depth and breadth are document limits
 * (useDocumentLimits), checked before validation.
 */
export function useQueryCost(costs: QueryCosts): Plugin<GraphQLContext> {
  const check = (
    args: {
      schema: GraphQLSchema;
      document: DocumentNode;
      operationName?: string | null | undefined;
      variableValues?: Readonly<Record<string, unknown>> | null | undefined;
      contextValue: unknown;
    },
    refuse: (result: ExecutionResult) => void,
    extendContext: (extension: Partial<GraphQLContext>) => void,
  ): void => {
    const cost = costs.costOf(args.schema, args.document, args.operationName, args.variableValues);
    if (cost === undefined) return;
    const maxComplexity = (args.contextValue as GraphQLContext).maxCost ?? DEFAULT_MAX_COST;
    if (cost.complexity > maxComplexity) {
      refuse({ errors: [limitRefusal('QUERY_TOO_COMPLEX', cost.complexity, maxComplexity)] });
      return;
    }
    extendContext({ queryCostChecked: true });
  };
  return {
    onExecute({ args, extendContext, setResultAndStopExecution }) {
      check(args, setResultAndStopExecution, extendContext);
    },
    onSubscribe({ args, extendContext, setResultAndStopExecution }) {
      check(args, setResultAndStopExecution, extendContext);
    },
  };
}
