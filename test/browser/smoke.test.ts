import { createServer } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchTestBrowser, type TestBrowser, withScreenshotOnFailure } from '../helpers/browser.js';

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('chromium renders a page served on loopback', async () => {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<title>ok</title><p id="x">hello</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const page = await browser.newPage();
  try {
    await withScreenshotOnFailure(page, 'smoke', async () => {
      await page.goto(`http://127.0.0.1:${address.port}/`);
      expect(await page.$eval('#x', (el) => el.textContent)).toBe('hello');
    });
  } finally {
    server.close();
  }
});
