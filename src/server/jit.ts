/**
 * graphql-jit, with its answers made the same as graphql-js's. Its errors carry `locations` but no
 * `nodes`, `source` or `positions`, which graphql-yoga rebuilds every error from: without this
 * plugin each error would lose its locations under jit. The errors are rebuilt here, before yoga masks
 * them, from the operation's source text. (The other difference, a failed list item appended at the
 * end of its list, is taken care of by src/schema/settled-lists.ts.)
 */
import { type JITCache, useGraphQlJit } from '@envelop/graphql-jit';
import { type DocumentNode, type ExecutionResult, GraphQLError, getOperationAST, type Source } from 'graphql';

/** Start offsets of each line of `body` (index 0 is line 1). */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (const match of body.matchAll(/\r\n|[\n\r]/g)) starts.push((match.index ?? 0) + match[0].length);
  return starts;
}

function relocate(errors: readonly GraphQLError[], source: Source): GraphQLError[] {
  let starts: number[] | undefined;
  return errors.map((error) => {
    if (error.nodes !== undefined || error.positions !== undefined || !error.locations?.length) return error;
    starts ??= lineStarts(source.body);
    const lines = starts;
    const positions = error.locations.map(({ line, column }) => (lines[line - 1] ?? 0) + column - 1);
    return new GraphQLError(error.message, {
      source,
      positions,
      path: error.path ?? null,
      originalError: error.originalError ?? null,
      extensions: error.extensions,
    });
  });
}

/** An envelop plugin, as graphql-yoga's `plugins` takes it. */
type EnvelopPlugin = ReturnType<typeof useGraphQlJit>;

function sourceOf(document: DocumentNode): Source | undefined {
  return document.loc?.source;
}

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
 * The jit executor for operations where `enabled()` is true and whose document has been executed
 * `minUses` times (default JIT_AFTER_USES: first-seen documents run on graphql-js), plus the error rebuilding
 * above. Put before anything that reads result errors (yoga's error masking comes after every
 * plugin). Subscriptions always go to graphql-js `subscribe`: graphql-jit fails inside its
 * resolve-info builder on them.
 */
export function useParityJit(
  enabled: () => boolean,
  cache?: object,
  minUses = JIT_AFTER_USES,
): EnvelopPlugin[] {
  const relocateErrors: EnvelopPlugin = {
    onExecute({ args }) {
      const source = sourceOf(args.document);
      if (!enabled() || source === undefined) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const settled = result as ExecutionResult;
          setResult({ ...settled, errors: relocate(settled.errors ?? [], source) });
        },
      };
    },
  };
  const isSubscription = (document: DocumentNode, operationName?: string | null): boolean =>
    getOperationAST(document, operationName)?.operation === 'subscription';
  // The compiled operations by document text: a byte-bounded LRU when given (src/server/limits.ts).
  const jitCache = cache as JITCache | undefined;
  const repeated = new RepeatedDocuments(minUses);
  return [
    useGraphQlJit(
      {},
      {
        enableIf: (args) =>
          enabled() && !isSubscription(args.document, args.operationName) && repeated.use(args.document),
        ...(jitCache ? { cache: jitCache } : {}),
      },
    ),
    relocateErrors,
  ];
}
