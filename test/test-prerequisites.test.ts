/**
 * The system programs `npm test` needs beyond npm's packages (README: Commands): when one is missing, the
 * helper that starts it fails the test file with a sentence naming the program, its Debian package and
 * the variable that points at it, not a bare spawn ENOENT or puppeteer's "Browser was not found".
 * A missing program fails its suites: nothing is skipped.
 */
import { describe, expect, it } from 'vitest';
import { launchTestBrowser } from './helpers/browser.js';
import { startTestRedis } from './helpers/redis.js';

describe('test prerequisites', () => {
  it('a missing redis-server names the package and REDIS_SERVER', async () => {
    const started = startTestRedis({ server: '/nonexistent/redis-server' });
    await expect(started).rejects.toThrow(
      /^redis-server not found \(\/nonexistent\/redis-server, ENOENT\).*apt-get install redis-server\) or set REDIS_SERVER/,
    );
  });

  it('a missing chromium names the package and CHROMIUM_PATH', async () => {
    const launched = launchTestBrowser({ executablePath: '/nonexistent/chromium' });
    await expect(launched).rejects.toThrow(
      /^chromium not found at \/nonexistent\/chromium:.*apt-get install chromium\) or set CHROMIUM_PATH/,
    );
  });
});
