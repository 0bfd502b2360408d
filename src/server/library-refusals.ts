import { type DocumentNode, GraphQLError, getOperationAST, Kind } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { acceptsAnyAnswer, acceptsStream } from './accept-negotiation.js';
import { requestRecordOf } from './logging.js';
import { noteErrorCodes } from './request-record.js';
import { SSE_SINGLE_CONNECTION_PATH } from './sse-single-connection.js';
import { queryStringFault, strictUtf8Parser } from './utf8-input.js';
import { webSocketOperationOf } from './ws-operations.js';

/**
 * graphql-yoga's own refusals in the server's error shape. yoga answers some requests itself, before
 * or around the server's plugins, and not as a GraphQL error with a code:
 * - a POST whose Content-Type no request parser reads (`text/plain`: what `fetch` sends when the
 *   JSON body has no header) is 415 with an empty body;
 * - an Accept that names no type yoga answers (a subscription under `accept: application/json`, a
 *   query under `accept: text/html`) is 406 with an empty body, and only after the operation ran (yoga
 *   picks its result processor by the result): a mutation was applied, a subscription had started.
 *   Here the Accept is negotiated first, with yoga's rules (acceptsAnyAnswer, acceptsStream): a request
 *   whose Accept names no answer type is refused before its body is read, a subscription whose Accept
 *   names no stream once its document is parsed, before validation, sign-in or any Spotify call;
 * - a `variables` or `extensions` parameter that is not JSON (GET, form bodies) is an unexpected
 *   SyntaxError, masked as 500 INTERNAL_SERVER_ERROR and logged as the server's fault; a multipart
 *   `operations` field that is not JSON is an error without a code;
 * - a POST without `query` is 400 to a JSON-only client but 200 to an `application/json` one (yoga
 *   treats it as a request error of a well-formed request); here it is 400 for every client;
 * - a body or a GET query string that is not UTF-8 is read with U+FFFD for its bad bytes (utf8-input.ts
 *   refuses it with 400 BAD_REQUEST);
 * - a document whose operation cannot be chosen (several without `operationName`, or an unknown
 *   `operationName`) is OPERATION_RESOLUTION_FAILURE "Could not determine what operation to execute.",
 *   a code the README's Errors table does not have (it names these GRAPHQL_VALIDATION_FAILED).
 * Each of them becomes `{errors: [{message, extensions: {code}}]}` with its status (415, 406, 400) and a
 * code of the README's table (BAD_REQUEST, GRAPHQL_VALIDATION_FAILED), with a message that says what
 * to send instead. Put first among the plugins, so that the request log, the metrics and Vary see the
 * answers it makes; it comes after yoga's request parsers (any user plugin is) and before the plugins that
 * answer a response's headers (CORS's and Vary's are kept: the answer takes the refused one's headers).
 */
export function useLibraryRefusals(): Plugin {
  // One wrapper per parser yoga chooses (its few parsers are module functions), made once, not a
  // closure per request.
  const wrapped = new WeakMap<RequestParser, RequestParser>();
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      if (requestParser === undefined) return;
      if (!acceptsAnyAnswer(request)) {
        endResponse(refusalResponse(request, fetchAPI, notAcceptable(request, undefined)));
        return;
      }
      const fault = request.method === 'GET' ? queryStringFault(request.url) : undefined;
      if (fault !== undefined) {
        endResponse(refusalResponse(request, fetchAPI, { message: fault, status: 400 }));
        return;
      }
      // Text that is not UTF-8 is refused, never read with U+FFFD in place of its bad bytes.
      const strict = strictUtf8Parser(requestParser, request, fetchAPI);
      let parser = wrapped.get(strict);
      if (parser === undefined) {
        parser = withParameterErrors(strict);
        wrapped.set(strict, parser);
      }
      setRequestParser(parser);
      // Before onParams and useQuerylessGetAnswer (this plugin comes first), for POST and GET alike.
      return { onRequestParseDone: ({ requestParserResult }) => refusePersistedQuery(requestParserResult) };
    },
    // A POST without `query` is no well-formed GraphQL request (GraphQL over HTTP): 400 for every
    // client. yoga's own check answers it 200 to an `application/json` client, as a request error of a
    // well-formed request. A GET without one is useQuerylessGetAnswer's.
    onParams({ params, request }) {
      if (request.method !== 'POST' || Array.isArray(params) || params.query != null) return;
      throw createGraphQLError(
        'The request has no query: send a JSON body {"query": "..."} (variables and operationName beside it)',
        { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
      );
    },
    onParse({ context }) {
      const { request, params } = context as {
        request?: Request;
        params?: { operationName?: string | null };
      };
      if (request === undefined) return;
      const operationName = params?.operationName ?? undefined;
      // A non-string operationName is yoga's parameter check's (400 BAD_REQUEST).
      if (operationName !== undefined && typeof operationName !== 'string') return;
      const overHttp = httpRequestOf(context);
      return ({ result }) => {
        if (result instanceof Error || result === null) return;
        const refusal = operationChoiceError(result as DocumentNode, operationName);
        if (refusal !== undefined) throw refusal;
        if (overHttp === undefined || acceptsStream(overHttp)) return;
        const operation = getOperationAST(result as DocumentNode, operationName);
        if (operation?.operation !== 'subscription') return;
        const { message, status } = streamNotAcceptable(overHttp);
        throw createGraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status } } });
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 415 && response.status !== 406) return;
      if (response.headers.get('content-type') !== null || request.method === 'HEAD') return;
      const refusal = response.status === 415 ? unsupportedType(request) : notAcceptable(request, response);
      setResponse(refusalResponse(request, fetchAPI, refusal, response.headers));
    },
  };
}

/** The code of the answer to an Apollo-style persisted query (a hash without `query`). */
export const PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED';

/**
 * An automatic persisted query (Apollo's APQ: `extensions.persistedQuery` with a `sha256Hash` and no
 * `query`) is refused with 400 PERSISTED_QUERY_NOT_SUPPORTED, the code Apollo Client's persisted-query
 * link reads as "turn persisted queries off and send the query text" (it retries at once with
 * `query`, which is then served: its `extensions` are not read). It was BAD_REQUEST "The request has
 * no query", which such a client takes for a fault of its own. Throws; returns for any other request.
 */
function refusePersistedQuery(params: unknown): void {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return;
  const { query, extensions } = params as { query?: unknown; extensions?: unknown };
  if (query != null || extensions === null || typeof extensions !== 'object') return;
  if (!('persistedQuery' in extensions)) return;
  throw createGraphQLError(
    'Persisted queries are not supported by this server: send the query text in "query" (a persisted-query client such as Apollo Client\'s link does so on this code)',
    { extensions: { code: PERSISTED_QUERY_NOT_SUPPORTED, http: { status: 400 } } },
  );
}

/**
 * The refusal's answer, `{errors: [{message, extensions: {code: BAD_REQUEST}}]}` with its status and
 * `headers` (the refused answer's), and BAD_REQUEST among the request's logged error codes.
 */
function refusalResponse(
  request: Request,
  fetchAPI: { Headers: typeof Headers; Response: typeof Response },
  { message, status }: { message: string; status: number },
  refused?: Headers,
): Response {
  const record = requestRecordOf(request);
  const errors = [{ message, extensions: { code: 'BAD_REQUEST' } }];
  if (record) noteErrorCodes(record, errors);
  const headers = new fetchAPI.Headers(refused);
  headers.set('content-type', 'application/json; charset=utf-8');
  return new fetchAPI.Response(JSON.stringify({ errors }), { status, headers });
}

/**
 * The HTTP request an operation came in, when its answer is negotiated by its Accept: not a graphql-ws
 * operation, nor one of graphql-sse's single-connection mode (its events go to the stream, whatever the
 * POST that started it accepts).
 */
function httpRequestOf(context: object): Request | undefined {
  const { request } = context as { request?: Request };
  if (request === undefined || webSocketOperationOf(context)) return undefined;
  if ((request.url.split('?')[0] ?? '').endsWith(SSE_SINGLE_CONNECTION_PATH)) return undefined;
  return request;
}

/** A request parser of yoga's (graphql-yoga does not export its type). */
type RequestParser = Parameters<Parameters<NonNullable<Plugin['onRequestParse']>>[0]['setRequestParser']>[0];

/** `parse` with its failures as parameterError's (the request it parses gives the URL read). */
function withParameterErrors(parse: RequestParser): RequestParser {
  return async (request) => {
    try {
      return await parse(request);
    } catch (error) {
      throw parameterError(error, request);
    }
  };
}

/** The longest part of a request (a Content-Type, an Accept, an operation name) a message quotes. */
const QUOTED = 100;
const quoted = (value: string): string => JSON.stringify(value.slice(0, QUOTED));

/** The 415 (or 405 for a method yoga reads no body of) of a request no parser reads. */
function unsupportedType(request: Request): { message: string; status: number } {
  if (request.method !== 'POST')
    return {
      message: `Method ${request.method.slice(0, 16)} is not supported on /graphql: send GET or POST`,
      status: 405,
    };
  const type = request.headers.get('content-type');
  return {
    message:
      `${type === null ? 'A POST without Content-Type' : `Content-Type ${quoted(type)}`} is not supported: send ` +
      "the JSON body with Content-Type: application/json (fetch: headers: {'content-type': 'application/json'})",
    status: 415,
  };
}

/** The 406 of a subscription whose Accept names no stream. */
function streamNotAcceptable(request: Request): { message: string; status: number } {
  return {
    message:
      `A subscription is a stream and Accept ${quoted(request.headers.get('accept') ?? '')} names no stream: ` +
      'send Accept: text/event-stream (SSE), or use graphql-ws (WebSocket) on this path',
    status: 406,
  };
}

/**
 * The 406 of a request whose Accept names no type yoga answers with (this result's, by yoga's refused
 * `response`, when it is yoga's).
 */
function notAcceptable(
  request: Request,
  response: Response | undefined,
): { message: string; status: number } {
  const acceptable = (response?.headers.get('accept') ?? '')
    .split(',')
    .map((type) => type.split(';')[0]?.trim());
  const accept = request.headers.get('accept') ?? '';
  if (acceptable.length > 0 && acceptable.every((type) => type === 'text/event-stream'))
    return streamNotAcceptable(request);
  return {
    message:
      `Accept ${quoted(accept)} names no type this server answers with: send Accept: ` +
      'application/graphql-response+json or application/json (text/event-stream for a subscription)',
    status: 406,
  };
}

/**
 * A request parser's failure as BAD_REQUEST (400): a `variables`, `extensions` or `operations`
 * parameter that is not valid JSON (JSON.parse's SyntaxError, which quotes the input: not echoed), or
 * yoga's error without a code. Its own errors with a code (an invalid JSON body, 413) pass.
 */
function parameterError(error: unknown, request: Request): unknown {
  if (error instanceof GraphQLError) {
    if (error.extensions?.code !== undefined) return error;
    return createGraphQLError(error.message, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  if (!(error instanceof SyntaxError) && !(error instanceof URIError)) return error;
  const names = ['variables', 'extensions'].filter((name) => jsonParameterBroken(request, name));
  const named = names.length > 0 ? names.join(' and ') : 'variables or extensions';
  return createGraphQLError(
    `The ${named} parameter${names.length > 1 ? 's are' : ' is'} not valid JSON: send a JSON object ` +
      `(URL-encoded in a GET: variables=${encodeURIComponent('{"id":"..."}')})`,
    { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
  );
}

/** Whether a GET's URL parameter `name` is present and not JSON (a form body's is not looked at). */
function jsonParameterBroken(request: Request, name: string): boolean {
  const value = new URL(request.url).searchParams.get(name);
  if (!value) return false;
  try {
    JSON.parse(value);
    return false;
  } catch {
    return true;
  }
}

/**
 * GRAPHQL_VALIDATION_FAILED (400; 200 to an `application/json` client) for a document whose operation cannot be chosen: several operations
 * and no `operationName`, or an `operationName` it does not have (a message that names its
 * operations), or an anonymous operation among others (graphql-js's lone-anonymous message, whatever the
 * operationName); undefined when the operation is clear.
 */
export function operationChoiceError(document: DocumentNode, operationName: string | undefined) {
  if (getOperationAST(document, operationName) !== null) return undefined;
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );
  // An anonymous operation beside others is an invalid document whatever the operationName (graphql-js's
  // LoneAnonymousOperation rule). This check runs before validation, and without a chosen operation
  // none runs: it says the rule's words itself, as validation does once one is chosen (attack 3, LOW).
  const message =
    names.length > 1 && names.includes('(anonymous)')
      ? 'This anonymous operation must be the only defined operation.'
      : choiceMessage(names, operationName);
  // A request error of a well-formed request, as a validation error is: 400, but 200 to a client that
  // takes only `application/json` (GraphQL over HTTP, "application/json": a request error SHOULD be
  // 200 there; yoga's `spec` flag, as on its own validation errors).
  return createGraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: true } },
  });
}

/** Why no operation of `names` (the document's, `(anonymous)` for one without) is chosen by `operationName`. */
function choiceMessage(names: readonly string[], operationName: string | undefined): string {
  const listed = names.slice(0, 10).join(', ') + (names.length > 10 ? ', …' : '');
  return names.length === 0
    ? 'The document has no operation (only fragments): send a query, mutation or subscription'
    : operationName === undefined
      ? `The document has ${names.length} operations (${listed}): pass operationName to choose one`
      : `No operation named ${quoted(operationName)} in the document (it has ${listed})`;
}
