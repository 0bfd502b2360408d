/**
 * The compiled server (`npm run build` -> dist/) for the tests that run it as production does
 * (test/cli-production.test.ts, the README's Dockerfile command in test/redis/readme-compose.test.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** dist/cli.js, the compiled CLI. */
export const BUILT_CLI = join(ROOT, 'dist', 'cli.js');

/** The newest modification time under `dir`, in ms (0 when nothing is there). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Runs `npm run build` when dist/cli.js is missing or older than a source file (it takes a minute or
 * so: callers give their hook a long timeout). Rejects with the build's output when it fails.
 */
export function buildIfStale(): Promise<void> {
  let fresh = false;
  try {
    fresh = statSync(BUILT_CLI).mtimeMs >= newest(join(ROOT, 'src'));
  } catch {
    fresh = false;
  }
  if (fresh) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed:\n${out}`))));
  });
}
