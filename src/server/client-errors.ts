import { maxHeaderSize, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** The error code of a request whose URL and headers are over Node's limit (431). */
export const REQUEST_HEADER_FIELDS_TOO_LARGE = 'REQUEST_HEADER_FIELDS_TOO_LARGE';

/** Node's own answers to the other requests its parser refuses (lib/_http_server.js, Node 20). */
const NODE_ANSWERS: Readonly<Record<string, string>> = {
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

/**
 * The 431 of a request whose request line and headers together are over Node's `maxHeaderSize`
 * (16 KiB by default; `--max-http-header-size`): a JSON error in the server's shape, `{errors:
 * [{message, extensions: {code: REQUEST_HEADER_FIELDS_TOO_LARGE, maxHeaderBytes}}]}`, whose message
 * says to send the operation in a POST body (a long GET query or variables is the usual cause).
 */
function headersTooLarge(): string {
  const errors = [
    {
      message: `The request's URL and headers are over the server's limit of ${maxHeaderSize} bytes: send the operation in a POST body (Content-Type: application/json, {"query": "...", "variables": {...}}) rather than in a GET URL, and keep headers short`,
      extensions: { code: REQUEST_HEADER_FIELDS_TOO_LARGE, maxHeaderBytes: maxHeaderSize },
    },
  ];
  const body = JSON.stringify({ errors });
  return (
    'HTTP/1.1 431 Request Header Fields Too Large\r\n' +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/** The answer in flight on a socket, as Node's HTTP server keeps it (a private field it reads itself). */
interface InFlight {
  _httpMessage?: { _headerSent?: boolean } | null;
}

/**
 * Answers what Node's HTTP parser refuses before the app sees a request (its 'clientError'): a request
 * line and headers over the limit get headersTooLarge's JSON 431 instead of Node's empty one (s38
 * attack 2, F4: a 60 KB GET query was a bare 431); anything else gets Node's own answer (400, 408,
 * 413), as Node's default handler writes it: only on a socket still writable whose answer in flight, if
 * any, has not begun (a refusal mid-answer just closes it), then the socket is destroyed.
 */
export function answerClientErrors(http: Server): void {
  http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & InFlight) => {
    // Node's own test (lib/_http_server.js socketOnError): no answer of this socket has begun. A count
    // of bytes written would refuse a keep-alive socket that answered earlier requests, closing it
    // without a word (echo-bounds.test.ts's 60 KB GET after other requests on the connection).
    if (socket.writable && socket._httpMessage?._headerSent !== true) {
      const code = error.code ?? '';
      socket.write(code === 'HPE_HEADER_OVERFLOW' ? headersTooLarge() : (NODE_ANSWERS[code] ?? BAD_REQUEST));
    }
    socket.destroy(error);
  });
}
