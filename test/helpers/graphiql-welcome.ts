import { runInNewContext } from 'node:vm';

/** Where yoga's render call starts in GraphiQL's page once src/server/graphiql-welcome.ts wrapped it. */
const WRAPPER_START = '(function (render, texts) {';

/**
 * The first query GraphiQL's served page (`html`, its whole text) would show: the page's own inline
 * script that picks the welcome (graphiql-welcome.ts) run in a node:vm sandbox, without a browser.
 * The page's `fetch('/auth/session?optional=true', ...)` is answered by `session` (e.g. the real
 * server's answer to the same request with a browser's cookie); its timer never fires, so the
 * welcome is the answer's; `localStorage` starts empty. Resolves with the `defaultQuery` handed to
 * GraphiQL's render. Throws when the page holds no wrapped render call.
 */
export function servedDefaultQuery(
  html: string,
  session: (path: string, init: RequestInit) => Promise<Response>,
): Promise<string> {
  const start = html.lastIndexOf(WRAPPER_START);
  const end = html.indexOf('</script>', start);
  if (start < 0 || end < 0) throw new Error("GraphiQL's page holds no wrapped render call");
  const script = html.slice(start, end);
  const stored = new Map<string, string>();
  return new Promise((resolve, reject) => {
    runInNewContext(script, {
      YogaGraphiQL: {
        renderYogaGraphiQL: (_root: unknown, options: { defaultQuery?: unknown }) => {
          if (typeof options.defaultQuery === 'string') resolve(options.defaultQuery);
          else reject(new Error('GraphiQL was rendered without a default query'));
        },
      },
      window: { document: { querySelector: () => ({}) } },
      fetch: session,
      setTimeout: () => 0,
      localStorage: {
        getItem: (key: string) => stored.get(key) ?? null,
        setItem: (key: string, value: string) => stored.set(key, value),
      },
      location: { href: 'http://server.test/graphql' },
      URL,
    });
  });
}
