/**
 * `spotify-graphql/client`: the Spotify Web API client, its flows, token, cookie and errors, and the
 * endpoint groups with their option and object types.
 */

export type { ModeEvidence } from './app-mode.js';
export {
  type AppTokenObserver,
  type AuthorizationUrlOptions,
  type ConnectionOptions,
  DEFAULT_ACCOUNTS_URL,
  DEFAULT_API_URL,
  type RequestOptions,
  SpotifyApiClient,
  type SpotifyApiClientOptions,
  type TokenRenew,
  TokenRenewClass,
  type TokenRenewFunction,
  type TokenRenewHook,
} from './client.js';
export { SpotifyCookie, type SpotifyCookieInit } from './cookie.js';
export * from './endpoints/index.js';
export type {
  AppMode,
  EndpointSpec,
  EntryKind,
  EntryRule,
  HttpMethod,
  ParamSpec,
  ParamType,
  Scope,
} from './endpoints/types.js';
export { SCOPES } from './endpoints/types.js';
export {
  AccountsServiceError,
  AppTokenRefused,
  ChangeMayHaveApplied,
  IncompleteFlow,
  NotAvailableInDevelopmentMode,
  PartiallyApplied,
  RateLimitExceeded,
  ReauthenticationRequired,
  RequestTimeout,
  SpotifyAPIError,
  type SpotifyAPIErrorOptions,
  SpotifyBaseError,
  SpotifyError,
  type SpotifyErrorBody,
  type SpotifyErrorCode,
  type SpotifyErrorJson,
  SpotifyNetworkError,
  TokenExpired,
} from './errors.js';
export {
  AuthorizationCodeFlow,
  type AuthorizationCodeFlowInit,
  ClientCredentialsFlow,
  type ClientCredentialsFlowInit,
  createPkcePair,
  type PkcePair,
  pkceChallenge,
  type SpotifyFlow,
} from './flows.js';
export type { SpotifyType } from './ids.js';
export type { CursorPage, Page, PageLike } from './paging.js';
export { ManyCallsFailed } from './request-many.js';
export { SpotifyAuthorisationToken, type StoredToken, type TokenInit } from './token.js';
export type { RetryOptions } from './transport.js';
