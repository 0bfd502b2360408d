import type { IncomingMessage } from 'node:http';
import { createGraphQLError, type FetchAPI, type Plugin } from 'graphql-yoga';

/**
 * 413 REQUEST_ENTITY_TOO_LARGE, as yoga words it, naming the limit (`limit` bytes, also in
 * `extensions.maxRequestBytes`) and the variable that sets it.
 */
function bodyTooLarge(limit: number) {
  return createGraphQLError(`Request body too large: at most ${limit} bytes (MAX_REQUEST_BYTES)`, {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE', maxRequestBytes: limit },
  });
}

/** 400 BAD_REQUEST for a Content-Length that is not one non-negative integer, as yoga words it. */
function invalidContentLength() {
  return createGraphQLError('Content-Length header is invalid.', {
    extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
  });
}

/** Only one non-negative integer is a Content-Length (a list of them is a request-smuggling attempt). */
const CONTENT_LENGTH = /^\d+$/;

/**
 * Counts the bytes of `request`'s body as they are read, failing the read with 413 past `limit`.
 * For a body whose length nobody vouched for: chunked, or a Request made in-process (`yoga.fetch`).
 */
function countedBody(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  const body = request.body;
  if (!body) return request;
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(bodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/**
 * MAX_REQUEST_BYTES for HTTP request bodies, in place of yoga's `maxRequestBodySize` (which the server
 * turns off): a Content-Length over the limit is refused before the body is read (413
 * REQUEST_ENTITY_TOO_LARGE), an invalid one with 400 BAD_REQUEST, as yoga does. Yoga then also pipes
 * every body through a counting stream, which costs a warm query about a tenth of its CPU (a stream
 * pipeline, a second Request, an abort at its end). Over node:http that count adds nothing when the
 * request has a Content-Length: Node's parser delivers exactly that many bytes as the body (more is
 * the next request on the connection; Content-Length beside Transfer-Encoding is refused), and that
 * many is within the limit. So the body is counted only when no Content-Length bounds it (chunked) or
 * when no node:http request stands behind it (`yoga.fetch` in-process). Put it last among the
 * plugins: it wraps the request parser yoga chose.
 */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, serverContext }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength !== null) {
        if (!CONTENT_LENGTH.test(contentLength)) throw invalidContentLength();
        if (Number(contentLength) > limit) throw bodyTooLarge(limit);
      }
      if (requestParser == null || request.body == null) return;
      const fromNodeHttp = (serverContext as { req?: IncomingMessage } | undefined)?.req !== undefined;
      if (contentLength !== null && fromNodeHttp) return;
      const parse = requestParser;
      setRequestParser((req) => parse(countedBody(req, limit, fetchAPI)));
    },
  };
}
