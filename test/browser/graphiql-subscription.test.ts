import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { albumWith, deviceIds, player } from '../emulator/player-fixtures.js';
import { graphql } from '../generated/index.js';
import { launchTestBrowser, type TestBrowser, withScreenshotOnFailure } from '../helpers/browser.js';
import { documentText } from '../helpers/documents.js';
import { useTestServer } from '../helpers/server.js';

// A real browser on a shared 2-core machine: generous deadlines for every step.
vi.setConfig({ testTimeout: 150_000, hookTimeout: 60_000 });

/**
 * GraphiQL, as served by the server, runs a player subscription (over SSE, GraphiQL's default) and
 * shows a new event after the emulator's player changes.
 */

const t = useTestServer({
  listen: true,
  config: { playerPollIntervalMs: 200, playerIdlePollIntervalMs: 200 },
});

let browser: TestBrowser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SUBSCRIPTION = graphql(
  `subscription GraphiqlSubscriptionPlaybackState { playbackState { isPlaying device { name } } }`,
);

test('GraphiQL runs a playbackState subscription and shows the event a player change brings', async () => {
  await t.emu.reset();
  const alice = await t.emu.token({ user: 'alice' });
  const page = await browser.newPage();
  // The browser acts as alice: every request of the page carries her token (GraphiQL's own requests
  // included), as a signed-in session would.
  await page.setExtraHTTPHeaders({ authorization: `Bearer ${alice}` });
  // The headers of GraphiQL's event-stream requests: they carry the CSRF header, so a cookie-signed-in
  // GraphiQL passes the subscription Origin check in browsers that send no Sec-Fetch-Site either.
  const streamHeaders: Record<string, string>[] = [];
  page.on('request', (request) => {
    if ((request.headers().accept ?? '').includes('text/event-stream')) streamHeaders.push(request.headers());
  });
  await withScreenshotOnFailure(page, 'graphiql-subscription', async () => {
    await page.goto(`${t.url}?query=${encodeURIComponent(documentText(SUBSCRIPTION))}`, {
      waitUntil: 'domcontentloaded',
    });
    const run = await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    await run?.click();
    // The response pane's text, with the editor's non-breaking spaces made plain.
    const response = async () =>
      (
        await page.$eval('.graphiql-response', (element) => element.textContent ?? '').catch(() => '')
      ).replace(/\s+/g, ' ');
    await vi.waitFor(
      async () => {
        expect(await response()).toContain('"playbackState": null');
      },
      { timeout: 30_000, interval: 100 },
    );

    const { album } = albumWith(t.emu, 3);
    const devices = await deviceIds(t.emu, alice);
    const answer = await player(t.emu, alice).play(
      { context_uri: `spotify:album:${album.id}` },
      { device_id: devices.computer },
    );
    expect(answer.status).toBe(204);
    await vi.waitFor(
      async () => {
        const text = await response();
        expect(text).toContain('"isPlaying": true');
        expect(text).toContain(`"name": "Alice's Laptop"`);
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(streamHeaders.length).toBeGreaterThan(0);
    expect(streamHeaders.every((headers) => headers['x-graphql-yoga-csrf'] !== undefined)).toBe(true);
  });
  await page.close();
});
