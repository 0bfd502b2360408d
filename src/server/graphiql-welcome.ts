/**
 * GraphiQL's welcome (the comment above its first query) for the visitor who loads it: how to sign in,
 * or, with a live session, who is signed in and how to sign out. The page (megabytes of inlined
 * scripts) is rendered once and is the same bytes for everyone (src/server/graphiql.ts caches and
 * compresses it once, publicly): the page itself asks `/auth/session?optional=true` (same origin,
 * the session cookie rides along; 200 `{"user": null}` without a session, so no 401 in the
 * browser's console) before GraphiQL renders, and writes the signed-in welcome into the editor's
 * first text. Nothing of a user is rendered on the server, so nothing of one is cached, and a
 * display name (free text its user sets at Spotify) only ever reaches the editor as text, never HTML.
 */

/** The first query GraphiQL shows, after its welcome. */
export const FIRST_QUERY = `query {
  search(query: "love", types: [TRACK], first: 5) {
    tracks { nodes { name artists { name } album { name } } }
  }
}
`;

/** The welcome of a visitor without a session: how to sign in (README: Sign-in); a query of `me` needs it. */
export const SIGNED_OUT_WELCOME = `# Welcome to spotify-graphql. Sign in at /auth/login to ask for your own data
# (me, your library, playlists, player): you come back here signed in. Without it only the
# catalog answers. Try:
`;

/** The welcome of a signed-in visitor; `{who}` stands for the user as whoIs (home-page.ts too) says it. */
const SIGNED_IN_WELCOME = `# Welcome to spotify-graphql. You are signed in as {who}: \`me\`, your library,
# playlists and player answer for you (details at /auth/session). To sign out, POST /auth/logout
# (e.g. fetch('/auth/logout', { method: 'POST' }) in this page's console). Try:
`;

/** How long the page waits for `/auth/session` before it shows the signed-out welcome (ms). */
const SESSION_WAIT_MS = 3000;

/**
 * A value as a JavaScript literal inside an inline `<script>`: JSON, with `<`, `>`, `&` and the two
 * line separators escaped so that no text (e.g. `</script>`) can end the script or the string.
 */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The in-page function that wraps yoga's `renderYogaGraphiQL(root, options)`: it fetches
 * `/auth/session?optional=true` and renders with the signed-in welcome in place of the signed-out
 * one when a user answers, or as rendered (signed out) on no user, a failure, or after
 * SESSION_WAIT_MS. The user's name and id are made one line (control and line-separator characters
 * become spaces, so nothing leaves the comment) of at most 100 characters each; they are inserted by
 * split/join, not String#replace, whose replacement would read `$&` in a name.
 */
const WRAPPER = `(function (render, texts) {
  function line(text) {
    var one = String(text).replace(/[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]/g, ' ');
    return one.length > 100 ? one.slice(0, 99) + '\\u2026' : one;
  }
  return function (root, options) {
    var done = false;
    function go(user) {
      if (done) return;
      done = true;
      var query = options && options.defaultQuery;
      if (user && typeof user.id === 'string' && typeof query === 'string' && query.indexOf(texts.out) === 0) {
        var who = typeof user.displayName === 'string' && user.displayName !== ''
          ? line(user.displayName) + ' (Spotify id ' + line(user.id) + ')'
          : line(user.id);
        options = Object.assign({}, options, {
          defaultQuery: texts.in.split('{who}').join(who) + query.slice(texts.out.length),
        });
      }
      render(root, options);
    }
    setTimeout(go, texts.waitMs);
    fetch('/auth/session?optional=true', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : undefined; })
      .then(function (session) { go(session && session.user); }, function () { go(undefined); });
  };
})(YogaGraphiQL.renderYogaGraphiQL, ${scriptLiteral({ out: SIGNED_OUT_WELCOME, in: SIGNED_IN_WELCOME, waitMs: SESSION_WAIT_MS })})(`;

/** The call yoga's page (@graphql-yoga/render-graphiql) ends its inline script with. */
const RENDER_CALL = 'YogaGraphiQL.renderYogaGraphiQL(';

/**
 * yoga's GraphiQL page `html` with its render call wrapped (WRAPPER) so the page itself writes the
 * signed-in welcome; the page as it is if yoga's page has no such call (another yoga version: the
 * welcome then stays the signed-out one, which test/browser/graphiql-welcome.test.ts would show).
 */
export function withSessionWelcome(html: string): string {
  const at = html.lastIndexOf(RENDER_CALL);
  if (at < 0) return html;
  return html.slice(0, at) + WRAPPER + html.slice(at + RENDER_CALL.length);
}
