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
 * The jit executor for operations where `enabled()` is true, plus the error rebuilding above. Put
 * before anything that reads result errors (yoga's error masking comes after every plugin).
 * Subscriptions always go to graphql-js `subscribe`: graphql-jit fails inside its resolve-info builder
 * on them.
 */
export function useParityJit(enabled: () => boolean, cache?: object): EnvelopPlugin[] {
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
  return [
    useGraphQlJit(
      {},
      {
        enableIf: (args) => enabled() && !isSubscription(args.document, args.operationName),
        ...(jitCache ? { cache: jitCache } : {}),
      },
    ),
    relocateErrors,
  ];
}
