import { type IncomingMessage, maxHeaderSize, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** The error code of a request whose URL and headers are over Node's limit (431). */
export const REQUEST_HEADER_FIELDS_TOO_LARGE = 'REQUEST_HEADER_FIELDS_TOO_LARGE';
/** The error code of a request not sent whole within the server's request timeout (408). */
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';

/** An error of Node's HTTP parser (llhttp's HPE_* code and reason, the bytes read and where it stopped). */
type ParserError = NodeJS.ErrnoException & { rawPacket?: unknown; bytesParsed?: unknown; reason?: unknown };

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

/** A JSON 400 BAD_REQUEST saying `message`. */
const badRequest = (message: string): string =>
  jsonAnswer('400 Bad Request', { message, extensions: { code: 'BAD_REQUEST' } });

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
const URL_NOT_ENCODED = badRequest(
  "The request's URL must be percent-encoded: it holds bytes a URL may not carry as they are (a non-ASCII character, a control character, a space or a tab). Encode the query string's values with encodeURIComponent (UTF-8, e.g. é as %C3%A9, a space as %20), or send the operation in a POST body",
);

/** A header name that is no token, or a value with a control character (RFC 9110 5.1, 5.5; RFC 9112 2.2). */
const MALFORMED_HEADER = badRequest(
  "A request header is malformed: a header's name must be a token (letters, digits and !#$%&'*+-.^_`|~, no space before its colon), its value may not hold a control character (a NUL, a CR or LF alone) nor go on to the next line, and each line ends with CRLF",
);
/** A request line whose version is no `HTTP/<digit>.<digit>` (RFC 9112 2.3). */
const MALFORMED_VERSION = badRequest(
  'The request line must end with the HTTP version, HTTP/1.1, then CRLF: `METHOD /path HTTP/1.1`',
);
/** The error of a well-formed version this server does not speak (HTTP/1.2, HTTP/9.9; HTTP/2 with prior knowledge). */
const VERSION_ERROR = {
  message:
    "The request's HTTP version is not supported: this server speaks HTTP/1.1 (and HTTP/1.0); send HTTP/1.1",
  extensions: { code: 'BAD_REQUEST' },
};
const VERSION_NOT_SUPPORTED = jsonAnswer('505 HTTP Version Not Supported', VERSION_ERROR);

/** The error of a Transfer-Encoding whose last coding is not chunked (RFC 9112 6.3: 400, then close). */
const FRAMING_ERROR = {
  message:
    "The request's Transfer-Encoding cannot be read: its last coding must be chunked (the only one this server reads), and it may not come with Content-Length",
  extensions: { code: 'BAD_REQUEST' },
};

/**
 * The JSON answers to llhttp's refusals by its error code: each says what a well-formed request sends.
 * A body's framing refused (two Content-Lengths, one with Transfer-Encoding, a coding after chunked)
 * is a 400 that closes the connection, as RFC 9112 6.3 requires, since where the body ends is unknown.
 */
const PARSER_REFUSALS: Readonly<Record<string, string>> = {
  HPE_INVALID_METHOD: badRequest(
    'The request line must begin with an HTTP method, a token such as GET or POST: `METHOD /path HTTP/1.1`',
  ),
  HPE_INVALID_HEADER_TOKEN: MALFORMED_HEADER,
  HPE_CR_EXPECTED: MALFORMED_HEADER,
  HPE_LF_EXPECTED: MALFORMED_HEADER,
  HPE_INVALID_CONTENT_LENGTH: badRequest(
    "The request's Content-Length must be the body's size in bytes, in decimal digits only (such as 42), and may not come with Transfer-Encoding",
  ),
  HPE_UNEXPECTED_CONTENT_LENGTH: badRequest(
    'The request carries Content-Length more than once, or with Transfer-Encoding: send one Content-Length, or Transfer-Encoding: chunked alone',
  ),
  HPE_INVALID_TRANSFER_ENCODING: jsonAnswer('400 Bad Request', FRAMING_ERROR),
  HPE_INVALID_CHUNK_SIZE: badRequest(
    "The request's chunked body is malformed: each chunk begins with its size in hexadecimal digits and CRLF, and a chunk of size 0 ends the body",
  ),
  HPE_CHUNK_EXTENSIONS_OVERFLOW: jsonAnswer('413 Payload Too Large', {
    message: `The extensions of a chunk of the request's body are over the server's limit (${maxHeaderSize} bytes): send the chunks without extensions`,
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
  }),
  HPE_PAUSED_H2_UPGRADE: VERSION_NOT_SUPPORTED,
  ERR_HTTP_REQUEST_TIMEOUT: jsonAnswer('408 Request Timeout', {
    message:
      'The request was not sent whole in time (its headers, and a body as long as its Content-Length said): send the whole request at once',
    extensions: { code: REQUEST_TIMEOUT },
  }),
};

/** The line of the refused bytes (`rawPacket`) where the parser stopped (`bytesParsed`), without its CRLF. */
function refusedLine({ rawPacket, bytesParsed }: ParserError): string | undefined {
  if (!Buffer.isBuffer(rawPacket) || typeof bytesParsed !== 'number') return undefined;
  const start = bytesParsed > 0 ? rawPacket.lastIndexOf('\n', bytesParsed - 1) + 1 : 0;
  const end = rawPacket.indexOf('\r\n', bytesParsed);
  const line = rawPacket.subarray(start, end < 0 ? rawPacket.length : end);
  return line.length <= maxHeaderSize ? line.toString('latin1') : undefined;
}

/**
 * Whether the parser's refusal `error` is of a URL not percent-encoded: llhttp's HPE_INVALID_URL (a
 * byte outside the URL's characters), or a request line whose URL has a space in it (`GET /a b
 * HTTP/1.1`, which llhttp reads as a bad protocol name, HPE_INVALID_CONSTANT): told by the refused
 * bytes (`rawPacket`, the chunk read, which may begin with earlier pipelined requests) from where the
 * parser stopped (`bytesParsed`) to the line's end still ending with an HTTP version.
 */
function urlNotEncoded(error: ParserError): boolean {
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

/**
 * The JSON answer to the parser's refusal `error`: by its kind (PARSER_REFUSALS), a version told
 * unsupported (505: `HTTP/<digit>.<digit>`) from malformed (400), and for any other refusal a 400
 * naming llhttp's reason (its own fixed words, never the request's bytes).
 */
function answerOf(error: ParserError): string {
  const code = error.code ?? '';
  if (code === 'HPE_HEADER_OVERFLOW') return headersTooLarge();
  if (urlNotEncoded(error)) return URL_NOT_ENCODED;
  if (code === 'HPE_INVALID_VERSION') {
    return / HTTP\/\d\.\d$/.test(refusedLine(error) ?? '') ? VERSION_NOT_SUPPORTED : MALFORMED_VERSION;
  }
  // A request line whose protocol is no `HTTP/` (`GET / http/1.1`), its URL read whole (urlNotEncoded).
  if (code === 'HPE_INVALID_CONSTANT' && String(error.reason).startsWith('Expected HTTP/')) {
    return MALFORMED_VERSION;
  }
  const reason = code.startsWith('HPE_') && typeof error.reason === 'string' ? ` (${error.reason})` : '';
  return PARSER_REFUSALS[code] ?? badRequest(`The request is not well-formed HTTP/1.1${reason}`);
}

/** The error of a request without a Host header (RFC 9112 3.2: a server MUST answer 400). */
const HOST_ERROR = {
  message: 'An HTTP/1.1 request must carry a Host header naming the server (such as Host: localhost:4000)',
  extensions: { code: 'BAD_REQUEST' },
};

/** The error of a Host that names no server, or of two Host headers (RFC 9112 3.2: 400 either way). */
const HOST_VALUE_ERROR = {
  message:
    'The Host header must name the server once, as a host name or IP address and an optional port (such as Host: localhost:4000)',
  extensions: { code: 'BAD_REQUEST' },
};

/**
 * Whether a request's Host headers are one value that names a server: a host (a name, an IPv4
 * address or a bracketed IPv6 one) and an optional port of 0 to 65535, nothing else (no user, path,
 * space or second header). No Host at all is judged apart (HTTP/1.0 may leave it out).
 */
function hostNamesServer(req: IncomingMessage): boolean {
  const hosts = req.rawHeaders.filter(
    (_, index) => index % 2 === 0 && req.rawHeaders[index]?.toLowerCase() === 'host',
  );
  if (hosts.length === 0) return true;
  const host = req.headers.host ?? '';
  if (hosts.length > 1 || host === '' || /[\s/?#@\\]/.test(host)) return false;
  try {
    const url = new URL(`http://${host}`);
    return url.pathname === '/' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The error of a transfer coding other than chunked (RFC 9112 6.1: a server SHOULD answer 501). */
const CODING_ERROR = {
  message:
    "The request's Transfer-Encoding names a coding this server does not read: send the body with Transfer-Encoding: chunked alone, or with Content-Length",
  extensions: { code: 'BAD_REQUEST' },
};

/** The status and error of a request llhttp reads but this server does not take, if it is one. */
function malformedRequest(req: IncomingMessage): [number, typeof HOST_ERROR] | undefined {
  if (req.httpVersionMajor !== 1) return [505, VERSION_ERROR];
  if (req.httpVersion === '1.1' && req.headers.host === undefined) return [400, HOST_ERROR];
  if (!hostNamesServer(req)) return [400, HOST_VALUE_ERROR];
  const codings = req.headers['transfer-encoding']?.split(',').map((coding) => coding.trim().toLowerCase());
  if (codings === undefined) return undefined;
  // llhttp refuses these too, once it reads the body ('clientError'): this answer comes first.
  if (codings.at(-1) !== 'chunked') return [400, FRAMING_ERROR];
  if (codings.some((coding) => coding !== 'chunked')) return [501, CODING_ERROR];
  return undefined;
}

/**
 * Answers a request llhttp reads but this server does not take, with a JSON BAD_REQUEST and
 * `Connection: close`, and says so (true), else does nothing (false): an HTTP/1.1 request without a
 * Host header, or any request with two Host headers or one that names no server (`a b`, `x:99999`,
 * `[::1`: yoga built its URL from it and answered a 500 with a stack trace, s44 attack 2) 400 (the server is created with `requireHostHeader: false`, since Node's own check
 * answers an empty 400: s44 H5); a request line of HTTP/0.9 (no version) or HTTP/2 and over
 * (`GET / HTTP/2.0`, which llhttp takes and Node answered 200 in HTTP/1.1) 505, as answerOf answers
 * HTTP/1.2; a Transfer-Encoding with a coding other than chunked before its final chunked (`gzip,
 * chunked`, which llhttp takes and the body was read still gzip-coded) 501. An upgrade (WebSocket)
 * request is not a 'request' and is not checked here.
 */
export function answeredMalformed(req: IncomingMessage, res: ServerResponse): boolean {
  const malformed = malformedRequest(req);
  if (malformed === undefined) return false;
  const [status, error] = malformed;
  const body = JSON.stringify({ errors: [error] });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  });
  res.end(body);
  return true;
}

/**
 * Answers what Node's HTTP parser refuses before the app sees a request (its 'clientError') with a JSON
 * error in the server's shape, `{errors: [{message, extensions: {code}}]}`, `Connection: close`, where
 * Node answers an empty one: a request line and headers over the limit get headersTooLarge's 431 (s38
 * attack 2, F4: a 60 KB GET query was a bare 431), a URL that is not percent-encoded a 400 BAD_REQUEST
 * saying so (s43), and every other malformed request (a method, header, version, Content-Length or
 * Transfer-Encoding llhttp refuses: s44) a 400 BAD_REQUEST saying what to send (answerOf), an
 * unsupported version 505, a chunk extension over the limit 413 REQUEST_ENTITY_TOO_LARGE, a request
 * not sent whole within the request timeout (Node's `requestTimeout`) 408 REQUEST_TIMEOUT.
 *
 * On a keep-alive connection with requests pipelined, the answer waits for the answers owed to the
 * requests before it (whenAnswered), so it answers its own request, in order: Node's default handler
 * writes it at once, where a client reads it as the answer to the previous request (s43), or closes the
 * socket mid-answer. Then the socket ends and closes. The wait lasts at most `answerWaitMs`
 * (milliseconds; the app passes twice REQUEST_DEADLINE_MS, by which a request's answer is due): an
 * answer owed that has not ended by then, such as an SSE stream, which may never end, is cut with the
 * socket (s44), so that no refused socket is held. The parser repeats its refusal on later bytes of
 * the socket: only the first one is answered. A refusal of the request in flight itself (a malformed,
 * oversized or cut body: its answer cannot come) is answered at once, and a request timeout (408)
 * always ends the socket.
 */
export function answerClientErrors(http: Server, { answerWaitMs }: { answerWaitMs: number }): void {
  const refused = new WeakSet<Duplex>();
  http.on('clientError', (error: ParserError, socket: Duplex & InFlight) => {
    // A timeout ends the socket whatever was refused before on it (a refusal still waiting included).
    if (refused.has(socket) && error.code !== 'ERR_HTTP_REQUEST_TIMEOUT') return;
    refused.add(socket);
    const cut = setTimeout(() => socket.destroy(), answerWaitMs);
    cut.unref();
    whenAnswered(socket, () => {
      clearTimeout(cut);
      const current = socket._httpMessage;
      // An answer already begun on the socket cannot be followed by another: the socket is cut, as Node does.
      if (socket.writable && !current?.headersSent) socket.end(answerOf(error), () => socket.destroy());
      else socket.destroy();
    });
  });
}
