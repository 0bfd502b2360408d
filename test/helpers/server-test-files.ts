/**
 * The test files that start a GraphQL server in-process: those whose relative imports (followed
 * through test/, transitively) reach src/server/app.ts. The `no-jit` vitest project runs exactly these
 * again with graphql-js (vitest.config.ts), so that every answer a test checks is checked under both
 * executors; files that reach no server run once, as the executor cannot change them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * A relative import or re-export: a statement at a line's start (`import ... from './x.js'`, over
 * several lines too, `import './x.js'`, `export ... from './x.js'`) or `import('./x.js')`. An indented
 * or quoted one (a test's fixture text) is no import.
 */
const RELATIVE_IMPORT =
  /^(?:import|export)\b[^;]*?\bfrom\s*'(\.{1,2}\/[^']+)'|^import\s*'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/gm;

/** Paths of `root`'s test files (test/**\/*.test.ts) that start a server, relative to `root`, sorted. */
export function serverTestFiles(root: string): string[] {
  const app = resolve(root, 'src/server/app.ts');
  const testDir = resolve(root, 'test');
  const memo = new Map<string, boolean>();
  const reaches = (file: string): boolean => {
    if (file === app) return true;
    const known = memo.get(file);
    if (known !== undefined) return known;
    memo.set(file, false); // an import cycle reaches nothing new
    if (!file.startsWith(testDir + sep)) return false;
    const found = importsOf(file).some(reaches);
    memo.set(file, found);
    return found;
  };
  return testFiles(testDir)
    .filter(reaches)
    .map((file) => relative(root, file).split(sep).join('/'))
    .sort();
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(RELATIVE_IMPORT)]
    .map((m) => resolve(dirname(file), m[1] ?? m[2] ?? m[3] ?? '').replace(/\.js$/, '.ts'))
    .filter((path) => existsSync(path)); // a quoted import inside a test's fixture text is no import
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
