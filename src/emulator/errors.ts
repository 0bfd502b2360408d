/**
 * Errors in Spotify's two formats. Handlers throw these; the server turns them into bodies.
 * Web API: `{"error":{"status":N,"message":"...","reason"?:"..."}}`.
 * Accounts service: RFC 6749 `{"error":"invalid_grant","error_description":"..."}`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): { error: { status: number; message: string; reason?: string } } {
    return {
      error: {
        status: this.status,
        message: this.message,
        ...(this.reason === undefined ? {} : { reason: this.reason }),
      },
    };
  }
}

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope';

export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthError';
  }

  body(): { error: OAuthErrorCode; error_description: string } {
    return { error: this.code, error_description: this.description };
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const notFound = (message = 'Resource not found'): ApiError => new ApiError(404, message);
export const forbidden = (message: string, reason?: string): ApiError => new ApiError(403, message, reason);
