/**
 * The credential redaction every client error message passes through removes credentials that text names
 * (`token=...`, `"refresh_token": "..."`, `Bearer ...`) and leaves the library's own sentences alone: a
 * message such as "No token: pass authToken" is prose, not a token named `pass`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpotifyError } from '../../src/spotify/index.js';
import { redactNamedCredentials } from '../../src/spotify/named-credentials.js';

/** Every fixed text (quoted literal, or a template's text between its `${}`s) the sources pass to a Spotify*Error. */
function libraryMessages(): string[] {
  const messages: string[] = [];
  const call = /new Spotify[A-Za-z]*Error\(\s*(['`])((?:\\.|(?!\1).)*)\1/gs;
  for (const dir of ['src/spotify', 'src/auth']) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(call)) {
        for (const part of match[2]!.split(/\$\{[^}]*\}/)) if (part.trim()) messages.push(part);
      }
    }
  }
  return messages;
}

describe('client error message redaction', () => {
  it('keeps every message the library itself writes unchanged', () => {
    const messages = libraryMessages();
    expect(messages.length).toBeGreaterThan(30);
    const changed = messages.filter((message) => redactNamedCredentials(message) !== message);
    expect(changed).toEqual([]);
  });

  it('keeps the no-token usage message readable', () => {
    const error = new SpotifyError(
      'No token: pass authToken or hold authentication (holdAuthentication: true)',
    );
    expect(error.message).toBe('No token: pass authToken or hold authentication (holdAuthentication: true)');
  });

  it("keeps Spotify's prose that names a word after a credential's name (v17 re-attack B1)", () => {
    for (const text of ['Invalid market code: SE', 'Playlist "Secret: Love" is private', 'No token: pass it'])
      expect(redactNamedCredentials(text)).toBe(text);
  });

  it('still redacts credentials however they are named or written', () => {
    const samples: Array<[string, string]> = [
      ['token: AQCshort99', 'AQCshort99'],
      ['password: hunter2', 'hunter2'],
      ['secret: Zq', 'Zq'],
      ['code: AbCd', 'AbCd'],
      ['code: SEK', 'SEK'],
      ['code=SE', 'SE'],
      ['code=abc', 'abc'],
      ['"refresh_token":"zzzz"', 'zzzz'],
      ["access_token: 'lowercaseonly'", 'lowercaseonly'],
      ['client_secret:plain', 'plain'],
      ['Authorization: Bearer BQDabc123', 'BQDabc123'],
      ['Authorization: Basic ZDAwOnMwMA==', 'ZDAwOnMwMA=='],
    ];
    for (const [text, secret] of samples) expect(redactNamedCredentials(text)).not.toContain(secret);
  });
});
