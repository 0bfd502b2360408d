/**
 * One error for the same failure repeated down a list (issue 7). A child field that fails for the same
 * reason on every entry of a list gave one error per entry: `tracks(ids: <100 ids>) { audioFeatures }`
 * under 4 aliases in Development Mode was 400 NOT_AVAILABLE_IN_DEVELOPMENT_MODE errors, 117 KB for a
 * 2.7 KB request; a missing scope on a per-entry flag, a rate limit or a Spotify 5xx hitting every
 * entry's call did the same. The errors of one answer that a client would read alike (the same code,
 * message, extensions and locations, as masked for the answer) at paths that differ only by list indexes are
 * answered once, on the first of those paths in the answer's order, its message followed by how many
 * more paths it stands for and the first of them (`; 399 more paths the same, each null:
 * a.1.audioFeatures, ...`), with extensions `repeatedCount` (how many paths it stands for, its own
 * included) and `repeated` (the first REPEATS_NAMED of those paths, its own first); the entries at
 * the other paths stay null as before. Errors merge only at the same place of the query (the same
 * `locations`): two fields answering under one response key (`x: tracks` on Album and `x: episodes` on
 * Show, s44 attack F3) stay apart, each keeping its own `locations`. The pair mirrors a list's one
 * refusal (`refusedCount`, the entries it stands for, and `refused`, the first of their indexes:
 * src/resolvers/ids.ts), so a client reads either alike; `repeated` holds whole paths, since the entries may sit in several lists
 * (`albums.0.tracks.edges.3.node.audioFeatures`). Errors of different codes, messages (one naming an
 * id) or extensions (a different `retryAfter`) stay apart: no error loses anything but its path.
 */
import { type ExecutionResult, GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { reissue } from '../resolvers/errors.js';
import { boundMessage, MESSAGE_CHARS } from '../spotify/quoted-input.js';

type Step = string | number;

/** How many paths a repeated error's `repeated` holds (its own and 5 more), as `refused` holds 6 indexes. */
export const REPEATS_NAMED = 6;

/** The errors this module made: already in their answered form, so the server's masking passes them. */
const merged = new WeakSet<Error>();

/** Whether `error` is one error standing for repeated ones (already masked: masking leaves it as it is). */
export const isRepeatedError = (error: unknown): boolean => error instanceof Error && merged.has(error);

/** A path's shape: its list indexes wildcarded (`a.#.audioFeatures`), its keys as they are. */
const shapeOf = (path: readonly Step[]): string =>
  path.map((step) => (typeof step === 'number' ? '#' : `.${step}`)).join('');

/** A path as written in a message: `a.1.audioFeatures`. */
const written = (path: readonly Step[]): string => path.join('.');

/**
 * What a client reads of `shown` (a masked error) besides its path, or undefined for an error never
 * made one: an unexpected error (INTERNAL_SERVER_ERROR, a bug), which keeps yoga's log of its cause,
 * and one whose extensions cannot be written.
 */
function readAlike(shown: Error): string | undefined {
  if (!(shown instanceof GraphQLError) || shown.extensions?.code === 'INTERNAL_SERVER_ERROR')
    return undefined;
  try {
    return JSON.stringify([shown.message, shown.extensions ?? {}]);
  } catch {
    return undefined;
  }
}

/** `text` cut to at most `chars` characters (whole code points), an ellipsis ending a cut one. */
function fitted(text: string, chars: number): string {
  if (text.length <= chars) return text;
  let kept = '';
  for (const c of text) {
    if (kept.length + c.length > chars - 1) break;
    kept += c;
  }
  return `${kept}…`;
}

/**
 * The one error for `group` (at least two masked errors read alike, in the answer's order): the first,
 * its message followed by the count and as many of the other paths as fit MESSAGE_CHARS (at most
 * REPEATS_NAMED - 1), with `repeatedCount` and `repeated`. The bound cuts the path list first and then
 * the first message, never the count: `; 1 more path the same, null: a.1.x`,
 * `; 99 more paths the same, each null: a.1.x, ... and 94 more`.
 */
function repeatedError(group: readonly GraphQLError[]): GraphQLError {
  const [first] = group as [GraphQLError];
  const others = group.slice(1).map((error) => error.path ?? []);
  const named: string[] = [];
  const count =
    others.length === 1
      ? '; 1 more path the same, null'
      : `; ${others.length} more paths the same, each null`;
  const tail = (): string => {
    const rest = others.length - named.length;
    const list = named.length > 0 ? `: ${named.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}` : '';
    return `${count}${list}`;
  };
  const head = boundMessage(first.message);
  for (const path of others.slice(0, REPEATS_NAMED - 1)) {
    named.push(written(path));
    if (head.length + tail().length > MESSAGE_CHARS) {
      named.pop();
      break;
    }
  }
  const message = `${fitted(head, MESSAGE_CHARS - tail().length)}${tail()}`;
  const error = reissue(first, {
    message,
    extensions: {
      ...first.extensions,
      repeatedCount: group.length,
      repeated: group.slice(0, REPEATS_NAMED).map((each) => each.path ?? []),
    },
  });
  merged.add(error);
  return error;
}

/**
 * `errors` (in the answer's order) with each set of repeats made one (see the module's comment):
 * `mask` gives an error's answered form, asked only of errors whose path shape another error shares.
 * The same array when nothing repeats.
 */
export function withoutRepeats(
  errors: readonly GraphQLError[],
  mask: (error: GraphQLError) => Error,
): readonly GraphQLError[] {
  const byShape = new Map<string, number>();
  for (const error of errors)
    if (error.path?.some((step) => typeof step === 'number')) {
      const shape = shapeOf(error.path);
      byShape.set(shape, (byShape.get(shape) ?? 0) + 1);
    }
  if (![...byShape.values()].some((count) => count > 1)) return errors;
  const groups = new Map<string, GraphQLError[]>();
  const kept: (GraphQLError | string)[] = errors.map((error) => {
    if (error.path === undefined || (byShape.get(shapeOf(error.path)) ?? 0) < 2) return error;
    const shown = mask(error);
    const alike = readAlike(shown);
    if (alike === undefined || !(shown instanceof GraphQLError)) return error;
    // Two fields under one response key (`x: tracks` on Album, `x: episodes` on Show) share a path
    // shape: their places in the query (`locations`) keep them apart, so neither loses its own.
    const key = `${shapeOf(error.path)}\u0000${alike}\u0000${JSON.stringify(shown.locations ?? [])}`;
    const group = groups.get(key);
    if (group !== undefined) group.push(shown);
    else groups.set(key, [shown]);
    return group === undefined ? key : '';
  });
  if ([...groups.values()].every((group) => group.length < 2)) return errors;
  return kept.flatMap((entry, i) => {
    if (typeof entry !== 'string') return [entry];
    if (entry === '') return [];
    const group = groups.get(entry) as GraphQLError[];
    return [group.length > 1 ? repeatedError(group) : (errors[i] as GraphQLError)];
  });
}

/**
 * Makes repeated errors one in every answer (withoutRepeats), whatever the transport: a query's or
 * mutation's result and each event of a subscription (HTTP, both SSE modes and graphql-ws run yoga's
 * envelope). `mask` is the server's error masking (what yoga applies after this plugin), so errors are
 * compared as the client would read them; the server's masking must pass isRepeatedError's errors.
 * Put after useOrderedErrors: the one error sits on the first path in the answer's order.
 */
export function useRepeatedErrorsOnce(mask: (error: GraphQLError) => Error): Plugin {
  const once = ({
    result,
    setResult,
  }: {
    result: ExecutionResult;
    setResult: (next: ExecutionResult) => void;
  }) => {
    if (!result.errors || result.errors.length < 2) return;
    const errors = withoutRepeats(result.errors, mask);
    if (errors !== result.errors) setResult({ ...result, errors });
  };
  return {
    onExecute() {
      return { onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, once) };
    },
    onSubscribe() {
      return { onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, once) };
    },
  };
}
