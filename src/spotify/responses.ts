/** Turning Spotify's answers into values or typed errors, whatever state their bodies are in. */

import { DecodingMode, decodeHTML } from 'entities';
import {
  AccountsServiceError,
  ReauthenticationRequired,
  SpotifyAPIError,
  type SpotifyErrorBody,
} from './errors.js';
import { safeSpotifyText } from './redact.js';
import { isOnlySiteName, isOnlyStatusPhrase } from './status-words.js';
import type { TransportResponse } from './transport.js';

function contentType(response: TransportResponse): string {
  const value = response.headers['content-type'];
  return (Array.isArray(value) ? value[0] : value)?.toLowerCase() ?? '';
}

/** `text` parsed as JSON (a leading UTF-8 byte order mark, which JSON.parse refuses, is skipped). */
function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return { ok: false };
  }
}

/**
 * The value of a 2xx answer of an endpoint that answers with a body: undefined when empty (204, or
 * nothing to report such as no playback), the JSON when it parses. A body that is not JSON, whatever
 * its content type says, is a BAD_RESPONSE error (retried for repeatable requests), never text passed
 * on as the value. Endpoints documented without a body do not come here: any 2xx body is ignored.
 */
export function decodeSuccess(response: TransportResponse): unknown {
  const text = response.text;
  if (text.trim() === '' || response.status === 204) return undefined;
  const parsed = tryJson(text);
  if (parsed.ok) return parsed.value;
  const type = contentType(response) || 'no content type';
  throw new SpotifyAPIError(
    `Spotify answered ${response.status} with a body that is not JSON (${type.split(';')[0]})`,
    { status: response.status, code: 'BAD_RESPONSE' },
  );
}

/** Longest error text kept from a plain-text or HTML error body, in characters. */
export const MAX_ERROR_TEXT = 300;

/** Longest `reason` kept from an error body (Spotify's reasons are short words such as NO_ACTIVE_DEVICE). */
export const MAX_REASON_TEXT = 64;
/** Longest part of a text or HTML error body read at all (its tags are stripped before it is cut). */
const MAX_ERROR_BODY_READ = 20_000;
/** Longest part of an error body searched for scripts and styles to drop (their text is no message). */
const MAX_HTML_READ = 1_000_000;

/**
 * A plain-text or HTML error body as one readable line, for an answer of `status`. An HTML page says
 * the page's own words: its `<title>`, its first `<h1>` (only when the title does not already hold
 * it: "Error: INVALID_CLIENT: Invalid redirect URI" from Spotify's accounts page), then the text of
 * its other blocks (headings, paragraphs, divs) in page order, joined. Left out are: the contents of
 * `<script>` and `<style>`; a title, heading or block that is only a Spotify site's name ("Spotify",
 * "Spotify for Developers", "Spotify: Oops": isOnlySiteName, s35 attack, issue 7 item 5, where such a
 * title hid the page's reason); a block that only repeats the status (`Forbidden`: isOnlyStatusPhrase)
 * or words already said (CloudFront's `<h2>` repeating its title); and the server's signature (the
 * product token after a closing `<hr>`, as nginx's `<hr><center>nginx</center>`, and `<address>`
 * lines). A title or heading that only says the status is dropped beside one that says more
 * (CloudFront's `<h1>403 ERROR</h1>`), and kept before the page's other words ("403 Forbidden: Request
 * ID: 7f3a-91c2"); a page that says nothing but its status (`403 Forbidden`) gives ''. Plain text is
 * its whole text. Only tags of HTML elements (and comments, doctypes) are markup: `Forbidden <scope
 * user-read-private>` or `<user@example.com>` is text and stays. HTML entities are decoded (`&amp;`
 * is `&`, with the `entities` library's full HTML table, read as in an attribute: `&region=` stays as
 * written, see redact.ts) after the tags are dropped, so a decoded `&lt;` is text; then as
 * safeSpotifyText: ANSI escape sequences, format and control characters removed, whitespace
 * collapsed, the given secrets (and their fragments), bearer credentials and token-shaped runs
 * replaced, cut at MAX_ERROR_TEXT (300 characters). Empty when nothing readable is left.
 */
export function readableErrorText(text: string, status: number, secrets: readonly string[] = []): string {
  const page = withoutScriptsAndStyles(text.slice(0, MAX_HTML_READ)).slice(0, MAX_ERROR_BODY_READ);
  const titled = element(page, 'title');
  const headed = element(page, 'h1');
  // Each piece as a reader sees it (escapes decoded, ANSI sequences gone) before it is judged.
  const clean = (words: string): string => safeSpotifyText(words, secrets, MAX_ERROR_TEXT);
  const title = wordsOf(titled?.inner, clean);
  const heading = wordsOf(headed?.inner, clean);
  const parts = [title, heading !== undefined && title?.includes(heading) ? undefined : heading].filter(
    (part): part is string => part !== undefined && !isOnlySiteName(part),
  );
  // A part that only repeats the status (CloudFront's `<h1>403 ERROR</h1>`) adds nothing to one that
  // says more; title and heading that only say it together (`Error`, `403 Forbidden`) say nothing.
  const saying = parts.filter((part) => !isOnlyStatusPhrase(part, status));
  const headline = saying.length > 0 && !isOnlyStatusPhrase(parts.join(' '), status) ? saying : parts;
  const rest = newBlocks(withoutSignature(outside(page, [titled, headed])), headline, status, clean);
  if (rest.length === 0 && (headline.length === 0 || isOnlyStatusPhrase(headline.join(' '), status))) {
    return '';
  }
  return clean([...headline, ...(rest.length > 0 ? [rest.join(' ')] : [])].join(': '));
}

/**
 * The readable text of each block of `html` (what its block elements' tags part: paragraphs,
 * headings, divs, lines) that says something `said` and the blocks before it have not: a block with
 * no letter or digit, one that is only the status phrase of `status` or only a Spotify site's name,
 * and one whose words an earlier piece already holds (case and punctuation aside) are left out.
 */
function newBlocks(
  html: string,
  said: readonly string[],
  status: number,
  clean: (words: string) => string,
): string[] {
  const heard = said.map(wordLine);
  const kept: string[] = [];
  for (const block of readable(html, BLOCK_BREAK).split(BLOCK_BREAK)) {
    const words = clean(block);
    const line = wordLine(words);
    if (line === '' || isOnlyStatusPhrase(words, status) || isOnlySiteName(words)) continue;
    if (heard.some((earlier) => ` ${earlier} `.includes(` ${line} `))) continue;
    heard.push(line);
    kept.push(words);
  }
  return kept;
}

/** Where a block element's tag stood, in the text of a page split into blocks (a private-use character). */
const BLOCK_BREAK = '\uE000';

/** The words of `text` (letters and digits, lower case), one space apart: '' when it has none. */
const wordLine = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** The text of `html` (tags dropped, a block element's tag becoming `blockBreak`, entities decoded, trimmed). */
const readable = (html: string, blockBreak = ' '): string =>
  decodeHTML(withoutTags(html, blockBreak), DecodingMode.Attribute).trim();

/**
 * The text of an element's inner HTML, made safe by `clean`, when it has a letter or digit (`403` is
 * the status: a part too).
 */
function wordsOf(html: string | undefined, clean: (words: string) => string): string | undefined {
  const words = html === undefined ? '' : clean(readable(html));
  return /[\p{L}\p{N}]/u.test(words) ? words : undefined;
}

/** `page` without the given elements (each `{from, to}`; missing ones skipped), overlapping or not. */
function outside(page: string, cuts: readonly ({ from: number; to: number } | undefined)[]): string {
  const sorted = cuts.filter((cut) => cut !== undefined).sort((a, b) => a.from - b.from);
  let kept = '';
  let at = 0;
  for (const cut of sorted) {
    if (cut.from > at) kept += `${page.slice(at, cut.from)} `;
    at = Math.max(at, cut.to);
  }
  return kept + page.slice(at);
}

/** A server's product token (`nginx`, `nginx/1.25.3`, `openresty`, `Apache/2.4.41 (Ubuntu)`). */
const PRODUCT_TOKEN = /^[A-Za-z][\w.-]*(?:\/[\w.-]+)?(?:\s+\([^()]*\))?$/;

/**
 * `html` without a server's signature, which names the server and says nothing of the refusal: its
 * `<address>` elements, and what follows its last `<hr>` when that is one product token
 * (PRODUCT_TOKEN: nginx's `<hr><center>nginx</center>`). A request id or other words after an `<hr>`
 * (CloudFront's "Request ID: ...") stay.
 */
function withoutSignature(html: string): string {
  const unaddressed = withoutElements(html, 'address');
  const lower = unaddressed.toLowerCase();
  const last = Math.max(lower.lastIndexOf('<hr>'), lower.lastIndexOf('<hr '), lower.lastIndexOf('<hr/'));
  if (last < 0) return unaddressed;
  return PRODUCT_TOKEN.test(readable(unaddressed.slice(last))) ? unaddressed.slice(0, last) : unaddressed;
}

/**
 * `html` without its closed `name` elements, each from its opening tag to the next closing one (an
 * unclosed one stays). One search for each end: linear however many opening tags a body holds.
 */
function withoutElements(html: string, name: string): string {
  const opening = new RegExp(`<${name}\\b[^<>]*>`, 'gi');
  const closing = new RegExp(`</${name}\\s*>`, 'gi');
  let kept = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const open = opening.exec(html);
    if (!open) return kept + html.slice(from);
    closing.lastIndex = open.index + open[0].length;
    const end = closing.exec(html);
    if (!end) return kept + html.slice(from);
    kept += `${html.slice(from, open.index)} `;
    from = end.index + end[0].length;
  }
}

/**
 * Elements a browser draws inside a line of words (Spotify's pages and gateways' use `<b>`, `<i>`,
 * `<a>`, `<span>`, `<code>`): their tags join what is around them, as a reader sees it, so a token
 * written `BQD<b>abc</b>xyz` reads as one word and is redacted as one (redact-match.ts matches
 * through tags too).
 */
const INLINE_ELEMENTS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);
/**
 * Other HTML elements (WHATWG HTML's, with the obsolete ones error pages still use): a tag of one of
 * these, or of INLINE_ELEMENTS, is markup; `<scope user-read-private>` names none and is text.
 */
const BLOCK_ELEMENTS = new Set(
  'address article aside base blockquote body br button caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input label legend li link main menu meta nav noscript object ol optgroup option p picture pre script section select source style summary svg table tbody td template textarea tfoot th thead title tr ul video audio canvas embed map area track param'.split(
    ' ',
  ),
);
/**
 * A tag (`<`, a name, then up to the next `>`: no `<` inside, so linear however many `<` a body
 * holds), a comment or doctype (`<!...>`) or a processing instruction (`<?...?>`).
 */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>|<[!?][^<>]*>/g;

/**
 * `html` with its markup dropped: an inline element's tag (INLINE_ELEMENTS), a comment, a doctype
 * become nothing, another HTML element's tag (a paragraph, a line break, a heading) `blockBreak` (a
 * space unless given), so words stay apart. What looks like a tag but names no HTML element (`<scope user-read-private>`) is text.
 */
function withoutTags(html: string, blockBreak = ' '): string {
  return html.replace(TAG, (tag, name: string | undefined) => {
    if (name === undefined) return '';
    const lower = name.toLowerCase();
    if (INLINE_ELEMENTS.has(lower)) return '';
    return BLOCK_ELEMENTS.has(lower) ? blockBreak : tag;
  });
}

/**
 * The first closed `name` element of `page` (`title`, `h1`): its inner HTML (tags and all: a title
 * written with tags inside is still read), and where the whole element starts and ends. One search
 * for each end, linear in the page however many unclosed elements it holds.
 */
function element(page: string, name: string): { inner: string; from: number; to: number } | undefined {
  const opening = new RegExp(`<${name}\\b[^<>]*>`, 'i').exec(page);
  if (!opening) return undefined;
  const start = opening.index + opening[0].length;
  const closing = new RegExp(`</${name}\\s*>`, 'ig');
  closing.lastIndex = start;
  const end = closing.exec(page);
  return end === null
    ? undefined
    : { inner: page.slice(start, end.index), from: opening.index, to: end.index + end[0].length };
}

/**
 * `html` without the contents of its `<script>` and `<style>` elements (code, not words): each runs
 * from its opening tag to its closing tag (`</style >` too, any case) or, unclosed, to the end. One
 * linear pass, so a body of many unclosed tags costs no more than its length.
 */
function withoutScriptsAndStyles(html: string): string {
  const lower = html.toLowerCase();
  const opening = /<(script|style)\b/g;
  let kept = '';
  let from = 0;
  for (;;) {
    opening.lastIndex = from;
    const found = opening.exec(lower);
    if (!found) return kept + html.slice(from);
    kept += `${html.slice(from, found.index)} `;
    const closing = new RegExp(`</${found[1]}\\s*>`, 'g');
    closing.lastIndex = found.index;
    const end = closing.exec(lower);
    if (!end) return kept;
    from = end.index + end[0].length;
  }
}

/**
 * The Web API's error body, when it is one. A `message` that is no string (a number, a boolean, an
 * object) is '': a value is not Spotify's text, so the status speaks instead, as it does for an empty
 * body (s38, issue 7 item 4, LOW: `{"error":{"message":5}}` read "5").
 */
export function readApiErrorBody(
  text: string,
): { error: { status: number; message: string; reason?: string } } | undefined {
  const parsed = tryJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const error = (parsed.value as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, message, reason } = error as Record<string, unknown>;
  return {
    error: {
      status: typeof status === 'number' ? status : 0,
      message: typeof message === 'string' ? message : '',
      ...(typeof reason === 'string' ? { reason } : {}),
    },
  };
}

/**
 * A Web API error answer as a SpotifyAPIError; a missing or garbled body still gives one. Every body
 * type is read one way (spokenWords): the Web API's JSON error object, another JSON error object, a
 * JSON string, plain text and HTML give the same message for the same words, and words that only
 * repeat the status's phrase (`Forbidden`, `{"error":{"status":403,"message":"Forbidden"}}`,
 * `<title>502 Bad Gateway</title>`, `Internal Server Error` with 500: status-words.ts) give the
 * message of an empty body, `Spotify answered <status>`, with no reason, whatever the status.
 */
export function apiError(response: TransportResponse, secrets: readonly string[] = []): SpotifyAPIError {
  const raw = readApiErrorBody(response.text);
  // Spotify's message and reason go into GraphQL errors and logs: bounded and redacted here, once.
  // The message as read (markup dropped); words that are only the status stay in the body as sent.
  const body = raw && {
    error: {
      status: raw.error.status,
      message:
        readableErrorText(raw.error.message, response.status, secrets) ||
        safeSpotifyText(raw.error.message, secrets, MAX_ERROR_TEXT),
      ...(raw.error.reason === undefined
        ? {}
        : { reason: safeSpotifyText(raw.error.reason, secrets, MAX_REASON_TEXT) }),
    },
  };
  const said = spokenWords(response, raw, secrets);
  const message = said.message || `Spotify answered ${response.status}`;
  return new SpotifyAPIError(message, {
    status: response.status,
    reason: body?.error.reason ?? said.reason ?? textReason(response.status, message),
    body,
  });
}

/**
 * What an error body says, read one way whatever its type, each text through readableErrorText (markup
 * dropped, bounded, redacted; '' when it only repeats the status): the Web API object's `message`; else
 * (another shape, or an empty `message`) otherJsonError's words and `error` word as the reason (`{"error":
 * "access_denied", "error_description": "..."}`, as the accounts service and some gateways send); a JSON
 * string's text (unquoted, as Spotify sends `"User not registered"`); nothing for other JSON that is no
 * object (`null`, `403`, `true`, `[]`: a value, not a message, so the status speaks instead; v13
 * re-attack on issue 7, I5) or for a body labelled JSON that is cut short; else the text of a plain-text
 * or HTML body (Spotify sends some errors so, a user not allowed into a Development Mode app, sometimes
 * labelled JSON).
 */
function spokenWords(
  response: TransportResponse,
  raw: ReturnType<typeof readApiErrorBody>,
  secrets: readonly string[],
): { message: string; reason?: string | undefined } {
  const read = (words: string): string => readableErrorText(words, response.status, secrets);
  const fromObject = raw === undefined ? '' : read(raw.error.message);
  if (fromObject !== '') return { message: fromObject };
  const parsed = tryJson(response.text);
  if (!parsed.ok) return { message: truncatedJson(response) ? '' : read(response.text) };
  if (typeof parsed.value === 'string') return { message: read(parsed.value) };
  const other = otherJsonError(parsed.value);
  if (other === undefined) return { message: '' };
  const reason = other.reason === undefined ? '' : read(other.reason);
  return {
    message: read(other.message) || reason,
    reason: reason === '' ? undefined : safeSpotifyText(other.reason ?? '', secrets, MAX_REASON_TEXT),
  };
}

/**
 * Whether an error body labelled JSON reads as JSON cut short (it opens with `{` or `[` but does not
 * parse): its text is no message. A body labelled JSON that is plain words is read as text.
 */
function truncatedJson(response: TransportResponse): boolean {
  return contentType(response).includes('json') && /^\uFEFF?\s*[[{]/.test(response.text);
}

/**
 * The player's reason for a refusal Spotify sent as text only, without its JSON `reason`
 * ("Player command failed: No active device found" with 404, "... Premium required" with 403): the
 * same NO_ACTIVE_DEVICE / PREMIUM_REQUIRED its JSON answer carries (Web API reference, "Player" errors).
 */
function textReason(status: number, message: string): string | undefined {
  if (status === 404 && /\bno active device\b/i.test(message)) return 'NO_ACTIVE_DEVICE';
  if (status === 403 && /\bpremium required\b/i.test(message)) return 'PREMIUM_REQUIRED';
  return undefined;
}

/** How many entries of an error body's `errors` list are searched for a message. */
const MAX_LISTED_ERRORS = 20;

/**
 * The words of a JSON error body that is not the Web API's shape (or is, with an empty message), as
 * sent: its `error_description`, `message`, `detail` (RFC 9457 problem+json), first non-empty
 * `errors[].message` (a gateway's GraphQL-style list) or `title`, as the message, and a string `error`
 * as the reason; with none of those, its `error` word as the message alone (no reason: the same words
 * said once, as every other body type says them). Undefined when `value` is no object or says nothing.
 */
function otherJsonError(value: unknown): { message: string; reason: string | undefined } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const word = typeof fields.error === 'string' && fields.error !== '' ? fields.error : undefined;
  // The first entry of a gateway's `errors` list that says something (an empty first one says nothing).
  const listed = Array.isArray(fields.errors)
    ? fields.errors
        .slice(0, MAX_LISTED_ERRORS)
        .map((entry: unknown) =>
          typeof entry === 'object' && entry !== null ? (entry as { message?: unknown }).message : undefined,
        )
        .find((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')
    : undefined;
  const described = [fields.error_description, fields.message, fields.detail, listed, fields.title].find(
    (entry): entry is string => typeof entry === 'string' && entry.trim() !== '',
  );
  // A bare `{"error": "x"}` says its word once, as its message (as `{"message": "x"}` and `"x"` do):
  // the word is a reason only beside words that describe it (s37, issue 7 item 4, LOW).
  if (described === undefined) return word === undefined ? undefined : { message: word, reason: undefined };
  return { message: described, reason: word };
}

/** Whether a 401 says the access token expired (rather than being invalid or revoked). */
export function isExpiredTokenAnswer(response: TransportResponse): boolean {
  return response.status === 401 && /expired/i.test(readApiErrorBody(response.text)?.error.message ?? '');
}

/**
 * The RFC 6749 section 5.2 error code that an accounts-service refusal sent as words (plain text, an
 * HTML page, a non-RFC JSON message) names, as Spotify's JSON body would carry it: `invalid_client`
 * for "invalid_client", "Invalid client", "Invalid client secret", "INVALID_CLIENT: ..." (the
 * emulator's and Spotify's words for a refused client id or secret); `unauthorized_client`;
 * `invalid_grant` for "invalid_grant", "Invalid refresh token", "Refresh token revoked", "Invalid
 * authorization code", "Authorization code expired" (a user's grant: sign in again). Undefined for
 * other words.
 */
function oauthErrorIn(words: string): string | undefined {
  if (/\binvalid[\s_-]+client/i.test(words)) return 'invalid_client';
  if (/\bunauthorized[\s_-]+client\b/i.test(words)) return 'unauthorized_client';
  const grant =
    /\binvalid[\s_-]+grant\b|\binvalid\s+(?:refresh\s+token|authorization\s+code)\b|\b(?:refresh\s+token|authorization\s+code)\s+(?:revoked|expired)\b/i;
  return grant.test(words) ? 'invalid_grant' : undefined;
}

/**
 * An accounts-service error answer as a typed error: an RFC 6749 body's `error` becomes `reason` and
 * the message keeps it and its `error_description`; any other body (a gateway's text or HTML page,
 * other JSON) keeps its words as apiError reads them, and when those words name an RFC 6749 error
 * (oauthErrorIn: "Invalid client secret", "invalid_grant"; a 4xx only) it is the reason and the body's
 * `error`, as the JSON form gives them (s35 attack, LOW: a text `invalid_client` was an outage). All
 * bounded, and `secrets` (the grant's code or refresh token, the app's secret) redacted.
 * `invalid_grant` means sign in again (ReauthenticationRequired).
 */
export function accountsError(
  response: TransportResponse,
  secrets: readonly string[] = [],
): AccountsServiceError {
  const parsed = tryJson(response.text);
  let body: SpotifyErrorBody | undefined;
  let reason: string | undefined;
  let detail: string | undefined;
  if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null) {
    const fields = parsed.value as Record<string, unknown>;
    const error =
      typeof fields.error === 'string'
        ? safeSpotifyText(fields.error, secrets, MAX_REASON_TEXT)
        : fields.error;
    const description =
      typeof fields.error_description === 'string'
        ? safeSpotifyText(fields.error_description, secrets, MAX_ERROR_TEXT)
        : undefined;
    if (typeof error === 'string') {
      reason = error;
      detail = typeof description === 'string' ? `${error}: ${description}` : error;
      body = { error, ...(typeof description === 'string' ? { error_description: description } : {}) };
    }
  }
  if (reason === undefined) {
    // Not an RFC 6749 answer (a Web API shaped body, other JSON, a gateway's text or HTML page): keep
    // what it says as the API error path reads it (bounded, redacted), not only its status.
    const api = apiError(response, secrets);
    body = api.body;
    detail = api.message === `Spotify answered ${response.status}` ? undefined : api.message;
    // The same refusal in words ("Invalid client secret", "invalid_grant") reads as its JSON form.
    reason = detail === undefined || response.status >= 500 ? undefined : oauthErrorIn(detail);
    if (reason !== undefined && detail !== undefined) {
      const bare = detail.toLowerCase() === reason;
      body = bare ? { error: reason } : { error: reason, error_description: detail };
      detail = bare ? reason : `${reason}: ${detail}`;
    }
  }
  if (reason === 'invalid_grant')
    return new ReauthenticationRequired({ status: response.status, reason, body, detail });
  // A 5xx is the service failing, not a refusal of the request (the app-token path's words, 0535ca3).
  const what = response.status >= 500 ? 'failed' : 'refused the request';
  return new AccountsServiceError(
    `The accounts service ${what} (${response.status}${detail ? `, ${detail}` : ''})`,
    { status: response.status, reason, body, detail },
  );
}
