import { createGraphQLError, type FetchAPI } from 'graphql-yoga';

/**
 * Request text that is not UTF-8, refused rather than read with U+FFFD in place of each bad byte (the
 * WHATWG decoders' default, which yoga's parsers get): a body `{"query":"<FF FE>"}` was a GraphQL
 * syntax error about "U+FFFD", a bad byte in an operation name "No operation named "��"", one in a
 * comment or a string argument silently served as a replacement character (s38 attack 2, F3). A GET's
 * query string is held to the same rule, and to well-formed percent-encoding (`%` and two hex digits).
 * Both are 400 BAD_REQUEST, saying what to send instead.
 */

/** Decodes UTF-8, throwing a TypeError on the first byte sequence that is not UTF-8 (a BOM is dropped). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The Content-Types whose bodies yoga's parsers read as text (JSON, a GraphQL document, a form). */
const TEXT_BODIES = [
  'application/json',
  'application/graphql+json',
  'application/graphql',
  'application/x-www-form-urlencoded',
];

/** The Content-Type of `request` as yoga matches it: the first of a list, without its parameters. */
function mediaType(request: Request): string | undefined {
  const type = request.headers.get('content-type')?.split(',')[0];
  return type?.split(';')[0]?.trim().toLowerCase();
}

/** 400 BAD_REQUEST for a POST body that is not UTF-8. */
function bodyNotUtf8() {
  return createGraphQLError(
    'The request body is not valid UTF-8 JSON: send the JSON body {"query": "..."} encoded as UTF-8 (Content-Type: application/json)',
    { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
  );
}

/** The body of `request` as strict UTF-8 text; throws bodyNotUtf8 when it is not UTF-8. */
async function strictText(request: Request): Promise<string> {
  const bytes = await request.arrayBuffer();
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw bodyNotUtf8();
  }
}

/** yoga's 400 for a POST body that is no JSON object, in its words (its parsePOSTJsonRequest). */
function notAnObject(received: string) {
  return createGraphQLError(`POST body is expected to be object but received ${received}`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/**
 * yoga's JSON body parser (parsePOSTJsonRequest: the same errors and messages) with the body decoded
 * as strict UTF-8 first. Throws GraphQLError 400 BAD_REQUEST: bodyNotUtf8, "POST body sent invalid
 * JSON.", or notAnObject for `null` and a JSON string, number or boolean.
 */
async function parseStrictJson(request: Request): Promise<Record<string, unknown>> {
  const text = await strictText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw createGraphQLError('POST body sent invalid JSON.', {
      extensions: {
        http: { spec: true, status: 400 },
        code: 'BAD_REQUEST',
        originalError: { name: (error as Error).name, message: (error as Error).message },
      },
    });
  }
  if (body === null) throw notAnObject('null');
  if (typeof body !== 'object') throw notAnObject(typeof body);
  return body as Record<string, unknown>;
}

/** A request parser of yoga's: what it reads of a request (graphql-yoga does not export its type). */
type Parser<R> = (request: Request) => R | Promise<R>;

/**
 * `parse` (the parser yoga chose for `request`) reading strict UTF-8: a JSON POST by parseStrictJson
 * (no second Request on this hot path), another POST whose body is text (a GraphQL document, a form)
 * by `parse` given a copy of the request with the checked text; any other request by `parse` as it is.
 */
export function strictUtf8Parser<R>(parse: Parser<R>, request: Request, fetchAPI: FetchAPI): Parser<R> {
  if (request.method !== 'POST') return parse;
  const type = mediaType(request);
  if (type === undefined || !TEXT_BODIES.includes(type)) return parse;
  if (type === 'application/json' || type === 'application/graphql+json')
    return parseStrictJson as unknown as Parser<R>;
  return async (given) => {
    const text = await strictText(given);
    // A form's fields are percent-encoded: their escapes are held to the query string's rule.
    if (type === 'application/x-www-form-urlencoded' && queryStringFault(`?${text}`) !== undefined)
      throw bodyNotUtf8();
    const copy = new fetchAPI.Request(given.url, { method: 'POST', headers: given.headers, body: text });
    return parse(copy);
  };
}

/**
 * What is wrong with the query string of `url`, for a 400 BAD_REQUEST message; undefined when each of
 * its parts is well-formed percent-encoding of UTF-8 text (decodeURIComponent's rule: it throws on a
 * `%` without two hex digits after it and on escapes that are no UTF-8).
 */
export function queryStringFault(url: string): string | undefined {
  const at = url.indexOf('?');
  if (at < 0 || !url.includes('%', at)) return undefined;
  const end = url.indexOf('#', at);
  for (const part of url.slice(at + 1, end < 0 ? undefined : end).split('&')) {
    try {
      decodeURIComponent(part);
    } catch {
      return (
        'The URL\'s query string is not valid percent-encoded UTF-8 (each "%" followed by two hex digits, the ' +
        'bytes UTF-8): encode each parameter with encodeURIComponent, or send a POST with a JSON body'
      );
    }
  }
  return undefined;
}
