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

import { LINE_GRAPHEMES, LINE_UNITS } from './bounded-line.js';

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

/**
 * The welcome when who is signed in cannot be read: `/auth/session` answered 503
 * SESSION_STORE_UNAVAILABLE (the store down, hung or slow), failed, or did not answer within
 * SESSION_WAIT_MS. No sign-in is offered: a signed-in visitor still is, and signing in needs the store.
 */
const UNREAD_WELCOME = `# Welcome to spotify-graphql. The session store is unavailable right now (or the server did not
# answer), so this page cannot tell who is signed in: if you signed in, you still are. Reload in a
# moment; signing in again is not needed. Meanwhile only the catalog answers. Try:
`;

/**
 * The welcome of a signed-in visitor; `{who}` stands for the user, "Display Name (Spotify id id)" or
 * the id alone, as the home page says it too (session-user.ts).
 */
const SIGNED_IN_WELCOME = `# Welcome to spotify-graphql. You are signed in as {who}: \`me\`, your library,
# playlists and player answer for you (details at /auth/session). To sign out, POST /auth/logout:
# in this page's console, fetch('/auth/logout', { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' } })
# (a cookie POST needs that header). Try:
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
 * `/auth/session?optional=true` and renders with the welcome for the answer, the signed-in one for a
 * user, the signed-out one for `{"user": null}`, the unread one (UNREAD_WELCOME) for any other answer
 * (503 SESSION_STORE_UNAVAILABLE), a failure, or no answer within SESSION_WAIT_MS. GraphiQL shows
 * the tabs it stored in the browser (`graphiql:tabState`, `graphiql:query`) rather than the default
 * query, so a stored text that starts with one of these welcomes (anyone's, signed in or out) gets the
 * current one in its place, the rest of the text kept, and that tab is shown again if it was the one
 * shown last (GraphiQL would open a new, empty tab): a visitor who read "Sign in" and signed in reads
 * who is signed in, and after signing out no one reads the last user's name. The user's name
 * and id are made one line as bounded-line.ts makes them on the server (control and line-separator
 * characters become spaces, so nothing leaves the comment; lone surrogates U+FFFD, which GraphQL
 * cannot hold; cut between grapheme clusters, Intl.Segmenter, or code points in a browser without it,
 * to LINE_GRAPHEMES characters and LINE_UNITS code units), so the default query parses for any name;
 * they are joined in, not put by String#replace, whose replacement would read `$&` in a name.
 */
const WRAPPER = `(function (render, texts) {
  var signedIn = texts.in.split('{who}');
  var graphemes = typeof Intl === 'object' && typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;
  function pieces(text) {
    return graphemes
      ? Array.from(graphemes.segment(text), function (piece) { return piece.segment; })
      : Array.from(text);
  }
  function line(text) {
    var one = String(text)
      .replace(/[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]/g, ' ')
      .replace(/([\\ud800-\\udbff][\\udc00-\\udfff])|[\\ud800-\\udfff]/g, function (all, pair) {
        return pair || '\\ufffd';
      });
    if (one.length <= texts.max) return one;
    var parts = pieces(one);
    if (parts.length <= texts.max && one.length <= texts.units) return one;
    var kept = '';
    for (var i = 0; i < texts.max - 1 && kept.length + parts[i].length <= texts.units - 1; i++) kept += parts[i];
    if (kept === '') {
      var points = Array.from(parts[0]);
      for (var j = 0; kept.length + points[j].length <= texts.units - 1; j++) kept += points[j];
    }
    return kept + '\\u2026';
  }
  function welcome(session) {
    if (!session) return texts.unread;
    var user = session.user;
    if (!user || typeof user.id !== 'string') return texts.out;
    var who = typeof user.displayName === 'string' && user.displayName !== ''
      ? line(user.displayName) + ' (Spotify id ' + line(user.id) + ')'
      : line(user.id);
    return signedIn.join(who);
  }
  function welcomeLength(query) {
    if (typeof query !== 'string') return -1;
    if (query.indexOf(texts.out) === 0) return texts.out.length;
    if (query.indexOf(texts.unread) === 0) return texts.unread.length;
    if (query.indexOf(signedIn[0]) !== 0) return -1;
    var end = query.indexOf(signedIn[1], signedIn[0].length);
    return end < 0 ? -1 : end + signedIn[1].length;
  }
  function rewelcome(query, text) {
    var length = welcomeLength(query);
    return length < 0 ? query : text + query.slice(length);
  }
  function restored(text) {
    var active;
    try {
      var state = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
      if (state && Array.isArray(state.tabs)) {
        state.tabs.forEach(function (tab, index) {
          if (!tab || welcomeLength(tab.query) < 0) return;
          tab.query = rewelcome(tab.query, text);
          if (index === state.activeTabIndex) active = tab.query;
        });
        localStorage.setItem('graphiql:tabState', JSON.stringify(state));
      }
      var query = localStorage.getItem('graphiql:query');
      if (query !== null) localStorage.setItem('graphiql:query', rewelcome(query, text));
    } catch (error) {
      // No storage (blocked, or full) or not GraphiQL's: GraphiQL shows what it finds.
    }
    return active;
  }
  return function (root, options) {
    var done = false;
    function go(session) {
      if (done) return;
      done = true;
      var text = welcome(session);
      var active = restored(text);
      if (options && typeof options.defaultQuery === 'string') {
        options = Object.assign({}, options, { defaultQuery: rewelcome(options.defaultQuery, text) });
        // GraphiQL opens a new, empty tab unless a stored one holds its query: the welcome's tab, when
        // it was the one shown last (and the address names no query of its own).
        if (active !== undefined && !new URL(location.href).searchParams.get('query')) {
          options.query = active;
        }
      }
      render(root, options);
    }
    setTimeout(go, texts.waitMs);
    fetch('/auth/session?optional=true', { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (answer) { return answer.ok ? answer.json() : undefined; })
      .then(function (session) {
        go(session && typeof session === 'object' && 'user' in session ? session : undefined);
      }, function () { go(undefined); });
  };
})(YogaGraphiQL.renderYogaGraphiQL, ${scriptLiteral({ out: SIGNED_OUT_WELCOME, in: SIGNED_IN_WELCOME, unread: UNREAD_WELCOME, waitMs: SESSION_WAIT_MS, max: LINE_GRAPHEMES, units: LINE_UNITS })})(`;

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
