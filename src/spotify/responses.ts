/** Turning Spotify's answers into values or typed errors, whatever state their bodies are in. */
import {
  AccountsServiceError,
  ReauthenticationRequired,
  SpotifyAPIError,
  type SpotifyErrorBody,
} from './errors.js';
import type { TransportResponse } from './transport.js';

function contentType(response: TransportResponse): string {
  const value = response.headers['content-type'];
  return (Array.isArray(value) ? value[0] : value)?.toLowerCase() ?? '';
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
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

/**
 * A plain-text or HTML error body as one readable line: tags and entities dropped, whitespace
 * collapsed, anything that looks like a token or a bearer credential replaced, cut at MAX_ERROR_TEXT.
 * Empty when nothing readable is left.
 */
export function readableErrorText(text: string): string {
  const plain = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/Bearer\s+\S+/gi, 'Bearer [redacted]')
    .replace(/[A-Za-z0-9_\-.~+/]{40,}=*/g, '[redacted]')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > MAX_ERROR_TEXT ? `${plain.slice(0, MAX_ERROR_TEXT - 1)}…` : plain;
}

/** The Web API's error body, when it is one. */
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

/** A Web API error answer as a SpotifyAPIError; a missing or garbled body still gives one. */
export function apiError(response: TransportResponse): SpotifyAPIError {
  const body = readApiErrorBody(response.text);
  // Spotify sends some errors as plain text or HTML (a user not allowed into a Development Mode app):
  // keep what it says rather than only the status.
  // A body labelled JSON that does not parse (truncated) has nothing readable to keep.
  const text =
    body === undefined && !contentType(response).includes('json') ? readableErrorText(response.text) : '';
  const message = body?.error.message || text || `Spotify answered ${response.status}`;
  return new SpotifyAPIError(message, { status: response.status, reason: body?.error.reason, body });
}

/** Whether a 401 says the access token expired (rather than being invalid or revoked). */
export function isExpiredTokenAnswer(response: TransportResponse): boolean {
  return response.status === 401 && /expired/i.test(readApiErrorBody(response.text)?.error.message ?? '');
}

/** An accounts-service error answer (RFC 6749 body) as a typed error; invalid_grant means sign in again. */
export function accountsError(response: TransportResponse): AccountsServiceError {
  const parsed = tryJson(response.text);
  let body: SpotifyErrorBody | undefined;
  let reason: string | undefined;
  let detail: string | undefined;
  if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null) {
    const { error, error_description: description } = parsed.value as Record<string, unknown>;
    if (typeof error === 'string') {
      reason = error;
      detail = typeof description === 'string' ? `${error}: ${description}` : error;
      body = { error, ...(typeof description === 'string' ? { error_description: description } : {}) };
    } else {
      const apiBody = readApiErrorBody(response.text);
      body = apiBody;
      detail = apiBody?.error.message;
    }
  }
  if (reason === 'invalid_grant')
    return new ReauthenticationRequired({ status: response.status, reason, body });
  return new AccountsServiceError(
    `The accounts service refused the request (${response.status}${detail ? `, ${detail}` : ''})`,
    { status: response.status, reason, body },
  );
}
