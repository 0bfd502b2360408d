/**
 * A misspelled environment variable is named on start with the name it is close to (v18 new user, L6);
 * the names serve reads are the README's configuration table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeKnownName, misspelledVariables, SERVE_VARIABLES } from '../../src/server/variable-names.js';

describe('misspelled environment variables', () => {
  it('knows every variable of the README configuration table, and NODE_ENV', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## The GraphQL API'));
    const names = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect([...SERVE_VARIABLES].sort()).toEqual([...names, 'NODE_ENV'].sort());
  });

  it.each([
    ['SPOTIFY_CLIENTID', 'SPOTIFY_CLIENT_ID'],
    ['SPOTIFY_CLIENT_SECRETS', 'SPOTIFY_CLIENT_SECRET'],
    ['spotify_client_id', 'SPOTIFY_CLIENT_ID'],
    ['SPOTIFY_SECRET', 'SPOTIFY_CLIENT_SECRET'],
    ['SPOTIFY_REDIRECT_URL', 'SPOTIFY_REDIRECT_URI'],
    ['MAX_QUERY_COSTS', 'MAX_QUERY_COST'],
    ['MAX_QEURY_COST', 'MAX_QUERY_COST'],
    ['LOGLEVEL', 'LOG_LEVEL'],
    ['STORE_URI', 'STORE_URL'],
    ['SPOTFY_CLIENT_ID', 'SPOTIFY_CLIENT_ID'],
    ['REDIS_URI', 'REDIS_URL'],
    ['HOTS', 'HOST'],
    ['GRAPHQL', 'GRAPHIQL'],
  ])('takes %s for %s', (name, known) => {
    expect(closeKnownName(name)).toBe(known);
  });

  it.each([
    'HOSTNAME',
    'PWD',
    'HOME',
    'PATH',
    'TERM',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'REDIS_HOST',
    'REDIS_PORT',
    'NODE_OPTIONS',
    'NODE_PATH',
    'SPOTIFY_TOKEN',
    'SPOTIFY_CLIENT_ID',
    'npm_config_json',
    'port',
    'host',
    'PORT0',
    'HOST1',
    'LANG',
    'SHELL',
    'USER',
    'OLDPWD',
    'HOSTTYPE',
    'LOGNAME',
    'SHLVL',
    'PORTS',
    'PORT_0',
    'HOSTS',
    'HOST_NAME',
    'PORT_HTTP',
    'REDIS_URL_2',
    'STORE_URL_BACKUP',
    'GRAPHIQL_ENABLED',
  ])('leaves %s alone', (name) => {
    expect(closeKnownName(name)).toBeUndefined();
  });

  it('warns once per close name, with the known one, and never says a value', () => {
    const lines = misspelledVariables({
      SPOTIFY_CLIENTID: 'abc-secret-id',
      SPOTIFY_CLIENT_SECRETS: 's3cr3t',
      SPOTIFY_CLIENT_SECRET: 'right',
      HOSTNAME: 'box',
    });
    expect(lines).toEqual([
      'Warning: SPOTIFY_CLIENTID is not a variable spotify-graphql reads (ignored): did you mean SPOTIFY_CLIENT_ID?',
      'Warning: SPOTIFY_CLIENT_SECRETS is not a variable spotify-graphql reads (ignored; SPOTIFY_CLIENT_SECRET is set too)',
    ]);
    expect(lines.join('\n')).not.toMatch(/abc-secret-id|s3cr3t|right/);
  });
});
