/** Turning Spotify's answers into values or typed errors, whatever state their bodies are in. */

import { DecodingMode, decodeHTML } from 'entities';
import {
  AccountsServiceError,
  ReauthenticationRequired,
  SpotifyAPIError,
  type SpotifyErrorBody,
} from './errors.js';
import { safeSpotifyText } from './redact.js';
import { isOnlyStatusPhrase } from './status-words.js';
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
 * A plain-text or HTML error body as one readable line. An HTML page says what its `<title>` and its
 * first `<h1>` say, each when it has words (letters: not only a status such as "400") and the heading
 * only when the title does not already hold it ("Error: INVALID_CLIENT: Invalid redirect URI" from
 * Spotify's accounts page; "403 Forbidden" once from a gateway's), never the rest of the body after
 * them; a page with neither, or plain text, is its whole text with tags dropped. HTML entities are
 * decoded (`&amp;` is `&`, with the `entities` library's full HTML table, read as in an attribute:
 * `&region=` stays as written, see redact.ts) after the tags are dropped,
 * so a decoded `&lt;` is text; then as safeSpotifyText: format and control characters removed,
 * whitespace collapsed, the given secrets (and their fragments), bearer credentials and token-shaped
 * runs replaced, cut at MAX_ERROR_TEXT. Empty when nothing readable is left.
 */
export function readableErrorText(text: string, secrets: readonly string[] = []): string {
  const page = withoutScriptsAndStyles(text.slice(0, MAX_HTML_READ)).slice(0, MAX_ERROR_BODY_READ);
  const said = (html: string | undefined): string | undefined => {
    const words = html === undefined ? '' : decodeHTML(withoutTags(html), DecodingMode.Attribute).trim();
    return /\p{L}/u.test(words) ? words : undefined;
  };
  const titled = element(page, 'title');
  const title = said(titled?.inner);
  const heading = said(element(page, 'h1')?.inner);
  const parts = [title, heading !== undefined && title?.includes(heading) ? undefined : heading];
  const headline = parts.filter((part) => part !== undefined).join(': ');
  const rest = titled === undefined ? page : page.slice(0, titled.from) + page.slice(titled.to);
  const words = headline || decodeHTML(withoutTags(rest), DecodingMode.Attribute);
  return safeSpotifyText(words, secrets, MAX_ERROR_TEXT);
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
/** A tag or comment (`<` up to the next `>`, no `<` inside: linear however many `<` a body holds). */
const TAG = /<[^<>]*>/g;

/**
 * `html` with its tags dropped: an inline element's tag (INLINE_ELEMENTS) and a comment (`<!...>`)
 * become nothing, any other tag (a paragraph, a line break, a heading) a space, so words stay apart.
 */
function withoutTags(html: string): string {
  return html.replace(TAG, (tag) => {
    const name = /^<\/?([A-Za-z][A-Za-z0-9]*)/.exec(tag)?.[1]?.toLowerCase();
    return tag.startsWith('<!') || (name !== undefined && INLINE_ELEMENTS.has(name)) ? '' : ' ';
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
 * The Web API's error body, when it is one (a number as `message` is kept as its digits; any other
 * non-string message is '').
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
      message: typeof message === 'string' ? message : typeof message === 'number' ? String(message) : '',
      ...(typeof reason === 'string' ? { reason } : {}),
    },
  };
}

/** A Web API error answer as a SpotifyAPIError; a missing or garbled body still gives one. */
export function apiError(response: TransportResponse, secrets: readonly string[] = []): SpotifyAPIError {
  const raw = readApiErrorBody(response.text);
  // Spotify's message and reason go into GraphQL errors and logs: bounded and redacted here, once.
  const body = raw && {
    error: {
      status: raw.error.status,
      message: safeSpotifyText(raw.error.message, secrets, MAX_ERROR_TEXT),
      ...(raw.error.reason === undefined
        ? {}
        : { reason: safeSpotifyText(raw.error.reason, secrets, MAX_REASON_TEXT) }),
    },
  };
  // Spotify sends some errors as plain text or HTML (a user not allowed into a Development Mode app),
  // sometimes labelled JSON: keep what it says rather than only the status, whatever the label.
  // A body labelled JSON that starts as JSON but does not parse (truncated) has nothing readable to keep.
  // Words that are only the status's phrase (`403 Forbidden`, a gateway's `<title>403 Forbidden</title>`,
  // status-words.ts) give no reason: such a body is read as an empty one.
  const saying = (words: string | undefined): string | undefined =>
    words === undefined || isOnlyStatusPhrase(words, response.status) ? undefined : words;
  const text = body === undefined && !truncatedJson(response) ? bodyText(response.text, secrets) : '';
  // A JSON error body of another shape (`{"error": "access_denied", "error_description": "..."}`, as
  // the accounts service and some gateways send) still says something: keep it.
  const other = body === undefined ? otherJsonError(response.text, secrets) : undefined;
  const message =
    body?.error.message.trim() ||
    saying(text) ||
    saying(other?.message) ||
    saying(otherJsonError(response.text, secrets)?.message) ||
    `Spotify answered ${response.status}`;
  return new SpotifyAPIError(message, {
    status: response.status,
    reason: body?.error.reason ?? saying(other?.reason) ?? textReason(response.status, message),
    body,
  });
}

/**
 * The words of an error body that is not the Web API's JSON object: a JSON string's text (unquoted,
 * as Spotify sends `"User not registered"`), nothing for other JSON that is no object (`null`, `403`,
 * `true`, `[]`: a value, not a message, so the status speaks instead; v13 re-attack on issue 7, I5),
 * else the readable text of a plain-text or HTML body. Bounded and redacted.
 */
function bodyText(text: string, secrets: readonly string[]): string {
  const parsed = tryJson(text);
  if (!parsed.ok) return readableErrorText(text, secrets);
  if (typeof parsed.value === 'string') return safeSpotifyText(parsed.value, secrets, MAX_ERROR_TEXT);
  return '';
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
 * The text of a JSON error body that is not the Web API's shape (or is, with an empty message): its
 * `error_description`, `message`, `detail` (RFC 9457 problem+json), first non-empty `errors[].message` (a
 * gateway's GraphQL-style list) or `title`, else its `error` word, as the message, and a string
 * `error` as the reason; bounded and redacted. Undefined when the body is no JSON object or says nothing.
 */
function otherJsonError(
  text: string,
  secrets: readonly string[],
): { message: string; reason: string | undefined } | undefined {
  const parsed = tryJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  const fields = parsed.value as Record<string, unknown>;
  const word = typeof fields.error === 'string' && fields.error !== '' ? fields.error : undefined;
  // The first entry of a gateway's `errors` list that says something (an empty first one says nothing).
  const listed = Array.isArray(fields.errors)
    ? fields.errors
        .slice(0, MAX_LISTED_ERRORS)
        .map((entry: unknown) =>
          typeof entry === 'object' && entry !== null ? (entry as { message?: unknown }).message : undefined,
        )
        .find((value): value is string => typeof value === 'string' && value.trim() !== '')
    : undefined;
  const described = [fields.error_description, fields.message, fields.detail, listed, fields.title].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const said = described ?? word;
  if (said === undefined) return undefined;
  return {
    message: safeSpotifyText(said, secrets, MAX_ERROR_TEXT),
    reason: word === undefined ? undefined : safeSpotifyText(word, secrets, MAX_REASON_TEXT),
  };
}

/** Whether a 401 says the access token expired (rather than being invalid or revoked). */
export function isExpiredTokenAnswer(response: TransportResponse): boolean {
  return response.status === 401 && /expired/i.test(readApiErrorBody(response.text)?.error.message ?? '');
}

/**
 * An accounts-service error answer as a typed error: an RFC 6749 body's `error` becomes `reason` and
 * the message keeps it and its `error_description`; any other body (a gateway's text or HTML page,
 * other JSON) keeps its words as apiError reads them. All bounded, and `secrets` (the grant's code or
 * refresh token, the app's secret) redacted. `invalid_grant` means sign in again (ReauthenticationRequired).
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
  }
  if (reason === 'invalid_grant')
    return new ReauthenticationRequired({ status: response.status, reason, body, detail });
  return new AccountsServiceError(
    `The accounts service refused the request (${response.status}${detail ? `, ${detail}` : ''})`,
    { status: response.status, reason, body, detail },
  );
}
