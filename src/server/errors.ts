import { type ExecutionResult, GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin, maskError as yogaMaskError } from 'graphql-yoga';
import { reissue, toGraphQLError } from '../resolvers/errors.js';
import { UNSUPPORTED_ITEM } from '../resolvers/unmodelled.js';
import { AccountsServiceError, ReauthenticationRequired } from '../spotify/errors.js';
import { withArticle } from '../spotify/ids.js';
import { boundMessage, MESSAGE_CHARS } from '../spotify/quoted-input.js';
import { badValueError } from './bad-values.js';

/** The longest message an answer carries: input echoed in an error (a 10 MB id) is cut to this. */
export const MAX_ERROR_MESSAGE_LENGTH = MESSAGE_CHARS;

/**
 * `error` with its message cut to MAX_ERROR_MESSAGE_LENGTH characters (an ellipsis marks the cut), its
 * control characters, line separators, bidirectional controls, lone surrogates and noncharacters
 * escaped as `\u0000`, `\u202e` (boundMessage, as every refusal of input is: graphql-js's own
 * messages quote a variable's value raw, `Value "a<NUL>" does not exist in "SearchType" enum.`; v18
 * re-attack, LOW-3), its words otherwise as they are, and
 * without `extensions.originalError`: yoga puts the cause there (JSON.parse's message for an invalid
 * body, which quotes the whole body; an unexpected error's message and stack in development), so it
 * is never answered. The request's log line still names the cause (src/server/logging.ts).
 */
export function boundedError(error: GraphQLError): GraphQLError {
  const { originalError, ...rest } = error.extensions ?? {};
  const echoes = originalError !== undefined;
  // yoga answers a spec error (`http.spec`) with 200 under `accept: application/json` unless it has
  // an `originalError`: without it, the error's own status (400 for an invalid body) is kept so.
  const { spec: _spec, ...http } = (rest.http ?? {}) as { spec?: boolean };
  const extensions = rest.http === undefined ? rest : { ...rest, http };
  const message = boundMessage(error.message);
  if (message === error.message && !echoes) return error;
  return reissue(error, { message, ...(echoes ? { extensions } : {}) });
}

/** `errors` each bounded (boundedError), or undefined when none needs it. */
function boundedErrors(errors: readonly Error[]): Error[] | undefined {
  const bounded = errors.map((error) => (error instanceof GraphQLError ? boundedError(error) : error));
  return bounded.every((error, i) => error === errors[i]) ? undefined : bounded;
}

/** `result` with its errors bounded, or undefined when none needs it. */
function boundedResult(result: ExecutionResult): ExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  const errors = boundedErrors(result.errors);
  return errors === undefined ? undefined : { ...result, errors: errors as GraphQLError[] };
}

/**
 * The one place where every error a client can get passes before it is answered, whatever the
 * transport (HTTP, both SSE modes and graphql-ws all run yoga's envelope): validation errors (an
 * unknown field, argument, type, fragment, directive or variable named by a 500 KB name; a literal
 * that is not of its argument's type) after `validate`, and the errors of every execution result
 * (variables that do not coerce, quoting their value twice; refusals; each subscription event) after
 * `execute`/`subscribe`, each through boundedError (MAX_ERROR_MESSAGE_LENGTH). A document that does
 * not parse is thrown, and every transport masks thrown errors with maskError, which bounds them too.
 * Registered first, so that a plugin that ends an execution early (setResultAndStopExecution) is
 * still bounded.
 */
export function useBoundedErrors(): Plugin {
  const boundEach = handleStreamOrSingleExecutionResult;
  // One result of an operation (a query's, or each event of a stream): its errors bounded in place.
  const boundOne = ({
    result,
    setResult,
  }: {
    result: ExecutionResult;
    setResult: (next: ExecutionResult) => void;
  }) => {
    const bounded = boundedResult(result);
    if (bounded) setResult(bounded);
  };
  return {
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (valid) return;
        const errors = boundedErrors(result);
        if (errors !== undefined) setResult(errors);
      };
    },
    onExecute() {
      return {
        onExecuteDone: (payload) => boundEach(payload, boundOne),
      };
    },
    onSubscribe() {
      return {
        onSubscribeResult: (payload) => boundEach(payload, boundOne),
      };
    },
  };
}

/**
 * A masked error (what `maskError` answers) as a GraphQLError for a streamed operation's errors: a
 * GraphQLError as it is, any other Error as a GraphQLError with its message only (no extensions).
 */
export const asGraphQLError = (masked: Error): GraphQLError =>
  masked instanceof GraphQLError ? masked : new GraphQLError(masked.message);

/**
 * Spotify client errors become typed GraphQL errors (code, Spotify status, message, reason); GraphQL
 * errors we raised ourselves pass; anything else is masked as an unexpected error.
 */
export const maskError = createMaskError(() => {});

/**
 * True for a fault of the server's own configuration rather than of the request: the accounts
 * service refusing the app's client id or secret (RFC 6749 `invalid_client`, `unauthorized_client`).
 */
export function isConfigurationFault(error: unknown): boolean {
  if (!(error instanceof AccountsServiceError) || error instanceof ReauthenticationRequired) return false;
  const body = error.body as { error?: unknown } | undefined;
  return body?.error === 'invalid_client' || body?.error === 'unauthorized_client';
}

/**
 * yoga's `maskError`, as `maskError` above, plus: a configuration fault is shown to users only as
 * SERVER_MISCONFIGURED (HTTP 503) and reported to `report` once for the operator.
 */
export function createMaskError(
  report: (error: Error) => void,
): (error: unknown, message: string, isDev?: boolean) => Error {
  let reported = false;
  return (error, message, isDev) => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isConfigurationFault(original)) {
      if (!reported) {
        reported = true;
        report(original as Error);
      }
      // The cause stays for the request's log line (never in the answer: GraphQL errors serialize
      // their message, locations, path and extensions only).
      return new GraphQLError('The server cannot sign in to Spotify: its operator has been told', {
        originalError: original as Error,
        extensions: { code: 'SERVER_MISCONFIGURED', http: { status: 503 } },
      });
    }
    const masked = namingTheField(mapError(error, message, isDev));
    return masked instanceof GraphQLError ? boundedError(masked) : masked;
  };
}

/**
 * GraphQL's own message when a resolver's value is not of the field's type ("Expected value of type
 * "Track" but got: {...}", graphql-jit without the quotes): it quotes the whole value, here an object
 * Spotify sent. The executors' wording is matched, as they give the error no code of their own.
 */
const WRONG_TYPE = /^Expected value of type "?([A-Za-z_]+)"? but got: /;

/**
 * A value of the wrong type for its field (an object Spotify sent that the schema does not model: of
 * another type, without the usable id a Node needs, or disagreeing with itself; see isSpotifyType) as SPOTIFY_UNSUPPORTED_ITEM,
 * without echoing the value; undefined for any other error.
 */
function wrongTypeError(error: GraphQLError): GraphQLError | undefined {
  const match = WRONG_TYPE.exec(error.message);
  if (!match) return undefined;
  return reissue(error, {
    message: `Spotify sent an object where ${withArticle(match[1] ?? '')} belongs that is none (another type, no usable id, or a uri or flag naming another object), which this API does not model`,
    extensions: { code: UNSUPPORTED_ITEM },
    originalError: null,
  });
}

/**
 * The typed error a value Spotify sent becomes when the executor refused it (see wrongTypeError and
 * badValueError), in place of the executor's own text; undefined for any other error. The log reports
 * it so too (src/server/logging.ts): Spotify's data, in the server's words, never graphql-js's.
 */
export function spotifyValueError(error: GraphQLError): GraphQLError | undefined {
  return wrongTypeError(error) ?? badValueError(error);
}

/** The client library's Development Mode refusal (src/spotify/errors.ts NotAvailableInDevelopmentMode). */
const DEVELOPMENT_MODE_REFUSAL = /^The endpoint (\S+) is not available to apps in Development Mode$/;

/**
 * NOT_AVAILABLE_IN_DEVELOPMENT_MODE naming the field the client asked for (its response path, such as
 * `artist.topTracks`) before Spotify's endpoint id, which a frontend does not know; other errors, and
 * one without a path, unchanged.
 */
function namingTheField(error: Error): Error {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== 'NOT_AVAILABLE_IN_DEVELOPMENT_MODE')
    return error;
  const endpoint = DEVELOPMENT_MODE_REFUSAL.exec(error.message)?.[1];
  const field = error.path?.filter((key) => typeof key === 'string').join('.');
  if (endpoint === undefined || !field) return error;
  return reissue(error, {
    message: `${field} is not available to apps in Development Mode (Spotify's ${endpoint} answers Extended Quota apps only)`,
  });
}

function mapError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError) {
    const wrongType = spotifyValueError(error);
    if (wrongType) return wrongType;
    const original = error.originalError;
    if (original === undefined || original instanceof GraphQLError) return error;
    const mapped = toGraphQLError(original);
    if (mapped)
      return reissue(error, { message: mapped.message, extensions: mapped.extensions, originalError: null });
  } else {
    const mapped = toGraphQLError(error);
    if (mapped) return mapped;
  }
  return yogaMaskError(error, message, isDev);
}
