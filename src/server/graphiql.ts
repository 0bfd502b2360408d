import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';
import { prefersHtml } from '../auth/prefers-html.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * What the GraphiQL page allows: no other site may frame it (a signed-in user's cookie rides along, so
 * a framing page could click for them), no `<base>` or plugin content, forms only to this server. Its
 * inlined scripts and styles stay allowed: the page is GraphiQL's own bundle.
 */
export const GRAPHIQL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** What yoga answers a GraphQL request with, most preferred first (accept-negotiation.ts). */
const GRAPHQL_ANSWER_TYPES = [
  'application/graphql-response+json',
  'application/json',
  'text/event-stream',
  'multipart/mixed',
];

/**
 * Whether a GET of /graphql with `accept` (its Accept header) is answered with GraphiQL: when its
 * q-values prefer text/html to each of yoga's answer types (prefersHtml; `text/html;q=0,
 * application/json` and `text/html;q=0.1, application/json` are JSON; `*\/*` is JSON). Both
 * GraphiQLPage and yoga's own GraphiQL plugin decide by it, so no request yoga answers gets the page.
 */
export function graphiqlWanted(accept: string | null | undefined): boolean {
  return prefersHtml(accept ?? undefined, GRAPHQL_ANSWER_TYPES);
}

/** The refusal of a GraphiQL page GET that accepts neither brotli nor gzip. */
const UNCOMPRESSED =
  'The GraphiQL page is sent compressed only (Accept-Encoding br or gzip): open /graphql in a browser, or use curl --compressed';

interface Page {
  etag: string;
  gzip: Buffer;
  br: Buffer;
}

/**
 * GraphiQL's page (megabytes of inlined scripts) rendered once, compressed once (brotli and gzip),
 * and served with an ETag and `cache-control`, so a browser downloads it once and small; a client that
 * accepts neither encoding gets 406 BAD_REQUEST (never the 9 MB uncompressed). `render`
 * gives the page's HTML (yoga's own rendering, fetched in-process).
 */
export class GraphiQLPage {
  private page: Promise<Page> | undefined;

  constructor(private readonly render: () => Promise<string>) {}

  /**
   * True for a browser's GET of the GraphQL endpoint, whatever its query string (GraphiQL reads
   * `?query=` itself, in the browser): one whose Accept prefers HTML to every answer yoga gives
   * (graphiqlWanted). One path for the page, compressed, cached and with its security headers.
   */
  static wanted(req: IncomingMessage): boolean {
    return req.method === 'GET' && graphiqlWanted(req.headers.accept);
  }

  async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.page ??= this.build();
    const page = await this.page;
    const headers: Record<string, string> = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      etag: page.etag,
      // The same URL answers JSON or an event stream to other Accept values (yoga's answers say so too).
      vary: 'accept, accept-encoding',
      ...GRAPHIQL_SECURITY_HEADERS,
    };
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    // RFC 9110's negotiation (q=0 refuses a coding, `*` stands for any other): brotli when acceptable.
    const accepted = new Negotiator(req).encodings(['br', 'gzip']);
    const [encoding, body] = accepted.includes('br')
      ? ['br', page.br]
      : accepted.includes('gzip')
        ? ['gzip', page.gzip]
        : [undefined, undefined];
    if (encoding === undefined || body === undefined) {
      // Every browser accepts gzip: only a script would pull 9 MB a time uncompressed.
      const refusal = JSON.stringify({
        errors: [{ message: UNCOMPRESSED, extensions: { code: 'BAD_REQUEST' } }],
      });
      res.writeHead(406, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(refusal)),
        vary: 'accept, accept-encoding',
      });
      res.end(refusal);
      return;
    }
    headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  }

  private async build(): Promise<Page> {
    const identity = Buffer.from(await this.render(), 'utf8');
    // Brotli's default quality (11) takes tens of seconds on a page this size; 6 is close in size.
    const [gz, br] = await Promise.all([
      gzipAsync(identity),
      brotliAsync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }),
    ]);
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
    return { etag, gzip: gz, br };
  }
}
