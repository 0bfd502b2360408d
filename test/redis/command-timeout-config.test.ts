import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config.js';

describe('REDIS_COMMAND_TIMEOUT_MS', () => {
  it('defaults to 2000 ms and takes a whole number of milliseconds', () => {
    expect(configFromEnv({}).redisCommandTimeoutMs).toBe(2000);
    expect(configFromEnv({ REDIS_COMMAND_TIMEOUT_MS: '750' }).redisCommandTimeoutMs).toBe(750);
  });

  it.each(['abc', '0', '2.5', '-1'])('refuses %s with a ConfigError naming the variable', (value) => {
    expect(() => configFromEnv({ REDIS_COMMAND_TIMEOUT_MS: value })).toThrow(ConfigError);
    expect(() => configFromEnv({ REDIS_COMMAND_TIMEOUT_MS: value })).toThrow(/REDIS_COMMAND_TIMEOUT_MS/);
  });
});
