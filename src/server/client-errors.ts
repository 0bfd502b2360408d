import { maxHeaderSize, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** The error code of a request whose URL and headers are over Node's limit (431). */
export const REQUEST_HEADER_FIELDS_TOO_LARGE = 'REQUEST_HEADER_FIELDS_TOO_LARGE';

/** Node's own answers to the other requests its parser refuses (lib/_http_server.js, Node 20). */
const NODE_ANSWERS: Readonly<Record<string, string>> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

/** A raw HTTP/1.1 answer `status` with the JSON error body `{errors: [error]}` and Connection: close. */
function jsonAnswer(status: string, error: { message: string; extensions: Record<string, unknown> }): string {
  const body = JSON.stringify({ errors: [error] });
  return (
    `HTTP/1.1 ${status}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/**
 * The 431 of a request whose request line and headers together are over Node's `maxHeaderSize`
 * (16 KiB by default; `--max-http-header-size`): a JSON error in the server's shape, `{errors:
 * [{message, extensions: {code: REQUEST_HEADER_FIELDS_TOO_LARGE, maxHeaderBytes}}]}`, whose message
 * says to send the operation in a POST body (a long GET query or variables is the usual cause).
 */
function headersTooLarge(): string {
  return jsonAnswer('431 Request Header Fields Too Large', {
    message: `The request's URL and headers are over the server's limit of ${maxHeaderSize} bytes: send the operation in a POST body (Content-Type: application/json, {"query": "...", "variables": {...}}) rather than in a GET URL, and keep headers short`,
    extensions: { code: REQUEST_HEADER_FIELDS_TOO_LARGE, maxHeaderBytes: maxHeaderSize },
  });
}

/**
 * The JSON 400 BAD_REQUEST of a request line whose URL carries bytes a URL may not carry as they are
 * (RFC 3986: non-ASCII bytes such as UTF-8 letters, control characters, tabs, spaces): Node's parser
 * refuses it before the server sees it, with an empty 400 of its own.
 */
const URL_NOT_ENCODED = jsonAnswer('400 Bad Request', {
  message:
    "The request's URL must be percent-encoded: it holds bytes a URL may not carry as they are (a non-ASCII character, a control character, a space or a tab). Encode the query string's values with encodeURIComponent (UTF-8, e.g. é as %C3%A9, a space as %20), or send the operation in a POST body",
  extensions: { code: 'BAD_REQUEST' },
});

/**
 * Whether the parser's refusal `error` is of a URL not percent-encoded: llhttp's HPE_INVALID_URL (a
 * byte outside the URL's characters), or a request line whose URL has a space in it (`GET /a b
 * HTTP/1.1`, which llhttp reads as a bad protocol name, HPE_INVALID_CONSTANT): told by the refused
 * bytes (`rawPacket`, the chunk read, which may begin with earlier pipelined requests) from where the
 * parser stopped (`bytesParsed`) to the line's end still ending with an HTTP version.
 */
function urlNotEncoded(
  error: NodeJS.ErrnoException & { rawPacket?: unknown; bytesParsed?: unknown },
): boolean {
  if (error.code === 'HPE_INVALID_URL') return true;
  const { rawPacket, bytesParsed } = error;
  if (
    error.code !== 'HPE_INVALID_CONSTANT' ||
    !Buffer.isBuffer(rawPacket) ||
    typeof bytesParsed !== 'number'
  ) {
    return false;
  }
  const lineEnd = rawPacket.indexOf('\r\n', bytesParsed);
  const rest = rawPacket.subarray(bytesParsed, lineEnd < 0 ? rawPacket.length : lineEnd);
  return rest.length <= maxHeaderSize && /^[^ ].* HTTP\/\d\.\d$/.test(rest.toString('latin1'));
}

/** Node's HTTP server's private field for the answer in flight on a socket (it reads it itself). */
interface InFlight {
  _httpMessage?: ServerResponse | null;
}

/**
 * Runs `then` once the socket owes no answer to a request read before the refused one: the answer in
 * flight (`_httpMessage`) has finished, and so has each one Node queued behind it (Node gives the
 * socket the next queued answer when one finishes, before this listener runs), or the socket is gone.
 */
function whenAnswered(socket: Duplex & InFlight, then: () => void): void {
  const current = socket._httpMessage;
  // A request whose body is still being read is the refused one (its own body is malformed, too long or
  // cut): its answer would wait for the very body the parser refused, so the refusal goes out now.
  if (!current || socket.destroyed || !current.req.complete) {
    then();
    return;
  }
  const next = (): void => {
    current.off('finish', next);
    current.off('close', next);
    whenAnswered(socket, then);
  };
  current.on('finish', next);
  current.on('close', next);
}

/** The answer to the parser's refusal `error`: a JSON error of ours, else Node's own answer. */
function answerOf(error: NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  if (code === 'HPE_HEADER_OVERFLOW') return headersTooLarge();
  if (urlNotEncoded(error)) return URL_NOT_ENCODED;
  return NODE_ANSWERS[code] ?? BAD_REQUEST;
}

/**
 * Answers what Node's HTTP parser refuses before the app sees a request (its 'clientError'): a request
 * line and headers over the limit get headersTooLarge's JSON 431 instead of Node's empty one (s38
 * attack 2, F4: a 60 KB GET query was a bare 431), a URL that is not percent-encoded a JSON 400
 * BAD_REQUEST saying so (s43: a raw UTF-8 byte in a GET query was Node's empty 400); anything else
 * gets Node's own answer (400, 408, 413). On a keep-alive connection with requests pipelined, the
 * answer waits for the answers owed to the requests before it (whenAnswered), so it answers its own
 * request, in order: Node's default handler writes it at once, where a client reads it as the answer
 * to the previous request (s43), or closes the socket mid-answer. Then the socket ends and closes. The
 * parser repeats its refusal on later bytes of the socket: only the first one is answered. A refusal of
 * the request in flight itself (a malformed, oversized or cut body: its answer cannot come) is answered
 * at once, and a request timeout (408) always ends the socket, so no refused socket stays open.
 */
export function answerClientErrors(http: Server): void {
  const refused = new WeakSet<Duplex>();
  http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & InFlight) => {
    // A timeout ends the socket whatever was refused before on it (a refusal still waiting included).
    if (refused.has(socket) && error.code !== 'ERR_HTTP_REQUEST_TIMEOUT') return;
    refused.add(socket);
    whenAnswered(socket, () => {
      const current = socket._httpMessage;
      // An answer already begun on the socket cannot be followed by another: the socket is cut, as Node does.
      if (socket.writable && !current?.headersSent) socket.end(answerOf(error), () => socket.destroy());
      else socket.destroy();
    });
  });
}
