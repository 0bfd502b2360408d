/**
 * The GraphQL executor of every server a test starts in-process. The `all` vitest project runs
 * graphql-jit, compiled from a document's first run (so that a document's first answer already comes
 * from jit); the `no-jit` project sets NO_JIT and runs graphql-js, the production default. Any answer
 * that differs between the two fails a test in one of the projects (vitest.config.ts).
 */

/** createServer's executor options for this test run: spread them before a test's own options. */
export function testExecutor(): { jit: boolean; jitAfterUses?: number } {
  return process.env.NO_JIT ? { jit: false } : { jit: true, jitAfterUses: 1 };
}
