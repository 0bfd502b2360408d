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

/** `file:line: ctx.X` for every use of the context's Spotify handles in the files of `dir`. */
function spotifyHandleUses(dir: string): string[] {
  const handles = new Set(['client', 'api', 'opts', 'token', 'loaders']);
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    const source = parse(file);
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'ctx' &&
        handles.has(node.name.text)
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${relative(root, file)}:${line + 1}: ctx.${node.name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

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
 * Schema plumbing that is no resolver: the list-settling and scalar-checking wrappers walk the built
 * schema's types (src/schema/settled-lists.ts, src/schema/strict-values.ts) and the printer is a
 * script (src/schema/print.ts).
 */
const SCHEMA_PLUMBING = new Set(['settled-lists.ts', 'strict-values.ts', 'print.ts']);

/**
 * `file:line: what` for every loop, try statement or HTTP call (`fetch(...)`, `.request(...)`) in the
 * files of `dir` (schema plumbing left out): work a resolver does, not a declaration.
 */
function imperativeCode(dir: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    if (SCHEMA_PLUMBING.has(file.slice(file.lastIndexOf('/') + 1))) continue;
    const source = parse(file);
    const report = (node: ts.Node, what: string): void => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, file)}:${line + 1}: ${what}`);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isIterationStatement(node, false)) report(node, 'a loop');
      else if (ts.isTryStatement(node)) report(node, 'a try statement');
      else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : undefined;
        if (name === 'fetch' || name === 'request') report(node, `a call of ${name}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
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
  it('keeps src/schema from importing src/spotify at runtime (type-only imports allowed)', () => {
    expect(sourceFiles(schemaDir).length).toBeGreaterThan(10);
    expect(runtimeImports(schemaDir, spotifyDir)).toEqual([]);
  });

  it('leaves Spotify calls to src/resolvers: no schema file reaches ctx.client, ctx.api or the loaders', () => {
    expect(spotifyHandleUses(schemaDir)).toEqual([]);
  });

  it('leaves loading to src/resolvers: no schema file imports its loading machinery at runtime', () => {
    expect(runtimeImportsOfFiles(schemaDir, LOADING_MACHINERY)).toEqual([]);
  });

  it('keeps work out of src/schema: no loop, try statement or HTTP call in a schema file', () => {
    expect(imperativeCode(schemaDir)).toEqual([]);
  });

  it('finds a runtime import when there is one (the check itself works)', () => {
    // src/resolvers does call Spotify: the same scan over it must find such imports.
    expect(runtimeImports(join(root, 'src', 'resolvers'), spotifyDir).length).toBeGreaterThan(0);
    expect(spotifyHandleUses(join(root, 'src', 'resolvers')).length).toBeGreaterThan(0);
    // The resource modules do load through the machinery, and do loop, try and call.
    expect(runtimeImportsOfFiles(join(root, 'src', 'resolvers'), LOADING_MACHINERY).length).toBeGreaterThan(
      0,
    );
    const work = imperativeCode(join(root, 'src', 'resolvers'));
    for (const kind of ['a loop', 'a try statement', 'a call of request']) {
      expect(work.some((entry) => entry.endsWith(kind))).toBe(true);
    }
  });
});
