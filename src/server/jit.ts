/**
 * graphql-jit, only where it answers as graphql-js does (GRAPHQL_JIT opts in). Measured on 2 shared
 * cores (NODE_ENV=production, alternating rounds): a compiled 100-track answer costs 1.5-1.65x less CPU
 * than graphql-js; the warm album query 1.02-1.17x less. Its answers differ in three ways, each kept
 * out here: an object's keys follow a fragment's fields first when a fragment comes first (documents
 * with fragments stay on graphql-js), mutations and subscriptions (graphql-js keeps them), and errors
 * (non-null violations worded its own way, a failed list item appended at the end of its list, no
 * `nodes` for yoga to locate errors by): an answer with errors is made again by graphql-js from the
 * request's loads and its kept reads (replayReads: failed ones too), which repeat no Spotify call.
 */
import { type JITCache, useGraphQlJit } from '@envelop/graphql-jit';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { GraphQLContext } from '../resolvers/context.js';
import { replayReads } from '../resolvers/request-client.js';
import { documentFeatures } from './applicable-rules.js';

/** An envelop plugin, as graphql-yoga's `plugins` takes it. */
type EnvelopPlugin = ReturnType<typeof useGraphQlJit>;

/** The executor an envelop plugin's onExecute is handed. */
type ExecuteFn = Parameters<NonNullable<EnvelopPlugin['onExecute']>>[0]['executeFn'];

/**
 * The executions a document needs before graphql-jit compiles it. Measured with bench/first-seen.ts
 * on the warm album query: compiling costs about 5 ms of CPU more than one graphql-js execution
 * (6.5 ms against 1.2-1.6 ms), and the compiled form then saves 2-5% of a 1.2-1.4 ms request, about
 * 0.04 ms: it pays for itself after roughly 130 runs. A document sent once, a handful of times, or an
 * abuser's stream of distinct documents stays on graphql-js; the server's hot operations get compiled.
 */
export const JIT_AFTER_USES = 100;

/**
 * Counts the executions of each parsed document, so that only documents seen `minUses` times are
 * compiled. Keyed weakly by the
 * AST that yoga's byte-bounded document cache hands back for the same text, so the counts go with the
 * documents.
 */
export class RepeatedDocuments {
  private readonly uses = new WeakMap<DocumentNode, number>();

  constructor(private readonly minUses: number) {}

  /** Records one execution of `document`; true once it has been executed `minUses` times. */
  use(document: DocumentNode): boolean {
    if (this.minUses <= 1) return true;
    const count = (this.uses.get(document) ?? 0) + 1;
    if (count >= this.minUses) return true;
    this.uses.set(document, count);
    return false;
  }
}

/**
 * The jit executor for queries without fragments where `enabled()` is true and whose document has been
 * executed `minUses` times (default JIT_AFTER_USES: first-seen documents run on graphql-js); an answer
 * it makes with errors is made again by graphql-js within the executor, so that every plugin's
 * onExecuteDone, before or after these in the list, sees only the answer graphql-js would give (the
 * cookie hint, bounded errors, error order). Plugins after these that set an executor wrap this one.
 */
export function useParityJit(
  enabled: () => boolean,
  cache?: object,
  minUses = JIT_AFTER_USES,
): EnvelopPlugin[] {
  // The executions graphql-jit runs, by their context.
  const jitted = new WeakSet<object>();
  // The executor graphql-jit replaces (graphql-js's), by context: the redo of an errored answer.
  const plain = new WeakMap<object, ExecuteFn>();
  const keepPlain: EnvelopPlugin = {
    onExecute({ args, executeFn }) {
      if (enabled()) plain.set(args.contextValue as object, executeFn);
    },
  };
  // Inside the executor, not after it: every plugin that reads or rewrites an answer's errors (in
  // onExecuteDone, wherever it stands in the list) sees graphql-js's answer, as without graphql-jit.
  const rerunFailures: EnvelopPlugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as object;
      const graphqlJs = plain.get(context);
      plain.delete(context);
      if (!jitted.has(context) || graphqlJs === undefined) return;
      jitted.delete(context);
      setExecuteFn((executeArgs) =>
        Promise.resolve(executeFn(executeArgs)).then((result) =>
          // graphql-jit words and places errors its own way (non-null violations, failed list items): an
          // answer with errors is made again by graphql-js, from the request's loads (no call is repeated).
          'errors' in result && result.errors?.length ? graphqlJs(executeArgs) : result,
        ),
      );
    },
  };
  // The compiled operations by document text: a byte-bounded LRU when given (src/server/limits.ts).
  const jitCache = cache as JITCache | undefined;
  const repeated = new RepeatedDocuments(minUses);
  return [
    keepPlain,
    useGraphQlJit(
      {},
      {
        enableIf: (args) => {
          const use =
            enabled() && answersAlike(args.document, args.operationName) && repeated.use(args.document);
          if (use) {
            jitted.add(args.contextValue as object);
            // The redo of an errored answer reads what this execution read, failures included.
            replayReads(args.contextValue as GraphQLContext);
          }
          return use;
        },
        ...(jitCache ? { cache: jitCache } : {}),
      },
    ),
    rerunFailures,
  ];
}

/**
 * Whether graphql-jit's answer to the operation has graphql-js's shape: a query (mutations keep
 * graphql-js's order of side effects; subscriptions fail in graphql-jit's resolve-info builder) without
 * fragments (graphql-jit orders an object's keys differently from the document when a fragment's fields
 * come first, where the GraphQL spec asks for the document's order). The fragments are read once per
 * document, with what validation reads of it (documentFeatures).
 */
function answersAlike(document: DocumentNode, operationName?: string | null): boolean {
  const features = documentFeatures(document);
  if (features === undefined || features.fragmentDefinitions || features.inlineFragments) return false;
  return getOperationAST(document, operationName)?.operation === 'query';
}
