import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type RunningServer, serve } from '../../src/server/serve.js';
import { graphql } from '../generated/index.js';
import { launchTestBrowser, type TestBrowser, withScreenshotOnFailure } from '../helpers/browser.js';
import { documentText } from '../helpers/documents.js';
import { testLogLevel } from '../helpers/log-level.js';

const SIGN_IN_ME = graphql(`query SignInMe { me { spotifyId displayName } }`);
const FRONTEND_ME = graphql(`query FrontendMe { me { displayName } }`);
const dir = mkdtempSync(join(tmpdir(), 'sg-browser-'));
const lines: string[] = [];
let browser: TestBrowser;
let running: RunningServer;
/** A frontend's page (a blank HTML page) on another port, served on 127.0.0.1. */
const frontend = createServer((_req, res) => {
  res.setHeader('content-type', 'text/html');
  res.end('<!doctype html><title>frontend</title>');
});
let frontendPort: number;

beforeAll(async () => {
  await new Promise<void>((resolve) => frontend.listen(0, '127.0.0.1', resolve));
  frontendPort = (frontend.address() as AddressInfo).port;
  // The sandbox, as a newcomer starts it (on any free port), with its store in a scratch folder; the
  // frontend allowed by both of its names (Vite's localhost, and 127.0.0.1).
  running = await serve({
    port: 0,
    env: {
      STORE_URL: `sqlite:${join(dir, 'sandbox.db')}`,
      LOG_LEVEL: testLogLevel(),
      ALLOWED_ORIGINS: `http://localhost:${frontendPort},http://127.0.0.1:${frontendPort}`,
    },
    log: (line) => lines.push(line),
  });
  browser = await launchTestBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  frontend.close();
  rmSync(dir, { recursive: true, force: true });
});

test('sandbox: /auth/login -> the emulator sign-in page -> GraphiQL runs me with the session cookie', async () => {
  const origin = new URL(running.url).origin;
  expect(lines).toContain(`Sign in: ${origin}/auth/login (store: sqlite:${join(dir, 'sandbox.db')})`);
  const page = await browser.newPage();
  await withScreenshotOnFailure(page, 'sandbox-sign-in-graphiql', async () => {
    const returnTo = `/graphql?query=${encodeURIComponent(documentText(SIGN_IN_ME))}`;
    await page.goto(`${origin}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
    // The emulator's page: pick a seeded user and agree.
    await page.waitForSelector('select[name=user]');
    expect(page.url().startsWith(`${running.emulator?.url}/authorize?`)).toBe(true);
    await page.select('select[name=user]', 'carol');
    await Promise.all([page.waitForNavigation(), page.click('button[value=approve]')]);
    expect(page.url()).toBe(`${origin}${returnTo}`);
    // GraphiQL, with the query from the URL: run it.
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => /"spotifyId":\s*"carol"/.test(document.querySelector('.result-window')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    const cookies = await page.browserContext().cookies();
    const session = cookies.find((cookie) => cookie.name === 'sg_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
  });
}, 90_000);

test('a sign-in started at localhost (the server prints 127.0.0.1) finishes signed in on 127.0.0.1, not STATE_MISMATCH', async () => {
  const origin = new URL(running.url).origin;
  const page = await browser.newPage();
  // Nothing the emulator's sign-in page loads answers an error (it asks for no /favicon.ico). The
  // server's own pages are not counted: the browser may ask for its icon after the test ends.
  const failed: string[] = [];
  const emulator = running.emulator?.url ?? '';
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(emulator))
      failed.push(`${response.status()} ${response.url()}`);
  });
  await withScreenshotOnFailure(page, 'sandbox-sign-in-localhost', async () => {
    await page.goto(`http://localhost:${new URL(origin).port}/auth/login?returnTo=%2Fauth%2Fsession`);
    await page.waitForSelector('select[name=user]');
    await page.select('select[name=user]', 'alice');
    await Promise.all([page.waitForNavigation(), page.click('button[value=approve]')]);
    expect(page.url()).toBe(`${origin}/auth/session`);
    const body = await page.evaluate(() => document.body.textContent ?? '');
    expect(body).not.toContain('STATE_MISMATCH');
    expect(JSON.parse(body)).toMatchObject({ user: { id: 'alice' } });
    expect(failed).toEqual([]);
  });
}, 90_000);

test('another site cannot frame GraphiQL or the sign-in error page (frame-ancestors none)', async () => {
  const origin = new URL(running.url).origin;
  // A page on another origin (another port) that frames both.
  const framing = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(
      `<iframe id="g" src="${origin}/graphql"></iframe><iframe id="e" src="${origin}/auth/callback?error=access_denied"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
  const { port } = framing.address() as AddressInfo;
  const page = await browser.newPage();
  try {
    await withScreenshotOnFailure(page, 'graphiql-framed', async () => {
      await page.goto(`http://127.0.0.1:${port}/`);
      // The frames navigate (and are refused) on their own: wait until both have settled somewhere.
      await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
      const framesSettled = async (): Promise<string[]> =>
        page
          .frames()
          .filter((frame) => frame !== page.mainFrame())
          .map((frame) => frame.url());
      let urls: string[] = [];
      for (let attempt = 0; attempt < 100; attempt++) {
        urls = await framesSettled();
        if (urls.length === 2 && urls.every((url) => url !== '' && url !== 'about:blank')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const frame of page.frames().filter((frame) => frame !== page.mainFrame())) {
        // A refused frame is Chromium's error page: nothing of ours rendered inside it.
        const text = await frame.evaluate(() => document.body?.textContent ?? '').catch(() => '');
        expect(text).not.toContain('Sign-in did not complete');
        expect(await frame.$('.graphiql-container')).toBeNull();
      }
      // The same page opened directly renders, so it was the framing that was refused.
      const direct = await browser.newPage();
      await direct.goto(`${origin}/auth/callback?error=access_denied`, { waitUntil: 'load' });
      expect(await direct.evaluate(() => document.body.textContent)).toContain('Sign-in did not complete');
      await direct.close();
    });
  } finally {
    framing.close();
  }
}, 60_000);

/**
 * New-user F14 in a real browser: a frontend on http://localhost:<port> (Vite's way) calls the server on
 * 127.0.0.1 with credentials after signing in. Chromium does not send the SameSite=Lax cookie to
 * another site, and the answer's UNAUTHENTICATED error says so (extensions.cookieHint); the same page
 * on 127.0.0.1 is signed in.
 */
test('a signed-in frontend on another site gets UNAUTHENTICATED with a cookieHint; on the same site it is signed in', async () => {
  const origin = new URL(running.url).origin;
  const page = await browser.newPage();
  await withScreenshotOnFailure(page, 'frontend-cookie-hint', async () => {
    await page.goto(`${origin}/auth/login?returnTo=${encodeURIComponent('/auth/session')}`);
    await page.waitForSelector('select[name=user]');
    await page.select('select[name=user]', 'carol');
    await Promise.all([page.waitForNavigation(), page.click('button[value=approve]')]);
    const ask = (pageOrigin: string) =>
      page.goto(`${pageOrigin}/`).then(() =>
        page.evaluate(
          async (url, query) =>
            (await fetch(url, {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query }),
            }).then((response) => response.json())) as {
              data?: { me: { displayName: string } | null };
              errors?: { message: string; extensions?: Record<string, unknown> }[];
            },
          `${origin}/graphql`,
          documentText(FRONTEND_ME),
        ),
      );
    const crossSite = await ask(`http://localhost:${frontendPort}`);
    expect(crossSite.data).toEqual({ me: null });
    expect(crossSite.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(crossSite.errors?.[0]?.message).toContain('extensions.cookieHint');
    expect(String(crossSite.errors?.[0]?.extensions?.cookieHint)).toContain(
      `This request comes from http://localhost:${frontendPort}, another site`,
    );
    expect(String(crossSite.errors?.[0]?.extensions?.cookieHint)).toContain('SameSite=Lax');
    const sameSite = await ask(`http://127.0.0.1:${frontendPort}`);
    expect(sameSite).toEqual({ data: { me: { displayName: expect.any(String) } } });
  });
  await page.close();
}, 90_000);
