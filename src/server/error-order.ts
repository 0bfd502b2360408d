/**
 * An answer's errors in one order whatever the executor and the timing: graphql-js lists them as the
 * fields fail, and graphql-jit's answer made again by graphql-js from settled loads fails them in
 * another order (v10 attack on issue 7, F1). Sorted by path in the answer's order: errors without a
 * path first, then by each path's first differing step (a list index by number, a field by its key's
 * place in the answer's `data` object there, else by name), a parent's before its children's, and
 * errors at one path by message. The same errors and data give the same order in both executors.
 */
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Step = string | number;

/** The object at `path` in `data`, if any. */
function at(data: unknown, path: readonly Step[]): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[step as string];
  }
  return node;
}

/** How two errors' paths order in `data` (see the module's comment). */
export function comparePaths(data: unknown, a: readonly Step[], b: readonly Step[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i += 1) {
    const x = a[i] as Step;
    const y = b[i] as Step;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    const parent = at(data, a.slice(0, i));
    const keys = parent !== null && typeof parent === 'object' ? Object.keys(parent) : [];
    const [p, q] = [keys.indexOf(x), keys.indexOf(y)];
    if (p >= 0 && q >= 0) return p - q;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** `errors` in the answer's order (see the module's comment). */
export function orderedErrors(data: unknown, errors: readonly GraphQLError[]): GraphQLError[] {
  return [...errors].sort((e, f) => {
    if (e.path === undefined || f.path === undefined) return (e.path ? 1 : 0) - (f.path ? 1 : 0);
    const byPath = comparePaths(data, e.path, f.path);
    if (byPath !== 0) return byPath;
    return e.message < f.message ? -1 : e.message > f.message ? 1 : 0;
  });
}

/** Orders every answer's errors (see the module's comment). Put after graphql-jit's plugin. */
export function useOrderedErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          const answer = result as ExecutionResult;
          if (!answer.errors || answer.errors.length < 2) return;
          setResult({ ...answer, errors: orderedErrors(answer.data, answer.errors) });
        },
      };
    },
  };
}
