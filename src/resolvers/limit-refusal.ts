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

/**
 * How each message words the figure found (`count`), a refusal whose figure the check does not know
 * (`over`), and the setting that holds the limit (the README's configuration table).
 */
const WORDING: Record<LimitCode, { count: (figure: string) => string; over: string; setting: string }> = {
  TOO_MANY_TOKENS: { count: (n) => `has ${n} tokens`, over: 'has too many tokens', setting: 'MAX_TOKENS' },
  QUERY_TOO_DEEP: { count: (n) => `is ${n} levels deep`, over: 'is too deep', setting: 'MAX_DEPTH' },
  QUERY_TOO_BROAD: {
    count: (n) => `selects ${n} fields`,
    over: 'selects too many fields',
    setting: 'MAX_BREADTH',
  },
  TOO_MANY_ALIASES: {
    count: (n) => `has ${n} aliases`,
    over: 'has too many aliases',
    setting: 'MAX_ALIASES',
  },
  TOO_MANY_DIRECTIVES: {
    count: (n) => `has ${n} directives`,
    over: 'has too many directives',
    setting: 'MAX_DIRECTIVES',
  },
  QUERY_TOO_COMPLEX: {
    count: (n) => `may make about ${n} Spotify calls`,
    over: 'could not be estimated in Spotify calls, so it is not run',
    setting: 'MAX_QUERY_COST',
  },
  ANSWER_TOO_LARGE: {
    count: (n) => `may answer with about ${n} values`,
    over: 'may answer with too many values',
    setting: 'MAX_ANSWER_VALUES',
  },
};

/**
 * The one error a request gets when a limit refuses it, whichever limit and wherever it is checked:
 * what was counted, the figure, the limit and the setting that raises it, `The query is 17 levels
 * deep; MAX_DEPTH allows 16`, with `extensions` `{ code, depth: 17, maxDepth: 16 }` (the figure
 * omitted when the check does not know it, `The query is too deep; ...`; `at least 50000` when the
 * check stopped counting). `setting` names the limit where the code's own setting alone does not
 * (a `__schema` subtree's depth). Figures are whole numbers: a cost adds fractions (an object is a
 * share of a batch call) and is shown rounded up. As a request error (GraphQL over HTTP), it answers
 * HTTP 400 to a client that accepts `application/graphql-response+json` and 200 to one that accepts
 * only `application/json` (yoga's `http.spec`).
 */
export function limitRefusal(
  code: LimitCode,
  found: number | undefined,
  max: number,
  { atLeast = false, setting }: { atLeast?: boolean; setting?: string | undefined } = {},
): GraphQLError {
  const measure = MEASURE[code];
  const wording = WORDING[code];
  const shown = found === undefined ? undefined : Math.ceil(found);
  const maxName = `max${measure[0]?.toUpperCase()}${measure.slice(1)}`;
  const what = shown === undefined ? wording.over : wording.count(`${atLeast ? 'at least ' : ''}${shown}`);
  return new GraphQLError(`The query ${what}; ${setting ?? wording.setting} allows ${max}`, {
    extensions: {
      code,
      ...(shown === undefined ? {} : { [measure]: shown }),
      [maxName]: max,
      http: { status: 400, spec: true },
    },
  });
}
