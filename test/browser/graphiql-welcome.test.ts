/**
 * GraphiQL's welcome (its first editor text) and the home page in a real browser: a signed-in visitor
 * is told who is signed in and how to sign out; a visitor without a session how to sign in. Issue 7:
 * they said "Sign in" to a signed-in visitor. GraphiQL's page is the same bytes for both (rendered
 * once, cached publicly): the page asks /auth/session itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTTPResponse, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { type RunningServer, serve } from '../../src/server/serve.js';
import { SpotifyAuthorisationToken } from '../../src/spotify/token.js';
import { launchTestBrowser, type TestBrowser, withScreenshotOnFailure } from '../helpers/browser.js';
import { testLogLevel } from '../helpers/log-level.js';

// A real browser on a shared 2-core machine: generous deadlines for every step.
vi.setConfig({ testTimeout: 150_000, hookTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'sg-welcome-'));
let browser: TestBrowser;
let running: RunningServer;

beforeAll(async () => {
  // The sandbox (its emulator signs users in), with its store in a scratch folder.
  running = await serve({
    port: 0,
    env: { STORE_URL: `sqlite:${join(dir, 'sandbox.db')}`, LOG_LEVEL: testLogLevel() },
    log: () => undefined,
  });
  browser = await launchTestBrowser();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The query editor's text once GraphiQL has rendered it, with the editor's non-breaking spaces plain. */
async function editorText(page: Page): Promise<string> {
  let text = '';
  await vi.waitFor(
    async () => {
      text = (
        await page.$eval('.graphiql-query-editor', (element) => element.textContent ?? '').catch(() => '')
      ).replace(/\s+/g, ' ');
      expect(text).toContain('Welcome to spotify-graphql');
    },
    { timeout: 60_000, interval: 100 },
  );
  return text;
}

/** The home page's text as the browser shows it. */
async function homeText(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/`);
  return page.evaluate(() => document.body.textContent ?? '');
}

/** The GraphiQL page's caching headers, which must be the same page's for every visitor. */
const pageHeaders = (response: HTTPResponse | null) => ({
  status: response?.status(),
  cacheControl: response?.headers()['cache-control'],
  etag: response?.headers().etag,
});

/** The ETag of the page an anonymous browser gets (the page every visitor gets). */
async function anonymousEtag(origin: string): Promise<string | undefined> {
  const page = await browser.newPage();
  const response = await page.goto(`${origin}/graphql`);
  const etag = response?.headers().etag;
  await page.close();
  return etag;
}

/** GraphiQL's stored tabs' text (GraphiQL shows them, not the default query, on its next load). */
const storedTabs = (page: Page): Promise<string> =>
  page.evaluate(() => localStorage.getItem('graphiql:tabState') ?? '');

test('a visitor who opened GraphiQL, then signed in through the sandbox, is named by GraphiQL and the home page; signed out, no longer', async () => {
  const origin = new URL(running.url).origin;
  const page = await browser.newPage();
  await withScreenshotOnFailure(page, 'graphiql-welcome-signed-in', async () => {
    // First a look at GraphiQL before signing in: it stores its tab, with the welcome's "Sign in".
    await page.goto(`${origin}/graphql`);
    expect(await editorText(page)).toContain('Sign in at /auth/login');
    await vi.waitFor(async () => expect(await storedTabs(page)).toContain('Sign in at /auth/login'));
    await page.goto(`${origin}/auth/login?returnTo=${encodeURIComponent('/graphql')}`);
    await page.waitForSelector('select[name=user]');
    await page.select('select[name=user]', 'carol');
    const [landed] = await Promise.all([page.waitForNavigation(), page.click('button[value=approve]')]);
    expect(page.url()).toBe(`${origin}/graphql`);
    const text = await editorText(page);
    expect(text).toContain('You are signed in as Carol Premium (Spotify id carol)');
    expect(text).toContain('To sign out, POST /auth/logout');
    expect(text).not.toContain('Sign in at /auth/login');
    // The signed-in visitor got the page every visitor gets (public, the same ETag): no page was
    // rendered for this one.
    expect(pageHeaders(landed)).toEqual({
      status: 200,
      cacheControl: 'public, max-age=3600',
      etag: await anonymousEtag(origin),
    });
    // No token reaches the page: only the session's user.
    const session = (await page.browserContext().cookies()).find((cookie) => cookie.name === 'sg_session');
    expect(session?.value).toBeTruthy();
    expect(await page.content()).not.toContain(String(session?.value));
    const home = await homeText(page, origin);
    expect(home).toContain('You are signed in as Carol Premium (Spotify id carol)');
    expect(home).toContain('To sign out, POST /auth/logout');
    expect(home).not.toContain('Sign in at /auth/login');
    // Signed out as the welcome says, GraphiQL (its stored tab too) and the home page no longer name her.
    expect(text).toContain(
      "in this page's console, fetch('/auth/logout', { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' } })",
    );
    const logout = () =>
      fetch('/auth/logout', { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' } }).then(
        (r) => r.status,
      );
    expect(await page.evaluate(logout)).toBe(204);
    await page.goto(`${origin}/graphql`);
    const after = await editorText(page);
    expect(after).toContain('Sign in at /auth/login');
    expect(after).not.toContain('Carol');
    await vi.waitFor(async () => expect(await storedTabs(page)).not.toContain('Carol'));
    expect(await homeText(page, origin)).toContain('Sign in at /auth/login');
  });
  await page.close();
});

test('a display name with </script>, quotes, $& and a newline is shown as text, in one line, and runs nothing', async () => {
  const origin = new URL(running.url).origin;
  // A display name is free text its user sets at Spotify: a session for one such user, as sign-in
  // would have stored it.
  const name = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'$&"\nquery { pwned }`;
  const { sessionToken } = await running.server.auth.sessions.create(
    new SpotifyAuthorisationToken({ accessToken: 'an-access-token-this-test-never-sends' }),
    { id: 'mallory', displayName: name },
  );
  const page = await browser.newPage();
  await withScreenshotOnFailure(page, 'graphiql-welcome-hostile-name', async () => {
    await page.setCookie({ name: running.server.auth.cookies.session, value: sessionToken, url: origin });
    await page.goto(`${origin}/graphql`);
    const shown = name.replace('\n', ' ');
    const text = await editorText(page);
    expect(text).toContain(`You are signed in as ${shown} (Spotify id mallory)`);
    // The name stays inside the welcome's comment: the editor's line after it is the comment's next line.
    const lines = await page.$$eval('.graphiql-query-editor .view-line', (rows) =>
      rows.map((row) => (row.textContent ?? '').replace(/\s+/g, ' ')),
    );
    expect(lines.filter((line) => line.includes('pwned'))).toEqual([
      `# Welcome to spotify-graphql. You are signed in as ${shown} (Spotify id mallory): \`me\`, your library,`,
    ]);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    const home = await homeText(page, origin);
    expect(home).toContain(`You are signed in as ${shown} (Spotify id mallory)`);
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
  });
  await page.close();
});

test('without a session, GraphiQL and the home page say how to sign in', async () => {
  const origin = new URL(running.url).origin;
  const page = await browser.newPage();
  // The page's question for the user is no error in the browser's console (a 401 would be).
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await withScreenshotOnFailure(page, 'graphiql-welcome-signed-out', async () => {
    await page.goto(`${origin}/graphql`);
    const text = await editorText(page);
    expect(text).toContain('Sign in at /auth/login to ask for your own data');
    expect(text).not.toContain('signed in as');
    expect(errors).toEqual([]);
    const home = await homeText(page, origin);
    expect(home).toContain('Sign in at /auth/login to ask for your own data');
    expect(home).not.toContain('signed in as');
  });
  await page.close();
});
