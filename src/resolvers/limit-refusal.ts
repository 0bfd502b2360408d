import { GraphQLError } from 'graphql';

/** The `extensions.code` of each limit a request can be refused for before it runs. */
export type LimitCode =
  | 'TOO_MANY_TOKENS'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_BROAD'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_DIRECTIVES'
  | 'QUERY_TOO_COMPLEX'
  | 'ANSWER_TOO_LARGE';

/** What each limit measures, as its message and extensions name it (`depth`, `maxDepth`, ...). */
const MEASURE: Record<LimitCode, string> = {
  TOO_MANY_TOKENS: 'tokens',
  QUERY_TOO_DEEP: 'depth',
  QUERY_TOO_BROAD: 'breadth',
  TOO_MANY_ALIASES: 'aliases',
  TOO_MANY_DIRECTIVES: 'directives',
  QUERY_TOO_COMPLEX: 'complexity',
  ANSWER_TOO_LARGE: 'values',
};

/** How the message names a measure whose name alone does not read as English. */
const WORDING: Partial<Record<LimitCode, string>> = { ANSWER_TOO_LARGE: 'values in an answer' };

/**
 * The one error a request gets when a limit refuses it, whichever limit and wherever it is checked:
 * `The query exceeds the maximum depth (17, at most 16)`, with `extensions` `{ code, depth: 17,
 * maxDepth: 16 }` (the figure omitted when the check does not know it; `atLeast` when the check
 * stopped counting, worded `(at least 50000, at most 5000)`). Figures are whole numbers: a cost adds fractions (an object is a share of a batch call) and
 * is shown rounded up. As a request error (GraphQL over HTTP), it answers HTTP 400 to a client that
 * accepts `application/graphql-response+json` and 200 to one that accepts only `application/json`
 * (yoga's `http.spec`).
 */
export function limitRefusal(
  code: LimitCode,
  found: number | undefined,
  max: number,
  { atLeast = false }: { atLeast?: boolean } = {},
): GraphQLError {
  const measure = MEASURE[code];
  const shown = found === undefined ? undefined : Math.ceil(found);
  const maxName = `max${measure[0]?.toUpperCase()}${measure.slice(1)}`;
  const figure = shown === undefined ? '' : `${atLeast ? 'at least ' : ''}${shown}, `;
  return new GraphQLError(
    `The query exceeds the maximum ${WORDING[code] ?? measure} (${figure}at most ${max})`,
    {
      extensions: {
        code,
        ...(shown === undefined ? {} : { [measure]: shown }),
        [maxName]: max,
        http: { status: 400, spec: true },
      },
    },
  );
}
