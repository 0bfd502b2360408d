import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layering of the design (schema -> resolvers -> spotify): the schema declares the API's shape and
 * calls into src/resolvers; only resolvers reach the Spotify client. Type-only imports are allowed (the
 * object shapes come from the client's types).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'src', 'schema');
const spotifyDir = join(root, 'src', 'spotify');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** Whether an import or export declaration brings in values (not only types). */
function isRuntime(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !clause || !ts.isNamedExports(clause) || clause.elements.some((e) => !e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings) return false;
  if (ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/** `file:line: specifier` for every runtime import of a module under `target` by the files of `dir`. */
function runtimeImports(dir: string, target: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    const source = parse(file);
    for (const node of source.statements) {
      if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node))) continue;
      const specifier = node.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const imported = resolve(dirname(file), specifier.text);
      if (!imported.startsWith(`${target}/`) && imported !== target) continue;
      if (!isRuntime(node)) continue;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, file)}:${line + 1}: ${specifier.text}`);
    }
  }
  return found;
}

/** The context's Spotify handles: only src/resolvers reads them. */
const SPOTIFY_HANDLES: ReadonlySet<string> = new Set(['client', 'api', 'opts', 'token', 'loaders']);

/** `file:line: what` for `node` of `source`. */
function at(source: ts.SourceFile, node: ts.Node, what: string): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(root, source.fileName)}:${line + 1}: ${what}`;
}

/** Every node of `source`, depth first. */
function* nodesOf(source: ts.SourceFile): Generator<ts.Node> {
  const stack: ts.Node[] = [source];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    // getChildren answers the node's cached array: reversed in a copy.
    stack.push(...[...node.getChildren(source)].reverse());
  }
}

/**
 * `file:line: X` for every naming of one of the context's Spotify handles (SPOTIFY_HANDLES) in `source`,
 * whatever the object is called: a read (`ctx.api`, `context.client`, `ctx['loaders']`) or a
 * destructuring (`const { api } = ctx`, `(_root, _args, { api: spotify }) => ...`). In src/schema no other
 * object has members of these names, so naming one at all is reaching for Spotify.
 */
function spotifyHandleUses(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const node of nodesOf(source)) {
    if (ts.isPropertyAccessExpression(node) && SPOTIFY_HANDLES.has(node.name.text)) {
      found.push(at(source, node, `.${node.name.text}`));
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      SPOTIFY_HANDLES.has(node.argumentExpression.text)
    ) {
      found.push(at(source, node, `['${node.argumentExpression.text}']`));
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : undefined;
      if (name !== undefined && SPOTIFY_HANDLES.has(name))
        found.push(at(source, node, `{ ${name} } destructured`));
    }
  }
  return found;
}

/** The findings of `scan` over the files of `dir`. */
function scanDir(dir: string, scan: (source: ts.SourceFile) => string[]): string[] {
  return sourceFiles(dir).flatMap((file) => scan(parse(file)));
}

/** A snippet as a file of `dir` (a rule's self-test fixture: its relative imports resolve from there). */
const fixture = (dir: string, text: string): ts.SourceFile =>
  ts.createSourceFile(join(dir, 'fixture.ts'), text, ts.ScriptTarget.Latest, true);

/**
 * The resolvers' loading machinery: the per-request DataLoaders, the cross-request sharing, the catalog
 * cache, the call budget. The schema reaches it only through the resource modules (albums, tracks,
 * playlists ...), so how a field loads is decided in one place.
 */
const LOADING_MACHINERY = [
  'request-loads',
  'loaders',
  'in-flight',
  'catalog-cache',
  'page-cuts',
  'embedded-children',
  'request-budget',
  'call-tracker',
  'client-call-share',
  'app-token',
  'token-source',
].map((name) => join(root, 'src', 'resolvers', `${name}.ts`));

/** `file:line: specifier` for every runtime import of one of `targets` (module files) by the files of `dir`. */
function runtimeImportsOfFiles(dir: string, targets: readonly string[]): string[] {
  return targets.flatMap((target) => runtimeImports(dir, target.replace(/\.ts$/, '.js')));
}

/**
 * Array methods that run a callback per element: a loop written as a call (`list.map(f)`,
 * `Object.entries(o).forEach(...)`), whatever the callback is (an arrow function or a name).
 */
const ITERATION_METHODS: ReadonlySet<string> = new Set([
  'map',
  'flatMap',
  'forEach',
  'reduce',
  'reduceRight',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'sort',
  'toSorted',
]);

/**
 * `file:line: what` for every loop (a loop statement, a call of an array iteration method, or
 * `Array.from` with a mapping callback), try statement or HTTP call (`fetch(...)`, `.request(...)`) in
 * `source`: work a resolver does, not a declaration.
 */
function imperativeCode(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const node of nodesOf(source)) {
    if (ts.isIterationStatement(node, false)) found.push(at(source, node, 'a loop'));
    else if (ts.isTryStatement(node)) found.push(at(source, node, 'a try statement'));
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (name === 'fetch' || name === 'request') found.push(at(source, node, `a call of ${name}`));
      else if (ts.isPropertyAccessExpression(callee) && name !== undefined && ITERATION_METHODS.has(name)) {
        found.push(at(source, node, `a loop (.${name})`));
      } else if (
        ts.isPropertyAccessExpression(callee) &&
        callee.getText(source) === 'Array.from' &&
        node.arguments.length > 1
      ) {
        found.push(at(source, node, 'a loop (Array.from with a callback)'));
      }
    }
  }
  return found;
}

/**
 * `file:line: a dynamic import` for every `import(...)` in `source`: a module loaded at run time
 * escapes the import rules above (a schema file could reach src/spotify or the loading machinery so).
 */
function dynamicImports(source: ts.SourceFile): string[] {
  return [...nodesOf(source)]
    .filter((node) => ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
    .map((node) => at(source, node, 'a dynamic import'));
}

const resolversDir = join(root, 'src', 'resolvers');

/** The names `source` imports as values from src/resolvers (named, default and namespace imports). */
function resolverImports(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const node of source.statements) {
    if (!ts.isImportDeclaration(node) || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    const imported = resolve(dirname(source.fileName), node.moduleSpecifier.text);
    const clause = node.importClause;
    if (!imported.startsWith(`${resolversDir}/`) || !clause || clause.isTypeOnly) continue;
    if (clause.name) names.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    else
      for (const element of bindings?.elements ?? []) if (!element.isTypeOnly) names.add(element.name.text);
  }
  return names;
}

/** `expression` without parentheses and type-only wrappers (`as`, `satisfies`, `<T>`, `!`). */
function bare(expression: ts.Expression): ts.Expression {
  let bared = expression;
  while (
    ts.isParenthesizedExpression(bared) ||
    ts.isAsExpression(bared) ||
    ts.isSatisfiesExpression(bared) ||
    ts.isTypeAssertionExpression(bared) ||
    ts.isNonNullExpression(bared)
  ) {
    bared = bared.expression;
  }
  return bared;
}

/** A literal: a string, number, template without substitutions, true, false or null. */
function isLiteral(expression: ts.Expression): boolean {
  return (
    ts.isStringLiteralLike(expression) ||
    ts.isNumericLiteral(expression) ||
    expression.kind === ts.SyntaxKind.TrueKeyword ||
    expression.kind === ts.SyntaxKind.FalseKeyword ||
    expression.kind === ts.SyntaxKind.NullKeyword
  );
}

/**
 * A plain value, which does no work: a literal, a name, a property or element read of plain values
 * (optional chaining included), a template, array or object literal of plain values. No call, `new`,
 * function, operator or `await`.
 */
function isPlain(expression: ts.Expression): boolean {
  const value = bare(expression);
  if (isLiteral(value) || ts.isIdentifier(value)) return true;
  if (ts.isTemplateExpression(value)) return value.templateSpans.every((span) => isPlain(span.expression));
  if (ts.isPropertyAccessExpression(value)) return isPlain(value.expression);
  if (ts.isElementAccessExpression(value))
    return isPlain(value.expression) && isPlain(value.argumentExpression);
  if (ts.isSpreadElement(value)) return isPlain(value.expression);
  if (ts.isArrayLiteralExpression(value)) return value.elements.every(isPlain);
  if (ts.isObjectLiteralExpression(value)) {
    return value.properties.every(
      (property) =>
        ts.isShorthandPropertyAssignment(property) ||
        (ts.isSpreadAssignment(property) && isPlain(property.expression)) ||
        (ts.isPropertyAssignment(property) &&
          !ts.isComputedPropertyName(property.name) &&
          isPlain(property.initializer)),
    );
  }
  return false;
}

/**
 * Why `value` (the value of a RESOLVING_KEYS property) is not one call into src/resolvers, or
 * undefined when it is. `imports` are the file's value imports from src/resolvers. See RESOLVE_RULE.
 */
function resolveProblem(value: ts.Expression, imports: ReadonlySet<string>): string | undefined {
  const fn = bare(value);
  if (ts.isCallExpression(fn) && !ts.isArrowFunction(bare(fn.expression))) {
    // A function src/resolvers makes at build time (`isTypeOf: isSpotifyType('album')`).
    const maker = bare(fn.expression);
    if (!(ts.isIdentifier(maker) && imports.has(maker.text))) {
      return `calls ${maker.getText()} to make it, no function of src/resolvers`;
    }
    const busy = fn.arguments.find((argument) => !isPlain(argument));
    return busy ? `does work in an argument: ${busy.getText()}` : undefined;
  }
  if (ts.isIdentifier(fn) || ts.isPropertyAccessExpression(fn)) {
    const name = ts.isIdentifier(fn) ? fn : fn.expression;
    return ts.isIdentifier(name) && imports.has(name.text) ? undefined : 'names no function of src/resolvers';
  }
  if (!ts.isArrowFunction(fn)) return 'is no arrow function nor a function of src/resolvers';
  if (fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) {
    return 'is async (it awaits something to work on)';
  }
  let body: ts.Expression | undefined;
  if (ts.isBlock(fn.body)) {
    const only = fn.body.statements.length === 1 ? fn.body.statements[0] : undefined;
    body = only && ts.isReturnStatement(only) ? only.expression : undefined;
    if (body === undefined) return 'has statements (a block body is `{ return <one call>; }` at most)';
  } else {
    body = fn.body;
  }
  const result = bare(body);
  const parent = fn.parameters[0]?.name;
  if (ts.isCallExpression(result) || ts.isNewExpression(result)) {
    const callee = bare(result.expression);
    const own =
      (ts.isIdentifier(callee) && imports.has(callee.text)) ||
      (ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        (imports.has(callee.expression.text) ||
          (parent !== undefined && ts.isIdentifier(parent) && callee.expression.text === parent.text)));
    if (!own) return `calls ${callee.getText()}, no function of src/resolvers nor a method of the parent`;
    const busy = (result.arguments ?? []).find((argument) => !isPlain(argument));
    return busy ? `does work in an argument: ${busy.getText()}` : undefined;
  }
  if (isPlain(result)) return undefined;
  if (
    ts.isBinaryExpression(result) &&
    result.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken &&
    isPlain(result.left) &&
    isLiteral(bare(result.right))
  ) {
    return undefined;
  }
  return 'does more than one call into src/resolvers';
}

/**
 * The properties of a Pothos type or field whose value runs at execution: a field's `resolve` and
 * `subscribe`, an interface's or union's `resolveType`, an object type's `isTypeOf`.
 */
const RESOLVING_KEYS: ReadonlySet<string> = new Set(['resolve', 'subscribe', 'resolveType', 'isTypeOf']);

/**
 * The rule for resolve functions (issue 13): every RESOLVING_KEYS property (`resolve`, `subscribe`,
 * `resolveType`, `isTypeOf`) in src/schema is
 * - a function of src/resolvers by name (`resolve: trackNodeId`, `resolve: resolvers.x`), or
 * - a function a function of src/resolvers makes, called with plain values (`isTypeOf:
 *   isSpotifyType('album')`), or
 * - an arrow function, neither async nor with statements (`{ return E; }` at most), whose expression E
 *   (parentheses and type assertions aside) is either
 *   - one call (or `new`) of a function imported from src/resolvers, or of a method of the parent
 *     object (the arrow's first parameter, an object src/resolvers made: `(player) => player.queue()`),
 *     whose arguments are plain values (see isPlain: names, literals, reads of them; no call, function,
 *     operator or await), or
 *   - no call at all: a plain value, or a plain value `?? <literal>` (a parent's property with a default).
 * A resolve function written as a method or a shorthand property breaks the rule too.
 */
function resolveFunctions(source: ts.SourceFile): string[] {
  const imports = resolverImports(source);
  const found: string[] = [];
  const keyOf = (name: ts.PropertyName): string | undefined =>
    ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
  for (const node of nodesOf(source)) {
    if (!(ts.isObjectLiteralElementLike(node) && node.name !== undefined)) continue;
    const key = keyOf(node.name);
    if (key === undefined || !RESOLVING_KEYS.has(key)) continue;
    if (!ts.isPropertyAssignment(node)) {
      found.push(at(source, node, `${key} is written as a method or shorthand`));
      continue;
    }
    const problem = resolveProblem(node.initializer, imports);
    if (problem) found.push(at(source, node, `${key} ${problem}`));
  }
  return found;
}

/** Functions longer than `maxLines` lines in the files of `dir`, as `file:line: name (N lines)`. */
function longFunctions(dir: string, maxLines: number): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    const source = parse(file);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
        const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (last - first + 1 > maxLines) {
          const name = node.name !== undefined && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
          found.push(`${relative(root, file)}:${first + 1}: ${name} (${last - first + 1} lines)`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the size of functions', () => {
  // Issue 13: no function in src/ longer than about 80 lines, whatever the file (a long one holds
  // several concerns; split it by concern). Declarative callbacks (a type's field list) count too.
  it('keeps every function in src/ to 80 lines or fewer', () => {
    expect(longFunctions(join(root, 'src'), 80)).toEqual([]);
  });

  it('finds a long function when there is one (the check itself works)', () => {
    expect(longFunctions(join(root, 'src'), 20).length).toBeGreaterThan(0);
  });
});

describe('the layering', () => {
  const resolversAt = (text: string) => fixture(schemaDir, text);

  it('keeps src/schema from importing src/spotify at runtime (type-only imports allowed)', () => {
    expect(sourceFiles(schemaDir).length).toBeGreaterThan(10);
    expect(runtimeImports(schemaDir, spotifyDir)).toEqual([]);
  });

  it('leaves Spotify calls to src/resolvers: no schema file reads or destructures ctx.client, api, opts, token or loaders', () => {
    expect(scanDir(schemaDir, spotifyHandleUses)).toEqual([]);
  });

  it('leaves loading to src/resolvers: no schema file imports its loading machinery at runtime', () => {
    expect(runtimeImportsOfFiles(schemaDir, LOADING_MACHINERY)).toEqual([]);
  });

  it('loads no module at run time in src/schema (no dynamic import() to get around the import rules)', () => {
    expect(scanDir(schemaDir, dynamicImports)).toEqual([]);
  });

  it('keeps work out of src/schema: no loop (array iteration methods included), try statement or HTTP call in a schema file', () => {
    expect(scanDir(schemaDir, imperativeCode)).toEqual([]);
  });

  it('makes each resolve, subscribe, resolveType and isTypeOf function in src/schema one call into src/resolvers (see resolveFunctions)', () => {
    expect(scanDir(schemaDir, resolveFunctions)).toEqual([]);
  });

  it('finds a runtime import when there is one (the check itself works)', () => {
    // src/resolvers does call Spotify: the same scan over it must find such imports.
    expect(runtimeImports(resolversDir, spotifyDir).length).toBeGreaterThan(0);
    expect(scanDir(resolversDir, spotifyHandleUses).length).toBeGreaterThan(0);
    // The resource modules do load through the machinery, and do loop, try and call.
    expect(runtimeImportsOfFiles(resolversDir, LOADING_MACHINERY).length).toBeGreaterThan(0);
    const work = scanDir(resolversDir, imperativeCode);
    for (const kind of ['a loop', 'a loop (.map)', 'a try statement', 'a call of request']) {
      expect(work.some((entry) => entry.endsWith(kind))).toBe(true);
    }
  });

  it("finds the context's Spotify handles destructured or read under any name (the check itself works)", () => {
    const uses = spotifyHandleUses(
      resolversAt(`
        export const a = (_r: unknown, _a: unknown, { api }: Ctx) => api.albums.get('x');
        export const b = (_r: unknown, _a: unknown, { loaders: l }: Ctx) => l.album.load('x');
        export function c(context: Ctx) { const { client, opts: o } = context; return [client, o]; }
        export const d = (context: Ctx) => context['token'];
        export const e = (c: Ctx) => c.opts();
      `),
    ).map((entry) => entry.slice(entry.indexOf(': ') + 2));
    expect(uses).toEqual([
      '{ api } destructured',
      '{ loaders } destructured',
      '{ client } destructured',
      '{ opts } destructured',
      "['token']",
      '.opts',
    ]);
  });

  it('finds dynamic imports and array iteration loops (the checks themselves work)', () => {
    const snippet = resolversAt(`
      export const a = async () => (await import('../spotify/client.js')).SpotifyApiClient;
      export const b = (list: number[]) => list.map((n) => n + 1);
      export const c = (list: number[]) => list.forEach(console.log);
      export const d = (list: number[]) => list.reduce((sum, n) => sum + n, 0);
      export const e = (o: object) => Object.entries(o).filter(Boolean);
      export const f = (n: number) => Array.from({ length: n }, (_, i) => i);
    `);
    expect(dynamicImports(snippet).map((entry) => entry.slice(entry.indexOf(': ') + 2))).toEqual([
      'a dynamic import',
    ]);
    expect(imperativeCode(snippet).map((entry) => entry.slice(entry.indexOf(': ') + 2))).toEqual([
      'a loop (.map)',
      'a loop (.forEach)',
      'a loop (.reduce)',
      'a loop (.filter)',
      'a loop (Array.from with a callback)',
    ]);
  });

  it('finds resolve functions that are not one call into src/resolvers (the check itself works)', () => {
    const snippet = resolversAt(`
      import { albumTracks, fullAlbum } from '../resolvers/albums.js';
      import * as resolvers from '../resolvers/albums.js';
      import { withSelection } from '../resolvers/selection.js';
      import { isSpotifyType, nodeTypeName } from '../resolvers/unmodelled.js';
      import { local, TYPE_NAMES } from './common.js';
      const fine = {
        a: { resolve: albumTracks },
        b: { resolve: (album, args, ctx, info) => albumTracks(ctx, album, args, info) },
        c: { resolve: (album, args, ctx, info) => resolvers.albumTracks(album, args, ctx, info) as Promise<Tracks> },
        d: { resolve: (album) => album.label ?? null },
        e: { resolve: (album) => album.images },
        f: { resolve: (player, args) => player.state(args.market) },
        g: { subscribe: (_root, _args, ctx) => { return albumTracks(ctx, \`\${name}.tracks\`, ['track'], { market: 'SE' }); } },
        r: { isTypeOf: isSpotifyType('album'), resolveType: nodeTypeName },
        s: { resolveType: (object) => nodeTypeName(object) },
      };
      const wrong = {
        h: { resolve: (album, args, ctx, info) => albumTracks(ctx, album, withSelection(args, info)) },
        i: { resolve: async (album, _a, ctx) => (await fullAlbum(ctx, album)).label ?? null },
        j: { resolve: (album) => local(album) },
        k: { resolve: local },
        l: { resolve: (album) => { const a = album; return a.label; } },
        m: { resolve(album) { return album.label; } },
        n: { resolve: (album) => album.artists.map(String) },
        o: { resolve: (album) => (album.label ? albumTracks(album) : null) },
        p: { resolve: (album, _a, ctx) => albumTracks(ctx, () => album) },
        q: { resolve: (album) => albumTracks(album.label ?? 'none') },
        t: { resolveType: (object) => TYPE_NAMES[nodeTypeName(object)] },
        u: { resolveType: (item) => ('device' in item ? 'PlaybackState' : 'CurrentlyPlaying') },
        v: { isTypeOf: local('album') },
        w: { isTypeOf: isSpotifyType(local('album')) },
        x: { isTypeOf: (value) => value !== null },
      };
    `);
    const problems = resolveFunctions(snippet).map((entry) => entry.slice(entry.indexOf(': ') + 2));
    expect(problems).toEqual([
      'resolve does work in an argument: withSelection(args, info)',
      'resolve is async (it awaits something to work on)',
      'resolve calls local, no function of src/resolvers nor a method of the parent',
      'resolve names no function of src/resolvers',
      'resolve has statements (a block body is `{ return <one call>; }` at most)',
      'resolve is written as a method or shorthand',
      'resolve calls album.artists.map, no function of src/resolvers nor a method of the parent',
      'resolve does more than one call into src/resolvers',
      'resolve does work in an argument: () => album',
      "resolve does work in an argument: album.label ?? 'none'",
      'resolveType does more than one call into src/resolvers',
      'resolveType does more than one call into src/resolvers',
      'isTypeOf calls local to make it, no function of src/resolvers',
      "isTypeOf does work in an argument: local('album')",
      'isTypeOf does more than one call into src/resolvers',
    ]);
  });
});
