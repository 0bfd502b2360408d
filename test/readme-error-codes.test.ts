import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorsTableText, README, readmeErrorCodes } from './helpers/readme-errors.js';

/**
 * The README's "Errors" table is the one list of the codes a client can get (`extensions.code` from
 * /graphql, `error.code` from /auth/*). Its codes are read from the code: every UPPER_SNAKE string
 * literal of the server's own directories, plus the one-word codes in `code: '...'` and in the
 * `...Code` union types, minus the names that are something else (the configuration table's variable
 * names, and NOT_CODES below). src/spotify (the client library, whose codes the client's own Errors
 * section lists) and src/emulator (Spotify's answers) are not the server's answers. The refusals
 * graphql-yoga writes itself have no literal in src: test/server/library-refusals.test.ts requests each
 * of them and checks its code against this table.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_DIRS = ['src/server', 'src/resolvers', 'src/auth', 'src/schema', 'src/redis'];

/** Upper-case literals in the server's code that are not codes a client gets, and why. */
const NOT_CODES: Record<string, string> = {
  APPEARS_ON: 'an AlbumGroup enum value',
  BAD_RESPONSE: "a SpotifyError code of the client library, compared against (mapped to the server's codes)",
  USAGE_ERROR: 'a SpotifyError code of the client library, compared against',
  QUOTA_EXCEEDED: "a reason in Spotify's 429, quoted in a SPOTIFY_RATE_LIMITED message",
  CONSENT_REQUIRED: "the `login` command's own error (a CLI exit), not an answer of the server",
  NODE_ENV: 'a variable the INTROSPECTION_DISABLED message names (what turned introspection off)',
  EAI_AGAIN: 'a DNS error of node:net, compared against when a --host does not resolve (a CLI exit)',
  HPE_HEADER_OVERFLOW:
    "an error of Node's HTTP parser, compared against (answered REQUEST_HEADER_FIELDS_TOO_LARGE)",
  HPE_CHUNK_EXTENSIONS_OVERFLOW: "an error of Node's HTTP parser, answered 413 REQUEST_ENTITY_TOO_LARGE",
  HPE_INVALID_URL: "an error of Node's HTTP parser (bytes a URL may not carry), answered 400 BAD_REQUEST",
  HPE_INVALID_CONSTANT:
    "an error of Node's HTTP parser (a space in the request line's URL among them), answered 400 BAD_REQUEST",
  HPE_INVALID_VERSION:
    "an error of Node's HTTP parser, answered 400 BAD_REQUEST (505 for a version it does not speak)",
  ERR_HTTP_REQUEST_TIMEOUT: "an error of Node's HTTP server, answered 408 REQUEST_TIMEOUT",
};

/** Every .ts file under `dir`, with its path relative to the repository. */
function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [{ path: join(dir, entry.name), text: readFileSync(join(ROOT, dir, entry.name), 'utf8') }]
        : [],
  );
}

/** The README's configuration table's variable names (its rows `| \`NAME\` | ...`), outside Errors. */
function configurationNames(): Set<string> {
  const errors = errorsTableText();
  return new Set(
    [...README.replace(errors, '').matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map(
      (match) => match[1] as string,
    ),
  );
}

/** The codes the server's code can answer with, each with a file that has it. */
function sourceCodes(): Map<string, string> {
  const config = configurationNames();
  const found = new Map<string, string>();
  const add = (code: string, path: string) => {
    if (!config.has(code) && !(code in NOT_CODES) && !found.has(code)) found.set(code, path);
  };
  for (const dir of SERVER_DIRS) {
    for (const { path, text } of sources(dir)) {
      for (const match of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) add(match[1] as string, path);
      for (const match of text.matchAll(/\bcode: '([A-Z]+)'/g)) add(match[1] as string, path);
      for (const union of text.matchAll(/type \w*Code =([^;]+);/g))
        for (const match of (union[1] as string).matchAll(/'([A-Z][A-Z0-9_]*)'/g))
          add(match[1] as string, path);
    }
  }
  return found;
}

describe("the README's Errors table", () => {
  it('lists every code the server answers with', () => {
    const listed = readmeErrorCodes();
    const missing = [...sourceCodes()]
      .filter(([code]) => !listed.has(code))
      .map(([code, path]) => `${code} (${path})`);
    expect(
      missing,
      'codes in src missing from the README Errors table (or add them to NOT_CODES with why)',
    ).toEqual([]);
  });

  it('lists no code that appears nowhere in src', () => {
    const all = sources('src')
      .map(({ text }) => text)
      .join('\n');
    const unknown = [...readmeErrorCodes()].filter((code) => !new RegExp(`\\b${code}\\b`).test(all));
    expect(unknown).toEqual([]);
  });

  it('finds the codes of each kind of source (the scan itself works)', () => {
    const codes = sourceCodes();
    // One of each form: a `code: '...'` literal, a union member, a constant, a limit refusal, /auth.
    for (const code of [
      'FORBIDDEN',
      'GRAPHIQL_DISABLED',
      'QUERY_TOO_DEEP',
      'STATE_MISMATCH',
      'TOO_MANY_SUBSCRIPTIONS',
    ])
      expect(codes.has(code), code).toBe(true);
    expect(codes.get('STATE_MISMATCH')).toBe('src/auth/routes.ts');
  });
});
