import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { SpotifyError } from './errors.js';

export interface SpotifyCookieInit {
  spT?: string;
  spDc?: string;
  spKey?: string;
}

/**
 * A signed-in Spotify web session's cookies (`sp_t`, `sp_dc`, `sp_key`), used by
 * `SpotifyApiClient.getCodeWithCookie` to get a code without a browser. Never printed.
 */
export class SpotifyCookie {
  spT: string | undefined;
  spDc: string | undefined;
  spKey: string | undefined;

  constructor(init: SpotifyCookieInit = {}) {
    this.spT = init.spT;
    this.spDc = init.spDc;
    this.spKey = init.spKey;
  }

  /** Reads a JSON file `{"sp_t": ..., "sp_dc": ..., "sp_key": ...}`; returns this cookie. */
  loadFromFile(path: string): this {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      // The path is the caller's own; why it could not be read is said in words (v14 new user, F8).
      throw new SpotifyError(`Cannot read a cookie JSON file at ${path}: ${unreadable(error)}`, {
        cause: error,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      // The file's content is not echoed (JSON.parse's message quotes it).
      throw new SpotifyError(`Cannot read a cookie JSON file at ${path}: it is not JSON`, { cause: error });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new SpotifyError('The cookie file must hold a JSON object with sp_t, sp_dc and sp_key');
    }
    const record = parsed as Record<string, unknown>;
    const read = (key: string): string | undefined => {
      const value = record[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'string') throw new SpotifyError(`The cookie file's ${key} must be a string`);
      return value;
    };
    this.spT = read('sp_t') ?? this.spT;
    this.spDc = read('sp_dc') ?? this.spDc;
    this.spKey = read('sp_key') ?? this.spKey;
    return this;
  }

  /** Throws a SpotifyError naming every missing part. */
  validate(): void {
    const missing = [
      ['sp_t', this.spT],
      ['sp_dc', this.spDc],
      ['sp_key', this.spKey],
    ]
      .filter(([, value]) => !value)
      .map(([name]) => name);
    if (missing.length > 0) throw new SpotifyError(`The Spotify cookie is missing ${missing.join(', ')}`);
  }

  /** The `Cookie` header value. */
  toHeader(): string {
    this.validate();
    return `sp_t=${this.spT}; sp_dc=${this.spDc}; sp_key=${this.spKey}`;
  }

  toJSON(): Record<string, string> {
    return { sp_t: '[redacted]', sp_dc: '[redacted]', sp_key: '[redacted]' };
  }

  [inspect.custom](): string {
    return 'SpotifyCookie [redacted]';
  }
}

/** Why a file could not be read, in words: its errno code said plainly, else the code itself. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied (this process may not read it)',
    EPERM: 'permission denied (this process may not read it)',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
  };
  return (
    (code && words[code]) ?? (code ? `the file could not be read (${code})` : 'the file could not be read')
  );
}
