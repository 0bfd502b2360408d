/**
 * The schema printer behind `npm run codegen` and `npm run schema:check` (beside cli.ts, not in
 * src/schema: a command line tool, whose loading and checks a schema file may not hold):
 * - no option: prints the schema to schema.graphql;
 * - `--codegen` (`npm run codegen`): prints it, then runs GraphQL Code Generator (codegen.ts), which
 *   reads that file;
 * - `--check` (`npm run schema:check`, CI): fails (exit 1) when the committed file differs from what
 *   the code builds, writing nothing;
 * - `--help`: prints the usage and does nothing else (exit 0); an unknown option or argument is
 *   refused with the usage (exit 2), before anything is built or written.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lexicographicSortSchema, printSchema } from 'graphql';

const USAGE = `Usage: npm run codegen            (tsx src/print-schema.ts --codegen)
       npm run schema:check       (tsx src/print-schema.ts --check)

  (no option)  print the schema the code builds to schema.graphql
  --codegen    print it, then regenerate the typed documents in test/generated/ (codegen.ts)
  --check      exit 1 when schema.graphql differs from the schema the code builds; writes nothing
  -h, --help   this help; does nothing else
`;

const root = fileURLToPath(new URL('../', import.meta.url));
const target = join(root, 'schema.graphql');

/** The command line read; refuses (exit 2, with the usage) what it does not know. */
function options(argv: string[]): { check: boolean; codegen: boolean; help: boolean } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        codegen: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.check && values.codegen) throw new Error('give --check or --codegen, not both');
    return values;
  } catch (error) {
    process.stderr.write(
      `src/schema/print.ts: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    process.exit(2);
  }
}

/** Runs GraphQL Code Generator's own CLI on codegen.ts (its exit code becomes this one's). */
function runCodegen(): void {
  const cli = createRequire(import.meta.url).resolve('@graphql-codegen/cli/package.json');
  const bin = join(dirname(cli), 'esm', 'bin.js');
  const run = spawnSync(process.execPath, [bin, '--config', 'codegen.ts'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const asked = options(process.argv.slice(2));
if (asked.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// Built only now: --help and a refused command line build nothing.
const { schema } = await import('./schema/index.js');
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
if (asked.check) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write('schema.graphql is stale: run `npm run codegen` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is current.\n');
} else {
  await writeFile(target, printed);
  process.stdout.write(`wrote ${target}\n`);
  if (asked.codegen) runCodegen();
}
