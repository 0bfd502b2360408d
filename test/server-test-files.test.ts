/**
 * The `no-jit` vitest project runs again, with graphql-js, every test file that starts a GraphQL
 * server (test/helpers/server-test-files.ts): a file is chosen when its imports reach
 * src/server/app.ts through test helpers, however deep.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../vitest.config.js';
import { serverTestFiles } from './helpers/server-test-files.js';

const root = mkdtempSync(join(tmpdir(), 'server-test-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('serverTestFiles', () => {
  it('chooses the files whose imports reach the server through helpers, and no other', () => {
    write('src/server/app.ts', 'export function createServer() {}\n');
    write('src/spotify/client.ts', 'export const client = 1;\n');
    write('test/helpers/server.ts', "import { createServer } from '../../src/server/app.js';\n");
    write('test/helpers/faults.ts', "import { type X } from './server.js';\nimport './cycle.js';\n");
    write('test/helpers/cycle.ts', "import './faults.js';\n");
    write('test/helpers/client.ts', "import { client } from '../../src/spotify/client.js';\n");
    write('test/graphql/direct.test.ts', "import { createServer } from '../../src/server/app.js';\n");
    write('test/server/deep.test.ts', "import {\n  useFaults,\n} from '../helpers/faults.js';\n");
    write('test/auth/dynamic.test.ts', "const m = await import('../helpers/server.js');\n");
    write('test/client/plain.test.ts', "import { client } from '../helpers/client.js';\n");
    write('test/emulator/fixture.test.ts', "const text = `import { x } from '../../src/server/app.js'`;\n");
    write('test/emulator/text.test.ts', 'const text = "import { a } from \'./missing.js\'";\n');
    expect(serverTestFiles(root)).toEqual([
      'test/auth/dynamic.test.ts',
      'test/graphql/direct.test.ts',
      'test/server/deep.test.ts',
    ]);
  });

  it('is what the no-jit project runs: every file starting a server in this repository', () => {
    const project = config.test?.projects?.find(
      (p) => typeof p === 'object' && 'test' in p && p.test?.name === 'no-jit',
    ) as { test: { include: string[]; env: Record<string, string> } } | undefined;
    expect(project?.test.env).toEqual({ NO_JIT: '1' });
    const files = serverTestFiles(join(import.meta.dirname, '..'));
    expect(project?.test.include).toEqual(files);
    // Servers started through every route: the helpers, the sign-in helper, createServer directly.
    for (const file of [
      'test/graphql/executor-parity.test.ts',
      'test/subscriptions/cohorts.test.ts',
      'test/auth/sign-in.test.ts',
      'test/redis/hung.test.ts',
      'test/server/operations.test.ts',
      'test/browser/graphiql-subscription.test.ts',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.some((file) => file.startsWith('test/emulator/'))).toBe(false);
  });
});
